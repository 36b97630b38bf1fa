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
list-total = { $count ->
    [one] { $n } result
   *[other] { $n } results
}
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
error-upload-infected = This file contains a virus: it was not saved.
error-upload-unchecked = This file could not be checked for viruses just now: try again in a few minutes.
error-query-invalid = A parameter of the request does not have an allowed value.
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
flash-admitted = { $organization } is now a member of the coordination.
flash-admitted-invited = { $organization } is now a member of the coordination; { $person } received an invitation to activate an account.
flash-reset-sent = If an account exists for this address, a link to choose a new password has just been sent to it.
flash-password-set = Your password has been saved. You can sign in.
flash-password-set-welcome = Your password has been saved. Welcome to your space.
flash-contact-added-invited = Contact person added; they received an invitation to activate an account.
flash-contact-invited = Invitation to activate an account sent.
flash-contact-offered = This address already has an account: the member role was offered to it.
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
outbox-status-retrying = Retry scheduled
outbox-search = Recipient
outbox-intro-coordination = Every email the coordination sent: to whom, when, and whether it arrived. A failed one can be sent again.
outbox-send-again = Send again
outbox-send-again-confirm = Send this message to { $email } again? It leaves as it is, at once.
flash-mail-sent-again = The message is queued again: it will be sent in a moment.
flash-mail-not-failed = This message has not failed: there is nothing to send again.
nav-mail-log = Emails sent
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
mail-tokens-revoked-subject = Your API access tokens were revoked
mail-tokens-revoked-body = The password of your Socius account was just reset. As a precaution, { $count ->
    [one] your personal API access token was revoked
   *[other] your { $count } personal API access tokens were revoked
 }, as was your private calendar link, and every other session was signed out.
mail-tokens-revoked-again = If your scripts need them, create new tokens under "My account". If you did not ask for this reset, tell your coordination.
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
map-card-today = Today: { $hours }
map-card-closed-today = Closed today
map-search-submit = Search
map-clear-all = Clear everything
map-clear = Remove this filter
map-results = { $count ->
    [one] { $n } service
   *[other] { $n } services
}
map-no-results = No service matches. Try another word or remove a filter.
map-did-you-mean = Try instead:
map-themes-named-like = Themes close to your search:
map-search-the-region = Search these words in all 19 municipalities
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
service-practical = Practical information
service-without-place = This service receives nobody at a place (by phone, online): publish it without a place
service-open-now = Open now
service-by-appointment = By appointment.
service-closed-during = Closed { $period }
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
guide-filters = Services chosen by
guide-filter-search = Search: ‘{ $label }’
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
searches-title = Searches on the map
searches-intro = What visitors of the map searched for without finding anything, and your coordination's own synonyms. Nothing says who searched.
searches-misses = Searches without results
searches-misses-empty = No searches without results yet.
searches-query = Search
searches-count = Times
searches-last-seen = Last time
searches-actions = Actions
searches-try = Try
searches-answer = Answer it with a synonym
searches-synonyms = Your coordination's synonyms
searches-shipped = { $n ->
    [one] Socius already knows { $n } everyday word for every coordination ("colis" finds food aid, for instance).
   *[other] Socius already knows { $n } everyday words for every coordination ("colis" finds food aid, for instance).
}
searches-synonyms-empty = Your coordination has not added a synonym yet.
searches-synonym = "{ $word }" also finds what "{ $means }" finds
searches-remove = Remove
searches-remove-confirm = A search for "{ $word }" will no longer find what this synonym made it find.
searches-word = Word people type
searches-word-hint = For instance: colis, dokter, loyer.
searches-means = Words of the services it must find
searches-means-hint = For instance: aide alimentaire, huisarts, logement.
searches-add = Add the synonym
flash-synonym-added = Synonym added: the search knows it from now on.
flash-synonym-removed = Synonym removed.
error-synonym-same = Write other words than those of the search.

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
hint-latitude = Optional; in decimal degrees, for example 50.8366.
hint-longitude = Optional; in decimal degrees, for example 4.3317.
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
error-editor-unknown = Nobody with a role in this coordination has that address.
error-url-invalid = Give a full web address starting with https://.
error-identifier-invalid = Letters and digits only (20 at most).
error-coordinate-invalid = Give a decimal number, for example 50.8366.
error-postcode-invalid = A postcode has four digits.
error-choice-invalid = Choose among the options offered.
error-changed-meanwhile = Someone changed it in the meantime: here is what is stored now, with your changes in the form. Check, then save again.
error-control-characters = This text holds invisible characters that cannot be stored; type it again or paste it without formatting.
error-number-invalid = Enter a whole number within the limits given.
error-hours-invalid = Write the ranges like this: 09:00-12:00, 13:30-17:00 (opening before closing).
error-closure-invalid = Each closure has a valid start date, and its end is not before its start.
error-phone-invalid = A phone number has 6 to 15 digits.
error-contact-invalid = Each contact person has a name, and a valid email address and phone number if given.

## HSDS import
import-title = Import HSDS data
import-upload = Files to import
import-again = Import again
import-intro = Socius reads HSDS 3.0 in every shape: its own exports (one file per language, for example the French and the Dutch export), a single organisation or service with what it holds, a page of the HSDS API, or the tabular form (the CSV files and datapackage.json in one zip). Existing records are updated, new ones created; nothing is deleted. Try a dry run first: it shows what would be done without saving anything.
import-file = JSON or zip files
import-file-hint = One or more files: one version per language of the same directory, or a zip in the tabular form.
import-dry-run = Dry run only (save nothing)
import-submit = Import
import-report-dry-run = Dry run result: nothing was saved
import-report-done = Import finished
import-created = { $n } to create or created
import-updated = { $n } updated
import-unchanged = { $n } unchanged
import-rejected = { $n } rejected
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
import-warning-location-left-out = The service is not linked to the place left out.
import-export = Export the directory (HSDS JSON)
error-import-format = This file is not HSDS JSON that Socius can read.
error-import-empty = The file holds no organisation and no service.
error-import-json = This file is not valid JSON.
error-import-unknown-organization = This record's organisation is neither in the file nor in the directory, or it was rejected.
error-import-zip = This zip does not hold the CSV files of HSDS's tabular form, or they cannot be read.
error-import-duplicate-id = The file gives this identifier to two different records: neither is taken.
error-import-id = This identifier is empty, looks like a file path or is too long: the record cannot be taken.
error-import-encoding = This file is not UTF-8: save it as ‘CSV UTF-8’ and try again.
error-import-unreadable = This file is not a readable CSV.
error-import-no-name-column = The file has no ‘Name’ column (or ‘Nom’, ‘Naam’): the first line names the columns.
error-import-theme = A theme is not in the list of themes.
error-import-too-large = This file is too large for a member list (2 MB at most).
error-import-no-file = Choose the file to import.
import-warning-left-out = The refused values above are left out; the rest of the record is imported.
import-left-out-outside-region = This place has no address in a municipality of the Brussels Region: the map cannot show it.
import-outcome-left-out = Left out
import-left-out = { $count } left out

## PDF guide
guide-pdf = Download the guide as PDF

## Membership
charter-title = Charter and house rules
charter-none = The coordination has not published a charter or house rules yet.
charter-kind-charter = Charter
charter-kind-house_rules = House rules
charter-version = version { $count }
charter-publish = Publish a new version
charter-publish-intro = Every member organisation will have to sign the new version. Both languages are required.
charter-document = Document
charter-signatures = Charter signatures
charter-signed = Signed
charter-to-sign-again = To sign again
charter-last-signed = last signed: version { $count }
charter-no-signature = No signature.
charter-sign = Sign the charter
charter-up-to-date = Your organisation has signed the versions in force. Thank you!
charter-signature = Signature
charter-signature-name = Your full name
charter-signature-hint = Typing your name is your signature on behalf of the organisation.
charter-signature-consent = I have read these texts and accept them on behalf of the organisation.
join-title = Become a member
join-intro = Does your organisation do social or health work in the municipality? Join the social coordination. The coordination will review your application and answer by email.
join-organization = Your organisation
join-name = Name of the organisation
join-themes = Your themes
join-motivation = Why do you want to join the coordination?
join-contact = Contact person
join-contact-lang = Contact language
join-share-consent = I agree that other members see my contact details.
join-submit = Send the application
join-thanks-title = Application sent
join-thanks = Thank you! We have received your membership application. A confirmation was sent by email; the coordination will answer once it has reviewed it.
members-title = Member register
members-status-filter = Filter by status
members-none = No organisation.
members-tab-all = All
members-search = Search
members-search-hint = A word of the name, the company number (KBO) or a contact person
members-body = Body
members-sort = Sort by
members-sort-name = Name
members-sort-since = Date of the last status change
members-sort-status = Status
observatory-sort-period = Period, latest first
observatory-sort-people = People concerned, most first
observatory-sort-organisation = Organisation
members-status-column = Status
members-main-contact = Main contact
members-themes = Themes of action
members-import-title = Import a member list
members-import-intro = One line per organisation, the first line naming the columns: Name (required), KBO, Email, Website, Address, Themes, Contact, Contact email, Phone, Language. An organisation already in the register (same KBO number, else same name) stays as it is, with the contact person if new. Contact persons receive no email: invite them afterwards from their organisation's page. Organisations added are members and join the social map, their address ("Street…, 1070 Anderlecht") becoming their first place.
members-import-upload = The file
members-import-file = Member list (Excel, LibreOffice or CSV)
members-import-file-hint = An Excel or LibreOffice workbook (xlsx, xls, ods; its first sheet is read) or a CSV file as Excel or LibreOffice save it. A title above the column names is fine.
members-import-dry-run = Dry run: say what would be done, saving nothing
members-import-submit = Import
members-import-dry-run-report = What the import would do
members-import-done = What the import did
members-import-lines = Line by line
members-import-line = Line
members-import-outcome = Outcome
members-import-reasons = Why
members-import-line-created = added to the register
members-import-line-matched = already in the register
members-import-line-refused = refused
members-import-created = { $count ->
    [one] { $n } organisation added
   *[other] { $n } organisations added
}
members-import-matched = { $count ->
    [one] { $n } organisation already in the register
   *[other] { $n } organisations already in the register
}
members-import-refused = { $count ->
    [one] { $n } line refused
   *[other] { $n } lines refused
}
guide-path-title = Your record on the social map
guide-path-lead = In three steps your organisation appears on the social map, where residents and partners find who does what.
guide-path-visible = Your record is on the map.
guide-path-see = See your record
guide-step-done = Done
guide-step-todo = To do
guide-step-organisation = Present your organisation
guide-step-place = Add the place where you receive people
guide-step-service = Describe a service you offer
guide-step-visible = Your record is visible on the map
guide-places = { $count ->
    [one] { $n } place
   *[other] { $n } places
}
guide-services = { $count ->
    [one] { $n } service
   *[other] { $n } services
}
members-none-match = No organisation matches this search.
members-clear-search = Clear the search and filters
members-count = { $count ->
    [one] { $n } organisation
   *[other] { $n } organisations
}
members-organization = Organisation
members-since = Since
members-settings = Membership settings
members-admission-by = Who admits new members?
members-admission-steering = The steering group (and the coordination)
members-threshold = Support needed to create a proposed working group
members-map-record = Record on the social map
members-history = History
members-decision = Decision
members-reason = Reason
members-meeting = Meeting where it was decided
members-admit = Admit
members-refuse = Refuse
members-suspend = Suspend
members-end = End the membership
members-reinstate = Reinstate
member-status-applicant = Candidate
member-status-member = Member
member-status-suspended = Suspended
member-status-former = Former member
member-status-refused = Refused
contact-role-main = main contact
contact-role-delegate = delegate
contact-shares = shares their details with members
contact-does-not-share = does not share their details
bodies-title = Bodies and working groups
bodies-none = No body yet.
bodies-not-a-member = You do not represent a member organisation yet: you can read about the bodies but not join them.
body-kind = Kind of body
body-kind-plenary = Plenary
body-kind-steering = Steering group
body-kind-direction = Direction committee
body-kind-working_group = Working group
body-kind-commission = Commission
body-kind-reflection = Reflection group
body-kind-users_council = Users' consultative council
body-open = open
body-closed = on approval
body-seats = { $count ->
    [one] { $n } member
   *[other] { $n } members
}
body-you-are-in = Your organisation is part of it.
body-you-asked = Your request waits for approval.
body-join = Join
body-ask-to-join = Ask to join
body-leave = Leave
body-composition = Composition
body-empty = Nobody yet.
body-role = Role
body-mandate = Mandate
body-contacts = Contacts
body-pending = pending
body-accept = Accept
body-add-seat = Add a member
body-no-organization = — none (a person) —
body-person = Person
body-person-hint = For example a CPAS council member; optional when an organisation is chosen.
body-new = Create a body
body-purpose-fr = Purpose in French
body-purpose-nl = Purpose in Dutch
body-theme = Theme
body-open-hint = Open: members join by themselves (otherwise on approval)
seat-role-chair = Chair
seat-role-secretary = Secretary
seat-role-member = Member
seat-role-advisory = Advisory member
proposals-title = Working group proposals
proposals-intro = A member proposes a working group; once { $count } organisations support it, the coordination can create it.
proposals-none = No proposal.
proposals-by = Proposed by { $organization }
proposals-support-count = { $count ->
    [one] { $n } supporter
   *[other] { $n } supporters
}
proposals-support = Support
proposals-create = Create the group
proposals-decline = Decline
proposals-below-threshold = Not enough support yet.
proposals-see-group = See the group
proposals-new = Propose a working group
proposals-name = Name of the group
proposals-purpose = Purpose
proposals-submit = Propose
proposal-status-open = open
proposal-status-created = group created
proposal-status-declined = declined
error-signature-name = Type your full name to sign.
error-signature-consent = Tick the box to accept the texts.
error-decision-state = This decision does not apply to the current status.
error-reason-required = Give the reason.
error-seat-who = Choose an organisation or name a person.
error-mandate-dates = Valid dates, the end after the start.
flash-charter-published = New version published: members are asked to sign it.
flash-charter-signed = Thank you, the signature is recorded.
flash-body-joined = Your organisation joined the group.
flash-body-requested = Your request was sent.
flash-body-left = Your organisation left the group.
flash-proposal-created = Proposal recorded.
flash-proposal-supported = Thank you for your support.
flash-proposal-group-created = The working group is created.
flash-proposal-declined = The proposal is declined.
flash-proposal-below-threshold = Not enough support yet to create this group.
mail-apply-subject = Your membership application: { $coordination }
mail-apply-body = We have received the application of { $organization } to join { $coordination }. We will answer once we have reviewed it.
mail-application-subject = New membership application: { $organization }
mail-application-body = { $organization } asks to join the coordination.
mail-application-action = Review the application
mail-refuse-subject = Your membership application: { $coordination }
mail-refuse-body = The coordination did not admit { $organization }, for the following reason:
mail-suspend-subject = Membership suspended: { $coordination }
mail-suspend-body = The membership of { $organization } is suspended, for the following reason:
mail-end-subject = End of membership: { $coordination }
mail-end-body = The membership of { $organization } has ended, for the following reason:
members-export = Download
mine-title = My organisation
mine-details = My details
mine-colleagues = Other contact persons
mine-leave = Leave the coordination
mine-leave-confirm = My organisation leaves the coordination
contact-add = Add a contact person
contact-consent-given = This person agrees that other members see their details
contact-invite-on-add = Invite them to activate an account
contact-invite-hint = An email in their language lets them choose a password and speak for the organisation: reports, meetings, the social map record.
contact-invite-at-admission = The main contact person receives an invitation to activate an account on admission; the others can be invited afterwards.
contact-invite = Invite to activate an account
contact-invite-again = Send the invitation again
contact-account-none = no account
contact-account-invited = invitation sent, account not yet activated
contact-account-active = active account
flash-membership-left = Your organisation left the coordination. The coordination has been told.
mail-access-withdrawn-subject = Your access to the member area has ended: { $coordination }
mail-access-withdrawn-body = As { $organization } is no longer an active member of { $coordination }, you no longer have access to its member area (meetings, minutes, observatory, API) and no longer edit the organisation's record on the social map. If the membership resumes, your access will be given back.
mail-access-restored-subject = Your access to the member area is restored: { $coordination }
mail-access-restored-body = { $organization } is a member of { $coordination } again: you have the member area back and edit the organisation's record on the social map again.
offer-title = Invitation to join a coordination
offer-lead = { $coordination } offers you a role in its space on Socius.
offer-role = Role offered: { $role }.
offer-what = If you accept, the coordination sees your name and address, and its audit log records your sign-ins from now on. If you do not, it learns nothing of your account.
offer-accept = Accept the role
offer-gone = This invitation is no longer valid, or it is meant for another account than the one you are signed in with.
flash-role-offered = This person already has an account: they were sent an invitation and will hold the role once they accept it.
flash-role-accepted = You accepted the role. Welcome!
people-pending = Pending invitations
people-pending-until = pending until { $date }
mail-role-offer-subject = An invitation from { $coordination }
mail-role-offer-body = { $coordination } offers you the role "{ $role }" on Socius. Sign in with your usual account and accept the invitation; until you do, the coordination sees nothing of your account.
mail-role-offer-action = See the invitation
mail-left-subject = A member leaves: { $organization }
mail-left-body = { $organization } leaves the coordination, for the following reason:

## Meetings
meetings-title = Meetings
meetings-search = Search a meeting
meetings-upcoming = Upcoming
meetings-archive = Archive
meetings-none = No meetings.
meeting-new = Plan a meeting
meeting-edit = Change the meeting
meeting-edit-notice = If the invitation was already sent, everyone invited receives the update.
meeting-date = Date
meeting-time = Start time
meeting-time-hint = Brussels time, for example 09:30.
meeting-duration = Duration (minutes)
meeting-place = Place
meeting-place-hint = Address and room, in French and in Dutch (without a Dutch version, the French one is shown); optional when the meeting is online.
meeting-online = Online meeting link
meeting-public = Public meeting (announced in the public calendar)
meeting-status = Status
meeting-status-draft = in preparation
meeting-status-published = called
meeting-status-cancelled = cancelled
meeting-invited = { $count ->
    [one] { $n } person invited
   *[other] { $n } people invited
}
meeting-undelivered = { $count ->
    [one] One message about this meeting could not be delivered, after several attempts. Check the address:
   *[other] { $count } messages about this meeting could not be delivered, after several attempts. Check these addresses:
 }
meeting-publish = Publish the agenda and invite
meeting-cancel = Cancel the meeting
agenda-title = Agenda
agenda-empty = The agenda is still empty.
agenda-follow-up = Follow-up of the actions of earlier meetings
agenda-proposed = Items proposed by members
agenda-rejected = Rejected items
agenda-accept = Accept
agenda-reject = Reject
agenda-move = Postpone
agenda-move-to = Postpone to the meeting
agenda-add = Add an item
agenda-propose = Propose an item
agenda-propose-until = Members can propose items until { $date }.
item-kind = Kind of item
item-kind-information = information
item-kind-discussion = discussion
item-kind-decision = decision
item-kind-presentation = partner presentation
item-title-fr = Title in French
item-title-nl = Title in Dutch
item-edit = Edit the item
item-status-proposed = waiting for the coordination's decision
item-status-accepted = accepted
item-status-rejected = rejected
agenda-total = Total length: { $count } min
agenda-overrun = { $count } min longer than the meeting
agenda-move-up = Move up
agenda-move-down = Move down
agenda-remove-confirm = Remove “{ $name }” from the agenda? Its documents are deleted with it.
agenda-documents = Documents
agenda-place-follow-up = Make it an agenda item
agenda-mine = Your proposals
flash-item-removed = The item has been removed from the agenda.
mail-proposal-accepted-subject = Your proposal “{ $name }” is on the agenda
mail-proposal-accepted-body = The coordination accepted your proposal “{ $name }”: it is on the agenda of the meeting “{ $meeting }” on { $date }.
mail-proposal-rejected-subject = Your proposal “{ $name }” was not taken up
mail-proposal-rejected-body = The coordination did not take up your proposal “{ $name }” for the meeting “{ $meeting }” on { $date }. Reason: { $reason }
mail-proposal-postponed-subject = Your proposal “{ $name }” is postponed
mail-proposal-postponed-body = The coordination postponed your proposal “{ $name }” to the meeting “{ $meeting }” on { $date }.
mail-proposal-action = See the meeting
item-presenter = Presented by
rsvp-title = Your answer
rsvp-for = Invitation of { $name }
rsvp-question = Will you attend?
rsvp-yes = I will attend
rsvp-excused = I send my apologies
rsvp-no = I will not come
rsvp-representative = A colleague will represent the organisation: their name
rsvp-submit = Send my answer
rsvp-expired = This link is no longer valid: the meeting is over or a newer invitation replaced it.
round-link-closed-title = This link is no longer valid
round-link-closed-why = The personal link you received for a collection round stays valid until the round's deadline, as long as your organisation is a member of the coordination.
round-link-closed-then = To report more, sign in to your account or write to the coordination.
round-link-for = You are reporting for { $organization }. Each form saves one report; you can send several.
rsvp-intro = Answer without signing in:
rsvp-action = Answer the invitation
rsvp-state-pending = no answer
rsvp-state-yes = attending
rsvp-state-no = not attending
rsvp-state-excused = excused
rsvp-represented-by = represented by { $name }
attendance-title = Attendance
attendance-print-hint = Print this page for the signature sheet.
attendance-nobody = Nobody is invited yet.
attendance-mark = Attendance
attendance-signature = Signature
attendance-unknown = —
attendance-present = present
attendance-excused = excused
attendance-absent = absent
attendance-represented = represented
attendance-walk-in = Someone who came without an invitation
attendance-add = Add as present
minutes-title = Minutes
minutes-status-none = not started
minutes-status-draft = draft
minutes-status-sent = sent to participants for comments
minutes-status-approved = approved
minutes-status-published = published
minutes-after-start = The minutes can be sent, approved and published once the meeting has started.
minutes-send-confirm = { $count ->
    [0] Nobody will get them: no one present or represented has an email address.
    [one] { $count } person present or represented will get the draft by email, for comments.
   *[other] { $count } people present or represented will get the draft by email, for comments.
}
minutes-approve-confirm = Once approved, the minutes are final and their decisions take effect; nobody is told at this step. { $count ->
    [0] { "" }
    [one] { $count } decision will be carried out on what it concerns (a membership, say).
   *[other] { $count } decisions will be carried out on what they concern (memberships, say).
}
minutes-publish-confirm = { $count ->
    [0] Nobody will get them: no one invited has an email address.
    [one] { $count } invited person will get the minutes by email, with the PDF.
   *[other] { $count } invited people will get the minutes by email, with the PDF.
}
flash-minutes-emailed = Done: { $count ->
    [0] nobody had an email address.
    [one] { $count } person got the minutes by email.
   *[other] { $count } people got the minutes by email.
}
minutes-present = Present
minutes-excused = Excused
minutes-notes-fr = Notes in French
minutes-notes-nl = Notes in Dutch
minutes-decisions = Decisions
minutes-no-decision = No decisions.
minutes-decision-new = New decision
minutes-actions = Actions
minutes-no-action = No actions.
minutes-action-new = New action
minutes-send = Send to participants
minutes-approve = Mark as approved
minutes-publish = Publish to members
action-owner = Owner
action-due = Due
action-mark-done = Done
action-status-open = open
action-status-done = done
action-status-dropped = dropped
error-date-invalid = Give a valid date.
error-time-invalid = Give a valid time (HH:MM) that exists in Brussels that day.
error-duration-invalid = A duration from 15 to 600 minutes.
error-place-required = Give a place or an online meeting link.
flash-meeting-published = The agenda is published and the invitations are sent: { $count ->
    [0] nobody had an address.
    [one] { $count } person invited by email.
   *[other] { $count } people invited by email.
}
flash-meeting-restored = The meeting is restored. { $count ->
    [0] It is in preparation again.
    [one] { $count } invited person is told by email that it takes place.
   *[other] { $count } invited people are told by email that it takes place.
}
flash-meeting-not-cancelled = This meeting is not cancelled: nothing changed.
flash-meeting-test-sent = A test email was sent to you: its answer links answer for nobody.
meeting-publish-recipients = { $count ->
    [0] Nobody will be invited: no organisation or person with an email address sits in this body.
    [one] { $count } person will be invited by email:
   *[other] { $count } people will be invited by email:
}
meeting-publish-unreachable = Will not get the invitation, having no email address:
meeting-publish-preview = The email as it will leave
meeting-publish-preview-lang = Recipient's language: { $language }
meeting-publish-test = Send me a test email
meeting-publish-confirm = Confirm and send
meeting-publish-empty = The agenda is empty. Tick the box to invite all the same.
meeting-publish-empty-confirm = Send the invitation with an empty agenda
meeting-preview-name = First Last
meeting-test-mark = Test
meeting-cancel-reach = { $count ->
    [0] The meeting has not been called yet: nobody will be told.
    [one] { $count } invited person will get the cancellation by email, with the reason.
   *[other] { $count } invited people will get the cancellation by email, with the reason.
}
meeting-cancel-reason = Reason for cancelling
meeting-cancel-reason-hint = It is in the cancellation email.
meeting-cancel-confirm = Cancel the meeting and tell them
meeting-cancel-back = Back to the meeting without cancelling
meeting-restore = Restore the meeting
meeting-restore-confirm = { $count ->
    [0] The meeting is in preparation again.
    [one] { $count } invited person will be told by email that the meeting takes place.
   *[other] { $count } invited people will be told by email that the meeting takes place.
}
mail-meeting-cancellation-reason = Reason: { $reason }
mail-meeting-restored-subject = Restored: { $name }, { $date }
mail-meeting-restored-body = The meeting “{ $name }” on { $date } takes place after all.
error-agenda-empty = The agenda is empty: tick the box to invite all the same.
flash-meeting-already-published = This meeting is already published.
flash-meeting-cancelled = The meeting is cancelled. { $count ->
    [0] Nobody had been invited yet.
    [one] { $count } invited person is told by email.
   *[other] { $count } invited people are told by email.
}
flash-meeting-already-cancelled = This meeting was already cancelled, or it changed in the meantime: nothing was sent.
flash-item-proposed = Thank you! Your proposal waits for the coordination's decision.
flash-proposals-closed = Proposals are closed for this meeting.
flash-rsvp-saved = Thank you, your answer is recorded.
flash-minutes-step = This step does not follow the minutes' current state.
mail-meeting-invitation-subject = Invitation: { $name }, { $date }
mail-meeting-invitation-body = You are invited to "{ $name }" on { $date }.
mail-meeting-update-subject = Change: { $name }, { $date }
mail-meeting-update-body = The meeting "{ $name }" changed: it takes place on { $date }.
mail-meeting-cancellation-subject = Cancelled: { $name }
mail-meeting-cancellation-body = The meeting "{ $name }" on { $date } is cancelled.
mail-minutes-sent-subject = Minutes to review: { $name }
mail-minutes-sent-body = Here is the draft of the minutes of "{ $name }" ({ $date }). Your comments are welcome.
mail-minutes-published-subject = Minutes: { $name }
mail-minutes-published-body = The minutes of "{ $name }" ({ $date }) are published; the PDF is attached.
mail-minutes-action = Read the minutes
figures-title = Meeting figures
figures-none = No meeting held this year.
figures-held = Meetings held
figures-invited = Invitations
figures-present = Present or represented
figures-rate = Attendance rate
figures-organisations = Organisations represented
figures-walk-ins = Came without an invitation
meetings-public-feed = Public calendar (iCalendar)
feed-title = My private calendar
feed-intro = A secret address to add to your calendar (Outlook, Google, Thunderbird…): it shows the meetings you are invited to. Do not share it; making a new address disables the old one.
feed-created = Here is your address. It will not be shown again: copy it now.
feed-create = Make a new address
feed-revoke = Disable my address
flash-feed-revoked = Your calendar address is disabled.
mail-meeting-reminder-subject = Reminder: { $name }, { $date }
mail-meeting-reminder-body = A reminder: "{ $name }" takes place on { $date }.
attendance-represented-by = Represented by
attendance-represented-line = { $organisation }, by { $name }
attendance-mark-expected = { $count ->
    [one] Mark the expected person present
   *[other] Mark the { $count } expected people present
}
attendance-send-confirm = { $count ->
    [0] Nobody will get the list: no one present has an email address.
    [one] { $count } person present or represented will get the list by email.
   *[other] { $count } people present or represented will get the list by email.
}
attendance-send-later = The list of those present can be sent once the meeting has started.
flash-attendance-list-sent-to = The list of those present is sent: { $count ->
    [one] { $count } person got it by email.
   *[other] { $count } people got it by email.
}
flash-marked-present = { $count ->
    [0] Nobody was expected who was not marked already.
    [one] { $count } expected person is marked present.
   *[other] { $count } expected people are marked present.
}
flash-too-early = The meeting has not started yet: this step comes after.
error-representative-required = Say who represented the organisation.
minutes-represented = Represented
attendance-send = Send the list of those present
attendance-send-hint = After the meeting: everyone present receives the list of those present, with the contact details of those who agreed to share them.
flash-attendance-list-sent = The list of those present is sent.
mail-attendance-subject = Those present: { $name }
mail-attendance-body = Here are the people present at "{ $name }" ({ $date }), with the contact details of those who agreed to share them:
series-repeat = Repeat
series-none = A single meeting
series-weekly = Every N weeks, on the same day
series-monthly = Every N months, on the same weekday (e.g. the second Tuesday)
series-interval = Interval (N)
series-interval-hint = From 1 to 12 weeks or months.
series-occurrences = Number of meetings
series-occurrences-hint = From 2 to 24, the first included. Each meeting can then be moved or cancelled on its own.
error-recurrence-invalid = Choose an interval from 1 to 12 and 2 to 24 meetings.
series-title = Series of meetings
meetings-settings = Meeting settings
meetings-proposal-days = Members propose items until N days before the meeting
meetings-reminder-days = Reminder sent N days before the meeting (0: no reminder)
body-person-email = The person's email address
body-person-email-hint = Optional: with an address, the person receives the invitations to the body's meetings.
body-person-lang = The person's language
body-person-lang-unknown = Unknown (write in French and Dutch)
document-attach = Attach a document
document-upload = Upload
error-document-too-large = This document is larger than 10 MB.
error-document-empty = Choose a file to attach.
error-document-type = This format is not accepted: PDF, office documents (ODF, Office), PNG or JPEG images, text or CSV.
nav-observatory = Observatory
observatory-title = Needs observatory
observatory-lead = The needs partners observe and the non-take-up of rights, as aggregated figures: never data about a person.
observatory-report = Report
observatory-report-need = Report an observed need
observatory-report-non-take-up = Report non-take-up of a right
observatory-mine = My organisation's signals
observatory-mine-empty = Your organisation has not reported anything yet.
observatory-privacy-notice = Give numbers and general descriptions. Never write a name, national register number, email address, phone or account number of a person you support: the form refuses them.
observatory-round = Collection round
observatory-no-round = Outside a round
observatory-all-rounds = All rounds
observatory-theme = Theme
observatory-right = Right concerned
observatory-causes = Causes of non-take-up (one or more)
observatory-target-group = Target group
observatory-territory = Territory
observatory-municipality = Municipality
observatory-basin = Care basin
observatory-basin-hint = Leave "automatic": Socius derives it from the municipality when it lies in one basin.
observatory-basin-auto = Automatic
observatory-neighbourhood = Neighbourhood
observatory-period = Period observed
observatory-period-start = From
observatory-period-end = To
observatory-description = Description
observatory-description-hint = What you observe, in general terms (no personal data).
observatory-people-count = Number of people concerned
observatory-cases = Number of non-take-up cases
observatory-count-hint = A number, never names.
observatory-trend = Trend
observatory-severity = Severity
observatory-outcome = What was done
observatory-choose = Choose…
observatory-unspecified = Not specified
observatory-delete = Delete this signal
observatory-delete-confirm = I confirm the deletion
observatory-copy = Start from the previous round's signals
observatory-copy-hint = They are copied into the current round, with its period; then correct what has changed.
observatory-kind = Kind
observatory-kind-need = Observed needs
observatory-kind-non_take_up = Non-take-up of rights
observatory-subject = Subject
observatory-signals = Signals
observatory-signals-n = { $count } signals
observatory-signals-count = { $count } signals
observatory-people = People
observatory-people-n = { $count } people
observatory-cases-short = Cases
observatory-people-or-cases = People or cases
observatory-organisations = Organisations
observatory-group = Group
observatory-code = Code
observatory-dimension = Table
observatory-suppressed = Below the minimum: not published
observatory-suppressed-short = hidden
observatory-suppression-note = A group of fewer than { $count } people, or whose reports come from fewer than { $organisations } organisations, is not published, nor any figure it could be worked out from by subtraction: nobody can be singled out, nor a partner's caseload.
observatory-empty = No signals yet.
observatory-export = Download the aggregates
observatory-totals = In short
observatory-toc = On this page
observatory-table-open = Show the table of figures
observatory-change = Change
observatory-compared-with = Each table also gives the change since the previous round, ‘{ $name }’.
observatory-compare-hint = Choose a round to compare its figures with the previous one's.
observatory-top = Most reported needs
observatory-figures = The figures
observatory-trend-title = From one round to the next
observatory-trend-caption = People concerned per theme and round (the most reported themes)
observatory-by-theme = by theme
observatory-by-right = by right
observatory-by-cause = by cause
observatory-by-target_group = by target group
observatory-by-municipality = by municipality
observatory-by-basin = by care basin
observatory-by-trend = by trend
observatory-by-severity = by severity
observatory-by-outcome = by outcome
chart-description = { $groups } groups; the largest: { $label } ({ $count }).
trend-new = New
trend-growing = Growing
trend-stable = Stable
trend-decreasing = Decreasing
severity-1 = Low
severity-2 = Medium
severity-3 = High
severity-4 = Critical
severity-0 = Not specified
outcome-referred = Referred
outcome-accompanied = Accompanied
outcome-unresolved = Unresolved
observatory-public-title = The published observatory
observatory-public-lead = What the coordination's partners observed, as aggregated figures the coordination published.
observatory-public-none = The coordination has not published any round yet.
observatory-public-rounds = Published rounds
observatory-public-needs = Where the needs stand
observatory-public-figures = The figures
observatory-signals-title = All signals
observatory-all = All
observatory-group-select = Select
observatory-grouped = in a need
observatory-group-into-need = Group the ticked signals into a need
observatory-existing-need = Add to an existing need
observatory-new-need = A new need (title below)
observatory-group-button = Group
observatory-settings = Observatory settings
observatory-minimum = Minimum number of people to publish a group
observatory-minimum-hint = From 2 to 100. Below it, the group is hidden on public pages and in the regional view.
observatory-minimum-organisations = Minimum number of organisations to publish a figure
observatory-minimum-organisations-hint = From 1 to 20. A figure that comes from fewer organisations is hidden on public pages and in the regional view.
needs-title = Needs followed up
needs-none = No need has been put together from the signals yet.
need-status = Status
need-status-observed = Observed
need-status-discussed = Discussed
need-status-in_action = In action
need-status-answered = Answered
need-group = Working group
need-no-group = None
need-agenda = On the agenda of
need-response = Answer (advice, project)
need-response-hint = The title or address of the advice or project that answers it.
need-history = History
need-follow-up = Follow-up
need-put-on-agenda = Put on the agenda of
need-put-on-agenda-button = Put on the agenda
need-signals = Signals grouped
need-event-created = Need put together (signals)
need-event-signals-added = Signals added
need-event-status = Status
need-event-group = Given to the group
need-event-response = Answer
need-event-agenda = Put on the agenda
need-event-signal-removed = Report taken out
needs-register-title = Needs register
needs-register-lead = Each need groups reports from the partners; it is followed from observation to an answer.
needs-register-empty = No needs yet. Needs arise from reports the coordination groups together.
needs-register-none-match = No need matches these filters.
needs-register-all = See all needs
needs-register-count = { $count ->
    [one] { $n } need
   *[other] { $n } needs
}
needs-register-need = Need
needs-register-signals = Reports
needs-register-where = Follow-up
needs-register-nowhere-yet = No follow-up yet
flash-need-signal-removed = The report was taken out of the need; it stays among the reports not grouped.
need-take-out = Take out of the need
rounds-title = Collection rounds
rounds-none = No rounds yet.
rounds-round = Round
rounds-deadline = Deadline
rounds-status = Status
rounds-status-open = open
rounds-status-closed = closed
rounds-published = published
rounds-reported = Organisations that reported (signals)
rounds-actions = Actions
rounds-remind = Remind
rounds-close = Close
rounds-reopen = Reopen
rounds-publish = Publish
rounds-unpublish = Unpublish
rounds-open = Open a round
rounds-open-hint = Every member organisation is invited to report, in its language; those that have reported nothing are reminded three days before the deadline.
rounds-open-button = Open and invite the members
rounds-open-anyway = Open this round anyway
rounds-public-text = What the public page says
rounds-public-text-hint = A few lines above the figures of a published round: what stands out, what the coordination did with the needs. Never names or data about a person.
rounds-public-text-none = no text yet
context-title = Context indicators
context-lead = Public figures about the municipality, with their source and year, to read next to the signals.
context-caption = The municipality's indicators
context-indicator = Indicator
context-value = Value
context-year = Year
context-source = Source
context-none = No indicator imported for this municipality.
context-import = Import indicators
context-import-hint = A CSV file with a header row, as in the example. A value already imported for the same municipality, indicator and year is replaced.
context-file = CSV file
context-import-button = Import
context-imported = { $count } values imported.
context-rejected = Lines refused
context-error-empty = Choose a CSV file.
context-error-header-only = The file holds only its header line: there is nothing to import.
csv-note-windows-1252 = This file is encoded in Windows-1252 (Excel): it was read as such.
csv-note-utf16 = This file is in UTF-16 (Excel's "Unicode text"): it was read as such.
csv-note-semicolons = This file separates its columns with semicolons (Excel in Belgium): it was read as such.
csv-note-tabs = This file separates its columns with tabs: it was read as such.
context-error-format = Line { $line }: expected columns nis_code, indicator, label_fr, label_nl, year, value, unit, source.
context-error-municipality = Line { $line }: unknown NIS code.
context-error-other-municipality = Line { $line }: another municipality than the coordination's.
context-error-year = Line { $line }: invalid year.
context-error-value = Line { $line }: the value must be a number.
context-error-indicator = Line { $line }: the indicator and its label are required.
context-error-source = Line { $line }: give the source.
region-title = Regional observatory
region-lead = The aggregates of { $count } coordinations: no organisation appears in them.
region-export = Export for the regional non-take-up working group
region-export-all = every table
nav-region = Regional view
error-choice-required = Make a choice.
error-period-invalid = Give the start and end dates (YYYY-MM-DD).
error-period-order = The period ends before it starts.
error-deadline-invalid = Give a deadline still to come.
error-round-overlaps = This period overlaps that of a round still open: the same situations may be reported twice. Tick the box to open it anyway.
error-service-without-place = Choose the place where the service receives people, or tick the box if it has none.
error-observatory-causes = Tick at least one cause.
error-observatory-count = Give a whole number from 1 to 1,000,000.
error-observatory-description = Describe what you observe.
error-observatory-organisation = Only contact persons of a member organisation can report.
error-need-signals = Tick at least one signal.
error-personal-national-number = This text holds a national register number. Remove it: the observatory keeps no data about a person.
error-personal-email = This text holds an email address. Remove it: the observatory keeps no data about a person.
error-personal-phone = This text holds a phone number. Remove it: the observatory keeps no data about a person.
error-personal-bank-account = This text holds a bank account number. Remove it: the observatory keeps no data about a person.
flash-signal-saved = Signal saved. Thank you!
flash-signal-deleted = Signal deleted.
flash-confirm-delete = Tick the confirmation box to delete.
flash-copy-nothing = Nothing to copy: no open round, or no signals in the previous round.
flash-copy-already = Your organisation already has signals in the current round.
flash-signals-copied = The previous round's signals are copied: check them and correct what has changed.
flash-need-saved = Need saved.
flash-need-on-agenda = The need is on the meeting's agenda.
flash-round-opened = Round opened; the members are invited to report.
flash-round-reminded = Reminder sent to the organisations that reported nothing.
flash-round-closed = Round closed.
flash-round-published = Round published: its aggregates are public, small groups hidden.
flash-round-step = This step no longer applies to the round: it was already taken.
mail-round-invitation-subject = Needs observatory: { $name }
mail-round-invitation-body = The coordination opens the round "{ $name }". Could you report, for { $organization }, the needs you observe and the cases of non-take-up of rights, before { $date }?
mail-round-reminder-subject = Reminder — needs observatory: { $name }
mail-round-reminder-body = We have not yet received a signal from { $organization } for the round "{ $name }". There is time until { $date }.
mail-round-privacy = Numbers and general descriptions are enough: never names or data about a person.
mail-round-personal-link = The button below is your personal link: it opens the form for your organisation, without an account, until { $date }. Do not forward it.
mail-round-activate = With an account you also find your organisation's reports, the coordination's meetings and documents:
error-need-personal-data = The answer holds personal data (a number, email address or phone): remove it.
members-meeting-hint = When a meeting is chosen, the decision goes into its minutes and takes effect when they are approved.
rights-title = Rights followed
rights-hint = The regional list of rights often not taken up; add the ones your coordination also follows.
rights-add = Add the right
error-right-exists = This right is already on the list.

## Second factor
second-factor-title = Second factor
second-factor-on = Every sign-in asks for a code from your authenticator app.
second-factor-codes-left = { $count ->
    [0] You have no recovery codes left.
    [one] You have { $count } recovery code left.
   *[other] You have { $count } recovery codes left.
}
second-factor-off = Protect your account: besides the password, ask for a code from your authenticator app at every sign-in (for example FreeOTP, Aegis or Google Authenticator).
second-factor-turn-on = Turn on the second factor
second-factor-code = Code
second-factor-remove-hint = To turn the second factor off, give a code from your app or a recovery code.
second-factor-remove = Turn off the second factor
second-factor-sign-in-title = Verification code
second-factor-sign-in-intro = Your password is right. Give the 6-digit code your authenticator app shows.
second-factor-code-hint = 6 digits, or one of your recovery codes if you do not have your phone.
second-factor-start-again = Start signing in again
second-factor-enrol-title = Turn on the second factor
second-factor-enrol-scan = In your authenticator app, add an account by scanning this QR code.
second-factor-qr-alt = QR code to scan with your authenticator app
second-factor-enrol-type = Or type this key into the app:
second-factor-enrol-confirm = Code the app shows
second-factor-enrol-confirm-hint = The 6 digits the app shows now: they confirm it is ready.
second-factor-codes-title = Your recovery codes
second-factor-enabled = The second factor is on.
second-factor-codes-intro = If you lose your phone, each of these codes signs you in once. Keep them somewhere safe (printed or in a password manager): they will not be shown again.
second-factor-codes-done = I have kept my codes — back to my account
flash-second-factor-removed = The second factor is off.
error-code-wrong = This code is not valid: check your phone's clock and give the current code (a code works once).
error-code-too-many = Too many tries: wait a minute before trying again.
second-factor-required-note = Your role requires a second factor: it stays on while you hold that role.
second-factor-enrol-required = Your password is right. Your role requires a second factor: turn it on now to finish signing in.
second-factor-codes-continue = I have kept my codes — continue
second-factor-codes-renewed = Your new recovery codes are ready: the old ones no longer work.
second-factor-renew-title = Recovery codes
second-factor-renew-hint = To get ten new recovery codes (the old ones will stop working), type a code from your app.
second-factor-renew = Make new recovery codes
error-second-factor-required = Your role requires a second factor: it cannot be turned off.
people-second-factor-on = On
people-second-factor-off = Not yet
people-second-factor-required = Coordinators sign in with a second factor
people-second-factor-required-hint = They see every partner's contact details. Those who have none yet turn it on at their next sign-in.
nav-platform-settings = Platform settings
platform-settings-title = Platform settings
platform-settings-staff-second-factor = Platform admins and regional staff sign in with a second factor
platform-settings-staff-second-factor-hint = Those who have none yet turn it on at their next sign-in.

## Personal data (features/rights)
personal-data-title = Personal data
personal-data-intro = Everything Socius keeps about you, as it is stored. You can download it (JSON, readable by other software) or print it.
personal-data-intro-contact = What your coordination keeps about this contact person, to hand over on request (GDPR arts. 15 and 20).
personal-data-download = Download (JSON)
personal-data-erase-link = Erase this data…
personal-data-empty = Socius keeps nothing more about this.
personal-data-account-intro = See and download everything Socius keeps about you, or erase your account.
personal-data-see = See my personal data
personal-data-account = Account
personal-data-api-tokens = API tokens
personal-data-second-factor = Second factor and recovery codes
personal-data-calendar-feeds = Calendar feeds
personal-data-roles = Roles
personal-data-role-offers = Roles offered
personal-data-map-contacts = Contact person on the social map
personal-data-map-reports = Errors reported on the social map
personal-data-map-editor = Organisations whose record you keep up to date
personal-data-map-proposals = Changes proposed on the social map
personal-data-contacts = Contact person of a member organisation
personal-data-signatures = Charter signatures
personal-data-seats = Seats in bodies
personal-data-register-decisions = Decisions in the member register
personal-data-invitations = Meeting invitations, answers and attendance
personal-data-signals = Signals to the observatory
personal-data-page-revisions = Versions of public pages you saved
personal-data-need-follow-up = Follow-up of needs
personal-data-audit = Audit log (sign-ins and changes)
personal-data-messages = Emails sent
erasure-why-account-linked = the account is still used elsewhere (a role or a member organisation of another coordination): only the person or the platform admin can erase it
erasure-why-map-reports = the report stays to correct the map, without the person's address
erasure-why-record-history = the record's history stays, without the person's name
erasure-why-signatures = the organisation signed: the signature stays, as "a representative of the organisation", with the hash of the text signed
erasure-why-seats = the seat belongs to the organisation: it stays, without the person's name
erasure-why-attendance = the minutes and attendance counts stay right: the attendance stays, without name or address
erasure-why-signals = the signal is the organisation's and holds only counts: it stays in the figures, without who typed it
erasure-why-audit = the audit log keeps what happened, without the person's name, address or IP address
erasure-title = Erase personal data
erasure-intro = Your account and what Socius keeps about you will be erased. Before you confirm, here is what will be removed, what will stay without your name, and why. This cannot be undone.
erasure-intro-contact = What your coordination keeps about this person will be erased. Before you confirm, here is what will be removed, what will stay without their name, and why. This cannot be undone.
erasure-nothing = Nothing to erase.
erasure-removed = Removed
erasure-pseudonymised = Kept without the person's name
erasure-kept = Kept
erasure-only-coordinator = This person is the only coordinator of: { $coordinations }. Name another coordinator first (People page), then come back.
erasure-password = Your password
erasure-password-hint = To confirm it is you.
erasure-confirm = Erase my account for good
erasure-confirm-contact = Erase this data for good
flash-account-erased = Your account and your personal data have been erased.
flash-contact-erased = This person's personal data has been erased.
representative-of = a representative of { $organisation }
erased-person = erased person
pd-email = Email address
pd-display-name = Name
pd-lang = Language
pd-created-at = Created
pd-is-platform-admin = Platform admin
pd-is-regional-staff = Regional staff
pd-second-factor = Second factor
pd-name = Name
pd-prefix = Token start
pd-last-used-at = Last used
pd-revoked-at = Revoked
pd-coordination = Coordination
pd-role = Role
pd-granted-at = Granted
pd-accepted-at = Accepted
pd-organisation = Organisation
pd-title = Job title
pd-phone = Phone
pd-added-at = Added
pd-record-kind = Record
pd-status = Status
pd-submitted-at = Submitted
pd-message = Message
pd-share-consent = Agrees to share their details
pd-kind = Kind
pd-version = Version
pd-signer-name = Signed by
pd-text-hash = Text hash (SHA-256)
pd-signed-at = Signed
pd-body = Body
pd-starts-on = From
pd-ends-on = Until
pd-meeting = Meeting
pd-starts-at = Date
pd-rsvp = Answer
pd-representative = Represented by
pd-responded-at = Answered
pd-attendance = Attendance
pd-walk-in = Came without invitation
pd-period-start = Period start
pd-period-end = Period end
pd-description = Description
pd-people-count = Number of people
pd-event = Event
pd-actor-label = By
pd-ip = IP address
pd-subject = Subject
pd-sent-at = Sent
processing-title = What Socius keeps
processing-intro = Record of processing (GDPR art. 30), drawn from the settings Socius applies for this coordination.
processing-what = Data
processing-why = Why
processing-kept = How long
processing-who = Who sees them
processing-rights = Everyone can see, download and erase their data from "My account", or ask the coordination for it.
processing-accounts = Accounts: name, email address, language, password (hashed), second factor
processing-accounts-why = Signing in and receiving the network's messages
processing-accounts-who = The person; coordinators for the people of their coordination
processing-sign-ins = Sign-ins and changes (audit log), with the IP address
processing-sign-ins-why = Security and a trace of decisions
processing-sign-ins-who = Coordinators; the platform admin
processing-contacts = Contact persons of member organisations and their consent to share
processing-contacts-why = Running the network: invitations, observatory, member directory
processing-contacts-who = Coordinators; the other members if the person agrees
processing-applications = Refused applications
processing-applications-why = Answering a possible complaint
processing-applications-who = Coordinators
processing-meetings = Meeting invitations, answers and attendance
processing-meetings-why = Organising meetings and keeping their minutes
processing-meetings-who = The body's members; published minutes, as far as they are published
processing-signals = Signals to the observatory (counts, never names)
processing-signals-why = Drawing up the area's social diagnosis
processing-signals-who = Coordinators; the public sees aggregated figures, never small counts
processing-mail = Emails Socius sent
processing-mail-why = Following their delivery
processing-mail-who = The platform admin
processing-map = Contact persons on the social map
processing-map-why = Pointing the public to services
processing-map-who = Everyone (the social map is public)
processing-sessions = Sign-in sessions
processing-sessions-why = Staying signed in
processing-sessions-who = Nobody
retention-until-erased = Until the account is erased
retention-while-member = While the organisation is a member, or until erased
retention-with-minutes = With the minutes; without name or address after an erasure
retention-figures = In the figures, without who typed them after an erasure
retention-until-changed = Until the record changes
retention-sessions = Until signing out or the session expires
retention-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
retention-days = { $count ->
    [one] { $count } day (the text; subject and delivery stay)
   *[other] { $count } days (the text; subject and delivery stay)
}
retention-title = Retention periods
retention-intro = Socius erases on its own what has had its time. The privacy page shows these periods to the public.
retention-refused-months = Refused applications (months)
retention-refused-months-hint = From 1 to 120 months; 12 by default.
retention-mail-days = Text of delivered emails (days)
retention-mail-days-hint = From 7 to 3650 days; 90 by default. Subject, recipient and delivery stay.
platform-settings-ip-months = IP addresses in the audit log (months)
platform-settings-ip-months-hint = From 1 to 60 months; 12 by default.
people-account = Account
people-locked = Locked
people-lock = Lock
people-unlock = Unlock
people-lock-title = Lock an account
people-lock-question = Lock { $name }'s account?
people-lock-effects = The person is signed out everywhere, their API tokens and calendar feeds are revoked, and they cannot sign in until the account is unlocked. Nothing is erased.
people-lock-confirm = Lock the account
flash-account-locked = The account is locked: the person is signed out everywhere.
flash-account-unlocked = The account is unlocked: the person can sign in again.
people-handover = Hand over
handover-title = Hand over
handover-intro = What this person is in charge of in the coordination goes to their successor: the open follow-up actions of the minutes (and, once those modules exist, indicators, projects, dossiers and campaigns). Choose who takes over; you will see what moves before you confirm.
handover-successor = Who takes over
handover-choose = See what will move
handover-preview = What will move to { $name }
handover-nothing = There is nothing to hand over.
handover-confirm = Hand everything over to { $name }
handover-open-actions = Open follow-up actions
flash-handed-over = Handed over: what the person was in charge of has moved.
account-name = Your name
account-name-hint = As the other people of the network will see it.
coordinations-admin-title = Coordinations
coordinations-new = New coordination
coordinations-create = Create the coordination
coordinations-identity = Identity and contact details
coordinations-slug = Address in Socius
coordinations-slug-hint = The end of its pages' addresses, e.g. "koekelberg": lower-case letters, digits and hyphens. It does not change afterwards.
coordinations-names = Names
coordinations-own-name = Own name (optional)
coordinations-own-name-hint = The name the network goes by, e.g. "Koecoon".
coordinations-municipality = Municipality
coordinations-address-fr = Address in French
coordinations-address-nl = Address in Dutch
coordinations-hours-fr = Office hours in French
coordinations-hours-nl = Office hours in Dutch
coordinations-hours-hint = For example: Monday to Friday, 9 am to noon.
coordination-office-hours = Office hours
error-slug-taken = A coordination uses this address already.
error-municipality-unknown = Choose one of the 19 Brussels municipalities.
error-try-again = Try again in a moment.
flash-coordination-created = The coordination is created. Complete its identity, then give the coordinator role to a first person (People page).
nav-coordinations = Coordinations
nav-identity = Identity
coordinations-look = Look
coordinations-accent = Accent colour (optional)
coordinations-accent-hint = In hexadecimal, e.g. #2d6a3e: the banner uses it with white text, so it must be dark enough. Empty: Socius's blue.
error-colour-invalid = Write the colour in hexadecimal, e.g. #2d6a3e.
error-colour-contrast = This colour is too light: white text would not be readable on it (contrast below 4.5:1). Choose a darker shade.
erasure-last-admin = You are the last platform admin: make someone else an admin first.

## Public pages and content blocks
page-mission = Mission and objectives
page-actions = What we do
page-history = Our history
page-how-we-work = How we work
page-how-to-join = How to join
pages-title = Public pages
pages-intro = The texts of your public site, in French and Dutch. A page not written is not shown to the public; a missing translation is flagged here and on the page.
pages-page = Page
pages-state = State
pages-updated = Last changed
pages-actions = Actions
pages-not-written = Not written yet
pages-written = Written in both languages
pages-default-text = Text proposed by Socius
pages-history = History
pages-no-revision = This page has not been saved yet.
pages-current = live version
pages-show-text = Show the text
pages-restore = Restore this version
pages-restore-confirm = This version will replace the live text. The current text stays in the history.
flash-page-restored = The chosen version is live again.
hint-markdown = One line per paragraph. Formatting: **bold**, *italic*, "- " at the start of a line for a list, [link text](https://…), "## " for a subheading.
coordination-become-member = Become a member
coordination-about = About us
coordination-next-meetings = Next public meetings
coordination-no-public-meeting = No public meeting is announced yet.
coordination-public-feed = Add the public meetings to my calendar (.ics)
coordination-groups = Our working groups
coordination-observatory-intro = The needs and the rights not taken up that our partners see, in figures.
coordination-observatory-latest = Latest round published: { $name }.
coordination-observatory-organisations = { $count ->
    [one] by { $count } organisation
   *[other] by { $count } organisations
}
coordination-observatory-link = See the published figures
coordinations-logo = Logo
coordinations-logo-of = Logo of { $coordination }
coordinations-logo-add = Add a logo
coordinations-logo-replace = Replace the logo
coordinations-logo-hint = PNG, JPEG or WebP, 2 MB at most. Socius draws it again as a PNG of at most 480 × 240 pixels; SVG files are not accepted.
coordinations-logo-send = Send the logo
coordinations-logo-remove = Remove the logo
coordinations-logo-remove-confirm = The logo will disappear from the header of your pages. You can send another one later.
flash-logo-saved = The logo is saved.
flash-logo-removed = The logo is removed.
error-logo-type = Choose a PNG, JPEG or WebP image (SVG files are not accepted).
error-logo-unreadable = This image cannot be read: save it again as PNG or JPEG.
error-logo-too-large = This file is larger than 2 MB: choose a lighter image.
error-logo-empty = Choose an image file.
partners-title = Our partners
partners-intro = The coordination's member organisations that agreed to appear here, with their themes and their record on the social map.
partners-search = Search an organisation
partners-all-themes = All themes
partners-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
partners-count-total = { $count ->
    [one] of { $count }
   *[other] of { $count }
}
partners-none = No member organisation is listed yet.
partners-none-found = No partner matches this search.
partners-show-all = Show every partner
partners-listing = Public list of partners
partners-listed = Our organisation appears on the coordination's public list of partners (its name, themes and map record; never a person's name).
partners-listed-for = This organisation appears on the public list of partners (its consent, which it can also change itself).
flash-partner-listed = The organisation appears on the list of partners.
flash-partner-unlisted = The organisation no longer appears on the list of partners.
coordination-partners-intro = The social and health organisations that bring the network to life.
coordination-partners-link = See our partners
calendar-title = Public calendar
calendar-months = Months of the calendar
calendar-previous = ← Previous month
calendar-next = Next month →
calendar-empty = No public meeting this month.
calendar-cancelled = Cancelled
calendar-subscribe = Subscribe to the calendar
calendar-subscribe-intro = The public meetings appear in your calendar and stay up to date there.
calendar-webcal = Subscribe in my calendar
calendar-ics = Download the .ics file
calendar-back = ← Back to the calendar
calendar-when = When
calendar-where = Where
calendar-duration = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
calendar-agenda = Agenda
calendar-agenda-empty = The agenda will be published soon.
calendar-decisions = Decisions
home-what = In each of the 19 Brussels municipalities, the CPAS/OCMW runs a social coordination: the network of the municipality's public and non-profit social and health organisations.
home-what-more = There they get to know each other and refer people to one another, spot needs and the non-take-up of rights together, and make proposals to the authorities. Their social map helps everyone find the right service.
home-search-label = Search for help across the Region
region-search-title = Search the social maps
region-search-count = { $count ->
    [0] No service found
    [one] { $count } service found
   *[other] { $count } services found
}
region-search-none = Try another word, or search one municipality's social map.
region-search-all = { $count ->
    [one] See the service
   *[other] See the { $count } services
}
todo-title = To do
todo-nothing = Nothing is waiting for now.
todo-applications = { $count ->
    [one] { $count } membership application to review
   *[other] { $count } membership applications to review
}
todo-changes = { $count ->
    [one] { $count } change to the social map to approve
   *[other] { $count } changes to the social map to approve
}
todo-reports = { $count ->
    [one] { $count } error reported on the social map
   *[other] { $count } errors reported on the social map
}
todo-proposals = { $count ->
    [one] { $count } agenda item proposed by a member
   *[other] { $count } agenda items proposed by members
}
todo-stale = { $count ->
    [one] { $count } social map record not checked for a year
   *[other] { $count } social map records not checked for a year
}
todo-sign-again = The charter or the house rules have changed: your organisation must sign them again.
todo-sign-again-link = Read and sign
todo-body-meetings = Next meetings of your bodies
todo-record = Your record on the social map
todo-record-verified = Last confirmed on { $date }.
todo-record-never = It has never been confirmed yet.
todo-record-stale = It is more than a year old: check and update it.
todo-record-edit = See and edit the record
todo-next-meeting = Next meeting
todo-no-meeting = No meeting is planned.
todo-rounds = Observatory rounds under way
todo-round-answered = { $reported } organisations answered
todo-deadline = until { $date }
todo-invitations = Invitations to answer
todo-no-invitation = You have answered all your invitations.
todo-report = Report the needs you see
nav-menu = Menu
governance-title = Our bodies
governance-intro = The coordination's bodies, what they do and who sits in them. Organisations are named when they agreed to appear among our partners; persons are never named.
governance-none = The coordination's bodies will be presented here soon.
governance-open = open to every member
governance-plenary = Every member organisation sits in it.
governance-chair = Chair: { $organisation }
governance-others = { $count ->
    [one] and { $count } other seat (a person or an organisation not listed)
   *[other] and { $count } other seats (persons or organisations not listed)
}
governance-charter = Charter and house rules

## Published documents
documents-title = Documents
documents-signed = What members sign
documents-published = Documents published by the coordination
documents-none = The coordination has not published any documents yet.
documents-remove-confirm = Remove “{ $name }” from the site? The file will be deleted; the audit log keeps its name.
documents-publish = Publish a document
documents-publish-hint = Activity report, leaflet, statutes… Everyone will see it on this page. Give it a title in French and in Dutch.
documents-title-fr = Title in French
documents-title-nl = Title in Dutch
documents-file = File
documents-file-hint = PDF, ODF (LibreOffice), Office, PNG or JPEG image, text or CSV; 10 MB at most.
documents-publish-button = Publish the document
flash-document-published = The document is published.
flash-document-removed = The document has been removed from the site.
personal-data-published-documents = Documents you published
erasure-why-published-document = the document stays published, without the name of who uploaded it

# Minutes as one form; decisions with a subject; owners of actions; corrections (issue 15)
minutes-one-form-hint = The whole page is one form: notes, decisions and actions are saved together, and each step first saves what you typed.
minutes-other-business = Other decisions and actions
minutes-decision-number = Decision no. { $number }
minutes-decision-subject = See what it concerns
minutes-decision-at-approval = it takes effect when the minutes are approved
minutes-decision-remove = Remove this decision
minutes-action = Action
minutes-action-what = What is to be done
minutes-action-owner-hint = A person of the coordination or of the meeting gets an email, then a reminder before the due date.
minutes-action-owner-other = Someone else (write their name below)
minutes-action-owner-name = Owner's name, if not in the list
minutes-action-remove = Remove this action
minutes-change-note = What this correction changes
minutes-change-note-hint = This text goes with the new version sent to the minutes' recipients.
minutes-send-button = Save and send
minutes-approve-button = Save and approve
minutes-publish-button = Save and publish
minutes-correct = Publish a correction
minutes-correct-button = Publish the correction
minutes-correct-confirm = { $count ->
    [0] Nobody will get the correction: no one invited has an email address.
    [one] { $count } invited person will get the new version by email, with the PDF and what the correction changes.
   *[other] { $count } invited people will get the new version by email, with the PDF and what the correction changes.
}
minutes-version = version { $version }
minutes-versions = Published versions
flash-minutes-approved = The minutes are approved. { $count ->
    [0] Their decisions are in force.
    [one] Their decisions are in force; { $count } was carried out on what it concerns.
   *[other] Their decisions are in force; { $count } were carried out on what they concern.
}
error-correction-step = The minutes are published: a change is published as a correction. Describe it, then click “Publish a correction”.
error-minutes-closed = The minutes of this meeting are approved and no longer change. A later meeting can take a new decision.
error-decision-pending = A decision on this already waits for the approval of minutes.
mail-minutes-corrected-subject = Minutes corrected (version { $version }): { $name }
mail-minutes-corrected-body = The minutes of “{ $name }” ({ $date }) were corrected; version { $version } is attached as a PDF. This is what changes:
mail-action-heading = The action
mail-action-due-line = Due: { $due }
action-no-due-date = no due date
mail-action-given-subject = An action for you: { $description }
mail-action-given-body = At “{ $meeting }” ({ $date }), this action was given to you.
mail-action-reminder-subject = Reminder: “{ $description }” due { $due }
mail-action-reminder-body = The action “{ $meeting }” ({ $date }) gave you is due soon. If it is done, tell the coordination.
decision-membership-admit = { $organization } is admitted as a member.
decision-membership-refuse = The application of { $organization } is refused.
decision-membership-suspend = The membership of { $organization } is suspended.
decision-membership-end = The membership of { $organization } ends.
decision-membership-reinstate = { $organization } is reinstated as a member.
decision-subject-membership = membership
members-decided-at = Decisions of meetings
members-decision-in-force = in force since { $date }
members-decision-pending = takes effect when the minutes are approved
members-meeting-none = None: the decision takes effect now
flash-decision-proposed = The decision is in the meeting's minutes; it takes effect when they are approved.
personal-data-actions = Actions the minutes gave you
erasure-why-action-owner = the action stays in the meeting's minutes, without its owner's name or address
rounds-undelivered = { $count ->
    [one] A message of a round could not be delivered after several attempts. Check the address:
   *[other] { $count } messages of the rounds could not be delivered after several attempts. Check these addresses:
}
minutes-decision-of = decision no. { $number } of { $date }
minutes-decision-supersedes = Replaces a decision in force
minutes-decision-supersedes-hint = An approved decision no longer changes: a new decision replaces it.
minutes-decision-supersedes-none = Replaces no decision
minutes-decision-replaces = Replaces
minutes-decision-replaced-by = Replaced by
members-confirm-admit = { $organization } becomes a member: its record joins the social map and its main contact is invited to create an account.
members-confirm-refuse = The application of { $organization } is refused; its main contact gets the reason by email.
members-confirm-suspend = The membership of { $organization } is suspended: its contacts lose access to the member area; its main contact is told by email.
members-confirm-end = { $organization } is no longer a member: its contacts lose access to the member area; its main contact is told by email.
members-confirm-reinstate = { $organization } is a member again: its contacts get access to the member area back.
members-confirm-meeting = When a meeting is chosen, the decision goes into its minutes and takes effect when they are approved.
mine-leave-what = Your organisation will no longer be a member: its contacts lose access to the member area and the meetings, and the coordination is told. Applying again remains possible.
rounds-remind-confirm = The member organisations that have reported nothing in this round yet get a reminder by email.
rounds-close-confirm = Partners can no longer report in this round; it can be reopened.
rounds-publish-confirm = The round's figures become public on the coordination's site, small groups hidden.
member-status-tab-applicant = Applications
member-status-tab-member = Members
member-status-tab-suspended = Suspended
member-status-tab-former = Former members
member-status-tab-refused = Refused
member-event-applicant = Applied
member-event-member = Admitted
member-event-suspended = Suspended
member-event-former = Membership ended
member-event-refused = Refused
