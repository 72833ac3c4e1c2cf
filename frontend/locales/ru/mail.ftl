# Cascade — письма, которые участники получают о тренинге, и текст их приглашений в календарь.
# Русский перевод en/mail.ftl: те же идентификаторы сообщений.
# Термины (см. GLOSSARY.md): тренинг, занятие, организаторы, регистрация, лист ожидания,
# часовой пояс, приглашение в календарь, напоминание, обновление, ссылка для подключения.
# The training's title and session titles are the organisers' words (left as written).
# $url is a web address; $title the training's title; $session a session's title.

## Every e-mail

mail-hello = Здравствуйте, { $name }!
mail-or-copy = Или скопируйте эту ссылку: { $url }
mail-my-registration = Моя регистрация
mail-your-registration = Ваша регистрация: { $url }
mail-sessions-in-your-zone = Занятия по вашему часовому поясу:
mail-in-your-zone = По вашему часовому поясу:
# Before a session's join link in the list of sessions.
mail-join = Ссылка для подключения:
mail-about-training = О тренинге: { $url }
mail-footer-sent = Письмо отправлено через Cascade от имени организаторов тренинга «{ $title }».
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = Письмо отправлено через Cascade от имени организаторов тренинга «{ $title }»: { $organisers }.
mail-footer-questions = Есть вопросы? Напишите организаторам: { $contact }
mail-footer-privacy = Как хранятся ваши данные и как их удалить
mail-footer-privacy-url = Как хранятся ваши данные и как их удалить: { $url }

## Confirm the e-mail address

mail-confirm-subject = Подтвердите регистрацию: { $title }
mail-confirm-text = Подтвердите, пожалуйста, регистрацию на тренинг «{ $title }», открыв эту ссылку:
mail-confirm-html = Подтвердите, пожалуйста, регистрацию на тренинг «{ $title }».
mail-confirm-button = Подтвердить регистрацию
mail-confirm-once =
    { $hours ->
        [one] Ссылка одноразовая и действует { $hours } час. Если регистрацию оформляли не вы, просто проигнорируйте это письмо: ничего не произойдёт.
        [few] Ссылка одноразовая и действует { $hours } часа. Если регистрацию оформляли не вы, просто проигнорируйте это письмо: ничего не произойдёт.
        [many] Ссылка одноразовая и действует { $hours } часов. Если регистрацию оформляли не вы, просто проигнорируйте это письмо: ничего не произойдёт.
       *[other] Ссылка одноразовая и действует { $hours } часа. Если регистрацию оформляли не вы, просто проигнорируйте это письмо: ничего не произойдёт.
    }

## Registered (a place is yours)

mail-registered-subject = Регистрация подтверждена: { $title }
mail-registered = Ваша регистрация на тренинг «{ $title }» подтверждена.
# $sessions: how many sessions the training has.
# [1] (exactly one session) rather than [one]: in Russian [one] also covers 21, 31, …
mail-registered-invite =
    { $sessions ->
        [1] Приглашение в календарь во вложении добавит занятие в ваш календарь. Отвечать на него не нужно.
       *[other] Приглашение в календарь во вложении добавит в ваш календарь первое занятие; каждое из остальных занятий придёт отдельным письмом, поскольку календари читают из приглашения только одно событие. Отвечать на него не нужно.
    }
mail-registered-manage = Ваша регистрация (расписание, ссылки для календаря, изменения, отмена): { $url }
mail-registered-cancel = Чтобы отменить регистрацию, откройте её страницу.

## On the waiting list

mail-waitlisted-subject = В листе ожидания: { $title }
mail-waitlisted = Ваш адрес электронной почты подтверждён. Все места на тренинг «{ $title }» заняты, поэтому вы в листе ожидания.
mail-waitlisted-next = Как только освободится место, оно достанется вам, и вы получите письмо с приглашением в календарь. Чтобы выйти из листа ожидания, отмените регистрацию.

## Waiting for the organisers' approval

mail-awaiting-subject = Регистрация получена: { $title }
mail-awaiting = Спасибо! Ваша регистрация на тренинг «{ $title }» подтверждена и теперь ожидает одобрения организаторов. Мы сообщим вам об их решении по электронной почте.

## Declined

mail-declined-subject = Ваша регистрация: { $title }
mail-declined = Организаторы тренинга «{ $title }» в этот раз не смогли принять вашу регистрацию.

## Registering again with a registration already there

mail-already-subject = Ваша регистрация: { $title }
mail-already = С вашим адресом электронной почты повторно запрошена регистрация на тренинг «{ $title }» (вами или кем-то другим).
mail-already-confirmed = У вас уже есть регистрация, и ваше место подтверждено.
mail-already-waitlisted = У вас уже есть регистрация, и вы в листе ожидания.
mail-already-awaiting = У вас уже есть регистрация; она ожидает одобрения организаторов.
mail-already-declined = У вас уже есть регистрация; организаторы её отклонили.
mail-already-other = У вас уже есть регистрация: откройте её, чтобы узнать её статус.

## Cancelled

mail-cancelled-subject = Регистрация отменена: { $title }
mail-cancelled = Ваша регистрация на тренинг «{ $title }» отменена.
mail-cancelled-calendar = Если занятия были в вашем календаре, это письмо удалит первое из них, а каждое из остальных будет удалено отдельным письмом (календари читают из обновления только одно событие).
mail-register-again = Зарегистрироваться ещё раз
mail-register-again-url = Зарегистрироваться ещё раз: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (календарь)
mail-entry-adds = Это письмо добавит занятие «{ $session }» в ваш календарь:
mail-entry-removes = Это письмо удалит занятие «{ $session }» из вашего календаря:
mail-entry-one-per = Календари читают из приглашения только одно событие, поэтому каждое занятие тренинга «{ $title }» приходит отдельным письмом.
mail-entry-manage = Ваша регистрация (полное расписание, изменения, отмена): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = Приглашение: { $title }
mail-invitation = Вас приглашают на тренинг «{ $title }». Регистрация только по приглашению; эта ссылка предназначена лично для вас:
mail-invitation-button = Зарегистрироваться

## A reminder before a session

mail-reminder-subject = Скоро начало: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [one] Напоминание: занятие «{ $session }» начнётся через { $days } день.
        [few] Напоминание: занятие «{ $session }» начнётся через { $days } дня.
        [many] Напоминание: занятие «{ $session }» начнётся через { $days } дней.
       *[other] Напоминание: занятие «{ $session }» начнётся через { $days } дня.
    }
mail-reminder-hours =
    { $hours ->
        [one] Напоминание: занятие «{ $session }» начнётся через { $hours } час.
        [few] Напоминание: занятие «{ $session }» начнётся через { $hours } часа.
        [many] Напоминание: занятие «{ $session }» начнётся через { $hours } часов.
       *[other] Напоминание: занятие «{ $session }» начнётся через { $hours } часа.
    }
mail-reminder-minutes =
    { $minutes ->
        [one] Напоминание: занятие «{ $session }» начнётся через { $minutes } минуту.
        [few] Напоминание: занятие «{ $session }» начнётся через { $minutes } минуты.
        [many] Напоминание: занятие «{ $session }» начнётся через { $minutes } минут.
       *[other] Напоминание: занятие «{ $session }» начнётся через { $minutes } минуты.
    }

## The schedule changed

mail-changed-subject = Изменение расписания: { $title }
mail-changed-session = Занятие «{ $session }» изменено:
mail-changed-added = В тренинг «{ $title }» добавлено занятие:
mail-changed-moved = Занятие «{ $session }» перенесено на новое время:
mail-change-time = Время
mail-change-title = Название
mail-change-description = Описание
mail-change-join-link = Ссылка для подключения
mail-change-none = (нет)
# After the new value, the value before the change.
mail-change-was = (было: { $before })
mail-changed-update = Обновление во вложении внесёт изменения в ваш календарь.

## A session is cancelled

mail-session-cancelled-subject = Занятие отменено: { $title }
mail-session-cancelled = Занятие «{ $session }» отменено:
mail-session-cancelled-update = Обновление во вложении удалит его из вашего календаря.

## Why (a sentence added by what happened)

note-place-free = Освободилось место.
note-place-free-yours = Освободилось место, и оно достаётся вам.
note-organisers-approved = Организаторы одобрили вашу регистрацию.
note-organisers-registered = Вас зарегистрировали организаторы.
note-organisers-cancelled = Регистрацию отменили организаторы.
note-you-erased = Ваши данные удаляются по вашей просьбе.
note-organisers-erased = Организаторы удалили ваши данные по вашей просьбе.
note-training-cancelled = Организаторы отменили тренинг.

## A session in an e-mail: "вт, 14 февр. 2023 г., 08:00–11:00 (Приштина, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }, { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = Ссылка для подключения: { $url }
ics-your-registration = Ваша регистрация (чтобы отменить, откройте её): { $url }
ics-training = Тренинг: { $url }

## The training is cancelled

mail-training-cancelled-subject = Тренинг отменён: { $title }
mail-training-cancelled = Организаторы отменили тренинг «{ $title }». Если его занятия были в вашем календаре, это письмо удалит первое из них, а каждое из остальных будет удалено отдельным письмом (календари читают из обновления только одно событие).

## Certificates: issued (the PDF attached) and revoked
# $role: «Сертифицированный тренер» or «Сертификат об участии» (verify-trainer / verify-attendance)
mail-cert-issued-subject = { $role }: ваш сертификат по тренингу { $title }
mail-cert-issued-title = Ваш сертификат
# Worded so that the verb does not agree with $organisers (one organisation or several).
mail-cert-issued = Поздравляем! Вы получили сертификат по тренингу «{ $title }» ({ $role }). Сертификат выдан организаторами: { $organisers }.
# the code follows on its own line, then the link
mail-cert-attached = Сертификат приложен к письму в формате PDF. Любой может проверить его по коду { $code } на странице проверки:
mail-cert-see = Посмотреть сертификат
mail-cert-credential = Ваше цифровое удостоверение Open Badges
mail-cert-linkedin = Добавить его в профиль LinkedIn
mail-cert-trainer-space = Ваш кабинет тренера: вносите сюда проведённые вами тренинги
mail-cert-revoked-subject = Ваш сертификат по тренингу { $title } отозван
mail-cert-revoked-title = Ваш сертификат отозван
mail-cert-revoked = Организаторы тренинга «{ $title }» ({ $organisers }) отозвали ваш сертификат.
mail-cert-revoked-reason = Указанная ими причина: { $reason }
mail-cert-revoked-page = Теперь на странице проверки он отмечен как отозванный:
mail-cert-revoked-mistake = Если вы считаете, что это ошибка, ответьте организаторам.

## Signing in (organisers and trainers) and choosing a new password
mail-link-works-once = { $minutes ->
        [one] Ссылка одноразовая и действует { $minutes } минуту.
        [few] Ссылка одноразовая и действует { $minutes } минуты.
        [many] Ссылка одноразовая и действует { $minutes } минут.
       *[other] Ссылка одноразовая и действует { $minutes } минуты.
    }
mail-sign-in-subject = Ваша ссылка для входа в Cascade
mail-sign-in-open = Откройте эту ссылку, чтобы войти в Cascade:
mail-sign-in-button-intro = Нажмите эту кнопку, чтобы войти в Cascade.
mail-sign-in-button = Войти
mail-sign-in-ignore = Если вы не запрашивали вход, проигнорируйте это письмо.
mail-reset-subject = Смена пароля в Cascade
mail-reset-open = Откройте эту ссылку, чтобы задать новый пароль для Cascade:
mail-reset-button-intro = Нажмите эту кнопку, чтобы задать новый пароль для Cascade.
mail-reset-button = Задать новый пароль
mail-reset-note = После смены пароля вы выйдете из Cascade на всех остальных устройствах. Если вы не запрашивали смену пароля, проигнорируйте это письмо: пароль останется прежним.

## To certified trainers: an organiser decided about a training they logged; a reminder to log
# $decision: verified, needs_information or rejected
mail-decided-subject = { $decision ->
        [verified] Тренинг подтверждён: { $title }
        [needs_information] Организаторам нужны дополнительные сведения: { $title }
       *[other] Тренинг не принят: { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided = Организаторы тренинга «{ $training }» рассмотрели внесённый вами тренинг «{ $title }»: { $decision ->
        [verified] он подтверждён.
        [needs_information] им нужны дополнительные сведения.
       *[other] он не принят.
    }
mail-decided-they-wrote = Их комментарий:
mail-decided-open = Посмотреть его (а также ответить или внести изменения, если он ещё не подтверждён) можно в кабинете тренера:
mail-decided-button = Открыть в кабинете тренера
mail-log-reminder-subject = Обучали ли вы других после тренинга { $title }?
mail-log-reminder-title = Обучали ли вы других?
mail-log-reminder-months = { $months ->
        [one] { $months } месяц назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
        [few] { $months } месяца назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
        [many] { $months } месяцев назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
       *[other] { $months } месяца назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
    }
mail-log-reminder-days = { $days ->
        [one] { $days } день назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
        [few] { $days } дня назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
        [many] { $days } дней назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
       *[other] { $days } дня назад вы стали сертифицированным тренером по тренингу «{ $title }» ({ $organisers }).
    }
mail-log-reminder-log = Если с тех пор вы провели тренинг, внесите его в кабинете тренера: это займёт несколько минут, а охваченные вами люди появятся в отчёте о воздействии программы.
mail-log-reminder-button = Внести тренинг
