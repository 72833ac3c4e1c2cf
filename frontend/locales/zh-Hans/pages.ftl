# Cascade — pages that participants read, and what every page shares.
# Chinese (Simplified). Same message ids as en/pages.ftl.
# Terms: see GLOSSARY.md in this folder (培训, 场次, 主办方, 报名, 证书, 候补名单, 时区, 学员, 隐私声明).
# Register: the reader is addressed as 您.

## Every page

skip-to-content = 跳到主要内容
brand-home = Cascade 首页
nav-main = 主导航
nav-my-trainings = 我的培训
nav-organisations = 机构
nav-trainer-space = 培训师空间
nav-to-verify = 待核实
nav-password = 密码
nav-sign-out = 退出登录（{ $name }）
nav-sign-in = 登录
footer-about = Cascade——培训师培训，从日程安排到逐级培训。
footer-api = API
footer-mailbox = 邮箱
footer-mailbox-note = （电子邮件仅在本地截留，不会发出）
language-switcher = 语言
# The title of a page, after the page's own: "Register: Reporting portal · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = 未找到
error-not-allowed = 无权访问
error-server = 系统出现错误
error-other = 操作未成功
# $link: a link whose text is error-start-page.
error-back = 请使用浏览器的“后退”按钮，或{ $link }。
error-start-page = 返回首页
error-summary = 存在以下问题

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first }至{ $last }
# A session's length in hours and minutes.
duration =
    { $minutes ->
        [0] { $hours }小时
       *[other] { $hours }小时{ $minutes }分钟
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [1] { $time }（次日）
       *[other] { $time }（{ $days }天后）
    }

## The public page of a training

public-took-place = 本培训已于{ $dates }举行。
public-registration-closed = 报名已截止。
public-invitation-only = 仅限受邀人员报名。
public-register = 报名
public-add-to-calendar = 添加到日历（.ics）
public-organised-by = 主办方
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = 牵头方
public-contact = 如有疑问，请联系主办方：
public-schedule = 日程
public-schedule-zones = 时间按培训时区（{ $zone }）及各主办国家/地区的时区显示。
public-about = 简介
public-language = 语言：{ $language }
public-places = { $count }个名额
public-registration-mode = 报名方式：{ $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }：报名后会保存您的哪些信息、保存多久，以及如何删除。
public-privacy-link = 隐私声明

## The schedule table

schedule-region = 各时区日程
schedule-caption = 各时区的场次时间
schedule-session = 场次
schedule-training-zone = （培训时区）
schedule-your-time = 您的当地时间
schedule-night = 夜间

## The registration form

form-title = 报名：{ $title }
form-heading = 报名
form-closed = 目前无法报名：{ $reason }。
form-closed-ended = 本培训已于{ $dates }举行
form-closed-window = 报名已于{ $date }截止
form-closed-not-open = 报名将于{ $date }开始
form-closed-cancelled = 本培训已取消
form-closed-completed = 本培训已结束
form-closed-unpublished = 本培训暂不开放报名
form-invitation-only = 本培训仅限受邀人员参加。如果您已受邀，请使用邀请邮件中的个人专属链接。
form-full-title = 本培训名额已满。
form-full-text = 您仍可报名：您将进入候补名单；一旦有名额空出，您将获得该名额，并收到电子邮件通知。
form-approval = 每一份报名均由主办方审核，审核结果将通过电子邮件通知您。
form-email = 电子邮件地址
form-email-hint = 我们将发送一个链接，用于确认该地址。
form-email-invited = 您的邀请是发送到此地址的。
form-consent = 我同意主办方保存以上信息，用于组织本培训，并在不含姓名的情况下报告培训覆盖的人数。
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = 请阅读{ $link }以了解会保存哪些信息、保存多久以及如何删除。
form-privacy-link = 隐私声明
form-submit = 报名
form-submit-waitlist = 加入候补名单

## A person's details (the form and the participant page)

person-full-name = 姓名
person-organisation = 所在机构
person-organisation-hint = 您的工作单位。
person-country = 国家/地区
person-choose = 请选择…
person-sex = 性别
person-sex-hint = （选填；用于统计培训覆盖的女性和男性人数）
person-not-given = 未填写
person-age = 年龄
person-optional = （选填）

# Errors on the form, by field: what the field must hold.
field-error-email = 请输入可以接收邮件的电子邮件地址，例如 name@example.org。
field-error-full_name = 请在一行内输入您的姓名（不超过200个字符）。
field-error-organisation = 请在一行内输入您的所在机构（不超过200个字符）。
field-error-country = 请从列表中选择您的国家/地区。
field-error-sex = 请选择一个选项，或选择“未填写”。
field-error-age_band = 请从列表中选择年龄段，或选择“未填写”。
field-error-consent = 请勾选此框表示同意，否则主办方无法保存您的报名。
field-error-csrf = 表单已过期，或并非来自本网站。请重新加载页面后再试。
field-error-rate-limited = 来自您所在网络或使用此地址的报名次数过多，请稍后再试。
field-error-other = 操作未成功。请检查表单后再试。

## After registering

inbox-title = 请查收电子邮件
inbox-sent = 我们已向您报名“{ $title }”时填写的地址发送了一封电子邮件。
inbox-open-link = 请打开邮件中的链接，确认您的报名。该链接在{ $hours }小时内有效。
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = 几分钟后仍未收到？请查看垃圾邮件文件夹，或{ $link }以获取新的链接。
inbox-register-again = 重新报名

confirm-title = 确认报名
confirm-for = 培训：{ $title }
confirm-button = 确认我的报名
confirm-invalid-title = 此链接已失效
confirm-invalid = 确认链接只能使用一次，并有有效期。此链接已被使用、已过期或无效。
confirm-invalid-next = 已经确认过了？您的报名页面链接就在确认后我们发给您的电子邮件中。如果尚未确认，请重新报名：我们会向同一地址发送新的链接，您的报名不会重复。
confirm-register-again = 重新报名

## The participant's own page

participant-title = 您的报名：{ $title }
participant-yours = 您的报名
participant-waitlisted = 本培训名额已满。您已在候补名单中；一旦有名额空出，您将收到附有日历邀请的电子邮件。
participant-awaiting = 主办方尚未作出决定。届时您将收到电子邮件通知。
participant-cancelled = 此报名已取消。
participant-register-again = 重新报名
participant-pending = 请通过我们发给您的链接确认您的电子邮件地址。
participant-schedule = 日程
participant-zone-yours = 时间按您所在时区（{ $zone }）显示。
participant-zone-both = 时间按您所在时区（{ $zone }）显示；每个场次下方为培训时区（{ $training_zone }）的时间。
participant-join = 进入本场次
# $time: a date and a clock time ("14 February 2023, 08:45").
participant-join-from = 进入链接自{ $time }起可用。
participant-check-in = 我已到场：签到
participant-check-in-to = （{ $session }）
participant-host-code = 或输入主持人提供的签到码
participant-google = 添加到 Google Calendar
participant-outlook = 添加到 Outlook
participant-download = 下载日历（.ics）
participant-subscribe = 在日历应用中订阅
participant-stays-current = （日程变更时会自动更新）
participant-details = 您的信息
participant-save = 保存我的信息
participant-cannot-come = 无法参加？
participant-cancel = 取消我的报名
participant-cancel-note = 您的名额将转给候补名单上的第一位。
participant-privacy = 隐私
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = { $link }说明了会保存您的哪些信息，以及保存多久。
participant-privacy-link = 隐私声明
participant-erase-link = 删除您的信息
participant-language = 电子邮件、日历邀请和证书所用的语言
participant-language-save = 使用此语言
participant-saved = 您的信息已保存。
participant-cancelled-notice = 您的报名已取消。
participant-welcome-confirmed = 您的报名已确认。日历邀请已发往您的收件箱。
participant-welcome-waitlisted = 您的电子邮件地址已确认。本培训名额已满：您已进入候补名单。
participant-welcome-awaiting = 您的电子邮件地址已确认。主办方将审核您的报名。
participant-language-saved = 您的电子邮件、日历邀请和证书将使用此语言。

## The privacy notice of a training

privacy-title = 隐私声明：{ $title }
privacy-heading = 隐私声明
privacy-lead = 报名参加“{ $title }”后会保存您的哪些信息、保存多久，以及如何删除。
privacy-who = 负责方
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) and C (Rwanda)")
privacy-who-text = 主办方：{ $organisations }。主办方使用本网站的软件 Cascade 组织本培训。
privacy-write-to = 联系方式：
# Joins the last two items of a list: "A and B"; other items are joined with ", ".
list-and = { $first }和{ $last }
list-comma = { $first }、{ $rest }
privacy-what = 保存哪些信息
privacy-what-given = 您报名时提供的信息：电子邮件地址、姓名、所在机构和国家/地区，以及您自愿提供的性别和年龄段；还有您同意保存这些信息的时间。
privacy-what-status = 您的报名状态（待确认、已确认、在候补名单中、已取消等）。
privacy-what-attendance = 您是否出席了各个场次，由主办方记录，或从 Zoom 或 Teams 报告中导入。
privacy-what-certificate = 您的证书（如果您获得证书）。
privacy-what-mails = 发给您的电子邮件：确认邮件、日历邀请、提醒和变更通知。
privacy-why = 用途
privacy-why-text = 用于组织本培训：确认您的名额，向您发送日历邀请、提醒和变更通知，记录出勤情况并颁发证书。此外，还用于按国家/地区、性别和年龄段，在不含姓名的情况下向项目资助方报告培训覆盖的人数。
privacy-who-sees = 谁可以查看
privacy-who-sees-text = 本培训的主办方和本网站的管理员。这些信息不会出现在任何公开页面上。证书会向持有其编码的任何人显示您的姓名：他人正是借此核验证书。
privacy-how-long = 保存期限
privacy-erased-after = 您的电子邮件地址、姓名和所在机构将在本培训最后一个场次结束{ $days }天后删除。您的国家/地区、性别和年龄段将与这些信息脱离关联，继续保留在统计数据中。
privacy-erased-on = 即{ $date }。
privacy-kept-until-erased = Cascade 不会自动删除您的信息：这些信息会一直保存，直到您自行删除，或请主办方代为删除（见下文）。届时，您的国家/地区、性别和年龄段将与这些信息脱离关联，继续保留在统计数据中。
privacy-mails-deleted = 发给您的电子邮件将在发送{ $days }天后删除。
privacy-mails-kept = 发给您的电子邮件与您的报名保存同样长的时间；删除您的信息时，这些邮件也会一并删除。
privacy-reports = 主办方从 Zoom 或 Teams 导入的出勤报告，按上传时的原样随本培训保存，其中包含姓名和电子邮件地址；删除您的信息不会改变这些报告。如有疑问，请联系主办方。
privacy-certificate-stays = 证书将连同您的姓名一起保留，以便日后仍可核验；如您提出要求，主办方可以撤销证书。
privacy-erasing = 删除您的信息
privacy-erasing-text = 请打开您的报名页面（链接见我们发给您的每一封电子邮件），然后选择“删除我的信息”。如果您仍持有名额，系统会先取消该名额，让给候补名单上的下一位。删除后无法恢复。
privacy-lost-mails = 邮件丢失了，或想了解保存了您的哪些信息？请联系主办方：他们可以向您出示您的信息，并为您删除。

## Erasing one's details

erase-title = 删除您的信息：{ $title }
erase-back = 您的报名
erase-heading = 删除您的信息？
erase-what = 此操作将删除您报名“{ $title }”时留下的电子邮件地址（{ $email }）、姓名和所在机构，以及已发给您的电子邮件。
erase-cancels = 系统会先取消您的报名：您将收到最后一封电子邮件，用于从您的日历中移除各场次；您的名额将转给候补名单上的下一位。
erase-stays = 您的国家/地区、性别和年龄段将不再与您的姓名关联，继续计入培训覆盖人数的统计。已向您颁发的证书将保留，以便日后仍可核验。
erase-final = 此操作无法撤销，本页面的链接也将失效。
erase-button = 删除我的信息
erased-title = 您的信息已删除
erased-text = 系统已不再保存您报名“{ $title }”时留下的电子邮件地址、姓名和所在机构，您的报名链接也已失效。

## Values people choose or see

trainings-kind-tot = 培训师培训
trainings-kind-technical-webinar = 技术网络研讨会
trainings-kind-e-consultation = 在线磋商
trainings-kind-peer-exchange = 同行交流
trainings-registration-mode-open = 开放
trainings-registration-mode-approval = 需主办方审核
trainings-registration-mode-invitation = 仅限受邀
registrations-status-pending = 待电子邮件确认
registrations-status-confirmed = 已确认
registrations-status-waitlisted = 在候补名单中
registrations-status-awaiting-approval = 待审核
registrations-status-invited = 已受邀
registrations-status-cancelled = 已取消
registrations-status-declined = 未获批准
registrations-sex-female = 女
registrations-sex-male = 男
registrations-sex-another = 其他
registrations-sex-undisclosed = 不愿透露
registrations-age-band-under-25 = 25岁以下
registrations-age-band-25-34 = 25–34岁
registrations-age-band-35-44 = 35–44岁
registrations-age-band-45-54 = 45–54岁
registrations-age-band-55-64 = 55–64岁
registrations-age-band-65-plus = 65岁及以上

## Checking a certificate (anyone with its code)

verify-title = 证书 { $code }
verify-kicker = 证书核验
verify-revoked-on = 已于{ $date }撤销
verify-reason = 原因：
verify-issuing = 正在颁发：PDF 文件和数字凭证将在几秒钟内生成。
verify-valid = 有效
verify-trainer = 认证培训师
verify-attendance = 参训证书
verify-holder = 持有人
verify-training = 培训
verify-organisers = 主办方
verify-dates = 日期
verify-hours = 学时
# $hours may have a decimal (1.5).
verify-hours-value = { $hours }小时
verify-attended = 出席
verify-attended-value = 共{ $total }个场次，出席{ $attended }个
verify-outcome = 结果
verify-outcome-trainer = 认证培训师：可就本培训的主题培训他人
verify-outcome-attended = 已参加培训
verify-criteria = 授予条件
verify-issued = 颁发日期
verify-code = 编码
verify-download = 下载
verify-pdf = 证书（PDF）
verify-credential = Open Badges 3.0 数字凭证（JSON）
verify-signed = 签名版（VC-JWT）
verify-authority = 以本页面为准：打印的证书仅在本页面显示其有效时才有效。本页面地址：{ $url }
verify-another = 核验其他证书
verify-code-label = 证书编码
verify-placeholder = 其他编码，例如 { $example }
verify-check = 核验
lookup-title = 核验证书
lookup-lead = 请输入证书上二维码下方印有的编码。
lookup-not-found = 未找到证书
lookup-not-found-text = 没有与此编码对应的证书。请逐一核对每个字符：编码由 12 位字母和数字组成，例如 { $example }。
lookup-hint = 12 位字母和数字；连字符、空格和大小写均不影响。

## Self check-in to a session

checkin-title = 签到
checkin-ok-title = 已签到
checkin-failed-title = 签到未成功
checkin-ok = 您已成功签到，祝您参加愉快。
checkin-failed = 签到未成功：签到在场次开始前不久开放，在场次结束时关闭；输入的签到码须与主持人提供的一致。
checkin-back = 返回您的报名

## The error page
error-not-found-text = 此地址没有对应的页面。链接可能输入有误或已过时。
error-forbidden-text = 您无权打开此页面。
error-csrf-text = 表单已过期，或并非来自本网站。请重新加载页面后再试。
error-rate-limited-text = 请求过于频繁。请在{ $seconds }秒后重试。
error-unavailable-text = 服务繁忙，请稍后再试。
error-internal-text = 我们这边出现了问题，请稍后再试。
error-too-large-text = 您提交的内容过大。
error-other-text = 无法处理该请求。原因如下（英文）：

## The certificate PDF (its fixed wording; the name, title and organisers are as written)
pdf-title = 证书 – { $name }
pdf-heading-trainer = 认证培训师证书
pdf-heading-attendance = 参训证书
pdf-preamble = 兹证明
pdf-achievement-trainer = 已完成培训师培训，经认证可就以下培训的主题培训他人：
pdf-achievement-attendance = 已参加以下培训：
# $organisers: the organisations' names, "Ministry of Education · UNICEF"
pdf-organised-by = 主办方：{ $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = 颁发日期：{ $date }
# followed by the code, in bold
pdf-code-label = 证书编码
pdf-verify = 核验网址：{ $url }
