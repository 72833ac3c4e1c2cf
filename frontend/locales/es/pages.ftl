# Cascade: páginas que leen los participantes y elementos comunes a todas las páginas.
# Traducción al español de en/pages.ftl: mismos identificadores de mensajes.
# Términos (véase GLOSSARY.md): formación, sesión, organizadores, inscripción, certificado,
# lista de espera, zona horaria, participante, aviso de privacidad.

## Every page

skip-to-content = Ir al contenido
brand-home = Inicio de Cascade
nav-main = Menú principal
nav-my-trainings = Mis formaciones
nav-organisations = Organizaciones
nav-trainer-space = Espacio de formadores
nav-to-verify = Por verificar
nav-password = Contraseña
# "Salir" / "Acceder" instead of "Cerrar/Iniciar sesión": "sesión" is reserved for a training session.
nav-sign-out = Salir ({ $name })
nav-sign-in = Acceder
footer-about = Cascade: formación de formadores, de la planificación a la cascada.
footer-api = API
footer-mailbox = Buzón
footer-mailbox-note = (correos capturados localmente)
language-switcher = Idioma
# The title of a page, after the page's own: "Inscripción: Portal de informes · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = Página no encontrada
error-not-allowed = Acceso no permitido
error-server = Se ha producido un error
error-other = No se pudo completar la acción
# $link: a link whose text is error-start-page.
error-back = Use el botón Atrás de su navegador o { $link }.
error-start-page = vuelva a la página de inicio
error-summary = Hay un problema

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes: "1 h 30 min".
duration =
    { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [one] { $time } +{ $days } día
       *[other] { $time } +{ $days } días
    }

## The public page of a training

# $dates: one date, or two dates joined by date-span.
public-took-place = Esta formación ya se celebró ({ $dates }).
public-registration-closed = Las inscripciones están cerradas.
public-invitation-only = Inscripción solo por invitación.
public-register = Inscribirse
public-add-to-calendar = Añadir al calendario (.ics)
# A heading above the list of organising organisations.
public-organised-by = Organizadores
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = organización principal
public-contact = ¿Tiene preguntas? Escriba a los organizadores:
public-schedule = Horario
public-schedule-zones = Horas en la zona horaria de la formación ({ $zone }) y en cada país organizador.
public-about = Descripción
public-language = Idioma: { $language }
public-places =
    { $count ->
        [one] { $count } plaza
       *[other] { $count } plazas
    }
public-registration-mode = Inscripción: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: qué datos se guardan sobre usted al inscribirse, durante cuánto tiempo y cómo pedir que se borren.
public-privacy-link = Aviso de privacidad

## The schedule table

schedule-region = Horario en cada zona horaria
schedule-caption = Sesiones en cada zona horaria
schedule-session = Sesión
schedule-training-zone = (formación)
schedule-your-time = Su hora
schedule-night = noche

## The registration form

form-title = Inscripción: { $title }
form-heading = Inscripción
# $reason: one of the form-closed-* messages below.
form-closed = Las inscripciones están cerradas: { $reason }.
form-closed-ended = esta formación ya se celebró ({ $dates })
form-closed-window = el plazo de inscripción terminó el { $date }
form-closed-not-open = las inscripciones se abren el { $date }
form-closed-cancelled = esta formación se ha cancelado
form-closed-completed = esta formación ha finalizado
form-closed-unpublished = esta formación no está abierta a inscripciones
form-invitation-only = Esta formación es solo por invitación. Si ha recibido una invitación, use el enlace personal que figura en el correo de invitación.
form-full-title = Esta formación está completa.
form-full-text = Aún puede inscribirse: entrará en la lista de espera y obtendrá una plaza en cuanto quede una libre; le avisaremos por correo electrónico.
form-approval = Los organizadores aprueban cada inscripción; recibirá su respuesta por correo electrónico.
form-email = Dirección de correo electrónico
form-email-hint = Le enviaremos un enlace para confirmarla.
form-email-invited = Su invitación corresponde a esta dirección.
form-consent = Acepto que los organizadores guarden estos datos para gestionar la formación e informar, de forma anónima, de cuántas personas ha alcanzado.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = El { $link } indica qué datos se guardan, durante cuánto tiempo y cómo pedir que se borren.
form-privacy-link = aviso de privacidad
form-submit = Inscribirse
form-submit-waitlist = Inscribirse en la lista de espera

## A person's details (the form and the participant page)

person-full-name = Nombre completo
person-organisation = Organización
person-organisation-hint = La organización en la que trabaja.
person-country = País
person-choose = Elija…
person-sex = Sexo
person-sex-hint = (opcional; para los informes que cuentan cuántas mujeres y cuántos hombres se han alcanzado)
person-not-given = No indicado
person-age = Edad
person-optional = (opcional)

# Errors on the form, by field: what the field must hold.
field-error-email = Introduzca una dirección de correo electrónico que pueda recibir mensajes, por ejemplo nombre@example.org.
field-error-full_name = Introduzca su nombre completo en una sola línea (200 caracteres como máximo).
field-error-organisation = Introduzca su organización en una sola línea (200 caracteres como máximo).
field-error-country = Elija su país en la lista.
field-error-sex = Elija una de las opciones, o «No indicado».
field-error-age_band = Elija un grupo de edad en la lista, o «No indicado».
field-error-consent = Marque la casilla para dar su consentimiento; de lo contrario, los organizadores no pueden conservar su inscripción.
field-error-csrf = El formulario ha caducado o no procede de este sitio; vuelva a cargar la página e inténtelo de nuevo.
field-error-rate-limited = Demasiadas inscripciones desde esta red o para esta dirección; inténtelo de nuevo más tarde.
field-error-other = No se pudo completar la acción: revise el formulario e inténtelo de nuevo.

## After registering

inbox-title = Revise su bandeja de entrada
inbox-sent = Hemos enviado un correo electrónico a la dirección que indicó para la formación «{ $title }».
inbox-open-link =
    { $hours ->
        [one] Abra el enlace que contiene para confirmar su inscripción. El enlace es válido durante { $hours } hora.
       *[other] Abra el enlace que contiene para confirmar su inscripción. El enlace es válido durante { $hours } horas.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = ¿No ha recibido nada después de unos minutos? Revise la carpeta de correo no deseado o { $link } para recibir un nuevo enlace.
inbox-register-again = vuelva a inscribirse

confirm-title = Confirme su inscripción
confirm-for = Formación: «{ $title }».
confirm-button = Confirmar mi inscripción
confirm-invalid-title = Este enlace ya no funciona
confirm-invalid = Los enlaces de confirmación solo sirven una vez y caducan. Este ya se utilizó, ha caducado o no es válido.
confirm-invalid-next = ¿Ya ha confirmado su inscripción? El enlace a su página de inscripción está en el correo que le enviamos tras la confirmación. Si no es así, vuelva a inscribirse: le enviaremos un nuevo enlace a la misma dirección y seguirá teniendo una sola inscripción.
confirm-register-again = Volver a inscribirse

## The participant's own page

participant-title = Su inscripción: { $title }
participant-yours = Su inscripción
participant-waitlisted = La formación está completa. Está en la lista de espera y recibirá un correo con la invitación en cuanto quede una plaza libre.
participant-awaiting = Los organizadores aún no han tomado una decisión. Recibirá un correo electrónico.
participant-cancelled = Esta inscripción está cancelada.
participant-register-again = Volver a inscribirse
participant-pending = Confirme su dirección de correo electrónico con el enlace que le enviamos.
participant-schedule = Horario
participant-zone-yours = Horas en su zona horaria ({ $zone }).
participant-zone-both = Horas en su zona horaria ({ $zone }); debajo de cada hora, en la zona horaria de la formación ({ $training_zone }).
participant-join = Unirse a la sesión
# $time: a date and a clock time, e.g. "14 de febrero de 2023, 8:45".
participant-join-from = El enlace para unirse aparecerá aquí a partir del { $time }.
participant-check-in = Estoy aquí: registrar mi asistencia
# Read by screen readers after participant-check-in.
participant-check-in-to = a la sesión «{ $session }»
participant-host-code = o el código del anfitrión
participant-google = Añadir a Google Calendar
participant-outlook = Añadir a Outlook
participant-download = Descargar el calendario (.ics)
participant-subscribe = Suscribirse desde su aplicación de calendario
participant-stays-current = (se actualiza cuando cambia el horario)
participant-details = Sus datos
participant-save = Guardar mis datos
participant-cannot-come = ¿No puede asistir?
participant-cancel = Cancelar mi inscripción
participant-cancel-note = Su plaza pasará a la primera persona de la lista de espera.
participant-privacy = Privacidad
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = El { $link } indica qué datos se guardan sobre usted y durante cuánto tiempo.
participant-privacy-link = aviso de privacidad
participant-erase-link = Borrar sus datos
participant-language = Idioma de sus correos, invitaciones y certificado
participant-language-save = Usar este idioma
participant-saved = Sus datos se han guardado.
participant-language-saved = Sus correos, invitaciones y certificado estarán en este idioma.
participant-cancelled-notice = Su inscripción se ha cancelado.
participant-welcome-confirmed = Su inscripción está confirmada. La invitación de calendario llegará en breve a su bandeja de entrada.
participant-welcome-waitlisted = Su dirección de correo electrónico está confirmada. La formación está completa: está en la lista de espera.
participant-welcome-awaiting = Su dirección de correo electrónico está confirmada. Los organizadores revisarán su inscripción.

## The privacy notice of a training

privacy-title = Aviso de privacidad: { $title }
privacy-heading = Aviso de privacidad
privacy-lead = Qué datos se guardan sobre usted al inscribirse en «{ $title }», durante cuánto tiempo y cómo pedir que se borren.
privacy-who = Responsables
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) y C (Ruanda)")
privacy-who-text = Los organizadores: { $organisations }. Gestionan la formación con Cascade, el software de este sitio.
privacy-write-to = Puede escribirles a:
# Joins the last two items of a list: "A y B"; other items are joined with ", ".
list-and = { $first } y { $last }
list-comma = { $first }, { $rest }
privacy-what = Qué se guarda
privacy-what-given = Lo que usted indica al inscribirse: su dirección de correo electrónico, nombre, organización y país, así como su sexo y grupo de edad si decide indicarlos; la fecha en que aceptó que se guardaran.
privacy-what-status = El estado de su inscripción (pendiente de confirmación, confirmada, en lista de espera, cancelada…).
privacy-what-attendance = Su asistencia a cada sesión, tal como la registran los organizadores o la importan de los informes de Zoom o Teams.
privacy-what-certificate = Su certificado, si lo obtiene.
privacy-what-mails = Los correos que se le envían: confirmación, invitaciones de calendario, recordatorios y cambios.
privacy-why = Para qué se usa
privacy-why-text = Para gestionar la formación: confirmar su plaza, enviarle las invitaciones de calendario, los recordatorios y los cambios, registrar la asistencia y emitir certificados. Y para informar a los financiadores del programa de cuántas personas ha alcanzado la formación, por país, sexo y grupo de edad, de forma anónima.
privacy-who-sees = Quién lo ve
privacy-who-sees-text = Los organizadores de la formación y los administradores de este sitio. Nada de ello aparece en las páginas públicas. Un certificado muestra su nombre a cualquier persona que tenga su código: así es como otros pueden verificarlo.
privacy-how-long = Cuánto tiempo se guarda
privacy-erased-after =
    { $days ->
        [one] Su dirección de correo electrónico, su nombre y su organización se borran { $days } día después de la última sesión de la formación. Su país, sexo y grupo de edad siguen contando en las estadísticas, de forma anónima.
       *[other] Su dirección de correo electrónico, su nombre y su organización se borran { $days } días después de la última sesión de la formación. Su país, sexo y grupo de edad siguen contando en las estadísticas, de forma anónima.
    }
privacy-erased-on = Es decir, el { $date }.
privacy-kept-until-erased = Cascade no borra sus datos por sí solo: se guardan hasta que usted los borre o pida a los organizadores que lo hagan (véase más abajo). Su país, sexo y grupo de edad siguen entonces contando en las estadísticas, de forma anónima.
privacy-mails-deleted =
    { $days ->
        [one] Los correos que se le envían se eliminan { $days } día después de su envío.
       *[other] Los correos que se le envían se eliminan { $days } días después de su envío.
    }
privacy-mails-kept = Los correos que se le envían se guardan mientras exista su inscripción; si borra sus datos, también se eliminan.
privacy-reports = Los informes de asistencia que los organizadores importan de Zoom o Teams se conservan con la formación tal como se subieron, con los nombres y las direcciones de correo que contienen; borrar sus datos no los modifica. Consulte a los organizadores sobre ellos.
privacy-certificate-stays = El certificado se conserva, con su nombre, para que pueda seguir verificándose; los organizadores pueden revocarlo si usted lo solicita.
privacy-erasing = Cómo borrar sus datos
privacy-erasing-text = Abra su inscripción (el enlace figura en todos los correos que le hemos enviado) y elija «Borrar mis datos». Si aún tiene una plaza, primero se cancela, para que pase a la siguiente persona de la lista de espera. El borrado no se puede deshacer.
privacy-lost-mails = ¿Ha perdido los correos o quiere saber qué datos se guardan sobre usted? Escriba a los organizadores: pueden mostrarle sus datos y borrarlos por usted.

## Erasing one's details

erase-title = Borrar sus datos: { $title }
erase-back = Su inscripción
erase-heading = ¿Borrar sus datos?
erase-what = Para la formación «{ $title }», esta acción borra su dirección de correo electrónico ({ $email }), su nombre y su organización, así como los correos que ya se le enviaron.
erase-cancels = Primero se cancela su inscripción: recibirá un último correo que elimina las sesiones de su calendario, y su plaza pasará a la siguiente persona de la lista de espera.
erase-stays = Su país, sexo y grupo de edad se mantienen, sin su nombre, en el recuento de personas alcanzadas por la formación. Un certificado que ya se le haya emitido se conserva, para que pueda seguir verificándose.
erase-final = Esta acción no se puede deshacer y el enlace de esta página dejará de funcionar.
erase-button = Borrar mis datos
erased-title = Sus datos se han borrado
erased-text = Su dirección de correo electrónico, su nombre y su organización ya no se guardan para «{ $title }», y el enlace a su inscripción ya no funciona.

## Values people choose or see

trainings-kind-tot = Formación de formadores
trainings-kind-technical-webinar = Seminario web técnico
trainings-kind-e-consultation = Consulta en línea
trainings-kind-peer-exchange = Intercambio entre pares
trainings-registration-mode-open = Abierta
trainings-registration-mode-approval = Con aprobación de un organizador
trainings-registration-mode-invitation = Solo por invitación
registrations-status-pending = Pendiente de confirmación por correo electrónico
registrations-status-confirmed = Confirmada
registrations-status-waitlisted = En lista de espera
registrations-status-awaiting-approval = Pendiente de aprobación
registrations-status-invited = Invitación enviada
registrations-status-cancelled = Cancelada
registrations-status-declined = Rechazada
registrations-sex-female = Mujer
registrations-sex-male = Hombre
registrations-sex-another = Otro
registrations-sex-undisclosed = Prefiero no decirlo
registrations-age-band-under-25 = Menos de 25 años
registrations-age-band-25-34 = 25–34 años
registrations-age-band-35-44 = 35–44 años
registrations-age-band-45-54 = 45–54 años
registrations-age-band-55-64 = 55–64 años
registrations-age-band-65-plus = 65 años o más

## Checking a certificate (anyone with its code)

verify-title = Certificado { $code }
verify-kicker = Verificación de certificado
verify-revoked-on = Revocado el { $date }
verify-reason = Motivo:
verify-issuing = En proceso de emisión: el PDF y la credencial digital estarán listos en unos segundos.
verify-valid = Válido
verify-trainer = Certificación de formador
verify-attendance = Certificado de asistencia
verify-holder = Titular
verify-training = Formación
verify-organisers = Organizadores
verify-dates = Fechas
verify-hours = Horas
# $hours may have a decimal (1.5).
verify-hours-value =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
verify-attended = Asistencia
verify-attended-value =
    { $total ->
        [one] { $attended } de { $total } sesión
       *[other] { $attended } de { $total } sesiones
    }
verify-outcome = Resultado
verify-outcome-trainer = Certificación de formador: habilitación para formar a otras personas en el tema de esta formación
verify-outcome-attended = Asistencia a la formación
verify-criteria = Criterios
verify-issued = Fecha de emisión
verify-code = Código
verify-download = Descargas
verify-pdf = Certificado (PDF)
verify-credential = Credencial digital Open Badges 3.0 (JSON)
verify-signed = versión firmada (VC-JWT)
verify-authority = Esta página es la referencia oficial: un certificado impreso solo es válido mientras esta página así lo indique. Dirección de esta página: { $url }
verify-another = Verificar otro certificado
verify-code-label = Código del certificado
verify-placeholder = Otro código, p. ej., { $example }
verify-check = Verificar
lookup-title = Verificar un certificado
lookup-lead = Introduzca el código impreso en el certificado, debajo de su código QR.
lookup-not-found = Certificado no encontrado
lookup-not-found-text = Ningún certificado tiene este código. Compruebe cada carácter: el código tiene 12 letras y dígitos, como { $example }.
lookup-hint = 12 letras y dígitos; no importan los guiones, los espacios ni las minúsculas.

## Self check-in to a session

checkin-title = Registro de asistencia
checkin-ok-title = Asistencia registrada
checkin-failed-title = Asistencia no registrada
checkin-ok = Su asistencia ha quedado registrada. Que disfrute de la sesión.
checkin-failed = No se pudo registrar la asistencia: el registro se abre poco antes de la sesión y se cierra cuando esta termina, y el código del anfitrión debe ser el que el anfitrión haya indicado.
checkin-back = Volver a su inscripción

## The error page
error-not-found-text = No hay ninguna página en esta dirección. Puede que el enlace esté mal escrito o desactualizado.
error-forbidden-text = No tiene permiso para abrir esta página.
error-csrf-text = El formulario ha caducado o no procede de este sitio. Vuelva a cargar la página e inténtelo de nuevo.
error-rate-limited-text = Demasiadas solicitudes. Inténtelo de nuevo dentro de { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }.
error-unavailable-text = El servicio está saturado. Inténtelo de nuevo en unos momentos.
error-internal-text = Algo ha fallado por nuestra parte. Inténtelo de nuevo en unos momentos.
error-too-large-text = Lo que ha enviado es demasiado grande.
error-other-text = No se ha podido procesar la solicitud. El motivo, en inglés:

## The certificate PDF (its fixed wording; the name, title and organisers are as written)
pdf-title = Certificado – { $name }
pdf-heading-trainer = Certificación de formador
pdf-heading-attendance = Certificado de asistencia
pdf-preamble = Se certifica que
# Followed by the training's title; worded without the holder's gender.
pdf-achievement-trainer = ha completado la formación de formadores y ha obtenido la certificación para formar a otras personas en
pdf-achievement-attendance = ha asistido a
# $organisers: the organisations' names, "Ministerio de Educación · UNICEF"
pdf-organised-by = Organizadores: { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = Emitido el { $date }
# followed by the code, in bold
pdf-code-label = Código del certificado
pdf-verify = Verifíquelo en { $url }
