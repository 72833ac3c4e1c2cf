# Cascade — organisers' pages (English, complete).
# Other languages may translate these message by message; a missing one is shown in English.
# A message with $link gets a link whose text is another message (named in its comment).
# Enum labels read by `label_in` are named `<column>-<value>` (see string_enum! in src/domain).

## Home page (before signing in)

org-home-title = Trainings
org-home-lead = Training-of-Trainers programmes and webinars organised on Cascade.
org-home-first-run = First run:
# $create and $demo are commands, shown as code: "cascade admin create", "cascade demo".
org-home-first-run-text = no account exists yet. Open the setup link printed in the server log, or run { $create }, or { $demo }.
org-home-none = No published trainings yet.

## Training status and organiser roles

org-role-lead = Lead organiser
org-role-co-organiser = Co-organiser
org-role-facilitator = Facilitator
org-role-administrator = administrator

## Dashboard

org-dashboard-title = My trainings
org-dashboard-all = All trainings
org-dashboard-new = New training
org-dashboard-needs-organisation = A training is organised on behalf of an organisation. { $link } first.
# the link text of org-dashboard-needs-organisation
org-dashboard-add-organisation = Add your organisation
org-dashboard-none = You do not organise any training yet.
org-dashboard-caption = Trainings you organise
org-dashboard-training = Training
org-dashboard-starts = Starts
org-dashboard-status = Status
org-dashboard-role = Your role

## New training and the training's details

org-new-title = New training
org-new-organise-for = You organise it for
# $link: a link whose text is org-add-organisation-link.
org-missing-organisation = Missing? { $link }.
org-add-organisation-link = Add an organisation
org-new-create = Create draft
org-details-title = Title
org-details-summary = Summary
org-details-summary-hint = One sentence shown in lists.
org-details-description = Description
org-details-description-hint = Markdown: **bold**, lists, links.
org-details-kind = Kind
org-details-timezone = Time zone
org-details-timezone-hint = IANA name, e.g. Asia/Seoul or Europe/Belgrade. Session times are entered in this zone.
org-details-language = Language
org-details-language-hint = e.g. en, fr, ru
org-details-capacity = Capacity
org-details-capacity-hint = Leave empty for no limit.
org-details-registration = Registration
org-details-opens = Registration opens (optional)
org-details-closes = Registration closes (optional)
org-details-in-training-zone = In the training's time zone.
org-details-contact = Contact address for participants
org-details-contact-hint = Shown on the public page, on its privacy notice and at the foot of every e-mail to participants, for their questions and requests to erase their details. Leave empty to use the lead organiser's address ({ $fallback }).
org-details-slug = Web address
org-details-slug-hint = The public page is /t/<this>. Letters, digits and hyphens; made from the title when empty.

## The training editor

org-editor-back = ← My trainings
org-editor-public-page = Public page:
org-editor-registrations = Registrations
org-editor-attendance = Attendance
org-editor-certification = Certification
org-editor-certificates = Certificates
org-editor-impact = Impact
org-editor-check-times = Check the times
org-editor-status = Status
org-editor-publish = Publish
org-editor-mark-completed = Mark completed
org-editor-unpublish = Unpublish
org-editor-cancel-training = Cancel training
org-editor-only-lead = Only the lead organiser changes the status.
org-editor-sessions = Sessions
org-editor-no-sessions = No sessions yet.
org-editor-add-session = Add a session
org-editor-add-session-button = Add session
org-editor-organisers = Organisers
# "Jane Doe — Co-organiser, UNDP Kosovo (Kosovo)"
org-editor-organiser = { $name } — { $role }, { $organisation } ({ $country })
org-editor-remove = Remove
org-editor-invited = Invited, not yet accepted
# "jane@example.org — Co-organiser, UNDP Kosovo"
org-editor-invitation = { $email } — { $role }, { $organisation }
org-editor-withdraw = Withdraw
org-editor-invite = Invite a co-organiser
org-editor-invite-email = Their e-mail address
org-editor-invite-role = Role
org-editor-invite-co-organiser = Co-organiser (edits details and sessions)
org-editor-invite-facilitator = Facilitator (sees the training)
org-editor-speaking-for = Speaking for
org-editor-send-invitation = Send invitation
org-editor-invitation-sent =
    { $days ->
        [one] Invitation sent to { $email }. The link works for { $days } day.
       *[other] Invitation sent to { $email }. The link works for { $days } days.
    }
org-editor-details = Details
org-editor-save-details = Save details
org-editor-no-limit = no limit
org-editor-tz-hint = In { $zone } (the training's time zone).

## A session

org-session-edit = Edit session
org-session-save = Save session
org-session-title = Session title
org-session-title-hint = e.g. Day 1: the reporting portal
org-session-starts = Starts
org-session-ends = Ends
org-session-ambiguous = If the time happens twice (clocks go back)
org-session-ambiguous-ask = Ask me
org-session-ambiguous-earlier = The first (summer time)
org-session-ambiguous-later = The second (standard time)
org-session-join-url = Join link (optional)
org-session-join-url-hint = Zoom, Teams or Jitsi; shown only to confirmed participants.
org-session-description = Description (optional)

## The invitation to organise (page and e-mail)

org-invitation-title = Invitation to organise
org-invitation-join = Join “{ $title }”
org-invitation-as = You are invited as { $role }, speaking for { $organisation }. The invitation is for { $email }.
org-invitation-accept = Accept the invitation
org-invitation-other-account = You are signed in as { $me }. Sign out, then open this link again to accept as { $email }.
org-invitation-sign-in = Sign in to accept
org-invitation-create-account = Create your account
org-invitation-name = Your name
org-invitation-password = Choose a password
org-password-hint-short = At least 10 characters.
org-invitation-create = Create account and accept
org-invitation-mail-subject = Help organise { $title }
org-invitation-mail-hello = Hello,
org-invitation-mail-html = You are invited to organise { $title } as { $role }.
org-invitation-mail-text = you are invited to organise "{ $title }" as { $role }. Accept here:
org-invitation-mail-once =
    { $hours ->
        [one] The link works for { $hours } hour.
       *[other] The link works for { $hours } hours.
    }

## Shared words

org-actions = Actions
org-edit = Edit
org-choose = Choose…
org-filter = Filter
org-all = All
org-name = Name
org-country = Country
org-status = Status
org-minutes = Minutes
org-session = Session
org-state = State

## Organisations

org-organisations-title = Organisations
org-organisations-back = ← Organisations
org-organisations-none = No organisations yet.
org-organisations-name = Name
org-organisations-name-hint = e.g. UNDP Kosovo
org-organisations-country = Country
org-organisations-website = Website
org-organisations-website-optional = Website (optional)
org-organisations-logo-url = Logo address (optional)
org-organisations-logo-url-hint = Shown as a link only. To print the logo on certificates, upload it on the organisation's edit page once it is added.
org-organisations-add = Add organisation
org-organisation-impact = Impact of its trainings
org-organisation-webhooks = Webhooks
org-organisation-saved = The details were saved.
org-organisation-logo-uploaded = The new logo was saved. Certificates issued from now on show it.
org-organisation-logo-removed = The logo was removed.
org-organisation-logo = Logo
org-organisation-logo-intro = The logo is printed on the certificates this organisation co-signs, beside the other organisers' logos, and shown in the list of organisations.
org-organisation-logo-alt = Current logo of { $name }
org-organisation-logo-png = PNG, { $width }×{ $height } pixels
org-organisation-logo-jpeg = JPEG, { $width }×{ $height } pixels
org-organisation-no-logo = No logo yet: certificates show the organisation's name only.
org-organisation-replace-logo = Replace the logo
org-organisation-upload-a-logo = Upload a logo
org-organisation-logo-hint = A PNG or JPEG file of at most { $kb } KB and { $side } pixels a side. A wide logo on a white or transparent background prints best.
org-organisation-upload-logo = Upload logo
org-organisation-remove-logo = Remove the logo
org-organisation-logo-url-hint = Shown as a link only; Cascade never downloads it. Upload the logo above to print it on certificates.

## Webhooks

org-webhooks-title = Webhooks: { $name }
org-webhooks-back = ← Webhooks of { $name }
org-webhooks-intro = Cascade can tell your own systems — a CRM, a mailing list, a spreadsheet robot — when something happens in the trainings { $name } organises: it sends a signed JSON message to an address of yours, and tries again for about a day when that address does not answer. The messages name what changed and where to read it in the API; they carry no participant's name or address. How to check the signature: see the README, “Webhooks”.
org-webhooks-none = No endpoints yet.
org-webhooks-endpoints = Endpoints
org-webhooks-address = Address
org-webhooks-events = Events
org-webhooks-deliveries = Deliveries
org-webhooks-waiting-failed = { $pending } waiting · { $failed } failed
org-webhooks-add = Add an endpoint
org-webhooks-add-button = Add endpoint
org-webhooks-state-disabled = Disabled
org-webhooks-state-paused = Paused
org-webhooks-state-active = Active
org-webhooks-deleted = The endpoint was deleted with its delivery log.
org-webhooks-saved = The endpoint was saved.
org-webhooks-resumed = The endpoint was resumed: its waiting deliveries are being sent.
org-webhooks-resent = The delivery will be sent again in a moment.
org-webhooks-endpoint-title = Webhook endpoint: { $name }
org-webhooks-endpoint = Endpoint { $url }
org-webhooks-paused-text = Cascade stopped sending to this address: { $reason }. New deliveries are kept and wait; resume once the receiver works again, and they go out.
org-webhooks-resume = Resume
org-webhooks-secret = Secret
org-webhooks-delivery-log = Delivery log
org-webhooks-nothing-sent = Nothing was sent to this endpoint yet.
org-webhooks-deliveries-caption = Deliveries, newest first
org-webhooks-event = Event
org-webhooks-made = Made (UTC)
org-webhooks-last-answer = Last answer
org-webhooks-attempts =
    { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }
# $next: the time of the next attempt, "14:05:00"
org-webhooks-attempts-next =
    { $count ->
        [one] { $count } attempt; next { $next }
       *[other] { $count } attempts; next { $next }
    }
org-webhooks-not-tried = not tried yet
org-webhooks-duration = ({ $ms } ms)
# after "Details", for screen readers: "Details of delivery 12"
org-webhooks-of-delivery = of delivery { $id }
org-webhooks-error = Error: { $error }
org-webhooks-answer = Answer:
org-webhooks-payload = Payload:
org-webhooks-resend = Resend
# after "Resend", for screen readers: "Resend delivery 12"
org-webhooks-delivery = delivery { $id }
org-webhooks-older = Older deliveries
org-webhooks-change = Change
org-webhooks-save = Save
org-webhooks-renew-text = Renew the secret when it may have leaked. The new one is shown once; the old one stops signing at once.
org-webhooks-renew = Renew the secret
org-webhooks-delete = Delete
org-webhooks-delete-button = Delete this endpoint and its log
org-webhooks-url = Receiver address
org-webhooks-url-hint = An https:// address on the public internet. Cascade POSTs JSON there, signed with the endpoint's secret.
org-webhooks-note = Note (optional)
org-webhooks-note-hint = What receives it, for your colleagues: e.g. “CRM mailing list”.
org-webhooks-events-to-send = Events to send
org-webhooks-trainings = Trainings
org-webhooks-all-trainings = Every training the organisation organises, now and later
org-webhooks-some-trainings = Only the trainings ticked below
org-webhooks-no-trainings = The organisation organises no training yet.
org-webhooks-enabled = Switched on (while off, nothing is sent or kept for it)
org-webhooks-event-registration-confirmed = A registration is confirmed
org-webhooks-event-registration-cancelled = A registration is cancelled
org-webhooks-event-registration-waitlisted = Someone is put on the waiting list
org-webhooks-event-registration-promoted = Someone on the waiting list gets a place
org-webhooks-event-session-added = A session is added
org-webhooks-event-session-changed = A session changes (time, title, description, join link)
org-webhooks-event-session-deleted = A session is deleted
org-webhooks-event-certificate-issued = A certificate is issued
webhook-deliveries-status-pending = Waiting to be sent
webhook-deliveries-status-delivered = Delivered
webhook-deliveries-status-failed = Failed
org-webhooks-secret-title = The endpoint's secret
org-webhooks-new-secret = The endpoint's new secret
org-webhooks-added = The endpoint was added
org-webhooks-secret-note = Copy this secret now: it is shown only this once. Your receiver uses it to check that each message comes from Cascade.
org-webhooks-secret-for = Secret for { $url }:
org-webhooks-old-secret = The old secret no longer signs anything, also not the deliveries still waiting.
# $timestamp and $signature are header names, shown as code.
org-webhooks-signature = Each message carries { $timestamp } and { $signature }, the HMAC-SHA256 of the timestamp, a dot and the body, keyed with this secret.
org-webhooks-go-to-endpoint = Go to the endpoint and its delivery log

## Attendance

org-attendance-title = Attendance: { $title }
org-attendance-back = ← Attendance
org-attendance-no-sessions = This training has no sessions yet.
# "14 Feb 09:00 (Europe/Belgrade), 90 minutes"
org-attendance-session-when = { $when } ({ $zone }), { $minutes } minutes
# $present is shown in bold: "12 of 30 present"
org-attendance-present = { $present } of { $total } present
org-attendance-check-in-code = Check-in code:
org-attendance-rest-present = Mark everyone else present
# after a button's text, for screen readers: "… for Day 1"
org-attendance-for-session = for { $session }
org-attendance-import-report = Import a Zoom or Teams report
org-attendance-filter-people = Filter people
org-attendance-name-or-email = Name or e-mail
org-attendance-none = No confirmed participants.
org-attendance-none-match = No confirmed participants match the filter.
org-attendance-grid-caption = Attendance by person and session
org-attendance-minutes-of = Minutes: { $name }, { $session }
# the placeholder of a minutes field
org-attendance-min = min
org-attendance-status-minutes = { $status }, { $minutes } min
org-attendance-save = Save attendance
org-attendance-imports = Imported reports
org-attendance-file = File
org-attendance-matched = Matched
org-attendance-import-format = ({ $format }, times in { $zone })
org-attendance-import-matched = { $email } by e-mail, { $name } by name, { $unmatched } unmatched
org-attendance-import-matched-ambiguous = { $email } by e-mail, { $name } by name, { $unmatched } unmatched, { $ambiguous } ambiguous
org-attendance-import-undone = undone
org-attendance-import-applied = applied: { $count } marks
org-attendance-import-preview = preview
org-utc = { $time } UTC
org-attendance-undo = Undo
org-attendance-review = Review
org-attendance-marks-saved =
    { $count ->
        [0] Nothing changed.
        [one] { $count } mark saved.
       *[other] { $count } marks saved.
    }
org-attendance-more-present = { $count } more marked present.
org-attendance-applied = { $file } applied: { $count } marks changed.
org-attendance-undone = Import undone: { $count } marks restored.
attendance-status-present = Present
attendance-status-absent = Absent
attendance-status-excused = Excused
attendance-source-organiser = Marked by an organiser
attendance-source-self-check-in = Self check-in
attendance-source-check-in-code = Check-in with the session code
attendance-source-import = Imported report

## Importing a Zoom or Teams report

org-upload-title = Import attendance: { $session }
org-upload-heading = Import a report for “{ $session }”
org-upload-intro = Download the report from Zoom (webinar: Reports → Attendee report; meeting: Reports → Usage → Participants, “Export with meeting data” or not) or Microsoft Teams (meeting → Attendance → Download), and upload it unchanged. You will see who matched before anything is saved.
org-upload-file = Report file
org-upload-file-hint = CSV or the Teams download; at most { $mb } MB.
org-upload-format = Format
org-upload-recognise = Recognise it
org-attendance-format-zoom-webinar = Zoom webinar attendee report
org-attendance-format-zoom-meeting = Zoom meeting participants report
org-attendance-format-teams-report = Teams meeting attendance report
org-attendance-format-teams-legacy = Teams attendance list (2020)
org-upload-timezone = Time zone of the times in the file
org-upload-timezone-hint = Zoom and Teams write times without a zone: the zone of the account that downloaded the report. The training's zone is { $zone }.
org-upload-preview = Preview
org-preview-title = Import preview: { $session }
org-preview-imported = Imported: { $file }
org-preview-heading = Preview: { $file }
org-preview-about = “{ $session }” · { $format } · times read in { $zone }
# $count is shown in bold; $n is the same number, for plural forms.
org-preview-matched = { $count } matched by e-mail
org-preview-matched-by-name = { $count } matched by name only (tick to confirm)
org-preview-unmatched = { $count } not registered
org-preview-ambiguous = { $count } ambiguous (several registrations with that name)
org-preview-people = People in the report
org-preview-in-report = In the report
org-preview-registered-as = Registered as
org-preview-match = Match
org-preview-joins = Joins
org-preview-line = (line { $line })
org-preview-match-email = e-mail
org-preview-match-name = name only: confirm
org-preview-match-ambiguous = ambiguous
org-preview-match-none = not registered
org-preview-apply = Apply
org-preview-apply-note = Matched people get “present” with their minutes (absent if their time fell outside the session). Nothing else changes.
org-preview-skipped = Rows left out
org-preview-skipped-row = line { $line }: { $name } — { $reason }

## Certificates and the certification rule

org-certificates-title = Certificates: { $title }
org-certificates-rule = Certification rule
org-certificates-issuing = Issuing: { $done } of { $total } ready (PDF, signed credential, e-mail queued)
org-certificates-progress = { $done } of { $total }
org-certificates-refreshes = This page refreshes itself until every certificate is ready.
org-certificates-waiting = Qualify, without a certificate yet ({ $count })
# $link: a link whose text is org-certificates-certification-page.
org-certificates-nobody-waiting = Nobody is waiting. The { $link } shows who qualifies and why others do not.
org-certificates-certification-page = certification page
org-certificates-issue-all = Issue certificates to all { $count }
org-certificates-issue-to = Issue to { $name }
org-certificates-issued = Issued ({ $count })
org-certificates-none = No certificates yet.
org-certificates-holder = Holder
org-certificates-code = Code
org-certificates-issued-on = Issued
org-certificates-revoke = Revoke
org-certificates-status-reason = { $status }: { $reason }
org-certificates-revoke-open = Revoke…
org-certificates-reason = Reason (the holder and anyone checking the certificate see it)
org-certificates-revoke-button = Revoke the certificate of { $name }
org-certificates-being-issued = being issued
org-certificates-revoked = The certificate of { $name } is revoked; they have been told.
certificates-status-issuing = Being issued
certificates-status-issued = Valid
certificates-status-revoked = Revoked
org-certification-title = Certification: { $title }
# $rule and $eligible are shown in bold.
org-certification-rule = To be certified: { $rule }. { $eligible } of { $total } confirmed participants qualify.
org-certification-change = Change the rule
org-certification-min-sessions = Sessions attended, at least (a number)
org-certification-min-sessions-percent = …or at least this share of all sessions (%)
org-certification-min-sessions-percent-hint = 100 means every session.
org-certification-min-minutes-percent = A session counts when at least this share of its time was attended (%)
org-certification-min-minutes-percent-hint = Optional. Uses the minutes from imported reports; a mark without minutes counts in full.
org-certification-pass-mark = Assessment pass mark (0–100)
org-certification-pass-mark-hint = Optional. Leave empty when there is no assessment.
org-certification-save-rule = Save the rule
org-certification-none = No confirmed participants yet.
org-certification-eligibility = Eligibility
org-certification-score = Score
org-certification-qualifies = Qualifies
org-certification-sessions-of = { $attended } of { $total }
org-certification-score-of = Score of { $name }
org-certification-yes = Yes
org-certification-no = No
org-certification-save-scores = Save scores
org-certification-rule-saved = The rule is saved.
org-certification-scores-saved = Scores saved.

## Signing in, passwords, setting up

org-auth-sign-in = Sign in
org-auth-with-password = With your password
org-auth-email = E-mail address
org-auth-password = Password
org-auth-forgot = Forgot your password?
org-auth-with-link = With a link by e-mail
org-auth-link-hint = We send a link that signs you in once.
org-auth-send-sign-in-link = Send me a sign-in link
org-auth-link-sent = If { $email } has an account, a sign-in link is on its way. It works once, for { $minutes } minutes.
org-auth-forgot-hint = We send a link to choose a new password. It works once.
org-auth-send-link = Send me a link
org-auth-back-to-sign-in = Back to signing in
org-auth-reset-sent = If { $email } has an account, a link to choose a new password is on its way. It works once, for { $minutes } minutes.
org-auth-link-title = Sign in with your link
org-auth-sign-in-now = Sign in now
org-auth-link-dead = This link no longer works
org-auth-link-dead-text = Sign-in links work once and expire. This one was already used, has expired or is not valid.
org-auth-ask-new-link = Ask for a new link
org-auth-reset-title = Choose a new password
org-auth-new-password = New password
org-auth-password-hint = At least 10 characters; not a common password, and not your e-mail address. You will be signed out everywhere else.
org-auth-set-password = Set the new password
org-auth-reset-dead-text = Password-reset links work once and expire. This one was already used, has expired or is not valid.
org-auth-setup-title = Set up Cascade
org-auth-setup-intro = Create the first administrator account. This page closes once it exists.
org-auth-create-admin = Create administrator
org-auth-change-title = Change your password
org-auth-current-password = Current password
org-auth-change-button = Change the password
# $link: a link whose text is org-auth-ask-password-link.
org-auth-no-password = Your account has no password yet (you sign in with links by e-mail). To set one, { $link }: it goes to your address, which proves it is you.
org-auth-ask-password-link = ask for a password link
org-auth-password-changed = Your password was changed. You were signed out everywhere else.

## The local mailbox

org-mailbox-title = Mailbox
org-mailbox-back = ← Mailbox
org-mailbox-intro = Every e-mail Cascade queued, newest first. Delivery: { $transport }.
org-mailbox-none = No e-mail yet.
org-mailbox-to = To
org-mailbox-subject = Subject
org-mailbox-queued = Queued (UTC)
org-mailbox-invite = invite: { $method }
org-mailbox-status-attempts = { $status } ({ $count } attempts)
org-mailbox-message-id = Message-ID
org-mailbox-calendar-part = Calendar part ({ $method })
outbox-status-pending = Waiting to be sent
outbox-status-sent = Sent
outbox-status-failed = Could not be delivered

## Registrations (the organisers' table)

org-registrations-title = Registrations: { $title }
org-registrations-confirmed = { $confirmed } confirmed
org-registrations-confirmed-of = { $confirmed } confirmed of { $places } places
org-registrations-in-all = { $total } in all
org-registrations-csv = Download CSV
org-registrations-by-status = By status
org-registrations-by-country = By country
org-registrations-by-sex = By sex
org-registrations-filter = Filter registrations
org-registrations-sex = Sex
org-registrations-none = No registrations.
org-registrations-none-match = No registrations match the filter.
org-registrations-email = E-mail
org-registrations-organisation = Organisation
org-registrations-age = Age
org-registrations-approve = Approve
org-registrations-decline = Decline
org-registrations-cancel = Cancel
org-registrations-erase = Erase details
# after "Resend", for screen readers: "Resend to Jane Doe"
org-registrations-to = to { $name }
# after "Erase details", for screen readers: "Erase details of Jane Doe"
org-registrations-of = of { $name }
org-registrations-pages = Pages of registrations
org-registrations-showing = Showing { $first }–{ $last } of { $matching } · page { $page } of { $pages }
org-registrations-showing-matching = Showing { $first }–{ $last } of { $matching } matching · page { $page } of { $pages }
org-registrations-first = First
org-registrations-previous = Previous
org-registrations-next = Next
org-registrations-last = Last
org-registrations-failed = E-mails that could not be delivered
org-registrations-failed-mail = { $recipient } — { $subject } ({ $count } attempts)
org-registrations-try-again = Try them again
org-registrations-invite = Invite participants
org-registrations-invite-intro = Only invited people can register. Each gets a personal link bound to their e-mail address.
org-registrations-full-name = Full name
org-registrations-invite-button = Invite
org-registrations-import = Import a list
org-registrations-csv-field = CSV: paste it here
org-registrations-csv-hint = First line: email,full_name,organisation,country. Every row is checked first; one bad row imports nothing.
org-registrations-import-button = Import and send invitations
org-registrations-approved = Approved: { $status }.
org-registrations-declined = Declined; the person was told.
org-registrations-cancelled = Cancelled; the person was told.
org-registrations-sent-again = Sent again.
org-registrations-erased = The person's e-mail address, name and organisation are erased.
org-registrations-invitation-sent = Invitation sent to { $email }.
org-registrations-queued-again = { $count } e-mails queued again.

## Downstream trainings to verify

org-queue-title = Verification queue
org-queue-heading = Downstream trainings to verify
org-queue-lead = Trainings that certified trainers reported under the trainings you lead or co-organise, in every generation below.
org-queue-open = Awaiting a decision
org-queue-verified = Verified
org-queue-rejected = Rejected
org-queue-nothing = Nothing here.
org-queue-region = Downstream trainings
org-queue-trainer = Trainer
org-queue-when = When
org-queue-where = Where
org-queue-participants = Participants
org-queue-certificate-revoked = Certificate revoked
org-record-back = ← Verification queue
# $trainer and $status are shown in bold, $code as a code.
org-record-reported-by = Reported by { $trainer }, certified in { $training } (certificate { $code }). Status: { $status }.
org-record-revoked = The certificate was revoked
org-record-revoked-text = This training is kept and marked; it is left out of the impact figures and cannot be verified.
org-record-when = { $dates } · { $hours }
org-record-when-sessions =
    { $count ->
        [one] { $dates } · { $hours } in { $count } session
       *[other] { $dates } · { $hours } in { $count } sessions
    }
org-record-where = { $place } · { $mode } · language { $language }
org-record-organisations = Participants' organisations
org-record-participants-disability = { $total }, { $disability } with a disability
org-record-curriculum = Curriculum version
org-record-evidence = Evidence
org-record-no-evidence = none
org-record-notes = Notes
org-record-by-age = By age band
org-record-day = Day
org-record-hours = Hours
org-record-conversation = Conversation
org-record-decide = Decide
org-record-decision = Decision
org-record-note = Note to the trainer (required to ask for information or reject)
org-record-send = Send the decision

## A training's title and description in other languages (/trainings/{id}/languages)
org-languages-title = Other languages: { $title }
org-languages-heading = The title and description in other languages
org-languages-lead = Participants who read another language than { $language } see the training's title, summary and description in their language, where you write them here: on the public page, the registration form, their own page and their e-mails. Calendar entries keep the training's own title.
org-languages-saved = Saved. Readers of these languages see them now.
org-languages-add = Add a language
org-languages-language = Language
org-languages-choose = Choose…
org-languages-field-title = Title
org-languages-field-summary = Summary (one line, optional)
org-languages-field-description = Description (optional)
org-languages-description-hint = Markdown, as the training's own description. Empty: readers see the training's own description.
org-languages-remove-hint = To remove a language, empty its title, summary and description and its language.
org-languages-save = Save the languages
org-languages-none = Only in the training's own language.
org-languages-who = The lead organiser and co-organisers change these.
org-languages-link = Other languages

## The session table's organiser buttons
org-schedule-actions = Actions
org-schedule-edit = Edit
org-schedule-delete = Delete

## To the organiser who asked a trainer for more information: the trainer answered
org-mail-answered-subject = Answered: { $title }
# $trainer: the certified trainer who answered; $title: the training they logged
org-mail-answered = { $trainer } answered your question about “{ $title }” and sent it back for verification.
org-mail-answered-their-answer = Their answer:
org-mail-answered-queue = The verification queue:
org-mail-answered-button = Open the verification queue
