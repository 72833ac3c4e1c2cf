# Cascade — the trainer space, the public impact page and the e-mails trainers get (fr).
# Traduction française de en/trainers.ftl : mêmes identifiants de messages.
# Termes (voir GLOSSARY.md) : formateur certifié, espace formateurs, rapport d'impact, effet
# multiplicateur, génération, cascade, déclarer (une formation), vérifier, justificatifs.

## The impact report: the public page (anyone), and the organisers' view of the same figures
impact-page-title = Impact : { $title }
impact-queue-link = File de vérification
impact-heading-training = La cascade de « { $title } »
# $title: an organisation's name.
impact-heading-organisation = Les cascades des formations organisées par { $title }
impact-lead = { $people ->
        [one] { $people } personne touchée
       *[other] { $people } personnes touchées
    } sur { $generations ->
        [one] { $generations } génération
       *[other] { $generations } générations
    } dans { $countries ->
        [one] { $countries } pays
       *[other] { $countries } pays
    }, grâce à { $trainings ->
        [one] { $trainings } formation
       *[other] { $trainings } formations
    } et { $trainers ->
        [one] { $trainers } formateur certifié
       *[other] { $trainers } formateurs certifiés
    }.
# $date: the date and time the figures were computed
impact-as-of = Chiffres arrêtés au { $date }.
impact-as-of-updating = Chiffres arrêtés au { $date } ; des chiffres plus récents sont en cours de calcul : rechargez la page dans un instant.
impact-utc = { $time } UTC
# Followed by the number.
impact-multiplier = Effet multiplicateur :
impact-multiplier-formula = personnes touchées à partir de la génération 1 ÷ formateurs certifiés à la génération 0 : { $below } ÷ { $trainers }.
impact-verified-view = Seuls les chiffres vérifiés sont affichés : une formation déclarée n'est comptée qu'une fois vérifiée par un organisateur.
impact-show-all = Afficher tous les chiffres déclarés
impact-all-view = Tous les chiffres déclarés sont affichés, vérifiés ou non ({ $awaiting ->
        [one] { $awaiting } formation déclarée en attente de vérification
       *[other] { $awaiting } formations déclarées en attente de vérification
    }).
impact-show-verified = Afficher uniquement les chiffres vérifiés
impact-set-aside = { $count ->
        [one] { $count } formation déclarée au titre d'un certificat révoqué est conservée, mais exclue des chiffres.
       *[other] { $count } formations déclarées au titre de certificats révoqués sont conservées, mais exclues des chiffres.
    }
impact-public-note = Chiffres tels que les formateurs les ont déclarés ; les participants inscrits nommément aux formations organisées sur Cascade ne sont comptés qu'une fois chacun. Les groupes de moins de { $min } personnes ne sont pas détaillés.
impact-by-generation = Par génération
impact-by-age = Par tranche d'âge
impact-by-country = Par pays
impact-by-month = Par mois
impact-col-generation = Génération
impact-col-trainings = Formations (organisées sur Cascade + déclarées)
impact-col-certified = Formateurs certifiés
impact-col-active = Formateurs actifs
impact-col-people = Personnes touchées (inscrites nommément + déclarées)
impact-col-countries = Pays
impact-col-hours = Heures
impact-col-country = Pays
impact-col-month = Mois
impact-col-people-reached = Personnes touchées
impact-no-country = Aucun pays à afficher pour l'instant.
impact-no-month = Aucun mois à afficher pour l'instant.
impact-all-generations = Toutes les générations
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = Non renseigné
impact-download = Télécharger
impact-csv-generations = Générations (CSV)
impact-csv-countries = Pays (CSV)
impact-csv-months = Mois (CSV)
impact-json = Toutes les données en JSON (API)
impact-public-page = Page publique
# $link: the page's address, as a link
impact-public-on = La page publique d'impact est en ligne : { $link }
impact-public-on-note = (données agrégées uniquement ; les groupes de moins de { $min } personnes ne sont pas détaillés).
impact-public-off = La page publique d'impact est désactivée.
impact-public-switch-off = Désactiver la page publique
impact-public-switch-on = Activer la page publique
## the charts (SVG, read by screen readers as an image with a description)
impact-chart-generations = Générations
impact-chart-months = Personnes touchées par mois
impact-chart-countries = Personnes touchées par pays
impact-chart-sex = Personnes touchées par sexe
impact-chart-cascade = La cascade, génération par génération
impact-chart-generation-desc = Génération { $generation } : { $trainings ->
        [one] { $trainings } formation
       *[other] { $trainings } formations
    }, { $trainers ->
        [one] { $trainers } formateur certifié
       *[other] { $trainers } formateurs certifiés
    }, { $people ->
        [one] { $people } personne touchée
       *[other] { $people } personnes touchées
    }
impact-chart-generation-line = { $trainings ->
        [one] { $trainings } formation
       *[other] { $trainings } formations
    } · { $trainers ->
        [one] { $trainers } formateur certifié
       *[other] { $trainers } formateurs certifiés
    } · { $active ->
        [one] { $active } actif
       *[other] { $active } actifs
    }
impact-chart-people = { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    }
impact-chart-nobody = Aucune personne touchée pour l'instant.
impact-chart-nothing = Rien à afficher.

## The trainer space: certified trainers log the trainings they deliver
trainer-space = Espace formateurs
trainer-space-lead = Bonjour { $name }. Déclarez chaque formation que vous dispensez : les personnes que vous touchez apparaissent dans le rapport d'impact du programme, génération par génération.
trainer-no-certificate = Vous ne détenez encore aucun certificat de formateur. Les certificats de formateur sont délivrés à l'issue d'une formation de formateurs ; dès que vous en aurez un, il apparaîtra ici.
# Worded without gender agreement with the reader.
trainer-certified-since = Certification de formateur obtenue le { $date }
# followed by the certificate's code, a link
trainer-certificate = certificat
trainer-revoked = Révoqué
trainer-log-delivered = Déclarer une formation dispensée
trainer-revoked-note = Ce certificat a été révoqué : plus rien ne peut être déclaré à son titre ; ce qui a été déclaré est conservé, signalé comme tel et exclu des chiffres.
trainer-revoked-note-reason = Ce certificat a été révoqué ({ $reason }) : plus rien ne peut être déclaré à son titre ; ce qui a été déclaré est conservé, signalé comme tel et exclu des chiffres.
trainer-nothing-yet = Aucune formation dispensée au titre de ce certificat pour l'instant.
trainer-delivered-under = Formations dispensées au titre du certificat { $code }
trainer-col-training = Formation
trainer-col-when = Date
trainer-col-where = Lieu
trainer-col-participants = Participants
trainer-col-status = Statut
trainer-hosted = Organisée sur Cascade : inscriptions, présences et certificats y sont gérés
trainer-host = Organiser une formation sur Cascade
trainer-host-lead = Gérez ici votre formation — inscriptions, invitations, présences et certificats — et les formateurs que vous certifiez deviennent la génération suivante, qui déclare à son tour ses propres formations.
trainer-host-certificate = Au titre de quel certificat
trainer-field-title = Titre
trainer-host-kind = Type
trainer-host-timezone = Fuseau horaire
trainer-host-timezone-hint = Sous forme de ville, par ex. Asia/Ulaanbaatar ou Europe/Belgrade
trainer-field-language = Langue
trainer-host-language-hint = Un code de langue, par ex. mn, sq, uz
trainer-host-organisation = Votre organisation
trainer-host-country = Son pays
trainer-choose = Choisir…
trainer-host-create = Créer la formation (brouillon)
## signing in to the trainer space
trainer-sign-in-title = Espace formateurs : connexion
trainer-sign-in-heading = Votre espace formateurs
trainer-sign-in-lead = Les formateurs certifiés déclarent ici les formations qu'ils dispensent. Aucun mot de passe n'est nécessaire : nous vous envoyons par e-mail un lien qui vous connecte.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = Ce lien correspond au certificat de { $masked }. Nous pouvons envoyer un lien de connexion à cette adresse.
trainer-sign-in-send = M'envoyer un lien de connexion par e-mail
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = Ce n'est pas votre adresse ? { $link }.
trainer-sign-in-other = Se connecter avec une autre adresse e-mail
trainer-sign-in-email = L'adresse e-mail figurant sur votre certificat
# $link: trainer-sign-in-usual as a link
trainer-sign-in-organisers = Les organisateurs se connectent sur la { $link }.
trainer-sign-in-usual = page habituelle
trainer-sign-in-sent = { $minutes ->
        [one] Si un certificat de formateur est associé à { $email }, un lien de connexion vient d'y être envoyé. Il ne fonctionne qu'une fois, pendant { $minutes } minute.
       *[other] Si un certificat de formateur est associé à { $email }, un lien de connexion vient d'y être envoyé. Il ne fonctionne qu'une fois, pendant { $minutes } minutes.
    }
## the names of kinds, statuses, modes and decisions
# Feminine: they qualify « formation ».
trainings-status-draft = Brouillon
trainings-status-published = Publiée
trainings-status-cancelled = Annulée
trainings-status-completed = Terminée
downstream-trainings-status-submitted = En attente de vérification
downstream-trainings-status-needs-information = Informations complémentaires demandées
downstream-trainings-status-verified = Vérifiée
downstream-trainings-status-rejected = Refusée
downstream-trainings-mode-online = En ligne
downstream-trainings-mode-in-person = En présentiel
downstream-trainings-mode-hybrid = Hybride
## logging a delivered training
trainer-log-title = Déclarer une formation
trainer-status = Statut :
trainer-conversation = Échanges avec les organisateurs
trainer-message-answer = réponse
trainer-message-verified = vérifiée
trainer-message-needs-information = informations complémentaires demandées
trainer-message-rejected = refusée
trainer-under-certificate = Dispensée au titre du certificat
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }, { $date })
trainer-sessions = Séances
trainer-sessions-hint = Une ligne par séance : sa date et sa durée en heures. Ajoutez les séances au fur et à mesure ; les lignes vides sont ignorées, et chaque enregistrement vous donne de nouvelles lignes vides.
trainer-day = Date
trainer-hours = Heures
trainer-session-day = Séance { $number } : date
trainer-session-hours = Séance { $number } : heures
trainer-mode = Modalité
trainer-country = Pays
trainer-region = Région ou province
trainer-city = Ville ou localité
trainer-language-hint = Un code de langue, par ex. mn, sq, uz, en
trainer-audience = Organisations des participants
trainer-audience-hint = par ex. administration de la ville de Darkhan ; bureau provincial de lutte contre la corruption
trainer-total = Nombre total de participants
trainer-by-sex = Par sexe (la somme doit être égale au total ; laissez tout vide si cela n'a pas été relevé)
trainer-by-age = Par tranche d'âge (la somme doit être égale au total ; laissez tout vide si cela n'a pas été relevé)
trainer-disability = Participants en situation de handicap (facultatif)
trainer-disability-hint = Selon le questionnaire court du Groupe de Washington
trainer-curriculum = Version du programme de formation
trainer-curriculum-hint = La version du support de formation utilisée, par ex. 2023.1
trainer-evidence = Justificatifs
# $size: "10 Mo"
trainer-evidence-file = La feuille de présence : un scan ou une photo (PDF, JPEG ou PNG, { $size } au maximum)
trainer-evidence-stored = Fichier enregistré : { $name }.
trainer-download = Télécharger
trainer-evidence-replace = Choisissez un fichier pour le remplacer.
trainer-evidence-url = Ou un lien vers ce document
trainer-notes = Remarques (et réponses aux questions des organisateurs)
trainer-save = Enregistrer les modifications
trainer-log = Déclarer la formation
trainer-verified-locked = Cette formation est vérifiée : elle ne peut plus être modifiée.
trainer-saved = Enregistré. Les organisateurs en amont de votre formation la vérifieront.
## what a field of the trainer's forms must hold, shown with the field when it does not (in
## English the error's own, more specific sentence is shown instead)
field-error-certificate_code = Choisissez l'un de vos certificats de formateur valides.
field-error-title = Saisissez le titre de la formation, sur une seule ligne (200 caractères au maximum).
field-error-session_date = Saisissez la date de chaque séance ; seules les séances qui ont déjà eu lieu peuvent être déclarées.
field-error-session_hours = Saisissez la durée de chaque séance en heures, sous forme de nombre, par exemple 3 ou 1,5.
field-error-region = Saisissez la région ou la province, sur une seule ligne (100 caractères au maximum), ou laissez le champ vide.
field-error-city = Saisissez la ville ou la localité, sur une seule ligne (100 caractères au maximum).
field-error-language = Saisissez un code de langue, par exemple mn, sq, uz ou en.
field-error-audience_organisations = Saisissez les organisations des participants en 1 000 caractères au maximum, ou laissez le champ vide.
field-error-participants_total = Saisissez le nombre de participants, sous forme de nombre entier.
field-error-sex_count = Saisissez par sexe des nombres entiers dont la somme est égale au total, ou laissez tous ces champs vides.
field-error-age_count = Saisissez par tranche d'âge des nombres entiers dont la somme est égale au total, ou laissez tous ces champs vides.
field-error-with_disability = Saisissez un nombre entier qui ne dépasse pas le total, ou laissez le champ vide.
field-error-curriculum_version = Saisissez la version du programme de formation, sur une seule ligne (100 caractères au maximum), ou laissez le champ vide.
field-error-evidence = Choisissez un fichier PDF, JPEG ou PNG qui ne dépasse pas la taille indiquée.
field-error-evidence_url = Saisissez une adresse web commençant par https://, ou laissez le champ vide.
field-error-notes = Rédigez les remarques en 5 000 caractères au maximum.
field-error-kind = Choisissez un type de formation dans la liste.
field-error-timezone = Saisissez un fuseau horaire sous forme de ville, par exemple Asia/Ulaanbaatar ou Europe/Belgrade.
field-error-organisation_name = Saisissez le nom de votre organisation, sur une seule ligne (200 caractères au maximum).
field-error-organisation_country = Choisissez le pays de votre organisation dans la liste.
