# Cascade — the e-mails participants get about a training, and the text of their calendar
# invitations. Uzbek (Latin script). The training's title and session titles are the organisers'
# words (left as written). $url is a web address; $title the training's title; $session a session's title.
# Terms: see GLOSSARY.md in this folder. The reader is addressed with the formal «siz».
# Placeables never take a suffix: a noun follows them («{ $title }» treningiga) or they stand after a colon.

## Every e-mail

mail-hello = Hurmatli { $name }!
mail-or-copy = Yoki ushbu havolani nusxalab oling: { $url }
mail-my-registration = Roʻyxatdan oʻtish sahifam
mail-your-registration = Roʻyxatdan oʻtish sahifangiz: { $url }
mail-sessions-in-your-zone = Mashgʻulotlar, sizning vaqt mintaqangizda:
mail-in-your-zone = Sizning vaqt mintaqangizda:
# Before a session's join link in the list of sessions.
mail-join = Qoʻshilish:
mail-about-training = Trening haqida: { $url }
mail-footer-sent = Cascade tomonidan «{ $title }» treningi tashkilotchilari nomidan yuborildi.
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = Cascade tomonidan «{ $title }» treningi tashkilotchilari nomidan yuborildi. Tashkilotchilar: { $organisers }.
mail-footer-questions = Savollaringiz bormi? Tashkilotchilarga yozing: { $contact }
mail-footer-privacy = Maʼlumotlaringiz qanday saqlanishi va ularni qanday oʻchirtirish mumkinligi
mail-footer-privacy-url = Maʼlumotlaringiz qanday saqlanishi va ularni qanday oʻchirtirish mumkinligi: { $url }

## Confirm the e-mail address

mail-confirm-subject = Roʻyxatdan oʻtishni tasdiqlang: { $title }
mail-confirm-text = «{ $title }» treningiga roʻyxatdan oʻtganingizni tasdiqlash uchun quyidagi havolani oching:
mail-confirm-html = Iltimos, «{ $title }» treningiga roʻyxatdan oʻtganingizni tasdiqlang.
mail-confirm-button = Roʻyxatdan oʻtishimni tasdiqlash
mail-confirm-once =
    { $hours ->
        [one] Havola faqat bir marta va { $hours } soat davomida ishlaydi. Agar roʻyxatdan oʻtmagan boʻlsangiz, bu xatga eʼtibor bermang: hech narsa sodir boʻlmaydi.
       *[other] Havola faqat bir marta va { $hours } soat davomida ishlaydi. Agar roʻyxatdan oʻtmagan boʻlsangiz, bu xatga eʼtibor bermang: hech narsa sodir boʻlmaydi.
    }

## Registered (a place is yours)

mail-registered-subject = Roʻyxatdan oʻtdingiz: { $title }
mail-registered = Siz «{ $title }» treningiga roʻyxatdan oʻtdingiz.
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [one] Ilova qilingan taqvim taklifnomasi mashgʻulotni taqvimingizga qoʻshadi. Javob berish shart emas.
       *[other] Ilova qilingan taqvim taklifnomasi birinchi mashgʻulotni taqvimingizga qoʻshadi; qolgan har bir mashgʻulot alohida xatda keladi, chunki taqvimlar bitta taklifnomadan faqat bitta tadbirni oʻqiydi. Javob berish shart emas.
    }
mail-registered-manage = Roʻyxatdan oʻtish sahifangiz (jadval, taqvim havolalari, oʻzgarishlar, bekor qilish): { $url }
mail-registered-cancel = Bekor qilish uchun roʻyxatdan oʻtish sahifangizni oching.

## On the waiting list

mail-waitlisted-subject = Kutish roʻyxatida: { $title }
mail-waitlisted = Elektron pochta manzilingiz tasdiqlandi. «{ $title }» treningida boʻsh oʻrin qolmagan, shuning uchun siz kutish roʻyxatidasiz.
mail-waitlisted-next = Oʻrin boʻshashi bilan u sizga beriladi va sizga taqvim taklifnomasi ilova qilingan xat keladi. Kutish roʻyxatidan chiqish uchun roʻyxatdan oʻtishingizni bekor qiling.

## Waiting for the organisers' approval

mail-awaiting-subject = Roʻyxatdan oʻtishingiz qayd etildi: { $title }
mail-awaiting = Rahmat: «{ $title }» treningiga roʻyxatdan oʻtishingiz tasdiqlandi va endi tashkilotchilarning maʼqullashini kutmoqda. Ular qaror qabul qilgach, sizga xat yuboramiz.

## Declined

mail-declined-subject = Roʻyxatdan oʻtishingiz: { $title }
mail-declined = «{ $title }» treningi tashkilotchilari bu safar roʻyxatdan oʻtishingizni qabul qila olmadi.

## Registering again with a registration already there

mail-already-subject = Roʻyxatdan oʻtishingiz: { $title }
mail-already = Elektron pochta manzilingiz bilan «{ $title }» treningiga qayta roʻyxatdan oʻtish soʻraldi (siz yoki manzilingizdan foydalangan boshqa kishi tomonidan).
mail-already-confirmed = Siz allaqachon roʻyxatdan oʻtgansiz va oʻrningiz tasdiqlangan.
mail-already-waitlisted = Siz allaqachon roʻyxatdan oʻtgansiz va kutish roʻyxatidasiz.
mail-already-awaiting = Siz allaqachon roʻyxatdan oʻtgansiz; roʻyxatdan oʻtishingiz tashkilotchilarning maʼqullashini kutmoqda.
mail-already-declined = Siz allaqachon roʻyxatdan oʻtgansiz; tashkilotchilar roʻyxatdan oʻtishingizni rad etgan.
mail-already-other = Siz allaqachon roʻyxatdan oʻtgansiz: holatini koʻrish uchun roʻyxatdan oʻtish sahifangizni oching.

## Cancelled

mail-cancelled-subject = Roʻyxatdan oʻtish bekor qilindi: { $title }
mail-cancelled = «{ $title }» treningiga roʻyxatdan oʻtishingiz bekor qilindi.
mail-cancelled-calendar = Agar mashgʻulotlar taqvimingizda boʻlgan boʻlsa, ushbu xat birinchisini olib tashlaydi, qolgan har biri esa alohida xat bilan olib tashlanadi (taqvimlar bitta yangilanishdan faqat bitta tadbirni oʻqiydi).
mail-register-again = Qaytadan roʻyxatdan oʻtish
mail-register-again-url = Qaytadan roʻyxatdan oʻtish uchun: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (taqvim)
mail-entry-adds = Ushbu xat «{ $session }» mashgʻulotini taqvimingizga qoʻshadi:
mail-entry-removes = Ushbu xat «{ $session }» mashgʻulotini taqvimingizdan olib tashlaydi:
mail-entry-one-per = Taqvimlar bitta taklifnomadan faqat bitta tadbirni oʻqiydi, shuning uchun «{ $title }» treningining har bir mashgʻuloti alohida xatda keladi.
mail-entry-manage = Roʻyxatdan oʻtish sahifangiz (toʻliq jadval, oʻzgarishlar, bekor qilish): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = Sizni taklif qilamiz: { $title }
mail-invitation = Sizni «{ $title }» treningiga taklif qilamiz. Roʻyxatdan oʻtish faqat taklif bilan; ushbu havola shaxsan siz uchun:
mail-invitation-button = Roʻyxatdan oʻtish

## A reminder before a session

mail-reminder-subject = Tez orada boshlanadi: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [one] Eslatma: «{ $session }» mashgʻuloti bir kundan keyin boshlanadi.
       *[other] Eslatma: «{ $session }» mashgʻuloti { $days } kundan keyin boshlanadi.
    }
mail-reminder-hours =
    { $hours ->
        [one] Eslatma: «{ $session }» mashgʻuloti bir soatdan keyin boshlanadi.
       *[other] Eslatma: «{ $session }» mashgʻuloti { $hours } soatdan keyin boshlanadi.
    }
mail-reminder-minutes =
    { $minutes ->
        [one] Eslatma: «{ $session }» mashgʻuloti { $minutes } daqiqadan keyin boshlanadi.
       *[other] Eslatma: «{ $session }» mashgʻuloti { $minutes } daqiqadan keyin boshlanadi.
    }

## The schedule changed

mail-changed-subject = Jadval oʻzgardi: { $title }
mail-changed-session = «{ $session }» mashgʻulotida oʻzgarish boʻldi:
mail-changed-added = «{ $title }» treningiga yangi mashgʻulot qoʻshildi:
mail-changed-moved = «{ $session }» mashgʻulotining vaqti oʻzgardi:
mail-change-time = Vaqt
mail-change-title = Nomi
mail-change-description = Tavsif
mail-change-join-link = Qoʻshilish havolasi
mail-change-none = (yoʻq)
# After the new value, the value before the change.
mail-change-was = (avval: { $before })
mail-changed-update = Ilova qilingan yangilanish taqvimingizni yangilaydi.

## A session is cancelled

mail-session-cancelled-subject = Mashgʻulot bekor qilindi: { $title }
mail-session-cancelled = «{ $session }» mashgʻuloti bekor qilindi:
mail-session-cancelled-update = Ilova qilingan yangilanish uni taqvimingizdan olib tashlaydi.

## Why (a sentence added by what happened)

note-place-free = Boʻsh oʻrin paydo boʻldi.
note-place-free-yours = Boʻsh oʻrin paydo boʻldi va u sizga berildi.
note-organisers-approved = Tashkilotchilar roʻyxatdan oʻtishingizni maʼqulladi.
note-organisers-registered = Tashkilotchilar sizni roʻyxatdan oʻtkazdi.
note-organisers-cancelled = Roʻyxatdan oʻtishingizni tashkilotchilar bekor qildi.
note-you-erased = Siz maʼlumotlaringizni oʻchirishni soʻradingiz.
note-organisers-erased = Tashkilotchilar soʻrovingizga koʻra maʼlumotlaringizni oʻchirdi.
note-training-cancelled = Tashkilotchilar treningni bekor qildi.

## A session in an e-mail: "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }, { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = Qoʻshilish: { $url }
ics-your-registration = Roʻyxatdan oʻtish sahifangiz (bekor qilish uchun uni oching): { $url }
ics-training = Trening: { $url }

## The training is cancelled

mail-training-cancelled-subject = Trening bekor qilindi: { $title }
mail-training-cancelled = Tashkilotchilar «{ $title }» treningini bekor qildi. Agar treningning mashgʻulotlari taqvimingizda boʻlgan boʻlsa, ushbu xat birinchisini olib tashlaydi, qolgan har biri esa alohida xat bilan olib tashlanadi (taqvimlar bitta yangilanishdan faqat bitta tadbirni oʻqiydi).

## Sertifikatlar: berilgan (PDF ilova qilingan) va bekor qilingan
# $role: "Sertifikatlangan trener" or "Ishtirok sertifikati" (verify-trainer / verify-attendance)

mail-cert-issued-subject = { $role }: «{ $title }» treningi boʻyicha sertifikatingiz
mail-cert-issued-title = Sertifikatingiz
mail-cert-issued = Tabriklaymiz: { $organisers } sizga «{ $title }» treningi boʻyicha sertifikat berdi ({ $role }).
# the code follows on its own line, then the link
mail-cert-attached = Sertifikatingiz PDF shaklida ilova qilingan. Istalgan kishi uni { $code } kodi orqali tekshirish sahifasida tekshira oladi:
mail-cert-see = Sertifikatingizni koʻrish
mail-cert-credential = Open Badges raqamli guvohnomangiz
mail-cert-linkedin = Uni LinkedIn profilingizga qoʻshish
mail-cert-trainer-space = Trener boʻlimingiz: oʻtkazgan treninglaringizni qayd eting
mail-cert-revoked-subject = «{ $title }» treningi boʻyicha sertifikatingiz bekor qilindi
mail-cert-revoked-title = Sertifikatingiz bekor qilindi
mail-cert-revoked = «{ $title }» treningi tashkilotchilari ({ $organisers }) sertifikatingizni bekor qildi.
mail-cert-revoked-reason = Ular koʻrsatgan sabab: { $reason }
mail-cert-revoked-page = Tekshirish sahifasida endi u bekor qilingan deb koʻrsatiladi:
mail-cert-revoked-mistake = Agar buni xato deb hisoblasangiz, tashkilotchilarga javob yozing.

## Tizimga kirish (tashkilotchilar va trenerlar) va yangi parol tanlash

mail-link-works-once =
    { $minutes ->
        [one] Havola faqat bir marta va bir daqiqa davomida ishlaydi.
       *[other] Havola faqat bir marta va { $minutes } daqiqa davomida ishlaydi.
    }
mail-sign-in-subject = Cascade tizimiga kirish havolangiz
mail-sign-in-open = Cascade tizimiga kirish uchun ushbu havolani oching:
mail-sign-in-button-intro = Cascade tizimiga kirish uchun ushbu tugmani bosing.
mail-sign-in-button = Kirish
mail-sign-in-ignore = Agar buni soʻramagan boʻlsangiz, bu xatga eʼtibor bermang.
mail-reset-subject = Cascade parolingizni tiklang
mail-reset-open = Cascade uchun yangi parol tanlash uchun ushbu havolani oching:
mail-reset-button-intro = Cascade uchun yangi parol tanlash uchun ushbu tugmani bosing.
mail-reset-button = Yangi parol tanlash
mail-reset-note = Yangi parol tanlaganingizda boshqa barcha qurilmalarda tizimdan chiqarilasiz. Agar buni soʻramagan boʻlsangiz, bu xatga eʼtibor bermang: parolingiz oʻzgarmaydi.

## Sertifikatlangan trenerlarga: tashkilotchi ular qayd etgan trening boʻyicha qaror qabul qildi; qayd etish haqida eslatma
# $decision: verified, needs_information or rejected

mail-decided-subject =
    { $decision ->
        [verified] Tekshirildi: { $title }
        [needs_information] Tashkilotchilarga qoʻshimcha maʼlumot kerak: { $title }
       *[other] Qabul qilinmadi: { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided =
    «{ $training }» treningi tashkilotchilari siz qayd etgan «{ $title }» treningini koʻrib chiqdi: { $decision ->
        [verified] u tekshirildi va qabul qilindi.
        [needs_information] ularga qoʻshimcha maʼlumot kerak.
       *[other] u qabul qilinmadi.
    }
mail-decided-they-wrote = Ular yozdi:
mail-decided-open = Uni trener boʻlimingizda koʻring (agar u hali tekshirilmagan boʻlsa, u yerda javob berishingiz yoki uni oʻzgartirishingiz mumkin):
mail-decided-button = Trener boʻlimingizda ochish
mail-log-reminder-subject = «{ $title }» treningidan keyin boshqalarni oʻqitdingizmi?
mail-log-reminder-title = Boshqalarni oʻqitdingizmi?
mail-log-reminder-months =
    { $months ->
        [one] Bir oy oldin siz «{ $title }» treningida ({ $organisers }) sertifikatlangan trener boʻldingiz.
       *[other] { $months } oy oldin siz «{ $title }» treningida ({ $organisers }) sertifikatlangan trener boʻldingiz.
    }
mail-log-reminder-days =
    { $days ->
        [one] Bir kun oldin siz «{ $title }» treningida ({ $organisers }) sertifikatlangan trener boʻldingiz.
       *[other] { $days } kun oldin siz «{ $title }» treningida ({ $organisers }) sertifikatlangan trener boʻldingiz.
    }
mail-log-reminder-log = Agar shundan beri trening oʻtkazgan boʻlsangiz, uni trener boʻlimingizda qayd eting: bu bir necha daqiqa oladi, siz qamrab olgan kishilar esa dasturning taʼsir hisobotida koʻrinadi.
mail-log-reminder-button = Trening qayd etish
