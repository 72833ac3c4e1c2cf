# Cascade — the e-mails participants get about a training, and the text of their calendar
# invitations. The training's title and session titles are the organisers' words (left as
# written). $url is a web address; $title the training's title; $session a session's title.

## Every e-mail

mail-hello = Hello { $name },
mail-or-copy = Or copy this link: { $url }
mail-my-registration = My registration
mail-your-registration = Your registration: { $url }
mail-sessions-in-your-zone = The sessions, in your time zone:
mail-in-your-zone = In your time zone:
# Before a session's join link in the list of sessions.
mail-join = Join:
mail-about-training = About the training: { $url }
mail-footer-sent = Sent by Cascade for the organisers of “{ $title }”.
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = Sent by Cascade for the organisers of “{ $title }”: { $organisers }.
mail-footer-questions = Questions? Write to the organisers: { $contact }
mail-footer-privacy = How your details are kept, and how to have them erased
mail-footer-privacy-url = How your details are kept, and how to have them erased: { $url }

## Confirm the e-mail address

mail-confirm-subject = Confirm your registration: { $title }
mail-confirm-text = Please confirm your registration for “{ $title }” by opening this link:
mail-confirm-html = Please confirm your registration for “{ $title }”.
mail-confirm-button = Confirm my registration
mail-confirm-once =
    { $hours ->
        [one] The link works once, for { $hours } hour. If you did not register, ignore this e-mail: nothing happens.
       *[other] The link works once, for { $hours } hours. If you did not register, ignore this e-mail: nothing happens.
    }

## Registered (a place is yours)

mail-registered-subject = You are registered: { $title }
mail-registered = You are registered for “{ $title }”.
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [one] The attached calendar invitation adds the session to your calendar. No reply is needed.
       *[other] The attached calendar invitation adds the first session to your calendar; each other session comes in an e-mail of its own, because calendars read one event per invitation. No reply is needed.
    }
mail-registered-manage = Your registration (schedule, calendar links, changes, cancelling): { $url }
mail-registered-cancel = To cancel, open your registration.

## On the waiting list

mail-waitlisted-subject = On the waiting list: { $title }
mail-waitlisted = Your e-mail address is confirmed. “{ $title }” is full, so you are on the waiting list.
mail-waitlisted-next = As soon as a place becomes free it is yours, and you get an e-mail with the calendar invitation. To leave the waiting list, cancel your registration.

## Waiting for the organisers' approval

mail-awaiting-subject = Registration received: { $title }
mail-awaiting = Thank you: your registration for “{ $title }” is confirmed and now waits for the organisers' approval. We will e-mail you when they decide.

## Declined

mail-declined-subject = Your registration for { $title }
mail-declined = The organisers of “{ $title }” could not accept your registration this time.

## Registering again with a registration already there

mail-already-subject = Your registration for { $title }
mail-already = You (or someone with your address) asked to register for “{ $title }” again.
mail-already-confirmed = You already have a registration, and your place is confirmed.
mail-already-waitlisted = You already have a registration, and you are on the waiting list.
mail-already-awaiting = You already have a registration; it waits for the organisers' approval.
mail-already-declined = You already have a registration; the organisers declined it.
mail-already-other = You already have a registration: open it to see where it stands.

## Cancelled

mail-cancelled-subject = Registration cancelled: { $title }
mail-cancelled = Your registration for “{ $title }” is cancelled.
mail-cancelled-calendar = If the sessions were in your calendar, this e-mail removes the first, and each other one comes in an e-mail of its own (calendars read one event per update).
mail-register-again = Register again
mail-register-again-url = To register again: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (calendar)
mail-entry-adds = This e-mail adds “{ $session }” to your calendar:
mail-entry-removes = This e-mail removes “{ $session }” from your calendar:
mail-entry-one-per = Calendars read one event per invitation, so each session of “{ $title }” comes in an e-mail of its own.
mail-entry-manage = Your registration (the whole schedule, changes, cancelling): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = You are invited: { $title }
mail-invitation = You are invited to “{ $title }”. Registration is by invitation only; this link is yours:
mail-invitation-button = Register

## A reminder before a session

mail-reminder-subject = Starting soon: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [one] A reminder: “{ $session }” starts in one day.
       *[other] A reminder: “{ $session }” starts in { $days } days.
    }
mail-reminder-hours =
    { $hours ->
        [one] A reminder: “{ $session }” starts in one hour.
       *[other] A reminder: “{ $session }” starts in { $hours } hours.
    }
mail-reminder-minutes =
    { $minutes ->
        [one] A reminder: “{ $session }” starts in { $minutes } minute.
       *[other] A reminder: “{ $session }” starts in { $minutes } minutes.
    }

## The schedule changed

mail-changed-subject = Schedule change: { $title }
mail-changed-session = “{ $session }” has changed:
mail-changed-added = A session was added to “{ $title }”:
mail-changed-moved = The session “{ $session }” has a new time:
mail-change-time = Time
mail-change-title = Title
mail-change-description = Description
mail-change-join-link = Join link
mail-change-none = (none)
# After the new value, the value before the change.
mail-change-was = (was: { $before })
mail-changed-update = The attached update changes your calendar.

## A session is cancelled

mail-session-cancelled-subject = Session cancelled: { $title }
mail-session-cancelled = The session “{ $session }” is cancelled:
mail-session-cancelled-update = The attached update removes it from your calendar.

## Why (a sentence added by what happened)

note-place-free = A place became free.
note-place-free-yours = A place became free, and it is yours.
note-organisers-approved = The organisers approved your registration.
note-organisers-registered = The organisers registered you.
note-organisers-cancelled = The organisers cancelled it.
note-you-erased = You asked us to erase your details.
note-organisers-erased = The organisers erased your details, as you asked.
note-training-cancelled = The organisers cancelled the training.

## A session in an e-mail: "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }, { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = Join: { $url }
ics-your-registration = Your registration (to cancel, open it): { $url }
ics-training = Training: { $url }

## The training is cancelled

mail-training-cancelled-subject = Cancelled: { $title }
mail-training-cancelled = The organisers have cancelled “{ $title }”. If its sessions were in your calendar, this e-mail removes the first, and each other one comes in an e-mail of its own (calendars read one event per update).

## Certificates: issued (the PDF attached) and revoked
# $role: "Certified trainer" or "Certificate of attendance" (verify-trainer / verify-attendance)
mail-cert-issued-subject = { $role }: your certificate for { $title }
mail-cert-issued-title = Your certificate
mail-cert-issued = Congratulations: { $organisers } have certified you for “{ $title }” ({ $role }).
# the code follows on its own line, then the link
mail-cert-attached = Your certificate is attached as a PDF. Anyone can check it with its code, { $code }, on its verification page:
mail-cert-see = See your certificate
mail-cert-credential = Your Open Badges credential
mail-cert-linkedin = Add it to your LinkedIn profile
mail-cert-trainer-space = Your trainer space: log the trainings you deliver
mail-cert-revoked-subject = Your certificate for { $title } was revoked
mail-cert-revoked-title = Your certificate was revoked
mail-cert-revoked = The organisers of “{ $title }” ({ $organisers }) have revoked your certificate.
mail-cert-revoked-reason = Their reason: { $reason }
mail-cert-revoked-page = The verification page now shows it as revoked:
mail-cert-revoked-mistake = If you think this is a mistake, reply to the organisers.

## Signing in (organisers and trainers) and choosing a new password
mail-link-works-once = { $minutes ->
        [one] It works once, for one minute.
       *[other] It works once, for { $minutes } minutes.
    }
mail-sign-in-subject = Your sign-in link for Cascade
mail-sign-in-open = Open this link to sign in to Cascade:
mail-sign-in-button-intro = Use this button to sign in to Cascade.
mail-sign-in-button = Sign in
mail-sign-in-ignore = If you did not ask for it, ignore this e-mail.
mail-reset-subject = Reset your Cascade password
mail-reset-open = Open this link to choose a new password for Cascade:
mail-reset-button-intro = Use this button to choose a new password for Cascade.
mail-reset-button = Choose a new password
mail-reset-note = Choosing a new password signs you out everywhere else. If you did not ask for it, ignore this e-mail: your password stays as it is.

## To certified trainers: an organiser decided about a training they logged; a reminder to log
# $decision: verified, needs_information or rejected
mail-decided-subject = { $decision ->
        [verified] Verified: { $title }
        [needs_information] The organisers need more information: { $title }
       *[other] Not accepted: { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided = The organisers of “{ $training }” looked at the training you logged, “{ $title }”: { $decision ->
        [verified] it is verified.
        [needs_information] they need more information.
       *[other] it is not accepted.
    }
mail-decided-they-wrote = They wrote:
mail-decided-open = See it (and answer or change it, unless it is verified) in your trainer space:
mail-decided-button = Open it in your trainer space
mail-log-reminder-subject = Have you trained others since { $title }?
mail-log-reminder-title = Have you trained others?
mail-log-reminder-months = { $months ->
        [one] { $months } month ago you became a certified trainer in “{ $title }” ({ $organisers }).
       *[other] { $months } months ago you became a certified trainer in “{ $title }” ({ $organisers }).
    }
mail-log-reminder-days = { $days ->
        [one] { $days } day ago you became a certified trainer in “{ $title }” ({ $organisers }).
       *[other] { $days } days ago you became a certified trainer in “{ $title }” ({ $organisers }).
    }
mail-log-reminder-log = If you have delivered a training since, log it in your trainer space: it takes a few minutes, and it shows the people you reached in the programme's impact report.
mail-log-reminder-button = Log a training
