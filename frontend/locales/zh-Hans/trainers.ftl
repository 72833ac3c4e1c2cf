# Cascade — the trainer space, the public impact page and the e-mails trainers get (zh-Hans).

## The impact report: the public page (anyone), and the organisers' view of the same figures
impact-page-title = 影响力：{ $title }
impact-queue-link = 待核实列表
impact-heading-training = “{ $title }”的逐级培训
impact-heading-organisation = { $title }各项培训的逐级培训
impact-lead = 通过{ $trainings }场培训和{ $trainers }名认证培训师，在{ $countries }个国家/地区、共{ $generations }代中覆盖{ $people }人。
# $date: the date and time the figures were computed
impact-as-of = 数据截至{ $date }。
impact-as-of-updating = 数据截至{ $date }；更新的数据正在计算中，请稍后重新加载。
impact-utc = { $time }（UTC）
impact-multiplier = 倍增系数：
impact-multiplier-formula = 第1代及以后各代覆盖的人数 ÷ 第0代获认证的培训师人数：{ $below } ÷ { $trainers }。
impact-verified-view = 仅显示已核实的数据：上报的培训经主办方核实后才计入。
impact-show-all = 显示所有上报的数据
impact-all-view = 正在显示所有上报的数据，无论是否已核实（有{ $awaiting }场上报的培训正在等待核实）。
impact-show-verified = 仅显示已核实的数据
impact-set-aside = 有{ $count }场培训是在已撤销的证书下上报的：这些记录予以保留，但不计入统计。
impact-public-note = 数据以培训师上报的为准；在 Cascade 上举办的培训中，实名学员每人只计一次。不足{ $min }人的群体不再细分。
impact-by-generation = 按代
impact-by-age = 按年龄段
impact-by-country = 按国家/地区
impact-by-month = 按月份
impact-col-generation = 代
impact-col-trainings = 培训（平台举办 + 上报）
impact-col-certified = 获认证培训师
impact-col-active = 活跃培训师
impact-col-people = 覆盖人数（实名 + 上报）
impact-col-countries = 国家/地区数
impact-col-hours = 学时
impact-col-country = 国家/地区
impact-col-month = 月份
impact-col-people-reached = 覆盖人数
impact-no-country = 暂无可显示的国家/地区。
impact-no-month = 暂无可显示的月份。
impact-all-generations = 所有代
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = 未记录
impact-download = 下载
impact-csv-generations = 各代数据（CSV）
impact-csv-countries = 各国家/地区数据（CSV）
impact-csv-months = 各月数据（CSV）
impact-json = 全部数据（JSON，API）
impact-public-page = 公开页面
# $link: the page's address, as a link
impact-public-on = 公开的影响力页面已开启：{ $link }
impact-public-on-note = （仅显示汇总数据；不足{ $min }人的群体不再细分。）
impact-public-off = 公开的影响力页面已关闭。
impact-public-switch-off = 关闭公开页面
impact-public-switch-on = 开启公开页面
## the charts (SVG, read by screen readers as an image with a description)
impact-chart-generations = 各代
impact-chart-months = 每月覆盖人数
impact-chart-countries = 各国家/地区覆盖人数
impact-chart-sex = 按性别划分的覆盖人数
impact-chart-cascade = 逐级培训：一代接一代
impact-chart-generation-desc = 第{ $generation }代：{ $trainings }场培训，{ $trainers }名培训师获认证，覆盖{ $people }人
impact-chart-generation-line = { $trainings }场培训 · { $trainers }名培训师获认证 · { $active }名活跃
impact-chart-people = { $people }人
impact-chart-nobody = 尚未覆盖任何人。
impact-chart-nothing = 暂无可显示的内容。

## The trainer space: certified trainers log the trainings they deliver
trainer-space = 培训师空间
trainer-space-lead = { $name }，您好。请登记您开展的每一场培训：您培训覆盖的人员将按代显示在本项目的影响力报告中。
trainer-no-certificate = 您目前还没有培训师证书。培训师证书通过培训师培训获得；获得后将显示在此处。
trainer-certified-since = 自{ $date }起成为认证培训师
# followed by the certificate's code, a link
trainer-certificate = 证书
trainer-revoked = 已撤销
trainer-log-delivered = 登记您开展的培训
trainer-revoked-note = 此证书已被撤销：无法再以此证书登记任何培训；已登记的内容将予以保留并加以标记，但不计入统计数据。
trainer-revoked-note-reason = 此证书已被撤销（{ $reason }）：无法再以此证书登记任何培训；已登记的内容将予以保留并加以标记，但不计入统计数据。
trainer-nothing-yet = 尚未以此证书开展任何培训。
trainer-delivered-under = 以证书 { $code } 开展的培训
trainer-col-training = 培训
trainer-col-when = 时间
trainer-col-where = 地点
trainer-col-participants = 学员人数
trainer-col-status = 状态
trainer-hosted = 在 Cascade 上举办：报名、出勤和证书均在平台上处理
trainer-host = 在 Cascade 上举办培训
trainer-host-lead = 在这里组织您的培训——报名、邀请、出勤和证书——由您认证的培训师将成为下一代，并自行登记他们开展的培训。
trainer-host-certificate = 依据的证书
trainer-field-title = 标题
trainer-host-kind = 类型
trainer-host-timezone = 时区
trainer-host-timezone-hint = 以城市表示，例如 Asia/Ulaanbaatar 或 Europe/Belgrade
trainer-field-language = 语言
trainer-host-language-hint = 语言代码，例如 mn, sq, uz
trainer-host-organisation = 您的所在机构
trainer-host-country = 机构所在国家/地区
trainer-choose = 请选择…
trainer-host-create = 创建培训（草稿）
## signing in to the trainer space
trainer-sign-in-title = 培训师空间：登录
trainer-sign-in-heading = 您的培训师空间
trainer-sign-in-lead = 认证培训师在此登记他们开展的培训。无需密码：我们会通过电子邮件向您发送登录链接。
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = 此链接对应 { $masked } 的证书。我们可以向该地址发送登录链接。
trainer-sign-in-send = 通过电子邮件向我发送登录链接
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = 不是您的地址？{ $link }。
trainer-sign-in-other = 使用其他电子邮件地址登录
trainer-sign-in-email = 您证书上的电子邮件地址
# $link: trainer-sign-in-usual as a link
trainer-sign-in-organisers = 主办方请在{ $link }登录。
trainer-sign-in-usual = 常规登录页面
trainer-sign-in-sent = { $minutes ->
        [1] 如果 { $email } 持有培训师证书，登录链接已发往该地址。此链接仅可使用一次，有效期为一分钟。
       *[other] 如果 { $email } 持有培训师证书，登录链接已发往该地址。此链接仅可使用一次，有效期为{ $minutes }分钟。
    }
## the names of kinds, statuses, modes and decisions
trainings-status-draft = 草稿
trainings-status-published = 已发布
trainings-status-cancelled = 已取消
trainings-status-completed = 已结束
downstream-trainings-status-submitted = 等待核实
downstream-trainings-status-needs-information = 需补充信息
downstream-trainings-status-verified = 已核实
downstream-trainings-status-rejected = 未被接受
downstream-trainings-mode-online = 线上
downstream-trainings-mode-in-person = 线下
downstream-trainings-mode-hybrid = 线上线下混合
## logging a delivered training
trainer-log-title = 登记培训
trainer-status = 状态：
trainer-conversation = 与主办方的沟通记录
trainer-message-answer = 回复
trainer-message-verified = 已核实
trainer-message-needs-information = 要求补充信息
trainer-message-rejected = 未被接受
trainer-under-certificate = 所依据的证书
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title }（{ $code }，{ $date }）
trainer-sessions = 场次
trainer-sessions-hint = 每个场次填一行：日期和学时数。每开展一场即可添加；空行将被忽略，保存后会出现新的空行。
trainer-day = 日期
trainer-hours = 学时
trainer-session-day = 第{ $number }场：日期
trainer-session-hours = 第{ $number }场：学时
trainer-mode = 形式
trainer-country = 国家/地区
trainer-region = 地区或省份
trainer-city = 城市或城镇
trainer-language-hint = 语言代码，例如 mn, sq, uz, en
trainer-audience = 学员所在机构
trainer-audience-hint = 例如：达尔汗市政府；省反腐败办公室
trainer-total = 学员总数
trainer-by-sex = 按性别（合计须等于总数；如未记录，请全部留空）
trainer-by-age = 按年龄段（合计须等于总数；如未记录，请全部留空）
trainer-disability = 残障学员人数（选填）
trainer-disability-hint = 按华盛顿残疾统计小组简要问题集的标准统计
trainer-curriculum = 课程版本
trainer-curriculum-hint = 您所用培训材料的版本，例如 2023.1
trainer-evidence = 证明材料
# $size: "10 MB"
trainer-evidence-file = 签到表：扫描件或照片（PDF、JPEG 或 PNG，不超过 { $size }）
trainer-evidence-stored = 已保存：{ $name }。
trainer-download = 下载
trainer-evidence-replace = 如需替换，请选择一个新文件。
trainer-evidence-url = 或提供文件链接
trainer-notes = 备注（以及对主办方问题的回复）
trainer-save = 保存更改
trainer-log = 登记此培训
trainer-verified-locked = 此培训已核实，无法再修改。
trainer-saved = 已保存。为您颁发证书的培训的主办方将核实此培训。
## what a field of the trainer's forms must hold, shown with the field when it does not (in
## English the error's own, more specific sentence is shown instead)
field-error-certificate_code = 请从您有效的培训师证书中选择一份。
field-error-title = 请在一行内输入培训标题（不超过200个字符）。
field-error-session_date = 请填写每个场次的日期；场次举行之后方可登记。
field-error-session_hours = 请以数字填写每个场次的学时，例如 3 或 1.5。
field-error-region = 请在一行内输入地区或省份（不超过100个字符），或留空。
field-error-city = 请在一行内输入城市或城镇（不超过100个字符）。
field-error-language = 请输入语言代码，例如 mn, sq, uz, en。
field-error-audience_organisations = 请输入学员所在机构（不超过1000个字符），或留空。
field-error-participants_total = 请以整数填写学员人数。
field-error-sex_count = 请按性别填写整数，合计须等于总数；或全部留空。
field-error-age_count = 请按年龄段填写整数，合计须等于总数；或全部留空。
field-error-with_disability = 请填写不超过总数的整数，或留空。
field-error-curriculum_version = 请在一行内输入课程版本（不超过100个字符），或留空。
field-error-evidence = 请选择 PDF、JPEG 或 PNG 文件，大小不得超过所示上限。
field-error-evidence_url = 请输入以 https:// 开头的网址，或留空。
field-error-notes = 备注请勿超过5000个字符。
field-error-kind = 请从列表中选择培训类型。
field-error-timezone = 请以城市表示时区，例如 Asia/Ulaanbaatar 或 Europe/Belgrade。
field-error-organisation_name = 请在一行内输入您所在机构的名称（不超过200个字符）。
field-error-organisation_country = 请从列表中选择机构所在国家/地区。
