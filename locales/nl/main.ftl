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
list-total = { $count ->
    [one] { $n } resultaat
   *[other] { $n } resultaten
}
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
error-upload-infected = Dit bestand bevat een virus: het werd niet opgeslagen.
error-upload-unchecked = Dit bestand kon nu niet op virussen worden gecontroleerd: probeer het over enkele minuten opnieuw.
error-query-invalid = Een parameter van het verzoek heeft geen toegelaten waarde.
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
flash-admitted = { $organization } is voortaan lid van de coördinatie.
flash-admitted-invited = { $organization } is voortaan lid van de coördinatie; { $person } ontving een uitnodiging om een account te activeren.
flash-reset-sent = Als er een account bestaat voor dit adres, werd er zopas een link naartoe gestuurd om een nieuw wachtwoord te kiezen.
flash-password-set = Uw wachtwoord is opgeslagen. U kunt zich aanmelden.
flash-password-set-welcome = Uw wachtwoord is opgeslagen. Welkom in uw ruimte.
flash-contact-added-invited = Contactpersoon toegevoegd; die ontving een uitnodiging om een account te activeren.
flash-contact-invited = Uitnodiging om een account te activeren verstuurd.
flash-contact-offered = Dit adres heeft al een account: de rol van lid werd aangeboden.
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
outbox-status-retrying = Nieuwe poging gepland
outbox-search = Ontvanger
outbox-intro-coordination = Elke e-mail die de coördinatie verstuurde: naar wie, wanneer, en of hij aankwam. Een mislukte verzending kan opnieuw.
outbox-send-again = Opnieuw versturen
outbox-send-again-confirm = Dit bericht opnieuw naar { $email } sturen? Het vertrekt ongewijzigd, meteen.
flash-mail-sent-again = Het bericht vertrekt opnieuw: het wordt zo dadelijk verstuurd.
flash-mail-not-failed = Dit bericht is niet mislukt: er valt niets opnieuw te versturen.
nav-mail-log = Verstuurde e-mails
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
    Er worden geen gegevens over begunstigden opgeslagen: meldingen van behoeften bevatten alleen aantallen en beschrijvingen.
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
mail-tokens-revoked-subject = Uw API-toegangssleutels zijn ingetrokken
mail-tokens-revoked-body = Het wachtwoord van uw Socius-account is net opnieuw ingesteld. Voor de zekerheid { $count ->
    [one] is uw persoonlijke API-toegangssleutel ingetrokken
   *[other] zijn uw { $count } persoonlijke API-toegangssleutels ingetrokken
 }, net als uw privé-agendalink, en zijn alle andere sessies afgesloten.
mail-tokens-revoked-again = Hebben uw scripts ze nodig, maak dan nieuwe sleutels aan onder "Mijn account". Hebt u deze nieuwe instelling niet gevraagd, verwittig dan uw coördinatie.
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
map-card-today = Vandaag: { $hours }
map-card-closed-today = Vandaag gesloten
map-search-submit = Zoeken
map-clear-all = Alles wissen
map-clear = Deze filter wissen
map-results = { $count ->
    [one] { $n } dienst
   *[other] { $n } diensten
}
map-no-results = Geen enkele dienst komt overeen. Probeer een ander woord of wis een filter.
map-did-you-mean = Probeer eens:
map-themes-named-like = Thema's die op uw zoekopdracht lijken:
map-search-the-region = Deze woorden zoeken in de 19 gemeenten
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
service-practical = Praktische informatie
service-without-place = Deze dienst ontvangt niemand op een plaats (telefonisch, online): zonder plaats publiceren
service-open-now = Nu open
service-by-appointment = Op afspraak.
service-closed-during = Gesloten { $period }
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
guide-filters = Diensten gekozen volgens
guide-filter-search = Zoekopdracht: ‘{ $label }’
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
searches-title = Zoekopdrachten op de kaart
searches-intro = Wat bezoekers van de kaart zochten zonder iets te vinden, en de synoniemen van uw coördinatie. Niets zegt wie zocht.
searches-misses = Zoekopdrachten zonder resultaat
searches-misses-empty = Nog geen zoekopdrachten zonder resultaat.
searches-query = Zoekopdracht
searches-count = Keer
searches-last-seen = Laatst
searches-actions = Acties
searches-try = Proberen
searches-answer = Beantwoorden met een synoniem
searches-synonyms = Synoniemen van uw coördinatie
searches-shipped = { $n ->
    [one] Socius kent al { $n } alledaags woord voor alle coördinaties ('voedselpakket' vindt bijvoorbeeld voedselhulp).
   *[other] Socius kent al { $n } alledaagse woorden voor alle coördinaties ('voedselpakket' vindt bijvoorbeeld voedselhulp).
}
searches-synonyms-empty = Uw coördinatie heeft nog geen synoniem toegevoegd.
searches-synonym = '{ $word }' vindt ook wat '{ $means }' vindt
searches-remove = Verwijderen
searches-remove-confirm = De zoekopdracht '{ $word }' vindt dan niet meer wat dit synoniem ze liet vinden.
searches-word = Woord dat mensen typen
searches-word-hint = Bijvoorbeeld: voedselpakket, dokter, huur.
searches-means = Woorden van de diensten die het moet vinden
searches-means-hint = Bijvoorbeeld: voedselhulp, huisarts, huisvesting.
searches-add = Synoniem toevoegen
flash-synonym-added = Synoniem toegevoegd: de zoekfunctie kent het vanaf nu.
flash-synonym-removed = Synoniem verwijderd.
error-synonym-same = Schrijf andere woorden dan die van de zoekopdracht.

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
hint-latitude = Niet verplicht; in decimale graden, bijvoorbeeld 50,8366.
hint-longitude = Niet verplicht; in decimale graden, bijvoorbeeld 4,3317.
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
error-editor-unknown = Niemand met een rol in deze coördinatie heeft dit adres.
error-url-invalid = Geef een volledig webadres dat begint met https://.
error-identifier-invalid = Alleen letters en cijfers (hoogstens 20).
error-coordinate-invalid = Geef een decimaal getal, bijvoorbeeld 50,8366.
error-postcode-invalid = Een postcode heeft vier cijfers.
error-choice-invalid = Kies uit de aangeboden mogelijkheden.
error-changed-meanwhile = Iemand heeft het intussen gewijzigd: hier staat wat nu is opgeslagen, met uw wijzigingen in het formulier. Controleer en sla opnieuw op.
error-control-characters = Deze tekst bevat onzichtbare tekens die niet kunnen worden opgeslagen; typ hem opnieuw of plak hem zonder opmaak.
error-number-invalid = Vul een geheel getal binnen de aangegeven grenzen in.
error-hours-invalid = Schrijf de tijdvakken zo: 09:00-12:00, 13:30-17:00 (opening voor sluiting).
error-closure-invalid = Elke sluiting heeft een geldige begindatum, en het einde ligt niet voor het begin.
error-phone-invalid = Een telefoonnummer heeft 6 tot 15 cijfers.
error-contact-invalid = Elke contactpersoon heeft een naam, en een geldig e-mailadres en telefoonnummer als ze ingevuld zijn.

## HSDS import
import-title = HSDS-gegevens importeren
import-upload = Te importeren bestanden
import-again = Opnieuw importeren
import-intro = Socius leest HSDS 3.0 in al zijn vormen: zijn eigen exports (een bestand per taal, bijvoorbeeld de Franse en de Nederlandse export), een losse organisatie of dienst met wat erin zit, een pagina van de HSDS-API, of het tabelformaat (de CSV-bestanden en datapackage.json samen in een zip). Bestaande fiches worden bijgewerkt, nieuwe aangemaakt; er wordt niets verwijderd. Doe eerst een proef: die toont wat er zou gebeuren zonder iets op te slaan.
import-file = JSON- of zipbestanden
import-file-hint = Een of meer bestanden: een versie per taal van dezelfde gids, of een zip in tabelformaat.
import-dry-run = Alleen een proef (niets opslaan)
import-submit = Importeren
import-report-dry-run = Resultaat van de proef: er is niets opgeslagen
import-report-done = Import voltooid
import-created = { $n } aan te maken of aangemaakt
import-updated = { $n } bijgewerkt
import-unchanged = { $n } ongewijzigd
import-rejected = { $n } geweigerd
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
import-warning-location-left-out = De dienst wordt niet gekoppeld aan de buiten beschouwing gelaten plaats.
import-export = De gids exporteren (HSDS-JSON)
error-import-format = Dit bestand is geen HSDS-JSON die Socius kan lezen.
error-import-empty = Het bestand bevat geen enkele organisatie of dienst.
error-import-json = Dit bestand is geen geldige JSON.
error-import-unknown-organization = De organisatie van deze fiche staat niet in het bestand of in de gids, of ze is geweigerd.
error-import-zip = Deze zip bevat niet de CSV-bestanden van het HSDS-tabelformaat, of ze zijn onleesbaar.
error-import-duplicate-id = Het bestand geeft deze identificatie aan twee verschillende fiches: geen van beide wordt overgenomen.
error-import-id = Deze identificatie is leeg, lijkt op een bestandspad of is te lang: de fiche kan niet worden overgenomen.
error-import-encoding = Dit bestand is niet in UTF-8: bewaar het als ‘CSV UTF-8’ en probeer opnieuw.
error-import-unreadable = Dit bestand is geen leesbare CSV.
error-import-no-name-column = Het bestand heeft geen kolom ‘Naam’ (of ‘Nom’, ‘Name’): de eerste regel noemt de kolommen.
error-import-theme = Een thema staat niet in de lijst van thema's.
error-import-too-large = Dit bestand is te groot voor een ledenlijst (hoogstens 2 MB).
error-import-no-file = Kies het bestand om te importeren.
import-warning-left-out = De geweigerde waarden hierboven worden weggelaten; de rest van de fiche wordt geïmporteerd.
import-left-out-outside-region = Deze plaats heeft geen adres in een gemeente van het Brussels Gewest: de kaart kan ze niet tonen.
import-outcome-left-out = Buiten beschouwing gelaten
import-left-out = { $count } buiten beschouwing gelaten

## PDF guide
guide-pdf = De gids downloaden als pdf

## Membership
charter-title = Handvest en huishoudelijk reglement
charter-none = De coördinatie heeft nog geen handvest of reglement gepubliceerd.
charter-kind-charter = Handvest
charter-kind-house_rules = Huishoudelijk reglement
charter-version = versie { $count }
charter-publish = Een nieuwe versie publiceren
charter-publish-intro = Elke lidorganisatie zal de nieuwe versie moeten ondertekenen. Beide talen zijn verplicht.
charter-document = Document
charter-signatures = Ondertekeningen van het handvest
charter-signed = Ondertekend
charter-to-sign-again = Opnieuw te ondertekenen
charter-last-signed = laatst ondertekend: versie { $count }
charter-no-signature = Geen ondertekening.
charter-sign = Het handvest ondertekenen
charter-up-to-date = Uw organisatie heeft de geldende versies ondertekend. Bedankt!
charter-signature = Handtekening
charter-signature-name = Uw volledige naam
charter-signature-hint = Uw naam typen geldt als handtekening namens de organisatie.
charter-signature-consent = Ik heb deze teksten gelezen en aanvaard ze namens de organisatie.
join-title = Lid worden
join-intro = Doet uw organisatie sociaal werk of gezondheidswerk in de gemeente? Word lid van de sociale coördinatie. De coördinatie bekijkt uw aanvraag en antwoordt per e-mail.
join-organization = Uw organisatie
join-name = Naam van de organisatie
join-themes = Uw thema's
join-motivation = Waarom wilt u lid worden van de coördinatie?
join-contact = Contactpersoon
join-contact-lang = Contacttaal
join-share-consent = Ik ga ermee akkoord dat de andere leden mijn contactgegevens zien.
join-submit = De aanvraag versturen
join-thanks-title = Aanvraag verstuurd
join-thanks = Bedankt! We hebben uw lidmaatschapsaanvraag goed ontvangen. U kreeg een bevestiging per e-mail; de coördinatie antwoordt zodra ze uw aanvraag heeft bekeken.
members-title = Ledenregister
members-status-filter = Filteren op status
members-none = Geen enkele organisatie.
members-tab-all = Alle
members-search = Zoeken
members-search-hint = Een woord uit de naam, het ondernemingsnummer (KBO) of een contactpersoon
members-body = Orgaan
members-sort = Sorteren op
members-sort-name = Naam
members-sort-since = Datum van de laatste statuswijziging
members-sort-status = Status
observatory-sort-period = Periode, de recentste eerst
observatory-sort-people = Betrokken personen, het grootste aantal eerst
observatory-sort-organisation = Organisatie
members-status-column = Status
members-main-contact = Hoofdcontactpersoon
members-themes = Thema's
members-import-title = Een ledenlijst importeren
members-import-intro = Eén regel per organisatie, de eerste regel noemt de kolommen: Naam (verplicht), KBO, E-mail, Website, Adres, Thema's, Contactpersoon, E-mail contact, Telefoon, Taal. Een organisatie die al in het register staat (zelfde KBO-nummer, anders zelfde naam) blijft zoals ze is, met de contactpersoon als die nieuw is. Contactpersonen krijgen geen e-mail: nodig ze daarna uit vanaf de pagina van hun organisatie. Toegevoegde organisaties zijn lid en komen op de sociale kaart, met hun adres („Straat…, 1070 Anderlecht”) als eerste locatie.
members-import-upload = Het bestand
members-import-file = Ledenlijst (Excel, LibreOffice of CSV)
members-import-file-hint = Een Excel- of LibreOffice-werkmap (xlsx, xls, ods; het eerste blad wordt gelezen) of een CSV-bestand zoals Excel of LibreOffice het bewaren. Een titel boven de kolomnamen is geen probleem.
members-import-dry-run = Proefdraaien: zeggen wat er zou gebeuren, zonder iets te bewaren
members-import-submit = Importeren
members-import-dry-run-report = Wat de import zou doen
members-import-done = Wat de import deed
members-import-lines = Regel per regel
members-import-line = Regel
members-import-outcome = Resultaat
members-import-reasons = Waarom
members-import-line-created = toegevoegd aan het register
members-import-line-matched = al in het register
members-import-line-refused = geweigerd
members-import-created = { $count ->
    [one] { $n } organisatie toegevoegd
   *[other] { $n } organisaties toegevoegd
}
members-import-matched = { $count ->
    [one] { $n } organisatie al in het register
   *[other] { $n } organisaties al in het register
}
members-import-refused = { $count ->
    [one] { $n } regel geweigerd
   *[other] { $n } regels geweigerd
}
guide-path-title = Uw fiche op de sociale kaart
guide-path-lead = In drie stappen verschijnt uw organisatie op de sociale kaart, waar inwoners en partners vinden wie wat doet.
guide-path-visible = Uw fiche staat op de kaart.
guide-path-see = Uw fiche bekijken
guide-step-done = Gedaan
guide-step-todo = Te doen
guide-step-organisation = Uw organisatie voorstellen
guide-step-place = De plaats toevoegen waar u mensen ontvangt
guide-step-service = Een dienst beschrijven die u aanbiedt
guide-step-visible = Uw fiche staat zichtbaar op de kaart
guide-places = { $count ->
    [one] { $n } plaats
   *[other] { $n } plaatsen
}
guide-services = { $count ->
    [one] { $n } dienst
   *[other] { $n } diensten
}
members-none-match = Geen enkele organisatie beantwoordt aan deze zoekopdracht.
members-clear-search = Zoekopdracht en filters wissen
members-count = { $count ->
    [one] { $n } organisatie
   *[other] { $n } organisaties
}
members-organization = Organisatie
members-since = Sinds
members-settings = Instellingen van het lidmaatschap
members-admission-by = Wie laat nieuwe leden toe?
members-admission-steering = De stuurgroep (en de coördinatie)
members-threshold = Aantal steunbetuigingen om een voorgestelde werkgroep op te richten
members-map-record = Fiche in de sociale kaart
members-history = Geschiedenis
members-decision = Beslissing
members-reason = Reden
members-meeting = Vergadering waar de beslissing viel
members-admit = Toelaten
members-refuse = Weigeren
members-suspend = Schorsen
members-end = Het lidmaatschap beëindigen
members-reinstate = Opnieuw opnemen
member-status-applicant = Kandidaat
member-status-member = Lid
member-status-suspended = Geschorst
member-status-former = Oud-lid
member-status-refused = Geweigerd
contact-role-main = hoofdcontact
contact-role-delegate = afgevaardigde
contact-shares = deelt zijn of haar gegevens met de leden
contact-does-not-share = deelt zijn of haar gegevens niet
bodies-title = Organen en werkgroepen
bodies-none = Nog geen enkel orgaan.
bodies-not-a-member = U vertegenwoordigt nog geen lidorganisatie: u kunt de organen bekijken, maar er niet bij aansluiten.
body-kind = Soort orgaan
body-kind-plenary = Plenaire vergadering
body-kind-steering = Stuurgroep
body-kind-direction = Directiecomité
body-kind-working_group = Werkgroep
body-kind-commission = Commissie
body-kind-reflection = Denkgroep
body-kind-users_council = Consultatieve raad van de gebruikers
body-open = open
body-closed = na goedkeuring
body-seats = { $count ->
    [one] { $n } lid
   *[other] { $n } leden
}
body-you-are-in = Uw organisatie maakt er deel van uit.
body-you-asked = Uw aanvraag wacht op goedkeuring.
body-join = Aansluiten
body-ask-to-join = Vragen om aan te sluiten
body-leave = Verlaten
body-composition = Samenstelling
body-empty = Nog niemand.
body-role = Rol
body-mandate = Mandaat
body-contacts = Contacten
body-pending = in afwachting
body-accept = Aanvaarden
body-add-seat = Een lid toevoegen
body-no-organization = — geen (een persoon) —
body-person = Persoon
body-person-hint = Bijvoorbeeld een OCMW-raadslid; niet verplicht als er een organisatie is gekozen.
body-new = Een orgaan oprichten
body-purpose-fr = Doel in het Frans
body-purpose-nl = Doel in het Nederlands
body-theme = Thema
body-open-hint = Open: leden sluiten zelf aan (anders na goedkeuring)
seat-role-chair = Voorzitter
seat-role-secretary = Secretaris
seat-role-member = Lid
seat-role-advisory = Lid met raadgevende stem
proposals-title = Voorstellen van werkgroepen
proposals-intro = Een lid stelt een werkgroep voor; zodra { $count } organisaties het voorstel steunen, kan de coördinatie de groep oprichten.
proposals-none = Geen enkel voorstel.
proposals-by = Voorgesteld door { $organization }
proposals-support-count = { $count ->
    [one] { $n } steunbetuiging
   *[other] { $n } steunbetuigingen
}
proposals-support = Steunen
proposals-create = De groep oprichten
proposals-decline = Afwijzen
proposals-below-threshold = Nog niet genoeg steun.
proposals-see-group = De groep bekijken
proposals-new = Een werkgroep voorstellen
proposals-name = Naam van de groep
proposals-purpose = Doel
proposals-submit = Voorstellen
proposal-status-open = lopend
proposal-status-created = groep opgericht
proposal-status-declined = afgewezen
error-signature-name = Typ uw volledige naam om te ondertekenen.
error-signature-consent = Vink het vakje aan om de teksten te aanvaarden.
error-decision-state = Deze beslissing past niet bij de huidige status.
error-reason-required = Geef de reden op.
error-seat-who = Kies een organisatie of geef een persoon op.
error-mandate-dates = Geldige data, het einde na het begin.
flash-charter-published = Nieuwe versie gepubliceerd: de leden worden uitgenodigd om ze te ondertekenen.
flash-charter-signed = Bedankt, de handtekening is opgeslagen.
flash-body-joined = Uw organisatie is bij de groep aangesloten.
flash-body-requested = Uw aanvraag is doorgestuurd.
flash-body-left = Uw organisatie heeft de groep verlaten.
flash-proposal-created = Voorstel opgeslagen.
flash-proposal-supported = Bedankt voor uw steun.
flash-proposal-group-created = De werkgroep is opgericht.
flash-proposal-declined = Het voorstel is afgewezen.
flash-proposal-below-threshold = Nog niet genoeg steun om deze groep op te richten.
mail-apply-subject = Uw lidmaatschapsaanvraag: { $coordination }
mail-apply-body = We hebben de aanvraag van { $organization } om lid te worden van { $coordination } goed ontvangen. We antwoorden zodra we ze hebben bekeken.
mail-application-subject = Nieuwe lidmaatschapsaanvraag: { $organization }
mail-application-body = { $organization } vraagt om lid te worden van de coördinatie.
mail-application-action = De aanvraag bekijken
mail-refuse-subject = Uw lidmaatschapsaanvraag: { $coordination }
mail-refuse-body = De coördinatie heeft { $organization } niet toegelaten, om de volgende reden:
mail-suspend-subject = Lidmaatschap geschorst: { $coordination }
mail-suspend-body = Het lidmaatschap van { $organization } is geschorst, om de volgende reden:
mail-end-subject = Einde van het lidmaatschap: { $coordination }
mail-end-body = Het lidmaatschap van { $organization } is beëindigd, om de volgende reden:
members-export = Downloaden
mine-title = Mijn organisatie
mine-details = Mijn gegevens
mine-colleagues = Andere contactpersonen
mine-leave = De coördinatie verlaten
mine-leave-confirm = Mijn organisatie verlaat de coördinatie
contact-add = Een contactpersoon toevoegen
contact-consent-given = Deze persoon gaat ermee akkoord dat de andere leden zijn of haar gegevens zien
contact-invite-on-add = Uitnodigen om een account te activeren
contact-invite-hint = Een e-mail in de eigen taal laat toe een wachtwoord te kiezen en namens de organisatie op te treden: meldingen, vergaderingen, fiche op de sociale kaart.
contact-invite-at-admission = De hoofdcontactpersoon ontvangt bij de toelating een uitnodiging om een account te activeren; de anderen kunnen daarna worden uitgenodigd.
contact-invite = Uitnodigen om een account te activeren
contact-invite-again = Uitnodiging opnieuw versturen
contact-account-none = zonder account
contact-account-invited = uitnodiging verstuurd, account nog niet geactiveerd
contact-account-active = account geactiveerd
flash-membership-left = Uw organisatie heeft de coördinatie verlaten. De coördinatie is op de hoogte.
mail-access-withdrawn-subject = Einde van uw toegang tot de ledenruimte: { $coordination }
mail-access-withdrawn-body = Omdat { $organization } geen actief lid meer is van { $coordination }, hebt u geen toegang meer tot de ledenruimte (vergaderingen, verslagen, observatorium, API) en beheert u de fiche van de organisatie op de sociale kaart niet meer. Als het lidmaatschap hervat wordt, krijgt u uw toegang terug.
mail-access-restored-subject = Uw toegang tot de ledenruimte is hersteld: { $coordination }
mail-access-restored-body = { $organization } is opnieuw lid van { $coordination }: u hebt weer toegang tot de ledenruimte en beheert opnieuw de fiche van de organisatie op de sociale kaart.
offer-title = Uitnodiging om een coördinatie te vervoegen
offer-lead = { $coordination } biedt u een rol aan in haar ruimte op Socius.
offer-role = Voorgestelde rol: { $role }.
offer-what = Als u aanvaardt, ziet de coördinatie uw naam en adres, en registreert haar auditlogboek voortaan uw aanmeldingen. Als u niet aanvaardt, weet ze niets van uw account.
offer-accept = De rol aanvaarden
offer-gone = Deze uitnodiging is niet meer geldig, of ze is bestemd voor een ander account dan het account waarmee u aangemeld bent.
flash-role-offered = Deze persoon heeft al een account: ze kreeg een uitnodiging en krijgt de rol zodra ze die aanvaardt.
flash-role-accepted = U hebt de rol aanvaard. Welkom!
people-pending = Openstaande uitnodigingen
people-pending-until = openstaand tot { $date }
mail-role-offer-subject = Een uitnodiging van { $coordination }
mail-role-offer-body = { $coordination } biedt u de rol "{ $role }" aan op Socius. Meld u aan met uw gewone account en aanvaard de uitnodiging; zolang u ze niet aanvaard hebt, ziet de coördinatie niets van uw account.
mail-role-offer-action = De uitnodiging bekijken
mail-left-subject = Vertrek van een lid: { $organization }
mail-left-body = { $organization } verlaat de coördinatie, om de volgende reden:

## Meetings
meetings-title = Vergaderingen
meetings-search = Een vergadering zoeken
meetings-upcoming = Komende
meetings-archive = Archief
meetings-none = Geen vergaderingen.
meeting-new = Een vergadering plannen
meeting-edit = De vergadering wijzigen
meeting-edit-notice = Als de uitnodiging al verstuurd is, krijgt elke genodigde de wijziging.
meeting-date = Datum
meeting-time = Beginuur
meeting-time-hint = Brusselse tijd, bijvoorbeeld 09:30.
meeting-duration = Duur (minuten)
meeting-place = Plaats
meeting-place-hint = Adres en zaal, in het Frans en in het Nederlands (zonder Nederlandse versie wordt de Franse getoond); niet verplicht als de vergadering online is.
meeting-online = Link van de onlinevergadering
meeting-public = Openbare vergadering (aangekondigd in de openbare kalender)
meeting-status = Status
meeting-status-draft = in voorbereiding
meeting-status-published = bijeengeroepen
meeting-status-cancelled = geannuleerd
meeting-invited = { $count ->
    [one] { $n } genodigde
   *[other] { $n } genodigden
}
meeting-undelivered = { $count ->
    [one] Eén bericht over deze vergadering kon na meerdere pogingen niet worden bezorgd. Controleer het adres:
   *[other] { $count } berichten over deze vergadering konden na meerdere pogingen niet worden bezorgd. Controleer deze adressen:
 }
meeting-publish = De agenda publiceren en uitnodigen
meeting-cancel = De vergadering annuleren
agenda-title = Agenda
agenda-empty = De agenda is nog leeg.
agenda-follow-up = Opvolging van de acties van vorige vergaderingen
agenda-proposed = Door leden voorgestelde punten
agenda-rejected = Geweigerde punten
agenda-accept = Aanvaarden
agenda-reject = Weigeren
agenda-move = Uitstellen
agenda-move-to = Uitstellen naar de vergadering
agenda-add = Een punt toevoegen
agenda-propose = Een punt voorstellen
agenda-propose-until = Leden kunnen punten voorstellen tot { $date }.
item-kind = Soort punt
item-kind-information = informatie
item-kind-discussion = bespreking
item-kind-decision = beslissing
item-kind-presentation = voorstelling van een partner
item-title-fr = Titel in het Frans
item-title-nl = Titel in het Nederlands
item-edit = Het punt wijzigen
item-status-proposed = wacht op de beslissing van de coördinatie
item-status-accepted = aanvaard
item-status-rejected = geweigerd
agenda-total = Totale duur: { $count } min
agenda-overrun = { $count } min langer dan de vergadering
agenda-move-up = Naar boven
agenda-move-down = Naar beneden
agenda-remove-confirm = „{ $name }” van de agenda halen? De documenten ervan worden mee verwijderd.
agenda-documents = Documenten
agenda-place-follow-up = Er een agendapunt van maken
agenda-mine = Uw voorstellen
flash-item-removed = Het punt is van de agenda gehaald.
mail-proposal-accepted-subject = Uw voorstel „{ $name }” staat op de agenda
mail-proposal-accepted-body = De coördinatie heeft uw voorstel „{ $name }” aanvaard: het staat op de agenda van de vergadering „{ $meeting }” van { $date }.
mail-proposal-rejected-subject = Uw voorstel „{ $name }” wordt niet opgenomen
mail-proposal-rejected-body = De coördinatie heeft uw voorstel „{ $name }” niet opgenomen voor de vergadering „{ $meeting }” van { $date }. Reden: { $reason }
mail-proposal-postponed-subject = Uw voorstel „{ $name }” is uitgesteld
mail-proposal-postponed-body = De coördinatie heeft uw voorstel „{ $name }” uitgesteld naar de vergadering „{ $meeting }” van { $date }.
mail-proposal-action = De vergadering bekijken
item-presenter = Toegelicht door
rsvp-title = Uw antwoord
rsvp-for = Uitnodiging voor { $name }
rsvp-question = Bent u aanwezig?
rsvp-yes = Ik ben aanwezig
rsvp-excused = Ik verontschuldig me
rsvp-no = Ik kom niet
rsvp-representative = Een collega vertegenwoordigt de organisatie: zijn of haar naam
rsvp-submit = Mijn antwoord versturen
rsvp-expired = Deze link is niet meer geldig: de vergadering is voorbij of een recentere uitnodiging heeft hem vervangen.
round-link-closed-title = Deze link is niet meer geldig
round-link-closed-why = De persoonlijke link die u voor een inzamelronde ontving, blijft geldig tot de uiterste datum van de ronde, zolang uw organisatie lid is van de coördinatie.
round-link-closed-then = Wilt u nog iets melden, meld u dan aan met uw account of schrijf naar de coördinatie.
round-link-for = U meldt voor { $organization }. Elk formulier bewaart één melding; u kunt er meerdere versturen.
rsvp-intro = Antwoord zonder aan te melden:
rsvp-action = Op de uitnodiging antwoorden
rsvp-state-pending = geen antwoord
rsvp-state-yes = aanwezig
rsvp-state-no = afwezig
rsvp-state-excused = verontschuldigd
rsvp-represented-by = vertegenwoordigd door { $name }
attendance-title = Aanwezigheden
attendance-print-hint = Druk deze pagina af als aanwezigheidslijst om te ondertekenen.
attendance-nobody = Nog niemand is uitgenodigd.
attendance-mark = Aanwezigheid
attendance-signature = Handtekening
attendance-unknown = —
attendance-present = aanwezig
attendance-excused = verontschuldigd
attendance-absent = afwezig
attendance-represented = vertegenwoordigd
attendance-walk-in = Iemand die zonder uitnodiging kwam
attendance-add = Toevoegen als aanwezig
minutes-title = Notulen
minutes-status-none = nog niet begonnen
minutes-status-draft = ontwerp
minutes-status-sent = naar de deelnemers gestuurd voor opmerkingen
minutes-status-approved = goedgekeurd
minutes-status-published = gepubliceerd
minutes-after-start = Het verslag kan verstuurd, goedgekeurd en gepubliceerd worden zodra de vergadering begonnen is.
minutes-send-confirm = { $count ->
    [0] Niemand krijgt het: geen enkele aanwezige of vertegenwoordigde persoon heeft een e-mailadres.
    [one] { $count } aanwezige of vertegenwoordigde persoon krijgt het ontwerp per e-mail, voor opmerkingen.
   *[other] { $count } aanwezige of vertegenwoordigde personen krijgen het ontwerp per e-mail, voor opmerkingen.
}
minutes-approve-confirm = Eenmaal goedgekeurd is het verslag definitief en gaan de beslissingen in; bij deze stap wordt niemand verwittigd. { $count ->
    [0] { "" }
    [one] { $count } beslissing wordt uitgevoerd op waar ze over gaat (bijvoorbeeld een lidmaatschap).
   *[other] { $count } beslissingen worden uitgevoerd op waar ze over gaan (bijvoorbeeld lidmaatschappen).
}
minutes-publish-confirm = { $count ->
    [0] Niemand krijgt het: geen enkele genodigde heeft een e-mailadres.
    [one] { $count } genodigde krijgt het verslag per e-mail, met de pdf.
   *[other] { $count } genodigden krijgen het verslag per e-mail, met de pdf.
}
flash-minutes-emailed = Gedaan: { $count ->
    [0] niemand had een e-mailadres.
    [one] { $count } persoon kreeg het verslag per e-mail.
   *[other] { $count } personen kregen het verslag per e-mail.
}
minutes-present = Aanwezig
minutes-excused = Verontschuldigd
minutes-notes-fr = Notities in het Frans
minutes-notes-nl = Notities in het Nederlands
minutes-decisions = Beslissingen
minutes-no-decision = Geen beslissingen.
minutes-decision-new = Nieuwe beslissing
minutes-actions = Acties
minutes-no-action = Geen acties.
minutes-action-new = Nieuwe actie
minutes-send = Naar de deelnemers sturen
minutes-approve = Als goedgekeurd markeren
minutes-publish = Publiceren voor de leden
action-owner = Verantwoordelijke
action-due = Uiterlijk op
action-mark-done = Gedaan
action-status-open = lopend
action-status-done = gedaan
action-status-dropped = geschrapt
error-date-invalid = Geef een geldige datum op.
error-time-invalid = Geef een geldig uur (UU:MM) op dat die dag in Brussel bestaat.
error-duration-invalid = Een duur van 15 tot 600 minuten.
error-place-required = Geef een plaats of een link voor een onlinevergadering op.
flash-meeting-published = De agenda is gepubliceerd en de uitnodigingen zijn verstuurd: { $count ->
    [0] niemand had een adres.
    [one] { $count } persoon uitgenodigd per e-mail.
   *[other] { $count } personen uitgenodigd per e-mail.
}
flash-meeting-restored = De vergadering is hersteld. { $count ->
    [0] Ze is opnieuw in voorbereiding.
    [one] { $count } genodigde is per e-mail verwittigd dat ze plaatsvindt.
   *[other] { $count } genodigden zijn per e-mail verwittigd dat ze plaatsvindt.
}
flash-meeting-not-cancelled = Deze vergadering is niet geannuleerd: er is niets veranderd.
flash-meeting-test-sent = Er is u een test-e-mail gestuurd: de antwoordlinks erin antwoorden voor niemand.
meeting-publish-recipients = { $count ->
    [0] Niemand wordt uitgenodigd: geen organisatie of persoon met een e-mailadres zetelt in dit orgaan.
    [one] { $count } persoon wordt per e-mail uitgenodigd:
   *[other] { $count } personen worden per e-mail uitgenodigd:
}
meeting-publish-unreachable = Krijgen de uitnodiging niet, bij gebrek aan e-mailadres:
meeting-publish-preview = De e-mail zoals hij vertrekt
meeting-publish-preview-lang = Taal van de ontvanger: { $language }
meeting-publish-test = Mij een test-e-mail sturen
meeting-publish-confirm = Bevestigen en versturen
meeting-publish-empty = De agenda is leeg. Vink het vakje aan om toch uit te nodigen.
meeting-publish-empty-confirm = De uitnodiging met een lege agenda versturen
meeting-preview-name = Voornaam Naam
meeting-test-mark = Test
meeting-cancel-reach = { $count ->
    [0] De vergadering is nog niet bijeengeroepen: niemand wordt verwittigd.
    [one] { $count } genodigde krijgt de annulering per e-mail, met de reden.
   *[other] { $count } genodigden krijgen de annulering per e-mail, met de reden.
}
meeting-cancel-reason = Reden van de annulering
meeting-cancel-reason-hint = Ze staat in de e-mail over de annulering.
meeting-cancel-confirm = De vergadering annuleren en verwittigen
meeting-cancel-back = Terug naar de vergadering zonder te annuleren
meeting-restore = De vergadering herstellen
meeting-restore-confirm = { $count ->
    [0] De vergadering is opnieuw in voorbereiding.
    [one] { $count } genodigde wordt per e-mail verwittigd dat de vergadering plaatsvindt.
   *[other] { $count } genodigden worden per e-mail verwittigd dat de vergadering plaatsvindt.
}
mail-meeting-cancellation-reason = Reden: { $reason }
mail-meeting-restored-subject = Hersteld: { $name }, { $date }
mail-meeting-restored-body = De vergadering „{ $name }” van { $date } vindt toch plaats.
error-agenda-empty = De agenda is leeg: vink het vakje aan om toch uit te nodigen.
flash-meeting-already-published = Deze vergadering is al gepubliceerd.
flash-meeting-cancelled = De vergadering is geannuleerd. { $count ->
    [0] Er was nog niemand uitgenodigd.
    [one] { $count } genodigde is per e-mail verwittigd.
   *[other] { $count } genodigden zijn per e-mail verwittigd.
}
flash-meeting-already-cancelled = Deze vergadering is al geannuleerd of intussen gewijzigd: er is niets verstuurd.
flash-item-proposed = Bedankt! Uw voorstel wacht op de beslissing van de coördinatie.
flash-proposals-closed = Voorstellen van punten zijn afgesloten voor deze vergadering.
flash-rsvp-saved = Bedankt, uw antwoord is opgeslagen.
flash-minutes-step = Deze stap volgt niet op de huidige staat van de notulen.
mail-meeting-invitation-subject = Uitnodiging voor { $name }, { $date }
mail-meeting-invitation-body = U bent uitgenodigd voor "{ $name }" op { $date }.
mail-meeting-update-subject = Wijziging: { $name }, { $date }
mail-meeting-update-body = De vergadering "{ $name }" is gewijzigd: ze vindt plaats op { $date }.
mail-meeting-cancellation-subject = Annulering: { $name }
mail-meeting-cancellation-body = De vergadering "{ $name }" van { $date } is geannuleerd.
mail-minutes-sent-subject = Notulen om na te lezen: { $name }
mail-minutes-sent-body = Hier is het ontwerp van de notulen van "{ $name }" ({ $date }). Uw opmerkingen zijn welkom.
mail-minutes-published-subject = Notulen: { $name }
mail-minutes-published-body = De notulen van "{ $name }" ({ $date }) zijn gepubliceerd; ze zitten als pdf in bijlage.
mail-minutes-action = De notulen lezen
figures-title = Cijfers van de vergaderingen
figures-none = Geen vergaderingen gehouden dit jaar.
figures-held = Gehouden vergaderingen
figures-invited = Uitnodigingen
figures-present = Aanwezig of vertegenwoordigd
figures-rate = Aanwezigheidsgraad
figures-organisations = Vertegenwoordigde organisaties
figures-walk-ins = Zonder uitnodiging gekomen
meetings-public-feed = Openbare kalender (iCalendar)
feed-title = Mijn privékalender
feed-intro = Een geheim adres om toe te voegen aan uw agenda (Outlook, Google, Thunderbird…): het toont de vergaderingen waarop u bent uitgenodigd. Deel het niet; een nieuw adres maken schakelt het oude uit.
feed-created = Hier is uw adres. Het wordt niet meer getoond: kopieer het nu.
feed-create = Een nieuw adres maken
feed-revoke = Mijn adres uitschakelen
flash-feed-revoked = Uw kalenderadres is uitgeschakeld.
mail-meeting-reminder-subject = Herinnering: { $name }, { $date }
mail-meeting-reminder-body = Ter herinnering: "{ $name }" vindt plaats op { $date }.
attendance-represented-by = Vertegenwoordigd door
attendance-represented-line = { $organisation }, door { $name }
attendance-mark-expected = { $count ->
    [one] De verwachte persoon als aanwezig aanduiden
   *[other] De { $count } verwachte personen als aanwezig aanduiden
}
attendance-send-confirm = { $count ->
    [0] Niemand krijgt de lijst: geen enkele aanwezige heeft een e-mailadres.
    [one] { $count } aanwezige of vertegenwoordigde persoon krijgt de lijst per e-mail.
   *[other] { $count } aanwezige of vertegenwoordigde personen krijgen de lijst per e-mail.
}
attendance-send-later = De aanwezigheidslijst kan verstuurd worden zodra de vergadering begonnen is.
flash-attendance-list-sent-to = De aanwezigheidslijst is verstuurd: { $count ->
    [one] { $count } persoon kreeg ze per e-mail.
   *[other] { $count } personen kregen ze per e-mail.
}
flash-marked-present = { $count ->
    [0] Er werd niemand verwacht die nog niet aangeduid was.
    [one] { $count } verwachte persoon is als aanwezig aangeduid.
   *[other] { $count } verwachte personen zijn als aanwezig aangeduid.
}
flash-too-early = De vergadering is nog niet begonnen: deze stap komt daarna.
error-representative-required = Vermeld wie de organisatie vertegenwoordigde.
minutes-represented = Vertegenwoordigd
attendance-send = De aanwezigheidslijst versturen
attendance-send-hint = Na de vergadering: elke aanwezige krijgt de lijst van de aanwezigen, met de gegevens van wie ermee akkoord ging ze te delen.
flash-attendance-list-sent = De aanwezigheidslijst is verstuurd.
mail-attendance-subject = Aanwezigheidslijst: { $name }
mail-attendance-body = Dit zijn de aanwezigen op "{ $name }" ({ $date }), met de gegevens van wie ermee akkoord ging ze te delen:
series-repeat = Herhaling
series-none = Eén vergadering
series-weekly = Om de N weken, op dezelfde dag
series-monthly = Om de N maanden, op dezelfde weekdag (bv. de tweede dinsdag)
series-interval = Interval (N)
series-interval-hint = Van 1 tot 12 weken of maanden.
series-occurrences = Aantal vergaderingen
series-occurrences-hint = Van 2 tot 24, de eerste inbegrepen. Elke vergadering kan daarna apart verplaatst of geannuleerd worden.
error-recurrence-invalid = Kies een interval van 1 tot 12 en 2 tot 24 vergaderingen.
series-title = Reeks vergaderingen
meetings-settings = Instellingen voor vergaderingen
meetings-proposal-days = Leden stellen punten voor tot N dagen vóór de vergadering
meetings-reminder-days = Herinnering N dagen vóór de vergadering (0: geen herinnering)
body-person-email = E-mailadres van de persoon
body-person-email-hint = Optioneel: met een adres krijgt de persoon de uitnodigingen voor de vergaderingen van het orgaan.
body-person-lang = Taal van de persoon
body-person-lang-unknown = Onbekend (in het Frans en het Nederlands schrijven)
document-attach = Document toevoegen
document-upload = Opladen
error-document-too-large = Dit document is groter dan 10 MB.
error-document-empty = Kies een bestand om toe te voegen.
error-document-type = Dit formaat wordt niet aanvaard: PDF, kantoordocumenten (ODF, Office), PNG- of JPEG-afbeeldingen, tekst of CSV.
nav-observatory = Observatorium
observatory-title = Observatorium van de behoeften
observatory-lead = De behoeften die de partners vaststellen en het niet-gebruik van rechten, in samengevoegde cijfers: nooit gegevens over een persoon.
observatory-report = Melden
observatory-report-need = Een vastgestelde behoefte melden
observatory-report-non-take-up = Niet-gebruik van een recht melden
observatory-mine = De meldingen van mijn organisatie
observatory-mine-empty = Uw organisatie heeft nog niets gemeld.
observatory-privacy-notice = Geef aantallen en algemene beschrijvingen. Schrijf nooit een naam, rijksregisternummer, e-mailadres, telefoon- of rekeningnummer van een begeleide persoon: het formulier weigert ze.
observatory-round = Inzamelronde
observatory-no-round = Buiten een ronde
observatory-all-rounds = Alle rondes
observatory-theme = Thema
observatory-right = Betrokken recht
observatory-causes = Oorzaken van het niet-gebruik (één of meer)
observatory-target-group = Betrokken doelgroep
observatory-territory = Grondgebied
observatory-municipality = Gemeente
observatory-basin = Zorgzone
observatory-basin-hint = Laat „automatisch”: Socius leidt het af uit de gemeente als die in één zorgzone ligt.
observatory-basin-auto = Automatisch
observatory-neighbourhood = Wijk
observatory-period = Waargenomen periode
observatory-period-start = Van
observatory-period-end = Tot
observatory-description = Beschrijving
observatory-description-hint = Wat u vaststelt, in algemene termen (zonder persoonsgegevens).
observatory-people-count = Aantal betrokken personen
observatory-cases = Aantal gevallen van niet-gebruik
observatory-count-hint = Een aantal, nooit namen.
observatory-trend = Evolutie
observatory-severity = Ernst
observatory-outcome = Wat er gedaan werd
observatory-choose = Kiezen…
observatory-unspecified = Niet gepreciseerd
observatory-delete = Deze melding verwijderen
observatory-delete-confirm = Ik bevestig de verwijdering
observatory-copy = De meldingen van de vorige ronde overnemen
observatory-copy-hint = Ze worden gekopieerd naar de lopende ronde, met haar periode; verbeter daarna wat veranderd is.
observatory-kind = Soort
observatory-kind-need = Vastgestelde behoeften
observatory-kind-non_take_up = Niet-gebruik van rechten
observatory-subject = Onderwerp
observatory-signals = Meldingen
observatory-signals-n = { $count } meldingen
observatory-signals-count = { $count } meldingen
observatory-people = Personen
observatory-people-n = { $count } personen
observatory-cases-short = Gevallen
observatory-people-or-cases = Personen of gevallen
observatory-organisations = Organisaties
observatory-group = Groep
observatory-code = Code
observatory-dimension = Tabel
observatory-suppressed = Minder dan het minimum: niet gepubliceerd
observatory-suppressed-short = verborgen
observatory-suppression-note = Een groep van minder dan { $count } personen, of waarvan de meldingen van minder dan { $organisations } organisaties komen, wordt niet gepubliceerd, en ook geen enkel cijfer waaruit hij door aftrekken terug te vinden is: niemand kan herkend worden, ook het cliënteel van een partner niet.
observatory-empty = Nog geen meldingen.
observatory-export = De samengevoegde cijfers downloaden
observatory-totals = Samengevat
observatory-toc = Op deze pagina
observatory-table-open = De tabel met cijfers tonen
observatory-change = Evolutie
observatory-compared-with = Elke tabel geeft ook de evolutie sinds de vorige ronde, ‘{ $name }’.
observatory-compare-hint = Kies een ronde om haar cijfers te vergelijken met die van de vorige.
observatory-top = Meest gemelde behoeften
observatory-figures = De cijfers
observatory-trend-title = Evolutie van ronde tot ronde
observatory-trend-caption = Betrokken personen per thema en per ronde (de meest gemelde thema's)
observatory-by-theme = per thema
observatory-by-right = per recht
observatory-by-cause = per oorzaak
observatory-by-target_group = per doelgroep
observatory-by-municipality = per gemeente
observatory-by-basin = per zorgzone
observatory-by-trend = per evolutie
observatory-by-severity = per ernst
observatory-by-outcome = per gevolg
chart-description = { $groups } groepen; de grootste: { $label } ({ $count }).
trend-new = Nieuw
trend-growing = Stijgend
trend-stable = Stabiel
trend-decreasing = Dalend
severity-1 = Laag
severity-2 = Gemiddeld
severity-3 = Hoog
severity-4 = Kritiek
severity-0 = Niet gepreciseerd
outcome-referred = Doorverwezen
outcome-accompanied = Begeleid bij de aanvraag
outcome-unresolved = Zonder oplossing
observatory-public-title = Het gepubliceerde observatorium
observatory-public-lead = Wat de partners van de coördinatie vaststelden, in samengevoegde cijfers die de coördinatie publiceerde.
observatory-public-none = De coördinatie heeft nog geen ronde gepubliceerd.
observatory-public-rounds = Gepubliceerde rondes
observatory-public-needs = Waar de behoeften staan
observatory-public-figures = De cijfers
observatory-signals-title = Alle meldingen
observatory-all = Alle
observatory-group-select = Kiezen
observatory-grouped = in een behoefte
observatory-group-into-need = De aangevinkte meldingen samenbrengen in een behoefte
observatory-existing-need = Toevoegen aan een bestaande behoefte
observatory-new-need = Een nieuwe behoefte (titel hieronder)
observatory-group-button = Samenbrengen
observatory-settings = Instellingen van het observatorium
observatory-minimum = Minimumaantal personen om een groep te publiceren
observatory-minimum-hint = Van 2 tot 100. Daaronder wordt de groep verborgen op de openbare pagina's en in het regionale overzicht.
observatory-minimum-organisations = Minimumaantal organisaties om een cijfer te publiceren
observatory-minimum-organisations-hint = Van 1 tot 20. Een cijfer dat van minder organisaties komt, wordt verborgen op de openbare pagina's en in het regionale overzicht.
needs-title = Opgevolgde behoeften
needs-none = Er werd nog geen behoefte samengesteld uit de meldingen.
need-status = Status
need-status-observed = Vastgesteld
need-status-discussed = Besproken
need-status-in_action = In actie
need-status-answered = Beantwoord
need-group = Werkgroep
need-no-group = Geen
need-agenda = Op de agenda van
need-response = Antwoord (advies, project)
need-response-hint = De titel of het adres van het advies of project dat erop antwoordt.
need-history = Geschiedenis
need-follow-up = Opvolging
need-put-on-agenda = Op de agenda zetten van
need-put-on-agenda-button = Op de agenda zetten
need-signals = Samengebrachte meldingen
need-event-created = Behoefte samengesteld (meldingen)
need-event-signals-added = Meldingen toegevoegd
need-event-status = Status
need-event-group = Toevertrouwd aan de groep
need-event-response = Antwoord
need-event-agenda = Op de agenda gezet
need-event-signal-removed = Melding verwijderd
needs-register-title = Register van de behoeften
needs-register-lead = Elke behoefte bundelt meldingen van de partners; ze wordt gevolgd van vaststelling tot antwoord.
needs-register-empty = Nog geen behoeften. Behoeften ontstaan uit meldingen die de coördinatie bundelt.
needs-register-none-match = Geen enkele behoefte beantwoordt aan deze filters.
needs-register-all = Alle behoeften tonen
needs-register-count = { $count ->
    [one] { $n } behoefte
   *[other] { $n } behoeften
}
needs-register-need = Behoefte
needs-register-signals = Meldingen
needs-register-where = Gevolg
needs-register-nowhere-yet = Nog geen gevolg
flash-need-signal-removed = De melding is uit de behoefte gehaald; ze blijft bij de niet-gebundelde meldingen.
need-take-out = Uit de behoefte halen
rounds-title = Inzamelrondes
rounds-none = Nog geen rondes.
rounds-round = Ronde
rounds-deadline = Uiterste datum
rounds-status = Status
rounds-status-open = open
rounds-status-closed = afgesloten
rounds-published = gepubliceerd
rounds-reported = Organisaties die antwoordden (meldingen)
rounds-actions = Acties
rounds-remind = Herinneren
rounds-close = Afsluiten
rounds-reopen = Heropenen
rounds-publish = Publiceren
rounds-unpublish = Depubliceren
rounds-open = Een ronde openen
rounds-open-hint = Elke lidorganisatie krijgt een uitnodiging om te melden, in haar taal; wie niets meldde, krijgt drie dagen voor de uiterste datum een herinnering.
rounds-open-button = Openen en de leden uitnodigen
rounds-open-anyway = Deze ronde toch openen
rounds-public-text = Wat de openbare pagina zegt
rounds-public-text-hint = Enkele regels boven de cijfers van een gepubliceerde ronde: wat opvalt, wat de coördinatie met de behoeften deed. Nooit namen of gegevens over een persoon.
rounds-public-text-none = nog geen tekst
context-title = Contextindicatoren
context-lead = Openbare cijfers over de gemeente, met bron en jaar, om naast de meldingen te lezen.
context-caption = Indicatoren van de gemeente
context-indicator = Indicator
context-value = Waarde
context-year = Jaar
context-source = Bron
context-none = Geen indicatoren geïmporteerd voor deze gemeente.
context-import = Indicatoren importeren
context-import-hint = Een CSV-bestand met een kopregel, zoals in het voorbeeld. Een waarde die al geïmporteerd werd voor dezelfde gemeente, indicator en hetzelfde jaar wordt vervangen.
context-file = CSV-bestand
context-import-button = Importeren
context-imported = { $count } waarden geïmporteerd.
context-rejected = Geweigerde regels
context-error-empty = Kies een CSV-bestand.
context-error-header-only = Het bestand bevat alleen de kopregel: er zijn geen waarden om te importeren.
csv-note-windows-1252 = Dit bestand is gecodeerd in Windows-1252 (Excel): het is zo gelezen.
csv-note-utf16 = Dit bestand is in UTF-16 ('Unicode-tekst' van Excel): het is zo gelezen.
csv-note-semicolons = Dit bestand scheidt zijn kolommen met puntkomma's (Excel in België): het is zo gelezen.
csv-note-tabs = Dit bestand scheidt zijn kolommen met tabs: het is zo gelezen.
context-error-format = Regel { $line }: verwachte kolommen nis_code, indicator, label_fr, label_nl, year, value, unit, source.
context-error-municipality = Regel { $line }: onbekende NIS-code.
context-error-other-municipality = Regel { $line }: een andere gemeente dan die van de coördinatie.
context-error-year = Regel { $line }: ongeldig jaar.
context-error-value = Regel { $line }: de waarde moet een getal zijn.
context-error-indicator = Regel { $line }: de indicator en zijn label zijn verplicht.
context-error-source = Regel { $line }: vermeld de bron.
region-title = Gewestelijk observatorium
region-lead = De samengevoegde cijfers van { $count } coördinaties: geen enkele organisatie komt erin voor.
region-export = Export voor de gewestelijke werkgroep niet-gebruik
region-export-all = alle tabellen
nav-region = Gewestelijk overzicht
error-choice-required = Maak een keuze.
error-period-invalid = Geef de begin- en einddatum (JJJJ-MM-DD).
error-period-order = Het einde van de periode ligt vóór het begin.
error-deadline-invalid = Geef een uiterste datum in de toekomst.
error-round-overlaps = Deze periode overlapt met die van een ronde die nog open is: dezelfde situaties dreigen twee keer gemeld te worden. Vink het vakje aan om ze toch te openen.
error-service-without-place = Kies de plaats waar de dienst mensen ontvangt, of vink het vakje aan als het een dienst zonder plaats is.
error-observatory-causes = Vink minstens één oorzaak aan.
error-observatory-count = Geef een geheel getal van 1 tot 1 000 000.
error-observatory-description = Beschrijf wat u vaststelt.
error-observatory-organisation = Enkel contactpersonen van een lidorganisatie kunnen melden.
error-need-signals = Vink minstens één melding aan.
error-personal-national-number = Deze tekst bevat een rijksregisternummer. Verwijder het: het observatorium bewaart geen gegevens over een persoon.
error-personal-email = Deze tekst bevat een e-mailadres. Verwijder het: het observatorium bewaart geen gegevens over een persoon.
error-personal-phone = Deze tekst bevat een telefoonnummer. Verwijder het: het observatorium bewaart geen gegevens over een persoon.
error-personal-bank-account = Deze tekst bevat een rekeningnummer. Verwijder het: het observatorium bewaart geen gegevens over een persoon.
flash-signal-saved = Melding bewaard. Bedankt!
flash-signal-deleted = Melding verwijderd.
flash-confirm-delete = Vink het bevestigingsvakje aan om te verwijderen.
flash-copy-nothing = Niets over te nemen: geen open ronde of geen meldingen in de vorige ronde.
flash-copy-already = Uw organisatie heeft al meldingen in de lopende ronde.
flash-signals-copied = De meldingen van de vorige ronde zijn overgenomen: controleer ze en verbeter wat veranderd is.
flash-need-saved = Behoefte bewaard.
flash-need-on-agenda = De behoefte staat op de agenda van de vergadering.
flash-round-opened = Ronde geopend; de leden worden uitgenodigd om te melden.
flash-round-reminded = Herinnering verstuurd naar de organisaties die niets meldden.
flash-round-closed = Ronde afgesloten.
flash-round-published = Ronde gepubliceerd: de samengevoegde cijfers zijn openbaar, kleine groepen verborgen.
flash-round-step = Deze stap is niet meer van toepassing op de ronde: ze is al gezet.
mail-round-invitation-subject = Observatorium van de behoeften: { $name }
mail-round-invitation-body = De coördinatie opent de ronde „{ $name }”. Kunt u voor { $organization } de behoeften die u vaststelt en de gevallen van niet-gebruik van rechten melden vóór { $date }?
mail-round-reminder-subject = Herinnering — observatorium van de behoeften: { $name }
mail-round-reminder-body = We ontvingen nog geen melding van { $organization } voor de ronde „{ $name }”. U hebt tijd tot { $date }.
mail-round-privacy = Aantallen en algemene beschrijvingen volstaan: nooit namen of gegevens over een persoon.
mail-round-personal-link = De knop hieronder is uw persoonlijke link: hij opent het formulier voor uw organisatie, zonder account, tot { $date }. Stuur hem niet door.
mail-round-activate = Met een account vindt u ook de meldingen van uw organisatie, de vergaderingen en de documenten van de coördinatie terug:
error-need-personal-data = Het antwoord bevat een persoonsgegeven (nummer, e-mailadres of telefoon): verwijder het.
members-meeting-hint = Kiest u een vergadering, dan komt de beslissing in haar verslag en gaat ze in bij de goedkeuring ervan.
rights-title = Opgevolgde rechten
rights-hint = De gewestelijke lijst van rechten die vaak niet gebruikt worden; voeg er de rechten aan toe die uw coördinatie ook opvolgt.
rights-add = Het recht toevoegen
error-right-exists = Dit recht staat al in de lijst.

## Second factor
second-factor-title = Tweede factor
second-factor-on = Bij elke aanmelding wordt een code van uw authenticatie-app gevraagd.
second-factor-codes-left = { $count ->
    [0] U hebt geen herstelcodes meer.
    [one] U hebt nog { $count } herstelcode.
   *[other] U hebt nog { $count } herstelcodes.
}
second-factor-off = Bescherm uw account: vraag bij elke aanmelding, naast het wachtwoord, een code van uw authenticatie-app (bijvoorbeeld FreeOTP, Aegis of Google Authenticator).
second-factor-turn-on = Tweede factor inschakelen
second-factor-code = Code
second-factor-remove-hint = Geef een code van uw app of een herstelcode om de tweede factor uit te schakelen.
second-factor-remove = Tweede factor uitschakelen
second-factor-sign-in-title = Verificatiecode
second-factor-sign-in-intro = Uw wachtwoord is juist. Geef de code van 6 cijfers die uw authenticatie-app toont.
second-factor-code-hint = 6 cijfers, of een van uw herstelcodes als u uw telefoon niet bij u hebt.
second-factor-start-again = Opnieuw aanmelden
second-factor-enrol-title = Tweede factor inschakelen
second-factor-enrol-scan = Voeg in uw authenticatie-app een account toe door deze QR-code te scannen.
second-factor-qr-alt = QR-code om met uw authenticatie-app te scannen
second-factor-enrol-type = Of tik deze sleutel in de app:
second-factor-enrol-confirm = Code die de app toont
second-factor-enrol-confirm-hint = De 6 cijfers die de app nu toont: ze bevestigen dat ze klaar is.
second-factor-codes-title = Uw herstelcodes
second-factor-enabled = De tweede factor is ingeschakeld.
second-factor-codes-intro = Als u uw telefoon verliest, kunt u zich met elk van deze codes één keer aanmelden. Bewaar ze op een veilige plaats (afgedrukt of in een wachtwoordbeheerder): ze worden niet meer getoond.
second-factor-codes-done = Ik heb mijn codes bewaard — terug naar mijn account
flash-second-factor-removed = De tweede factor is uitgeschakeld.
error-code-wrong = Deze code is niet geldig: controleer de tijd van uw telefoon en geef de huidige code (een code dient maar één keer).
error-code-too-many = Te veel pogingen: wacht een minuut voor u het opnieuw probeert.
second-factor-required-note = Uw rol vereist een tweede factor: die blijft ingeschakeld zolang u deze rol hebt.
second-factor-enrol-required = Uw wachtwoord is juist. Uw rol vereist een tweede factor: schakel die nu in om het aanmelden af te ronden.
second-factor-codes-continue = Ik heb mijn codes bewaard — verder
second-factor-codes-renewed = Uw nieuwe herstelcodes zijn klaar: de oude zijn niet meer geldig.
second-factor-renew-title = Herstelcodes
second-factor-renew-hint = Vul een code van uw app in om tien nieuwe herstelcodes te krijgen (de oude werken dan niet meer).
second-factor-renew = Nieuwe herstelcodes aanmaken
error-second-factor-required = Uw rol vereist een tweede factor: die kan niet worden uitgeschakeld.
people-second-factor-on = Ingeschakeld
people-second-factor-off = Nog niet
people-second-factor-required = Coördinatoren melden zich aan met een tweede factor
people-second-factor-required-hint = Zij zien de contactgegevens van alle partners. Wie er nog geen heeft, schakelt die in bij de volgende aanmelding.
nav-platform-settings = Platforminstellingen
platform-settings-title = Platforminstellingen
platform-settings-staff-second-factor = Platformbeheerders en het regionale team melden zich aan met een tweede factor
platform-settings-staff-second-factor-hint = Wie er nog geen heeft, schakelt die in bij de volgende aanmelding.

## Personal data (features/rights)
personal-data-title = Persoonsgegevens
personal-data-intro = Alles wat Socius over u bewaart, zoals het is opgeslagen. U kunt het downloaden (JSON, leesbaar voor andere software) of afdrukken.
personal-data-intro-contact = Wat uw coördinatie over deze contactpersoon bewaart, om haar te bezorgen als ze erom vraagt (AVG, art. 15 en 20).
personal-data-download = Downloaden (JSON)
personal-data-erase-link = Deze gegevens wissen…
personal-data-empty = Socius bewaart hierover niets meer.
personal-data-account-intro = Bekijk en download alles wat Socius over u bewaart, of wis uw account.
personal-data-see = Mijn persoonsgegevens bekijken
personal-data-account = Account
personal-data-api-tokens = API-tokens
personal-data-second-factor = Tweede factor en herstelcodes
personal-data-calendar-feeds = Agenda-abonnementen
personal-data-roles = Rollen
personal-data-role-offers = Voorgestelde rollen
personal-data-map-contacts = Contactpersoon op de sociale kaart
personal-data-map-reports = Gemelde fouten op de sociale kaart
personal-data-map-editor = Organisaties waarvan u de fiche bijhoudt
personal-data-map-proposals = Voorgestelde wijzigingen op de sociale kaart
personal-data-contacts = Contactpersoon van een lidorganisatie
personal-data-signatures = Ondertekeningen van het charter
personal-data-seats = Zetels in de organen
personal-data-register-decisions = Beslissingen in het ledenregister
personal-data-invitations = Uitnodigingen voor vergaderingen, antwoorden en aanwezigheden
personal-data-signals = Signalen aan het observatorium
personal-data-page-revisions = Versies van openbare pagina's die u opsloeg
personal-data-need-follow-up = Opvolging van behoeften
personal-data-audit = Auditlogboek (aanmeldingen en wijzigingen)
personal-data-messages = Verzonden e-mails
erasure-why-account-linked = de account dient nog elders (een rol of een lidorganisatie van een andere coördinatie): enkel de persoon of het platformbeheer kan hem wissen
erasure-why-map-reports = de melding blijft om de kaart te verbeteren, zonder het adres van de persoon
erasure-why-record-history = de geschiedenis van het dossier blijft, zonder de naam van de persoon
erasure-why-signatures = de organisatie heeft ondertekend: de ondertekening blijft, op naam van "een vertegenwoordiger van de organisatie", met de vingerafdruk van de ondertekende tekst
erasure-why-seats = de zetel behoort toe aan de organisatie: hij blijft, zonder de naam van de persoon
erasure-why-attendance = de notulen en het aantal aanwezigen blijven juist: de aanwezigheid blijft, zonder naam of adres
erasure-why-signals = het signaal is dat van de organisatie en telt enkel aantallen: het blijft in de cijfers, zonder wie het invoerde
erasure-why-audit = het auditlogboek bewaart wat er gebeurde, zonder naam, adres of IP-adres van de persoon
erasure-title = Persoonsgegevens wissen
erasure-intro = Uw account en wat Socius over u bewaart, worden gewist. Hieronder ziet u, voor u bevestigt, wat verwijderd wordt, wat zonder uw naam blijft en waarom. Dit is definitief.
erasure-intro-contact = Wat uw coördinatie over deze persoon bewaart, wordt gewist. Hieronder ziet u, voor u bevestigt, wat verwijderd wordt, wat zonder haar naam blijft en waarom. Dit is definitief.
erasure-nothing = Niets te wissen.
erasure-removed = Verwijderd
erasure-pseudonymised = Bewaard zonder de naam van de persoon
erasure-kept = Bewaard
erasure-only-coordinator = Deze persoon is de enige coördinator van: { $coordinations }. Duid eerst een andere coördinator aan (pagina Personen) en kom dan terug.
erasure-password = Uw wachtwoord
erasure-password-hint = Om te bevestigen dat u het bent.
erasure-confirm = Mijn account definitief wissen
erasure-confirm-contact = Deze gegevens definitief wissen
flash-account-erased = Uw account en uw persoonsgegevens zijn gewist.
flash-contact-erased = De persoonsgegevens van deze persoon zijn gewist.
representative-of = een vertegenwoordiger van { $organisation }
erased-person = gewiste persoon
pd-email = E-mailadres
pd-display-name = Naam
pd-lang = Taal
pd-created-at = Aangemaakt op
pd-is-platform-admin = Platformbeheer
pd-is-regional-staff = Regionaal team
pd-second-factor = Tweede factor
pd-name = Naam
pd-prefix = Begin van de token
pd-last-used-at = Laatst gebruikt
pd-revoked-at = Ingetrokken op
pd-coordination = Coördinatie
pd-role = Rol
pd-granted-at = Toegekend op
pd-accepted-at = Aanvaard op
pd-organisation = Organisatie
pd-title = Functie
pd-phone = Telefoon
pd-added-at = Toegevoegd op
pd-record-kind = Fiche
pd-status = Status
pd-submitted-at = Voorgesteld op
pd-message = Bericht
pd-share-consent = Stemt in met het delen van de contactgegevens
pd-kind = Soort
pd-version = Versie
pd-signer-name = Ondertekend door
pd-text-hash = Vingerafdruk van de tekst (SHA-256)
pd-signed-at = Ondertekend op
pd-body = Orgaan
pd-starts-on = Sinds
pd-ends-on = Tot
pd-meeting = Vergadering
pd-starts-at = Datum
pd-rsvp = Antwoord
pd-representative = Vertegenwoordigd door
pd-responded-at = Geantwoord op
pd-attendance = Aanwezigheid
pd-walk-in = Zonder uitnodiging gekomen
pd-period-start = Begin van de periode
pd-period-end = Einde van de periode
pd-description = Beschrijving
pd-people-count = Aantal personen
pd-event = Gebeurtenis
pd-actor-label = Door
pd-ip = IP-adres
pd-subject = Onderwerp
pd-sent-at = Verzonden op
processing-title = Wat Socius bewaart
processing-intro = Register van de verwerkingen (AVG, art. 30), opgesteld op basis van de instellingen die Socius voor deze coördinatie toepast.
processing-what = Gegevens
processing-why = Waarom
processing-kept = Hoe lang
processing-who = Wie ze ziet
processing-rights = Iedereen kan zijn gegevens bekijken, downloaden en wissen via "Mijn account", of ze opvragen bij de coördinatie.
processing-accounts = Accounts: naam, e-mailadres, taal, wachtwoord (versleuteld), tweede factor
processing-accounts-why = Aanmelden en de berichten van het netwerk ontvangen
processing-accounts-who = De persoon; de coördinatoren voor de personen van hun coördinatie
processing-sign-ins = Aanmeldingen en wijzigingen (auditlogboek), met het IP-adres
processing-sign-ins-why = Veiligheid en traceerbaarheid van beslissingen
processing-sign-ins-who = De coördinatoren; het platformbeheer
processing-contacts = Contactpersonen van de lidorganisaties en hun toestemming om te delen
processing-contacts-why = Het netwerk laten leven: uitnodigingen, observatorium, ledenlijst
processing-contacts-who = De coördinatoren; de andere leden als de persoon ermee instemt
processing-applications = Geweigerde lidmaatschapsaanvragen
processing-applications-why = Een eventuele betwisting beantwoorden
processing-applications-who = De coördinatoren
processing-meetings = Uitnodigingen, antwoorden en aanwezigheden op vergaderingen
processing-meetings-why = Vergaderingen organiseren en er notulen van bijhouden
processing-meetings-who = De leden van het orgaan; gepubliceerde notulen, volgens hun verspreiding
processing-signals = Signalen aan het observatorium (aantallen, nooit namen)
processing-signals-why = De sociale diagnose van het grondgebied opstellen
processing-signals-who = De coördinatoren; het publiek ziet samengevoegde cijfers, nooit kleine aantallen
processing-mail = Door Socius verzonden e-mails
processing-mail-why = Hun bezorging opvolgen
processing-mail-who = Het platformbeheer
processing-map = Contactpersonen van de sociale kaart
processing-map-why = Het publiek naar de diensten doorverwijzen
processing-map-who = Iedereen (de sociale kaart is openbaar)
processing-sessions = Aanmeldsessies
processing-sessions-why = Aangemeld blijven
processing-sessions-who = Niemand
retention-until-erased = Tot de account gewist wordt
retention-while-member = Zolang de organisatie lid is, of tot ze gewist worden
retention-with-minutes = Met de notulen; zonder naam of adres na een wissing
retention-figures = In de cijfers, zonder wie ze invoerde na een wissing
retention-until-changed = Tot de fiche verandert
retention-sessions = Tot het afmelden of het verlopen van de sessie
retention-months = { $count ->
    [one] { $count } maand
   *[other] { $count } maanden
}
retention-days = { $count ->
    [one] { $count } dag (de tekst; onderwerp en bezorging blijven)
   *[other] { $count } dagen (de tekst; onderwerp en bezorging blijven)
}
retention-title = Bewaartermijnen
retention-intro = Socius wist zelf wat zijn tijd gehad heeft. De pagina "Privacy" toont deze termijnen aan het publiek.
retention-refused-months = Geweigerde lidmaatschapsaanvragen (in maanden)
retention-refused-months-hint = Van 1 tot 120 maanden; standaard 12.
retention-mail-days = Tekst van bezorgde e-mails (in dagen)
retention-mail-days-hint = Van 7 tot 3650 dagen; standaard 90. Onderwerp, ontvanger en bezorging blijven.
platform-settings-ip-months = IP-adressen van het auditlogboek (in maanden)
platform-settings-ip-months-hint = Van 1 tot 60 maanden; standaard 12.
people-account = Account
people-locked = Vergrendeld
people-lock = Vergrendelen
people-unlock = Ontgrendelen
people-lock-title = Een account vergrendelen
people-lock-question = Het account van { $name } vergrendelen?
people-lock-effects = De persoon wordt overal afgemeld, haar API-tokens en agenda-abonnementen worden ingetrokken en ze kan zich niet meer aanmelden tot het account ontgrendeld wordt. Er wordt niets gewist.
people-lock-confirm = Account vergrendelen
flash-account-locked = Het account is vergrendeld: de persoon is overal afgemeld.
flash-account-unlocked = Het account is ontgrendeld: de persoon kan zich opnieuw aanmelden.
people-handover = Overdragen
handover-title = Overdracht
handover-intro = Wat deze persoon in de coördinatie beheert, gaat naar haar opvolger: de openstaande opvolgacties uit de notulen (en, zodra die modules bestaan, de indicatoren, projecten, dossiers en campagnes). Kies wie overneemt; u ziet wat overgaat voor u bevestigt.
handover-successor = Wie neemt over
handover-choose = Bekijken wat overgaat
handover-preview = Wat naar { $name } overgaat
handover-nothing = Er is niets over te dragen.
handover-confirm = Alles overdragen aan { $name }
handover-open-actions = Openstaande opvolgacties
flash-handed-over = De overdracht is gebeurd: wat de persoon beheerde, is overgedragen.
account-name = Uw naam
account-name-hint = Zoals de andere mensen van het netwerk hem zullen zien.
coordinations-admin-title = Coördinaties
coordinations-new = Nieuwe coördinatie
coordinations-create = De coördinatie aanmaken
coordinations-identity = Identiteit en contactgegevens
coordinations-slug = Adres in Socius
coordinations-slug-hint = Het einde van de adressen van haar pagina's, bijvoorbeeld "koekelberg": kleine letters, cijfers en koppeltekens. Het verandert daarna niet meer.
coordinations-names = Namen
coordinations-own-name = Eigen naam (facultatief)
coordinations-own-name-hint = De naam waaronder het netwerk bekend is, bijvoorbeeld "Koecoon".
coordinations-municipality = Gemeente
coordinations-address-fr = Adres in het Frans
coordinations-address-nl = Adres in het Nederlands
coordinations-hours-fr = Openingsuren in het Frans
coordinations-hours-nl = Openingsuren in het Nederlands
coordinations-hours-hint = Bijvoorbeeld: maandag tot vrijdag, van 9 tot 12 uur.
coordination-office-hours = Openingsuren
error-slug-taken = Een coördinatie gebruikt dit adres al.
error-municipality-unknown = Kies een van de 19 Brusselse gemeenten.
error-try-again = Probeer het zo meteen opnieuw.
flash-coordination-created = De coördinatie is aangemaakt. Vul haar identiteit aan en geef daarna de coördinatorrol aan een eerste persoon (pagina Personen).
nav-coordinations = Coördinaties
nav-identity = Identiteit
coordinations-look = Uitzicht
coordinations-accent = Accentkleur (facultatief)
coordinations-accent-hint = Hexadecimaal, bijvoorbeeld #2d6a3e: de banner gebruikt ze met witte tekst, dus ze moet donker genoeg zijn. Leeg: het blauw van Socius.
error-colour-invalid = Schrijf de kleur hexadecimaal, bijvoorbeeld #2d6a3e.
error-colour-contrast = Deze kleur is te licht: witte tekst zou er niet leesbaar op zijn (contrast lager dan 4,5:1). Kies een donkerdere tint.
erasure-last-admin = U bent de laatste platformbeheerder: duid eerst een andere beheerder aan.

## Public pages and content blocks
page-mission = Missie en doelstellingen
page-actions = Wat we doen
page-history = Onze geschiedenis
page-how-we-work = Hoe we werken
page-how-to-join = Hoe word je lid
pages-title = Openbare pagina's
pages-intro = De teksten van uw openbare website, in het Frans en het Nederlands. Een pagina die niet geschreven is, wordt niet aan het publiek getoond; een ontbrekende vertaling wordt hier en op de pagina gemeld.
pages-page = Pagina
pages-state = Stand
pages-updated = Laatst gewijzigd
pages-actions = Acties
pages-not-written = Nog niet geschreven
pages-written = In beide talen geschreven
pages-default-text = Tekst voorgesteld door Socius
pages-history = Geschiedenis
pages-no-revision = Deze pagina werd nog niet opgeslagen.
pages-current = online versie
pages-show-text = Tekst tonen
pages-restore = Deze versie terugzetten
pages-restore-confirm = Deze versie vervangt de online tekst. De huidige tekst blijft in de geschiedenis.
flash-page-restored = De gekozen versie staat weer online.
hint-markdown = Eén regel per alinea. Opmaak: **vet**, *cursief*, "- " vooraan een regel voor een lijst, [tekst van de link](https://…), "## " voor een tussentitel.
coordination-become-member = Lid worden
coordination-about = Wie zijn we
coordination-next-meetings = Volgende openbare vergaderingen
coordination-no-public-meeting = Er is momenteel geen openbare vergadering aangekondigd.
coordination-public-feed = De openbare vergaderingen aan mijn agenda toevoegen (.ics)
coordination-groups = Onze werkgroepen
coordination-observatory-intro = De behoeften en het niet-gebruik van rechten die onze partners vaststellen, in cijfers.
coordination-observatory-latest = Laatst gepubliceerde ronde: { $name }.
coordination-observatory-organisations = { $count ->
    [one] door { $count } organisatie
   *[other] door { $count } organisaties
}
coordination-observatory-link = De gepubliceerde cijfers bekijken
coordinations-logo = Logo
coordinations-logo-of = Logo van { $coordination }
coordinations-logo-add = Een logo toevoegen
coordinations-logo-replace = Het logo vervangen
coordinations-logo-hint = PNG, JPEG of WebP, hoogstens 2 MB. Socius tekent het opnieuw als PNG van hoogstens 480 × 240 pixels; SVG-bestanden worden niet aanvaard.
coordinations-logo-send = Het logo versturen
coordinations-logo-remove = Het logo verwijderen
coordinations-logo-remove-confirm = Het logo verdwijnt uit de kop van uw pagina's. U kunt later een ander versturen.
flash-logo-saved = Het logo is opgeslagen.
flash-logo-removed = Het logo is verwijderd.
error-logo-type = Kies een PNG-, JPEG- of WebP-afbeelding (SVG-bestanden worden niet aanvaard).
error-logo-unreadable = Deze afbeelding kan niet gelezen worden: sla ze opnieuw op als PNG of JPEG.
error-logo-too-large = Dit bestand is groter dan 2 MB: kies een lichtere afbeelding.
error-logo-empty = Kies een afbeeldingsbestand.
partners-title = Onze partners
partners-intro = De lidorganisaties van de coördinatie die ermee instemden hier te verschijnen, met hun thema's en hun fiche op de sociale kaart.
partners-search = Een organisatie zoeken
partners-all-themes = Alle thema's
partners-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
partners-count-total = { $count ->
    [one] van { $count }
   *[other] van { $count }
}
partners-none = Er staat nog geen lidorganisatie op de lijst.
partners-none-found = Geen enkele partner past bij deze zoekopdracht.
partners-show-all = Alle partners tonen
partners-listing = Openbare lijst van partners
partners-listed = Onze organisatie staat op de openbare lijst van partners van de coördinatie (haar naam, thema's en fiche op de sociale kaart; nooit de naam van een persoon).
partners-listed-for = Deze organisatie staat op de openbare lijst van partners (haar toestemming, die ze ook zelf kan wijzigen).
flash-partner-listed = De organisatie staat op de lijst van partners.
flash-partner-unlisted = De organisatie staat niet meer op de lijst van partners.
coordination-partners-intro = De sociale en gezondheidsorganisaties die het netwerk doen leven.
coordination-partners-link = Onze partners bekijken
calendar-title = Openbare agenda
calendar-months = Maanden van de agenda
calendar-previous = ← Vorige maand
calendar-next = Volgende maand →
calendar-empty = Geen openbare vergadering deze maand.
calendar-cancelled = Geannuleerd
calendar-subscribe = Op de agenda abonneren
calendar-subscribe-intro = De openbare vergaderingen verschijnen in uw agenda en worden er vanzelf bijgewerkt.
calendar-webcal = Abonneren in mijn agenda
calendar-ics = Het .ics-bestand downloaden
calendar-back = ← Terug naar de agenda
calendar-when = Wanneer
calendar-where = Waar
calendar-duration = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
calendar-agenda = Agenda
calendar-agenda-empty = De agenda wordt binnenkort gepubliceerd.
calendar-decisions = Beslissingen
home-what = In elk van de 19 Brusselse gemeenten leidt het OCMW een sociale coördinatie: het netwerk van de openbare en private sociale en gezondheidsorganisaties van de gemeente.
home-what-more = Ze leren elkaar er kennen en verwijzen naar elkaar door, sporen samen behoeften en niet-gebruik van rechten op, en doen voorstellen aan de overheden. Hun sociale kaart helpt iedereen de juiste dienst te vinden.
home-search-label = Hulp zoeken in het hele Gewest
region-search-title = Zoeken op de sociale kaarten
region-search-count = { $count ->
    [0] Geen dienst gevonden
    [one] { $count } dienst gevonden
   *[other] { $count } diensten gevonden
}
region-search-none = Probeer een ander woord, of zoek op de sociale kaart van een gemeente.
region-search-all = { $count ->
    [one] De dienst bekijken
   *[other] De { $count } diensten bekijken
}
todo-title = Te doen
todo-nothing = Er wacht momenteel niets.
todo-applications = { $count ->
    [one] { $count } lidmaatschapsaanvraag te bekijken
   *[other] { $count } lidmaatschapsaanvragen te bekijken
}
todo-changes = { $count ->
    [one] { $count } wijziging van de sociale kaart goed te keuren
   *[other] { $count } wijzigingen van de sociale kaart goed te keuren
}
todo-reports = { $count ->
    [one] { $count } gemelde fout op de sociale kaart
   *[other] { $count } gemelde fouten op de sociale kaart
}
todo-proposals = { $count ->
    [one] { $count } agendapunt voorgesteld door een lid
   *[other] { $count } agendapunten voorgesteld door leden
}
todo-stale = { $count ->
    [one] { $count } fiche van de sociale kaart al een jaar niet nagekeken
   *[other] { $count } fiches van de sociale kaart al een jaar niet nagekeken
}
todo-sign-again = Het charter of het huishoudelijk reglement is gewijzigd: uw organisatie moet het opnieuw ondertekenen.
todo-sign-again-link = Lezen en ondertekenen
todo-body-meetings = Volgende vergaderingen van uw organen
todo-record = Uw fiche op de sociale kaart
todo-record-verified = Laatst bevestigd op { $date }.
todo-record-never = Ze werd nog nooit bevestigd.
todo-record-stale = Ze is meer dan een jaar oud: kijk ze na en werk ze bij.
todo-record-edit = Fiche bekijken en wijzigen
todo-next-meeting = Volgende vergadering
todo-no-meeting = Er is geen vergadering gepland.
todo-rounds = Lopende inzamelingen van het observatorium
todo-round-answered = { $reported } organisaties hebben geantwoord
todo-deadline = tot { $date }
todo-invitations = Uitnodigingen te beantwoorden
todo-no-invitation = U hebt al uw uitnodigingen beantwoord.
todo-report = De vastgestelde behoeften melden
nav-menu = Menu
governance-title = Onze organen
governance-intro = De organen van de coördinatie, wat ze doen en wie erin zetelt. Organisaties worden genoemd als ze ermee instemden bij onze partners te verschijnen; personen worden nooit genoemd.
governance-none = De organen van de coördinatie worden hier binnenkort voorgesteld.
governance-open = open voor alle leden
governance-plenary = Alle lidorganisaties zetelen erin.
governance-chair = Voorzitterschap: { $organisation }
governance-others = { $count ->
    [one] en { $count } andere zetel (een persoon of een niet-vermelde organisatie)
   *[other] en { $count } andere zetels (personen of niet-vermelde organisaties)
}
governance-charter = Handvest en huishoudelijk reglement

## Gepubliceerde documenten
documents-title = Documenten
documents-signed = Wat leden ondertekenen
documents-published = Documenten gepubliceerd door de coördinatie
documents-none = De coördinatie heeft nog geen documenten gepubliceerd.
documents-remove-confirm = „{ $name }” van de site halen? Het bestand wordt verwijderd; het auditlogboek bewaart de naam.
documents-publish = Een document publiceren
documents-publish-hint = Jaarverslag, folder, statuten… Iedereen kan het op deze pagina zien. Geef het een titel in het Frans en in het Nederlands.
documents-title-fr = Titel in het Frans
documents-title-nl = Titel in het Nederlands
documents-file = Bestand
documents-file-hint = PDF, ODF (LibreOffice), Office, PNG- of JPEG-afbeelding, tekst of CSV; hoogstens 10 MB.
documents-publish-button = Document publiceren
flash-document-published = Het document is gepubliceerd.
flash-document-removed = Het document is van de site gehaald.
personal-data-published-documents = Documenten die u publiceerde
erasure-why-published-document = het document blijft gepubliceerd, zonder de naam van wie het opgeladen heeft

# Minutes as one form; decisions with a subject; owners of actions; corrections (issue 15)
minutes-one-form-hint = De hele pagina is één formulier: notities, beslissingen en acties worden samen bewaard, en elke stap bewaart eerst wat u getypt hebt.
minutes-other-business = Andere beslissingen en acties
minutes-decision-number = Beslissing nr. { $number }
minutes-decision-subject = Bekijken waarop ze betrekking heeft
minutes-decision-at-approval = ze gaat in bij de goedkeuring van het verslag
minutes-decision-remove = Deze beslissing verwijderen
minutes-action = Actie
minutes-action-what = Wat er moet gebeuren
minutes-action-owner-hint = Iemand van de coördinatie of van de vergadering krijgt een e-mail, en een herinnering voor de vervaldatum.
minutes-action-owner-other = Iemand anders (schrijf de naam hieronder)
minutes-action-owner-name = Naam van de verantwoordelijke, als die niet in de lijst staat
minutes-action-remove = Deze actie verwijderen
minutes-change-note = Wat deze verbetering verandert
minutes-change-note-hint = Deze tekst gaat mee met de nieuwe versie die de ontvangers van het verslag krijgen.
minutes-send-button = Bewaren en versturen
minutes-approve-button = Bewaren en goedkeuren
minutes-publish-button = Bewaren en publiceren
minutes-correct = Een verbetering publiceren
minutes-correct-button = De verbetering publiceren
minutes-correct-confirm = { $count ->
    [0] Niemand krijgt de verbetering: geen enkele genodigde heeft een e-mailadres.
    [one] { $count } genodigde krijgt de nieuwe versie per e-mail, met de pdf en wat de verbetering verandert.
   *[other] { $count } genodigden krijgen de nieuwe versie per e-mail, met de pdf en wat de verbetering verandert.
}
minutes-version = versie { $version }
minutes-versions = Gepubliceerde versies
flash-minutes-approved = Het verslag is goedgekeurd. { $count ->
    [0] De beslissingen zijn van kracht.
    [one] De beslissingen zijn van kracht; { $count } ervan is uitgevoerd op waar ze over gaat.
   *[other] De beslissingen zijn van kracht; { $count } ervan zijn uitgevoerd op waar ze over gaan.
}
error-correction-step = Het verslag is gepubliceerd: een wijziging wordt als verbetering gepubliceerd. Beschrijf ze en klik dan op ‘Een verbetering publiceren’.
error-minutes-closed = Het verslag van deze vergadering is goedgekeurd en verandert niet meer. Een volgende vergadering kan een nieuwe beslissing nemen.
error-decision-pending = Een beslissing hierover wacht al op de goedkeuring van een verslag.
mail-minutes-corrected-subject = Verslag verbeterd (versie { $version }): { $name }
mail-minutes-corrected-body = Het verslag van ‘{ $name }’ ({ $date }) is verbeterd; versie { $version } zit als pdf in de bijlage. Dit verandert er:
mail-action-heading = De actie
mail-action-due-line = Uiterlijk op: { $due }
action-no-due-date = geen vervaldatum
mail-action-given-subject = U krijgt een actie: { $description }
mail-action-given-body = Op ‘{ $meeting }’ ({ $date }) kreeg u deze actie toevertrouwd.
mail-action-reminder-subject = Herinnering: ‘{ $description }’ uiterlijk op { $due }
mail-action-reminder-body = De actie die ‘{ $meeting }’ ({ $date }) u toevertrouwde, vervalt binnenkort. Is ze klaar, laat het de coördinatie dan weten.
decision-membership-admit = { $organization } wordt als lid toegelaten.
decision-membership-refuse = De kandidatuur van { $organization } wordt geweigerd.
decision-membership-suspend = Het lidmaatschap van { $organization } wordt geschorst.
decision-membership-end = Het lidmaatschap van { $organization } wordt beëindigd.
decision-membership-reinstate = { $organization } wordt opnieuw als lid opgenomen.
decision-subject-membership = lidmaatschap
members-decided-at = Beslissingen van vergaderingen
members-decision-in-force = van kracht sinds { $date }
members-decision-pending = gaat in bij de goedkeuring van het verslag
members-meeting-none = Geen: de beslissing gaat nu in
flash-decision-proposed = De beslissing staat in het verslag van de vergadering; ze gaat in bij de goedkeuring ervan.
personal-data-actions = Acties die verslagen u toevertrouwden
erasure-why-action-owner = de actie blijft in het verslag van de vergadering, zonder naam of adres van de verantwoordelijke
rounds-undelivered = { $count ->
    [one] Een bericht van een ronde kon na verschillende pogingen niet worden afgeleverd. Controleer het adres:
   *[other] { $count } berichten van de rondes konden na verschillende pogingen niet worden afgeleverd. Controleer deze adressen:
}
minutes-decision-of = beslissing nr. { $number } van { $date }
minutes-decision-supersedes = Vervangt een geldende beslissing
minutes-decision-supersedes-hint = Een goedgekeurde beslissing verandert niet meer: een nieuwe beslissing vervangt ze.
minutes-decision-supersedes-none = Vervangt geen beslissing
minutes-decision-replaces = Vervangt
minutes-decision-replaced-by = Vervangen door
members-confirm-admit = { $organization } wordt lid: de fiche komt op de sociale kaart en de hoofdcontactpersoon wordt uitgenodigd om een account aan te maken.
members-confirm-refuse = De kandidatuur van { $organization } wordt geweigerd; de hoofdcontactpersoon krijgt de reden per e-mail.
members-confirm-suspend = Het lidmaatschap van { $organization } wordt geschorst: de contactpersonen hebben geen toegang meer tot de ledenruimte; de hoofdcontactpersoon wordt per e-mail verwittigd.
members-confirm-end = { $organization } is geen lid meer: de contactpersonen verliezen de toegang tot de ledenruimte; de hoofdcontactpersoon wordt per e-mail verwittigd.
members-confirm-reinstate = { $organization } wordt opnieuw lid: de contactpersonen krijgen weer toegang tot de ledenruimte.
members-confirm-meeting = Kiest u een vergadering, dan komt de beslissing in haar verslag en gaat ze in bij de goedkeuring ervan.
mine-leave-what = Uw organisatie is dan geen lid meer: de contactpersonen verliezen de toegang tot de ledenruimte en de vergaderingen, en de coördinatie wordt verwittigd. Opnieuw kandidaat zijn blijft mogelijk.
rounds-remind-confirm = De lidorganisaties die in deze ronde nog niets gemeld hebben, krijgen een herinnering per e-mail.
rounds-close-confirm = De partners kunnen in deze ronde niets meer melden; ze kan heropend worden.
rounds-publish-confirm = De cijfers van de ronde worden openbaar op de website van de coördinatie, met de kleine groepen verborgen.
member-status-tab-applicant = Aanvragen
member-status-tab-member = Leden
member-status-tab-suspended = Geschorst
member-status-tab-former = Oud-leden
member-status-tab-refused = Geweigerd
member-event-applicant = Kandidatuur ontvangen
member-event-member = Toegelaten
member-event-suspended = Geschorst
member-event-former = Lidmaatschap beëindigd
member-event-refused = Geweigerd
