# Socius — English (en). Every key here exists in fr and nl too (a test checks).

greeting = Hello { $name }

## Navigation and layout
skip-to-content = Skip to content
nav-languages = Languages
nav-main = Main navigation
nav-home = Home
nav-login = Sign in
nav-logout = Sign out
nav-member-area = Member area
nav-people = People and roles
nav-audit = Audit log
nav-outbox = Outgoing email
footer-accessibility = Accessibility
footer-privacy = Privacy
footer-all-coordinations = All social coordinations
footer-about = Socius, the free software of the social coordinations of Brussels' public social welfare centres.

## Common actions, fields and lists
action-save = Save
action-cancel = Cancel
action-edit = Edit
action-filter = Filter
column-actions = Actions
field-email = Email address
field-password = Password
field-new-password = New password
field-confirm-password = Confirm the new password
field-current-password = Current password
field-name = Name
field-role = Role
field-language = Language
field-phone = Phone
field-address = Address
field-website = Website
field-body-fr = Text in French
field-body-nl = Text in Dutch
field-token-name = Token name
hint-password = At least 8 characters. Long passphrases are welcome; very common passwords are refused.
hint-paragraphs = One line per paragraph.
hint-token-name = To remember what it is for, for example "report script".
form-error-summary = There is a problem with the form
list-total = { $count } result(s)
pager-label = Pagination
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page }
content-not-translated = This text is not available in your language yet.
content-missing-translation = Missing translation: { $language }
content-updated = Updated on { $date }

## Roles
role-coordinator = Coordinator
role-member = Member
role-steering = Steering group member
role-platform-admin = Platform administrator

## Errors
error-not-found = Page not found
error-forbidden = You do not have access to this page.
error-unauthenticated = Please sign in to continue.
error-csrf = The form has expired or did not come from this site. Reload the page and try again.
error-rate-limited = Too many attempts. Wait a minute before trying again.
error-bad-request = The request could not be understood.
error-method = This action is not possible on this page.
error-too-large = The data sent is too large.
error-invalid = Some of the data is invalid.
error-internal = Something unexpected went wrong. It has been logged; please try again later.
error-code = Error code
error-back-home = Back to the home page
error-required = This field is required.
error-too-long = This text is too long.
error-email-invalid = Enter a valid email address, for example name@example.be.
error-lang-invalid = Choose French, Dutch or English.
error-slug-invalid = Use 2 to 40 lower-case letters, digits or hyphens.
error-slug-reserved = This name is reserved; choose another one.
error-kbo-invalid = A company number has 10 digits, for example 0417.497.106.
error-kbo-checksum = This company number does not exist: its check digits do not match.
error-role-invalid = Choose a role from the list.
error-password-short = The password must be at least 8 characters long.
error-password-long = The password is too long.
error-password-common = This password is too common; choose another one.
error-password-mismatch = The two passwords are not the same.
error-password-wrong = The current password is wrong.
error-login-failed = Wrong email address or password.
error-one-language-required = Write the text in at least one of the two languages.

## Flash messages
flash-saved = Your changes have been saved.
flash-reset-sent = If an account exists for this address, a link to choose a new password has just been sent to it.
flash-password-set = Your password has been saved. You can sign in.
flash-password-changed = Your password has been changed. Your other sessions have been signed out.
flash-token-revoked = The token has been revoked.
flash-role-granted = The role has been granted.
flash-role-already = This person already had that role.
flash-role-revoked = The role has been withdrawn.
flash-cannot-revoke-self = You cannot withdraw your own coordinator role.

## Home
home-title = The social coordinations
home-intro = Choose the social coordination of your municipality.
home-empty = No social coordination has been registered yet.
coordination-title = Home
coordination-intro = The network of the social and health organisations of { $municipality }.
coordination-contact = Contact
coordination-member-login = Member sign-in
dashboard-welcome = Welcome, { $name }.
dashboard-roles = Your roles in this coordination
dashboard-shortcuts = Shortcuts

## Accounts
login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
forgot-title = Forgot your password
forgot-intro = Give your email address: we will send you a link to choose a new password.
forgot-submit = Send the link
reset-title = Choose a new password
reset-submit = Save the password
reset-invalid-title = This link is no longer valid
reset-invalid-body = The link has already been used or has expired.
reset-invalid-again = Ask for a new link
account-title = My account
account-roles = My coordinations
account-language = Language
account-language-label = Language of pages and emails
account-password = Password
account-password-submit = Change the password
account-tokens = API tokens
account-tokens-intro = A token lets a script use the API with your rights. Keep it secret.
account-tokens-none = You have no tokens.
account-token-created = Here is your new token. Copy it now: it will never be shown again.
account-token-prefix = Start of the token
account-token-created-at = Created on
account-token-used-at = Last used
account-token-revoke = Revoke "{ $name }"
account-token-create = Create a token

## People
people-title = People and roles
people-empty = Nobody has a role in this coordination yet.
people-roles = Roles
people-revoke = Withdraw
people-add = Grant a role
people-add-intro = A person without an account will receive an invitation by email, in the chosen language.
people-add-submit = Grant the role
people-revoke-title = Withdraw a role
people-revoke-question = Withdraw this role from { $name }?
people-revoke-confirm = Yes, withdraw the role

## Audit
audit-title = Audit log
audit-filter-event = Event (for example role.granted)
audit-empty = No events recorded.
audit-when = When
audit-who = Who
audit-event = Event
audit-record = Record
audit-before = Before
audit-after = After

## Outbox
outbox-title = Outgoing email
outbox-intro = All email goes through this queue. With no SMTP server configured, it stays here and can be read here.
outbox-status = Status
outbox-status-all = All
outbox-status-pending = Pending
outbox-status-sent = Sent
outbox-status-failed = Failed
outbox-empty = No messages.
outbox-created = Created
outbox-sent = Sent on
outbox-recipient = Recipient
outbox-subject = Subject
outbox-attempts = Attempts
outbox-attachment = Attachment
outbox-body = Content (text)
outbox-no-attempts = No delivery attempts yet.
outbox-worker = Worker
outbox-result = Result
outbox-back = Back to outgoing email

## Statements
accessibility-title = Accessibility statement
privacy-title = Privacy
accessibility-platform-body =
    Socius wants to be accessible to everyone and aims at conformance with WCAG 2.1 level AA (standard EN 301 549).
    Every page works without JavaScript, with the keyboard and with a screen reader; every release is checked automatically with axe-core in a real browser.
    If you meet a barrier, contact the social coordination concerned (see its own accessibility statement): it will answer you and offer the information in another form.
    If you are not satisfied with the answer, you can turn to the ombudsman of the Brussels-Capital Region.
privacy-platform-body =
    Socius keeps only the data the social coordinations need: name, email address, language and roles of the people who have an account, and the log of actions (who did what, when).
    No data about beneficiaries is stored: reports of needs hold only counts and descriptions.
    Sign-in logs are kept for one year, accounts for as long as the person takes part in a coordination.
    To see, correct or delete your data, contact the social coordination of your municipality or the data protection officer of its CPAS/OCMW.
accessibility-default =
    { $coordination } wants to make this site accessible to everyone, in line with WCAG 2.1 level AA.
    If you cannot reach some content or service, write to us at { $email }: we will answer and provide the information in another form.
    If you are not satisfied with our answer, you can lodge a complaint with the ombudsman of the Brussels-Capital Region.
privacy-default =
    { $coordination } processes the contact details of the people who take part in the social coordination (name, email address, organisation, language) to organise its meetings and exchanges.
    Contact details are shared with other members only with the consent of the person concerned. No data about beneficiaries is stored.
    To see, correct or delete your data, write to { $email }.

## Emails
mail-greeting = Dear { $name },
mail-signature = The social coordination team
mail-footer = This message was sent by Socius, the software of the social coordinations of Brussels' public social welfare centres.
mail-reset-subject = Choose a new password
mail-reset-body = You asked to choose a new password for your Socius account.
mail-reset-expiry = This link is valid for two hours and works only once.
mail-reset-ignore = If you did not ask for this, ignore this message: your password stays the same.
mail-reset-action = Choose a new password
mail-invite-subject = Invitation: { $coordination }
mail-invite-body = You have been given the role "{ $role }" in { $coordination }. Choose a password to activate your account.
mail-invite-expiry = This link is valid for seven days.
mail-invite-action = Activate my account
mail-demo-welcome = Welcome to the Socius demo. This message was not sent: it is waiting in the outgoing email queue.

## Social map
nav-map = Social map
coordination-map-link = Find help on the social map
map-title = Social map
map-intro = Who can help you, where and when: the services of the municipality's social and health organisations.
map-search-label = What are you looking for?
map-search-hint = For example: housing, food parcel, debt, doctor.
map-search-submit = Search
map-clear-all = Clear everything
map-clear = Remove this filter
map-results = { $count } service(s)
map-no-results = No service matches. Try another word or remove a filter.
map-sort = Sort by:
map-sort-relevance = relevance
map-sort-name = name
map-sort-verified = most recently verified
map-refine = Refine
map-facet-open = Opening
map-open-now = Open now
map-facet-theme = Theme
map-facet-municipality = Municipality
map-facet-basin = Care basin
map-facet-target = For whom
map-facet-language = Languages spoken
map-guide-link = Printable version (guide)
map-back = Back to the social map
service-hours = Opening hours
service-open-now = Open now
service-by-appointment = By appointment.
service-closed-from = Closed from
service-address = Address
service-transport = Getting there:
service-accessibility = Accessibility:
service-contact = Contact
service-eligibility = Who can use it
service-fees = Cost
service-application = How to apply
service-verified = Information verified on { $date }
organization-legal-status = Legal status
organization-kbo = Company number
organization-services = Services
organization-no-services = This organisation has no service on the map yet.
organization-locations = Addresses
guide-title = Social guide
guide-printed = Version of { $date }
guide-truncated = This guide shows only the first 300 services: choose a theme to print it in full.
hours-closed = Closed
status-active = Active
status-inactive = Inactive
status-temporarily_closed = Temporarily closed
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
target-children = Children
target-youth = Young people
target-families = Families
target-adults = Adults
target-older-people = Older people
target-women = Women
target-newcomers = Newcomers
target-homeless = Homeless people
target-disabled = Disabled people
spoken-fr = French
spoken-nl = Dutch
spoken-en = English
spoken-ar = Arabic
spoken-es = Spanish
spoken-pt = Portuguese
spoken-tr = Turkish
spoken-ro = Romanian
spoken-pl = Polish
taxonomy-themes-description = Socius's social and health themes, shared by the Brussels coordinations.
taxonomy-targets-description = Who a service is for.
error-hsds-lang = Choose the language fr or nl.
export-id = Identifier
export-name-fr = Name (French)
export-name-nl = Name (Dutch)
export-description-fr = Description (French)
export-organization = Organisation
map-exports = Export (members):
report-title = Report an error
report-intro = Is something wrong or out of date? Tell us: the coordination will check it.
report-message = What is wrong?
report-message-hint = For example: the phone number changed, the service is closed on Wednesdays.
report-email = Your email address (optional)
report-email-hint = Only if the coordination may contact you about it.
report-submit = Send
report-link = Report an error on this page
reports-title = Reported errors
reports-empty = No reported errors are waiting.
reports-resolved = Corrected
reports-dismissed = Dismiss
flash-report-received = Thank you! Your report has been passed on to the coordination.
stale-title = Records to verify
stale-intro = These organisations have not confirmed their information for more than twelve months.
stale-empty = Every record was verified in the last twelve months.
stale-last-verified = Last verified
stale-no-email = No email address
stale-never = Never
stale-remind = Send each a reminder
flash-reminders-sent = The reminders are in the outgoing queue.
verify-title = Is your information up to date?
verify-intro = Check the services below. If everything is right, confirm with one click; otherwise, report what must change.
verify-confirm = Everything is right, I confirm
verify-invalid = This verification link is no longer valid
flash-verified = Thank you! The information is confirmed.
mail-verify-subject = Your information on the social map: { $organization }
mail-verify-body = { $coordination } publishes your services on its social map. Please check that they are still right.
mail-verify-how = One click is enough if everything is right; otherwise the page lets you report what changed.
mail-verify-action = Check my information
duplicates-title = Possible duplicates
duplicates-empty = No possible duplicates.
duplicates-same-kbo = Same company number
duplicates-same-name = Same name at the same address
duplicates-merge = Merge these two records
merge-keep = Keep: { $organization }
merge-remove = Merge into the first, then delete: { $organization }
merge-moving = These services will move to the record kept:
merge-confirm = Yes, merge
flash-merged = The records have been merged.
translations-title = Missing translations
translations-empty = Every record exists in French and in Dutch.

## Editing the social map
action-back = Back
action-remove = Remove
action-propose = Propose the change
answer-yes = Yes
answer-no = No
field-title = Job title
field-name-fr = Name in French
field-name-nl = Name in Dutch
field-description-fr = Description in French
field-description-nl = Description in Dutch
field-legal-status = Legal status
field-kbo = Company number (KBO/BCE)
field-social-brussels-id = social.brussels identifier
field-street-fr = Street and number in French
field-street-nl = Street and number in Dutch
field-postcode = Postcode
field-nis-code = Municipality
field-latitude = Latitude
field-longitude = Longitude
field-accessibility-fr = Accessibility in French
field-accessibility-nl = Accessibility in Dutch
field-transport-fr = How to get there, in French
field-transport-nl = How to get there, in Dutch
field-status = Status
field-by-appointment = By appointment
field-themes = Themes
field-target-groups = Target groups
field-languages = Languages spoken
field-location-ids = Places where the service is offered
field-eligibility-fr = Eligibility in French
field-eligibility-nl = Eligibility in Dutch
field-fees-fr = Fees in French
field-fees-nl = Fees in Dutch
field-application-fr = How to apply, in French
field-application-nl = How to apply, in Dutch
field-schedules = Opening hours
field-closures = Exceptional closures and holidays
field-starts-on = From
field-ends-on = To
field-reason-fr = Reason in French
field-reason-nl = Reason in Dutch
field-phones = Phone numbers
field-contacts = Contact persons
hint-legal-status = For example: non-profit, public service, CPAS.
hint-kbo = Ten digits, for example 0417.497.106.
hint-optional = Optional.
hint-coordinate = Optional; in decimal degrees, for example 50.8366.
hint-hours = One or more ranges a day, for example "09:00-12:00, 13:30-17:00". Leave a closed day empty.
record-title-organization = Edit the organisation
record-title-new-organization = New organisation
record-title-service = Edit the service
record-title-new-service = New service
record-title-location = Edit the place
record-title-new-location = New place
record-needs-approval = Your changes will be published once the coordination approves them.
record-row = Row { $count }
organization-edit = Edit the organisation
organization-new = Add an organisation
service-edit = Edit this service
service-new = Add a service
location-new = Add a place
location-edit = Edit this place
editors-title = Contact persons who keep the record current
editors-intro = These people can edit the organisation, its services and its places.
editors-none = Nobody yet.
editors-add-email = Email address of someone with a role in the coordination
editors-add = Add
changes-title = Proposed changes
changes-setting-approval = Changes made by member organisations wait for my approval
changes-none = No change is waiting.
changes-kind-organization = Organisation
changes-kind-service = Service
changes-kind-location = Place
changes-kind-new-organization = New organisation
changes-kind-new-service = New service
changes-kind-new-location = New place
changes-submitted-by = Proposed by { $name }
changes-diff = Changed fields
changes-field = Field
changes-before = Before
changes-after = After
changes-reason = Reason (optional, kept in the history)
changes-approve = Approve
changes-reject = Reject
flash-change-pending = Thank you! Your change waits for the coordination's approval.
flash-change-approved = The change is approved and published.
flash-change-rejected = The change is rejected.
flash-editor-unknown = Nobody with a role in this coordination has that address.
error-url-invalid = Give a full web address starting with https://.
error-identifier-invalid = Letters and digits only (20 at most).
error-coordinate-invalid = Give a decimal number, for example 50.8366.
error-postcode-invalid = A postcode has four digits.
error-choice-invalid = Choose among the options offered.
error-hours-invalid = Write the ranges like this: 09:00-12:00, 13:30-17:00 (opening before closing).
error-closure-invalid = Each closure has a valid start date, and its end is not before its start.
error-phone-invalid = A phone number has 6 to 15 digits.
error-contact-invalid = Each contact person has a name, and a valid email address and phone number if given.

## HSDS import
import-title = Import HSDS data
import-upload = Files to import
import-again = Import again
import-intro = Socius reads HSDS 3.0 JSON, including its own exports (one file per language, for example the French and the Dutch export). Existing records are updated, new ones created; nothing is deleted. Try a dry run first: it shows what would be done without saving anything.
import-file = JSON files
import-file-hint = One or more files: one version per language of the same directory.
import-dry-run = Dry run only (save nothing)
import-submit = Import
import-report-dry-run = Dry run result: nothing was saved
import-report-done = Import finished
import-created = { $count } to create or created
import-updated = { $count } updated
import-unchanged = { $count } unchanged
import-rejected = { $count } rejected
import-lines = Record by record
import-kind = Kind
import-outcome = Outcome
import-reasons = Reasons and remarks
import-outcome-created = Created
import-outcome-updated = Updated
import-outcome-unchanged = Unchanged
import-outcome-rejected = Rejected
import-warning-schedule = A schedule with an unknown day is left out.
import-warning-term = An unknown taxonomy term is left out.
import-warning-location = A place that does not belong to the organisation is left out.
import-export = Export the directory (HSDS JSON)
error-import-format = This file is not HSDS JSON that Socius can read.
error-import-empty = The file holds no organisation and no service.
error-import-json = This file is not valid JSON.
error-import-unknown-organization = This record's organisation is neither in the file nor in the directory, or it was rejected.

## PDF guide
guide-pdf = Download the guide as PDF
