# Cascade — the trainer space, the public impact page and the e-mails trainers get (en).

## The impact report: the public page (anyone), and the organisers' view of the same figures
impact-page-title = Impact: { $title }
impact-queue-link = Verification queue
impact-heading-training = The cascade of { $title }
impact-heading-organisation = The cascades of { $title }'s trainings
impact-lead = { $people ->
        [one] { $people } person reached
       *[other] { $people } people reached
    } across { $generations ->
        [one] { $generations } generation
       *[other] { $generations } generations
    } in { $countries ->
        [one] { $countries } country
       *[other] { $countries } countries
    }, through { $trainings ->
        [one] { $trainings } training
       *[other] { $trainings } trainings
    } and { $trainers ->
        [one] { $trainers } certified trainer
       *[other] { $trainers } certified trainers
    }.
# $date: the date and time the figures were computed
impact-as-of = Figures as of { $date }.
impact-as-of-updating = Figures as of { $date }; newer figures are being computed: reload in a moment.
impact-utc = { $time } UTC
impact-multiplier = Multiplier:
impact-multiplier-formula = people reached in generations 1 and below ÷ trainers certified in generation 0: { $below } ÷ { $trainers }.
impact-verified-view = Showing verified figures only: reported trainings count once an organiser verified them.
impact-show-all = Show all reported figures
impact-all-view = Showing all reported figures, verified or not ({ $awaiting ->
        [one] { $awaiting } reported training awaits verification
       *[other] { $awaiting } reported trainings await verification
    }).
impact-show-verified = Show verified figures only
impact-set-aside = { $count ->
        [one] { $count } reported training under a revoked certificate is kept but left out.
       *[other] { $count } reported trainings under revoked certificates are kept but left out.
    }
impact-public-note = Figures as the trainers reported them; named participants of trainings held on Cascade are counted once each. Groups of fewer than { $min } people are not broken down.
impact-by-generation = By generation
impact-by-age = By age band
impact-by-country = By country
impact-by-month = By month
impact-col-generation = Generation
impact-col-trainings = Trainings (hosted + reported)
impact-col-certified = Trainers certified
impact-col-active = Active trainers
impact-col-people = People reached (named + reported)
impact-col-countries = Countries
impact-col-hours = Hours
impact-col-country = Country
impact-col-month = Month
impact-col-people-reached = People reached
impact-no-country = No country to show yet.
impact-no-month = No month to show yet.
impact-all-generations = All generations
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = Not recorded
impact-download = Download
impact-csv-generations = Generations (CSV)
impact-csv-countries = Countries (CSV)
impact-csv-months = Months (CSV)
impact-json = Everything as JSON (API)
impact-public-page = Public page
# $link: the page's address, as a link
impact-public-on = The public impact page is on: { $link }
impact-public-on-note = (aggregates only; groups under { $min } people are not broken down).
impact-public-off = The public impact page is off.
impact-public-switch-off = Switch the public page off
impact-public-switch-on = Switch the public page on
## the charts (SVG, read by screen readers as an image with a description)
impact-chart-generations = Generations
impact-chart-months = People reached by month
impact-chart-countries = People reached by country
impact-chart-sex = People reached by sex
impact-chart-cascade = The cascade, generation by generation
impact-chart-generation-desc = Generation { $generation }: { $trainings ->
        [one] { $trainings } training
       *[other] { $trainings } trainings
    }, { $trainers ->
        [one] { $trainers } trainer certified
       *[other] { $trainers } trainers certified
    }, { $people ->
        [one] { $people } person reached
       *[other] { $people } people reached
    }
impact-chart-generation-line = { $trainings ->
        [one] { $trainings } training
       *[other] { $trainings } trainings
    } · { $trainers ->
        [one] { $trainers } trainer certified
       *[other] { $trainers } trainers certified
    } · { $active } active
impact-chart-people = { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
impact-chart-nobody = No people reached yet.
impact-chart-nothing = Nothing to show.

## The trainer space: certified trainers log the trainings they deliver
trainer-space = Trainer space
trainer-space-lead = Hello { $name }. Log every training you deliver: the people you reach show in the programme's impact report, generation by generation.
trainer-no-certificate = You hold no trainer certificate yet. Trainer certificates come from a Training of Trainers; once you have one, it appears here.
trainer-certified-since = Certified trainer since { $date }
# followed by the certificate's code, a link
trainer-certificate = certificate
trainer-revoked = Revoked
trainer-log-delivered = Log a training you delivered
trainer-revoked-note = This certificate was revoked: nothing more can be logged under it, and what was logged is kept, marked, and left out of the figures.
trainer-revoked-note-reason = This certificate was revoked ({ $reason }): nothing more can be logged under it, and what was logged is kept, marked, and left out of the figures.
trainer-nothing-yet = Nothing delivered under this certificate yet.
trainer-delivered-under = Trainings delivered under { $code }
trainer-col-training = Training
trainer-col-when = When
trainer-col-where = Where
trainer-col-participants = Participants
trainer-col-status = Status
trainer-hosted = Hosted on Cascade: registrations, attendance and certificates there
trainer-host = Host a training on Cascade
trainer-host-lead = Run your training here — registration, invites, attendance and certificates — and the trainers you certify become the next generation, who log their own.
trainer-host-certificate = Under which certificate
trainer-field-title = Title
trainer-host-kind = Kind
trainer-host-timezone = Time zone
trainer-host-timezone-hint = As a city, e.g. Asia/Ulaanbaatar or Europe/Belgrade
trainer-field-language = Language
trainer-host-language-hint = A language tag, e.g. mn, sq, uz
trainer-host-organisation = Your organisation
trainer-host-country = Its country
trainer-choose = Choose…
trainer-host-create = Create the training (a draft)
## signing in to the trainer space
trainer-sign-in-title = Trainer space: sign in
trainer-sign-in-heading = Your trainer space
trainer-sign-in-lead = Certified trainers log the trainings they deliver here. No password is needed: we e-mail you a link that signs you in.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = This link belongs to the certificate of { $masked }. We can e-mail a sign-in link to that address.
trainer-sign-in-send = E-mail me a sign-in link
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = Not your address? { $link }.
trainer-sign-in-other = Sign in with another e-mail
trainer-sign-in-email = The e-mail address on your certificate
# $link: trainer-sign-in-usual as a link
trainer-sign-in-organisers = Organisers sign in on the { $link }.
trainer-sign-in-usual = usual page
trainer-sign-in-sent = { $minutes ->
        [one] If { $email } holds a trainer certificate, a sign-in link is on its way. It works once, for one minute.
       *[other] If { $email } holds a trainer certificate, a sign-in link is on its way. It works once, for { $minutes } minutes.
    }
## the names of kinds, statuses, modes and decisions
trainings-status-draft = Draft
trainings-status-published = Published
trainings-status-cancelled = Cancelled
trainings-status-completed = Completed
downstream-trainings-status-submitted = Awaiting verification
downstream-trainings-status-needs-information = More information asked
downstream-trainings-status-verified = Verified
downstream-trainings-status-rejected = Rejected
downstream-trainings-mode-online = Online
downstream-trainings-mode-in-person = In person
downstream-trainings-mode-hybrid = Hybrid
## logging a delivered training
trainer-log-title = Log a training
trainer-status = Status:
trainer-conversation = Conversation with the organisers
trainer-message-answer = answer
trainer-message-verified = verified
trainer-message-needs-information = more information asked
trainer-message-rejected = rejected
trainer-under-certificate = Delivered under the certificate
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }, { $date })
trainer-sessions = Sessions
trainer-sessions-hint = One row a session: its day and hours. Add sessions as you deliver them; empty rows are ignored, and saving gives you new empty rows.
trainer-day = Day
trainer-hours = Hours
trainer-session-day = Session { $number }: day
trainer-session-hours = Session { $number }: hours
trainer-mode = Mode
trainer-country = Country
trainer-region = Region or province
trainer-city = City or town
trainer-language-hint = A language tag, e.g. mn, sq, uz, en
trainer-audience = Participants' organisations
trainer-audience-hint = e.g. Darkhan city administration; provincial anti-corruption office
trainer-total = Participants in total
trainer-by-sex = By sex (must add up to the total; leave all empty if not recorded)
trainer-by-age = By age band (must add up to the total; leave all empty if not recorded)
trainer-disability = Participants with a disability (optional)
trainer-disability-hint = As the Washington Group short set of questions counts them
trainer-curriculum = Curriculum version
trainer-curriculum-hint = The version of the training material you used, e.g. 2023.1
trainer-evidence = Evidence
# $size: "10 MB"
trainer-evidence-file = The attendance sheet: a scan or photo (PDF, JPEG or PNG, at most { $size })
trainer-evidence-stored = Stored: { $name }.
trainer-download = Download
trainer-evidence-replace = Choose a file to replace it.
trainer-evidence-url = Or a link to it
trainer-notes = Notes (and answers to the organisers' questions)
trainer-save = Save the changes
trainer-log = Log the training
trainer-verified-locked = This training is verified: it can no longer be changed.
trainer-saved = Saved. The organisers above your training will verify it.
## what a field of the trainer's forms must hold, shown with the field when it does not (in
## English the error's own, more specific sentence is shown instead)
field-error-certificate_code = Choose one of your valid trainer certificates.
field-error-title = Give the training's title, on one line (up to 200 characters).
field-error-session_date = Give each session's day; a session is logged once it took place.
field-error-session_hours = Give each session's hours as a number, such as 3 or 1.5.
field-error-region = Give the region or province on one line (up to 100 characters), or leave it empty.
field-error-city = Give the city or town on one line (up to 100 characters).
field-error-language = Give a language tag, such as mn, sq, uz or en.
field-error-audience_organisations = Give the participants' organisations in up to 1,000 characters, or leave them empty.
field-error-participants_total = Give the number of participants, a whole number.
field-error-sex_count = Give whole numbers by sex that add up to the total, or leave them all empty.
field-error-age_count = Give whole numbers by age band that add up to the total, or leave them all empty.
field-error-with_disability = Give a whole number no larger than the total, or leave it empty.
field-error-curriculum_version = Give the curriculum version on one line (up to 100 characters), or leave it empty.
field-error-evidence = Choose a PDF, JPEG or PNG file no larger than the size shown.
field-error-evidence_url = Give a web address that starts with https://, or leave it empty.
field-error-notes = Write the notes in up to 5,000 characters.
field-error-kind = Choose a kind of training from the list.
field-error-timezone = Give a time zone as a city, such as Asia/Ulaanbaatar or Europe/Belgrade.
field-error-organisation_name = Give your organisation's name on one line (up to 200 characters).
field-error-organisation_country = Choose your organisation's country from the list.
