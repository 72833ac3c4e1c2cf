# Cascade — the trainer space, the public impact page and the e-mails trainers get (es).
# Traducción al español de en/trainers.ftl: mismos identificadores de mensajes.
# Términos (véase GLOSSARY.md): formador certificado, espacio de formadores, informe de impacto,
# efecto multiplicador, generación, cascada, registrar (una formación), declarado, verificar, comprobantes.

## The impact report: the public page (anyone), and the organisers' view of the same figures
impact-page-title = Impacto: { $title }
impact-queue-link = Cola de verificación
impact-heading-training = La cascada de «{ $title }»
# $title: an organisation's name.
impact-heading-organisation = Las cascadas de las formaciones de { $title }
impact-lead = { $people ->
        [one] { $people } persona alcanzada
       *[other] { $people } personas alcanzadas
    } a lo largo de { $generations ->
        [one] { $generations } generación
       *[other] { $generations } generaciones
    } en { $countries ->
        [one] { $countries } país
       *[other] { $countries } países
    }, gracias a { $trainings ->
        [one] { $trainings } formación
       *[other] { $trainings } formaciones
    } y { $trainers ->
        [one] { $trainers } formador certificado
       *[other] { $trainers } formadores certificados
    }.
# $date: the date and time the figures were computed
impact-as-of = Cifras a { $date }.
impact-as-of-updating = Cifras a { $date }; se están calculando cifras más recientes: vuelva a cargar la página en unos momentos.
impact-utc = { $time } UTC
# Followed by the number.
impact-multiplier = Efecto multiplicador:
impact-multiplier-formula = personas alcanzadas a partir de la generación 1 ÷ formadores certificados en la generación 0: { $below } ÷ { $trainers }.
impact-verified-view = Se muestran solo las cifras verificadas: una formación declarada cuenta cuando un organizador la ha verificado.
impact-show-all = Mostrar todas las cifras declaradas
impact-all-view = Se muestran todas las cifras declaradas, verificadas o no ({ $awaiting ->
        [one] { $awaiting } formación declarada pendiente de verificación
       *[other] { $awaiting } formaciones declaradas pendientes de verificación
    }).
impact-show-verified = Mostrar solo las cifras verificadas
impact-set-aside = { $count ->
        [one] { $count } formación declarada con un certificado revocado se conserva, pero no se incluye en las cifras.
       *[other] { $count } formaciones declaradas con certificados revocados se conservan, pero no se incluyen en las cifras.
    }
impact-public-note = Cifras tal como las han declarado los formadores; los participantes inscritos con nombre en formaciones organizadas en Cascade se cuentan una sola vez cada uno. Los grupos de menos de { $min } personas no se desglosan.
impact-by-generation = Por generación
impact-by-age = Por grupo de edad
impact-by-country = Por país
impact-by-month = Por mes
impact-col-generation = Generación
impact-col-trainings = Formaciones (organizadas en Cascade + declaradas)
impact-col-certified = Formadores certificados
impact-col-active = Formadores activos
impact-col-people = Personas alcanzadas (inscritas con nombre + declaradas)
impact-col-countries = Países
impact-col-hours = Horas
impact-col-country = País
impact-col-month = Mes
impact-col-people-reached = Personas alcanzadas
impact-no-country = Todavía no hay ningún país que mostrar.
impact-no-month = Todavía no hay ningún mes que mostrar.
impact-all-generations = Todas las generaciones
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = No registrado
impact-download = Descargas
impact-csv-generations = Generaciones (CSV)
impact-csv-countries = Países (CSV)
impact-csv-months = Meses (CSV)
impact-json = Todos los datos en JSON (API)
impact-public-page = Página pública
# $link: the page's address, as a link
impact-public-on = La página pública de impacto está activa en: { $link }
impact-public-on-note = (solo datos agregados; los grupos de menos de { $min } personas no se desglosan).
impact-public-off = La página pública de impacto está desactivada.
impact-public-switch-off = Desactivar la página pública
impact-public-switch-on = Activar la página pública
## the charts (SVG, read by screen readers as an image with a description)
impact-chart-generations = Generaciones
impact-chart-months = Personas alcanzadas por mes
impact-chart-countries = Personas alcanzadas por país
impact-chart-sex = Personas alcanzadas por sexo
impact-chart-cascade = La cascada, generación a generación
impact-chart-generation-desc = Generación { $generation }: { $trainings ->
        [one] { $trainings } formación
       *[other] { $trainings } formaciones
    }, { $trainers ->
        [one] { $trainers } formador certificado
       *[other] { $trainers } formadores certificados
    }, { $people ->
        [one] { $people } persona alcanzada
       *[other] { $people } personas alcanzadas
    }
impact-chart-generation-line = { $trainings ->
        [one] { $trainings } formación
       *[other] { $trainings } formaciones
    } · { $trainers ->
        [one] { $trainers } formador certificado
       *[other] { $trainers } formadores certificados
    } · { $active ->
        [one] { $active } activo
       *[other] { $active } activos
    }
impact-chart-people = { $people ->
        [one] { $people } persona
       *[other] { $people } personas
    }
impact-chart-nobody = Todavía no se ha alcanzado a ninguna persona.
impact-chart-nothing = No hay nada que mostrar.

## The trainer space: certified trainers log the trainings they deliver
trainer-space = Espacio de formadores
trainer-space-lead = Hola, { $name }. Registre cada formación que imparta: las personas a las que llegue aparecerán en el informe de impacto del programa, generación a generación.
trainer-no-certificate = Todavía no tiene ningún certificado de formador. Los certificados de formador se obtienen en una formación de formadores; cuando tenga uno, aparecerá aquí.
# Worded without the reader's gender.
trainer-certified-since = Certificación de formador desde el { $date }
# followed by the certificate's code, a link
trainer-certificate = certificado
trainer-revoked = Revocado
trainer-log-delivered = Registrar una formación impartida
trainer-revoked-note = Este certificado ha sido revocado: ya no se puede registrar nada con él, y lo que se registró se conserva, marcado, y no se incluye en las cifras.
trainer-revoked-note-reason = Este certificado ha sido revocado ({ $reason }): ya no se puede registrar nada con él, y lo que se registró se conserva, marcado, y no se incluye en las cifras.
trainer-nothing-yet = Todavía no hay ninguna formación impartida con este certificado.
trainer-delivered-under = Formaciones impartidas con el certificado { $code }
trainer-col-training = Formación
trainer-col-when = Fecha
trainer-col-where = Lugar
trainer-col-participants = Participantes
trainer-col-status = Estado
trainer-hosted = Organizada en Cascade: las inscripciones, la asistencia y los certificados se gestionan allí
trainer-host = Organizar una formación en Cascade
trainer-host-lead = Gestione aquí su formación (inscripciones, invitaciones, asistencia y certificados), y los formadores que certifique pasarán a ser la siguiente generación, que registrará a su vez sus propias formaciones.
trainer-host-certificate = Con qué certificado
trainer-field-title = Título
trainer-host-kind = Tipo
trainer-host-timezone = Zona horaria
trainer-host-timezone-hint = Como una ciudad, p. ej., Asia/Ulaanbaatar o Europe/Belgrade
trainer-field-language = Idioma
trainer-host-language-hint = Un código de idioma, p. ej., mn, sq, uz
trainer-host-organisation = Su organización
trainer-host-country = País de la organización
trainer-choose = Elija…
trainer-host-create = Crear la formación (borrador)
## signing in to the trainer space
trainer-sign-in-title = Espacio de formadores: acceso
trainer-sign-in-heading = Su espacio de formadores
trainer-sign-in-lead = Aquí los formadores certificados registran las formaciones que imparten. No se necesita contraseña: le enviamos por correo un enlace para acceder.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = Este enlace corresponde al certificado de { $masked }. Podemos enviar un enlace de acceso a esa dirección.
trainer-sign-in-send = Enviarme un enlace de acceso por correo
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = ¿No es su dirección? { $link }.
trainer-sign-in-other = Acceder con otra dirección de correo electrónico
trainer-sign-in-email = La dirección de correo electrónico que figura en su certificado
# $link: trainer-sign-in-usual as a link
trainer-sign-in-organisers = Los organizadores acceden desde la { $link }.
trainer-sign-in-usual = página habitual
trainer-sign-in-sent = { $minutes ->
        [one] Si { $email } tiene un certificado de formador, le hemos enviado un enlace de acceso. Solo funciona una vez, durante un minuto.
       *[other] Si { $email } tiene un certificado de formador, le hemos enviado un enlace de acceso. Solo funciona una vez, durante { $minutes } minutos.
    }
## the names of kinds, statuses, modes and decisions
# Feminine: they qualify «formación».
trainings-status-draft = Borrador
trainings-status-published = Publicada
trainings-status-cancelled = Cancelada
trainings-status-completed = Finalizada
downstream-trainings-status-submitted = Pendiente de verificación
downstream-trainings-status-needs-information = Se ha pedido más información
downstream-trainings-status-verified = Verificada
downstream-trainings-status-rejected = Rechazada
downstream-trainings-mode-online = En línea
downstream-trainings-mode-in-person = Presencial
downstream-trainings-mode-hybrid = Híbrida
## logging a delivered training
trainer-log-title = Registrar una formación
trainer-status = Estado:
trainer-conversation = Conversación con los organizadores
trainer-message-answer = respuesta
trainer-message-verified = verificada
trainer-message-needs-information = se ha pedido más información
trainer-message-rejected = rechazada
trainer-under-certificate = Impartida con el certificado
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }, { $date })
trainer-sessions = Sesiones
trainer-sessions-hint = Una fila por sesión: su fecha y sus horas. Añada las sesiones a medida que las imparta; las filas vacías se ignoran y, al guardar, aparecen nuevas filas vacías.
trainer-day = Fecha
trainer-hours = Horas
trainer-session-day = Sesión { $number }: fecha
trainer-session-hours = Sesión { $number }: horas
trainer-mode = Modalidad
trainer-country = País
trainer-region = Región o provincia
trainer-city = Ciudad o localidad
trainer-language-hint = Un código de idioma, p. ej., mn, sq, uz, en
trainer-audience = Organizaciones de los participantes
trainer-audience-hint = p. ej., Administración municipal de Darkhan; oficina provincial anticorrupción
trainer-total = Total de participantes
trainer-by-sex = Por sexo (la suma debe coincidir con el total; deje todo vacío si no se registró)
trainer-by-age = Por grupo de edad (la suma debe coincidir con el total; deje todo vacío si no se registró)
trainer-disability = Participantes con discapacidad (opcional)
trainer-disability-hint = Según el cuestionario breve del Grupo de Washington
trainer-curriculum = Versión del programa formativo
trainer-curriculum-hint = La versión del material de formación que utilizó, p. ej., 2023.1
trainer-evidence = Comprobantes
# $size: "10 MB"
trainer-evidence-file = La hoja de asistencia: un escaneo o una foto (PDF, JPEG o PNG, { $size } como máximo)
trainer-evidence-stored = Archivo guardado: { $name }.
trainer-download = Descargar
trainer-evidence-replace = Elija un archivo para sustituirlo.
trainer-evidence-url = O un enlace a ella
trainer-notes = Notas (y respuestas a las preguntas de los organizadores)
trainer-save = Guardar los cambios
trainer-log = Registrar la formación
trainer-verified-locked = Esta formación está verificada: ya no se puede modificar.
trainer-saved = Guardado. Los organizadores de los que depende su formación la verificarán.
## what a field of the trainer's forms must hold, shown with the field when it does not (in
## English the error's own, more specific sentence is shown instead)
field-error-certificate_code = Elija uno de sus certificados de formador vigentes.
field-error-title = Introduzca el título de la formación en una sola línea (200 caracteres como máximo).
field-error-session_date = Introduzca la fecha de cada sesión; solo se pueden registrar las sesiones que ya hayan tenido lugar.
field-error-session_hours = Introduzca las horas de cada sesión como un número, por ejemplo, 3 o 1,5.
field-error-region = Introduzca la región o provincia en una sola línea (100 caracteres como máximo), o deje el campo vacío.
field-error-city = Introduzca la ciudad o localidad en una sola línea (100 caracteres como máximo).
field-error-language = Introduzca un código de idioma, por ejemplo, mn, sq, uz o en.
field-error-audience_organisations = Introduzca las organizaciones de los participantes en 1000 caracteres como máximo, o deje el campo vacío.
field-error-participants_total = Introduzca el número de participantes como un número entero.
field-error-sex_count = Introduzca por sexo números enteros cuya suma coincida con el total, o deje todos estos campos vacíos.
field-error-age_count = Introduzca por grupo de edad números enteros cuya suma coincida con el total, o deje todos estos campos vacíos.
field-error-with_disability = Introduzca un número entero que no supere el total, o deje el campo vacío.
field-error-curriculum_version = Introduzca la versión del programa formativo en una sola línea (100 caracteres como máximo), o deje el campo vacío.
field-error-evidence = Elija un archivo PDF, JPEG o PNG que no supere el tamaño indicado.
field-error-evidence_url = Introduzca una dirección web que empiece por https://, o deje el campo vacío.
field-error-notes = Escriba las notas en 5000 caracteres como máximo.
field-error-kind = Elija un tipo de formación en la lista.
field-error-timezone = Introduzca una zona horaria como una ciudad, por ejemplo, Asia/Ulaanbaatar o Europe/Belgrade.
field-error-organisation_name = Introduzca el nombre de su organización en una sola línea (200 caracteres como máximo).
field-error-organisation_country = Elija el país de su organización en la lista.
