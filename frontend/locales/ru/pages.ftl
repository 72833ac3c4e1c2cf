# Cascade — страницы для участников и общие элементы всех страниц.
# Русский перевод en/pages.ftl: те же идентификаторы сообщений.
# Термины (см. GLOSSARY.md): тренинг, занятие, организаторы, регистрация, сертификат,
# лист ожидания, часовой пояс, участник, политика конфиденциальности.

## Every page

skip-to-content = Перейти к содержимому
brand-home = Cascade — главная страница
nav-main = Главное меню
nav-my-trainings = Мои тренинги
nav-organisations = Организации
nav-trainer-space = Кабинет тренера
nav-to-verify = Ожидают проверки
nav-password = Пароль
nav-sign-out = Выйти ({ $name })
nav-sign-in = Войти
footer-about = Cascade — подготовка тренеров: от расписания до каскадного обучения.
footer-api = API
footer-mailbox = Почтовый ящик
footer-mailbox-note = (письма перехватываются локально)
language-switcher = Язык
# The title of a page, after the page's own: "Регистрация: Портал отчётности · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = Страница не найдена
error-not-allowed = Доступ запрещён
error-server = Произошла ошибка
error-other = Не удалось выполнить действие
# $link: a link whose text is error-start-page.
error-back = Вернитесь назад с помощью кнопки браузера или { $link }.
error-start-page = перейдите на главную страницу
error-summary = Обнаружена проблема

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes: "1 ч 30 мин".
duration =
    { $minutes ->
        [0] { $hours } ч
       *[other] { $hours } ч { $minutes } мин
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [one] { $time } +{ $days } день
        [few] { $time } +{ $days } дня
        [many] { $time } +{ $days } дней
       *[other] { $time } +{ $days } дня
    }

## The public page of a training

# $dates: one date, or two dates joined by date-span.
public-took-place = Этот тренинг уже состоялся ({ $dates }).
public-registration-closed = Регистрация закрыта.
public-invitation-only = Регистрация только по приглашению.
public-register = Зарегистрироваться
public-add-to-calendar = Добавить в календарь (.ics)
# A heading above the list of organising organisations.
public-organised-by = Организаторы
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = ведущая организация
public-contact = Есть вопросы? Напишите организаторам:
public-schedule = Расписание
public-schedule-zones = Время указано по часовому поясу тренинга ({ $zone }) и по каждой стране-организатору.
public-about = О тренинге
public-language = Язык: { $language }
public-places =
    { $count ->
        [one] { $count } место
        [few] { $count } места
        [many] { $count } мест
       *[other] { $count } места
    }
public-registration-mode = Регистрация: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: какие данные о вас сохраняются при регистрации, как долго и как их удалить.
public-privacy-link = Политика конфиденциальности

## The schedule table

schedule-region = Расписание по часовым поясам
schedule-caption = Занятия по часовым поясам
schedule-session = Занятие
schedule-training-zone = (пояс тренинга)
schedule-your-time = Ваше время
schedule-night = ночь

## The registration form

form-title = Регистрация: { $title }
form-heading = Регистрация
# $reason: one of the form-closed-* messages below.
form-closed = Регистрация закрыта: { $reason }.
form-closed-ended = этот тренинг уже состоялся ({ $dates })
form-closed-window = приём заявок завершился { $date }
form-closed-not-open = регистрация откроется { $date }
form-closed-cancelled = этот тренинг отменён
form-closed-completed = этот тренинг завершён
form-closed-unpublished = на этот тренинг заявки не принимаются
form-invitation-only = Участие в этом тренинге — только по приглашению. Если вас пригласили, воспользуйтесь персональной ссылкой из письма с приглашением.
form-full-title = Все места на этот тренинг заняты.
form-full-text = Вы всё равно можете зарегистрироваться: вас внесут в лист ожидания, а когда освободится место, оно достанется вам — об этом придёт письмо.
form-approval = Каждую регистрацию одобряют организаторы; их ответ придёт вам по электронной почте.
form-email = Адрес электронной почты
form-email-hint = Мы отправим на него ссылку для подтверждения.
form-email-invited = Ваше приглашение привязано к этому адресу.
form-consent = Даю согласие на то, чтобы организаторы хранили эти данные для проведения тренинга и для обезличенной отчётности о том, сколько людей он охватил.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = В { $link } указано, какие данные хранятся, как долго и как их удалить.
form-privacy-link = политике конфиденциальности
form-submit = Зарегистрироваться
form-submit-waitlist = Записаться в лист ожидания

## A person's details (the form and the participant page)

person-full-name = Фамилия и имя
person-organisation = Организация
person-organisation-hint = Место вашей работы.
person-country = Страна
person-choose = Выберите…
person-sex = Пол
person-sex-hint = (необязательно; для отчётов о числе охваченных женщин и мужчин)
person-not-given = Не указано
person-age = Возраст
person-optional = (необязательно)

# Errors on the form, by field: what the field must hold.
field-error-email = Введите действующий адрес электронной почты, например name@example.org.
field-error-full_name = Введите фамилию и имя в одну строку (не более 200 символов).
field-error-organisation = Введите название организации в одну строку (не более 200 символов).
field-error-country = Выберите страну из списка.
field-error-sex = Выберите один из вариантов или «Не указано».
field-error-age_band = Выберите возрастную группу из списка или «Не указано».
field-error-consent = Отметьте флажок, чтобы дать согласие; иначе организаторы не смогут сохранить вашу регистрацию.
field-error-csrf = Срок действия формы истёк, или она отправлена не с этого сайта. Обновите страницу и попробуйте ещё раз.
field-error-rate-limited = Слишком много регистраций из этой сети или на этот адрес; попробуйте позже.
field-error-other = Не удалось выполнить действие: проверьте форму и попробуйте ещё раз.

## After registering

inbox-title = Проверьте почту
inbox-sent = Мы отправили письмо на адрес, указанный при регистрации на тренинг «{ $title }».
inbox-open-link =
    { $hours ->
        [one] Откройте ссылку из письма, чтобы подтвердить регистрацию. Ссылка действует { $hours } час.
        [few] Откройте ссылку из письма, чтобы подтвердить регистрацию. Ссылка действует { $hours } часа.
        [many] Откройте ссылку из письма, чтобы подтвердить регистрацию. Ссылка действует { $hours } часов.
       *[other] Откройте ссылку из письма, чтобы подтвердить регистрацию. Ссылка действует { $hours } часа.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = Письмо не пришло через несколько минут? Проверьте папку «Спам» или { $link } и получите новую ссылку.
inbox-register-again = зарегистрируйтесь ещё раз

confirm-title = Подтвердите регистрацию
confirm-for = Тренинг «{ $title }».
confirm-button = Подтвердить регистрацию
confirm-invalid-title = Эта ссылка больше не действует
confirm-invalid = Ссылки для подтверждения одноразовые и действуют ограниченное время. Эта ссылка уже использована, устарела или недействительна.
confirm-invalid-next = Регистрация уже подтверждена? Ссылка на страницу вашей регистрации есть в письме, отправленном после подтверждения. Если нет, зарегистрируйтесь ещё раз: мы отправим новую ссылку на тот же адрес, а регистрация у вас останется одна.
confirm-register-again = Зарегистрироваться ещё раз

## The participant's own page

participant-title = Ваша регистрация: { $title }
participant-yours = Ваша регистрация
participant-waitlisted = Все места на тренинг заняты. Вы в листе ожидания; как только освободится место, вы получите письмо с приглашением.
participant-awaiting = Организаторы ещё не приняли решение. Вы получите письмо.
participant-cancelled = Эта регистрация отменена.
participant-register-again = Зарегистрироваться ещё раз
participant-pending = Подтвердите адрес электронной почты по ссылке, которую мы вам отправили.
participant-schedule = Расписание
participant-zone-yours = Время указано по вашему часовому поясу ({ $zone }).
participant-zone-both = Время указано по вашему часовому поясу ({ $zone }); под каждым временем — по часовому поясу тренинга ({ $training_zone }).
participant-join = Подключиться к занятию
# $time: a date and a clock time, e.g. "14 февраля 2023 г., 08:45".
participant-join-from = Ссылка для подключения появится здесь { $time }.
participant-check-in = Я на месте: отметиться
# Read by screen readers after participant-check-in.
participant-check-in-to = на занятии «{ $session }»
participant-host-code = или код ведущего
participant-google = Добавить в Google Calendar
participant-outlook = Добавить в Outlook
participant-download = Скачать календарь (.ics)
participant-subscribe = Подписаться в приложении-календаре
participant-stays-current = (обновляется при изменении расписания)
participant-details = Ваши данные
participant-save = Сохранить данные
participant-cannot-come = Не сможете принять участие?
participant-cancel = Отменить регистрацию
participant-cancel-note = Ваше место перейдёт к первому человеку в листе ожидания.
participant-privacy = Конфиденциальность
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = В { $link } указано, какие данные о вас хранятся и как долго.
participant-privacy-link = политике конфиденциальности
participant-erase-link = Удалить свои данные
participant-language = Язык писем, приглашений и сертификата
participant-language-save = Выбрать этот язык
participant-saved = Ваши данные сохранены.
participant-language-saved = Письма, приглашения и сертификат будут на этом языке.
participant-cancelled-notice = Ваша регистрация отменена.
participant-welcome-confirmed = Ваша регистрация подтверждена. Приглашение в календарь скоро придёт на вашу почту.
participant-welcome-waitlisted = Ваш адрес электронной почты подтверждён. Все места на тренинг заняты: вы в листе ожидания.
participant-welcome-awaiting = Ваш адрес электронной почты подтверждён. Организаторы рассмотрят вашу регистрацию.

## The privacy notice of a training

privacy-title = Политика конфиденциальности: { $title }
privacy-heading = Политика конфиденциальности
privacy-lead = Какие данные о вас сохраняются при регистрации на тренинг «{ $title }», как долго и как их удалить.
privacy-who = Кто отвечает за данные
# $organisations: the organisations with their countries, as a list ("A (Косово), B (Монголия) и C (Руанда)")
privacy-who-text = Организаторы: { $organisations }. Они проводят тренинг с помощью Cascade — программы, на которой работает этот сайт.
privacy-write-to = Написать им можно по адресу:
# Joins the last two items of a list: "A и B"; other items are joined with ", ".
list-and = { $first } и { $last }
list-comma = { $first }, { $rest }
privacy-what = Какие данные хранятся
privacy-what-given = То, что вы указываете при регистрации: адрес электронной почты, имя, организация и страна, а также пол и возрастная группа, если вы решите их указать; дата и время вашего согласия на хранение этих данных.
privacy-what-status = Статус вашей регистрации (ожидает подтверждения, подтверждена, в листе ожидания, отменена…).
privacy-what-attendance = Присутствие на каждом занятии — по отметкам организаторов или по отчётам Zoom или Teams, которые они импортируют.
privacy-what-certificate = Ваш сертификат, если вы его получите.
privacy-what-mails = Письма, отправленные вам: подтверждение, приглашения в календарь, напоминания и изменения.
privacy-why = Для чего они нужны
privacy-why-text = Для проведения тренинга: чтобы подтвердить ваше место, отправлять вам приглашения в календарь, напоминания и изменения, отмечать присутствие и выдавать сертификаты. А также чтобы сообщать донорам программы, сколько людей охватил тренинг, — по странам, полу и возрастным группам, без имён.
privacy-who-sees = Кто их видит
privacy-who-sees-text = Организаторы тренинга и администраторы этого сайта. На общедоступных страницах ничего из этого не показывается. Сертификат показывает ваше имя любому, у кого есть его код: так другие могут проверить его подлинность.
privacy-how-long = Как долго они хранятся
privacy-erased-after =
    { $days ->
        [one] Адрес электронной почты, имя и организация удаляются через { $days } день после последнего занятия тренинга. Страна, пол и возрастная группа остаются в статистике в обезличенном виде.
        [few] Адрес электронной почты, имя и организация удаляются через { $days } дня после последнего занятия тренинга. Страна, пол и возрастная группа остаются в статистике в обезличенном виде.
        [many] Адрес электронной почты, имя и организация удаляются через { $days } дней после последнего занятия тренинга. Страна, пол и возрастная группа остаются в статистике в обезличенном виде.
       *[other] Адрес электронной почты, имя и организация удаляются через { $days } дня после последнего занятия тренинга. Страна, пол и возрастная группа остаются в статистике в обезличенном виде.
    }
privacy-erased-on = То есть { $date }.
privacy-kept-until-erased = Cascade не удаляет ваши данные автоматически: они хранятся, пока вы их не удалите или не попросите об этом организаторов (см. ниже). После этого страна, пол и возрастная группа остаются в статистике в обезличенном виде.
privacy-mails-deleted =
    { $days ->
        [one] Письма, отправленные вам, удаляются через { $days } день после отправки.
        [few] Письма, отправленные вам, удаляются через { $days } дня после отправки.
        [many] Письма, отправленные вам, удаляются через { $days } дней после отправки.
       *[other] Письма, отправленные вам, удаляются через { $days } дня после отправки.
    }
privacy-mails-kept = Письма, отправленные вам, хранятся столько же, сколько ваша регистрация; при удалении ваших данных они тоже удаляются.
privacy-reports = Отчёты о присутствии, которые организаторы импортируют из Zoom или Teams, хранятся вместе с тренингом в исходном виде — с указанными в них именами и адресами электронной почты; удаление ваших данных их не затрагивает. По этим отчётам обращайтесь к организаторам.
privacy-certificate-stays = Сертификат сохраняется вместе с вашим именем, чтобы его по-прежнему можно было проверить; по вашей просьбе организаторы могут его отозвать.
privacy-erasing = Как удалить свои данные
privacy-erasing-text = Откройте страницу своей регистрации (ссылка есть в каждом нашем письме) и выберите «Удалить мои данные». Если за вами ещё закреплено место, сначала оно будет освобождено и перейдёт к следующему человеку в листе ожидания. Удаление необратимо.
privacy-lost-mails = Письма потерялись или вы хотите узнать, какие данные о вас хранятся? Напишите организаторам: они могут показать вам ваши данные и удалить их.

## Erasing one's details

erase-title = Удаление данных: { $title }
erase-back = Ваша регистрация
erase-heading = Удалить ваши данные?
erase-what = Для тренинга «{ $title }» будут удалены ваш адрес электронной почты ({ $email }), имя и организация, а также уже отправленные вам письма.
erase-cancels = Сначала ваша регистрация будет отменена: вы получите последнее письмо, которое удалит занятия из вашего календаря, а ваше место перейдёт к следующему человеку в листе ожидания.
erase-stays = Страна, пол и возрастная группа останутся — без имени — в статистике охвата тренинга. Уже выданный вам сертификат сохранится, чтобы его по-прежнему можно было проверить.
erase-final = Это действие необратимо, и ссылка на эту страницу перестанет работать.
erase-button = Удалить мои данные
erased-title = Ваши данные удалены
erased-text = Ваш адрес электронной почты, имя и организация больше не хранятся для тренинга «{ $title }», а ссылка на вашу регистрацию больше не работает.

## Values people choose or see

trainings-kind-tot = Подготовка тренеров
trainings-kind-technical-webinar = Технический вебинар
trainings-kind-e-consultation = Онлайн-консультация
trainings-kind-peer-exchange = Обмен опытом
trainings-registration-mode-open = Открытая
trainings-registration-mode-approval = С одобрения организатора
trainings-registration-mode-invitation = Только по приглашению
registrations-status-pending = Ожидает подтверждения по электронной почте
registrations-status-confirmed = Подтверждена
registrations-status-waitlisted = В листе ожидания
registrations-status-awaiting-approval = Ожидает одобрения
registrations-status-invited = Приглашение отправлено
registrations-status-cancelled = Отменена
registrations-status-declined = Отклонена
registrations-sex-female = Женский
registrations-sex-male = Мужской
registrations-sex-another = Другой
registrations-sex-undisclosed = Предпочитаю не указывать
registrations-age-band-under-25 = До 25 лет
registrations-age-band-25-34 = 25–34 года
registrations-age-band-35-44 = 35–44 года
registrations-age-band-45-54 = 45–54 года
registrations-age-band-55-64 = 55–64 года
registrations-age-band-65-plus = 65 лет и старше

## Checking a certificate (anyone with its code)

verify-title = Сертификат { $code }
verify-kicker = Проверка сертификата
verify-revoked-on = Отозван { $date }
verify-reason = Причина:
verify-issuing = Сертификат оформляется: PDF и цифровое удостоверение будут готовы через несколько секунд.
verify-valid = Действителен
verify-trainer = Сертифицированный тренер
verify-attendance = Сертификат об участии
verify-holder = Кому выдан
verify-training = Тренинг
verify-organisers = Организаторы
verify-dates = Даты
verify-hours = Объём
# $hours may have a decimal (1.5): a decimal is [other] («1,5 часа»).
verify-hours-value =
    { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часа
    }
verify-attended = Посещаемость
# «из 1 занятия», «из 21 занятия», «из 5 занятий».
verify-attended-value =
    { $total ->
        [one] { $attended } из { $total } занятия
        [few] { $attended } из { $total } занятий
        [many] { $attended } из { $total } занятий
       *[other] { $attended } из { $total } занятия
    }
verify-outcome = Результат
verify-outcome-trainer = Сертифицированный тренер: может обучать других по теме этого тренинга
verify-outcome-attended = Участие в тренинге
verify-criteria = Критерии
verify-issued = Дата выдачи
verify-code = Код
verify-download = Скачать
verify-pdf = Сертификат (PDF)
verify-credential = Цифровое удостоверение Open Badges 3.0 (JSON)
verify-signed = подписанная версия (VC-JWT)
verify-authority = Решающее значение имеет эта страница: печатный сертификат действителен, только пока она это подтверждает. Адрес этой страницы: { $url }
verify-another = Проверить другой сертификат
verify-code-label = Код сертификата
verify-placeholder = Другой код, например { $example }
verify-check = Проверить
lookup-title = Проверка сертификата
lookup-lead = Введите код, напечатанный на сертификате под QR-кодом.
lookup-not-found = Сертификат не найден
lookup-not-found-text = Сертификата с таким кодом нет. Проверьте каждый символ: код состоит из 12 букв и цифр, например { $example }.
lookup-hint = 12 букв и цифр; дефисы, пробелы и регистр букв не важны.

## Self check-in to a session

checkin-title = Отметка о присутствии
checkin-ok-title = Присутствие отмечено
checkin-failed-title = Присутствие не отмечено
checkin-ok = Ваше присутствие отмечено. Хорошего занятия!
checkin-failed = Отметиться не удалось: отметка открывается незадолго до начала занятия и закрывается с его окончанием, а код ведущего должен совпадать с тем, который сообщил ведущий.
checkin-back = Вернуться к вашей регистрации

## The error page
error-not-found-text = По этому адресу страницы нет. Возможно, ссылка набрана с ошибкой или устарела.
error-forbidden-text = У вас нет доступа к этой странице.
error-csrf-text = Срок действия формы истёк, или она отправлена не с этого сайта. Обновите страницу и попробуйте ещё раз.
error-rate-limited-text = Слишком много запросов. Попробуйте ещё раз через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
error-unavailable-text = Сервис перегружен. Попробуйте ещё раз чуть позже.
error-internal-text = На нашей стороне произошла ошибка. Попробуйте ещё раз чуть позже.
error-too-large-text = Отправленные данные слишком велики.
error-other-text = Не удалось обработать запрос. Причина (на английском языке):

## The certificate PDF (its fixed wording; the name, title and organisers are as written)
pdf-title = Сертификат – { $name }
pdf-heading-trainer = Сертифицированный тренер
pdf-heading-attendance = Сертификат об участии
pdf-preamble = Настоящий сертификат удостоверяет, что
# Followed by the training's title. Present tense: no past-tense verb that would show the holder's gender.
pdf-achievement-trainer = по итогам программы подготовки тренеров имеет статус сертифицированного тренера и может обучать других по теме
pdf-achievement-attendance = является участником тренинга
# $organisers: the organisations' names, "Министерство образования · UNICEF"
pdf-organised-by = Организаторы: { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = Дата выдачи: { $date }
# followed by the code, in bold
pdf-code-label = Код сертификата
pdf-verify = Проверить подлинность: { $url }
