# Cascade — the e-mails participants get about a training, and the text of their calendar
# invitations. Mongolian (Cyrillic). The training's title and session titles are the organisers'
# words (left as written). $url is a web address; $title the training's title; $session a session's title.
# Terms: see GLOSSARY.md in this folder. The reader is addressed with the respectful «Та».
# Placeables never take a case suffix: a noun follows them («{ $title }» сургалтад) or they stand after a colon.

## Every e-mail

mail-hello = Сайн байна уу, { $name }.
mail-or-copy = Эсвэл энэ холбоосыг хуулж ашиглана уу: { $url }
mail-my-registration = Миний бүртгэл
mail-your-registration = Таны бүртгэл: { $url }
mail-sessions-in-your-zone = Хичээлүүд, Таны цагийн бүсээр:
mail-in-your-zone = Таны цагийн бүсээр:
# Before a session's join link in the list of sessions.
mail-join = Нэгдэх:
mail-about-training = Сургалтын тухай: { $url }
mail-footer-sent = Энэ имэйлийг Cascade «{ $title }» сургалтын зохион байгуулагчдын нэрийн өмнөөс илгээв.
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = Энэ имэйлийг Cascade «{ $title }» сургалтын зохион байгуулагчдын нэрийн өмнөөс илгээв. Зохион байгуулагчид: { $organisers }.
mail-footer-questions = Асуух зүйл байна уу? Зохион байгуулагчдад бичнэ үү: { $contact }
mail-footer-privacy = Таны мэдээллийг хэрхэн хадгалах, түүнийг хэрхэн устгуулах тухай
mail-footer-privacy-url = Таны мэдээллийг хэрхэн хадгалах, түүнийг хэрхэн устгуулах тухай: { $url }

## Confirm the e-mail address

mail-confirm-subject = Бүртгэлээ баталгаажуулна уу: { $title }
mail-confirm-text = «{ $title }» сургалтад бүртгүүлснээ дараах холбоосыг нээж баталгаажуулна уу:
mail-confirm-html = «{ $title }» сургалтад бүртгүүлснээ баталгаажуулна уу.
mail-confirm-button = Бүртгэлээ баталгаажуулах
mail-confirm-once =
    { $hours ->
        [one] Холбоос зөвхөн нэг удаа, { $hours } цагийн турш ажиллана. Хэрэв Та бүртгүүлээгүй бол энэ имэйлийг анхаарахгүй байж болно: юу ч өөрчлөгдөхгүй.
       *[other] Холбоос зөвхөн нэг удаа, { $hours } цагийн турш ажиллана. Хэрэв Та бүртгүүлээгүй бол энэ имэйлийг анхаарахгүй байж болно: юу ч өөрчлөгдөхгүй.
    }

## Registered (a place is yours)

mail-registered-subject = Та бүртгэгдлээ: { $title }
mail-registered = Та «{ $title }» сургалтад бүртгэгдлээ.
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [one] Хавсаргасан хуанлийн урилга хичээлийг Таны хуанлид нэмнэ. Хариу илгээх шаардлагагүй.
       *[other] Хавсаргасан хуанлийн урилга эхний хичээлийг Таны хуанлид нэмнэ. Бусад хичээл тус бүр тусдаа имэйлээр ирнэ, учир нь хуанли нэг урилгаас зөвхөн нэг үйл явдлыг уншдаг. Хариу илгээх шаардлагагүй.
    }
mail-registered-manage = Таны бүртгэл (хуваарь, хуанлийн холбоос, өөрчлөлт, цуцлах): { $url }
mail-registered-cancel = Цуцлахыг хүсвэл бүртгэлээ нээнэ үү.

## On the waiting list

mail-waitlisted-subject = Хүлээлгийн жагсаалтад: { $title }
mail-waitlisted = Таны имэйл хаяг баталгаажлаа. «{ $title }» сургалтын суудал дүүрсэн тул Та хүлээлгийн жагсаалтад байна.
mail-waitlisted-next = Суудал чөлөөлөгдмөгц Танд олгогдох бөгөөд хуанлийн урилга бүхий имэйл Танд ирнэ. Хүлээлгийн жагсаалтаас гарахыг хүсвэл бүртгэлээ цуцална уу.

## Waiting for the organisers' approval

mail-awaiting-subject = Бүртгэлийг хүлээн авлаа: { $title }
mail-awaiting = Баярлалаа: «{ $title }» сургалтад хийсэн Таны бүртгэл баталгаажиж, одоо зохион байгуулагчдын зөвшөөрлийг хүлээж байна. Тэд шийдвэр гаргамагц бид Танд имэйлээр мэдэгдэнэ.

## Declined

mail-declined-subject = Таны бүртгэл: { $title }
mail-declined = «{ $title }» сургалтын зохион байгуулагчид энэ удаад Таны бүртгэлийг хүлээн авах боломжгүй боллоо.

## Registering again with a registration already there

mail-already-subject = Таны бүртгэл: { $title }
mail-already = Та (эсвэл Таны имэйл хаягийг ашигласан өөр хэн нэгэн) «{ $title }» сургалтад дахин бүртгүүлэх хүсэлт илгээсэн байна.
mail-already-confirmed = Та аль хэдийн бүртгүүлсэн бөгөөд Таны суудал баталгаажсан.
mail-already-waitlisted = Та аль хэдийн бүртгүүлсэн бөгөөд хүлээлгийн жагсаалтад байна.
mail-already-awaiting = Та аль хэдийн бүртгүүлсэн; Таны бүртгэл зохион байгуулагчдын зөвшөөрлийг хүлээж байна.
mail-already-declined = Та аль хэдийн бүртгүүлсэн; зохион байгуулагчид Таны бүртгэлээс татгалзсан.
mail-already-other = Та аль хэдийн бүртгүүлсэн: бүртгэлийнхээ төлөвийг харахын тулд бүртгэлээ нээнэ үү.

## Cancelled

mail-cancelled-subject = Бүртгэл цуцлагдлаа: { $title }
mail-cancelled = «{ $title }» сургалтад хийсэн Таны бүртгэл цуцлагдлаа.
mail-cancelled-calendar = Хэрэв хичээлүүд Таны хуанлид байсан бол энэ имэйл эхний хичээлийг хасна; бусад хичээл бүрийг тусдаа имэйлээр хасна (хуанли нэг шинэчлэлтээс зөвхөн нэг үйл явдлыг уншдаг).
mail-register-again = Дахин бүртгүүлэх
mail-register-again-url = Дахин бүртгүүлэх бол: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (хуанли)
mail-entry-adds = Энэ имэйл «{ $session }» хичээлийг Таны хуанлид нэмнэ:
mail-entry-removes = Энэ имэйл «{ $session }» хичээлийг Таны хуанлиас хасна:
mail-entry-one-per = Хуанли нэг урилгаас зөвхөн нэг үйл явдлыг уншдаг тул «{ $title }» сургалтын хичээл бүр тусдаа имэйлээр ирнэ.
mail-entry-manage = Таны бүртгэл (бүтэн хуваарь, өөрчлөлт, цуцлах): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = Таныг урьж байна: { $title }
mail-invitation = Таныг «{ $title }» сургалтад урьж байна. Энэ сургалтад зөвхөн урилгаар бүртгэнэ; доорх холбоос зөвхөн Танд зориулагдсан:
mail-invitation-button = Бүртгүүлэх

## A reminder before a session

mail-reminder-subject = Удахгүй эхэлнэ: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [one] Сануулга: «{ $session }» хичээл нэг хоногийн дараа эхэлнэ.
       *[other] Сануулга: «{ $session }» хичээл { $days } хоногийн дараа эхэлнэ.
    }
mail-reminder-hours =
    { $hours ->
        [one] Сануулга: «{ $session }» хичээл нэг цагийн дараа эхэлнэ.
       *[other] Сануулга: «{ $session }» хичээл { $hours } цагийн дараа эхэлнэ.
    }
mail-reminder-minutes =
    { $minutes ->
        [one] Сануулга: «{ $session }» хичээл { $minutes } минутын дараа эхэлнэ.
       *[other] Сануулга: «{ $session }» хичээл { $minutes } минутын дараа эхэлнэ.
    }

## The schedule changed

mail-changed-subject = Хуваарь өөрчлөгдлөө: { $title }
mail-changed-session = «{ $session }» хичээлд өөрчлөлт орлоо:
mail-changed-added = «{ $title }» сургалтад шинэ хичээл нэмэгдлээ:
mail-changed-moved = «{ $session }» хичээлийн цаг өөрчлөгдлөө:
mail-change-time = Цаг
mail-change-title = Гарчиг
mail-change-description = Тайлбар
mail-change-join-link = Нэгдэх холбоос
mail-change-none = (байхгүй)
# After the new value, the value before the change.
mail-change-was = (өмнө нь: { $before })
mail-changed-update = Хавсаргасан шинэчлэлт эдгээр өөрчлөлтийг Таны хуанлид оруулна.

## A session is cancelled

mail-session-cancelled-subject = Хичээл цуцлагдлаа: { $title }
mail-session-cancelled = «{ $session }» хичээл цуцлагдлаа:
mail-session-cancelled-update = Хавсаргасан шинэчлэлт уг хичээлийг Таны хуанлиас хасна.

## Why (a sentence added by what happened)

note-place-free = Суудал чөлөөлөгдлөө.
note-place-free-yours = Суудал чөлөөлөгдөж, Танд олгогдлоо.
note-organisers-approved = Зохион байгуулагчид Таны бүртгэлийг зөвшөөрлөө.
note-organisers-registered = Зохион байгуулагчид Таныг бүртгэлээ.
note-organisers-cancelled = Таны бүртгэлийг зохион байгуулагчид цуцалсан.
note-you-erased = Та мэдээллээ устгахыг биднээс хүссэн.
note-organisers-erased = Таны хүсэлтийн дагуу зохион байгуулагчид Таны мэдээллийг устгасан.
note-training-cancelled = Зохион байгуулагчид сургалтыг цуцаллаа.

## A session in an e-mail: "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }, { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = Нэгдэх: { $url }
ics-your-registration = Таны бүртгэл (цуцлахыг хүсвэл нээнэ үү): { $url }
ics-training = Сургалт: { $url }

## The training is cancelled

mail-training-cancelled-subject = Сургалт цуцлагдлаа: { $title }
mail-training-cancelled = Зохион байгуулагчид «{ $title }» сургалтыг цуцаллаа. Хэрэв уг сургалтын хичээлүүд Таны хуанлид байсан бол энэ имэйл эхний хичээлийг хасна; бусад хичээл бүрийг тусдаа имэйлээр хасна (хуанли нэг шинэчлэлтээс зөвхөн нэг үйл явдлыг уншдаг).

## Гэрчилгээ: олгосон (PDF хавсаргасан) ба хүчингүй болгосон
# $role: "Гэрчилгээтэй сургагч багш" or "Оролцсоны гэрчилгээ" (verify-trainer / verify-attendance)

mail-cert-issued-subject = { $role }: «{ $title }» сургалтын Таны гэрчилгээ
mail-cert-issued-title = Таны гэрчилгээ
mail-cert-issued = Баяр хүргэе: { $organisers } Танд «{ $title }» сургалтын гэрчилгээ олголоо ({ $role }).
# the code follows on its own line, then the link
mail-cert-attached = Таны гэрчилгээг PDF файлаар хавсаргав. Хэн ч түүнийг { $code } кодоор нь шалгах хуудсанд шалгах боломжтой:
mail-cert-see = Гэрчилгээгээ үзэх
mail-cert-credential = Таны Open Badges цахим баталгаа
mail-cert-linkedin = LinkedIn профайлдаа нэмэх
mail-cert-trainer-space = Таны сургагч багшийн хэсэг: явуулсан сургалтаа бүртгэх
mail-cert-revoked-subject = «{ $title }» сургалтын Таны гэрчилгээг хүчингүй болголоо
mail-cert-revoked-title = Таны гэрчилгээг хүчингүй болголоо
mail-cert-revoked = «{ $title }» сургалтын зохион байгуулагчид ({ $organisers }) Таны гэрчилгээг хүчингүй болголоо.
mail-cert-revoked-reason = Тэдний дурдсан шалтгаан: { $reason }
mail-cert-revoked-page = Шалгах хуудсанд уг гэрчилгээ одоо хүчингүй гэж харагдана:
mail-cert-revoked-mistake = Хэрэв үүнийг алдаа гэж үзэж байвал зохион байгуулагчдад хариу бичнэ үү.

## Нэвтрэх (зохион байгуулагчид болон сургагч багш нар), шинэ нууц үг сонгох

mail-link-works-once =
    { $minutes ->
        [one] Холбоос зөвхөн нэг удаа, нэг минутын турш ажиллана.
       *[other] Холбоос зөвхөн нэг удаа, { $minutes } минутын турш ажиллана.
    }
mail-sign-in-subject = Cascade-д нэвтрэх Таны холбоос
mail-sign-in-open = Cascade-д нэвтрэхийн тулд энэ холбоосыг нээнэ үү:
mail-sign-in-button-intro = Cascade-д нэвтрэхийн тулд энэ товчийг дарна уу.
mail-sign-in-button = Нэвтрэх
mail-sign-in-ignore = Хэрэв Та үүнийг хүсээгүй бол энэ имэйлийг анхаарахгүй байж болно.
mail-reset-subject = Cascade-ийн нууц үгээ шинэчлэх
mail-reset-open = Cascade-д шинэ нууц үг сонгохын тулд энэ холбоосыг нээнэ үү:
mail-reset-button-intro = Cascade-д шинэ нууц үг сонгохын тулд энэ товчийг дарна уу.
mail-reset-button = Шинэ нууц үг сонгох
mail-reset-note = Шинэ нууц үг сонгоход Таныг бусад бүх төхөөрөмж, хөтчөөс гаргана. Хэрэв Та үүнийг хүсээгүй бол энэ имэйлийг анхаарахгүй байж болно: Таны нууц үг өөрчлөгдөхгүй.

## Гэрчилгээтэй сургагч багш нарт: зохион байгуулагч тэдний бүртгэсэн сургалтын талаар шийдвэр гаргасан; бүртгэх тухай сануулга
# $decision: verified, needs_information or rejected

mail-decided-subject =
    { $decision ->
        [verified] Баталгаажлаа: { $title }
        [needs_information] Зохион байгуулагчдад нэмэлт мэдээлэл хэрэгтэй: { $title }
       *[other] Хүлээн аваагүй: { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided =
    «{ $training }» сургалтын зохион байгуулагчид Таны бүртгэсэн «{ $title }» сургалтыг хянав: { $decision ->
        [verified] уг сургалт баталгаажлаа.
        [needs_information] тэдэнд нэмэлт мэдээлэл хэрэгтэй байна.
       *[other] уг сургалтыг хүлээн аваагүй.
    }
mail-decided-they-wrote = Тэдний бичсэн нь:
mail-decided-open = Үүнийг сургагч багшийн хэсэгтээ үзнэ үү (баталгаажаагүй бол тэнд хариулах эсвэл засах боломжтой):
mail-decided-button = Сургагч багшийн хэсэгтээ нээх
mail-log-reminder-subject = «{ $title }» сургалтаас хойш Та бусдыг сургасан уу?
mail-log-reminder-title = Та бусдыг сургасан уу?
mail-log-reminder-months =
    { $months ->
        [one] Нэг сарын өмнө Та «{ $title }» сургалтаар ({ $organisers }) гэрчилгээтэй сургагч багш болсон.
       *[other] { $months } сарын өмнө Та «{ $title }» сургалтаар ({ $organisers }) гэрчилгээтэй сургагч багш болсон.
    }
mail-log-reminder-days =
    { $days ->
        [one] Нэг хоногийн өмнө Та «{ $title }» сургалтаар ({ $organisers }) гэрчилгээтэй сургагч багш болсон.
       *[other] { $days } хоногийн өмнө Та «{ $title }» сургалтаар ({ $organisers }) гэрчилгээтэй сургагч багш болсон.
    }
mail-log-reminder-log = Хэрэв Та түүнээс хойш сургалт явуулсан бол түүнийгээ сургагч багшийн хэсэгтээ бүртгэнэ үү: хэдхэн минут зарцуулах бөгөөд Таны хүрсэн хүмүүс хөтөлбөрийн үр нөлөөний тайланд харагдана.
mail-log-reminder-button = Сургалт бүртгэх
