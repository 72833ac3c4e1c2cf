# Cascade — pages that participants read, and what every page shares.
# English is the source language: every other language has the same message ids.
# Terms (keep them consistent, see GLOSSARY.md in each folder): training, session, organiser,
# registration, certificate, waiting list, time zone, participant, privacy notice.
# A message with $link gets a link whose text is another message (named in its comment):
# translate that message in the form the sentence needs.

## Every page

skip-to-content = Skip to content
brand-home = Cascade home
nav-main = Main
nav-my-trainings = My trainings
nav-organisations = Organisations
nav-trainer-space = Trainer space
nav-to-verify = To verify
nav-password = Password
nav-sign-out = Sign out ({ $name })
nav-sign-in = Sign in
footer-about = Cascade — Training-of-Trainers, from scheduling to the cascade.
footer-api = API
footer-mailbox = Mailbox
footer-mailbox-note = (e-mail captured locally)
language-switcher = Language
# The title of a page, after the page's own: "Register: Reporting portal · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = Not found
error-not-allowed = Not allowed
error-server = Something went wrong
error-other = That did not work
# $link: a link whose text is error-start-page.
error-back = Use your browser's back button, or { $link }.
error-start-page = go to the start page
error-summary = There is a problem

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes.
duration =
    { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [one] { $time } +1 day
       *[other] { $time } +{ $days } days
    }

## The public page of a training

public-took-place = This training took place on { $dates }.
public-registration-closed = Registration is closed.
public-invitation-only = Registration by invitation only.
public-register = Register
public-add-to-calendar = Add to calendar (.ics)
public-organised-by = Organised by
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = lead
public-contact = Questions? Write to the organisers:
public-schedule = Schedule
public-schedule-zones = Times in the training's zone ({ $zone }) and in each organising country.
public-about = About
public-language = Language: { $language }
public-places =
    { $count ->
        [one] { $count } place
       *[other] { $count } places
    }
public-registration-mode = Registration: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: what registering keeps about you, for how long, and how to have it erased.
public-privacy-link = Privacy notice

## The schedule table

schedule-region = Schedule in each time zone
schedule-caption = Sessions in each time zone
schedule-session = Session
schedule-training-zone = (training)
schedule-your-time = Your time
schedule-night = night

## The registration form

form-title = Register: { $title }
form-heading = Register
form-closed = Registration is closed: { $reason }.
form-closed-ended = this training took place on { $dates }
form-closed-window = registration closed on { $date }
form-closed-not-open = registration opens on { $date }
form-closed-cancelled = this training was cancelled
form-closed-completed = this training has ended
form-closed-unpublished = this training is not open for registration
form-invitation-only = This training is by invitation only. If you were invited, use the personal link in your invitation e-mail.
form-full-title = This training is full.
form-full-text = You can still register: you will join the waiting list and get a place, with an e-mail, as soon as one becomes free.
form-approval = The organisers approve each registration; you will hear from them by e-mail.
form-email = E-mail address
form-email-hint = We send a link to confirm it.
form-email-invited = Your invitation is for this address.
form-consent = I agree that the organisers keep these details to run the training and to report, without names, how many people it reached.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = The { $link } says what is kept, for how long, and how to have it erased.
form-privacy-link = privacy notice
form-submit = Register
form-submit-waitlist = Join the waiting list

## A person's details (the form and the participant page)

person-full-name = Full name
person-organisation = Organisation
person-organisation-hint = Where you work.
person-country = Country
person-choose = Choose…
person-sex = Sex
person-sex-hint = (optional; for reports that count women and men reached)
person-not-given = Not given
person-age = Age
person-optional = (optional)

# Errors on the form, by field: what the field must hold.
field-error-email = Enter an e-mail address that can receive mail, such as name@example.org.
field-error-full_name = Enter your full name, on one line (up to 200 characters).
field-error-organisation = Enter your organisation, on one line (up to 200 characters).
field-error-country = Choose your country from the list.
field-error-sex = Choose one of the options, or “Not given”.
field-error-age_band = Choose an age band from the list, or “Not given”.
field-error-consent = Tick the box to agree, or the organisers cannot keep your registration.
field-error-csrf = The form expired or did not come from this site; reload the page and try again.
field-error-rate-limited = Too many registrations from here or for this address; try again later.
field-error-other = That did not work: check the form and try again.

## After registering

inbox-title = Check your inbox
inbox-sent = We sent an e-mail to the address you gave for { $title }.
inbox-open-link =
    { $hours ->
        [one] Open the link in it to confirm your registration. The link works for { $hours } hour.
       *[other] Open the link in it to confirm your registration. The link works for { $hours } hours.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = Nothing arrived after a few minutes? Look in your spam folder, or { $link } to get a new link.
inbox-register-again = register again

confirm-title = Confirm your registration
confirm-for = For { $title }.
confirm-button = Confirm my registration
confirm-invalid-title = This link no longer works
confirm-invalid = Confirmation links work once and expire. This one was already used, has expired or is not valid.
confirm-invalid-next = Already confirmed? Your registration page link is in the e-mail we sent after confirming. Otherwise register again: we send a new link to the same address, and you keep a single registration.
confirm-register-again = Register again

## The participant's own page

participant-title = Your registration: { $title }
participant-yours = Your registration
participant-waitlisted = The training is full. You are on the waiting list and get an e-mail with the invitation as soon as a place is free.
participant-awaiting = The organisers have not decided yet. You will get an e-mail.
participant-cancelled = This registration is cancelled.
participant-register-again = Register again
participant-pending = Confirm your e-mail address with the link we sent you.
participant-schedule = Schedule
participant-zone-yours = Times in your time zone ({ $zone }).
participant-zone-both = Times in your time zone ({ $zone }); below each, in the training's time zone ({ $training_zone }).
participant-join = Join the session
# $time: a date and a clock time ("14 February 2023, 08:45").
participant-join-from = The join link appears here from { $time }.
participant-check-in = I am here: check in
participant-check-in-to = to { $session }
participant-host-code = or the host's code
participant-google = Add to Google Calendar
participant-outlook = Add to Outlook
participant-download = Download the calendar (.ics)
participant-subscribe = Subscribe in your calendar app
participant-stays-current = (stays current when the schedule changes)
participant-details = Your details
participant-save = Save my details
participant-cannot-come = Cannot come?
participant-cancel = Cancel my registration
participant-cancel-note = Your place goes to the first person on the waiting list.
participant-privacy = Privacy
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = The { $link } says what is kept about you and for how long.
participant-privacy-link = privacy notice
participant-erase-link = Erase your details
participant-language = Language of your e-mails, invitations and certificate
participant-language-save = Use this language
participant-saved = Your details are saved.
participant-cancelled-notice = Your registration is cancelled.
participant-welcome-confirmed = Your registration is confirmed. The calendar invitation is on its way to your inbox.
participant-welcome-waitlisted = Your e-mail address is confirmed. The training is full: you are on the waiting list.
participant-welcome-awaiting = Your e-mail address is confirmed. The organisers will review your registration.
participant-language-saved = Your e-mails, invitations and certificate will be in this language.

## The privacy notice of a training

privacy-title = Privacy notice: { $title }
privacy-heading = Privacy notice
privacy-lead = What registering for “{ $title }” keeps about you, for how long, and how to have it erased.
privacy-who = Who is responsible
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) and C (Rwanda)")
privacy-who-text = The organisers: { $organisations }. They run the training with Cascade, the software of this site.
privacy-write-to = Write to them at:
# Joins the last two items of a list: "A and B"; other items are joined with ", ".
list-and = { $first } and { $last }
list-comma = { $first }, { $rest }
privacy-what = What is kept
privacy-what-given = What you give when you register: your e-mail address, name, organisation and country, and your sex and age band if you choose to give them; when you agreed to their being kept.
privacy-what-status = Where your registration stands (waiting for confirmation, confirmed, on the waiting list, cancelled …).
privacy-what-attendance = Whether you attended each session, as the organisers mark it or import it from Zoom or Teams reports.
privacy-what-certificate = Your certificate, if you earn one.
privacy-what-mails = The e-mails sent to you: confirmation, calendar invitations, reminders and changes.
privacy-why = What it is for
privacy-why-text = To run the training: to confirm your place, send you the calendar invitations, reminders and changes, take attendance and issue certificates. And to tell the programme's funders how many people the training reached, by country, sex and age band, without names.
privacy-who-sees = Who sees it
privacy-who-sees-text = The training's organisers and the administrators of this site. Nothing of it is shown on the public pages. A certificate shows your name to anyone who has its code: that is how others check it.
privacy-how-long = How long it is kept
privacy-erased-after =
    { $days ->
        [one] Your e-mail address, name and organisation are erased { $days } day after the training's last session. Your country, sex and age band stay, without them, in the counts.
       *[other] Your e-mail address, name and organisation are erased { $days } days after the training's last session. Your country, sex and age band stay, without them, in the counts.
    }
privacy-erased-on = That is on { $date }.
privacy-kept-until-erased = Cascade does not erase your details by itself: they are kept until you erase them, or ask the organisers to (below). Your country, sex and age band then stay, without them, in the counts.
privacy-mails-deleted =
    { $days ->
        [one] E-mails sent to you are deleted { $days } day after they were sent.
       *[other] E-mails sent to you are deleted { $days } days after they were sent.
    }
privacy-mails-kept = E-mails sent to you are kept as long as your registration; erasing your details deletes them.
privacy-reports = Attendance reports that the organisers import from Zoom or Teams stay with the training as they were uploaded, with the names and e-mail addresses in them; erasing your details does not change them. Ask the organisers about them.
privacy-certificate-stays = A certificate stays, with your name, so that it can still be checked; the organisers can revoke it if you ask them.
privacy-erasing = Having your details erased
privacy-erasing-text = Open your registration (the link is in every e-mail we sent you) and choose “Erase my details”. A place you still hold is cancelled first, so that it goes to the next person on the waiting list. Erasing cannot be undone.
privacy-lost-mails = Lost the e-mails, or want to know what is kept about you? Write to the organisers: they can show you your details and erase them for you.

## Erasing one's details

erase-title = Erase your details: { $title }
erase-back = Your registration
erase-heading = Erase your details?
erase-what = For { $title }, this erases your e-mail address ({ $email }), your name and your organisation, and the e-mails already sent to you.
erase-cancels = Your registration is cancelled first: you get one last e-mail that removes the sessions from your calendar, and your place goes to the next person on the waiting list.
erase-stays = Your country, sex and age band stay, without your name, in the counts of people the training reached. A certificate already issued to you stays, so that it can still be checked.
erase-final = This cannot be undone, and this page's link stops working.
erase-button = Erase my details
erased-title = Your details are erased
erased-text = Your e-mail address, name and organisation are no longer kept for { $title }, and the link to your registration no longer works.

## Values people choose or see

trainings-kind-tot = Training of Trainers
trainings-kind-technical-webinar = Technical webinar
trainings-kind-e-consultation = E-consultation
trainings-kind-peer-exchange = Peer exchange
trainings-registration-mode-open = Open
trainings-registration-mode-approval = Approval by an organiser
trainings-registration-mode-invitation = Invitation only
registrations-status-pending = Waiting for e-mail confirmation
registrations-status-confirmed = Confirmed
registrations-status-waitlisted = On the waiting list
registrations-status-awaiting-approval = Waiting for approval
registrations-status-invited = Invited
registrations-status-cancelled = Cancelled
registrations-status-declined = Declined
registrations-sex-female = Female
registrations-sex-male = Male
registrations-sex-another = Another
registrations-sex-undisclosed = Prefer not to say
registrations-age-band-under-25 = Under 25
registrations-age-band-25-34 = 25–34
registrations-age-band-35-44 = 35–44
registrations-age-band-45-54 = 45–54
registrations-age-band-55-64 = 55–64
registrations-age-band-65-plus = 65 or over

## Checking a certificate (anyone with its code)

verify-title = Certificate { $code }
verify-kicker = Certificate verification
verify-revoked-on = Revoked on { $date }
verify-reason = Reason:
verify-issuing = Being issued: the PDF and the credential are ready in a few seconds.
verify-valid = Valid
verify-trainer = Certified trainer
verify-attendance = Certificate of attendance
verify-holder = Holder
verify-training = Training
verify-organisers = Organisers
verify-dates = Dates
verify-hours = Hours
# $hours may have a decimal (1.5).
verify-hours-value =
    { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
verify-attended = Attended
verify-attended-value = { $attended } of { $total } sessions
verify-outcome = Outcome
verify-outcome-trainer = Certified trainer: may train others in this training's topic
verify-outcome-attended = Attended
verify-criteria = Criteria
verify-issued = Issued
verify-code = Code
verify-download = Download
verify-pdf = Certificate (PDF)
verify-credential = Open Badges 3.0 credential (JSON)
verify-signed = signed (VC-JWT)
verify-authority = This page is the authority: a printed certificate is valid only while this page says so. Address of this page: { $url }
verify-another = Check another certificate
verify-code-label = Certificate code
verify-placeholder = Another code, e.g. { $example }
verify-check = Check
lookup-title = Check a certificate
lookup-lead = Type the code printed on the certificate, below its QR code.
lookup-not-found = Not found
lookup-not-found-text = No certificate has this code. Check each character: the code has 12 letters and digits, like { $example }.
lookup-hint = 12 letters and digits; hyphens, spaces and lower case do not matter.

## Self check-in to a session

checkin-title = Check-in
checkin-ok-title = Checked in
checkin-failed-title = Not checked in
checkin-ok = You are checked in. Enjoy the session.
checkin-failed = The check-in did not work: it opens shortly before the session and closes at its end, and a host's code must be the one the host gave.
checkin-back = Back to your registration

## The error page
error-not-found-text = There is no page at this address. The link may be mistyped or out of date.
error-forbidden-text = You are not allowed to open this page.
error-csrf-text = The form expired or did not come from this site. Reload the page and try again.
error-rate-limited-text = Too many requests. Try again in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
error-unavailable-text = The service is busy. Try again in a moment.
error-internal-text = Something went wrong on our side. Try again in a moment.
error-too-large-text = What you sent is too large.
error-other-text = The request could not be handled. The reason, in English:

## The certificate PDF (its fixed wording; the name, title and organisers are as written)
pdf-title = Certificate – { $name }
pdf-heading-trainer = Certified Trainer
pdf-heading-attendance = Certificate of Attendance
pdf-preamble = This certifies that
pdf-achievement-trainer = has completed the Training of Trainers and is certified to train others in
pdf-achievement-attendance = has attended
# $organisers: the organisations' names, "Ministry of Education · UNICEF"
pdf-organised-by = Organised by { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = Issued { $date }
# followed by the code, in bold
pdf-code-label = Certificate code
pdf-verify = Verify at { $url }
