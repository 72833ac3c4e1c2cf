# Cascade — the trainer space, the public impact page and the e-mails trainers get (ru).
# Русский перевод en/trainers.ftl: те же идентификаторы сообщений.
# Термины (см. GLOSSARY.md): сертифицированный тренер, кабинет тренера, отчёт о воздействии,
# коэффициент мультипликации, поколение, каскад, внести (тренинг), заявленный, проверка, подтверждён.

## The impact report: the public page (anyone), and the organisers' view of the same figures
impact-page-title = Отчёт о воздействии: { $title }
impact-queue-link = Очередь на проверку
impact-heading-training = Каскад тренинга «{ $title }»
# $title: an organisation's name.
impact-heading-organisation = Каскады тренингов организации { $title }
# «Охват: 120 человек в 3 странах за 2 поколения каскада благодаря 15 тренингам и 8 сертифицированным тренерам.»
impact-lead = Охват: { $people ->
        [one] { $people } человек
        [few] { $people } человека
        [many] { $people } человек
       *[other] { $people } человека
    } в { $countries ->
        [one] { $countries } стране
       *[other] { $countries } странах
    } за { $generations ->
        [one] { $generations } поколение
        [few] { $generations } поколения
        [many] { $generations } поколений
       *[other] { $generations } поколения
    } каскада благодаря { $trainings ->
        [one] { $trainings } тренингу
       *[other] { $trainings } тренингам
    } и { $trainers ->
        [one] { $trainers } сертифицированному тренеру
       *[other] { $trainers } сертифицированным тренерам
    }.
# $date: the date and time the figures were computed
impact-as-of = Данные на { $date }.
impact-as-of-updating = Данные на { $date }; более свежие данные сейчас рассчитываются: обновите страницу чуть позже.
impact-utc = { $time } UTC
# Followed by the number.
impact-multiplier = Коэффициент мультипликации:
impact-multiplier-formula = охвачено в поколениях 1 и далее ÷ сертифицировано тренеров в поколении 0: { $below } ÷ { $trainers }.
impact-verified-view = Показаны только подтверждённые данные: заявленный тренинг учитывается после того, как его подтвердит организатор.
impact-show-all = Показать все заявленные данные
impact-all-view = Показаны все заявленные данные, как подтверждённые, так и нет ({ $awaiting ->
        [one] { $awaiting } заявленный тренинг ожидает проверки
        [few] { $awaiting } заявленных тренинга ожидают проверки
        [many] { $awaiting } заявленных тренингов ожидают проверки
       *[other] { $awaiting } заявленного тренинга ожидают проверки
    }).
impact-show-verified = Показать только подтверждённые данные
impact-set-aside = { $count ->
        [one] { $count } заявленный тренинг по отозванному сертификату сохранён, но не учитывается.
        [few] { $count } заявленных тренинга по отозванным сертификатам сохранены, но не учитываются.
        [many] { $count } заявленных тренингов по отозванным сертификатам сохранены, но не учитываются.
       *[other] { $count } заявленного тренинга по отозванным сертификатам сохранены, но не учитываются.
    }
impact-public-note = Данные приведены так, как их сообщили тренеры; участники тренингов, проведённых в Cascade, зарегистрированные поимённо, учитываются по одному разу. Группы меньше { $min } человек не детализируются.
impact-by-generation = По поколениям
impact-by-age = По возрастным группам
impact-by-country = По странам
impact-by-month = По месяцам
impact-col-generation = Поколение
impact-col-trainings = Тренинги (в Cascade + заявленные)
impact-col-certified = Сертифицировано тренеров
impact-col-active = Активные тренеры
impact-col-people = Охвачено человек (поимённо + заявлено)
impact-col-countries = Страны
impact-col-hours = Часы
impact-col-country = Страна
impact-col-month = Месяц
impact-col-people-reached = Охвачено человек
impact-no-country = Данных по странам пока нет.
impact-no-month = Данных по месяцам пока нет.
impact-all-generations = Все поколения
# a generation's short name: П0 trained the first trainers, П1 was trained by them, … (П = поколение)
impact-generation-short = П{ $generation }
impact-not-recorded = Не указано
impact-download = Скачать
impact-csv-generations = Поколения (CSV)
impact-csv-countries = Страны (CSV)
impact-csv-months = Месяцы (CSV)
impact-json = Все данные в формате JSON (API)
impact-public-page = Публичная страница
# $link: the page's address, as a link
impact-public-on = Публичная страница отчёта о воздействии открыта по адресу: { $link }
impact-public-on-note = (только сводные данные; группы меньше { $min } человек не детализируются).
impact-public-off = Публичная страница отчёта о воздействии отключена.
impact-public-switch-off = Отключить публичную страницу
impact-public-switch-on = Включить публичную страницу
## the charts (SVG, read by screen readers as an image with a description)
impact-chart-generations = Поколения
impact-chart-months = Охват по месяцам
impact-chart-countries = Охват по странам
impact-chart-sex = Охват по полу
impact-chart-cascade = Каскад по поколениям
impact-chart-generation-desc = Поколение { $generation }: { $trainings ->
        [one] { $trainings } тренинг
        [few] { $trainings } тренинга
        [many] { $trainings } тренингов
       *[other] { $trainings } тренинга
    }, { $trainers ->
        [one] { $trainers } сертифицированный тренер
        [few] { $trainers } сертифицированных тренера
        [many] { $trainers } сертифицированных тренеров
       *[other] { $trainers } сертифицированного тренера
    }, охват — { $people ->
        [one] { $people } человек
        [few] { $people } человека
        [many] { $people } человек
       *[other] { $people } человека
    }
impact-chart-generation-line = { $trainings ->
        [one] { $trainings } тренинг
        [few] { $trainings } тренинга
        [many] { $trainings } тренингов
       *[other] { $trainings } тренинга
    } · { $trainers ->
        [one] { $trainers } сертифицированный тренер
        [few] { $trainers } сертифицированных тренера
        [many] { $trainers } сертифицированных тренеров
       *[other] { $trainers } сертифицированного тренера
    } · активных: { $active }
impact-chart-people = { $people ->
        [one] { $people } человек
        [few] { $people } человека
        [many] { $people } человек
       *[other] { $people } человека
    }
impact-chart-nobody = Охват пока нулевой.
impact-chart-nothing = Нет данных для отображения.

## The trainer space: certified trainers log the trainings they deliver
trainer-space = Кабинет тренера
trainer-space-lead = Здравствуйте, { $name }! Вносите сюда каждый проведённый вами тренинг: охваченные вами люди попадут в отчёт о воздействии программы, поколение за поколением.
trainer-no-certificate = У вас пока нет сертификата тренера. Сертификаты тренера выдаются по итогам программы подготовки тренеров; как только вы получите такой сертификат, он появится здесь.
trainer-certified-since = Сертифицированный тренер с { $date }
# followed by the certificate's code, a link
trainer-certificate = сертификат
trainer-revoked = Отозван
trainer-log-delivered = Внести проведённый тренинг
trainer-revoked-note = Этот сертификат отозван: вносить по нему новые тренинги нельзя, а уже внесённые сохраняются с пометкой и не учитываются в данных.
trainer-revoked-note-reason = Этот сертификат отозван ({ $reason }): вносить по нему новые тренинги нельзя, а уже внесённые сохраняются с пометкой и не учитываются в данных.
trainer-nothing-yet = По этому сертификату пока не проведено ни одного тренинга.
trainer-delivered-under = Тренинги, проведённые по сертификату { $code }
trainer-col-training = Тренинг
trainer-col-when = Когда
trainer-col-where = Где
trainer-col-participants = Участники
trainer-col-status = Статус
trainer-hosted = Проводится в Cascade: регистрация, посещаемость и сертификаты ведутся там
trainer-host = Провести тренинг в Cascade
trainer-host-lead = Проводите тренинг здесь — с регистрацией, приглашениями, учётом посещаемости и сертификатами, — и тренеры, которых вы сертифицируете, станут следующим поколением и будут сами вносить свои тренинги.
trainer-host-certificate = По какому сертификату
trainer-field-title = Название
trainer-host-kind = Вид
trainer-host-timezone = Часовой пояс
trainer-host-timezone-hint = В виде города, например Asia/Ulaanbaatar или Europe/Belgrade
trainer-field-language = Язык
trainer-host-language-hint = Код языка, например mn, sq, uz
trainer-host-organisation = Ваша организация
trainer-host-country = Страна организации
trainer-choose = Выберите…
trainer-host-create = Создать тренинг (черновик)
## signing in to the trainer space
trainer-sign-in-title = Кабинет тренера: вход
trainer-sign-in-heading = Ваш кабинет тренера
trainer-sign-in-lead = Здесь сертифицированные тренеры вносят проведённые ими тренинги. Пароль не нужен: мы пришлём вам по электронной почте ссылку для входа.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = Эта ссылка относится к сертификату, выданному на адрес { $masked }. Мы можем отправить ссылку для входа на этот адрес.
trainer-sign-in-send = Прислать ссылку для входа
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = Это не ваш адрес? { $link }.
trainer-sign-in-other = Войти с другим адресом электронной почты
trainer-sign-in-email = Адрес электронной почты, указанный в вашем сертификате
# $link: trainer-sign-in-usual as a link (accusative: «через обычную страницу входа»)
trainer-sign-in-organisers = Организаторы входят через { $link }.
trainer-sign-in-usual = обычную страницу входа
trainer-sign-in-sent = { $minutes ->
        [one] Если на адрес { $email } выдан сертификат тренера, ссылка для входа уже отправлена. Она одноразовая и действует { $minutes } минуту.
        [few] Если на адрес { $email } выдан сертификат тренера, ссылка для входа уже отправлена. Она одноразовая и действует { $minutes } минуты.
        [many] Если на адрес { $email } выдан сертификат тренера, ссылка для входа уже отправлена. Она одноразовая и действует { $minutes } минут.
       *[other] Если на адрес { $email } выдан сертификат тренера, ссылка для входа уже отправлена. Она одноразовая и действует { $minutes } минуты.
    }
## the names of kinds, statuses, modes and decisions
# Masculine: they qualify «тренинг».
trainings-status-draft = Черновик
trainings-status-published = Опубликован
trainings-status-cancelled = Отменён
trainings-status-completed = Завершён
downstream-trainings-status-submitted = Ожидает проверки
downstream-trainings-status-needs-information = Запрошены дополнительные сведения
downstream-trainings-status-verified = Подтверждён
downstream-trainings-status-rejected = Отклонён
downstream-trainings-mode-online = Онлайн
downstream-trainings-mode-in-person = Очно
downstream-trainings-mode-hybrid = Смешанный формат
## logging a delivered training
trainer-log-title = Внести тренинг
trainer-status = Статус:
trainer-conversation = Переписка с организаторами
trainer-message-answer = ответ
trainer-message-verified = подтверждён
trainer-message-needs-information = запрошены дополнительные сведения
trainer-message-rejected = отклонён
trainer-under-certificate = Проведён по сертификату
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }, { $date })
trainer-sessions = Занятия
trainer-sessions-hint = Одна строка — одно занятие: его дата и продолжительность в часах. Добавляйте занятия по мере их проведения; пустые строки не учитываются, а после сохранения появятся новые пустые строки.
trainer-day = Дата
trainer-hours = Часы
trainer-session-day = Занятие { $number }: дата
trainer-session-hours = Занятие { $number }: часы
trainer-mode = Формат
trainer-country = Страна
trainer-region = Регион или область
trainer-city = Город или населённый пункт
trainer-language-hint = Код языка, например mn, sq, uz, en
trainer-audience = Организации участников
trainer-audience-hint = например, администрация города Дархан; областное управление по борьбе с коррупцией
trainer-total = Всего участников
trainer-by-sex = По полу (сумма должна совпадать с общим числом; если не учитывалось, оставьте все поля пустыми)
trainer-by-age = По возрастным группам (сумма должна совпадать с общим числом; если не учитывалось, оставьте все поля пустыми)
trainer-disability = Участники с инвалидностью (необязательно)
trainer-disability-hint = По краткому набору вопросов Вашингтонской группы
trainer-curriculum = Версия учебной программы
trainer-curriculum-hint = Версия использованных учебных материалов, например 2023.1
trainer-evidence = Подтверждающие документы
# $size: "10 МБ"
trainer-evidence-file = Лист присутствия: скан или фото (PDF, JPEG или PNG, не более { $size })
trainer-evidence-stored = Сохранён файл: { $name }.
trainer-download = Скачать
trainer-evidence-replace = Выберите файл, чтобы заменить его.
trainer-evidence-url = Или ссылка на него
trainer-notes = Примечания (и ответы на вопросы организаторов)
trainer-save = Сохранить изменения
trainer-log = Внести тренинг
trainer-verified-locked = Этот тренинг подтверждён: изменить его больше нельзя.
trainer-saved = Сохранено. Организаторы вышестоящего тренинга проверят ваш тренинг.
## what a field of the trainer's forms must hold, shown with the field when it does not (in
## English the error's own, more specific sentence is shown instead)
field-error-certificate_code = Выберите один из ваших действующих сертификатов тренера.
field-error-title = Введите название тренинга в одну строку (не более 200 символов).
field-error-session_date = Введите дату каждого занятия; вносить можно только уже проведённые занятия.
field-error-session_hours = Введите продолжительность каждого занятия в часах числом, например 3 или 1,5.
field-error-region = Введите регион или область в одну строку (не более 100 символов) или оставьте поле пустым.
field-error-city = Введите город или населённый пункт в одну строку (не более 100 символов).
field-error-language = Введите код языка, например mn, sq, uz или en.
field-error-audience_organisations = Введите организации участников (не более 1000 символов) или оставьте поле пустым.
field-error-participants_total = Введите число участников (целое число).
field-error-sex_count = Введите целые числа по полу так, чтобы их сумма совпадала с общим числом, или оставьте все эти поля пустыми.
field-error-age_count = Введите целые числа по возрастным группам так, чтобы их сумма совпадала с общим числом, или оставьте все эти поля пустыми.
field-error-with_disability = Введите целое число, не превышающее общее число участников, или оставьте поле пустым.
field-error-curriculum_version = Введите версию учебной программы в одну строку (не более 100 символов) или оставьте поле пустым.
field-error-evidence = Выберите файл PDF, JPEG или PNG не больше указанного размера.
field-error-evidence_url = Введите веб-адрес, начинающийся с https://, или оставьте поле пустым.
field-error-notes = Введите примечания (не более 5000 символов).
field-error-kind = Выберите вид тренинга из списка.
field-error-timezone = Введите часовой пояс в виде города, например Asia/Ulaanbaatar или Europe/Belgrade.
field-error-organisation_name = Введите название вашей организации в одну строку (не более 200 символов).
field-error-organisation_country = Выберите страну вашей организации из списка.
