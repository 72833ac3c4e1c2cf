# Cascade — the e-mails participants get about a training, and the text of their calendar
# invitations. Chinese (Simplified). Same message ids as en/mail.ftl.
# Terms: see GLOSSARY.md in this folder (培训, 场次, 主办方, 报名, 候补名单, 时区, 日历邀请, 提醒, 进入链接).
# Register: the reader is addressed politely as 您; instructions use 请….
# Titles are the organisers' words, quoted with “ ”.

## Every e-mail

mail-hello = { $name }，您好：
mail-or-copy = 或复制此链接：{ $url }
mail-my-registration = 我的报名
mail-your-registration = 您的报名：{ $url }
mail-sessions-in-your-zone = 各场次时间（按您所在时区）：
mail-in-your-zone = 按您所在时区：
# Before a session's join link in the list of sessions.
mail-join = 进入链接：
mail-about-training = 培训详情：{ $url }
mail-footer-sent = 本邮件由 Cascade 代表“{ $title }”的主办方发送。
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = 本邮件由 Cascade 代表“{ $title }”的主办方发送。主办方：{ $organisers }。
mail-footer-questions = 如有疑问，请联系主办方：{ $contact }
mail-footer-privacy = 您的信息如何保存，以及如何申请删除
mail-footer-privacy-url = 您的信息如何保存，以及如何申请删除：{ $url }

## Confirm the e-mail address

mail-confirm-subject = 请确认报名：{ $title }
mail-confirm-text = 请打开以下链接，确认您报名参加“{ $title }”：
mail-confirm-html = 请确认您报名参加“{ $title }”。
mail-confirm-button = 确认我的报名
mail-confirm-once =
    { $hours ->
       *[other] 此链接仅可使用一次，有效期为{ $hours }小时。如果您并未报名，请忽略本邮件，不会产生任何影响。
    }

## Registered (a place is yours)

mail-registered-subject = 报名成功：{ $title }
mail-registered = 您已成功报名参加“{ $title }”。
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [1] 随附的日历邀请会将该场次添加到您的日历中。无需回复。
       *[other] 随附的日历邀请会将第一个场次添加到您的日历中；由于日历应用每个邀请只读取一个活动，其余各场次将分别通过单独的电子邮件发送。无需回复。
    }
mail-registered-manage = 您的报名（日程、日历链接、变更、取消）：{ $url }
mail-registered-cancel = 如需取消，请打开您的报名页面。

## On the waiting list

mail-waitlisted-subject = 已进入候补名单：{ $title }
mail-waitlisted = 您的电子邮件地址已确认。“{ $title }”名额已满，您已进入候补名单。
mail-waitlisted-next = 一旦有名额空出，该名额即归您所有，您将收到附有日历邀请的电子邮件。如需退出候补名单，请取消您的报名。

## Waiting for the organisers' approval

mail-awaiting-subject = 已收到报名：{ $title }
mail-awaiting = 谢谢！您对“{ $title }”的报名已确认，目前正等待主办方审核。主办方作出决定后，我们将通过电子邮件通知您。

## Declined

mail-declined-subject = 您的报名：{ $title }
mail-declined = 很遗憾，“{ $title }”的主办方此次未能接受您的报名。

## Registering again with a registration already there

mail-already-subject = 您的报名：{ $title }
mail-already = 您（或使用您电子邮件地址的其他人）再次申请报名参加“{ $title }”。
mail-already-confirmed = 您已有一份报名，且名额已确认。
mail-already-waitlisted = 您已有一份报名，目前在候补名单中。
mail-already-awaiting = 您已有一份报名，正在等待主办方审核。
mail-already-declined = 您已有一份报名，但主办方未予批准。
mail-already-other = 您已有一份报名，请打开报名页面查看其当前状态。

## Cancelled

mail-cancelled-subject = 报名已取消：{ $title }
mail-cancelled = 您对“{ $title }”的报名已取消。
mail-cancelled-calendar = 如果这些场次已在您的日历中，本邮件将移除第一个场次，其余各场次将分别通过单独的电子邮件移除（日历应用每次更新只读取一个活动）。
mail-register-again = 重新报名
mail-register-again-url = 重新报名：{ $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }：{ $title }（日历）
mail-entry-adds = 本邮件将“{ $session }”添加到您的日历中：
mail-entry-removes = 本邮件将“{ $session }”从您的日历中移除：
mail-entry-one-per = 日历应用每个邀请只读取一个活动，因此“{ $title }”的每个场次都将单独发送一封电子邮件。
mail-entry-manage = 您的报名（完整日程、变更、取消）：{ $url }

## Invited (invitation-only trainings)

mail-invitation-subject = 诚邀您参加：{ $title }
mail-invitation = 诚邀您参加“{ $title }”。本培训仅限受邀人员报名，以下是您的专属链接：
mail-invitation-button = 报名

## A reminder before a session

mail-reminder-subject = 即将开始：{ $session }（{ $title }）
mail-reminder-days =
    { $days ->
        [1] 提醒：“{ $session }”将于一天后开始。
       *[other] 提醒：“{ $session }”将于{ $days }天后开始。
    }
mail-reminder-hours =
    { $hours ->
        [1] 提醒：“{ $session }”将于一小时后开始。
       *[other] 提醒：“{ $session }”将于{ $hours }小时后开始。
    }
mail-reminder-minutes =
    { $minutes ->
       *[other] 提醒：“{ $session }”将于{ $minutes }分钟后开始。
    }

## The schedule changed

mail-changed-subject = 日程变更：{ $title }
mail-changed-session = “{ $session }”有以下变更：
mail-changed-added = “{ $title }”新增了一个场次：
mail-changed-moved = 场次“{ $session }”的时间已调整：
mail-change-time = 时间
mail-change-title = 标题
mail-change-description = 说明
mail-change-join-link = 进入链接
mail-change-none = （无）
# After the new value, the value before the change.
mail-change-was = （原为：{ $before }）
mail-changed-update = 随附的更新将同步修改您的日历。

## A session is cancelled

mail-session-cancelled-subject = 场次已取消：{ $title }
mail-session-cancelled = 场次“{ $session }”已取消：
mail-session-cancelled-update = 随附的更新会将该场次从您的日历中移除。

## Why (a sentence added by what happened)

note-place-free = 现有名额空出。
note-place-free-yours = 现有名额空出，该名额已归您所有。
note-organisers-approved = 您的报名已通过主办方审核。
note-organisers-registered = 主办方已为您报名。
note-organisers-cancelled = 此报名由主办方取消。
note-you-erased = 您已要求我们删除您的信息。
note-organisers-erased = 主办方已按您的要求删除了您的信息。
note-training-cancelled = 主办方已取消本培训。

## A session in an e-mail: "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }，{ $start }–{ $end }（{ $place }，{ $offset }）

## The text of calendar invitations (the event's description)

ics-join = 进入链接：{ $url }
ics-your-registration = 您的报名（如需取消，请打开此链接）：{ $url }
ics-training = 培训：{ $url }

## The training is cancelled

mail-training-cancelled-subject = 培训已取消：{ $title }
mail-training-cancelled = 主办方已取消“{ $title }”。如果该培训的场次已在您的日历中，本邮件将移除第一个场次，其余各场次将分别通过单独的电子邮件移除（日历应用每次更新只读取一个活动）。

## Certificates: issued (the PDF attached) and revoked
# $role: "Certified trainer" or "Certificate of attendance" (verify-trainer / verify-attendance)
mail-cert-issued-subject = { $role }：您的“{ $title }”证书
mail-cert-issued-title = 您的证书
mail-cert-issued = 恭喜！{ $organisers }已为您颁发“{ $title }”的证书（{ $role }）。
# the code follows on its own line, then the link
mail-cert-attached = 您的证书已以 PDF 文件形式附在本邮件中。任何人都可以凭证书编码 { $code } 在其核验页面上核验该证书：
mail-cert-see = 查看您的证书
mail-cert-credential = 您的 Open Badges 数字凭证
mail-cert-linkedin = 添加到您的 LinkedIn 个人资料
mail-cert-trainer-space = 您的培训师空间：登记您开展的培训
mail-cert-revoked-subject = 您的“{ $title }”证书已被撤销
mail-cert-revoked-title = 您的证书已被撤销
mail-cert-revoked = “{ $title }”的主办方（{ $organisers }）已撤销您的证书。
mail-cert-revoked-reason = 撤销原因：{ $reason }
mail-cert-revoked-page = 证书核验页面现已将其显示为已撤销：
mail-cert-revoked-mistake = 如果您认为这是一个错误，请回复本邮件联系主办方。

## Signing in (organisers and trainers) and choosing a new password
mail-link-works-once = { $minutes ->
        [1] 此链接仅可使用一次，有效期为一分钟。
       *[other] 此链接仅可使用一次，有效期为{ $minutes }分钟。
    }
mail-sign-in-subject = 您的 Cascade 登录链接
mail-sign-in-open = 请打开以下链接登录 Cascade：
mail-sign-in-button-intro = 请点击下方按钮登录 Cascade。
mail-sign-in-button = 登录
mail-sign-in-ignore = 如果您并未申请此链接，请忽略本邮件。
mail-reset-subject = 重置您的 Cascade 密码
mail-reset-open = 请打开以下链接，为 Cascade 设置新密码：
mail-reset-button-intro = 请点击下方按钮，为 Cascade 设置新密码。
mail-reset-button = 设置新密码
mail-reset-note = 设置新密码后，您在其他所有地方的登录都将退出。如果您并未申请，请忽略本邮件：您的密码将保持不变。

## To certified trainers: an organiser decided about a training they logged; a reminder to log
# $decision: verified, needs_information or rejected
mail-decided-subject = { $decision ->
        [verified] 已核实：{ $title }
        [needs_information] 主办方需要更多信息：{ $title }
       *[other] 未被接受：{ $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided = “{ $training }”的主办方已查看您登记的培训“{ $title }”：{ $decision ->
        [verified] 该培训已核实。
        [needs_information] 他们需要更多信息。
       *[other] 该培训未被接受。
    }
mail-decided-they-wrote = 主办方的留言：
mail-decided-open = 请在您的培训师空间中查看（如尚未核实，您还可以回复或修改）：
mail-decided-button = 在培训师空间中打开
mail-log-reminder-subject = 自“{ $title }”以来，您培训过他人吗？
mail-log-reminder-title = 您培训过他人吗？
mail-log-reminder-months = { $months ->
        [1] 一个月前，您通过“{ $title }”（{ $organisers }）成为认证培训师。
       *[other] { $months }个月前，您通过“{ $title }”（{ $organisers }）成为认证培训师。
    }
mail-log-reminder-days = { $days ->
        [1] 一天前，您通过“{ $title }”（{ $organisers }）成为认证培训师。
       *[other] { $days }天前，您通过“{ $title }”（{ $organisers }）成为认证培训师。
    }
mail-log-reminder-log = 如果您此后开展过培训，请在培训师空间中登记：只需几分钟，您培训覆盖的人员就会显示在本项目的影响力报告中。
mail-log-reminder-button = 登记培训
