# Cascade — the e-mails participants get about a training, and the text of their calendar
# invitations. Arabic (Modern Standard Arabic). Same message ids as en/mail.ftl.
# Terms: see GLOSSARY.md in this folder (الدورة التدريبية، الجلسة، الجهة المنظِّمة، التسجيل، قائمة الانتظار، المنطقة الزمنية، دعوة التقويم، التذكير، رابط الانضمام).
# Register: formal; no second-person verbs or imperatives (يُرجى + verbal noun, passive voice);
# second-person pronoun suffixes are written without vowels, so they read for any reader.
# Titles are the organisers' words, quoted with « ».

## Every e-mail

mail-hello = مرحبًا { $name }،
mail-or-copy = أو يمكن نسخ هذا الرابط: { $url }
mail-my-registration = تسجيلي
mail-your-registration = تسجيلك: { $url }
mail-sessions-in-your-zone = الجلسات بحسب منطقتك الزمنية:
mail-in-your-zone = بحسب منطقتك الزمنية:
# Before a session's join link in the list of sessions.
mail-join = رابط الانضمام:
mail-about-training = نبذة عن الدورة التدريبية: { $url }
mail-footer-sent = أرسلت منصة Cascade هذه الرسالة نيابةً عن الجهات المنظِّمة للدورة التدريبية «{ $title }».
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = أرسلت منصة Cascade هذه الرسالة نيابةً عن الجهات المنظِّمة للدورة التدريبية «{ $title }»: { $organisers }.
mail-footer-questions = للاستفسارات، يُرجى مراسلة الجهات المنظِّمة: { $contact }
mail-footer-privacy = كيف تُحفظ بياناتك، وكيف يمكن طلب محوها
mail-footer-privacy-url = كيف تُحفظ بياناتك، وكيف يمكن طلب محوها: { $url }

## Confirm the e-mail address

mail-confirm-subject = تأكيد تسجيلك: { $title }
mail-confirm-text = يُرجى تأكيد تسجيلك في «{ $title }» بفتح هذا الرابط:
mail-confirm-html = يُرجى تأكيد تسجيلك في «{ $title }».
mail-confirm-button = تأكيد تسجيلي
mail-confirm-once =
    { $hours ->
        [zero] يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $hours } ساعة. وفي حال عدم التسجيل، يمكن تجاهل هذه الرسالة، ولن يترتب على ذلك أي إجراء.
        [one] يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة ساعة واحدة. وفي حال عدم التسجيل، يمكن تجاهل هذه الرسالة، ولن يترتب على ذلك أي إجراء.
        [two] يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة ساعتين. وفي حال عدم التسجيل، يمكن تجاهل هذه الرسالة، ولن يترتب على ذلك أي إجراء.
        [few] يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $hours } ساعات. وفي حال عدم التسجيل، يمكن تجاهل هذه الرسالة، ولن يترتب على ذلك أي إجراء.
        [many] يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $hours } ساعة. وفي حال عدم التسجيل، يمكن تجاهل هذه الرسالة، ولن يترتب على ذلك أي إجراء.
       *[other] يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $hours } ساعة. وفي حال عدم التسجيل، يمكن تجاهل هذه الرسالة، ولن يترتب على ذلك أي إجراء.
    }

## Registered (a place is yours)

mail-registered-subject = تم التسجيل: { $title }
mail-registered = تم تسجيلك في «{ $title }».
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [one] تضيف دعوة التقويم المرفقة الجلسة إلى تقويمك. ولا حاجة إلى الرد.
        [two] تضيف دعوة التقويم المرفقة الجلسة الأولى إلى تقويمك، وتصل الجلسة الأخرى في رسالة مستقلة، لأن تطبيقات التقويم لا تقرأ إلا حدثًا واحدًا في كل دعوة. ولا حاجة إلى الرد.
       *[other] تضيف دعوة التقويم المرفقة الجلسة الأولى إلى تقويمك، وتصل كل جلسة من الجلسات الأخرى في رسالة مستقلة، لأن تطبيقات التقويم لا تقرأ إلا حدثًا واحدًا في كل دعوة. ولا حاجة إلى الرد.
    }
mail-registered-manage = تسجيلك (الجدول الزمني، وروابط التقويم، والتغييرات، والإلغاء): { $url }
mail-registered-cancel = للإلغاء، يُرجى فتح صفحة تسجيلك.

## On the waiting list

mail-waitlisted-subject = في قائمة الانتظار: { $title }
mail-waitlisted = تم تأكيد عنوان بريدك الإلكتروني. اكتمل عدد المقاعد في «{ $title }»، لذا أُدرج تسجيلك في قائمة الانتظار.
mail-waitlisted-next = فور شغور مقعد يُخصَّص لك، وتصلك رسالة بالبريد الإلكتروني مع دعوة التقويم. وللخروج من قائمة الانتظار، يُرجى إلغاء تسجيلك.

## Waiting for the organisers' approval

mail-awaiting-subject = تم استلام التسجيل: { $title }
mail-awaiting = شكرًا لك: تم تأكيد تسجيلك في «{ $title }»، وهو الآن بانتظار موافقة الجهات المنظِّمة. وسنرسل إليك رسالة بالبريد الإلكتروني فور اتخاذها قرارها.

## Declined

mail-declined-subject = تسجيلك في { $title }
mail-declined = تعذّر على الجهات المنظِّمة للدورة التدريبية «{ $title }» قبول تسجيلك هذه المرة.

## Registering again with a registration already there

mail-already-subject = تسجيلك في { $title }
mail-already = ورد طلب جديد للتسجيل في «{ $title }» باستخدام عنوان بريدك الإلكتروني (منك أو من شخص آخر يستخدم هذا العنوان).
mail-already-confirmed = لديك تسجيل سابق، ومقعدك مؤكَّد.
mail-already-waitlisted = لديك تسجيل سابق، وهو مُدرج في قائمة الانتظار.
mail-already-awaiting = لديك تسجيل سابق، وهو بانتظار موافقة الجهات المنظِّمة.
mail-already-declined = لديك تسجيل سابق، وقد رفضته الجهات المنظِّمة.
mail-already-other = لديك تسجيل سابق: يُرجى فتحه للاطلاع على حالته.

## Cancelled

mail-cancelled-subject = تم إلغاء التسجيل: { $title }
mail-cancelled = أُلغي تسجيلك في «{ $title }».
mail-cancelled-calendar = إذا كانت الجلسات مضافة إلى تقويمك، فهذه الرسالة تزيل الجلسة الأولى، وتصل إزالة كل جلسة من الجلسات الأخرى في رسالة مستقلة (لأن تطبيقات التقويم لا تقرأ إلا حدثًا واحدًا في كل تحديث).
mail-register-again = إعادة التسجيل
mail-register-again-url = لإعادة التسجيل: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (تقويم)
mail-entry-adds = تضيف هذه الرسالة «{ $session }» إلى تقويمك:
mail-entry-removes = تزيل هذه الرسالة «{ $session }» من تقويمك:
mail-entry-one-per = لا تقرأ تطبيقات التقويم إلا حدثًا واحدًا في كل دعوة، لذا تصل كل جلسة من جلسات «{ $title }» في رسالة مستقلة.
mail-entry-manage = تسجيلك (الجدول الزمني الكامل، والتغييرات، والإلغاء): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = دعوة: { $title }
mail-invitation = يسرّنا دعوتك إلى «{ $title }». التسجيل بالدعوة فقط، وهذا الرابط خاص بك:
mail-invitation-button = التسجيل

## A reminder before a session

mail-reminder-subject = تبدأ قريبًا: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [zero] تذكير: تبدأ الجلسة «{ $session }» بعد { $days } يوم.
        [one] تذكير: تبدأ الجلسة «{ $session }» بعد يوم واحد.
        [two] تذكير: تبدأ الجلسة «{ $session }» بعد يومين.
        [few] تذكير: تبدأ الجلسة «{ $session }» بعد { $days } أيام.
        [many] تذكير: تبدأ الجلسة «{ $session }» بعد { $days } يومًا.
       *[other] تذكير: تبدأ الجلسة «{ $session }» بعد { $days } يوم.
    }
mail-reminder-hours =
    { $hours ->
        [zero] تذكير: تبدأ الجلسة «{ $session }» بعد { $hours } ساعة.
        [one] تذكير: تبدأ الجلسة «{ $session }» بعد ساعة واحدة.
        [two] تذكير: تبدأ الجلسة «{ $session }» بعد ساعتين.
        [few] تذكير: تبدأ الجلسة «{ $session }» بعد { $hours } ساعات.
        [many] تذكير: تبدأ الجلسة «{ $session }» بعد { $hours } ساعة.
       *[other] تذكير: تبدأ الجلسة «{ $session }» بعد { $hours } ساعة.
    }
mail-reminder-minutes =
    { $minutes ->
        [zero] تذكير: تبدأ الجلسة «{ $session }» بعد { $minutes } دقيقة.
        [one] تذكير: تبدأ الجلسة «{ $session }» بعد دقيقة واحدة.
        [two] تذكير: تبدأ الجلسة «{ $session }» بعد دقيقتين.
        [few] تذكير: تبدأ الجلسة «{ $session }» بعد { $minutes } دقائق.
        [many] تذكير: تبدأ الجلسة «{ $session }» بعد { $minutes } دقيقة.
       *[other] تذكير: تبدأ الجلسة «{ $session }» بعد { $minutes } دقيقة.
    }

## The schedule changed

mail-changed-subject = تغيير في الجدول الزمني: { $title }
mail-changed-session = طرأ تغيير على الجلسة «{ $session }»:
mail-changed-added = أُضيفت جلسة إلى «{ $title }»:
mail-changed-moved = حُدِّد موعد جديد للجلسة «{ $session }»:
mail-change-time = الموعد
mail-change-title = العنوان
mail-change-description = الوصف
mail-change-join-link = رابط الانضمام
mail-change-none = (لا يوجد)
# After the new value, the value before the change.
mail-change-was = (سابقًا: { $before })
mail-changed-update = يطبّق التحديث المرفق هذا التغيير على تقويمك.

## A session is cancelled

mail-session-cancelled-subject = إلغاء جلسة: { $title }
mail-session-cancelled = أُلغيت الجلسة «{ $session }»:
mail-session-cancelled-update = يزيل التحديث المرفق هذه الجلسة من تقويمك.

## Why (a sentence added by what happened)

note-place-free = شغر مقعد.
note-place-free-yours = شغر مقعد، وقد خُصِّص لك.
note-organisers-approved = وافقت الجهات المنظِّمة على تسجيلك.
note-organisers-registered = قامت الجهات المنظِّمة بتسجيلك.
note-organisers-cancelled = ألغت الجهات المنظِّمة هذا التسجيل.
note-you-erased = ورد منك طلب بمحو بياناتك.
note-organisers-erased = محت الجهات المنظِّمة بياناتك بناءً على طلبك.
note-training-cancelled = ألغت الجهات المنظِّمة الدورة التدريبية.

## A session in an e-mail: "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
# "من … إلى …" rather than a dash, so that the order reads unambiguously right to left.
mail-session-when = { $day }، من { $start } إلى { $end } ({ $place }، { $offset })

## The text of calendar invitations (the event's description)

ics-join = رابط الانضمام: { $url }
ics-your-registration = تسجيلك (للإلغاء، يُرجى فتحه): { $url }
ics-training = الدورة التدريبية: { $url }

## The training is cancelled

mail-training-cancelled-subject = تم إلغاء الدورة التدريبية: { $title }
mail-training-cancelled = ألغت الجهات المنظِّمة الدورة التدريبية «{ $title }». وإذا كانت جلساتها مضافة إلى تقويمك، فهذه الرسالة تزيل الجلسة الأولى، وتصل إزالة كل جلسة من الجلسات الأخرى في رسالة مستقلة (لأن تطبيقات التقويم لا تقرأ إلا حدثًا واحدًا في كل تحديث).
