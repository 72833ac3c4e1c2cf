# Cascade — pages that participants read, and what every page shares. Uzbek (Latin script).
# English is the source language: every other language has the same message ids.
# Terms (keep them consistent, see GLOSSARY.md in this folder): trening, mashgʻulot, tashkilotchi,
# roʻyxatdan oʻtish, sertifikat, kutish roʻyxati. The reader is addressed with the formal «Siz».

## Every page

skip-to-content = Asosiy mazmunga oʻtish
brand-home = Cascade bosh sahifasi
nav-main = Asosiy menyu
nav-my-trainings = Mening treninglarim
nav-organisations = Tashkilotlar
nav-trainer-space = Trener boʻlimi
nav-to-verify = Tekshirish uchun
nav-password = Parol
nav-sign-out = Chiqish ({ $name })
nav-sign-in = Kirish
footer-about = Cascade — trenerlarni tayyorlash: jadval tuzishdan tortib bilimni keyingi bosqichlarga yetkazishgacha.
footer-api = API
footer-mailbox = Pochta qutisi
footer-mailbox-note = (xatlar tashqariga yuborilmaydi, shu yerda saqlanadi)
language-switcher = Til
# The title of a page, after the page's own: "Register: Reporting portal · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = Sahifa topilmadi
error-not-allowed = Ruxsat berilmagan
error-server = Xatolik yuz berdi
error-other = Amal bajarilmadi
# $link: a link whose text is error-start-page.
error-back = Brauzeringizdagi «Orqaga» tugmasini bosing yoki { $link }.
error-start-page = bosh sahifaga oʻting
error-summary = Muammo bor

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes.
duration =
    { $minutes ->
        [0] { $hours } soat
       *[other] { $hours } soat { $minutes } daq.
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [one] { $time } +1 kun
       *[other] { $time } +{ $days } kun
    }

## The public page of a training

public-took-place = Bu trening boʻlib oʻtgan ({ $dates }).
public-registration-closed = Roʻyxatdan oʻtish yopilgan.
public-invitation-only = Roʻyxatdan oʻtish faqat taklif bilan.
public-register = Roʻyxatdan oʻtish
public-add-to-calendar = Taqvimga qoʻshish (.ics)
public-organised-by = Tashkilotchilar
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = yetakchi tashkilotchi
public-contact = Savollaringiz bormi? Tashkilotchilarga yozing:
public-schedule = Jadval
public-schedule-zones = Vaqtlar trening vaqt mintaqasida ({ $zone }) va har bir tashkilotchi mamlakat vaqtida koʻrsatilgan.
public-about = Trening haqida
public-language = Til: { $language }
public-places =
    { $count ->
        [one] { $count } ta oʻrin
       *[other] { $count } ta oʻrin
    }
public-registration-mode = Roʻyxatdan oʻtish: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: roʻyxatdan oʻtganingizda siz haqingizda nimalar saqlanishi, qancha muddat saqlanishi va ularni qanday oʻchirtirish mumkinligi.
public-privacy-link = Maxfiylik bildirishnomasi

## The schedule table

schedule-region = Har bir vaqt mintaqasi boʻyicha jadval
schedule-caption = Har bir vaqt mintaqasi boʻyicha mashgʻulotlar
schedule-session = Mashgʻulot
schedule-training-zone = (trening vaqt mintaqasi)
schedule-your-time = Sizning vaqtingiz
schedule-night = tun

## The registration form

form-title = Roʻyxatdan oʻtish: { $title }
form-heading = Roʻyxatdan oʻtish
form-closed = Roʻyxatdan oʻtish yopiq: { $reason }.
form-closed-ended = bu trening boʻlib oʻtgan ({ $dates })
form-closed-window = roʻyxatdan oʻtish muddati tugagan ({ $date })
form-closed-not-open = roʻyxatdan oʻtish hali ochilmagan (ochilish sanasi: { $date })
form-closed-cancelled = bu trening bekor qilingan
form-closed-completed = bu trening yakunlangan
form-closed-unpublished = bu trening roʻyxatdan oʻtish uchun ochiq emas
form-invitation-only = Bu treningda faqat taklif bilan qatnashish mumkin. Agar sizni taklif qilishgan boʻlsa, taklifnoma xatidagi shaxsiy havoladan foydalaning.
form-full-title = Bu treningda boʻsh oʻrin qolmagan.
form-full-text = Baribir roʻyxatdan oʻtishingiz mumkin: siz kutish roʻyxatiga kiritilasiz va oʻrin boʻshashi bilan sizga beriladi, bu haqda elektron pochta orqali xabar olasiz.
form-approval = Tashkilotchilar har bir roʻyxatdan oʻtishni koʻrib chiqib maʼqullaydi; javobni elektron pochta orqali olasiz.
form-email = Elektron pochta manzili
form-email-hint = Manzilni tasdiqlash uchun havola yuboramiz.
form-email-invited = Taklifnomangiz shu manzil uchun.
form-consent = Tashkilotchilar ushbu maʼlumotlarni treningni oʻtkazish hamda trening qancha odamni qamrab olgani haqida ismlarsiz hisobot berish uchun saqlashiga roziman.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = Nimalar, qancha muddat saqlanishi va ularni qanday oʻchirtirish mumkinligi { $link } koʻrsatilgan.
form-privacy-link = maxfiylik bildirishnomasida
form-submit = Roʻyxatdan oʻtish
form-submit-waitlist = Kutish roʻyxatiga yozilish

## A person's details (the form and the participant page)

person-full-name = Toʻliq ism-sharif
person-organisation = Tashkilot
person-organisation-hint = Ish joyingiz.
person-country = Mamlakat
person-choose = Tanlang…
person-sex = Jins
person-sex-hint = (ixtiyoriy; qamrab olingan ayollar va erkaklar sonini hisobotlarda koʻrsatish uchun)
person-not-given = Koʻrsatilmagan
person-age = Yosh
person-optional = (ixtiyoriy)

# Errors on the form, by field: what the field must hold.
field-error-email = Xat qabul qila oladigan elektron pochta manzilini kiriting, masalan, name@example.org.
field-error-full_name = Toʻliq ism-sharifingizni bir qatorda kiriting (200 belgigacha).
field-error-organisation = Tashkilotingiz nomini bir qatorda kiriting (200 belgigacha).
field-error-country = Roʻyxatdan mamlakatingizni tanlang.
field-error-sex = Variantlardan birini yoki «Koʻrsatilmagan» degan variantni tanlang.
field-error-age_band = Roʻyxatdan yosh guruhini yoki «Koʻrsatilmagan» degan variantni tanlang.
field-error-consent = Rozilik bildirish uchun katakchaga belgi qoʻying, aks holda tashkilotchilar roʻyxatdan oʻtganingizni saqlay olmaydi.
field-error-csrf = Shaklning muddati tugagan yoki u ushbu saytdan yuborilmagan; sahifani yangilab, qaytadan urinib koʻring.
field-error-rate-limited = Bu tarmoqdan yoki bu manzil uchun juda koʻp roʻyxatdan oʻtish urinishlari boʻldi; keyinroq qaytadan urinib koʻring.
field-error-other = Amal bajarilmadi: shaklni tekshirib, qaytadan urinib koʻring.

## After registering

inbox-title = Pochta qutingizni tekshiring
inbox-sent = «{ $title }» treningi uchun koʻrsatgan manzilingizga xat yubordik.
inbox-open-link =
    { $hours ->
        [one] Roʻyxatdan oʻtishni tasdiqlash uchun xatdagi havolani oching. Havola { $hours } soat davomida amal qiladi.
       *[other] Roʻyxatdan oʻtishni tasdiqlash uchun xatdagi havolani oching. Havola { $hours } soat davomida amal qiladi.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = Bir necha daqiqadan keyin ham xat kelmadimi? «Spam» jildini tekshiring yoki { $link }, yangi havola oling.
inbox-register-again = qaytadan roʻyxatdan oʻtib

confirm-title = Roʻyxatdan oʻtishni tasdiqlang
confirm-for = Trening: { $title }.
confirm-button = Roʻyxatdan oʻtishimni tasdiqlash
confirm-invalid-title = Bu havola endi ishlamaydi
confirm-invalid = Tasdiqlash havolalari faqat bir marta ishlaydi va muddati tugaydi. Bu havola allaqachon ishlatilgan, muddati tugagan yoki yaroqsiz.
confirm-invalid-next = Allaqachon tasdiqlaganmisiz? Roʻyxatdan oʻtish sahifangiz havolasi tasdiqlashdan keyin yuborgan xatimizda bor. Aks holda qaytadan roʻyxatdan oʻting: biz shu manzilga yangi havola yuboramiz, roʻyxatdan oʻtishingiz esa takrorlanmaydi.
confirm-register-again = Qaytadan roʻyxatdan oʻtish

## The participant's own page

participant-title = Roʻyxatdan oʻtishingiz: { $title }
participant-yours = Roʻyxatdan oʻtishingiz
participant-waitlisted = Treningda boʻsh oʻrin yoʻq. Siz kutish roʻyxatidasiz; oʻrin boʻshashi bilan taklifnoma xatini olasiz.
participant-awaiting = Tashkilotchilar hali qaror qabul qilmagan. Sizga elektron pochta orqali xabar beriladi.
participant-cancelled = Bu roʻyxatdan oʻtish bekor qilingan.
participant-register-again = Qaytadan roʻyxatdan oʻtish
participant-pending = Yuborgan havolamiz orqali elektron pochta manzilingizni tasdiqlang.
participant-schedule = Jadval
participant-zone-yours = Vaqtlar sizning vaqt mintaqangizda ({ $zone }) koʻrsatilgan.
participant-zone-both = Vaqtlar sizning vaqt mintaqangizda ({ $zone }) koʻrsatilgan; har birining ostida — trening vaqt mintaqasida ({ $training_zone }).
participant-join = Mashgʻulotga qoʻshilish
# $time: a date and a clock time ("14 February 2023, 08:45").
participant-join-from = Qoʻshilish havolasi shu yerda quyidagi vaqtdan paydo boʻladi: { $time }.
participant-check-in = Shu yerdaman: qatnashuvni belgilash
participant-check-in-to = — { $session }
participant-host-code = yoki boshlovchi bergan kod
participant-google = Google Calendar ilovasiga qoʻshish
participant-outlook = Outlook dasturiga qoʻshish
participant-download = Taqvimni yuklab olish (.ics)
participant-subscribe = Taqvim ilovangiz orqali obuna boʻlish
participant-stays-current = (jadval oʻzgarganda avtomatik yangilanadi)
participant-details = Maʼlumotlaringiz
participant-save = Maʼlumotlarimni saqlash
participant-cannot-come = Qatnasha olmaysizmi?
participant-cancel = Roʻyxatdan oʻtishimni bekor qilish
participant-cancel-note = Oʻrningiz kutish roʻyxatidagi birinchi kishiga beriladi.
participant-privacy = Maxfiylik
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = Siz haqingizda nimalar va qancha muddat saqlanishi { $link } koʻrsatilgan.
participant-privacy-link = maxfiylik bildirishnomasida
participant-erase-link = Maʼlumotlaringizni oʻchirish
participant-language = Xatlar, taklifnomalar va sertifikat tili
participant-language-save = Shu tilni tanlash
participant-saved = Maʼlumotlaringiz saqlandi.
participant-cancelled-notice = Roʻyxatdan oʻtishingiz bekor qilindi.
participant-welcome-confirmed = Roʻyxatdan oʻtishingiz tasdiqlandi. Taqvim taklifnomasi pochta qutingizga yuborilmoqda.
participant-welcome-waitlisted = Elektron pochta manzilingiz tasdiqlandi. Treningda boʻsh oʻrin yoʻq: siz kutish roʻyxatidasiz.
participant-welcome-awaiting = Elektron pochta manzilingiz tasdiqlandi. Tashkilotchilar roʻyxatdan oʻtishingizni koʻrib chiqadi.
participant-language-saved = Xatlaringiz, taklifnomalaringiz va sertifikatingiz shu tilda boʻladi.

## The privacy notice of a training

privacy-title = Maxfiylik bildirishnomasi: { $title }
privacy-heading = Maxfiylik bildirishnomasi
privacy-lead = «{ $title }» treningiga roʻyxatdan oʻtganingizda siz haqingizda nimalar saqlanishi, qancha muddat saqlanishi va ularni qanday oʻchirtirish mumkinligi.
privacy-who = Kim masʼul
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) and C (Rwanda)")
privacy-who-text = Tashkilotchilar: { $organisations }. Ular treningni ushbu saytning dasturi — Cascade yordamida oʻtkazadi.
privacy-write-to = Ularga yozish uchun manzil:
# Joins the last two items of a list: "A and B"; other items are joined with ", ".
list-and = { $first } va { $last }
list-comma = { $first }, { $rest }
privacy-what = Nimalar saqlanadi
privacy-what-given = Roʻyxatdan oʻtishda bergan maʼlumotlaringiz: elektron pochta manzili, ism-sharif, tashkilot va mamlakat, shuningdek, koʻrsatishni istasangiz, jins va yosh guruhi; ularni saqlashga qachon rozilik berganingiz.
privacy-what-status = Roʻyxatdan oʻtishingiz holati (tasdiqlash kutilmoqda, tasdiqlangan, kutish roʻyxatida, bekor qilingan …).
privacy-what-attendance = Har bir mashgʻulotda qatnashganingiz yoki qatnashmaganingiz: tashkilotchilar belgilagan yoki Zoom yoki Teams hisobotlaridan import qilgan maʼlumot.
privacy-what-certificate = Sertifikatingiz (agar olsangiz).
privacy-what-mails = Sizga yuborilgan xatlar: tasdiqlash, taqvim taklifnomalari, eslatmalar va oʻzgarishlar haqidagi xabarlar.
privacy-why = Nima uchun kerak
privacy-why-text = Treningni oʻtkazish uchun: oʻrningizni tasdiqlash, sizga taqvim taklifnomalari, eslatmalar va oʻzgarishlar haqida xabarlar yuborish, davomatni qayd etish va sertifikat berish. Shuningdek, dasturni moliyalashtiruvchilarga trening qancha odamni qamrab olganini mamlakat, jins va yosh guruhi boʻyicha, ismlarsiz maʼlum qilish uchun.
privacy-who-sees = Kim koʻradi
privacy-who-sees-text = Trening tashkilotchilari va ushbu sayt administratorlari. Bu maʼlumotlarning hech biri ochiq sahifalarda koʻrsatilmaydi. Sertifikat kodini bilgan har qanday kishi sertifikatdagi ismingizni koʻra oladi: boshqalar sertifikatni shu yoʻl bilan tekshiradi.
privacy-how-long = Qancha muddat saqlanadi
privacy-erased-after =
    { $days ->
        [one] Elektron pochta manzilingiz, ism-sharifingiz va tashkilotingiz treningning soʻnggi mashgʻulotidan { $days } kun oʻtgach oʻchiriladi. Mamlakatingiz, jinsingiz va yosh guruhingiz esa ularsiz, statistikada qoladi.
       *[other] Elektron pochta manzilingiz, ism-sharifingiz va tashkilotingiz treningning soʻnggi mashgʻulotidan { $days } kun oʻtgach oʻchiriladi. Mamlakatingiz, jinsingiz va yosh guruhingiz esa ularsiz, statistikada qoladi.
    }
privacy-erased-on = Oʻchirish sanasi: { $date }.
privacy-kept-until-erased = Cascade maʼlumotlaringizni oʻzi oʻchirmaydi: ular siz oʻchirmaguningizcha yoki tashkilotchilardan oʻchirishni soʻramaguningizcha (quyiga qarang) saqlanadi. Shundan soʻng mamlakatingiz, jinsingiz va yosh guruhingiz ularsiz, statistikada qoladi.
privacy-mails-deleted =
    { $days ->
        [one] Sizga yuborilgan xatlar yuborilganidan { $days } kun oʻtgach oʻchiriladi.
       *[other] Sizga yuborilgan xatlar yuborilganidan { $days } kun oʻtgach oʻchiriladi.
    }
privacy-mails-kept = Sizga yuborilgan xatlar roʻyxatdan oʻtishingiz bilan birga saqlanadi; maʼlumotlaringizni oʻchirsangiz, ular ham oʻchiriladi.
privacy-reports = Tashkilotchilar Zoom yoki Teams dasturidan import qiladigan davomat hisobotlari ulardagi ismlar va elektron pochta manzillari bilan birga, qanday yuklangan boʻlsa, shundayligicha trening bilan saqlanadi; maʼlumotlaringizni oʻchirish ularni oʻzgartirmaydi. Bu hisobotlar haqida tashkilotchilardan soʻrang.
privacy-certificate-stays = Sertifikat tekshirish mumkin boʻlishi uchun ismingiz bilan birga saqlanib qoladi; soʻrasangiz, tashkilotchilar uni bekor qilishi mumkin.
privacy-erasing = Maʼlumotlaringizni oʻchirtirish
privacy-erasing-text = Roʻyxatdan oʻtish sahifangizni oching (havola sizga yuborgan har bir xatimizda bor) va «Maʼlumotlarimni oʻchirish» tugmasini bosing. Agar sizda hali oʻrin boʻlsa, avval u bekor qilinadi va kutish roʻyxatidagi navbatdagi kishiga beriladi. Oʻchirishni ortga qaytarib boʻlmaydi.
privacy-lost-mails = Xatlarni yoʻqotdingizmi yoki siz haqingizda nimalar saqlanayotganini bilmoqchimisiz? Tashkilotchilarga yozing: ular maʼlumotlaringizni koʻrsatib, siz uchun oʻchirib berishi mumkin.

## Erasing one's details

erase-title = Maʼlumotlaringizni oʻchirish: { $title }
erase-back = Roʻyxatdan oʻtishingiz
erase-heading = Maʼlumotlaringiz oʻchirilsinmi?
erase-what = «{ $title }» treningi boʻyicha elektron pochta manzilingiz ({ $email }), ism-sharifingiz, tashkilotingiz va sizga allaqachon yuborilgan xatlar oʻchiriladi.
erase-cancels = Avval roʻyxatdan oʻtishingiz bekor qilinadi: sizga mashgʻulotlarni taqvimingizdan olib tashlaydigan soʻnggi xat keladi, oʻrningiz esa kutish roʻyxatidagi navbatdagi kishiga beriladi.
erase-stays = Mamlakatingiz, jinsingiz va yosh guruhingiz ismingizsiz, trening qamrab olgan odamlar statistikasida qoladi. Sizga allaqachon berilgan sertifikat tekshirish mumkin boʻlishi uchun saqlanib qoladi.
erase-final = Buni ortga qaytarib boʻlmaydi, bu sahifaning havolasi esa ishlamay qoladi.
erase-button = Maʼlumotlarimni oʻchirish
erased-title = Maʼlumotlaringiz oʻchirildi
erased-text = «{ $title }» treningi uchun elektron pochta manzilingiz, ism-sharifingiz va tashkilotingiz endi saqlanmaydi, roʻyxatdan oʻtishingiz havolasi ham endi ishlamaydi.

## Values people choose or see

trainings-kind-tot = Trenerlarni tayyorlash
trainings-kind-technical-webinar = Texnik vebinar
trainings-kind-e-consultation = Elektron maslahatlashuv
trainings-kind-peer-exchange = Tajriba almashish
trainings-registration-mode-open = Ochiq
trainings-registration-mode-approval = Tashkilotchi maʼqullashi bilan
trainings-registration-mode-invitation = Faqat taklif bilan
registrations-status-pending = Elektron pochta orqali tasdiqlash kutilmoqda
registrations-status-confirmed = Tasdiqlangan
registrations-status-waitlisted = Kutish roʻyxatida
registrations-status-awaiting-approval = Maʼqullash kutilmoqda
registrations-status-invited = Taklif qilingan
registrations-status-cancelled = Bekor qilingan
registrations-status-declined = Rad etilgan
registrations-sex-female = Ayol
registrations-sex-male = Erkak
registrations-sex-another = Boshqa
registrations-sex-undisclosed = Aytmaslikni afzal koʻraman
registrations-age-band-under-25 = 25 yoshgacha
registrations-age-band-25-34 = 25–34
registrations-age-band-35-44 = 35–44
registrations-age-band-45-54 = 45–54
registrations-age-band-55-64 = 55–64
registrations-age-band-65-plus = 65 va undan katta

## Checking a certificate (anyone with its code)

verify-title = Sertifikat { $code }
verify-kicker = Sertifikatni tekshirish
verify-revoked-on = Bekor qilingan sana: { $date }
verify-reason = Sabab:
verify-issuing = Sertifikat berilmoqda: PDF va raqamli guvohnoma bir necha soniyada tayyor boʻladi.
verify-valid = Haqiqiy
verify-trainer = Sertifikatlangan trener
verify-attendance = Ishtirok sertifikati
verify-holder = Egasi
verify-training = Trening
verify-organisers = Tashkilotchilar
verify-dates = Sanalar
verify-hours = Soatlar
# $hours may have a decimal (1.5).
verify-hours-value =
    { $hours ->
        [one] { $hours } soat
       *[other] { $hours } soat
    }
verify-attended = Davomat
verify-attended-value = { $total } ta mashgʻulotdan { $attended } ta
verify-outcome = Natija
verify-outcome-trainer = Sertifikatlangan trener: ushbu trening mavzusida boshqalarni oʻqitishi mumkin
verify-outcome-attended = Treningda qatnashgan
verify-criteria = Mezonlar
verify-issued = Berilgan sana
verify-code = Kod
verify-download = Yuklab olish
verify-pdf = Sertifikat (PDF)
verify-credential = Open Badges 3.0 raqamli guvohnomasi (JSON)
verify-signed = imzolangan nusxa (VC-JWT)
verify-authority = Asosiy manba shu sahifa: bosma sertifikat faqat shu sahifada haqiqiy deb koʻrsatilgan paytdagina haqiqiy hisoblanadi. Ushbu sahifa manzili: { $url }
verify-another = Boshqa sertifikatni tekshirish
verify-code-label = Sertifikat kodi
verify-placeholder = Boshqa kod, masalan, { $example }
verify-check = Tekshirish
lookup-title = Sertifikatni tekshirish
lookup-lead = Sertifikatda QR kod ostida bosilgan kodni kiriting.
lookup-not-found = Topilmadi
lookup-not-found-text = Bunday kodli sertifikat yoʻq. Har bir belgini tekshiring: kod 12 ta harf va raqamdan iborat, masalan, { $example }.
lookup-hint = 12 ta harf va raqam; chiziqcha, boʻsh joy va kichik harflar ahamiyatga ega emas.

## Self check-in to a session

checkin-title = Qatnashuvni belgilash
checkin-ok-title = Qatnashuv belgilandi
checkin-failed-title = Qatnashuv belgilanmadi
checkin-ok = Qatnashuvingiz belgilandi. Mashgʻulot foydali oʻtsin.
checkin-failed = Qatnashuvni belgilab boʻlmadi: belgilash mashgʻulot boshlanishidan biroz oldin ochiladi va mashgʻulot tugashi bilan yopiladi, boshlovchi kodi esa boshlovchi bergan kod bilan bir xil boʻlishi kerak.
checkin-back = Roʻyxatdan oʻtish sahifangizga qaytish

## Xatolik sahifasi (The error page)

error-not-found-text = Bu manzilda sahifa yoʻq. Havola notoʻgʻri yozilgan yoki eskirgan boʻlishi mumkin.
error-forbidden-text = Sizga bu sahifani ochishga ruxsat berilmagan.
error-csrf-text = Shaklning muddati tugagan yoki u ushbu saytdan yuborilmagan. Sahifani yangilab, qaytadan urinib koʻring.
error-rate-limited-text =
    Soʻrovlar juda koʻp. { $seconds ->
        [one] Bir soniyadan
       *[other] { $seconds } soniyadan
    } keyin qaytadan urinib koʻring.
error-unavailable-text = Xizmat band. Birozdan keyin qaytadan urinib koʻring.
error-internal-text = Bizning tomonimizda xatolik yuz berdi. Birozdan keyin qaytadan urinib koʻring.
error-too-large-text = Siz yuborgan maʼlumot hajmi juda katta.
error-other-text = Soʻrovni bajarib boʻlmadi. Sababi (ingliz tilida):

## Sertifikat PDF fayli (uning oʻzgarmas matni; ism, nom va tashkilotchilar yozilganidek qoladi)

pdf-title = Sertifikat – { $name }
pdf-heading-trainer = Sertifikatlangan trener
pdf-heading-attendance = Ishtirok sertifikati
# The holder's name follows, then pdf-achievement-*, then the training's title.
pdf-preamble = Ushbu sertifikat bilan tasdiqlanadiki,
pdf-achievement-trainer = trenerlarni tayyorlash kursini tamomladi va quyidagi mavzuda boshqalarni oʻqitish huquqiga ega sertifikatlangan trener boʻldi:
pdf-achievement-attendance = quyidagi treningda ishtirok etdi:
# $organisers: the organisations' names, "Ministry of Education · UNICEF"
pdf-organised-by = Tashkilotchilar: { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = Berilgan sana: { $date }
# followed by the code, in bold
pdf-code-label = Sertifikat kodi
pdf-verify = Tekshirish manzili: { $url }
