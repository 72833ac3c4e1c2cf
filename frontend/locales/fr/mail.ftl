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
