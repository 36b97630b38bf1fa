# Socius — French (fr). Every key here exists in nl and en too (a test checks).

greeting = Bonjour { $name }

## Navigation and layout
skip-to-content = Aller au contenu
nav-languages = Langues
nav-main = Navigation principale
nav-home = Accueil
nav-login = Se connecter
nav-logout = Se déconnecter
nav-member-area = Espace membres
nav-people = Personnes et rôles
nav-audit = Journal d'audit
nav-outbox = Courriels sortants
footer-accessibility = Accessibilité
footer-privacy = Vie privée
footer-all-coordinations = Toutes les coordinations sociales
footer-about = Socius, le logiciel libre des coordinations sociales des CPAS bruxellois.

## Common actions, fields and lists
action-save = Enregistrer
action-cancel = Annuler
action-edit = Modifier
action-filter = Filtrer
column-actions = Actions
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-confirm-password = Confirmez le nouveau mot de passe
field-current-password = Mot de passe actuel
field-name = Nom
field-role = Rôle
field-language = Langue
field-phone = Téléphone
field-address = Adresse
field-website = Site web
field-body-fr = Texte en français
field-body-nl = Texte en néerlandais
field-token-name = Nom du jeton
hint-password = Au moins 8 caractères. Une phrase de passe longue est la bienvenue ; les mots de passe trop courants sont refusés.
hint-paragraphs = Une ligne par paragraphe.
hint-token-name = Pour vous souvenir de son usage, par exemple « script de rapport ».
form-error-summary = Le formulaire contient des erreurs
list-total = { $count } résultat(s)
pager-label = Pagination
pager-previous = Page précédente
pager-next = Page suivante
pager-position = Page { $page }
content-not-translated = Ce texte n'est pas encore disponible dans votre langue.
content-missing-translation = Traduction manquante : { $language }
content-updated = Mis à jour le { $date }

## Roles
role-coordinator = Coordinateur·rice
role-member = Membre
role-steering = Membre du comité de pilotage
role-platform-admin = Administrateur·rice de la plateforme

## Errors
error-not-found = Page introuvable
error-forbidden = Vous n'avez pas accès à cette page.
error-unauthenticated = Veuillez vous connecter pour continuer.
error-csrf = Le formulaire a expiré ou ne vient pas de ce site. Rechargez la page et réessayez.
error-rate-limited = Trop de tentatives. Patientez une minute avant de réessayer.
error-bad-request = La demande n'a pas pu être comprise.
error-method = Cette action n'est pas possible sur cette page.
error-too-large = Les données envoyées sont trop volumineuses.
error-invalid = Certaines données sont invalides.
error-internal = Une erreur inattendue s'est produite. Elle a été enregistrée ; réessayez plus tard.
error-code = Code d'erreur
error-back-home = Retour à l'accueil
error-required = Ce champ est obligatoire.
error-too-long = Ce texte est trop long.
error-email-invalid = Saisissez une adresse e-mail valide, par exemple nom@exemple.be.
error-lang-invalid = Choisissez le français, le néerlandais ou l'anglais.
error-slug-invalid = Utilisez de 2 à 40 lettres minuscules, chiffres ou tirets.
error-slug-reserved = Ce nom est réservé ; choisissez-en un autre.
error-kbo-invalid = Un numéro d'entreprise compte 10 chiffres, par exemple 0417.497.106.
error-kbo-checksum = Ce numéro d'entreprise n'existe pas : ses chiffres de contrôle ne correspondent pas.
error-role-invalid = Choisissez un rôle dans la liste.
error-password-short = Le mot de passe doit compter au moins 8 caractères.
error-password-long = Le mot de passe est trop long.
error-password-common = Ce mot de passe est trop courant ; choisissez-en un autre.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-password-wrong = Le mot de passe actuel est incorrect.
error-login-failed = Adresse e-mail ou mot de passe incorrect.
error-one-language-required = Écrivez le texte dans au moins une des deux langues.

## Flash messages
flash-saved = Les modifications ont été enregistrées.
flash-reset-sent = Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d'y être envoyé.
flash-password-set = Votre mot de passe a été enregistré. Vous pouvez vous connecter.
flash-password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
flash-token-revoked = Le jeton a été révoqué.
flash-role-granted = Le rôle a été attribué.
flash-role-already = Cette personne avait déjà ce rôle.
flash-role-revoked = Le rôle a été retiré.
flash-cannot-revoke-self = Vous ne pouvez pas retirer votre propre rôle de coordinateur·rice.

## Home
home-title = Les coordinations sociales
home-intro = Choisissez la coordination sociale de votre commune.
home-empty = Aucune coordination sociale n'est encore enregistrée.
coordination-title = Accueil
coordination-intro = Le réseau des organisations sociales et de santé de { $municipality }.
coordination-contact = Contact
coordination-member-login = Connexion des membres
dashboard-welcome = Bienvenue, { $name }.
dashboard-roles = Vos rôles dans cette coordination
dashboard-shortcuts = Raccourcis

## Accounts
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
forgot-title = Mot de passe oublié
forgot-intro = Indiquez votre adresse e-mail : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le mot de passe
reset-invalid-title = Ce lien n'est plus valable
reset-invalid-body = Le lien a déjà été utilisé ou a expiré.
reset-invalid-again = Demander un nouveau lien
account-title = Mon compte
account-roles = Mes coordinations
account-language = Langue
account-language-label = Langue des pages et des e-mails
account-password = Mot de passe
account-password-submit = Changer le mot de passe
account-tokens = Jetons d'API
account-tokens-intro = Un jeton permet à un script d'utiliser l'API avec vos droits. Gardez-le secret.
account-tokens-none = Vous n'avez aucun jeton.
account-token-created = Voici votre nouveau jeton. Copiez-le maintenant : il ne sera plus jamais affiché.
account-token-prefix = Début du jeton
account-token-created-at = Créé le
account-token-used-at = Dernière utilisation
account-token-revoke = Révoquer « { $name } »
account-token-create = Créer un jeton

## People
people-title = Personnes et rôles
people-empty = Personne n'a encore de rôle dans cette coordination.
people-roles = Rôles
people-revoke = Retirer
people-add = Attribuer un rôle
people-add-intro = Si la personne n'a pas encore de compte, elle recevra une invitation par e-mail, dans la langue choisie.
people-add-submit = Attribuer le rôle
people-revoke-title = Retirer un rôle
people-revoke-question = Retirer ce rôle à { $name } ?
people-revoke-confirm = Oui, retirer le rôle

## Audit
audit-title = Journal d'audit
audit-filter-event = Événement (par exemple role.granted)
audit-empty = Aucun événement enregistré.
audit-when = Quand
audit-who = Qui
audit-event = Événement
audit-record = Élément
audit-before = Avant
audit-after = Après

## Outbox
outbox-title = Courriels sortants
outbox-intro = Tous les e-mails passent par cette file. Sans serveur SMTP configuré, ils y restent et peuvent être lus ici.
outbox-status = Statut
outbox-status-all = Tous
outbox-status-pending = En attente
outbox-status-sent = Envoyé
outbox-status-failed = Échec
outbox-empty = Aucun message.
outbox-created = Créé
outbox-sent = Envoyé le
outbox-recipient = Destinataire
outbox-subject = Objet
outbox-attempts = Tentatives
outbox-attachment = Pièce jointe
outbox-body = Contenu (texte)
outbox-no-attempts = Aucune tentative d'envoi.
outbox-worker = Processus
outbox-result = Résultat
outbox-back = Retour aux courriels sortants

## Statements
accessibility-title = Déclaration d'accessibilité
privacy-title = Vie privée
accessibility-platform-body =
    Socius veut être accessible à tous et vise la conformité au niveau AA des WCAG 2.1 (norme EN 301 549).
    Chaque page fonctionne sans JavaScript, au clavier et avec un lecteur d'écran ; chaque version est vérifiée automatiquement avec axe-core dans un navigateur réel.
    Si vous rencontrez un obstacle, contactez la coordination sociale concernée (voir sa propre déclaration d'accessibilité) : elle vous répondra et vous proposera l'information sous une autre forme.
    Si la réponse ne vous satisfait pas, vous pouvez vous adresser au médiateur de la Région de Bruxelles-Capitale.
privacy-platform-body =
    Socius ne conserve que les données nécessaires au fonctionnement des coordinations sociales : nom, adresse e-mail, langue et rôles des personnes qui ont un compte, et le journal des actions (qui a fait quoi, quand).
    Aucune donnée concernant les bénéficiaires n'y est enregistrée : les signalements de besoins ne contiennent que des nombres et des descriptions.
    Les journaux de connexion sont conservés un an, les comptes aussi longtemps que la personne participe à une coordination.
    Pour consulter, corriger ou supprimer vos données, adressez-vous à la coordination sociale de votre commune ou au délégué à la protection des données de son CPAS.
accessibility-default =
    { $coordination } veut rendre ce site accessible à tous, conformément au niveau AA des WCAG 2.1.
    Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous à { $email } : nous vous répondrons et vous fournirons l'information sous une autre forme.
    Si notre réponse ne vous satisfait pas, vous pouvez introduire une plainte auprès du médiateur de la Région de Bruxelles-Capitale.
privacy-default =
    { $coordination } traite les données de contact des personnes qui participent à la coordination sociale (nom, adresse e-mail, organisation, langue) pour organiser ses réunions et ses échanges.
    Les coordonnées ne sont partagées avec les autres membres qu'avec l'accord de la personne concernée. Aucune donnée sur les bénéficiaires n'est enregistrée.
    Pour consulter, corriger ou supprimer vos données, écrivez à { $email }.

## Emails
mail-greeting = Bonjour { $name },
mail-signature = L'équipe de la coordination sociale
mail-footer = Ce message a été envoyé par Socius, le logiciel des coordinations sociales des CPAS bruxellois.
mail-reset-subject = Choisissez un nouveau mot de passe
mail-reset-body = Vous avez demandé à choisir un nouveau mot de passe pour votre compte Socius.
mail-reset-expiry = Ce lien est valable deux heures et ne peut servir qu'une fois.
mail-reset-ignore = Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
mail-reset-action = Choisir un nouveau mot de passe
mail-invite-subject = Invitation : { $coordination }
mail-invite-body = Vous avez reçu le rôle « { $role } » dans { $coordination }. Choisissez un mot de passe pour activer votre compte.
mail-invite-expiry = Ce lien est valable sept jours.
mail-invite-action = Activer mon compte
mail-demo-welcome = Bienvenue dans la démonstration de Socius. Ce message n'a pas été envoyé : il attend dans la file des courriels sortants.

## Social map
nav-map = Répertoire social
coordination-map-link = Chercher de l'aide dans le répertoire social
map-title = Répertoire social
map-intro = Qui peut vous aider, où et quand : les services des organisations sociales et de santé de la commune.
map-search-label = Que cherchez-vous ?
map-search-hint = Par exemple : logement, colis alimentaire, dettes, médecin.
map-search-submit = Chercher
map-clear-all = Tout effacer
map-clear = Retirer ce filtre
map-results = { $count } service(s)
map-no-results = Aucun service ne correspond. Essayez un autre mot ou retirez un filtre.
map-sort = Trier par :
map-sort-relevance = pertinence
map-sort-name = nom
map-sort-verified = vérification la plus récente
map-refine = Affiner
map-facet-open = Ouverture
map-open-now = Ouvert maintenant
map-facet-theme = Thème
map-facet-municipality = Commune
map-facet-basin = Bassin d'aide et de soins
map-facet-target = Public
map-facet-language = Langues parlées
map-guide-link = Version imprimable (guide)
map-back = Retour au répertoire
service-hours = Heures d'ouverture
service-open-now = Ouvert maintenant
service-by-appointment = Sur rendez-vous.
service-closed-from = Fermé du
service-address = Adresse
service-transport = Comment s'y rendre :
service-accessibility = Accessibilité :
service-contact = Contact
service-eligibility = Conditions
service-fees = Coût
service-application = Comment s'inscrire
service-verified = Informations vérifiées le { $date }
organization-legal-status = Statut
organization-kbo = Numéro d'entreprise
organization-services = Services
organization-no-services = Cette organisation n'a pas encore de service dans le répertoire.
organization-locations = Adresses
guide-title = Guide social
guide-printed = Version du { $date }
guide-truncated = Ce guide ne montre que les 300 premiers services : choisissez un thème pour l'imprimer en entier.
hours-closed = Fermé
status-active = Actif
status-inactive = Inactif
status-temporarily_closed = Temporairement fermé
weekday-1 = Lundi
weekday-2 = Mardi
weekday-3 = Mercredi
weekday-4 = Jeudi
weekday-5 = Vendredi
weekday-6 = Samedi
weekday-7 = Dimanche
target-children = Enfants
target-youth = Jeunes
target-families = Familles
target-adults = Adultes
target-older-people = Personnes âgées
target-women = Femmes
target-newcomers = Primo-arrivants
target-homeless = Personnes sans abri
target-disabled = Personnes handicapées
spoken-fr = Français
spoken-nl = Néerlandais
spoken-en = Anglais
spoken-ar = Arabe
spoken-es = Espagnol
spoken-pt = Portugais
spoken-tr = Turc
spoken-ro = Roumain
spoken-pl = Polonais
taxonomy-themes-description = Thèmes sociaux et de santé de Socius, communs aux coordinations bruxelloises.
taxonomy-targets-description = Publics auxquels un service s'adresse.
error-hsds-lang = Choisissez la langue fr ou nl.
export-id = Identifiant
export-name-fr = Nom (français)
export-name-nl = Nom (néerlandais)
export-description-fr = Description (français)
export-organization = Organisation
map-exports = Exporter (membres) :
report-title = Signaler une erreur
report-intro = Une information est fausse ou dépassée ? Dites-le nous : la coordination la vérifiera.
report-message = Qu'est-ce qui est incorrect ?
report-message-hint = Par exemple : le numéro de téléphone a changé, le service est fermé le mercredi.
report-email = Votre adresse e-mail (facultatif)
report-email-hint = Seulement si vous acceptez que la coordination vous recontacte.
report-submit = Envoyer
report-link = Signaler une erreur sur cette page
reports-title = Erreurs signalées
reports-empty = Aucune erreur signalée en attente.
reports-resolved = Corrigé
reports-dismissed = Écarter
flash-report-received = Merci ! Votre signalement a été transmis à la coordination.
stale-title = Fiches à vérifier
stale-intro = Ces organisations n'ont pas confirmé leurs informations depuis plus de douze mois.
stale-empty = Toutes les fiches ont été vérifiées au cours des douze derniers mois.
stale-last-verified = Dernière vérification
stale-no-email = Pas d'adresse e-mail
stale-never = Jamais
stale-remind = Envoyer un rappel à chacune
flash-reminders-sent = Les rappels ont été mis dans la file d'envoi.
verify-title = Vos informations sont-elles à jour ?
verify-intro = Vérifiez les services ci-dessous. Si tout est correct, confirmez d'un clic ; sinon, signalez ce qui doit changer.
verify-confirm = Tout est correct, je confirme
verify-invalid = Ce lien de vérification n'est plus valable
flash-verified = Merci ! Les informations sont confirmées.
mail-verify-subject = Vos informations dans le répertoire social : { $organization }
mail-verify-body = { $coordination } publie vos services dans son répertoire social. Merci de vérifier qu'ils sont toujours exacts.
mail-verify-how = Un clic suffit si tout est correct ; sinon, la page vous permet de signaler ce qui a changé.
mail-verify-action = Vérifier mes informations
duplicates-title = Doublons possibles
duplicates-empty = Aucun doublon possible.
duplicates-same-kbo = Même numéro d'entreprise
duplicates-same-name = Même nom à la même adresse
duplicates-merge = Fusionner ces deux fiches
merge-keep = Garder : { $organization }
merge-remove = Fusionner dans la première, puis supprimer : { $organization }
merge-moving = Ces services seront rattachés à la fiche gardée :
merge-confirm = Oui, fusionner
flash-merged = Les fiches ont été fusionnées.
translations-title = Traductions manquantes
translations-empty = Toutes les fiches existent en français et en néerlandais.

## Editing the social map
action-back = Retour
action-remove = Retirer
action-propose = Proposer la modification
answer-yes = Oui
answer-no = Non
field-title = Fonction
field-name-fr = Nom en français
field-name-nl = Nom en néerlandais
field-description-fr = Description en français
field-description-nl = Description en néerlandais
field-legal-status = Statut juridique
field-kbo = Numéro d'entreprise (BCE)
field-social-brussels-id = Identifiant social.brussels
field-street-fr = Rue et numéro en français
field-street-nl = Rue et numéro en néerlandais
field-postcode = Code postal
field-nis-code = Commune
field-latitude = Latitude
field-longitude = Longitude
field-accessibility-fr = Accessibilité en français
field-accessibility-nl = Accessibilité en néerlandais
field-transport-fr = Comment s'y rendre, en français
field-transport-nl = Comment s'y rendre, en néerlandais
field-status = Statut
field-by-appointment = Sur rendez-vous
field-themes = Thèmes
field-target-groups = Publics
field-languages = Langues parlées
field-location-ids = Lieux où le service est offert
field-eligibility-fr = Conditions d'accès en français
field-eligibility-nl = Conditions d'accès en néerlandais
field-fees-fr = Coût en français
field-fees-nl = Coût en néerlandais
field-application-fr = Comment faire la demande, en français
field-application-nl = Comment faire la demande, en néerlandais
field-schedules = Heures d'ouverture
field-closures = Fermetures exceptionnelles et congés
field-starts-on = Du
field-ends-on = Au
field-reason-fr = Motif en français
field-reason-nl = Motif en néerlandais
field-phones = Téléphones
field-contacts = Personnes de contact
hint-legal-status = Par exemple : ASBL, service public, CPAS.
hint-kbo = Dix chiffres, par exemple 0417.497.106.
hint-optional = Facultatif.
hint-coordinate = Facultatif ; en degrés décimaux, par exemple 50,8366.
hint-hours = Une ou plusieurs plages par jour, par exemple « 09:00-12:00, 13:30-17:00 ». Laissez vide un jour de fermeture.
record-title-organization = Modifier l'organisation
record-title-new-organization = Nouvelle organisation
record-title-service = Modifier le service
record-title-new-service = Nouveau service
record-title-location = Modifier le lieu
record-title-new-location = Nouveau lieu
record-needs-approval = Vos modifications seront publiées après validation par la coordination.
record-row = Ligne { $count }
organization-edit = Modifier l'organisation
organization-new = Ajouter une organisation
service-edit = Modifier ce service
service-new = Ajouter un service
location-new = Ajouter un lieu
location-edit = Modifier ce lieu
editors-title = Personnes de contact qui tiennent la fiche à jour
editors-intro = Ces personnes peuvent modifier l'organisation, ses services et ses lieux.
editors-none = Personne pour l'instant.
editors-add-email = Adresse e-mail d'une personne membre de la coordination
editors-add = Ajouter
changes-title = Modifications proposées
changes-setting-approval = Les modifications faites par les organisations membres attendent ma validation
changes-none = Aucune modification en attente.
changes-kind-organization = Organisation
changes-kind-service = Service
changes-kind-location = Lieu
changes-kind-new-organization = Nouvelle organisation
changes-kind-new-service = Nouveau service
changes-kind-new-location = Nouveau lieu
changes-submitted-by = Proposée par { $name }
changes-diff = Champs modifiés
changes-field = Champ
changes-before = Avant
changes-after = Après
changes-reason = Motif (facultatif, conservé dans l'historique)
changes-approve = Valider
changes-reject = Refuser
flash-change-pending = Merci ! Votre modification attend la validation de la coordination.
flash-change-approved = La modification est validée et publiée.
flash-change-rejected = La modification est refusée.
flash-editor-unknown = Aucune personne avec un rôle dans cette coordination n'a cette adresse.
error-url-invalid = Indiquez une adresse web complète, commençant par https://.
error-identifier-invalid = Uniquement des lettres et des chiffres (20 au plus).
error-coordinate-invalid = Indiquez un nombre décimal, par exemple 50,8366.
error-postcode-invalid = Le code postal a quatre chiffres.
error-choice-invalid = Choisissez parmi les options proposées.
error-hours-invalid = Écrivez les plages ainsi : 09:00-12:00, 13:30-17:00 (l'ouverture avant la fermeture).
error-closure-invalid = Chaque fermeture a une date de début valide, et sa fin n'est pas avant son début.
error-phone-invalid = Un numéro de téléphone a de 6 à 15 chiffres.
error-contact-invalid = Chaque personne de contact a un nom, et une adresse e-mail et un téléphone valides s'ils sont indiqués.

## HSDS import
import-title = Importer des données HSDS
import-upload = Fichiers à importer
import-again = Importer à nouveau
import-intro = Socius lit le JSON HSDS 3.0, dont ses propres exports (un fichier par langue, par exemple l'export en français et celui en néerlandais). Les fiches existantes sont mises à jour, les nouvelles créées ; rien n'est supprimé. Faites d'abord un essai : il montre ce qui serait fait sans rien enregistrer.
import-file = Fichiers JSON
import-file-hint = Un ou plusieurs fichiers : une version par langue d'un même annuaire.
import-dry-run = Essai seulement (ne rien enregistrer)
import-submit = Importer
import-report-dry-run = Résultat de l'essai : rien n'a été enregistré
import-report-done = Import terminé
import-created = { $count } à créer ou créée(s)
import-updated = { $count } mise(s) à jour
import-unchanged = { $count } inchangée(s)
import-rejected = { $count } refusée(s)
import-lines = Fiche par fiche
import-kind = Type
import-outcome = Résultat
import-reasons = Raisons et remarques
import-outcome-created = Création
import-outcome-updated = Mise à jour
import-outcome-unchanged = Inchangée
import-outcome-rejected = Refusée
import-warning-schedule = Un horaire dont le jour n'est pas reconnu est ignoré.
import-warning-term = Un terme de taxonomie inconnu est ignoré.
import-warning-location = Un lieu qui n'appartient pas à l'organisation est ignoré.
import-export = Exporter l'annuaire (JSON HSDS)
error-import-format = Ce fichier n'est pas du JSON HSDS que Socius sait lire.
error-import-empty = Le fichier ne contient aucune organisation ni aucun service.
error-import-json = Ce fichier n'est pas du JSON valide.
error-import-unknown-organization = L'organisation de cette fiche n'est ni dans le fichier ni dans l'annuaire, ou elle est refusée.

## PDF guide
guide-pdf = Télécharger le guide en PDF
