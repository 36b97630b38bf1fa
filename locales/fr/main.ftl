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
list-total = { $count ->
    [one] { $n } résultat
   *[other] { $n } résultats
}
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
error-upload-infected = Ce fichier contient un virus : il n'a pas été enregistré.
error-upload-unchecked = Ce fichier n'a pas pu être vérifié contre les virus pour l'instant : réessayez dans quelques minutes.
error-query-invalid = Un paramètre de la demande n'a pas une valeur permise.
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
flash-admitted = { $organization } est désormais membre de la coordination.
flash-admitted-invited = { $organization } est désormais membre de la coordination ; { $person } a reçu une invitation à activer son compte.
flash-reset-sent = Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d'y être envoyé.
flash-password-set = Votre mot de passe a été enregistré. Vous pouvez vous connecter.
flash-password-set-welcome = Votre mot de passe a été enregistré. Bienvenue dans votre espace.
flash-contact-added-invited = Personne de contact ajoutée ; elle a reçu une invitation à activer son compte.
flash-contact-invited = Invitation à activer un compte envoyée.
flash-contact-offered = Cette adresse a déjà un compte : le rôle de membre lui a été proposé.
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
outbox-status-retrying = Nouvel essai prévu
outbox-search = Destinataire
outbox-intro-coordination = Chaque e-mail que la coordination a envoyé : à qui, quand, et s'il est arrivé. Un envoi en échec peut être relancé.
outbox-send-again = Envoyer à nouveau
outbox-send-again-confirm = Renvoyer ce message à { $email } ? Il repart tel quel, aussitôt.
flash-mail-sent-again = Le message repart : il sera envoyé dans un instant.
flash-mail-not-failed = Ce message n'est pas en échec : il n'y a rien à renvoyer.
nav-mail-log = Courriels envoyés
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
mail-tokens-revoked-subject = Vos jetons d'accès à l'API ont été révoqués
mail-tokens-revoked-body = Le mot de passe de votre compte Socius vient d'être réinitialisé. Par précaution, { $count ->
    [one] votre jeton d'accès personnel à l'API a été révoqué
   *[other] vos { $count } jetons d'accès personnels à l'API ont été révoqués
 }, ainsi que votre lien d'agenda privé, et toutes les autres sessions ont été fermées.
mail-tokens-revoked-again = Si vos scripts en ont besoin, créez de nouveaux jetons sous « Mon compte ». Si vous n'avez pas demandé cette réinitialisation, prévenez votre coordination.
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
map-card-today = Aujourd'hui : { $hours }
map-card-closed-today = Fermé aujourd'hui
map-search-submit = Chercher
map-clear-all = Tout effacer
map-clear = Retirer ce filtre
map-results = { $count ->
    [one] { $n } service
   *[other] { $n } services
}
map-no-results = Aucun service ne correspond. Essayez un autre mot ou retirez un filtre.
map-did-you-mean = Essayez plutôt :
map-themes-named-like = Thèmes proches de votre recherche :
map-search-the-region = Chercher ces mots dans les 19 communes
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
service-practical = Infos pratiques
service-without-place = Ce service n'accueille personne dans un lieu (par téléphone, en ligne) : le publier sans lieu
service-open-now = Ouvert maintenant
service-by-appointment = Sur rendez-vous.
service-closed-during = Fermé { $period }
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
guide-filters = Services choisis par
guide-filter-search = Recherche : « { $label } »
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
searches-title = Recherches sur la carte
searches-intro = Ce que les visiteurs de la carte ont cherché sans rien trouver, et les synonymes propres à votre coordination. Rien ne dit qui a cherché.
searches-misses = Recherches sans résultat
searches-misses-empty = Aucune recherche sans résultat pour l'instant.
searches-query = Recherche
searches-count = Fois
searches-last-seen = Dernière fois
searches-actions = Actions
searches-try = Essayer
searches-answer = Y répondre par un synonyme
searches-synonyms = Synonymes de votre coordination
searches-shipped = { $n ->
    [one] Socius connaît déjà { $n } mot courant pour toutes les coordinations (« colis » trouve l'aide alimentaire, par exemple).
   *[other] Socius connaît déjà { $n } mots courants pour toutes les coordinations (« colis » trouve l'aide alimentaire, par exemple).
}
searches-synonyms-empty = Votre coordination n'a pas encore ajouté de synonyme.
searches-synonym = « { $word } » trouve aussi ce que trouve « { $means } »
searches-remove = Retirer
searches-remove-confirm = La recherche « { $word } » ne trouvera plus ce que ce synonyme lui faisait trouver.
searches-word = Mot que les gens tapent
searches-word-hint = Par exemple : colis, docteur, loyer.
searches-means = Mots des services qu'il doit trouver
searches-means-hint = Par exemple : aide alimentaire, médecine générale, logement.
searches-add = Ajouter le synonyme
flash-synonym-added = Synonyme ajouté : la recherche le connaît dès maintenant.
flash-synonym-removed = Synonyme retiré.
error-synonym-same = Écrivez d'autres mots que ceux de la recherche.

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
hint-latitude = Facultatif ; en degrés décimaux, par exemple 50,8366.
hint-longitude = Facultatif ; en degrés décimaux, par exemple 4,3317.
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
error-editor-unknown = Aucune personne avec un rôle dans cette coordination n'a cette adresse.
error-url-invalid = Indiquez une adresse web complète, commençant par https://.
error-identifier-invalid = Uniquement des lettres et des chiffres (20 au plus).
error-coordinate-invalid = Indiquez un nombre décimal, par exemple 50,8366.
error-postcode-invalid = Le code postal a quatre chiffres.
error-choice-invalid = Choisissez parmi les options proposées.
error-changed-meanwhile = Quelqu'un l'a modifié entre-temps : voici ce qui est enregistré maintenant, avec vos changements dans le formulaire. Vérifiez, puis enregistrez à nouveau.
error-control-characters = Ce texte contient des caractères invisibles qui ne peuvent pas être enregistrés ; retapez-le ou collez-le sans mise en forme.
error-number-invalid = Indiquez un nombre entier dans les limites proposées.
error-hours-invalid = Écrivez les plages ainsi : 09:00-12:00, 13:30-17:00 (l'ouverture avant la fermeture).
error-closure-invalid = Chaque fermeture a une date de début valide, et sa fin n'est pas avant son début.
error-phone-invalid = Un numéro de téléphone a de 6 à 15 chiffres.
error-contact-invalid = Chaque personne de contact a un nom, et une adresse e-mail et un téléphone valides s'ils sont indiqués.

## HSDS import
import-title = Importer des données HSDS
import-upload = Fichiers à importer
import-again = Importer à nouveau
import-intro = Socius lit le format HSDS 3.0 sous toutes ses formes : ses propres exports (un fichier par langue, par exemple l'export en français et celui en néerlandais), une organisation ou un service seul avec ce qu'il contient, une page de l'API HSDS, ou le format tabulaire (les fichiers CSV et datapackage.json réunis dans un zip). Les fiches existantes sont mises à jour, les nouvelles créées ; rien n'est supprimé. Faites d'abord un essai : il montre ce qui serait fait sans rien enregistrer.
import-file = Fichiers JSON ou zip
import-file-hint = Un ou plusieurs fichiers : une version par langue d'un même annuaire, ou un zip au format tabulaire.
import-dry-run = Essai seulement (ne rien enregistrer)
import-submit = Importer
import-report-dry-run = Résultat de l'essai : rien n'a été enregistré
import-report-done = Import terminé
import-created = { $count ->
    [one] { $n } à créer ou créée
   *[other] { $n } à créer ou créées
}
import-updated = { $count ->
    [one] { $n } mise à jour
   *[other] { $n } mises à jour
}
import-unchanged = { $count ->
    [one] { $n } inchangée
   *[other] { $n } inchangées
}
import-rejected = { $count ->
    [one] { $n } refusée
   *[other] { $n } refusées
}
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
import-warning-location-left-out = Le service n'est pas relié au lieu laissé de côté.
import-export = Exporter l'annuaire (JSON HSDS)
error-import-format = Ce fichier n'est pas du JSON HSDS que Socius sait lire.
error-import-empty = Le fichier ne contient aucune organisation ni aucun service.
error-import-json = Ce fichier n'est pas du JSON valide.
error-import-unknown-organization = L'organisation de cette fiche n'est ni dans le fichier ni dans l'annuaire, ou elle est refusée.
error-import-zip = Ce zip ne contient pas les fichiers CSV du format tabulaire HSDS, ou ils sont illisibles.
error-import-duplicate-id = Le fichier donne cet identifiant à deux fiches différentes : aucune des deux n'est reprise.
error-import-id = Cet identifiant est vide, ressemble à un chemin de fichier ou est trop long : la fiche ne peut pas être reprise.
error-import-encoding = Ce fichier n'est pas en UTF-8 : enregistrez-le au format « CSV UTF-8 » et réessayez.
error-import-unreadable = Ce fichier n'est pas un CSV lisible.
error-import-no-name-column = Le fichier n'a pas de colonne « Nom » (ou « Naam », « Name ») : la première ligne nomme les colonnes.
error-import-theme = Un thème n'est pas dans la liste des thèmes.
error-import-too-large = Ce fichier est trop lourd pour une liste de membres (2 Mo au plus).
error-import-no-file = Choisissez le fichier à importer.
import-warning-left-out = Les valeurs refusées ci-dessus sont laissées de côté ; le reste de la fiche est importé.
import-left-out-outside-region = Ce lieu n'a pas d'adresse dans une commune de la Région bruxelloise : la carte ne peut pas le montrer.
import-outcome-left-out = Laissée de côté
import-left-out = { $count ->
    [one] { $count } laissée de côté
   *[other] { $count } laissées de côté
}

## PDF guide
guide-pdf = Télécharger le guide en PDF

## Membership
charter-title = Charte et règlement d'ordre intérieur
charter-none = La coordination n'a encore publié ni charte ni règlement.
charter-kind-charter = Charte
charter-kind-house_rules = Règlement d'ordre intérieur
charter-version = version { $count }
charter-publish = Publier une nouvelle version
charter-publish-intro = Chaque organisation membre devra signer la nouvelle version. Les deux langues sont obligatoires.
charter-document = Document
charter-signatures = Signatures de la charte
charter-signed = Signée
charter-to-sign-again = À signer à nouveau
charter-last-signed = dernière signée : version { $count }
charter-no-signature = Aucune signature.
charter-sign = Signer la charte
charter-up-to-date = Votre organisation a signé les versions en vigueur. Merci !
charter-signature = Signature
charter-signature-name = Votre nom complet
charter-signature-hint = Taper votre nom vaut signature au nom de l'organisation.
charter-signature-consent = J'ai lu ces textes et je les accepte au nom de l'organisation.
join-title = Devenir membre
join-intro = Votre organisation mène une action sociale ou de santé dans la commune ? Rejoignez la coordination sociale. La coordination examinera votre demande et vous répondra par e-mail.
join-organization = Votre organisation
join-name = Nom de l'organisation
join-themes = Vos thèmes d'action
join-motivation = Pourquoi souhaitez-vous rejoindre la coordination ?
join-contact = Personne de contact
join-contact-lang = Langue de contact
join-share-consent = J'accepte que les autres membres voient mes coordonnées.
join-submit = Envoyer la demande
join-thanks-title = Demande envoyée
join-thanks = Merci ! Nous avons bien reçu votre demande d'adhésion. Un e-mail de confirmation vous a été envoyé ; la coordination vous répondra après l'avoir examinée.
members-title = Registre des membres
members-status-filter = Filtrer par statut
members-none = Aucune organisation.
members-tab-all = Toutes
members-search = Rechercher
members-search-hint = Un mot du nom, le numéro d'entreprise (BCE) ou une personne de contact
members-body = Organe
members-sort = Trier par
members-sort-name = Nom
members-sort-since = Date du dernier changement de statut
members-sort-status = Statut
observatory-sort-period = Période, la plus récente d'abord
observatory-sort-people = Personnes concernées, le plus grand nombre d'abord
observatory-sort-organisation = Organisation
members-status-column = Statut
members-main-contact = Contact principal
members-themes = Thèmes d'action
members-import-title = Importer une liste de membres
members-import-intro = Une ligne par organisation, la première ligne nommant les colonnes : Nom (obligatoire), BCE, E-mail, Site web, Adresse, Thèmes, Personne de contact, E-mail contact, Téléphone, Langue. Une organisation déjà au registre (même numéro BCE, sinon même nom) est reprise telle quelle, avec la personne de contact si elle est nouvelle. Les personnes de contact ne reçoivent aucun e-mail : invitez-les ensuite depuis la page de leur organisation. Les organisations ajoutées sont membres et rejoignent la carte sociale, leur adresse (« Rue…, 1070 Anderlecht ») devenant leur premier lieu.
members-import-upload = Le fichier
members-import-file = Liste des membres (Excel, LibreOffice ou CSV)
members-import-file-hint = Un classeur Excel ou LibreOffice (xlsx, xls, ods ; sa première feuille est lue) ou un fichier CSV tel qu'Excel ou LibreOffice l'enregistrent. Un titre au-dessus de la ligne des colonnes ne gêne pas.
members-import-dry-run = Essai à blanc : dire ce qui serait fait, sans rien enregistrer
members-import-submit = Importer
members-import-dry-run-report = Ce que l'import ferait
members-import-done = Ce que l'import a fait
members-import-lines = Ligne par ligne
members-import-line = Ligne
members-import-outcome = Résultat
members-import-reasons = Pourquoi
members-import-line-created = ajoutée au registre
members-import-line-matched = déjà au registre
members-import-line-refused = refusée
members-import-created = { $count ->
    [one] { $n } organisation ajoutée
   *[other] { $n } organisations ajoutées
}
members-import-matched = { $count ->
    [one] { $n } organisation déjà au registre
   *[other] { $n } organisations déjà au registre
}
members-import-refused = { $count ->
    [one] { $n } ligne refusée
   *[other] { $n } lignes refusées
}
guide-path-title = Votre fiche sur la carte sociale
guide-path-lead = En trois étapes, votre organisation apparaît sur la carte sociale, où habitants et partenaires trouvent qui fait quoi.
guide-path-visible = Votre fiche est sur la carte.
guide-path-see = Voir votre fiche
guide-step-done = Fait
guide-step-todo = À faire
guide-step-organisation = Présenter votre organisation
guide-step-place = Ajouter le lieu où vous accueillez les personnes
guide-step-service = Décrire un service que vous proposez
guide-step-visible = Votre fiche est visible sur la carte
guide-places = { $count ->
    [one] { $n } lieu
   *[other] { $n } lieux
}
guide-services = { $count ->
    [one] { $n } service
   *[other] { $n } services
}
members-none-match = Aucune organisation ne correspond à cette recherche.
members-clear-search = Effacer la recherche et les filtres
members-count = { $count ->
    [one] { $n } organisation
   *[other] { $n } organisations
}
members-organization = Organisation
members-since = Depuis
members-settings = Réglages de l'adhésion
members-admission-by = Qui admet les nouveaux membres ?
members-admission-steering = Le comité de pilotage (et la coordination)
members-threshold = Soutiens nécessaires pour créer un groupe de travail proposé
members-map-record = Fiche dans le répertoire
members-history = Historique
members-decision = Décision
members-reason = Motif
members-meeting = Réunion où la décision a été prise
members-admit = Admettre
members-refuse = Refuser
members-suspend = Suspendre
members-end = Mettre fin à l'adhésion
members-reinstate = Réintégrer
member-status-applicant = Candidature
member-status-member = Membre
member-status-suspended = Suspendue
member-status-former = Ancien membre
member-status-refused = Candidature refusée
contact-role-main = contact principal
contact-role-delegate = délégué·e
contact-shares = partage ses coordonnées avec les membres
contact-does-not-share = ne partage pas ses coordonnées
bodies-title = Organes et groupes de travail
bodies-none = Aucun organe pour l'instant.
bodies-not-a-member = Vous ne représentez pas encore d'organisation membre : vous pouvez consulter les organes mais pas les rejoindre.
body-kind = Type d'organe
body-kind-plenary = Assemblée plénière
body-kind-steering = Comité de pilotage
body-kind-direction = Comité de direction
body-kind-working_group = Groupe de travail
body-kind-commission = Commission
body-kind-reflection = Groupe de réflexion
body-kind-users_council = Conseil consultatif des usagers
body-open = ouvert
body-closed = sur validation
body-seats = { $count ->
    [one] { $n } membre
   *[other] { $n } membres
}
body-you-are-in = Votre organisation en fait partie.
body-you-asked = Votre demande d'adhésion attend une validation.
body-join = Rejoindre
body-ask-to-join = Demander à rejoindre
body-leave = Quitter
body-composition = Composition
body-empty = Personne pour l'instant.
body-role = Rôle
body-mandate = Mandat
body-contacts = Contacts
body-pending = en attente
body-accept = Accepter
body-add-seat = Ajouter un membre
body-no-organization = — aucune (une personne) —
body-person = Personne
body-person-hint = Par exemple un·e conseiller·ère du CPAS ; facultatif si une organisation est choisie.
body-new = Créer un organe
body-purpose-fr = Objet en français
body-purpose-nl = Objet en néerlandais
body-theme = Thème
body-open-hint = Ouvert : les membres le rejoignent eux-mêmes (sinon sur validation)
seat-role-chair = Président·e
seat-role-secretary = Secrétaire
seat-role-member = Membre
seat-role-advisory = Membre avec voix consultative
proposals-title = Propositions de groupes de travail
proposals-intro = Un membre propose un groupe de travail ; quand { $count } organisations le soutiennent, la coordination peut le créer.
proposals-none = Aucune proposition.
proposals-by = Proposé par { $organization }
proposals-support-count = { $count ->
    [one] { $n } soutien
   *[other] { $n } soutiens
}
proposals-support = Soutenir
proposals-create = Créer le groupe
proposals-decline = Décliner
proposals-below-threshold = Pas encore assez de soutiens.
proposals-see-group = Voir le groupe
proposals-new = Proposer un groupe de travail
proposals-name = Nom du groupe
proposals-purpose = Objet
proposals-submit = Proposer
proposal-status-open = en cours
proposal-status-created = groupe créé
proposal-status-declined = déclinée
error-signature-name = Tapez votre nom complet pour signer.
error-signature-consent = Cochez la case pour accepter les textes.
error-decision-state = Cette décision ne s'applique pas au statut actuel.
error-reason-required = Indiquez le motif.
error-seat-who = Choisissez une organisation ou indiquez une personne.
error-mandate-dates = Des dates valides, la fin après le début.
flash-charter-published = Nouvelle version publiée : les membres sont invités à la signer.
flash-charter-signed = Merci, la signature est enregistrée.
flash-body-joined = Votre organisation a rejoint le groupe.
flash-body-requested = Votre demande a été transmise.
flash-body-left = Votre organisation a quitté le groupe.
flash-proposal-created = Proposition enregistrée.
flash-proposal-supported = Merci pour votre soutien.
flash-proposal-group-created = Le groupe de travail est créé.
flash-proposal-declined = La proposition est déclinée.
flash-proposal-below-threshold = Pas encore assez de soutiens pour créer ce groupe.
mail-apply-subject = Votre demande d'adhésion : { $coordination }
mail-apply-body = Nous avons bien reçu la demande d'adhésion de { $organization } à { $coordination }. Nous vous répondrons après l'avoir examinée.
mail-application-subject = Nouvelle demande d'adhésion : { $organization }
mail-application-body = { $organization } demande à rejoindre la coordination.
mail-application-action = Examiner la demande
mail-refuse-subject = Votre demande d'adhésion : { $coordination }
mail-refuse-body = La coordination n'a pas admis { $organization }, pour le motif suivant :
mail-suspend-subject = Adhésion suspendue : { $coordination }
mail-suspend-body = L'adhésion de { $organization } est suspendue, pour le motif suivant :
mail-end-subject = Fin d'adhésion : { $coordination }
mail-end-body = L'adhésion de { $organization } a pris fin, pour le motif suivant :
members-export = Télécharger
mine-title = Mon organisation
mine-details = Mes coordonnées
mine-colleagues = Autres personnes de contact
mine-leave = Quitter la coordination
mine-leave-confirm = Mon organisation quitte la coordination
contact-add = Ajouter une personne de contact
contact-consent-given = Cette personne accepte que les autres membres voient ses coordonnées
contact-invite-on-add = L'inviter à activer un compte
contact-invite-hint = Un e-mail dans sa langue lui permet de choisir un mot de passe et de parler au nom de l'organisation : signalements, réunions, fiche de la carte sociale.
contact-invite-at-admission = La personne de contact principale reçoit une invitation à activer un compte lors de l'admission ; les autres peuvent être invitées ensuite.
contact-invite = Inviter à activer un compte
contact-invite-again = Renvoyer l'invitation
contact-account-none = sans compte
contact-account-invited = invitation envoyée, compte pas encore activé
contact-account-active = compte actif
flash-membership-left = Votre organisation a quitté la coordination. La coordination en est informée.
mail-access-withdrawn-subject = Fin de votre accès à l'espace membres : { $coordination }
mail-access-withdrawn-body = { $organization } n'étant plus membre actif de { $coordination }, vous n'avez plus accès à son espace membres (réunions, procès-verbaux, observatoire, API) et vous ne modifiez plus la fiche de l'organisation sur la carte sociale. Si l'adhésion reprend, votre accès vous sera rendu.
mail-access-restored-subject = Votre accès à l'espace membres est rétabli : { $coordination }
mail-access-restored-body = { $organization } est à nouveau membre de { $coordination } : vous retrouvez l'espace membres et la gestion de la fiche de l'organisation sur la carte sociale.
offer-title = Invitation à rejoindre une coordination
offer-lead = { $coordination } vous propose un rôle dans son espace sur Socius.
offer-role = Rôle proposé : { $role }.
offer-what = En acceptant, la coordination voit votre nom et votre adresse, et son journal d'audit enregistre désormais vos connexions. Si vous n'acceptez pas, elle ne sait rien de votre compte.
offer-accept = Accepter le rôle
offer-gone = Cette invitation n'est plus valable, ou elle s'adresse à un autre compte que celui avec lequel vous êtes connecté·e.
flash-role-offered = La personne a déjà un compte : elle a reçu une invitation et aura le rôle quand elle l'aura acceptée.
flash-role-accepted = Vous avez accepté le rôle. Bienvenue !
people-pending = Invitations en attente
people-pending-until = en attente jusqu'au { $date }
mail-role-offer-subject = Une invitation de { $coordination }
mail-role-offer-body = { $coordination } vous propose le rôle « { $role } » sur Socius. Connectez-vous avec votre compte habituel et acceptez l'invitation ; tant que vous ne l'avez pas acceptée, la coordination ne voit rien de votre compte.
mail-role-offer-action = Voir l'invitation
mail-left-subject = Départ d'un membre : { $organization }
mail-left-body = { $organization } quitte la coordination, pour le motif suivant :

## Meetings
meetings-title = Réunions
meetings-search = Chercher une réunion
meetings-upcoming = À venir
meetings-archive = Archives
meetings-none = Aucune réunion.
meeting-new = Planifier une réunion
meeting-edit = Modifier la réunion
meeting-edit-notice = Si l'invitation est déjà partie, chaque personne invitée recevra la mise à jour.
meeting-date = Date
meeting-time = Heure de début
meeting-time-hint = Heure de Bruxelles, par exemple 09:30.
meeting-duration = Durée (minutes)
meeting-place = Lieu
meeting-place-hint = Adresse et salle, en français et en néerlandais (sans version néerlandaise, la française est montrée) ; facultatif si la réunion est en ligne.
meeting-online = Lien de la réunion en ligne
meeting-public = Réunion publique (annoncée dans le calendrier public)
meeting-status = Statut
meeting-status-draft = en préparation
meeting-status-published = convoquée
meeting-status-cancelled = annulée
meeting-invited = { $count ->
    [one] { $n } personne invitée
   *[other] { $n } personnes invitées
}
meeting-undelivered = { $count ->
    [one] Un message au sujet de cette réunion n'a pas pu être remis, après plusieurs essais. Vérifiez l'adresse :
   *[other] { $count } messages au sujet de cette réunion n'ont pas pu être remis, après plusieurs essais. Vérifiez ces adresses :
 }
meeting-publish = Publier l'ordre du jour et inviter
meeting-cancel = Annuler la réunion
agenda-title = Ordre du jour
agenda-empty = L'ordre du jour est encore vide.
agenda-follow-up = Suivi des actions des réunions précédentes
agenda-proposed = Points proposés par les membres
agenda-rejected = Points refusés
agenda-accept = Accepter
agenda-reject = Refuser
agenda-move = Reporter
agenda-move-to = Reporter à la réunion
agenda-add = Ajouter un point
agenda-propose = Proposer un point
agenda-propose-until = Les membres peuvent proposer des points jusqu'au { $date }.
item-kind = Type de point
item-kind-information = information
item-kind-discussion = discussion
item-kind-decision = décision
item-kind-presentation = présentation d'un partenaire
item-title-fr = Titre en français
item-title-nl = Titre en néerlandais
item-edit = Modifier le point
item-status-proposed = en attente de la décision de la coordination
item-status-accepted = accepté
item-status-rejected = refusé
agenda-total = Durée totale : { $count } min
agenda-overrun = { $count } min de plus que la réunion
agenda-move-up = Monter
agenda-move-down = Descendre
agenda-remove-confirm = Retirer « { $name } » de l'ordre du jour ? Ses documents sont supprimés avec lui.
agenda-documents = Documents
agenda-place-follow-up = En faire un point de l'ordre du jour
agenda-mine = Vos propositions
flash-item-removed = Le point est retiré de l'ordre du jour.
mail-proposal-accepted-subject = Votre proposition « { $name } » est à l'ordre du jour
mail-proposal-accepted-body = La coordination a accepté votre proposition « { $name } » : elle est à l'ordre du jour de la réunion « { $meeting } » du { $date }.
mail-proposal-rejected-subject = Votre proposition « { $name } » n'est pas retenue
mail-proposal-rejected-body = La coordination n'a pas retenu votre proposition « { $name } » pour la réunion « { $meeting } » du { $date }. Motif : { $reason }
mail-proposal-postponed-subject = Votre proposition « { $name } » est reportée
mail-proposal-postponed-body = La coordination a reporté votre proposition « { $name } » à la réunion « { $meeting } » du { $date }.
mail-proposal-action = Voir la réunion
item-presenter = Présenté par
rsvp-title = Votre réponse
rsvp-for = Invitation de { $name }
rsvp-question = Serez-vous présent·e ?
rsvp-yes = Je serai présent·e
rsvp-excused = Je m'excuse
rsvp-no = Je ne viendrai pas
rsvp-representative = Un·e collègue représentera l'organisation : son nom
rsvp-submit = Envoyer ma réponse
rsvp-expired = Ce lien n'est plus valable : la réunion est passée ou une invitation plus récente l'a remplacé.
round-link-closed-title = Ce lien n'est plus valable
round-link-closed-why = Le lien personnel reçu pour une campagne de collecte reste valable jusqu'à la date limite de la campagne, tant que votre organisation est membre de la coordination.
round-link-closed-then = Pour signaler encore, connectez-vous à votre compte ou écrivez à la coordination.
round-link-for = Vous signalez pour { $organization }. Chaque formulaire enregistre un signalement ; vous pouvez en envoyer plusieurs.
rsvp-intro = Répondez sans vous connecter :
rsvp-action = Répondre à l'invitation
rsvp-state-pending = pas de réponse
rsvp-state-yes = présent·e
rsvp-state-no = absent·e
rsvp-state-excused = excusé·e
rsvp-represented-by = représenté·e par { $name }
attendance-title = Présences
attendance-print-hint = Imprimez cette page pour la feuille de signatures.
attendance-nobody = Personne n'est encore invité.
attendance-mark = Présence
attendance-signature = Signature
attendance-unknown = —
attendance-present = présent·e
attendance-excused = excusé·e
attendance-absent = absent·e
attendance-represented = représenté·e
attendance-walk-in = Personne venue sans invitation
attendance-add = Ajouter, présente
minutes-title = Procès-verbal
minutes-status-none = pas encore commencé
minutes-status-draft = brouillon
minutes-status-sent = envoyé aux participants pour commentaires
minutes-status-approved = approuvé
minutes-status-published = publié
minutes-after-start = Le procès-verbal pourra être envoyé, approuvé et publié une fois la réunion commencée.
minutes-send-confirm = { $count ->
    [0] Personne ne le recevra : aucune personne présente ou représentée n'a d'adresse e-mail.
    [one] { $count } personne présente ou représentée recevra le projet par e-mail, pour remarques.
   *[other] { $count } personnes présentes ou représentées recevront le projet par e-mail, pour remarques.
}
minutes-approve-confirm = Une fois approuvé, le procès-verbal est définitif et ses décisions entrent en vigueur ; personne n'est prévenu à cette étape. { $count ->
    [0] { "" }
    [one] { $count } décision s'appliquera à ce qu'elle concerne (une adhésion, par exemple).
   *[other] { $count } décisions s'appliqueront à ce qu'elles concernent (des adhésions, par exemple).
}
minutes-publish-confirm = { $count ->
    [0] Personne ne le recevra : aucune personne invitée n'a d'adresse e-mail.
    [one] { $count } personne invitée recevra le procès-verbal par e-mail, avec le PDF.
   *[other] { $count } personnes invitées recevront le procès-verbal par e-mail, avec le PDF.
}
flash-minutes-emailed = C'est fait : { $count ->
    [0] personne n'avait d'adresse e-mail.
    [one] { $count } personne a reçu le procès-verbal par e-mail.
   *[other] { $count } personnes ont reçu le procès-verbal par e-mail.
}
minutes-present = Présents
minutes-excused = Excusés
minutes-notes-fr = Notes en français
minutes-notes-nl = Notes en néerlandais
minutes-decisions = Décisions
minutes-no-decision = Aucune décision.
minutes-decision-new = Nouvelle décision
minutes-actions = Actions
minutes-no-action = Aucune action.
minutes-action-new = Nouvelle action
minutes-send = Envoyer aux participants
minutes-approve = Marquer comme approuvé
minutes-publish = Publier aux membres
action-owner = Responsable
action-due = Échéance
action-mark-done = Fait
action-status-open = en cours
action-status-done = faite
action-status-dropped = abandonnée
error-date-invalid = Indiquez une date valide.
error-time-invalid = Indiquez une heure valide (HH:MM) qui existe à Bruxelles ce jour-là.
error-duration-invalid = Une durée de 15 à 600 minutes.
error-place-required = Indiquez un lieu ou un lien de réunion en ligne.
flash-meeting-published = L'ordre du jour est publié et les invitations sont parties : { $count ->
    [0] personne n'avait d'adresse.
    [one] { $count } personne invitée par e-mail.
   *[other] { $count } personnes invitées par e-mail.
}
flash-meeting-restored = La réunion est rétablie. { $count ->
    [0] Elle est de nouveau en préparation.
    [one] { $count } personne invitée est prévenue par e-mail qu'elle a lieu.
   *[other] { $count } personnes invitées sont prévenues par e-mail qu'elle a lieu.
}
flash-meeting-not-cancelled = Cette réunion n'est pas annulée : rien n'a changé.
flash-meeting-test-sent = Un e-mail de test vous a été envoyé : ses liens de réponse ne répondent pour personne.
meeting-publish-recipients = { $count ->
    [0] Personne ne sera invité : aucune organisation ni personne ne siège dans cet organe avec une adresse e-mail.
    [one] { $count } personne sera invitée par e-mail :
   *[other] { $count } personnes seront invitées par e-mail :
}
meeting-publish-unreachable = Ne recevront pas l'invitation, faute d'adresse e-mail :
meeting-publish-preview = L'e-mail tel qu'il partira
meeting-publish-preview-lang = Langue du destinataire : { $language }
meeting-publish-test = M'envoyer un e-mail de test
meeting-publish-confirm = Confirmer et envoyer
meeting-publish-empty = L'ordre du jour est vide. Cochez la case pour inviter quand même.
meeting-publish-empty-confirm = Envoyer l'invitation avec un ordre du jour vide
meeting-preview-name = Prénom Nom
meeting-test-mark = Test
meeting-cancel-reach = { $count ->
    [0] La réunion n'a pas encore été convoquée : personne ne sera prévenu.
    [one] { $count } personne invitée recevra l'annulation par e-mail, avec le motif.
   *[other] { $count } personnes invitées recevront l'annulation par e-mail, avec le motif.
}
meeting-cancel-reason = Motif de l'annulation
meeting-cancel-reason-hint = Il figure dans l'e-mail d'annulation.
meeting-cancel-confirm = Annuler la réunion et prévenir
meeting-cancel-back = Revenir à la réunion sans l'annuler
meeting-restore = Rétablir la réunion
meeting-restore-confirm = { $count ->
    [0] La réunion redevient en préparation.
    [one] { $count } personne invitée sera prévenue par e-mail que la réunion a lieu.
   *[other] { $count } personnes invitées seront prévenues par e-mail que la réunion a lieu.
}
mail-meeting-cancellation-reason = Motif : { $reason }
mail-meeting-restored-subject = Rétablie : { $name }, { $date }
mail-meeting-restored-body = La réunion « { $name } » du { $date } a lieu finalement.
error-agenda-empty = L'ordre du jour est vide : cochez la case pour inviter quand même.
flash-meeting-already-published = Cette réunion est déjà publiée.
flash-meeting-cancelled = La réunion est annulée. { $count ->
    [0] Personne n'avait encore été invité.
    [one] { $count } personne invitée est prévenue par e-mail.
   *[other] { $count } personnes invitées sont prévenues par e-mail.
}
flash-meeting-already-cancelled = Cette réunion a déjà été annulée, ou elle a changé entre-temps : rien n’a été envoyé.
flash-item-proposed = Merci ! Votre proposition attend la décision de la coordination.
flash-proposals-closed = Les propositions de points sont closes pour cette réunion.
flash-rsvp-saved = Merci, votre réponse est enregistrée.
flash-minutes-step = Cette étape ne suit pas l'état actuel du procès-verbal.
mail-meeting-invitation-subject = Invitation : { $name }, { $date }
mail-meeting-invitation-body = Vous êtes invité·e à « { $name } », le { $date }.
mail-meeting-update-subject = Modification : { $name }, { $date }
mail-meeting-update-body = La réunion « { $name } » a changé : elle aura lieu le { $date }.
mail-meeting-cancellation-subject = Annulation : { $name }
mail-meeting-cancellation-body = La réunion « { $name } » du { $date } est annulée.
mail-minutes-sent-subject = Procès-verbal à relire : { $name }
mail-minutes-sent-body = Voici le projet de procès-verbal de « { $name } » ({ $date }). Vos remarques sont les bienvenues.
mail-minutes-published-subject = Procès-verbal : { $name }
mail-minutes-published-body = Le procès-verbal de « { $name } » ({ $date }) est publié ; il est joint en PDF.
mail-minutes-action = Lire le procès-verbal
figures-title = Chiffres des réunions
figures-none = Aucune réunion tenue cette année.
figures-held = Réunions tenues
figures-invited = Invitations
figures-present = Présents ou représentés
figures-rate = Taux de présence
figures-organisations = Organisations représentées
figures-walk-ins = Venus sans invitation
meetings-public-feed = Calendrier public (iCalendar)
feed-title = Mon calendrier privé
feed-intro = Une adresse secrète à ajouter dans votre agenda (Outlook, Google, Thunderbird…) : elle montre les réunions auxquelles vous êtes invité·e. Ne la partagez pas ; créer une nouvelle adresse désactive l'ancienne.
feed-created = Voici votre adresse. Elle ne sera plus affichée : copiez-la maintenant.
feed-create = Créer une nouvelle adresse
feed-revoke = Désactiver mon adresse
flash-feed-revoked = Votre adresse de calendrier est désactivée.
mail-meeting-reminder-subject = Rappel : { $name }, { $date }
mail-meeting-reminder-body = Pour rappel, « { $name } » a lieu le { $date }.
attendance-represented-by = Représenté·e par
attendance-represented-line = { $organisation }, par { $name }
attendance-mark-expected = { $count ->
    [one] Marquer présente la personne attendue
   *[other] Marquer présentes les { $count } personnes attendues
}
attendance-send-confirm = { $count ->
    [0] Personne ne recevra la liste : aucune personne présente n'a d'adresse e-mail.
    [one] { $count } personne présente ou représentée recevra la liste par e-mail.
   *[other] { $count } personnes présentes ou représentées recevront la liste par e-mail.
}
attendance-send-later = La liste des présents pourra être envoyée une fois la réunion commencée.
flash-attendance-list-sent-to = La liste des présents est envoyée : { $count ->
    [one] { $count } personne l'a reçue par e-mail.
   *[other] { $count } personnes l'ont reçue par e-mail.
}
flash-marked-present = { $count ->
    [0] Personne n'était attendu sans être déjà marqué.
    [one] { $count } personne attendue est marquée présente.
   *[other] { $count } personnes attendues sont marquées présentes.
}
flash-too-early = La réunion n'a pas encore commencé : cette étape vient après.
error-representative-required = Indiquez qui a représenté l'organisation.
minutes-represented = Représentés
attendance-send = Envoyer la liste des présents
attendance-send-hint = Après la réunion : chaque personne présente reçoit la liste des présents, avec les coordonnées de celles et ceux qui ont accepté de les partager.
flash-attendance-list-sent = La liste des présents est envoyée.
mail-attendance-subject = Liste des présents : { $name }
mail-attendance-body = Voici les personnes présentes à « { $name } » ({ $date }), avec les coordonnées de celles qui ont accepté de les partager :
series-repeat = Répétition
series-none = Une seule réunion
series-weekly = Toutes les N semaines, le même jour
series-monthly = Tous les N mois, le même jour de la semaine (par ex. le deuxième mardi)
series-interval = Intervalle (N)
series-interval-hint = De 1 à 12 semaines ou mois.
series-occurrences = Nombre de réunions
series-occurrences-hint = De 2 à 24, la première comprise. Chaque réunion peut ensuite être déplacée ou annulée seule.
error-recurrence-invalid = Choisissez un intervalle de 1 à 12 et de 2 à 24 réunions.
series-title = Série de réunions
meetings-settings = Réglages des réunions
meetings-proposal-days = Les membres proposent des points jusqu'à N jours avant la réunion
meetings-reminder-days = Rappel envoyé N jours avant la réunion (0 : pas de rappel)
body-person-email = Adresse e-mail de la personne
body-person-email-hint = Facultatif : avec une adresse, la personne reçoit les invitations aux réunions de l'organe.
body-person-lang = Langue de la personne
body-person-lang-unknown = Inconnue (écrire en français et en néerlandais)
document-attach = Joindre un document
document-upload = Envoyer
error-document-too-large = Ce document dépasse 10 Mo.
error-document-empty = Choisissez un fichier à joindre.
error-document-type = Ce format n'est pas accepté : PDF, documents bureautiques (ODF, Office), images PNG ou JPEG, texte ou CSV.
nav-observatory = Observatoire
observatory-title = Observatoire des besoins
observatory-lead = Les besoins observés par les partenaires et le non-recours aux droits, en chiffres agrégés : jamais de données sur une personne.
observatory-report = Signaler
observatory-report-need = Signaler un besoin observé
observatory-report-non-take-up = Signaler un non-recours aux droits
observatory-mine = Les signalements de mon organisation
observatory-mine-empty = Votre organisation n'a encore rien signalé.
observatory-privacy-notice = Indiquez des nombres et des descriptions générales. N'écrivez jamais de nom, de numéro de registre national, d'adresse e-mail, de numéro de téléphone ou de compte d'une personne accompagnée : le formulaire les refuse.
observatory-round = Campagne de collecte
observatory-no-round = Hors campagne
observatory-all-rounds = Toutes les campagnes
observatory-theme = Thème
observatory-right = Droit concerné
observatory-causes = Causes du non-recours (une ou plusieurs)
observatory-target-group = Public concerné
observatory-territory = Territoire
observatory-municipality = Commune
observatory-basin = Bassin d'aide et de soins
observatory-basin-hint = Laissez « automatique » : Socius le déduit de la commune quand elle est dans un seul bassin.
observatory-basin-auto = Automatique
observatory-neighbourhood = Quartier
observatory-period = Période observée
observatory-period-start = Du
observatory-period-end = Au
observatory-description = Description
observatory-description-hint = Ce que vous observez, en termes généraux (sans donnée personnelle).
observatory-people-count = Nombre de personnes concernées
observatory-cases = Nombre de situations de non-recours
observatory-count-hint = Un nombre, jamais de noms.
observatory-trend = Évolution
observatory-severity = Gravité
observatory-outcome = Ce qui a été fait
observatory-choose = Choisir…
observatory-unspecified = Non précisé
observatory-delete = Supprimer ce signalement
observatory-delete-confirm = Je confirme la suppression
observatory-copy = Reprendre les signalements de la campagne précédente
observatory-copy-hint = Ils sont copiés dans la campagne en cours, avec sa période ; corrigez ensuite ce qui a changé.
observatory-kind = Type
observatory-kind-need = Besoins observés
observatory-kind-non_take_up = Non-recours aux droits
observatory-subject = Objet
observatory-signals = Signalements
observatory-signals-n = { $count } signalements
observatory-signals-count = { $count } signalements
observatory-people = Personnes
observatory-people-n = { $count } personnes
observatory-cases-short = Situations
observatory-people-or-cases = Personnes ou situations
observatory-organisations = Organisations
observatory-group = Groupe
observatory-code = Code
observatory-dimension = Tableau
observatory-suppressed = Moins que le minimum : non publié
observatory-suppressed-short = masqué
observatory-suppression-note = Un groupe de moins de { $count } personnes, ou dont les signalements viennent de moins de { $organisations } organisations, n'est pas publié, ni aucun chiffre qui permettrait de le retrouver par soustraction : personne ne peut être reconnu, ni la file active d'un partenaire.
observatory-empty = Aucun signalement pour l'instant.
observatory-export = Télécharger les agrégats
observatory-totals = En résumé
observatory-toc = Sur cette page
observatory-table-open = Voir le tableau des chiffres
observatory-change = Évolution
observatory-compared-with = Chaque tableau donne aussi l'évolution depuis la campagne précédente, « { $name } ».
observatory-compare-hint = Choisissez une campagne pour comparer ses chiffres avec ceux de la précédente.
observatory-top = Besoins les plus signalés
observatory-figures = Les chiffres
observatory-trend-title = Évolution d'une campagne à l'autre
observatory-trend-caption = Personnes concernées par thème et par campagne (les thèmes les plus signalés)
observatory-by-theme = par thème
observatory-by-right = par droit
observatory-by-cause = par cause
observatory-by-target_group = par public
observatory-by-municipality = par commune
observatory-by-basin = par bassin d'aide et de soins
observatory-by-trend = par évolution
observatory-by-severity = par gravité
observatory-by-outcome = par suite donnée
chart-description = { $groups } groupes ; le plus grand : { $label } ({ $count }).
trend-new = Nouveau
trend-growing = En hausse
trend-stable = Stable
trend-decreasing = En baisse
severity-1 = Faible
severity-2 = Moyenne
severity-3 = Élevée
severity-4 = Critique
severity-0 = Non précisée
outcome-referred = Orienté vers un service
outcome-accompanied = Accompagné dans la démarche
outcome-unresolved = Sans solution
observatory-public-title = L'observatoire publié
observatory-public-lead = Ce que les partenaires de la coordination ont observé, en chiffres agrégés publiés par la coordination.
observatory-public-none = La coordination n'a encore publié aucune campagne.
observatory-public-rounds = Campagnes publiées
observatory-public-needs = Où en sont les besoins
observatory-public-figures = Les chiffres
observatory-signals-title = Tous les signalements
observatory-all = Tous
observatory-group-select = Choisir
observatory-grouped = dans un besoin
observatory-group-into-need = Regrouper les signalements cochés dans un besoin
observatory-existing-need = Ajouter à un besoin existant
observatory-new-need = Un nouveau besoin (titre ci-dessous)
observatory-group-button = Regrouper
observatory-settings = Réglages de l'observatoire
observatory-minimum = Nombre minimum de personnes pour publier un groupe
observatory-minimum-hint = De 2 à 100. En dessous, le groupe est masqué sur les pages publiques et dans la vue régionale.
observatory-minimum-organisations = Nombre minimum d'organisations pour publier un chiffre
observatory-minimum-organisations-hint = De 1 à 20. Un chiffre qui vient de moins d'organisations est masqué sur les pages publiques et dans la vue régionale.
needs-title = Besoins suivis
needs-none = Aucun besoin n'a encore été constitué à partir des signalements.
need-status = Statut
need-status-observed = Observé
need-status-discussed = Discuté
need-status-in_action = En action
need-status-answered = Répondu
need-group = Groupe de travail
need-no-group = Aucun
need-agenda = À l'ordre du jour de
need-response = Réponse (avis, projet)
need-response-hint = Le titre ou l'adresse de l'avis ou du projet qui y répond.
need-history = Historique
need-follow-up = Suivi
need-put-on-agenda = Mettre à l'ordre du jour de
need-put-on-agenda-button = Mettre à l'ordre du jour
need-signals = Signalements regroupés
need-event-created = Besoin constitué (signalements)
need-event-signals-added = Signalements ajoutés
need-event-status = Statut
need-event-group = Confié au groupe
need-event-response = Réponse
need-event-agenda = Mis à l'ordre du jour
need-event-signal-removed = Signalement retiré
needs-register-title = Registre des besoins
needs-register-lead = Chaque besoin regroupe des signalements des partenaires ; on le suit de l'observation à la réponse.
needs-register-empty = Aucun besoin pour l'instant. Les besoins naissent des signalements regroupés par la coordination.
needs-register-none-match = Aucun besoin ne correspond à ces filtres.
needs-register-all = Voir tous les besoins
needs-register-count = { $count ->
    [one] { $n } besoin
   *[other] { $n } besoins
}
needs-register-need = Besoin
needs-register-signals = Signalements
needs-register-where = Suite donnée
needs-register-nowhere-yet = Pas encore de suite
flash-need-signal-removed = Le signalement a été retiré du besoin ; il reste parmi les signalements non regroupés.
need-take-out = Retirer du besoin
rounds-title = Campagnes de collecte
rounds-none = Aucune campagne pour l'instant.
rounds-round = Campagne
rounds-deadline = Date limite
rounds-status = Statut
rounds-status-open = ouverte
rounds-status-closed = clôturée
rounds-published = publiée
rounds-reported = Organisations ayant répondu (signalements)
rounds-actions = Actions
rounds-remind = Relancer
rounds-close = Clôturer
rounds-reopen = Rouvrir
rounds-publish = Publier
rounds-unpublish = Dépublier
rounds-open = Ouvrir une campagne
rounds-open-hint = Chaque organisation membre reçoit une invitation à signaler, dans sa langue ; celles qui n'ont rien signalé sont relancées trois jours avant la date limite.
rounds-open-button = Ouvrir et inviter les membres
rounds-open-anyway = Ouvrir quand même cette campagne
rounds-public-text = Ce que dit la page publique
rounds-public-text-hint = Quelques lignes au-dessus des chiffres d'une campagne publiée : ce qui ressort, ce que la coordination a fait des besoins. Jamais de nom ni de donnée sur une personne.
rounds-public-text-none = pas encore de texte
context-title = Indicateurs de contexte
context-lead = Des chiffres publics sur la commune, avec leur source et leur année, à lire à côté des signalements.
context-caption = Indicateurs de la commune
context-indicator = Indicateur
context-value = Valeur
context-year = Année
context-source = Source
context-none = Aucun indicateur importé pour cette commune.
context-import = Importer des indicateurs
context-import-hint = Un fichier CSV avec une ligne d'en-tête, comme dans l'exemple. Une valeur déjà importée pour la même commune, le même indicateur et la même année est remplacée.
context-file = Fichier CSV
context-import-button = Importer
context-imported = { $count } valeurs importées.
context-rejected = Lignes refusées
context-error-empty = Choisissez un fichier CSV.
context-error-header-only = Le fichier ne contient que la ligne d'en-tête : aucune valeur à importer.
csv-note-windows-1252 = Ce fichier est encodé en Windows-1252 (Excel) : il a été lu comme tel.
csv-note-utf16 = Ce fichier est en UTF-16 (« Texte Unicode » d'Excel) : il a été lu comme tel.
csv-note-semicolons = Ce fichier sépare ses colonnes par des points-virgules (Excel en Belgique) : il a été lu comme tel.
csv-note-tabs = Ce fichier sépare ses colonnes par des tabulations : il a été lu comme tel.
context-error-format = Ligne { $line } : colonnes attendues nis_code, indicator, label_fr, label_nl, year, value, unit, source.
context-error-municipality = Ligne { $line } : code NIS inconnu.
context-error-other-municipality = Ligne { $line } : une autre commune que celle de la coordination.
context-error-year = Ligne { $line } : année non valable.
context-error-value = Ligne { $line } : la valeur doit être un nombre.
context-error-indicator = Ligne { $line } : l'indicateur et son libellé sont obligatoires.
context-error-source = Ligne { $line } : indiquez la source.
region-title = Observatoire régional
region-lead = Les agrégats de { $count } coordinations : aucune organisation n'y apparaît.
region-export = Export pour le groupe de travail régional sur le non-recours
region-export-all = tous les tableaux
nav-region = Vue régionale
error-choice-required = Faites un choix.
error-period-invalid = Indiquez les dates de début et de fin (AAAA-MM-JJ).
error-period-order = La fin de la période précède son début.
error-deadline-invalid = Indiquez une date limite à venir.
error-round-overlaps = Cette période recouvre celle d'une campagne encore ouverte : les mêmes situations risquent d'être signalées deux fois. Cochez la case pour l'ouvrir quand même.
error-service-without-place = Choisissez le lieu où le service accueille les personnes, ou cochez la case si c'est un service sans lieu.
error-observatory-causes = Cochez au moins une cause.
error-observatory-count = Indiquez un nombre entier, de 1 à 1 000 000.
error-observatory-description = Décrivez ce que vous observez.
error-observatory-organisation = Seules les personnes de contact d'une organisation membre peuvent signaler.
error-need-signals = Cochez au moins un signalement.
error-personal-national-number = Ce texte contient un numéro de registre national. Retirez-le : l'observatoire ne garde aucune donnée sur une personne.
error-personal-email = Ce texte contient une adresse e-mail. Retirez-la : l'observatoire ne garde aucune donnée sur une personne.
error-personal-phone = Ce texte contient un numéro de téléphone. Retirez-le : l'observatoire ne garde aucune donnée sur une personne.
error-personal-bank-account = Ce texte contient un numéro de compte bancaire. Retirez-le : l'observatoire ne garde aucune donnée sur une personne.
flash-signal-saved = Signalement enregistré. Merci !
flash-signal-deleted = Signalement supprimé.
flash-confirm-delete = Cochez la case de confirmation pour supprimer.
flash-copy-nothing = Rien à reprendre : pas de campagne ouverte ou pas de signalement dans la campagne précédente.
flash-copy-already = Votre organisation a déjà des signalements dans la campagne en cours.
flash-signals-copied = Les signalements de la campagne précédente sont repris : vérifiez-les et corrigez ce qui a changé.
flash-need-saved = Besoin enregistré.
flash-need-on-agenda = Le besoin est à l'ordre du jour de la réunion.
flash-round-opened = Campagne ouverte ; les membres sont invités à signaler.
flash-round-reminded = Relance envoyée aux organisations qui n'ont rien signalé.
flash-round-closed = Campagne clôturée.
flash-round-published = Campagne publiée : ses agrégats sont publics, les petits groupes masqués.
flash-round-step = Cette étape ne s'applique plus à la campagne : elle a déjà été faite.
mail-round-invitation-subject = Observatoire des besoins : { $name }
mail-round-invitation-body = La coordination ouvre la campagne « { $name } ». Pouvez-vous signaler, pour { $organization }, les besoins que vous observez et les situations de non-recours aux droits, avant le { $date } ?
mail-round-reminder-subject = Rappel — observatoire des besoins : { $name }
mail-round-reminder-body = Nous n'avons pas encore reçu de signalement de { $organization } pour la campagne « { $name } ». Il reste jusqu'au { $date }.
mail-round-privacy = Des nombres et des descriptions générales suffisent : jamais de nom ni de donnée sur une personne.
mail-round-personal-link = Le bouton ci-dessous est votre lien personnel : il ouvre le formulaire pour votre organisation, sans compte, jusqu'au { $date }. Ne le transmettez pas.
mail-round-activate = Avec un compte, vous retrouvez aussi les signalements de votre organisation, les réunions et les documents de la coordination :
error-need-personal-data = La réponse contient une donnée personnelle (numéro, adresse e-mail ou téléphone) : retirez-la.
members-meeting-hint = Choisie, la réunion inscrit la décision à son procès-verbal : elle prendra effet à son approbation.
rights-title = Droits suivis
rights-hint = La liste régionale des droits souvent non recourus ; ajoutez-y ceux que votre coordination suit aussi.
rights-add = Ajouter le droit
error-right-exists = Ce droit est déjà dans la liste.

## Second factor
second-factor-title = Deuxième facteur
second-factor-on = Un code de votre application d'authentification est demandé à chaque connexion.
second-factor-codes-left = { $count ->
    [0] Il ne vous reste aucun code de secours.
    [one] Il vous reste { $count } code de secours.
   *[other] Il vous reste { $count } codes de secours.
}
second-factor-off = Protégez votre compte : en plus du mot de passe, demandez à chaque connexion un code de votre application d'authentification (par exemple FreeOTP, Aegis ou Google Authenticator).
second-factor-turn-on = Activer le deuxième facteur
second-factor-code = Code
second-factor-remove-hint = Pour désactiver le deuxième facteur, indiquez un code de votre application ou un code de secours.
second-factor-remove = Désactiver le deuxième facteur
second-factor-sign-in-title = Code de vérification
second-factor-sign-in-intro = Votre mot de passe est correct. Indiquez le code à 6 chiffres que montre votre application d'authentification.
second-factor-code-hint = 6 chiffres, ou un de vos codes de secours si vous n'avez pas votre téléphone.
second-factor-start-again = Recommencer la connexion
second-factor-enrol-title = Activer le deuxième facteur
second-factor-enrol-scan = Dans votre application d'authentification, ajoutez un compte en scannant ce code QR.
second-factor-qr-alt = Code QR à scanner avec votre application d'authentification
second-factor-enrol-type = Ou tapez cette clé dans l'application :
second-factor-enrol-confirm = Code affiché par l'application
second-factor-enrol-confirm-hint = Les 6 chiffres que l'application montre maintenant : ils confirment qu'elle est prête.
second-factor-codes-title = Vos codes de secours
second-factor-enabled = Le deuxième facteur est activé.
second-factor-codes-intro = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois. Conservez-les en lieu sûr (imprimés ou dans un gestionnaire de mots de passe) : ils ne seront plus affichés.
second-factor-codes-done = J'ai conservé mes codes — retour à mon compte
flash-second-factor-removed = Le deuxième facteur est désactivé.
error-code-wrong = Ce code n'est pas valable : vérifiez l'heure de votre téléphone et indiquez le code actuel (un code ne sert qu'une fois).
error-code-too-many = Trop d'essais : attendez une minute avant de réessayer.
second-factor-required-note = Votre rôle demande un deuxième facteur : il reste activé tant que vous avez ce rôle.
second-factor-enrol-required = Votre mot de passe est correct. Votre rôle demande un deuxième facteur : activez-le maintenant pour terminer la connexion.
second-factor-codes-continue = J'ai conservé mes codes — continuer
second-factor-codes-renewed = Vos nouveaux codes de secours sont prêts : les anciens ne sont plus valables.
second-factor-renew-title = Codes de secours
second-factor-renew-hint = Pour recevoir dix nouveaux codes de secours (les anciens cesseront de fonctionner), indiquez un code de votre application.
second-factor-renew = Générer de nouveaux codes de secours
error-second-factor-required = Votre rôle demande un deuxième facteur : il ne peut pas être désactivé.
people-second-factor-on = Activé
people-second-factor-off = Pas encore
people-second-factor-required = Les coordinateurs et coordinatrices se connectent avec un deuxième facteur
people-second-factor-required-hint = Ils voient les coordonnées de tous les partenaires. Ceux qui n'en ont pas encore l'activent à leur prochaine connexion.
nav-platform-settings = Paramètres de la plateforme
platform-settings-title = Paramètres de la plateforme
platform-settings-staff-second-factor = Les administrateurs de la plateforme et l'équipe régionale se connectent avec un deuxième facteur
platform-settings-staff-second-factor-hint = Ceux qui n'en ont pas encore l'activent à leur prochaine connexion.

## Personal data (features/rights)
personal-data-title = Données personnelles
personal-data-intro = Tout ce que Socius conserve à votre sujet, tel qu'il est enregistré. Vous pouvez le télécharger (JSON, lisible par d'autres logiciels) ou l'imprimer.
personal-data-intro-contact = Ce que votre coordination conserve au sujet de cette personne de contact, à lui remettre si elle le demande (RGPD, art. 15 et 20).
personal-data-download = Télécharger (JSON)
personal-data-erase-link = Effacer ces données…
personal-data-empty = Socius ne conserve rien de plus à ce sujet.
personal-data-account-intro = Consultez et téléchargez tout ce que Socius conserve à votre sujet, ou effacez votre compte.
personal-data-see = Voir mes données personnelles
personal-data-account = Compte
personal-data-api-tokens = Jetons d'API
personal-data-second-factor = Deuxième facteur et codes de secours
personal-data-calendar-feeds = Abonnements de calendrier
personal-data-roles = Rôles
personal-data-role-offers = Rôles proposés
personal-data-map-contacts = Personne de contact sur la carte sociale
personal-data-map-reports = Erreurs signalées sur la carte sociale
personal-data-map-editor = Organisations dont vous tenez la fiche à jour
personal-data-map-proposals = Modifications proposées sur la carte sociale
personal-data-contacts = Personne de contact d'une organisation membre
personal-data-signatures = Signatures de la charte
personal-data-seats = Sièges dans les instances
personal-data-register-decisions = Décisions inscrites au registre des membres
personal-data-invitations = Invitations aux réunions, réponses et présences
personal-data-signals = Signalements à l'observatoire
personal-data-page-revisions = Versions de pages publiques que vous avez enregistrées
personal-data-need-follow-up = Suivi des besoins
personal-data-audit = Journal d'audit (connexions et modifications)
personal-data-messages = E-mails envoyés
erasure-why-account-linked = le compte sert encore ailleurs (un rôle ou une organisation membre d'une autre coordination) : seule la personne ou l'administration de la plateforme peut l'effacer
erasure-why-map-reports = le signalement reste pour corriger la carte, sans l'adresse de la personne
erasure-why-record-history = l'historique du dossier reste, sans le nom de la personne
erasure-why-signatures = l'organisation a signé : la signature reste, au nom d'« un·e représentant·e de l'organisation », avec l'empreinte du texte signé
erasure-why-seats = le siège appartient à l'organisation : il reste, sans le nom de la personne
erasure-why-attendance = les procès-verbaux et le nombre de présents restent exacts : la présence reste, sans nom ni adresse
erasure-why-signals = le signalement est celui de l'organisation et ne compte que des nombres : il reste dans les chiffres, sans qui l'a saisi
erasure-why-audit = le journal d'audit garde la trace de ce qui s'est passé, sans le nom, l'adresse ni l'adresse IP de la personne
erasure-title = Effacer les données personnelles
erasure-intro = Votre compte et ce que Socius conserve à votre sujet seront effacés. Voici, avant de confirmer, ce qui sera supprimé, ce qui restera sans votre nom et pourquoi. Cette action est définitive.
erasure-intro-contact = Ce que votre coordination conserve au sujet de cette personne sera effacé. Voici, avant de confirmer, ce qui sera supprimé, ce qui restera sans son nom et pourquoi. Cette action est définitive.
erasure-nothing = Rien à effacer.
erasure-removed = Supprimé
erasure-pseudonymised = Conservé sans le nom de la personne
erasure-kept = Conservé
erasure-only-coordinator = Cette personne est la seule à coordonner : { $coordinations }. Désignez d'abord une autre personne coordinatrice (page Personnes), puis revenez ici.
erasure-password = Votre mot de passe
erasure-password-hint = Pour confirmer que c'est bien vous.
erasure-confirm = Effacer mon compte définitivement
erasure-confirm-contact = Effacer ces données définitivement
flash-account-erased = Votre compte et vos données personnelles ont été effacés.
flash-contact-erased = Les données personnelles de cette personne ont été effacées.
representative-of = un·e représentant·e de { $organisation }
erased-person = personne effacée
pd-email = Adresse e-mail
pd-display-name = Nom
pd-lang = Langue
pd-created-at = Créé le
pd-is-platform-admin = Administration de la plateforme
pd-is-regional-staff = Équipe régionale
pd-second-factor = Deuxième facteur
pd-name = Nom
pd-prefix = Début du jeton
pd-last-used-at = Dernière utilisation
pd-revoked-at = Révoqué le
pd-coordination = Coordination
pd-role = Rôle
pd-granted-at = Attribué le
pd-accepted-at = Accepté le
pd-organisation = Organisation
pd-title = Fonction
pd-phone = Téléphone
pd-added-at = Ajouté le
pd-record-kind = Fiche
pd-status = Statut
pd-submitted-at = Proposé le
pd-message = Message
pd-share-consent = Accepte de partager ses coordonnées
pd-kind = Type
pd-version = Version
pd-signer-name = Signé par
pd-text-hash = Empreinte du texte (SHA-256)
pd-signed-at = Signé le
pd-body = Instance
pd-starts-on = Depuis le
pd-ends-on = Jusqu'au
pd-meeting = Réunion
pd-starts-at = Date
pd-rsvp = Réponse
pd-representative = Représenté·e par
pd-responded-at = Répondu le
pd-attendance = Présence
pd-walk-in = Venu·e sans invitation
pd-period-start = Début de la période
pd-period-end = Fin de la période
pd-description = Description
pd-people-count = Nombre de personnes
pd-event = Événement
pd-actor-label = Par
pd-ip = Adresse IP
pd-subject = Objet
pd-sent-at = Envoyé le
processing-title = Ce que Socius conserve
processing-intro = Registre des traitements (RGPD, art. 30), établi à partir des réglages que Socius applique pour cette coordination.
processing-what = Données
processing-why = Pourquoi
processing-kept = Combien de temps
processing-who = Qui les voit
processing-rights = Chaque personne peut consulter, télécharger et effacer ses données depuis « Mon compte », ou les demander à la coordination.
processing-accounts = Comptes : nom, adresse e-mail, langue, mot de passe (chiffré), deuxième facteur
processing-accounts-why = Se connecter et recevoir les messages du réseau
processing-accounts-who = La personne ; les coordinateurs et coordinatrices pour les personnes de leur coordination
processing-sign-ins = Connexions et modifications (journal d'audit), avec l'adresse IP
processing-sign-ins-why = Sécurité et traçabilité des décisions
processing-sign-ins-who = Les coordinateurs et coordinatrices ; l'administration de la plateforme
processing-contacts = Personnes de contact des organisations membres et leur accord de partage
processing-contacts-why = Faire vivre le réseau : invitations, observatoire, annuaire des membres
processing-contacts-who = Les coordinateurs et coordinatrices ; les autres membres si la personne l'accepte
processing-applications = Demandes d'adhésion refusées
processing-applications-why = Répondre à une éventuelle contestation
processing-applications-who = Les coordinateurs et coordinatrices
processing-meetings = Invitations, réponses et présences aux réunions
processing-meetings-why = Organiser les réunions et en tenir les procès-verbaux
processing-meetings-who = Les membres de l'instance ; les procès-verbaux publiés, selon leur diffusion
processing-signals = Signalements à l'observatoire (des nombres, jamais de noms)
processing-signals-why = Établir le diagnostic social du territoire
processing-signals-who = Les coordinateurs et coordinatrices ; le public voit des chiffres agrégés, jamais les petits nombres
processing-mail = E-mails envoyés par Socius
processing-mail-why = Suivre leur distribution
processing-mail-who = L'administration de la plateforme
processing-map = Personnes de contact de la carte sociale
processing-map-why = Orienter le public vers les services
processing-map-who = Tout le monde (la carte sociale est publique)
processing-sessions = Sessions de connexion
processing-sessions-why = Rester connecté·e
processing-sessions-who = Personne
retention-until-erased = Jusqu'à l'effacement du compte
retention-while-member = Tant que l'organisation est membre, ou jusqu'à l'effacement
retention-with-minutes = Avec les procès-verbaux ; sans nom ni adresse après un effacement
retention-figures = Dans les chiffres, sans qui les a saisis après un effacement
retention-until-changed = Jusqu'à ce que la fiche change
retention-sessions = Jusqu'à la déconnexion ou l'expiration de la session
retention-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
retention-days = { $count ->
    [one] { $count } jour (le texte ; l'objet et la distribution restent)
   *[other] { $count } jours (le texte ; l'objet et la distribution restent)
}
retention-title = Durées de conservation
retention-intro = Socius efface de lui-même ce qui a fait son temps. La page « Vie privée » montre ces durées au public.
retention-refused-months = Demandes d'adhésion refusées (en mois)
retention-refused-months-hint = De 1 à 120 mois ; 12 par défaut.
retention-mail-days = Texte des e-mails distribués (en jours)
retention-mail-days-hint = De 7 à 3650 jours ; 90 par défaut. L'objet, le destinataire et la distribution restent.
platform-settings-ip-months = Adresses IP du journal d'audit (en mois)
platform-settings-ip-months-hint = De 1 à 60 mois ; 12 par défaut.
people-account = Compte
people-locked = Verrouillé
people-lock = Verrouiller
people-unlock = Déverrouiller
people-lock-title = Verrouiller un compte
people-lock-question = Verrouiller le compte de { $name } ?
people-lock-effects = La personne est déconnectée partout, ses jetons d'API et abonnements de calendrier sont révoqués et elle ne peut plus se connecter jusqu'au déverrouillage. Rien n'est effacé.
people-lock-confirm = Verrouiller le compte
flash-account-locked = Le compte est verrouillé : la personne est déconnectée partout.
flash-account-unlocked = Le compte est déverrouillé : la personne peut de nouveau se connecter.
people-handover = Passer le relais
handover-title = Passer le relais
handover-intro = Ce que cette personne a en charge dans la coordination passe à la personne qui lui succède : les actions de suivi ouvertes des procès-verbaux (et, quand ces modules existeront, les indicateurs, projets, dossiers et campagnes). Choisissez qui prend le relais ; vous verrez ce qui passera avant de confirmer.
handover-successor = Qui prend le relais
handover-choose = Voir ce qui passera
handover-preview = Ce qui passera à { $name }
handover-nothing = Rien n'est à transmettre.
handover-confirm = Tout transmettre à { $name }
handover-open-actions = Actions de suivi ouvertes
flash-handed-over = Le relais est passé : ce que la personne avait en charge est transmis.
account-name = Votre nom
account-name-hint = Tel que les autres personnes du réseau le verront.
coordinations-admin-title = Coordinations
coordinations-new = Nouvelle coordination
coordinations-create = Créer la coordination
coordinations-identity = Identité et coordonnées
coordinations-slug = Adresse dans Socius
coordinations-slug-hint = La fin des adresses de ses pages, par exemple « koekelberg » : lettres minuscules, chiffres et tirets. Elle ne change plus ensuite.
coordinations-names = Noms
coordinations-own-name = Nom propre (facultatif)
coordinations-own-name-hint = Le nom sous lequel le réseau se fait connaître, par exemple « Koecoon ».
coordinations-municipality = Commune
coordinations-address-fr = Adresse en français
coordinations-address-nl = Adresse en néerlandais
coordinations-hours-fr = Permanences en français
coordinations-hours-nl = Permanences en néerlandais
coordinations-hours-hint = Par exemple : du lundi au vendredi, de 9 h à 12 h.
coordination-office-hours = Permanences
error-slug-taken = Une coordination utilise déjà cette adresse.
error-municipality-unknown = Choisissez une des 19 communes bruxelloises.
error-try-again = Réessayez dans un instant.
flash-coordination-created = La coordination est créée. Complétez son identité, puis donnez le rôle de coordination à une première personne (page Personnes).
nav-coordinations = Coordinations
nav-identity = Identité
coordinations-look = Apparence
coordinations-accent = Couleur d'accent (facultatif)
coordinations-accent-hint = En hexadécimal, par exemple #2d6a3e : la bannière l'utilise avec un texte blanc, elle doit donc être assez foncée. Vide : le bleu de Socius.
error-colour-invalid = Écrivez la couleur en hexadécimal, par exemple #2d6a3e.
error-colour-contrast = Cette couleur est trop claire : le texte blanc n'y serait pas lisible (contraste inférieur à 4,5:1). Choisissez une teinte plus foncée.
erasure-last-admin = Vous êtes la dernière personne à administrer la plateforme : désignez d'abord une autre administratrice ou un autre administrateur.

## Public pages and content blocks
page-mission = Mission et objectifs
page-actions = Ce que nous faisons
page-history = Notre histoire
page-how-we-work = Comment nous fonctionnons
page-how-to-join = Comment nous rejoindre
pages-title = Pages publiques
pages-intro = Les textes de votre site public, en français et en néerlandais. Une page non écrite n'est pas montrée au public ; une traduction manquante est signalée ici et sur la page.
pages-page = Page
pages-state = État
pages-updated = Dernière modification
pages-actions = Actions
pages-not-written = Pas encore écrite
pages-written = Écrite dans les deux langues
pages-default-text = Texte proposé par Socius
pages-history = Historique
pages-no-revision = Cette page n'a pas encore été enregistrée.
pages-current = version en ligne
pages-show-text = Voir le texte
pages-restore = Rétablir cette version
pages-restore-confirm = Cette version remplacera le texte en ligne. Le texte actuel reste dans l'historique.
flash-page-restored = La version choisie est de nouveau en ligne.
hint-markdown = Une ligne par paragraphe. Mise en forme : **gras**, *italique*, « - » en début de ligne pour une liste, [texte du lien](https://…), « ## » pour un intertitre.
coordination-become-member = Devenir membre
coordination-about = Qui sommes-nous
coordination-next-meetings = Prochaines réunions publiques
coordination-no-public-meeting = Aucune réunion publique n'est annoncée pour le moment.
coordination-public-feed = Ajouter les réunions publiques à mon agenda (.ics)
coordination-groups = Nos groupes de travail
coordination-observatory-intro = Les besoins et le non-recours aux droits que nos partenaires constatent, en chiffres.
coordination-observatory-latest = Dernière collecte publiée : { $name }.
coordination-observatory-organisations = { $count ->
    [one] par { $count } organisation
   *[other] par { $count } organisations
}
coordination-observatory-link = Voir les chiffres publiés
coordinations-logo = Logo
coordinations-logo-of = Logo de { $coordination }
coordinations-logo-add = Ajouter un logo
coordinations-logo-replace = Remplacer le logo
coordinations-logo-hint = PNG, JPEG ou WebP, 2 Mo au plus. Socius le redessine en PNG de 480 × 240 pixels au plus ; les fichiers SVG ne sont pas acceptés.
coordinations-logo-send = Envoyer le logo
coordinations-logo-remove = Retirer le logo
coordinations-logo-remove-confirm = Le logo disparaîtra de l'en-tête de vos pages. Vous pourrez en envoyer un autre.
flash-logo-saved = Le logo est enregistré.
flash-logo-removed = Le logo est retiré.
error-logo-type = Choisissez une image PNG, JPEG ou WebP (les fichiers SVG ne sont pas acceptés).
error-logo-unreadable = Cette image ne peut pas être lue : enregistrez-la à nouveau en PNG ou en JPEG.
error-logo-too-large = Ce fichier dépasse 2 Mo : choisissez une image plus légère.
error-logo-empty = Choisissez un fichier image.
partners-title = Nos partenaires
partners-intro = Les organisations membres de la coordination qui ont accepté d'apparaître ici, avec leurs thèmes et leur fiche dans le répertoire social.
partners-search = Chercher une organisation
partners-all-themes = Tous les thèmes
partners-count = { $count ->
    [one] { $count } partenaire
   *[other] { $count } partenaires
}
partners-count-total = { $count ->
    [one] sur { $count }
   *[other] sur { $count }
}
partners-none = Aucune organisation membre n'est encore listée.
partners-none-found = Aucun partenaire ne correspond à cette recherche.
partners-show-all = Voir tous les partenaires
partners-listing = Liste publique des partenaires
partners-listed = Notre organisation apparaît sur la liste publique des partenaires de la coordination (son nom, ses thèmes et sa fiche du répertoire ; jamais le nom d'une personne).
partners-listed-for = Cette organisation apparaît sur la liste publique des partenaires (son accord, qu'elle peut aussi changer elle-même).
flash-partner-listed = L'organisation apparaît sur la liste des partenaires.
flash-partner-unlisted = L'organisation n'apparaît plus sur la liste des partenaires.
coordination-partners-intro = Les organisations sociales et de santé qui font vivre le réseau.
coordination-partners-link = Voir nos partenaires
calendar-title = Agenda public
calendar-months = Mois de l'agenda
calendar-previous = ← Mois précédent
calendar-next = Mois suivant →
calendar-empty = Aucune réunion publique ce mois-ci.
calendar-cancelled = Annulée
calendar-subscribe = S'abonner à l'agenda
calendar-subscribe-intro = Les réunions publiques apparaissent dans votre agenda et s'y mettent à jour d'elles-mêmes.
calendar-webcal = S'abonner dans mon agenda
calendar-ics = Télécharger le fichier .ics
calendar-back = ← Retour à l'agenda
calendar-when = Quand
calendar-where = Où
calendar-duration = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
calendar-agenda = Ordre du jour
calendar-agenda-empty = L'ordre du jour sera publié prochainement.
calendar-decisions = Décisions
home-what = Dans chacune des 19 communes bruxelloises, le CPAS anime une coordination sociale : le réseau des organisations sociales et de santé publiques et associatives de la commune.
home-what-more = Elles s'y font connaître et s'orientent les unes vers les autres, repèrent ensemble les besoins et le non-recours aux droits, et en font des propositions aux autorités. Leur répertoire social aide chacun à trouver le bon service.
home-search-label = Chercher de l'aide dans toute la Région
region-search-title = Chercher dans les répertoires sociaux
region-search-count = { $count ->
    [0] Aucun service trouvé
    [one] { $count } service trouvé
   *[other] { $count } services trouvés
}
region-search-none = Essayez un autre mot, ou cherchez dans le répertoire d'une commune.
region-search-all = { $count ->
    [one] Voir le service
   *[other] Voir les { $count } services
}
todo-title = À faire
todo-nothing = Rien n'attend pour le moment.
todo-applications = { $count ->
    [one] { $count } demande d'adhésion à examiner
   *[other] { $count } demandes d'adhésion à examiner
}
todo-changes = { $count ->
    [one] { $count } modification du répertoire à valider
   *[other] { $count } modifications du répertoire à valider
}
todo-reports = { $count ->
    [one] { $count } erreur signalée dans le répertoire
   *[other] { $count } erreurs signalées dans le répertoire
}
todo-proposals = { $count ->
    [one] { $count } point proposé par un membre pour un ordre du jour
   *[other] { $count } points proposés par des membres pour les ordres du jour
}
todo-stale = { $count ->
    [one] { $count } fiche de la carte sociale non vérifiée depuis un an
   *[other] { $count } fiches de la carte sociale non vérifiées depuis un an
}
todo-sign-again = La charte ou le règlement a changé : votre organisation doit les signer à nouveau.
todo-sign-again-link = Lire et signer
todo-body-meetings = Prochaines réunions de vos organes
todo-record = Votre fiche sur la carte sociale
todo-record-verified = Confirmée pour la dernière fois le { $date }.
todo-record-never = Elle n'a encore jamais été confirmée.
todo-record-stale = Elle date de plus d'un an : vérifiez-la et mettez-la à jour.
todo-record-edit = Voir et modifier la fiche
todo-next-meeting = Prochaine réunion
todo-no-meeting = Aucune réunion n'est prévue.
todo-rounds = Collectes de l'observatoire en cours
todo-round-answered = { $reported } organisations ont répondu
todo-deadline = jusqu'au { $date }
todo-invitations = Invitations auxquelles répondre
todo-no-invitation = Vous avez répondu à toutes vos invitations.
todo-report = Signaler les besoins constatés
nav-menu = Menu
governance-title = Nos organes
governance-intro = Les organes de la coordination, ce qu'ils font et qui y siège. Les organisations y sont nommées si elles ont accepté d'apparaître parmi nos partenaires ; les personnes ne sont jamais nommées.
governance-none = Les organes de la coordination seront bientôt présentés ici.
governance-open = ouvert à tous les membres
governance-plenary = Toutes les organisations membres y siègent.
governance-chair = Présidence : { $organisation }
governance-others = { $count ->
    [one] et { $count } autre siège (une personne ou une organisation non listée)
   *[other] et { $count } autres sièges (des personnes ou des organisations non listées)
}
governance-charter = Charte et règlement d'ordre intérieur

## Documents publiés
documents-title = Documents
documents-signed = Ce que signent les membres
documents-published = Documents publiés par la coordination
documents-none = La coordination n'a pas encore publié de document.
documents-remove-confirm = Retirer « { $name } » du site ? Le fichier sera supprimé ; le journal d'audit garde son nom.
documents-publish = Publier un document
documents-publish-hint = Rapport d'activités, dépliant, statuts… Il sera visible de tous sur cette page. Donnez-lui un titre en français et en néerlandais.
documents-title-fr = Titre en français
documents-title-nl = Titre en néerlandais
documents-file = Fichier
documents-file-hint = PDF, ODF (LibreOffice), Office, image PNG ou JPEG, texte ou CSV ; 10 Mo au plus.
documents-publish-button = Publier le document
flash-document-published = Le document est publié.
flash-document-removed = Le document est retiré du site.
personal-data-published-documents = Documents que vous avez publiés
erasure-why-published-document = le document reste publié, sans le nom de la personne qui l'a déposé

# Minutes as one form; decisions with a subject; owners of actions; corrections (issue 15)
minutes-one-form-hint = Toute la page est un seul formulaire : notes, décisions et actions s'enregistrent ensemble, et chaque étape enregistre d'abord ce que vous avez tapé.
minutes-other-business = Autres décisions et actions
minutes-decision-number = Décision n° { $number }
minutes-decision-subject = Voir ce qu'elle concerne
minutes-decision-at-approval = elle prendra effet à l'approbation du procès-verbal
minutes-decision-remove = Supprimer cette décision
minutes-action = Action
minutes-action-what = Ce qu'il faut faire
minutes-action-owner-hint = Une personne de la coordination ou de la réunion reçoit un e-mail, puis un rappel avant l'échéance.
minutes-action-owner-other = Quelqu'un d'autre (écrivez son nom ci-dessous)
minutes-action-owner-name = Nom du responsable, s'il n'est pas dans la liste
minutes-action-remove = Supprimer cette action
minutes-change-note = Ce que cette correction change
minutes-change-note-hint = Ce texte accompagne la nouvelle version envoyée aux destinataires du procès-verbal.
minutes-send-button = Enregistrer et envoyer
minutes-approve-button = Enregistrer et approuver
minutes-publish-button = Enregistrer et publier
minutes-correct = Publier une correction
minutes-correct-button = Publier la correction
minutes-correct-confirm = { $count ->
    [0] Personne ne recevra la correction : aucune personne invitée n'a d'adresse e-mail.
    [one] { $count } personne invitée recevra la nouvelle version par e-mail, avec le PDF et ce que la correction change.
   *[other] { $count } personnes invitées recevront la nouvelle version par e-mail, avec le PDF et ce que la correction change.
}
minutes-version = version { $version }
minutes-versions = Versions publiées
flash-minutes-approved = Le procès-verbal est approuvé. { $count ->
    [0] Ses décisions sont en vigueur.
    [one] Ses décisions sont en vigueur, dont { $count } qui a été appliquée à ce qu'elle concerne.
   *[other] Ses décisions sont en vigueur, dont { $count } qui ont été appliquées à ce qu'elles concernent.
}
error-correction-step = Le procès-verbal est publié : une modification se publie comme correction. Décrivez-la, puis cliquez sur « Publier une correction ».
error-minutes-closed = Le procès-verbal de cette réunion est approuvé : il ne change plus. Une réunion suivante peut prendre une nouvelle décision.
error-decision-pending = Une décision à ce sujet attend déjà l'approbation d'un procès-verbal.
mail-minutes-corrected-subject = Procès-verbal corrigé (version { $version }) : { $name }
mail-minutes-corrected-body = Le procès-verbal de « { $name } » ({ $date }) a été corrigé ; la version { $version } est jointe en PDF. Voici ce qui change :
mail-action-heading = L'action
mail-action-due-line = Échéance : { $due }
action-no-due-date = pas d'échéance
mail-action-given-subject = Une action vous est confiée : { $description }
mail-action-given-body = Lors de « { $meeting } » ({ $date }), cette action vous a été confiée.
mail-action-reminder-subject = Rappel : « { $description } » pour le { $due }
mail-action-reminder-body = L'action que « { $meeting } » ({ $date }) vous a confiée arrive à échéance. Si elle est faite, dites-le à la coordination.
decision-membership-admit = Admission de { $organization } comme membre.
decision-membership-refuse = Refus de la candidature de { $organization }.
decision-membership-suspend = Suspension de l'adhésion de { $organization }.
decision-membership-end = Fin de l'adhésion de { $organization }.
decision-membership-reinstate = Réintégration de { $organization } comme membre.
decision-subject-membership = adhésion
members-decided-at = Décisions des réunions
members-decision-in-force = en vigueur depuis le { $date }
members-decision-pending = prendra effet à l'approbation du procès-verbal
members-meeting-none = Aucune : la décision prend effet maintenant
flash-decision-proposed = La décision est inscrite au procès-verbal de la réunion ; elle prendra effet à son approbation.
personal-data-actions = Actions que les procès-verbaux vous ont confiées
erasure-why-action-owner = l'action reste au procès-verbal de la réunion, sans le nom ni l'adresse de son responsable
rounds-undelivered = { $count ->
    [one] Un message d'un relevé n'a pas pu être remis, après plusieurs essais. Vérifiez l'adresse :
   *[other] { $count } messages des relevés n'ont pas pu être remis, après plusieurs essais. Vérifiez ces adresses :
}
minutes-decision-of = décision n° { $number } du { $date }
minutes-decision-supersedes = Remplace une décision en vigueur
minutes-decision-supersedes-hint = Une décision approuvée ne change plus : une décision nouvelle la remplace.
minutes-decision-supersedes-none = Ne remplace aucune décision
minutes-decision-replaces = Remplace la
minutes-decision-replaced-by = Remplacée par la
members-confirm-admit = { $organization } devient membre : sa fiche rejoint la carte sociale et son contact principal est invité à créer son compte.
members-confirm-refuse = La candidature de { $organization } est refusée ; son contact principal en reçoit le motif par e-mail.
members-confirm-suspend = L'adhésion de { $organization } est suspendue : ses personnes de contact n'ont plus accès à l'espace membre ; son contact principal en est informé par e-mail.
members-confirm-end = { $organization } n'est plus membre : ses personnes de contact perdent l'accès à l'espace membre ; son contact principal en est informé par e-mail.
members-confirm-reinstate = { $organization } redevient membre : ses personnes de contact retrouvent l'accès à l'espace membre.
members-confirm-meeting = Si une réunion est choisie, la décision s'inscrit à son procès-verbal et prend effet à son approbation.
mine-leave-what = Votre organisation ne sera plus membre : ses personnes de contact perdent l'accès à l'espace membre et aux réunions, et la coordination en est informée. Une nouvelle candidature reste possible.
rounds-remind-confirm = Les organisations membres qui n'ont encore rien signalé dans ce relevé reçoivent un rappel par e-mail.
rounds-close-confirm = Les partenaires ne pourront plus signaler dans ce relevé ; il pourra être rouvert.
rounds-publish-confirm = Les chiffres du relevé deviennent publics sur le site de la coordination, les petits groupes masqués.
member-status-tab-applicant = Candidatures
member-status-tab-member = Membres
member-status-tab-suspended = Suspendus
member-status-tab-former = Anciens membres
member-status-tab-refused = Refusées
member-event-applicant = Candidature reçue
member-event-member = Admission
member-event-suspended = Suspension
member-event-former = Fin de l'adhésion
member-event-refused = Refus
