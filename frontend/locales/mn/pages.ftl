# Cascade — pages that participants read, and what every page shares. Mongolian (Cyrillic).
# English is the source language: every other language has the same message ids.
# Terms (keep them consistent, see GLOSSARY.md in this folder): сургалт, хичээл, зохион байгуулагч,
# бүртгэл, гэрчилгээ, хүлээлгийн жагсаалт. The reader is addressed with the respectful «Та».

## Every page

skip-to-content = Үндсэн агуулга руу шилжих
brand-home = Cascade нүүр хуудас
nav-main = Үндсэн цэс
nav-my-trainings = Миний сургалтууд
nav-organisations = Байгууллагууд
nav-trainer-space = Сургагч багшийн хэсэг
nav-to-verify = Баталгаажуулах
nav-password = Нууц үг
nav-sign-out = Гарах ({ $name })
nav-sign-in = Нэвтрэх
footer-about = Cascade — сургагч багш бэлтгэх сургалт: хуваарь гаргахаас эхлээд мэдлэгийг цааш дамжуулах хүртэл.
footer-api = API
footer-mailbox = Шуудангийн хайрцаг
footer-mailbox-note = (имэйл гадагш илгээгдэхгүй, энд хадгалагдана)
language-switcher = Хэл
# The title of a page, after the page's own: "Register: Reporting portal · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = Хуудас олдсонгүй
error-not-allowed = Хандах эрхгүй
error-server = Алдаа гарлаа
error-other = Үйлдэл амжилтгүй боллоо
# $link: a link whose text is error-start-page.
error-back = Хөтчийнхөө «Буцах» товчийг дарна уу, эсвэл { $link }.
error-start-page = нүүр хуудас руу очно уу
error-summary = Засах шаардлагатай зүйл байна

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes.
duration =
    { $minutes ->
        [0] { $hours } цаг
       *[other] { $hours } цаг { $minutes } мин
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [one] { $time } +1 хоног
       *[other] { $time } +{ $days } хоног
    }

## The public page of a training

public-took-place = Энэ сургалт болж өнгөрсөн ({ $dates }).
public-registration-closed = Бүртгэл хаагдсан.
public-invitation-only = Зөвхөн урилгаар бүртгэнэ.
public-register = Бүртгүүлэх
public-add-to-calendar = Хуанлидаа нэмэх (.ics)
public-organised-by = Зохион байгуулагчид
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = ахлах зохион байгуулагч
public-contact = Асуух зүйл байна уу? Зохион байгуулагчдад бичнэ үү:
public-schedule = Хуваарь
public-schedule-zones = Цагийг сургалтын цагийн бүсээр ({ $zone }) болон зохион байгуулагч улс бүрийн цагаар харуулав.
public-about = Сургалтын тухай
public-language = Хэл: { $language }
public-places =
    { $count ->
        [one] Багтаамж: { $count } хүн
       *[other] Багтаамж: { $count } хүн
    }
public-registration-mode = Бүртгэл: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: бүртгүүлэхэд Таны тухай ямар мэдээлэл, хэр удаан хадгалагдах, түүнийг хэрхэн устгуулах тухай.
public-privacy-link = Нууцлалын мэдэгдэл

## The schedule table

schedule-region = Цагийн бүс тус бүрээрх хуваарь
schedule-caption = Хичээлүүд цагийн бүс тус бүрээр
schedule-session = Хичээл
schedule-training-zone = (сургалтын цагийн бүс)
schedule-your-time = Таны цаг
schedule-night = шөнө

## The registration form

form-title = Бүртгүүлэх: { $title }
form-heading = Бүртгүүлэх
form-closed = Бүртгэл хаалттай: { $reason }.
form-closed-ended = энэ сургалт болж өнгөрсөн ({ $dates })
form-closed-window = бүртгэлийн хугацаа дууссан ({ $date })
form-closed-not-open = бүртгэл хараахан нээгдээгүй (нээгдэх огноо: { $date })
form-closed-cancelled = энэ сургалт цуцлагдсан
form-closed-completed = энэ сургалт дууссан
form-closed-unpublished = энэ сургалтад бүртгэл нээгдээгүй байна
form-invitation-only = Энэ сургалтад зөвхөн урилгаар оролцоно. Хэрэв Таныг урьсан бол урилгын имэйл дэх хувийн холбоосыг ашиглана уу.
form-full-title = Энэ сургалтын суудал дүүрсэн.
form-full-text = Та бүртгүүлэх боломжтой хэвээр байна: Таныг хүлээлгийн жагсаалтад оруулна. Суудал чөлөөлөгдмөгц Танд олгож, имэйлээр мэдэгдэнэ.
form-approval = Бүртгэл бүрийг зохион байгуулагчид хянаж зөвшөөрнө. Хариуг Танд имэйлээр мэдэгдэнэ.
form-email = Имэйл хаяг
form-email-hint = Хаягийг баталгаажуулах холбоос бид илгээнэ.
form-email-invited = Таны урилга энэ хаягт зориулагдсан.
form-consent = Зохион байгуулагчид эдгээр мэдээллийг сургалтыг зохион байгуулах, мөн сургалт хэдэн хүнд хүрснийг нэр заахгүйгээр тайлагнах зорилгоор хадгалахыг би зөвшөөрч байна.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = Юу, хэр удаан хадгалагдах, түүнийг хэрхэн устгуулах талаар { $link } үзнэ үү.
form-privacy-link = нууцлалын мэдэгдлээс
form-submit = Бүртгүүлэх
form-submit-waitlist = Хүлээлгийн жагсаалтад бүртгүүлэх

## A person's details (the form and the participant page)

person-full-name = Овог нэр
person-organisation = Байгууллага
person-organisation-hint = Таны ажилладаг газар.
person-country = Улс
person-choose = Сонгоно уу…
person-sex = Хүйс
person-sex-hint = (заавал биш; хамрагдсан эмэгтэй, эрэгтэй хүний тоог тайлагнахад ашиглана)
person-not-given = Заагаагүй
person-age = Нас
person-optional = (заавал биш)

# Errors on the form, by field: what the field must hold.
field-error-email = Захидал хүлээн авах боломжтой имэйл хаяг оруулна уу. Жишээ нь: name@example.org.
field-error-full_name = Овог нэрээ нэг мөрөнд бичнэ үү (200 тэмдэгтээс ихгүй).
field-error-organisation = Байгууллагынхаа нэрийг нэг мөрөнд бичнэ үү (200 тэмдэгтээс ихгүй).
field-error-country = Жагсаалтаас улсаа сонгоно уу.
field-error-sex = Хариултуудын аль нэгийг, эсвэл «Заагаагүй» гэснийг сонгоно уу.
field-error-age_band = Жагсаалтаас насны бүлгээ, эсвэл «Заагаагүй» гэснийг сонгоно уу.
field-error-consent = Зөвшөөрч буйгаа тэмдэглэнэ үү. Эс тэгвэл зохион байгуулагчид Таны бүртгэлийг хадгалах боломжгүй.
field-error-csrf = Маягтын хугацаа дууссан эсвэл маягт энэ сайтаас ирээгүй байна. Хуудсаа дахин ачаалаад дахин оролдоно уу.
field-error-rate-limited = Энэ сүлжээнээс эсвэл энэ хаягаар хэт олон удаа бүртгүүлсэн байна. Хэсэг хугацааны дараа дахин оролдоно уу.
field-error-other = Үйлдэл амжилтгүй боллоо: маягтаа шалгаад дахин оролдоно уу.

## After registering

inbox-title = Имэйлээ шалгана уу
inbox-sent = «{ $title }» сургалтад бүртгүүлэхдээ Таны өгсөн хаяг руу бид имэйл илгээлээ.
inbox-open-link =
    { $hours ->
        [one] Бүртгэлээ баталгаажуулахын тулд имэйл дэх холбоосыг нээнэ үү. Холбоос { $hours } цагийн турш хүчинтэй.
       *[other] Бүртгэлээ баталгаажуулахын тулд имэйл дэх холбоосыг нээнэ үү. Холбоос { $hours } цагийн турш хүчинтэй.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = Хэдэн минут өнгөрсөн ч имэйл ирээгүй юу? Спам хавтсаа шалгана уу, эсвэл { $link } шинэ холбоос аваарай.
inbox-register-again = дахин бүртгүүлж

confirm-title = Бүртгэлээ баталгаажуулна уу
confirm-for = Сургалт: { $title }.
confirm-button = Бүртгэлээ баталгаажуулах
confirm-invalid-title = Энэ холбоос хүчингүй болсон
confirm-invalid = Баталгаажуулах холбоос зөвхөн нэг удаа ажилладаг бөгөөд хугацаа нь дуусдаг. Энэ холбоосыг аль хэдийн ашигласан, хугацаа нь дууссан эсвэл буруу байна.
confirm-invalid-next = Та аль хэдийн баталгаажуулсан уу? Бүртгэлийн хуудасны тань холбоос баталгаажуулсны дараа бидний илгээсэн имэйлд байгаа. Үгүй бол дахин бүртгүүлнэ үү: бид ижил хаяг руу шинэ холбоос илгээх бөгөөд Таны бүртгэл давхардахгүй.
confirm-register-again = Дахин бүртгүүлэх

## The participant's own page

participant-title = Таны бүртгэл: { $title }
participant-yours = Таны бүртгэл
participant-waitlisted = Сургалтын суудал дүүрсэн. Та хүлээлгийн жагсаалтад байна. Суудал чөлөөлөгдмөгц Танд урилга бүхий имэйл ирнэ.
participant-awaiting = Зохион байгуулагчид хараахан шийдвэр гаргаагүй байна. Танд имэйлээр мэдэгдэнэ.
participant-cancelled = Энэ бүртгэл цуцлагдсан.
participant-register-again = Дахин бүртгүүлэх
participant-pending = Бидний илгээсэн холбоосоор имэйл хаягаа баталгаажуулна уу.
participant-schedule = Хуваарь
participant-zone-yours = Цагийг Таны цагийн бүсээр ({ $zone }) харуулав.
participant-zone-both = Цагийг Таны цагийн бүсээр ({ $zone }), доор нь сургалтын цагийн бүсээр ({ $training_zone }) харуулав.
participant-join = Хичээлд нэгдэх
# $time: a date and a clock time ("14 February 2023, 08:45").
participant-join-from = Нэгдэх холбоос энд гарч ирэх цаг: { $time }.
participant-check-in = Би энд байна: ирцээ тэмдэглүүлэх
participant-check-in-to = — { $session }
participant-host-code = эсвэл хөтлөгчийн өгсөн код
participant-google = Google Calendar руу нэмэх
participant-outlook = Outlook руу нэмэх
participant-download = Хуанли татах (.ics)
participant-subscribe = Хуанлийн програмдаа холбох
participant-stays-current = (хуваарь өөрчлөгдөхөд автоматаар шинэчлэгдэнэ)
participant-details = Таны мэдээлэл
participant-save = Мэдээллээ хадгалах
participant-cannot-come = Оролцох боломжгүй юу?
participant-cancel = Бүртгэлээ цуцлах
participant-cancel-note = Таны суудлыг хүлээлгийн жагсаалтын эхний хүнд шилжүүлнэ.
participant-privacy = Нууцлал
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = Таны тухай ямар мэдээлэл, хэр удаан хадгалагдахыг { $link } тайлбарласан.
participant-privacy-link = нууцлалын мэдэгдэлд
participant-erase-link = Мэдээллээ устгах
participant-language = Имэйл, урилга, гэрчилгээний хэл
participant-language-save = Энэ хэлийг ашиглах
participant-saved = Таны мэдээлэл хадгалагдлаа.
participant-cancelled-notice = Таны бүртгэл цуцлагдлаа.
participant-welcome-confirmed = Таны бүртгэл баталгаажлаа. Хуанлийн урилгыг Таны имэйл рүү илгээж байна.
participant-welcome-waitlisted = Таны имэйл хаяг баталгаажлаа. Сургалтын суудал дүүрсэн тул Та хүлээлгийн жагсаалтад байна.
participant-welcome-awaiting = Таны имэйл хаяг баталгаажлаа. Зохион байгуулагчид Таны бүртгэлийг хянана.
participant-language-saved = Таны имэйл, урилга, гэрчилгээ энэ хэлээр байна.

## The privacy notice of a training

privacy-title = Нууцлалын мэдэгдэл: { $title }
privacy-heading = Нууцлалын мэдэгдэл
privacy-lead = «{ $title }» сургалтад бүртгүүлэхэд Таны тухай ямар мэдээлэл, хэр удаан хадгалагдах, түүнийг хэрхэн устгуулах тухай.
privacy-who = Хариуцагч
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) and C (Rwanda)")
privacy-who-text = Зохион байгуулагчид: { $organisations }. Тэд сургалтыг энэ сайтын програм хангамж болох Cascade ашиглан зохион байгуулдаг.
privacy-write-to = Тэдэнтэй холбогдох хаяг:
# Joins the last two items of a list: "A and B"; other items are joined with ", ".
list-and = { $first } болон { $last }
list-comma = { $first }, { $rest }
privacy-what = Хадгалагдах мэдээлэл
privacy-what-given = Бүртгүүлэхдээ Таны өгсөн мэдээлэл: имэйл хаяг, нэр, байгууллага, улс, мөн хэрэв Та хүсвэл хүйс, насны бүлэг; эдгээрийг хадгалахыг Та хэзээ зөвшөөрсөн тухай тэмдэглэл.
privacy-what-status = Таны бүртгэлийн төлөв (баталгаажуулахыг хүлээж буй, баталгаажсан, хүлээлгийн жагсаалтад, цуцлагдсан …).
privacy-what-attendance = Хичээл бүрд оролцсон эсэх: зохион байгуулагчид тэмдэглэсэн, эсвэл Zoom, Teams програмын тайлангаас оруулсан.
privacy-what-certificate = Таны гэрчилгээ (хэрэв авсан бол).
privacy-what-mails = Танд илгээсэн имэйлүүд: баталгаажуулалт, хуанлийн урилга, сануулга, өөрчлөлтийн мэдэгдэл.
privacy-why = Ямар зорилгоор ашиглах
privacy-why-text = Сургалтыг зохион байгуулахад: Таны суудлыг баталгаажуулах, хуанлийн урилга, сануулга, өөрчлөлтийн мэдэгдэл илгээх, ирц бүртгэх, гэрчилгээ олгох. Мөн хөтөлбөрийг санхүүжүүлэгчдэд сургалт хэдэн хүнд хүрснийг улс, хүйс, насны бүлгээр, нэр заахгүйгээр тайлагнахад.
privacy-who-sees = Хэн харах боломжтой
privacy-who-sees-text = Сургалтын зохион байгуулагчид болон энэ сайтын администраторууд. Эдгээр мэдээллийн алийг нь ч нийтэд нээлттэй хуудсанд харуулахгүй. Гэрчилгээний кодыг мэдэх хэн бүхэн гэрчилгээн дээрх Таны нэрийг харах боломжтой: бусад хүн гэрчилгээг ингэж шалгадаг.
privacy-how-long = Хэр удаан хадгалах
privacy-erased-after =
    { $days ->
        [one] Таны имэйл хаяг, нэр, байгууллагын мэдээллийг сургалтын сүүлийн хичээлээс хойш { $days } хоногийн дараа устгана. Харин улс, хүйс, насны бүлэг тань нэр, хаяггүйгээр тоон мэдээнд үлдэнэ.
       *[other] Таны имэйл хаяг, нэр, байгууллагын мэдээллийг сургалтын сүүлийн хичээлээс хойш { $days } хоногийн дараа устгана. Харин улс, хүйс, насны бүлэг тань нэр, хаяггүйгээр тоон мэдээнд үлдэнэ.
    }
privacy-erased-on = Устгах огноо: { $date }.
privacy-kept-until-erased = Cascade Таны мэдээллийг өөрөө устгахгүй: Та өөрөө устгах, эсвэл зохион байгуулагчдаас устгахыг хүсэх (доороос үзнэ үү) хүртэл хадгалагдана. Үүний дараа Таны улс, хүйс, насны бүлэг нэр, хаяггүйгээр тоон мэдээнд үлдэнэ.
privacy-mails-deleted =
    { $days ->
        [one] Танд илгээсэн имэйлүүдийг илгээснээс хойш { $days } хоногийн дараа устгана.
       *[other] Танд илгээсэн имэйлүүдийг илгээснээс хойш { $days } хоногийн дараа устгана.
    }
privacy-mails-kept = Танд илгээсэн имэйлүүд Таны бүртгэл хадгалагдах хугацаанд хадгалагдана. Мэдээллээ устгахад тэдгээр нь мөн устна.
privacy-reports = Зохион байгуулагчдын Zoom эсвэл Teams програмаас оруулсан ирцийн тайлан доторх нэр, имэйл хаягийн хамт, байршуулсан хэвээрээ сургалтад хадгалагдана. Таны мэдээллийг устгахад эдгээр тайлан өөрчлөгдөхгүй. Энэ талаар зохион байгуулагчдаас лавлана уу.
privacy-certificate-stays = Гэрчилгээг шалгах боломжтой байлгах үүднээс Таны нэрийн хамт хадгална. Та хүсвэл зохион байгуулагчид түүнийг хүчингүй болгож болно.
privacy-erasing = Мэдээллээ устгуулах
privacy-erasing-text = Бүртгэлээ нээгээд (холбоос нь бидний Танд илгээсэн имэйл бүрд байгаа) «Мэдээллээ устгах» гэснийг сонгоно уу. Хэрэв Танд суудал байгаа бол эхлээд түүнийг цуцалж, хүлээлгийн жагсаалтын дараагийн хүнд шилжүүлнэ. Устгасныг буцаах боломжгүй.
privacy-lost-mails = Имэйлээ алдсан уу, эсвэл Таны тухай юу хадгалагдаж байгааг мэдэхийг хүсэж байна уу? Зохион байгуулагчдад бичнэ үү: тэд Таны мэдээллийг үзүүлж, устгаж өгнө.

## Erasing one's details

erase-title = Мэдээллээ устгах: { $title }
erase-back = Таны бүртгэл
erase-heading = Мэдээллээ устгах уу?
erase-what = «{ $title }» сургалтын хувьд Таны имэйл хаяг ({ $email }), нэр, байгууллага болон Танд аль хэдийн илгээсэн имэйлүүд устгагдана.
erase-cancels = Эхлээд Таны бүртгэлийг цуцална: Танд сүүлчийн нэг имэйл ирж, хичээлүүдийг хуанлиас тань хасна. Таны суудал хүлээлгийн жагсаалтын дараагийн хүнд шилжинэ.
erase-stays = Таны улс, хүйс, насны бүлэг нэргүйгээр сургалтад хамрагдсан хүмүүсийн тоон мэдээнд үлдэнэ. Танд аль хэдийн олгосон гэрчилгээг шалгах боломжтой байлгах үүднээс хадгална.
erase-final = Үүнийг буцаах боломжгүй бөгөөд энэ хуудасны холбоос ажиллахаа болино.
erase-button = Мэдээллээ устгах
erased-title = Таны мэдээлэл устгагдлаа
erased-text = «{ $title }» сургалтад Таны имэйл хаяг, нэр, байгууллагын мэдээлэл хадгалагдахаа больсон бөгөөд бүртгэлийн тань холбоос ажиллахаа болилоо.

## Values people choose or see

trainings-kind-tot = Сургагч багш бэлтгэх сургалт
trainings-kind-technical-webinar = Техникийн вебинар
trainings-kind-e-consultation = Цахим зөвлөлдөх уулзалт
trainings-kind-peer-exchange = Туршлага солилцоо
trainings-registration-mode-open = Нээлттэй
trainings-registration-mode-approval = Зохион байгуулагчийн зөвшөөрлөөр
trainings-registration-mode-invitation = Зөвхөн урилгаар
registrations-status-pending = Имэйлээр баталгаажуулахыг хүлээж байна
registrations-status-confirmed = Баталгаажсан
registrations-status-waitlisted = Хүлээлгийн жагсаалтад
registrations-status-awaiting-approval = Зөвшөөрөл хүлээж байна
registrations-status-invited = Урилга илгээсэн
registrations-status-cancelled = Цуцлагдсан
registrations-status-declined = Татгалзсан
registrations-sex-female = Эмэгтэй
registrations-sex-male = Эрэгтэй
registrations-sex-another = Бусад
registrations-sex-undisclosed = Хариулахгүй
registrations-age-band-under-25 = 25-аас доош
registrations-age-band-25-34 = 25–34
registrations-age-band-35-44 = 35–44
registrations-age-band-45-54 = 45–54
registrations-age-band-55-64 = 55–64
registrations-age-band-65-plus = 65 ба түүнээс дээш

## Checking a certificate (anyone with its code)

verify-title = Гэрчилгээ { $code }
verify-kicker = Гэрчилгээ шалгах
verify-revoked-on = Хүчингүй болгосон огноо: { $date }
verify-reason = Шалтгаан:
verify-issuing = Олгож байна: PDF файл болон цахим баталгаа хэдэн секундийн дараа бэлэн болно.
verify-valid = Хүчинтэй
verify-trainer = Гэрчилгээтэй сургагч багш
verify-attendance = Оролцсоны гэрчилгээ
verify-holder = Эзэмшигч
verify-training = Сургалт
verify-organisers = Зохион байгуулагчид
verify-dates = Огноо
verify-hours = Цаг
# $hours may have a decimal (1.5).
verify-hours-value =
    { $hours ->
        [one] { $hours } цаг
       *[other] { $hours } цаг
    }
verify-attended = Ирц
verify-attended-value = Нийт { $total } хичээлээс { $attended }
verify-outcome = Үр дүн
verify-outcome-trainer = Гэрчилгээтэй сургагч багш: энэ сургалтын сэдвээр бусдыг сургах эрхтэй
verify-outcome-attended = Сургалтад оролцсон
verify-criteria = Шалгуур
verify-issued = Олгосон огноо
verify-code = Код
verify-download = Татах
verify-pdf = Гэрчилгээ (PDF)
verify-credential = Open Badges 3.0 цахим баталгаа (JSON)
verify-signed = тоон гарын үсэгтэй хувилбар (VC-JWT)
verify-authority = Энэ хуудас л баталгаа болно: хэвлэсэн гэрчилгээ нь энэ хуудсанд хүчинтэй гэж харагдаж байгаа үед л хүчинтэй. Энэ хуудасны хаяг: { $url }
verify-another = Өөр гэрчилгээ шалгах
verify-code-label = Гэрчилгээний код
verify-placeholder = Өөр код, жишээ нь: { $example }
verify-check = Шалгах
lookup-title = Гэрчилгээ шалгах
lookup-lead = Гэрчилгээн дээр QR кодын доор хэвлэсэн кодыг оруулна уу.
lookup-not-found = Олдсонгүй
lookup-not-found-text = Ийм кодтой гэрчилгээ алга. Тэмдэгт бүрийг шалгана уу: код нь 12 үсэг, цифрээс бүрдэнэ. Жишээ нь: { $example }.
lookup-hint = 12 үсэг, цифр; зураас, зай, том жижиг үсэг хамаагүй.

## Self check-in to a session

checkin-title = Ирцээ тэмдэглүүлэх
checkin-ok-title = Ирц тэмдэглэгдлээ
checkin-failed-title = Ирц тэмдэглэгдсэнгүй
checkin-ok = Таны ирц тэмдэглэгдлээ. Хичээлдээ амжилт хүсье.
checkin-failed = Ирцийг тэмдэглэж чадсангүй: ирцээ хичээл эхлэхийн өмнөхөн тэмдэглүүлэх боломжтой болж, хичээл дуусахад хаагдана; хөтлөгчийн код нь хөтлөгчийн өгсөн кодтой ижил байх ёстой.
checkin-back = Таны бүртгэл рүү буцах

## Алдааны хуудас (The error page)

error-not-found-text = Энэ хаягаар хуудас алга. Холбоосыг буруу бичсэн эсвэл хуучирсан байж магадгүй.
error-forbidden-text = Танд энэ хуудсыг нээх эрх байхгүй.
error-csrf-text = Маягтын хугацаа дууссан эсвэл маягт энэ сайтаас ирээгүй байна. Хуудсаа дахин ачаалаад дахин оролдоно уу.
error-rate-limited-text =
    Хэт олон хүсэлт ирлээ. { $seconds ->
        [one] Нэг секундын дараа
       *[other] { $seconds } секундын дараа
    } дахин оролдоно уу.
error-unavailable-text = Үйлчилгээ ачаалал ихтэй байна. Хэсэг хүлээгээд дахин оролдоно уу.
error-internal-text = Манай талд алдаа гарлаа. Хэсэг хүлээгээд дахин оролдоно уу.
error-too-large-text = Таны илгээсэн зүйл хэт том байна.
error-other-text = Хүсэлтийг боловсруулж чадсангүй. Шалтгаан (англи хэлээр):

## Гэрчилгээний PDF (тогтмол бичвэр; нэр, гарчиг, зохион байгуулагчдыг бичсэн хэвээр нь үлдээнэ)

pdf-title = Гэрчилгээ – { $name }
pdf-heading-trainer = Гэрчилгээтэй сургагч багш
pdf-heading-attendance = Оролцсоны гэрчилгээ
# The holder's name follows, then pdf-achievement-*, then the training's title.
pdf-preamble = Энэхүү гэрчилгээгээр
pdf-achievement-trainer = нь сургагч багш бэлтгэх сургалтыг дүүргэж, дараах сэдвээр бусдыг сургах эрхтэй болсныг гэрчлэв:
pdf-achievement-attendance = нь дараах сургалтад оролцсоныг гэрчлэв:
# $organisers: the organisations' names, "Ministry of Education · UNICEF"
pdf-organised-by = Зохион байгуулагчид: { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = Олгосон огноо: { $date }
# followed by the code, in bold
pdf-code-label = Гэрчилгээний код
pdf-verify = Шалгах хаяг: { $url }
