# Socius — Dutch (nl). Every key here exists in fr and en too (a test checks).

greeting = Hallo { $name }

## Navigation and layout
skip-to-content = Naar de inhoud
nav-languages = Talen
nav-main = Hoofdnavigatie
nav-home = Startpagina
nav-login = Aanmelden
nav-logout = Afmelden
nav-member-area = Ledenruimte
nav-people = Personen en rollen
nav-audit = Auditlogboek
nav-outbox = Uitgaande e-mails
footer-accessibility = Toegankelijkheid
footer-privacy = Privacy
footer-all-coordinations = Alle sociale coördinaties
footer-about = Socius, de vrije software van de sociale coördinaties van de Brusselse OCMW's.

## Common actions, fields and lists
action-save = Opslaan
action-cancel = Annuleren
action-edit = Bewerken
action-filter = Filteren
column-actions = Acties
field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-confirm-password = Bevestig het nieuwe wachtwoord
field-current-password = Huidig wachtwoord
field-name = Naam
field-role = Rol
field-language = Taal
field-phone = Telefoon
field-address = Adres
field-website = Website
field-body-fr = Tekst in het Frans
field-body-nl = Tekst in het Nederlands
field-token-name = Naam van het token
hint-password = Minstens 8 tekens. Een lange wachtzin is welkom; al te gangbare wachtwoorden worden geweigerd.
hint-paragraphs = Eén regel per alinea.
hint-token-name = Om te onthouden waarvoor het dient, bijvoorbeeld 'rapportscript'.
form-error-summary = Het formulier bevat fouten
list-total = { $count } resultaat/resultaten
pager-label = Paginering
pager-previous = Vorige pagina
pager-next = Volgende pagina
pager-position = Pagina { $page }
content-not-translated = Deze tekst is nog niet beschikbaar in uw taal.
content-missing-translation = Ontbrekende vertaling: { $language }
content-updated = Bijgewerkt op { $date }

## Roles
role-coordinator = Coördinator
role-member = Lid
role-steering = Lid van de stuurgroep
role-platform-admin = Platformbeheerder

## Errors
error-not-found = Pagina niet gevonden
error-forbidden = U hebt geen toegang tot deze pagina.
error-unauthenticated = Meld u aan om verder te gaan.
error-csrf = Het formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en probeer het nog eens.
error-rate-limited = Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.
error-bad-request = Het verzoek kon niet worden begrepen.
error-method = Deze actie is op deze pagina niet mogelijk.
error-too-large = De verzonden gegevens zijn te groot.
error-invalid = Sommige gegevens zijn ongeldig.
error-internal = Er is een onverwachte fout opgetreden. Ze werd geregistreerd; probeer het later opnieuw.
error-code = Foutcode
error-back-home = Terug naar de startpagina
error-required = Dit veld is verplicht.
error-too-long = Deze tekst is te lang.
error-email-invalid = Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.
error-lang-invalid = Kies Frans, Nederlands of Engels.
error-slug-invalid = Gebruik 2 tot 40 kleine letters, cijfers of koppeltekens.
error-slug-reserved = Deze naam is voorbehouden; kies een andere.
error-kbo-invalid = Een ondernemingsnummer telt 10 cijfers, bijvoorbeeld 0417.497.106.
error-kbo-checksum = Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet.
error-role-invalid = Kies een rol uit de lijst.
error-password-short = Het wachtwoord moet minstens 8 tekens tellen.
error-password-long = Het wachtwoord is te lang.
error-password-common = Dit wachtwoord is te gangbaar; kies een ander.
error-password-mismatch = De twee wachtwoorden zijn niet gelijk.
error-password-wrong = Het huidige wachtwoord is onjuist.
error-login-failed = Onjuist e-mailadres of wachtwoord.
error-one-language-required = Schrijf de tekst in minstens een van beide talen.

## Flash messages
flash-saved = De wijzigingen zijn opgeslagen.
flash-reset-sent = Als er een account bestaat voor dit adres, werd er zopas een link naartoe gestuurd om een nieuw wachtwoord te kiezen.
flash-password-set = Uw wachtwoord is opgeslagen. U kunt zich aanmelden.
flash-password-changed = Uw wachtwoord is gewijzigd. Uw andere sessies zijn afgesloten.
flash-token-revoked = Het token is ingetrokken.
flash-role-granted = De rol is toegekend.
flash-role-already = Deze persoon had die rol al.
flash-role-revoked = De rol is ingetrokken.
flash-cannot-revoke-self = U kunt uw eigen rol van coördinator niet intrekken.

## Home
home-title = De sociale coördinaties
home-intro = Kies de sociale coördinatie van uw gemeente.
home-empty = Er is nog geen sociale coördinatie geregistreerd.
coordination-title = Startpagina
coordination-intro = Het netwerk van de sociale en gezondheidsorganisaties van { $municipality }.
coordination-contact = Contact
coordination-member-login = Aanmelden voor leden
dashboard-welcome = Welkom, { $name }.
dashboard-roles = Uw rollen in deze coördinatie
dashboard-shortcuts = Snelkoppelingen

## Accounts
login-title = Aanmelden
login-submit = Aanmelden
login-forgot = Wachtwoord vergeten?
forgot-title = Wachtwoord vergeten
forgot-intro = Geef uw e-mailadres op: we sturen u een link om een nieuw wachtwoord te kiezen.
forgot-submit = Link versturen
reset-title = Een nieuw wachtwoord kiezen
reset-submit = Wachtwoord opslaan
reset-invalid-title = Deze link is niet meer geldig
reset-invalid-body = De link werd al gebruikt of is verlopen.
reset-invalid-again = Een nieuwe link aanvragen
account-title = Mijn account
account-roles = Mijn coördinaties
account-language = Taal
account-language-label = Taal van de pagina's en e-mails
account-password = Wachtwoord
account-password-submit = Wachtwoord wijzigen
account-tokens = API-tokens
account-tokens-intro = Met een token kan een script de API gebruiken met uw rechten. Houd het geheim.
account-tokens-none = U hebt geen tokens.
account-token-created = Hier is uw nieuwe token. Kopieer het nu: het wordt nooit meer getoond.
account-token-prefix = Begin van het token
account-token-created-at = Aangemaakt op
account-token-used-at = Laatst gebruikt
account-token-revoke = '{ $name }' intrekken
account-token-create = Een token aanmaken

## People
people-title = Personen en rollen
people-empty = Nog niemand heeft een rol in deze coördinatie.
people-roles = Rollen
people-revoke = Intrekken
people-add = Een rol toekennen
people-add-intro = Heeft de persoon nog geen account, dan krijgt die een uitnodiging per e-mail, in de gekozen taal.
people-add-submit = Rol toekennen
people-revoke-title = Een rol intrekken
people-revoke-question = Deze rol intrekken voor { $name }?
people-revoke-confirm = Ja, de rol intrekken

## Audit
audit-title = Auditlogboek
audit-filter-event = Gebeurtenis (bijvoorbeeld role.granted)
audit-empty = Geen gebeurtenissen geregistreerd.
audit-when = Wanneer
audit-who = Wie
audit-event = Gebeurtenis
audit-record = Element
audit-before = Voor
audit-after = Na

## Outbox
outbox-title = Uitgaande e-mails
outbox-intro = Alle e-mails gaan via deze wachtrij. Zonder ingestelde SMTP-server blijven ze hier en kunnen ze hier gelezen worden.
outbox-status = Status
outbox-status-all = Alle
outbox-status-pending = In wachtrij
outbox-status-sent = Verzonden
outbox-status-failed = Mislukt
outbox-empty = Geen berichten.
outbox-created = Aangemaakt
outbox-sent = Verzonden op
outbox-recipient = Ontvanger
outbox-subject = Onderwerp
outbox-attempts = Pogingen
outbox-attachment = Bijlage
outbox-body = Inhoud (tekst)
outbox-no-attempts = Nog geen verzendpogingen.
outbox-worker = Proces
outbox-result = Resultaat
outbox-back = Terug naar de uitgaande e-mails

## Statements
accessibility-title = Toegankelijkheidsverklaring
privacy-title = Privacy
accessibility-platform-body =
    Socius wil voor iedereen toegankelijk zijn en streeft naar conformiteit met niveau AA van de WCAG 2.1 (norm EN 301 549).
    Elke pagina werkt zonder JavaScript, met het toetsenbord en met een schermlezer; elke versie wordt automatisch gecontroleerd met axe-core in een echte browser.
    Ondervindt u een hindernis, neem dan contact op met de betrokken sociale coördinatie (zie haar eigen toegankelijkheidsverklaring): ze zal u antwoorden en de informatie in een andere vorm aanbieden.
    Bent u niet tevreden met het antwoord, dan kunt u zich wenden tot de ombudsman van het Brussels Hoofdstedelijk Gewest.
privacy-platform-body =
    Socius bewaart alleen de gegevens die de sociale coördinaties nodig hebben: naam, e-mailadres, taal en rollen van de personen met een account, en het logboek van de acties (wie deed wat, wanneer).
    Er worden geen gegevens over begunstigden opgeslagen: meldingen van noden bevatten alleen aantallen en beschrijvingen.
    Aanmeldingslogboeken worden een jaar bewaard, accounts zolang de persoon aan een coördinatie deelneemt.
    Om uw gegevens in te zien, te verbeteren of te laten wissen, wendt u zich tot de sociale coördinatie van uw gemeente of tot de functionaris voor gegevensbescherming van haar OCMW.
accessibility-default =
    { $coordination } wil deze site voor iedereen toegankelijk maken, volgens niveau AA van de WCAG 2.1.
    Kunt u een inhoud of dienst niet bereiken, schrijf ons dan op { $email }: we antwoorden u en bezorgen u de informatie in een andere vorm.
    Bent u niet tevreden met ons antwoord, dan kunt u een klacht indienen bij de ombudsman van het Brussels Hoofdstedelijk Gewest.
privacy-default =
    { $coordination } verwerkt de contactgegevens van de personen die aan de sociale coördinatie deelnemen (naam, e-mailadres, organisatie, taal) om haar vergaderingen en uitwisselingen te organiseren.
    Contactgegevens worden alleen met de andere leden gedeeld als de betrokken persoon ermee instemt. Er worden geen gegevens over begunstigden opgeslagen.
    Om uw gegevens in te zien, te verbeteren of te laten wissen, schrijft u naar { $email }.

## Emails
mail-greeting = Beste { $name },
mail-signature = Het team van de sociale coördinatie
mail-footer = Dit bericht werd verstuurd door Socius, de software van de sociale coördinaties van de Brusselse OCMW's.
mail-reset-subject = Kies een nieuw wachtwoord
mail-reset-body = U hebt gevraagd om een nieuw wachtwoord te kiezen voor uw Socius-account.
mail-reset-expiry = Deze link is twee uur geldig en kan maar één keer gebruikt worden.
mail-reset-ignore = Hebt u niets gevraagd, negeer dan dit bericht: uw wachtwoord blijft ongewijzigd.
mail-reset-action = Een nieuw wachtwoord kiezen
mail-invite-subject = Uitnodiging: { $coordination }
mail-invite-body = U hebt de rol '{ $role }' gekregen in { $coordination }. Kies een wachtwoord om uw account te activeren.
mail-invite-expiry = Deze link is zeven dagen geldig.
mail-invite-action = Mijn account activeren
mail-demo-welcome = Welkom in de demonstratie van Socius. Dit bericht werd niet verstuurd: het wacht in de wachtrij van uitgaande e-mails.

## Social map
nav-map = Sociale kaart
coordination-map-link = Hulp zoeken op de sociale kaart
map-title = Sociale kaart
map-intro = Wie u kan helpen, waar en wanneer: de diensten van de sociale en gezondheidsorganisaties van de gemeente.
map-search-label = Wat zoekt u?
map-search-hint = Bijvoorbeeld: huisvesting, voedselpakket, schulden, dokter.
map-search-submit = Zoeken
map-clear-all = Alles wissen
map-clear = Deze filter wissen
map-results = { $count } dienst(en)
map-no-results = Geen enkele dienst komt overeen. Probeer een ander woord of wis een filter.
map-sort = Sorteren op:
map-sort-relevance = relevantie
map-sort-name = naam
map-sort-verified = meest recent nagekeken
map-refine = Verfijnen
map-facet-open = Openingsuren
map-open-now = Nu open
map-facet-theme = Thema
map-facet-municipality = Gemeente
map-facet-basin = Zorgzone
map-facet-target = Doelgroep
map-facet-language = Gesproken talen
map-guide-link = Afdrukbare versie (gids)
map-back = Terug naar de sociale kaart
service-hours = Openingsuren
service-open-now = Nu open
service-by-appointment = Op afspraak.
service-closed-from = Gesloten van
service-address = Adres
service-transport = Hoe er te komen:
service-accessibility = Toegankelijkheid:
service-contact = Contact
service-eligibility = Voorwaarden
service-fees = Kostprijs
service-application = Hoe inschrijven
service-verified = Informatie nagekeken op { $date }
organization-legal-status = Statuut
organization-kbo = Ondernemingsnummer
organization-services = Diensten
organization-no-services = Deze organisatie heeft nog geen dienst op de sociale kaart.
organization-locations = Adressen
guide-title = Sociale gids
guide-printed = Versie van { $date }
guide-truncated = Deze gids toont alleen de eerste 300 diensten: kies een thema om hem volledig af te drukken.
hours-closed = Gesloten
status-active = Actief
status-inactive = Inactief
status-temporarily_closed = Tijdelijk gesloten
weekday-1 = Maandag
weekday-2 = Dinsdag
weekday-3 = Woensdag
weekday-4 = Donderdag
weekday-5 = Vrijdag
weekday-6 = Zaterdag
weekday-7 = Zondag
target-children = Kinderen
target-youth = Jongeren
target-families = Gezinnen
target-adults = Volwassenen
target-older-people = Ouderen
target-women = Vrouwen
target-newcomers = Nieuwkomers
target-homeless = Daklozen
target-disabled = Personen met een handicap
spoken-fr = Frans
spoken-nl = Nederlands
spoken-en = Engels
spoken-ar = Arabisch
spoken-es = Spaans
spoken-pt = Portugees
spoken-tr = Turks
spoken-ro = Roemeens
spoken-pl = Pools
taxonomy-themes-description = Sociale en gezondheidsthema's van Socius, gemeenschappelijk voor de Brusselse coördinaties.
taxonomy-targets-description = Doelgroepen van een dienst.
error-hsds-lang = Kies de taal fr of nl.
export-id = Identificatie
export-name-fr = Naam (Frans)
export-name-nl = Naam (Nederlands)
export-description-fr = Beschrijving (Frans)
export-organization = Organisatie
map-exports = Exporteren (leden):
report-title = Een fout melden
report-intro = Is een gegeven fout of verouderd? Laat het ons weten: de coördinatie kijkt het na.
report-message = Wat klopt er niet?
report-message-hint = Bijvoorbeeld: het telefoonnummer is veranderd, de dienst is op woensdag gesloten.
report-email = Uw e-mailadres (niet verplicht)
report-email-hint = Alleen als de coördinatie u mag contacteren.
report-submit = Versturen
report-link = Een fout op deze pagina melden
reports-title = Gemelde fouten
reports-empty = Er wachten geen gemelde fouten.
reports-resolved = Verbeterd
reports-dismissed = Afwijzen
flash-report-received = Dank u! Uw melding werd aan de coördinatie bezorgd.
stale-title = Te controleren fiches
stale-intro = Deze organisaties hebben hun gegevens al meer dan twaalf maanden niet bevestigd.
stale-empty = Alle fiches werden de voorbije twaalf maanden nagekeken.
stale-last-verified = Laatst nagekeken
stale-no-email = Geen e-mailadres
stale-never = Nooit
stale-remind = Elk een herinnering sturen
flash-reminders-sent = De herinneringen staan in de verzendwachtrij.
verify-title = Zijn uw gegevens nog juist?
verify-intro = Kijk de diensten hieronder na. Klopt alles, bevestig dan met één klik; zo niet, meld wat moet veranderen.
verify-confirm = Alles klopt, ik bevestig
verify-invalid = Deze controlelink is niet meer geldig
flash-verified = Dank u! De gegevens zijn bevestigd.
mail-verify-subject = Uw gegevens op de sociale kaart: { $organization }
mail-verify-body = { $coordination } publiceert uw diensten op haar sociale kaart. Kijk alstublieft na of ze nog kloppen.
mail-verify-how = Eén klik volstaat als alles klopt; zo niet, dan kunt u op de pagina melden wat veranderd is.
mail-verify-action = Mijn gegevens nakijken
duplicates-title = Mogelijke dubbels
duplicates-empty = Geen mogelijke dubbels.
duplicates-same-kbo = Hetzelfde ondernemingsnummer
duplicates-same-name = Dezelfde naam op hetzelfde adres
duplicates-merge = Deze twee fiches samenvoegen
merge-keep = Behouden: { $organization }
merge-remove = Samenvoegen met de eerste en daarna verwijderen: { $organization }
merge-moving = Deze diensten worden aan de behouden fiche gekoppeld:
merge-confirm = Ja, samenvoegen
flash-merged = De fiches zijn samengevoegd.
translations-title = Ontbrekende vertalingen
translations-empty = Alle fiches bestaan in het Frans en in het Nederlands.

## Editing the social map
action-back = Terug
action-remove = Verwijderen
action-propose = Wijziging voorstellen
answer-yes = Ja
answer-no = Nee
field-title = Functie
field-name-fr = Naam in het Frans
field-name-nl = Naam in het Nederlands
field-description-fr = Beschrijving in het Frans
field-description-nl = Beschrijving in het Nederlands
field-legal-status = Rechtsvorm
field-kbo = Ondernemingsnummer (KBO)
field-social-brussels-id = Identificatie social.brussels
field-street-fr = Straat en nummer in het Frans
field-street-nl = Straat en nummer in het Nederlands
field-postcode = Postcode
field-nis-code = Gemeente
field-latitude = Breedtegraad
field-longitude = Lengtegraad
field-accessibility-fr = Toegankelijkheid in het Frans
field-accessibility-nl = Toegankelijkheid in het Nederlands
field-transport-fr = Hoe er te komen, in het Frans
field-transport-nl = Hoe er te komen, in het Nederlands
field-status = Status
field-by-appointment = Op afspraak
field-themes = Thema's
field-target-groups = Doelgroepen
field-languages = Gesproken talen
field-location-ids = Plaatsen waar de dienst wordt aangeboden
field-eligibility-fr = Voorwaarden in het Frans
field-eligibility-nl = Voorwaarden in het Nederlands
field-fees-fr = Kosten in het Frans
field-fees-nl = Kosten in het Nederlands
field-application-fr = Hoe aanvragen, in het Frans
field-application-nl = Hoe aanvragen, in het Nederlands
field-schedules = Openingsuren
field-closures = Uitzonderlijke sluitingen en verlof
field-starts-on = Van
field-ends-on = Tot
field-reason-fr = Reden in het Frans
field-reason-nl = Reden in het Nederlands
field-phones = Telefoonnummers
field-contacts = Contactpersonen
hint-legal-status = Bijvoorbeeld: vzw, openbare dienst, OCMW.
hint-kbo = Tien cijfers, bijvoorbeeld 0417.497.106.
hint-optional = Niet verplicht.
hint-coordinate = Niet verplicht; in decimale graden, bijvoorbeeld 50,8366.
hint-hours = Een of meer tijdvakken per dag, bijvoorbeeld "09:00-12:00, 13:30-17:00". Laat een sluitingsdag leeg.
record-title-organization = Organisatie wijzigen
record-title-new-organization = Nieuwe organisatie
record-title-service = Dienst wijzigen
record-title-new-service = Nieuwe dienst
record-title-location = Plaats wijzigen
record-title-new-location = Nieuwe plaats
record-needs-approval = Uw wijzigingen worden gepubliceerd nadat de coördinatie ze heeft goedgekeurd.
record-row = Regel { $count }
organization-edit = Organisatie wijzigen
organization-new = Organisatie toevoegen
service-edit = Deze dienst wijzigen
service-new = Dienst toevoegen
location-new = Plaats toevoegen
location-edit = Deze plaats wijzigen
editors-title = Contactpersonen die de fiche bijwerken
editors-intro = Deze personen kunnen de organisatie, haar diensten en plaatsen wijzigen.
editors-none = Nog niemand.
editors-add-email = E-mailadres van iemand die lid is van de coördinatie
editors-add = Toevoegen
changes-title = Voorgestelde wijzigingen
changes-setting-approval = Wijzigingen van lidorganisaties wachten op mijn goedkeuring
changes-none = Geen wijzigingen in afwachting.
changes-kind-organization = Organisatie
changes-kind-service = Dienst
changes-kind-location = Plaats
changes-kind-new-organization = Nieuwe organisatie
changes-kind-new-service = Nieuwe dienst
changes-kind-new-location = Nieuwe plaats
changes-submitted-by = Voorgesteld door { $name }
changes-diff = Gewijzigde velden
changes-field = Veld
changes-before = Voor
changes-after = Na
changes-reason = Reden (niet verplicht, bewaard in de geschiedenis)
changes-approve = Goedkeuren
changes-reject = Weigeren
flash-change-pending = Bedankt! Uw wijziging wacht op goedkeuring door de coördinatie.
flash-change-approved = De wijziging is goedgekeurd en gepubliceerd.
flash-change-rejected = De wijziging is geweigerd.
flash-editor-unknown = Niemand met een rol in deze coördinatie heeft dit adres.
error-url-invalid = Geef een volledig webadres dat begint met https://.
error-identifier-invalid = Alleen letters en cijfers (hoogstens 20).
error-coordinate-invalid = Geef een decimaal getal, bijvoorbeeld 50,8366.
error-postcode-invalid = Een postcode heeft vier cijfers.
error-choice-invalid = Kies uit de aangeboden mogelijkheden.
error-hours-invalid = Schrijf de tijdvakken zo: 09:00-12:00, 13:30-17:00 (opening voor sluiting).
error-closure-invalid = Elke sluiting heeft een geldige begindatum, en het einde ligt niet voor het begin.
error-phone-invalid = Een telefoonnummer heeft 6 tot 15 cijfers.
error-contact-invalid = Elke contactpersoon heeft een naam, en een geldig e-mailadres en telefoonnummer als ze ingevuld zijn.

## HSDS import
import-title = HSDS-gegevens importeren
import-upload = Te importeren bestanden
import-again = Opnieuw importeren
import-intro = Socius leest HSDS 3.0-JSON, ook zijn eigen exports (een bestand per taal, bijvoorbeeld de Franse en de Nederlandse export). Bestaande fiches worden bijgewerkt, nieuwe aangemaakt; er wordt niets verwijderd. Doe eerst een proef: die toont wat er zou gebeuren zonder iets op te slaan.
import-file = JSON-bestanden
import-file-hint = Een of meer bestanden: een versie per taal van dezelfde gids.
import-dry-run = Alleen een proef (niets opslaan)
import-submit = Importeren
import-report-dry-run = Resultaat van de proef: er is niets opgeslagen
import-report-done = Import voltooid
import-created = { $count } aan te maken of aangemaakt
import-updated = { $count } bijgewerkt
import-unchanged = { $count } ongewijzigd
import-rejected = { $count } geweigerd
import-lines = Fiche per fiche
import-kind = Soort
import-outcome = Resultaat
import-reasons = Redenen en opmerkingen
import-outcome-created = Aanmaak
import-outcome-updated = Bijwerking
import-outcome-unchanged = Ongewijzigd
import-outcome-rejected = Geweigerd
import-warning-schedule = Een uurrooster met een onbekende dag wordt overgeslagen.
import-warning-term = Een onbekende taxonomieterm wordt overgeslagen.
import-warning-location = Een plaats die niet bij de organisatie hoort, wordt overgeslagen.
import-export = De gids exporteren (HSDS-JSON)
error-import-format = Dit bestand is geen HSDS-JSON die Socius kan lezen.
error-import-empty = Het bestand bevat geen enkele organisatie of dienst.
error-import-json = Dit bestand is geen geldige JSON.
error-import-unknown-organization = De organisatie van deze fiche staat niet in het bestand of in de gids, of ze is geweigerd.

## PDF guide
guide-pdf = De gids downloaden als pdf
