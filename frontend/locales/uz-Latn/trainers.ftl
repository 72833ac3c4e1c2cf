# Cascade — the trainer space, the public impact page and the e-mails trainers get (uz-Latn).
# Terms: see GLOSSARY.md in this folder (sertifikatlangan trener, taʼsir, avlod, kaskad, qayd etish, tekshirish).
# Uzbek nouns stay singular after numbers, so most counts need no plural variants.

## Taʼsir hisoboti: ommaviy sahifa (hamma uchun) va tashkilotchilar koʻradigan xuddi shu raqamlar

impact-page-title = Taʼsir: { $title }
impact-queue-link = Tekshirish navbati
impact-heading-training = «{ $title }» treningi kaskadi
impact-heading-organisation = { $title } tashkiloti treninglarining kaskadlari
impact-lead = { $trainings } ta trening va { $trainers } nafar sertifikatlangan trener orqali { $countries } ta mamlakatda, { $generations } avlod davomida { $people } nafar kishi qamrab olindi.
# $date: the date and time the figures were computed
impact-as-of = Raqamlar holati: { $date }.
impact-as-of-updating = Raqamlar holati: { $date }. Yangiroq raqamlar hisoblanmoqda: birozdan keyin sahifani yangilang.
impact-utc = { $time } UTC
impact-multiplier = Multiplikator:
impact-multiplier-formula = 1-avlod va undan keyingi avlodlarda qamrab olingan kishilar ÷ 0-avlodda sertifikatlangan trenerlar: { $below } ÷ { $trainers }.
impact-verified-view = Faqat tekshirilgan raqamlar koʻrsatilmoqda: qayd etilgan treninglar tashkilotchi ularni tekshirganidan keyin hisobga olinadi.
impact-show-all = Qayd etilgan barcha raqamlarni koʻrsatish
impact-all-view = Tekshirilgan yoki tekshirilmaganidan qatʼi nazar, qayd etilgan barcha raqamlar koʻrsatilmoqda (qayd etilgan { $awaiting } ta trening tekshirilishini kutmoqda).
impact-show-verified = Faqat tekshirilgan raqamlarni koʻrsatish
impact-set-aside = Bekor qilingan sertifikatlar asosida qayd etilgan { $count } ta trening saqlanadi, lekin hisobga olinmaydi.
impact-public-note = Raqamlar trenerlar qayd etganidek koʻrsatiladi; Cascade tizimida oʻtkazilgan treninglarning ismi maʼlum ishtirokchilari har biri bir martadan hisoblanadi. { $min } kishidan kam guruhlar alohida koʻrsatilmaydi.
impact-by-generation = Avlodlar boʻyicha
impact-by-age = Yosh guruhlari boʻyicha
impact-by-country = Mamlakatlar boʻyicha
impact-by-month = Oylar boʻyicha
impact-col-generation = Avlod
impact-col-trainings = Treninglar (Cascade tizimida + qayd etilgan)
impact-col-certified = Sertifikatlangan trenerlar
impact-col-active = Faol trenerlar
impact-col-people = Qamrab olingan kishilar (ismi maʼlum + qayd etilgan)
impact-col-countries = Mamlakatlar
impact-col-hours = Soatlar
impact-col-country = Mamlakat
impact-col-month = Oy
impact-col-people-reached = Qamrab olingan kishilar
impact-no-country = Hozircha koʻrsatiladigan mamlakat yoʻq.
impact-no-month = Hozircha koʻrsatiladigan oy yoʻq.
impact-all-generations = Barcha avlodlar
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = Qayd etilmagan
impact-download = Yuklab olish
impact-csv-generations = Avlodlar (CSV)
impact-csv-countries = Mamlakatlar (CSV)
impact-csv-months = Oylar (CSV)
impact-json = Barcha maʼlumotlar JSON shaklida (API)
impact-public-page = Ommaviy sahifa
# $link: the page's address, as a link
impact-public-on = Taʼsirning ommaviy sahifasi yoqilgan: { $link }
impact-public-on-note = (faqat umumlashtirilgan raqamlar; { $min } kishidan kam guruhlar alohida koʻrsatilmaydi).
impact-public-off = Taʼsirning ommaviy sahifasi oʻchirilgan.
impact-public-switch-off = Ommaviy sahifani oʻchirish
impact-public-switch-on = Ommaviy sahifani yoqish

## Diagrammalar (SVG; ekran oʻqish dasturlari ularni tavsifli rasm sifatida oʻqiydi)

impact-chart-generations = Avlodlar
impact-chart-months = Oylar boʻyicha qamrab olingan kishilar
impact-chart-countries = Mamlakatlar boʻyicha qamrab olingan kishilar
impact-chart-sex = Jinsi boʻyicha qamrab olingan kishilar
impact-chart-cascade = Kaskad, avloddan avlodga
impact-chart-generation-desc = { $generation }-avlod: { $trainings } ta trening, { $trainers } nafar sertifikatlangan trener, { $people } nafar qamrab olingan kishi
impact-chart-generation-line = { $trainings } ta trening · { $trainers } nafar sertifikatlangan trener · { $active } nafar faol
impact-chart-people = { $people } kishi
impact-chart-nobody = Hozircha hech kim qamrab olinmagan.
impact-chart-nothing = Koʻrsatiladigan narsa yoʻq.

## Trener boʻlimi: sertifikatlangan trenerlar oʻtkazgan treninglarini qayd etadi

trainer-space = Trener boʻlimi
trainer-space-lead = Assalomu alaykum, { $name }! Oʻtkazgan har bir treningingizni qayd eting: siz qamrab olgan kishilar dasturning taʼsir hisobotida avlodma-avlod koʻrinadi.
trainer-no-certificate = Sizda hali trener sertifikati yoʻq. Trener sertifikatlari trenerlarni tayyorlash treningida beriladi; sertifikat olganingizdan soʻng u shu yerda paydo boʻladi.
trainer-certified-since = Sertifikatlangan trener, berilgan sana: { $date }
# followed by the certificate's code, a link
trainer-certificate = sertifikat
trainer-revoked = Bekor qilingan
trainer-log-delivered = Oʻtkazgan treningingizni qayd etish
trainer-revoked-note = Bu sertifikat bekor qilingan: uning asosida boshqa hech narsa qayd etib boʻlmaydi, qayd etilganlar esa belgi bilan saqlanadi va raqamlarga kiritilmaydi.
trainer-revoked-note-reason = Bu sertifikat bekor qilingan ({ $reason }): uning asosida boshqa hech narsa qayd etib boʻlmaydi, qayd etilganlar esa belgi bilan saqlanadi va raqamlarga kiritilmaydi.
trainer-nothing-yet = Bu sertifikat asosida hali hech qanday trening oʻtkazilmagan.
trainer-delivered-under = { $code } sertifikati asosida oʻtkazilgan treninglar
trainer-col-training = Trening
trainer-col-when = Qachon
trainer-col-where = Qayerda
trainer-col-participants = Ishtirokchilar
trainer-col-status = Holati
trainer-hosted = Cascade tizimida oʻtkazilgan: roʻyxatdan oʻtish, davomat va sertifikatlar oʻsha yerda
trainer-host = Cascade tizimida trening oʻtkazish
trainer-host-lead = Treningingizni shu yerda oʻtkazing — roʻyxatdan oʻtish, taklifnomalar, davomat va sertifikatlar — shunda siz sertifikat bergan trenerlar keyingi avlodga aylanadi va oʻz treninglarini qayd etadi.
trainer-host-certificate = Qaysi sertifikat asosida
trainer-field-title = Nomi
trainer-host-kind = Turi
trainer-host-timezone = Vaqt mintaqasi
trainer-host-timezone-hint = Shahar koʻrinishida, masalan, Asia/Ulaanbaatar yoki Europe/Belgrade
trainer-field-language = Til
trainer-host-language-hint = Til kodi, masalan, mn, sq, uz
trainer-host-organisation = Tashkilotingiz
trainer-host-country = Tashkilot mamlakati
trainer-choose = Tanlang…
trainer-host-create = Treningni yaratish (qoralama)

## Trener boʻlimiga kirish

trainer-sign-in-title = Trener boʻlimi: kirish
trainer-sign-in-heading = Trener boʻlimingiz
trainer-sign-in-lead = Sertifikatlangan trenerlar oʻtkazgan treninglarini shu yerda qayd etadi. Parol kerak emas: sizga tizimga kirish havolasini elektron pochta orqali yuboramiz.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = Bu havola { $masked } manzili egasining sertifikatiga tegishli. Oʻsha manzilga kirish havolasini yuborishimiz mumkin.
trainer-sign-in-send = Menga kirish havolasini yuborish
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = Bu sizning manzilingiz emasmi? { $link }.
trainer-sign-in-other = Boshqa elektron pochta bilan kirish
trainer-sign-in-email = Sertifikatingizdagi elektron pochta manzili
# $link: trainer-sign-in-usual as a link ("… odatiy sahifa orqali kiradi")
trainer-sign-in-organisers = Tashkilotchilar { $link } orqali kiradi.
trainer-sign-in-usual = odatiy sahifa
trainer-sign-in-sent =
    { $minutes ->
        [one] Agar { $email } manzili trener sertifikatiga ega boʻlsa, kirish havolasi yuborilmoqda. U faqat bir marta va bir daqiqa davomida ishlaydi.
       *[other] Agar { $email } manzili trener sertifikatiga ega boʻlsa, kirish havolasi yuborilmoqda. U faqat bir marta va { $minutes } daqiqa davomida ishlaydi.
    }

## Turlar, holatlar, shakllar va qarorlarning nomlari

trainings-status-draft = Qoralama
trainings-status-published = Eʼlon qilingan
trainings-status-cancelled = Bekor qilingan
trainings-status-completed = Yakunlangan
downstream-trainings-status-submitted = Tekshirilishini kutmoqda
downstream-trainings-status-needs-information = Qoʻshimcha maʼlumot soʻralgan
downstream-trainings-status-verified = Tekshirilgan
downstream-trainings-status-rejected = Rad etilgan
downstream-trainings-mode-online = Onlayn
downstream-trainings-mode-in-person = Yuzma-yuz
downstream-trainings-mode-hybrid = Gibrid

## Oʻtkazilgan treningni qayd etish

trainer-log-title = Trening qayd etish
trainer-status = Holati:
trainer-conversation = Tashkilotchilar bilan yozishma
trainer-message-answer = javob
trainer-message-verified = tekshirildi
trainer-message-needs-information = qoʻshimcha maʼlumot soʻraldi
trainer-message-rejected = rad etildi
trainer-under-certificate = Qaysi sertifikat asosida oʻtkazilgan
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }, { $date })
trainer-sessions = Mashgʻulotlar
trainer-sessions-hint = Har bir mashgʻulot uchun bitta qator: kuni va soatlari. Mashgʻulotlarni oʻtkazganingiz sari qoʻshib boring; boʻsh qatorlar eʼtiborga olinmaydi, saqlaganingizda esa yangi boʻsh qatorlar paydo boʻladi.
trainer-day = Kun
trainer-hours = Soatlar
trainer-session-day = { $number }-mashgʻulot: kuni
trainer-session-hours = { $number }-mashgʻulot: soatlari
trainer-mode = Shakli
trainer-country = Mamlakat
trainer-region = Viloyat yoki hudud
trainer-city = Shahar yoki shaharcha
trainer-language-hint = Til kodi, masalan, mn, sq, uz, en
trainer-audience = Ishtirokchilarning tashkilotlari
trainer-audience-hint = masalan, Darxon shahar hokimiyati; viloyat korrupsiyaga qarshi kurashish boshqarmasi
trainer-total = Jami ishtirokchilar
trainer-by-sex = Jinsi boʻyicha (yigʻindisi jami songa teng boʻlishi kerak; qayd etilmagan boʻlsa, hammasini boʻsh qoldiring)
trainer-by-age = Yosh guruhlari boʻyicha (yigʻindisi jami songa teng boʻlishi kerak; qayd etilmagan boʻlsa, hammasini boʻsh qoldiring)
trainer-disability = Nogironligi boʻlgan ishtirokchilar (ixtiyoriy)
trainer-disability-hint = Vashington guruhining qisqa savollar toʻplami boʻyicha hisoblanganidek
trainer-curriculum = Oʻquv dasturi versiyasi
trainer-curriculum-hint = Siz foydalangan oʻquv materialining versiyasi, masalan, 2023.1
trainer-evidence = Dalillar
# $size: "10 MB"
trainer-evidence-file = Davomat varaqasi: skaner nusxasi yoki surati (PDF, JPEG yoki PNG, koʻpi bilan { $size })
trainer-evidence-stored = Saqlangan: { $name }.
trainer-download = Yuklab olish
trainer-evidence-replace = Uni almashtirish uchun fayl tanlang.
trainer-evidence-url = Yoki unga havola
trainer-notes = Izohlar (va tashkilotchilar savollariga javoblar)
trainer-save = Oʻzgarishlarni saqlash
trainer-log = Treningni qayd etish
trainer-verified-locked = Bu trening tekshirilgan: uni endi oʻzgartirib boʻlmaydi.
trainer-saved = Saqlandi. Treningingiz kelib chiqqan yuqori bosqich treningining tashkilotchilari uni tekshiradi.
## trener shakllaridagi maydonda nima boʻlishi kerakligi; maydonda u boʻlmasa, maydon yonida koʻrsatiladi
## (ingliz tilida buning oʻrniga xatoning oʻz, aniqroq jumlasi koʻrsatiladi)
field-error-certificate_code = Amaldagi trener sertifikatlaringizdan birini tanlang.
field-error-title = Trening nomini bir qatorda kiriting (200 belgigacha).
field-error-session_date = Har bir mashgʻulot kunini kiriting; mashgʻulot oʻtkazilganidan keyingina qayd etiladi.
field-error-session_hours = Har bir mashgʻulot soatlarini son bilan kiriting, masalan, 3 yoki 1,5.
field-error-region = Viloyat yoki hududni bir qatorda kiriting (100 belgigacha) yoki boʻsh qoldiring.
field-error-city = Shahar yoki shaharchani bir qatorda kiriting (100 belgigacha).
field-error-language = Til kodini kiriting, masalan, mn, sq, uz yoki en.
field-error-audience_organisations = Ishtirokchilarning tashkilotlarini 1 000 belgigacha kiriting yoki boʻsh qoldiring.
field-error-participants_total = Ishtirokchilar sonini butun son bilan kiriting.
field-error-sex_count = Jinsi boʻyicha yigʻindisi jami songa teng boʻlgan butun sonlarni kiriting yoki hammasini boʻsh qoldiring.
field-error-age_count = Yosh guruhlari boʻyicha yigʻindisi jami songa teng boʻlgan butun sonlarni kiriting yoki hammasini boʻsh qoldiring.
field-error-with_disability = Jami sondan katta boʻlmagan butun son kiriting yoki boʻsh qoldiring.
field-error-curriculum_version = Oʻquv dasturi versiyasini bir qatorda kiriting (100 belgigacha) yoki boʻsh qoldiring.
field-error-evidence = Koʻrsatilgan hajmdan katta boʻlmagan PDF, JPEG yoki PNG faylni tanlang.
field-error-evidence_url = https:// bilan boshlanadigan veb-manzilni kiriting yoki boʻsh qoldiring.
field-error-notes = Izohlarni 5 000 belgigacha yozing.
field-error-kind = Roʻyxatdan trening turini tanlang.
field-error-timezone = Vaqt mintaqasini shahar koʻrinishida kiriting, masalan, Asia/Ulaanbaatar yoki Europe/Belgrade.
field-error-organisation_name = Tashkilotingiz nomini bir qatorda kiriting (200 belgigacha).
field-error-organisation_country = Roʻyxatdan tashkilotingiz mamlakatini tanlang.
