# Cascade — pages que lisent les participants, et éléments communs à toutes les pages.
# Traduction française de en/pages.ftl : mêmes identifiants de messages.
# Termes (voir GLOSSARY.md) : formation, séance, organisateurs, inscription, certificat,
# liste d'attente, fuseau horaire, participant, politique de confidentialité.

## Every page

skip-to-content = Aller au contenu
brand-home = Accueil de Cascade
nav-main = Menu principal
nav-my-trainings = Mes formations
nav-organisations = Organisations
nav-trainer-space = Espace formateurs
nav-to-verify = À vérifier
nav-password = Mot de passe
nav-sign-out = Se déconnecter ({ $name })
nav-sign-in = Se connecter
footer-about = Cascade — la formation de formateurs, de la planification à la cascade.
footer-api = API
footer-mailbox = Boîte aux lettres
footer-mailbox-note = (e-mails interceptés localement)
language-switcher = Langue
# The title of a page, after the page's own: "Inscription : Portail de reporting · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = Page introuvable
error-not-allowed = Accès refusé
error-server = Une erreur s'est produite
error-other = L'opération n'a pas abouti
# $link: a link whose text is error-start-page.
error-back = Utilisez le bouton Retour de votre navigateur, ou { $link }.
error-start-page = revenez à la page d'accueil
error-summary = Un problème est survenu

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes: "1 h 30 min".
duration =
    { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [one] { $time } +{ $days } jour
       *[other] { $time } +{ $days } jours
    }

## The public page of a training

# $dates: one date, or two dates joined by date-span.
public-took-place = Cette formation a déjà eu lieu ({ $dates }).
public-registration-closed = Les inscriptions sont closes.
public-invitation-only = Inscription sur invitation uniquement.
public-register = S'inscrire
public-add-to-calendar = Ajouter à l'agenda (.ics)
# A heading above the list of organising organisations.
public-organised-by = Organisateurs
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = chef de file
public-contact = Des questions ? Écrivez aux organisateurs :
public-schedule = Calendrier
public-schedule-zones = Horaires dans le fuseau horaire de la formation ({ $zone }) et dans chaque pays organisateur.
public-about = À propos
public-language = Langue : { $language }
public-places =
    { $count ->
        [one] { $count } place
       *[other] { $count } places
    }
public-registration-mode = Inscription : { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link } : les données conservées à votre sujet lors de l'inscription, leur durée de conservation et comment les faire effacer.
public-privacy-link = Politique de confidentialité

## The schedule table

schedule-region = Horaires dans chaque fuseau horaire
schedule-caption = Séances dans chaque fuseau horaire
schedule-session = Séance
schedule-training-zone = (formation)
schedule-your-time = Votre heure
schedule-night = nuit

## The registration form

form-title = Inscription : { $title }
form-heading = Inscription
# $reason: one of the form-closed-* messages below.
form-closed = Les inscriptions sont closes : { $reason }.
form-closed-ended = cette formation a déjà eu lieu ({ $dates })
form-closed-window = les inscriptions ont pris fin le { $date }
form-closed-not-open = les inscriptions ouvriront le { $date }
form-closed-cancelled = cette formation a été annulée
form-closed-completed = cette formation est terminée
form-closed-unpublished = cette formation n'est pas ouverte aux inscriptions
form-invitation-only = Cette formation est accessible sur invitation uniquement. Si vous avez reçu une invitation, utilisez le lien personnel qui figure dans l'e-mail d'invitation.
form-full-title = Cette formation est complète.
form-full-text = Vous pouvez tout de même vous inscrire : votre inscription sera placée sur la liste d'attente, et une place vous sera attribuée dès qu'elle se libère ; un e-mail vous en informera.
form-approval = Les organisateurs valident chaque inscription ; vous recevrez leur réponse par e-mail.
form-email = Adresse e-mail
form-email-hint = Nous vous enverrons un lien pour la confirmer.
form-email-invited = Votre invitation est liée à cette adresse.
form-consent = J'accepte que les organisateurs conservent ces informations pour organiser la formation et pour rendre compte, de façon anonyme, du nombre de personnes touchées.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = La { $link } indique quelles données sont conservées, pendant combien de temps, et comment les faire effacer.
form-privacy-link = politique de confidentialité
form-submit = S'inscrire
form-submit-waitlist = S'inscrire sur la liste d'attente

## A person's details (the form and the participant page)

person-full-name = Nom complet
person-organisation = Organisation
person-organisation-hint = L'organisation où vous travaillez.
person-country = Pays
person-choose = Choisir…
person-sex = Sexe
person-sex-hint = (facultatif ; sert aux rapports qui comptent les femmes et les hommes touchés)
person-not-given = Non renseigné
person-age = Âge
person-optional = (facultatif)

# Errors on the form, by field: what the field must hold.
field-error-email = Saisissez une adresse e-mail qui peut recevoir des messages, par exemple nom@example.org.
field-error-full_name = Saisissez votre nom complet, sur une seule ligne (200 caractères au maximum).
field-error-organisation = Saisissez votre organisation, sur une seule ligne (200 caractères au maximum).
field-error-country = Choisissez votre pays dans la liste.
field-error-sex = Choisissez l'une des options, ou « Non renseigné ».
field-error-age_band = Choisissez une tranche d'âge dans la liste, ou « Non renseigné ».
field-error-consent = Cochez la case pour donner votre accord ; sinon, les organisateurs ne peuvent pas conserver votre inscription.
field-error-csrf = Le formulaire a expiré ou ne provient pas de ce site ; rechargez la page et réessayez.
field-error-rate-limited = Trop d'inscriptions depuis ce réseau ou pour cette adresse ; réessayez plus tard.
field-error-other = L'opération n'a pas abouti : vérifiez le formulaire et réessayez.

## After registering

inbox-title = Consultez votre boîte de réception
inbox-sent = Nous avons envoyé un e-mail à l'adresse que vous avez indiquée pour la formation « { $title } ».
inbox-open-link =
    { $hours ->
        [one] Ouvrez le lien qu'il contient pour confirmer votre inscription. Ce lien est valable { $hours } heure.
       *[other] Ouvrez le lien qu'il contient pour confirmer votre inscription. Ce lien est valable { $hours } heures.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = Vous n'avez rien reçu après quelques minutes ? Regardez dans le dossier des courriers indésirables (spam), ou { $link } pour recevoir un nouveau lien.
inbox-register-again = inscrivez-vous à nouveau

confirm-title = Confirmez votre inscription
confirm-for = Formation : « { $title } ».
confirm-button = Confirmer mon inscription
confirm-invalid-title = Ce lien ne fonctionne plus
confirm-invalid = Un lien de confirmation ne sert qu'une fois et expire. Celui-ci a déjà été utilisé, a expiré ou n'est pas valide.
confirm-invalid-next = Inscription déjà confirmée ? Le lien vers votre page d'inscription figure dans l'e-mail envoyé après la confirmation. Sinon, inscrivez-vous à nouveau : nous enverrons un nouveau lien à la même adresse, et vous garderez une seule inscription.
confirm-register-again = S'inscrire à nouveau

## The participant's own page

participant-title = Votre inscription : { $title }
participant-yours = Votre inscription
participant-waitlisted = La formation est complète. Vous êtes sur la liste d'attente et recevrez un e-mail avec l'invitation dès qu'une place se libère.
participant-awaiting = Les organisateurs n'ont pas encore pris leur décision. Vous recevrez un e-mail.
participant-cancelled = Cette inscription est annulée.
participant-register-again = S'inscrire à nouveau
participant-pending = Confirmez votre adresse e-mail avec le lien que nous vous avons envoyé.
participant-schedule = Calendrier
participant-zone-yours = Horaires dans votre fuseau horaire ({ $zone }).
participant-zone-both = Horaires dans votre fuseau horaire ({ $zone }) ; sous chaque horaire, dans le fuseau horaire de la formation ({ $training_zone }).
participant-join = Rejoindre la séance
# $time: a date and a clock time, e.g. "14 février 2023 à 08:45".
participant-join-from = Le lien pour rejoindre la séance apparaîtra ici à partir du { $time }.
participant-check-in = Je suis là : enregistrer ma présence
# Read by screen readers after participant-check-in.
participant-check-in-to = à la séance « { $session } »
participant-host-code = ou le code de l'hôte
participant-google = Ajouter à Google Calendar
participant-outlook = Ajouter à Outlook
participant-download = Télécharger le fichier d'agenda (.ics)
participant-subscribe = S'abonner depuis votre application d'agenda
participant-stays-current = (mis à jour automatiquement si le calendrier change)
participant-details = Vos informations
participant-save = Enregistrer mes informations
participant-cannot-come = Vous ne pouvez pas participer ?
participant-cancel = Annuler mon inscription
participant-cancel-note = Votre place reviendra à la première personne de la liste d'attente.
participant-privacy = Confidentialité
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = La { $link } indique ce qui est conservé à votre sujet et pendant combien de temps.
participant-privacy-link = politique de confidentialité
participant-erase-link = Effacer vos informations
participant-language = Langue de vos e-mails, invitations et certificat
participant-language-save = Utiliser cette langue
participant-saved = Vos informations sont enregistrées.
participant-language-saved = Vos e-mails, invitations et certificat seront rédigés dans cette langue.
participant-cancelled-notice = Votre inscription est annulée.
participant-welcome-confirmed = Votre inscription est confirmée. L'invitation d'agenda arrive dans votre boîte de réception.
participant-welcome-waitlisted = Votre adresse e-mail est confirmée. La formation est complète : vous êtes sur la liste d'attente.
participant-welcome-awaiting = Votre adresse e-mail est confirmée. Les organisateurs vont examiner votre inscription.

## The privacy notice of a training

privacy-title = Politique de confidentialité : { $title }
privacy-heading = Politique de confidentialité
privacy-lead = Les données conservées à votre sujet lorsque vous vous inscrivez à « { $title } », pendant combien de temps, et comment les faire effacer.
privacy-who = Responsables
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolie) et C (Rwanda)")
privacy-who-text = Les organisateurs : { $organisations }. Ils organisent la formation à l'aide de Cascade, le logiciel de ce site.
privacy-write-to = Pour leur écrire :
# Joins the last two items of a list: "A et B"; other items are joined with ", ".
list-and = { $first } et { $last }
list-comma = { $first }, { $rest }
privacy-what = Données conservées
privacy-what-given = Ce que vous indiquez en vous inscrivant : votre adresse e-mail, votre nom, votre organisation et votre pays, ainsi que votre sexe et votre tranche d'âge si vous choisissez de les indiquer ; la date à laquelle vous avez accepté leur conservation.
privacy-what-status = L'état de votre inscription (en attente de confirmation, confirmée, sur liste d'attente, annulée…).
privacy-what-attendance = Votre présence à chaque séance, telle que les organisateurs l'enregistrent ou l'importent depuis les rapports Zoom ou Teams.
privacy-what-certificate = Votre certificat, si vous l'obtenez.
privacy-what-mails = Les e-mails qui vous sont envoyés : confirmation, invitations d'agenda, rappels et modifications.
privacy-why = Finalité
privacy-why-text = Organiser la formation : confirmer votre place, vous envoyer les invitations d'agenda, les rappels et les modifications, enregistrer les présences et délivrer les certificats. Et indiquer aux bailleurs de fonds du programme combien de personnes la formation a touchées, par pays, sexe et tranche d'âge, de façon anonyme.
privacy-who-sees = Qui y a accès
privacy-who-sees-text = Les organisateurs de la formation et les administrateurs de ce site. Rien de tout cela n'apparaît sur les pages publiques. Un certificat montre votre nom à toute personne qui en possède le code : c'est ainsi qu'il peut être vérifié.
privacy-how-long = Durée de conservation
privacy-erased-after =
    { $days ->
        [one] Votre adresse e-mail, votre nom et votre organisation sont effacés { $days } jour après la dernière séance de la formation. Votre pays, votre sexe et votre tranche d'âge restent dans les statistiques, de façon anonyme.
       *[other] Votre adresse e-mail, votre nom et votre organisation sont effacés { $days } jours après la dernière séance de la formation. Votre pays, votre sexe et votre tranche d'âge restent dans les statistiques, de façon anonyme.
    }
privacy-erased-on = Soit le { $date }.
privacy-kept-until-erased = Cascade n'efface pas vos informations de lui-même : elles sont conservées jusqu'à ce que vous les effaciez, ou que vous demandiez aux organisateurs de le faire (voir ci-dessous). Votre pays, votre sexe et votre tranche d'âge restent alors dans les statistiques, de façon anonyme.
privacy-mails-deleted =
    { $days ->
        [one] Les e-mails qui vous sont envoyés sont supprimés { $days } jour après leur envoi.
       *[other] Les e-mails qui vous sont envoyés sont supprimés { $days } jours après leur envoi.
    }
privacy-mails-kept = Les e-mails qui vous sont envoyés sont conservés aussi longtemps que votre inscription ; ils sont supprimés si vous effacez vos informations.
privacy-reports = Les rapports de présence que les organisateurs importent depuis Zoom ou Teams restent liés à la formation tels qu'ils ont été téléversés, avec les noms et adresses e-mail qu'ils contiennent ; effacer vos informations ne les modifie pas. Adressez-vous aux organisateurs à ce sujet.
privacy-certificate-stays = Un certificat est conservé, avec votre nom, afin de pouvoir toujours être vérifié ; les organisateurs peuvent le révoquer à votre demande.
privacy-erasing = Faire effacer vos informations
privacy-erasing-text = Ouvrez votre inscription (le lien figure dans chaque e-mail que nous vous avons envoyé) et choisissez « Effacer mes informations ». Si vous avez encore une place, elle est d'abord annulée, pour revenir à la personne suivante sur la liste d'attente. L'effacement est définitif.
privacy-lost-mails = Vous avez perdu les e-mails, ou souhaitez savoir ce qui est conservé à votre sujet ? Écrivez aux organisateurs : ils peuvent vous montrer vos informations et les effacer pour vous.

## Erasing one's details

erase-title = Effacer vos informations : { $title }
erase-back = Votre inscription
erase-heading = Effacer vos informations ?
erase-what = Pour la formation « { $title } », cette action efface votre adresse e-mail ({ $email }), votre nom et votre organisation, ainsi que les e-mails qui vous ont déjà été envoyés.
erase-cancels = Votre inscription est d'abord annulée : vous recevez un dernier e-mail qui retire les séances de votre agenda, et votre place revient à la personne suivante sur la liste d'attente.
erase-stays = Votre pays, votre sexe et votre tranche d'âge restent, sans votre nom, dans le décompte des personnes touchées par la formation. Un certificat qui vous a déjà été délivré est conservé, afin de pouvoir toujours être vérifié.
erase-final = Cette action est définitive, et le lien de cette page cessera de fonctionner.
erase-button = Effacer mes informations
erased-title = Vos informations sont effacées
erased-text = Votre adresse e-mail, votre nom et votre organisation ne sont plus conservés pour « { $title } », et le lien vers votre inscription ne fonctionne plus.

## Values people choose or see

trainings-kind-tot = Formation de formateurs
trainings-kind-technical-webinar = Webinaire technique
trainings-kind-e-consultation = Consultation en ligne
trainings-kind-peer-exchange = Échange entre pairs
trainings-registration-mode-open = Libre
trainings-registration-mode-approval = Validation par un organisateur
trainings-registration-mode-invitation = Sur invitation uniquement
registrations-status-pending = En attente de confirmation par e-mail
registrations-status-confirmed = Confirmée
registrations-status-waitlisted = Sur liste d'attente
registrations-status-awaiting-approval = En attente de validation
registrations-status-invited = Invitation envoyée
registrations-status-cancelled = Annulée
registrations-status-declined = Refusée
registrations-sex-female = Femme
registrations-sex-male = Homme
registrations-sex-another = Autre
registrations-sex-undisclosed = Je préfère ne pas répondre
registrations-age-band-under-25 = Moins de 25 ans
registrations-age-band-25-34 = 25–34 ans
registrations-age-band-35-44 = 35–44 ans
registrations-age-band-45-54 = 45–54 ans
registrations-age-band-55-64 = 55–64 ans
registrations-age-band-65-plus = 65 ans et plus

## Checking a certificate (anyone with its code)

verify-title = Certificat { $code }
verify-kicker = Vérification de certificat
verify-revoked-on = Révoqué le { $date }
verify-reason = Motif :
verify-issuing = Délivrance en cours : le PDF et l'attestation numérique seront prêts dans quelques secondes.
verify-valid = Valide
verify-trainer = Certification de formateur
verify-attendance = Certificat de participation
verify-holder = Titulaire
verify-training = Formation
verify-organisers = Organisateurs
verify-dates = Dates
verify-hours = Durée
# $hours may have a decimal (1.5); in French, 0 to 1.9… take the singular ([one]).
verify-hours-value =
    { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
verify-attended = Présence
verify-attended-value =
    { $attended ->
        [one] { $attended } séance sur { $total }
       *[other] { $attended } séances sur { $total }
    }
verify-outcome = Résultat
verify-outcome-trainer = Certification de formateur : habilitation à former d'autres personnes sur le thème de cette formation
verify-outcome-attended = Participation à la formation
verify-criteria = Critères
verify-issued = Délivré le
verify-code = Code
verify-download = Télécharger
verify-pdf = Certificat (PDF)
verify-credential = Attestation numérique Open Badges 3.0 (JSON)
verify-signed = version signée (VC-JWT)
verify-authority = Cette page fait foi : un certificat imprimé n'est valable que tant que cette page l'indique. Adresse de cette page : { $url }
verify-another = Vérifier un autre certificat
verify-code-label = Code du certificat
verify-placeholder = Un autre code, par ex. { $example }
verify-check = Vérifier
lookup-title = Vérifier un certificat
lookup-lead = Saisissez le code imprimé sur le certificat, sous son code QR.
lookup-not-found = Certificat introuvable
lookup-not-found-text = Aucun certificat ne porte ce code. Vérifiez chaque caractère : le code comporte 12 lettres et chiffres, par exemple { $example }.
lookup-hint = 12 lettres et chiffres ; les tirets, les espaces et les minuscules ne comptent pas.

## Self check-in to a session

checkin-title = Enregistrement de présence
checkin-ok-title = Présence enregistrée
checkin-failed-title = Présence non enregistrée
checkin-ok = Votre présence est enregistrée. Bonne séance !
checkin-failed = L'enregistrement de présence n'a pas abouti : il est possible peu avant le début de la séance et jusqu'à sa fin, et le code de l'hôte doit être celui que l'hôte a communiqué.
checkin-back = Retour à votre inscription

## The error page
error-not-found-text = Il n'y a aucune page à cette adresse. Le lien est peut-être mal saisi ou périmé.
error-forbidden-text = Vous n'avez pas l'autorisation d'ouvrir cette page.
error-csrf-text = Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez.
# In French [one] covers 0 and 1: the number is shown.
error-rate-limited-text = Trop de requêtes. Réessayez dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
error-unavailable-text = Le service est surchargé. Réessayez dans un instant.
error-internal-text = Une erreur s'est produite de notre côté. Réessayez dans un instant.
error-too-large-text = Ce que vous avez envoyé est trop volumineux.
error-other-text = La requête n'a pas pu être traitée. Le motif, en anglais :

## The certificate PDF (its fixed wording; the name, title and organisers are as written)
pdf-title = Certificat – { $name }
pdf-heading-trainer = Certification de formateur
pdf-heading-attendance = Certificat de participation
pdf-preamble = Le présent certificat atteste que
# Followed by the training's title; worded without gender agreement with the holder.
pdf-achievement-trainer = a suivi la formation de formateurs et obtenu la certification permettant de former d'autres personnes dans le domaine suivant :
pdf-achievement-attendance = a participé à la formation
# $organisers: the organisations' names, "Ministère de l'Éducation · UNICEF"
pdf-organised-by = Organisateurs : { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = Délivré le { $date }
# followed by the code, in bold
pdf-code-label = Code du certificat
pdf-verify = Vérifiable sur { $url }
