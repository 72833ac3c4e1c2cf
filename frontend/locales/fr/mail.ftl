# Cascade — les e-mails que reçoivent les participants au sujet d'une formation, et le texte de
# leurs invitations d'agenda. Traduction française de en/mail.ftl : mêmes identifiants de messages.
# Termes (voir GLOSSARY.md) : formation, séance, organisateurs, inscription, liste d'attente,
# fuseau horaire, invitation d'agenda, rappel, mise à jour, lien pour rejoindre la séance.
# The training's title and session titles are the organisers' words (left as written).
# $url is a web address; $title the training's title; $session a session's title.

## Every e-mail

mail-hello = Bonjour { $name },
mail-or-copy = Ou copiez ce lien : { $url }
mail-my-registration = Mon inscription
mail-your-registration = Votre inscription : { $url }
mail-sessions-in-your-zone = Les séances, dans votre fuseau horaire :
mail-in-your-zone = Dans votre fuseau horaire :
# Before a session's join link in the list of sessions.
mail-join = Rejoindre la séance :
mail-about-training = À propos de la formation : { $url }
mail-footer-sent = Envoyé par Cascade pour le compte des organisateurs de « { $title } ».
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = Envoyé par Cascade pour le compte des organisateurs de « { $title } » : { $organisers }.
mail-footer-questions = Des questions ? Écrivez aux organisateurs : { $contact }
mail-footer-privacy = Comment vos informations sont conservées, et comment les faire effacer
mail-footer-privacy-url = Comment vos informations sont conservées, et comment les faire effacer : { $url }

## Confirm the e-mail address

mail-confirm-subject = Confirmez votre inscription : { $title }
mail-confirm-text = Veuillez confirmer votre inscription à « { $title } » en ouvrant ce lien :
mail-confirm-html = Veuillez confirmer votre inscription à « { $title } ».
mail-confirm-button = Confirmer mon inscription
mail-confirm-once =
    { $hours ->
        [one] Ce lien ne fonctionne qu'une fois, pendant { $hours } heure. Si vous n'êtes pas à l'origine de cette inscription, ignorez cet e-mail : rien ne se passera.
       *[other] Ce lien ne fonctionne qu'une fois, pendant { $hours } heures. Si vous n'êtes pas à l'origine de cette inscription, ignorez cet e-mail : rien ne se passera.
    }

## Registered (a place is yours)

mail-registered-subject = Inscription confirmée : { $title }
mail-registered = Votre inscription à « { $title } » est confirmée.
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [one] L'invitation d'agenda jointe ajoute la séance à votre agenda. Aucune réponse n'est nécessaire.
       *[other] L'invitation d'agenda jointe ajoute la première séance à votre agenda ; chacune des autres séances vous parvient dans un e-mail distinct, car les agendas ne lisent qu'un événement par invitation. Aucune réponse n'est nécessaire.
    }
mail-registered-manage = Votre inscription (calendrier, liens pour votre agenda, modifications, annulation) : { $url }
mail-registered-cancel = Pour annuler, ouvrez votre inscription.

## On the waiting list

mail-waitlisted-subject = Sur liste d'attente : { $title }
mail-waitlisted = Votre adresse e-mail est confirmée. La formation « { $title } » est complète : vous êtes donc sur la liste d'attente.
mail-waitlisted-next = Dès qu'une place se libère, elle vous revient, et vous recevez un e-mail avec l'invitation d'agenda. Pour quitter la liste d'attente, annulez votre inscription.

## Waiting for the organisers' approval

mail-awaiting-subject = Inscription reçue : { $title }
mail-awaiting = Merci : votre inscription à « { $title } » est confirmée et attend maintenant la validation des organisateurs. Nous vous écrirons dès qu'ils auront pris leur décision.

## Declined

mail-declined-subject = Votre inscription à { $title }
mail-declined = Les organisateurs de « { $title } » n'ont pas pu accepter votre inscription cette fois-ci.

## Registering again with a registration already there

mail-already-subject = Votre inscription à { $title }
mail-already = Vous (ou une personne utilisant votre adresse) avez de nouveau demandé une inscription à « { $title } ».
mail-already-confirmed = Vous avez déjà une inscription, et votre place est confirmée.
mail-already-waitlisted = Vous avez déjà une inscription, et vous êtes sur la liste d'attente.
mail-already-awaiting = Vous avez déjà une inscription ; elle attend la validation des organisateurs.
mail-already-declined = Vous avez déjà une inscription ; les organisateurs l'ont refusée.
mail-already-other = Vous avez déjà une inscription : ouvrez-la pour voir où elle en est.

## Cancelled

mail-cancelled-subject = Inscription annulée : { $title }
mail-cancelled = Votre inscription à « { $title } » est annulée.
mail-cancelled-calendar = Si les séances figuraient dans votre agenda, cet e-mail retire la première, et chacune des autres est retirée par un e-mail distinct (les agendas ne lisent qu'un événement par mise à jour).
mail-register-again = S'inscrire à nouveau
mail-register-again-url = Pour vous inscrire à nouveau : { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session } : { $title } (agenda)
mail-entry-adds = Cet e-mail ajoute « { $session } » à votre agenda :
mail-entry-removes = Cet e-mail retire « { $session } » de votre agenda :
mail-entry-one-per = Les agendas ne lisent qu'un événement par invitation : chaque séance de « { $title } » vous parvient donc dans un e-mail distinct.
mail-entry-manage = Votre inscription (tout le calendrier, modifications, annulation) : { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = Invitation : { $title }
mail-invitation = Vous recevez une invitation à participer à « { $title } ». L'inscription se fait uniquement sur invitation ; ce lien vous est personnel :
mail-invitation-button = S'inscrire

## A reminder before a session

mail-reminder-subject = Commence bientôt : { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [one] Rappel : la séance « { $session } » commence dans un jour.
       *[other] Rappel : la séance « { $session } » commence dans { $days } jours.
    }
mail-reminder-hours =
    { $hours ->
        [one] Rappel : la séance « { $session } » commence dans une heure.
       *[other] Rappel : la séance « { $session } » commence dans { $hours } heures.
    }
mail-reminder-minutes =
    { $minutes ->
        [one] Rappel : la séance « { $session } » commence dans { $minutes } minute.
       *[other] Rappel : la séance « { $session } » commence dans { $minutes } minutes.
    }

## The schedule changed

mail-changed-subject = Modification du calendrier : { $title }
mail-changed-session = La séance « { $session } » a été modifiée :
mail-changed-added = Une séance a été ajoutée à « { $title } » :
mail-changed-moved = La séance « { $session } » a un nouvel horaire :
mail-change-time = Horaire
mail-change-title = Titre
mail-change-description = Description
mail-change-join-link = Lien pour rejoindre la séance
mail-change-none = (néant)
# After the new value, the value before the change.
mail-change-was = (auparavant : { $before })
mail-changed-update = La mise à jour jointe modifie votre agenda.

## A session is cancelled

mail-session-cancelled-subject = Séance annulée : { $title }
mail-session-cancelled = La séance « { $session } » est annulée :
mail-session-cancelled-update = La mise à jour jointe la retire de votre agenda.

## Why (a sentence added by what happened)

note-place-free = Une place s'est libérée.
note-place-free-yours = Une place s'est libérée, et elle vous revient.
note-organisers-approved = Les organisateurs ont validé votre inscription.
note-organisers-registered = Les organisateurs ont effectué votre inscription.
note-organisers-cancelled = Les organisateurs l'ont annulée.
note-you-erased = Vous nous avez demandé d'effacer vos informations.
note-organisers-erased = Les organisateurs ont effacé vos informations, à votre demande.
note-training-cancelled = Les organisateurs ont annulé la formation.

## A session in an e-mail: "mar. 14 févr. 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }, { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = Rejoindre la séance : { $url }
ics-your-registration = Votre inscription (pour annuler, ouvrez-la) : { $url }
ics-training = Formation : { $url }

## The training is cancelled

mail-training-cancelled-subject = Formation annulée : { $title }
mail-training-cancelled = Les organisateurs ont annulé la formation « { $title } ». Si ses séances figuraient dans votre agenda, cet e-mail retire la première, et chacune des autres est retirée par un e-mail distinct (les agendas ne lisent qu'un événement par mise à jour).

## Certificates: issued (the PDF attached) and revoked
# $role: « Certification de formateur » or « Certificat de participation » (verify-trainer / verify-attendance)
mail-cert-issued-subject = { $role } : votre certificat pour { $title }
mail-cert-issued-title = Votre certificat
# Worded so that the verb does not agree with $organisers (one organisation or several).
mail-cert-issued = Félicitations : vous avez obtenu votre certificat pour « { $title } » ({ $role }), délivré par { $organisers }.
# the code follows on its own line, then the link
mail-cert-attached = Votre certificat est joint au format PDF. Toute personne peut le vérifier grâce à son code, { $code }, sur sa page de vérification :
mail-cert-see = Voir votre certificat
mail-cert-credential = Votre attestation numérique Open Badges
mail-cert-linkedin = L'ajouter à votre profil LinkedIn
mail-cert-trainer-space = Votre espace formateurs : déclarez les formations que vous dispensez
mail-cert-revoked-subject = Votre certificat pour { $title } a été révoqué
mail-cert-revoked-title = Votre certificat a été révoqué
mail-cert-revoked = Les organisateurs de « { $title } » ({ $organisers }) ont révoqué votre certificat.
mail-cert-revoked-reason = Leur motif : { $reason }
mail-cert-revoked-page = La page de vérification l'indique désormais comme révoqué :
mail-cert-revoked-mistake = Si vous pensez qu'il s'agit d'une erreur, répondez aux organisateurs.

## Signing in (organisers and trainers) and choosing a new password
mail-link-works-once = { $minutes ->
        [one] Ce lien ne fonctionne qu'une fois, pendant { $minutes } minute.
       *[other] Ce lien ne fonctionne qu'une fois, pendant { $minutes } minutes.
    }
mail-sign-in-subject = Votre lien de connexion à Cascade
mail-sign-in-open = Ouvrez ce lien pour vous connecter à Cascade :
mail-sign-in-button-intro = Utilisez ce bouton pour vous connecter à Cascade.
mail-sign-in-button = Se connecter
mail-sign-in-ignore = Si vous n'avez rien demandé, ignorez cet e-mail.
mail-reset-subject = Réinitialisez votre mot de passe Cascade
mail-reset-open = Ouvrez ce lien pour choisir un nouveau mot de passe pour Cascade :
mail-reset-button-intro = Utilisez ce bouton pour choisir un nouveau mot de passe pour Cascade.
mail-reset-button = Choisir un nouveau mot de passe
mail-reset-note = Choisir un nouveau mot de passe vous déconnecte partout ailleurs. Si vous n'avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.

## To certified trainers: an organiser decided about a training they logged; a reminder to log
# $decision: verified, needs_information or rejected
mail-decided-subject = { $decision ->
        [verified] Formation vérifiée : { $title }
        [needs_information] Les organisateurs ont besoin de plus d'informations : { $title }
       *[other] Formation non acceptée : { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided = Les organisateurs de « { $training } » ont examiné la formation que vous avez déclarée, « { $title } » : { $decision ->
        [verified] elle est vérifiée.
        [needs_information] ils ont besoin de plus d'informations.
       *[other] elle n'est pas acceptée.
    }
mail-decided-they-wrote = Leur message :
mail-decided-open = Consultez-la (et répondez ou modifiez-la, sauf si elle est vérifiée) dans votre espace formateurs :
mail-decided-button = L'ouvrir dans votre espace formateurs
mail-log-reminder-subject = Avez-vous formé d'autres personnes depuis { $title } ?
mail-log-reminder-title = Avez-vous formé d'autres personnes ?
mail-log-reminder-months = { $months ->
        [one] Il y a { $months } mois, vous avez obtenu votre certification de formateur pour « { $title } » ({ $organisers }).
       *[other] Il y a { $months } mois, vous avez obtenu votre certification de formateur pour « { $title } » ({ $organisers }).
    }
mail-log-reminder-days = { $days ->
        [one] Il y a { $days } jour, vous avez obtenu votre certification de formateur pour « { $title } » ({ $organisers }).
       *[other] Il y a { $days } jours, vous avez obtenu votre certification de formateur pour « { $title } » ({ $organisers }).
    }
mail-log-reminder-log = Si vous avez dispensé une formation depuis, déclarez-la dans votre espace formateurs : cela ne prend que quelques minutes, et les personnes que vous avez touchées apparaîtront dans le rapport d'impact du programme.
mail-log-reminder-button = Déclarer une formation
