# Cascade — the trainer space, the public impact page and the e-mails trainers get (mn).
# Terms: see GLOSSARY.md in this folder (сургагч багш, үр нөлөө, үе, шаталсан дамжуулалт, бүртгэх, баталгаажуулах).
# Mongolian nouns stay singular after numbers, so most counts need no plural variants.

## Үр нөлөөний тайлан: нийтийн хуудас (хэн ч үзэх боломжтой) ба зохион байгуулагчдад харагдах ижил тоон мэдээ

impact-page-title = Үр нөлөө: { $title }
impact-queue-link = Баталгаажуулах дараалал
impact-heading-training = «{ $title }» сургалтын шаталсан дамжуулалт
impact-heading-organisation = «{ $title }» байгууллагын сургалтуудын шаталсан дамжуулалт
impact-lead = { $trainings } сургалт, { $trainers } гэрчилгээтэй сургагч багшаар дамжуулан { $countries } улсад, { $generations } үеийн турш { $people } хүн хамрагдсан.
# $date: the date and time the figures were computed
impact-as-of = Тоон мэдээний огноо: { $date }.
impact-as-of-updating = Тоон мэдээний огноо: { $date }. Шинэчилсэн тоон мэдээг тооцоолж байна: хэсэг хүлээгээд хуудсаа дахин ачаална уу.
impact-utc = { $time } UTC
impact-multiplier = Үржүүлэгч:
impact-multiplier-formula = 1-р болон түүнээс хойших үеүүдэд хамрагдсан хүний тоо ÷ 0-р үед гэрчилгээ авсан сургагч багшийн тоо: { $below } ÷ { $trainers }.
impact-verified-view = Зөвхөн баталгаажсан тоон мэдээг харуулж байна: мэдээлсэн сургалтыг зохион байгуулагч баталгаажуулсны дараа тооцно.
impact-show-all = Мэдээлсэн бүх тоон мэдээг харуулах
impact-all-view = Баталгаажсан эсэхээс үл хамааран мэдээлсэн бүх тоон мэдээг харуулж байна (мэдээлсэн { $awaiting } сургалт баталгаажуулалт хүлээж байна).
impact-show-verified = Зөвхөн баталгаажсан тоон мэдээг харуулах
impact-set-aside = Хүчингүй болсон гэрчилгээний дагуу мэдээлсэн { $count } сургалтыг хадгалсан боловч тооцоонд оруулаагүй.
impact-public-note = Тоон мэдээг сургагч багш нарын мэдээлснээр харуулав; Cascade дээр зохион байгуулсан сургалтын нэрээр бүртгэгдсэн оролцогч бүрийг нэг л удаа тоолно. { $min } хүнээс цөөн хүнтэй бүлгийг задлан харуулахгүй.
impact-by-generation = Үеэр
impact-by-age = Насны бүлгээр
impact-by-country = Улсаар
impact-by-month = Сараар
impact-col-generation = Үе
impact-col-trainings = Сургалт (Cascade дээр зохион байгуулсан + мэдээлсэн)
impact-col-certified = Гэрчилгээ авсан сургагч багш
impact-col-active = Идэвхтэй сургагч багш
impact-col-people = Хамрагдсан хүн (нэрээр бүртгэгдсэн + мэдээлсэн)
impact-col-countries = Улс
impact-col-hours = Цаг
impact-col-country = Улс
impact-col-month = Сар
impact-col-people-reached = Хамрагдсан хүн
impact-no-country = Харуулах улс хараахан алга.
impact-no-month = Харуулах сар хараахан алга.
impact-all-generations = Бүх үе
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = Тэмдэглээгүй
impact-download = Татах
impact-csv-generations = Үеүүд (CSV)
impact-csv-countries = Улсууд (CSV)
impact-csv-months = Сарууд (CSV)
impact-json = Бүх мэдээлэл JSON хэлбэрээр (API)
impact-public-page = Нийтийн хуудас
# $link: the page's address, as a link
impact-public-on = Үр нөлөөний нийтийн хуудас нээлттэй байна: { $link }
impact-public-on-note = (зөвхөн нэгтгэсэн тоон мэдээ; { $min } хүнээс цөөн хүнтэй бүлгийг задлан харуулахгүй).
impact-public-off = Үр нөлөөний нийтийн хуудас хаалттай байна.
impact-public-switch-off = Нийтийн хуудсыг хаах
impact-public-switch-on = Нийтийн хуудсыг нээх

## Графикууд (SVG; дэлгэц уншигч тайлбартай зураг гэж уншина)

impact-chart-generations = Үеүүд
impact-chart-months = Сар тус бүрээр хамрагдсан хүн
impact-chart-countries = Улс тус бүрээр хамрагдсан хүн
impact-chart-sex = Хүйсээр хамрагдсан хүн
impact-chart-cascade = Шаталсан дамжуулалт, үе тус бүрээр
impact-chart-generation-desc = Үе { $generation }: { $trainings } сургалт, гэрчилгээ авсан { $trainers } сургагч багш, хамрагдсан { $people } хүн
impact-chart-generation-line = { $trainings } сургалт · гэрчилгээ авсан { $trainers } сургагч багш · идэвхтэй { $active }
impact-chart-people = { $people } хүн
impact-chart-nobody = Хамрагдсан хүн хараахан алга.
impact-chart-nothing = Харуулах зүйл алга.

## Сургагч багшийн хэсэг: гэрчилгээтэй сургагч багш нар явуулсан сургалтаа бүртгэнэ

trainer-space = Сургагч багшийн хэсэг
trainer-space-lead = Сайн байна уу, { $name }. Явуулсан сургалт бүрээ бүртгэнэ үү: Таны хүрсэн хүмүүс хөтөлбөрийн үр нөлөөний тайланд үе тус бүрээр харагдана.
trainer-no-certificate = Танд сургагч багшийн гэрчилгээ хараахан алга. Сургагч багшийн гэрчилгээг сургагч багш бэлтгэх сургалтын дараа олгодог; гэрчилгээ авмагц энд харагдана.
trainer-certified-since = Гэрчилгээтэй сургагч багш, { $date } өдрөөс хойш
# followed by the certificate's code, a link
trainer-certificate = гэрчилгээ
trainer-revoked = Хүчингүй болсон
trainer-log-delivered = Явуулсан сургалтаа бүртгэх
trainer-revoked-note = Энэ гэрчилгээг хүчингүй болгосон: үүний дагуу цаашид юу ч бүртгэх боломжгүй; өмнө бүртгэсэн зүйлс тэмдэглэгээтэйгээр хадгалагдах боловч тоон мэдээнд орохгүй.
trainer-revoked-note-reason = Энэ гэрчилгээг хүчингүй болгосон ({ $reason }): үүний дагуу цаашид юу ч бүртгэх боломжгүй; өмнө бүртгэсэн зүйлс тэмдэглэгээтэйгээр хадгалагдах боловч тоон мэдээнд орохгүй.
trainer-nothing-yet = Энэ гэрчилгээний дагуу явуулсан сургалт хараахан алга.
trainer-delivered-under = { $code } гэрчилгээний дагуу явуулсан сургалтууд
trainer-col-training = Сургалт
trainer-col-when = Хэзээ
trainer-col-where = Хаана
trainer-col-participants = Оролцогч
trainer-col-status = Төлөв
trainer-hosted = Cascade дээр зохион байгуулсан: бүртгэл, ирц, гэрчилгээ нь тэнд
trainer-host = Cascade дээр сургалт зохион байгуулах
trainer-host-lead = Сургалтаа энд зохион байгуулаарай — бүртгэл, урилга, ирц, гэрчилгээ — тэгвэл Таны гэрчилгээ олгосон сургагч багш нар дараагийн үе болж, өөрсдийн сургалтаа бүртгэнэ.
trainer-host-certificate = Аль гэрчилгээний дагуу
trainer-field-title = Гарчиг
trainer-host-kind = Төрөл
trainer-host-timezone = Цагийн бүс
trainer-host-timezone-hint = Хотын нэрээр, жишээ нь: Asia/Ulaanbaatar эсвэл Europe/Belgrade
trainer-field-language = Хэл
trainer-host-language-hint = Хэлний код, жишээ нь: mn, sq, uz
trainer-host-organisation = Таны байгууллага
trainer-host-country = Байгууллагын улс
trainer-choose = Сонгоно уу…
trainer-host-create = Сургалт үүсгэх (ноорог)

## Сургагч багшийн хэсэгт нэвтрэх

trainer-sign-in-title = Сургагч багшийн хэсэг: нэвтрэх
trainer-sign-in-heading = Таны сургагч багшийн хэсэг
trainer-sign-in-lead = Гэрчилгээтэй сургагч багш нар явуулсан сургалтаа энд бүртгэнэ. Нууц үг шаардлагагүй: бид Танд нэвтрэх холбоосыг имэйлээр илгээнэ.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = Энэ холбоос { $masked } хаягийн эзний гэрчилгээнд хамаарна. Бид тэр хаяг руу нэвтрэх холбоос илгээж болно.
trainer-sign-in-send = Надад нэвтрэх холбоос илгээх
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = Таны хаяг биш үү? { $link }.
trainer-sign-in-other = Өөр имэйлээр нэвтрэх
trainer-sign-in-email = Таны гэрчилгээн дээрх имэйл хаяг
# $link: trainer-sign-in-usual as a link ("… ердийн хуудсаар нэвтэрнэ")
trainer-sign-in-organisers = Зохион байгуулагчид { $link } нэвтэрнэ.
trainer-sign-in-usual = ердийн хуудсаар
trainer-sign-in-sent =
    { $minutes ->
        [one] Хэрэв { $email } хаягийн эзэн сургагч багшийн гэрчилгээтэй бол нэвтрэх холбоос илгээгдэж байна. Холбоос зөвхөн нэг удаа, нэг минутын турш ажиллана.
       *[other] Хэрэв { $email } хаягийн эзэн сургагч багшийн гэрчилгээтэй бол нэвтрэх холбоос илгээгдэж байна. Холбоос зөвхөн нэг удаа, { $minutes } минутын турш ажиллана.
    }

## Төрөл, төлөв, хэлбэр, шийдвэрийн нэрс

trainings-status-draft = Ноорог
trainings-status-published = Нийтэлсэн
trainings-status-cancelled = Цуцлагдсан
trainings-status-completed = Дууссан
downstream-trainings-status-submitted = Баталгаажуулалт хүлээж байна
downstream-trainings-status-needs-information = Нэмэлт мэдээлэл хүссэн
downstream-trainings-status-verified = Баталгаажсан
downstream-trainings-status-rejected = Татгалзсан
downstream-trainings-mode-online = Цахимаар
downstream-trainings-mode-in-person = Биечлэн
downstream-trainings-mode-hybrid = Хосолсон

## Явуулсан сургалтаа бүртгэх

trainer-log-title = Сургалт бүртгэх
trainer-status = Төлөв:
trainer-conversation = Зохион байгуулагчидтай харилцсан нь
trainer-message-answer = хариулт
trainer-message-verified = баталгаажуулсан
trainer-message-needs-information = нэмэлт мэдээлэл хүссэн
trainer-message-rejected = татгалзсан
trainer-under-certificate = Аль гэрчилгээний дагуу явуулсан
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }, { $date })
trainer-sessions = Хичээлүүд
trainer-sessions-hint = Хичээл бүрд нэг мөр: өдөр, цаг. Хичээлүүдээ явуулах тусам нэмнэ үү; хоосон мөрийг тооцохгүй, хадгалах бүрд шинэ хоосон мөр нэмэгдэнэ.
trainer-day = Өдөр
trainer-hours = Цаг
trainer-session-day = Хичээл { $number }: өдөр
trainer-session-hours = Хичээл { $number }: цаг
trainer-mode = Хэлбэр
trainer-country = Улс
trainer-region = Аймаг, бүс
trainer-city = Хот, сум
trainer-language-hint = Хэлний код, жишээ нь: mn, sq, uz, en
trainer-audience = Оролцогчдын байгууллагууд
trainer-audience-hint = жишээ нь: Дархан хотын захиргаа; аймгийн авлигатай тэмцэх газар
trainer-total = Нийт оролцогчийн тоо
trainer-by-sex = Хүйсээр (нийлбэр нь нийт тоотой тэнцүү байх ёстой; тэмдэглээгүй бол бүгдийг хоосон үлдээнэ үү)
trainer-by-age = Насны бүлгээр (нийлбэр нь нийт тоотой тэнцүү байх ёстой; тэмдэглээгүй бол бүгдийг хоосон үлдээнэ үү)
trainer-disability = Хөгжлийн бэрхшээлтэй оролцогч (заавал биш)
trainer-disability-hint = Вашингтоны бүлгийн богино асуумжийн дагуу тоолсноор
trainer-curriculum = Сургалтын хөтөлбөрийн хувилбар
trainer-curriculum-hint = Таны ашигласан сургалтын материалын хувилбар, жишээ нь: 2023.1
trainer-evidence = Нотлох баримт
# $size: "10 MB"
trainer-evidence-file = Ирцийн хуудас: скан эсвэл зураг (PDF, JPEG эсвэл PNG, хамгийн ихдээ { $size })
trainer-evidence-stored = Хадгалсан файл: { $name }.
trainer-download = Татах
trainer-evidence-replace = Солих бол өөр файл сонгоно уу.
trainer-evidence-url = Эсвэл түүний холбоос
trainer-notes = Тэмдэглэл (мөн зохион байгуулагчдын асуултад өгөх хариулт)
trainer-save = Өөрчлөлтийг хадгалах
trainer-log = Сургалтыг бүртгэх
trainer-verified-locked = Энэ сургалт баталгаажсан тул цаашид өөрчлөх боломжгүй.
trainer-saved = Хадгалагдлаа. Таны сургалтын дээд шатны зохион байгуулагчид үүнийг баталгаажуулна.
## Сургагч багшийн маягтын талбарт юу байх ёстойг, тэгэхгүй бол талбарын дэргэд харуулна (англи
## хэлээр үүний оронд алдааны өөрийн, илүү тодорхой өгүүлбэрийг харуулна)
field-error-certificate_code = Өөрийн хүчинтэй сургагч багшийн гэрчилгээнүүдийн аль нэгийг сонгоно уу.
field-error-title = Сургалтын гарчгийг нэг мөрөнд бичнэ үү (200 тэмдэгтээс ихгүй).
field-error-session_date = Хичээл бүрийн өдрийг оруулна уу; хичээлийг болж өнгөрсний дараа л бүртгэнэ.
field-error-session_hours = Хичээл бүрийн цагийг тоогоор оруулна уу, жишээ нь: 3 эсвэл 1.5.
field-error-region = Аймаг, бүсээ нэг мөрөнд бичнэ үү (100 тэмдэгтээс ихгүй), эсвэл хоосон үлдээнэ үү.
field-error-city = Хот, сумаа нэг мөрөнд бичнэ үү (100 тэмдэгтээс ихгүй).
field-error-language = Хэлний код оруулна уу, жишээ нь: mn, sq, uz эсвэл en.
field-error-audience_organisations = Оролцогчдын байгууллагуудыг 1,000 тэмдэгтээс ихгүйгээр бичнэ үү, эсвэл хоосон үлдээнэ үү.
field-error-participants_total = Оролцогчийн тоог бүхэл тоогоор оруулна уу.
field-error-sex_count = Хүйс тус бүрээр, нийлбэр нь нийт тоотой тэнцүү байх бүхэл тоо оруулна уу, эсвэл бүгдийг хоосон үлдээнэ үү.
field-error-age_count = Насны бүлэг тус бүрээр, нийлбэр нь нийт тоотой тэнцүү байх бүхэл тоо оруулна уу, эсвэл бүгдийг хоосон үлдээнэ үү.
field-error-with_disability = Нийт тооноос ихгүй бүхэл тоо оруулна уу, эсвэл хоосон үлдээнэ үү.
field-error-curriculum_version = Сургалтын хөтөлбөрийн хувилбарыг нэг мөрөнд бичнэ үү (100 тэмдэгтээс ихгүй), эсвэл хоосон үлдээнэ үү.
field-error-evidence = Заасан хэмжээнээс ихгүй PDF, JPEG эсвэл PNG файл сонгоно уу.
field-error-evidence_url = https:// гэж эхэлсэн вэб хаяг оруулна уу, эсвэл хоосон үлдээнэ үү.
field-error-notes = Тэмдэглэлээ 5,000 тэмдэгтээс ихгүйгээр бичнэ үү.
field-error-kind = Жагсаалтаас сургалтын төрлийг сонгоно уу.
field-error-timezone = Цагийн бүсийг хотын нэрээр оруулна уу, жишээ нь: Asia/Ulaanbaatar эсвэл Europe/Belgrade.
field-error-organisation_name = Байгууллагынхаа нэрийг нэг мөрөнд бичнэ үү (200 тэмдэгтээс ихгүй).
field-error-organisation_country = Жагсаалтаас байгууллагынхаа улсыг сонгоно уу.
