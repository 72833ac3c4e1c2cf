# Cascade: los correos que reciben los participantes sobre una formación y el texto de sus
# invitaciones de calendario. Traducción al español de en/mail.ftl: mismos identificadores de mensajes.
# Términos (véase GLOSSARY.md): formación, sesión, organizadores, inscripción, lista de espera,
# zona horaria, invitación de calendario, recordatorio, actualización, enlace para unirse.
# The training's title and session titles are the organisers' words (left as written).
# $url is a web address; $title the training's title; $session a session's title.

## Every e-mail

mail-hello = Hola, { $name }:
mail-or-copy = O copie este enlace: { $url }
mail-my-registration = Mi inscripción
mail-your-registration = Su inscripción: { $url }
mail-sessions-in-your-zone = Las sesiones, en su zona horaria:
mail-in-your-zone = En su zona horaria:
# Before a session's join link in the list of sessions.
mail-join = Unirse a la sesión:
mail-about-training = Sobre la formación: { $url }
mail-footer-sent = Enviado por Cascade en nombre de los organizadores de «{ $title }».
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = Enviado por Cascade en nombre de los organizadores de «{ $title }»: { $organisers }.
mail-footer-questions = ¿Tiene preguntas? Escriba a los organizadores: { $contact }
mail-footer-privacy = Cómo se guardan sus datos y cómo pedir que se borren
mail-footer-privacy-url = Cómo se guardan sus datos y cómo pedir que se borren: { $url }

## Confirm the e-mail address

mail-confirm-subject = Confirme su inscripción: { $title }
mail-confirm-text = Confirme su inscripción en «{ $title }» abriendo este enlace:
mail-confirm-html = Confirme su inscripción en «{ $title }».
mail-confirm-button = Confirmar mi inscripción
mail-confirm-once =
    { $hours ->
        [one] El enlace solo funciona una vez, durante { $hours } hora. Si no se ha inscrito, ignore este correo: no ocurrirá nada.
       *[other] El enlace solo funciona una vez, durante { $hours } horas. Si no se ha inscrito, ignore este correo: no ocurrirá nada.
    }

## Registered (a place is yours)

mail-registered-subject = Inscripción confirmada: { $title }
mail-registered = Su inscripción en «{ $title }» está confirmada.
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [one] La invitación de calendario adjunta añade la sesión a su calendario. No es necesario responder.
       *[other] La invitación de calendario adjunta añade la primera sesión a su calendario; cada una de las demás sesiones llega en un correo aparte, porque los calendarios solo leen un evento por invitación. No es necesario responder.
    }
mail-registered-manage = Su inscripción (horario, enlaces para su calendario, cambios, cancelación): { $url }
mail-registered-cancel = Para cancelarla, abra su inscripción.

## On the waiting list

mail-waitlisted-subject = En lista de espera: { $title }
mail-waitlisted = Su dirección de correo electrónico está confirmada. La formación «{ $title }» está completa, así que está en la lista de espera.
mail-waitlisted-next = En cuanto quede una plaza libre, será para usted y recibirá un correo con la invitación de calendario. Para salir de la lista de espera, cancele su inscripción.

## Waiting for the organisers' approval

mail-awaiting-subject = Inscripción recibida: { $title }
mail-awaiting = Gracias: su inscripción en «{ $title }» está confirmada y ahora queda pendiente de la aprobación de los organizadores. Le escribiremos cuando tomen una decisión.

## Declined

mail-declined-subject = Su inscripción en { $title }
mail-declined = Los organizadores de «{ $title }» no han podido aceptar su inscripción en esta ocasión.

## Registering again with a registration already there

mail-already-subject = Su inscripción en { $title }
mail-already = Usted (o alguien con su dirección) ha vuelto a solicitar la inscripción en «{ $title }».
mail-already-confirmed = Ya tiene una inscripción y su plaza está confirmada.
mail-already-waitlisted = Ya tiene una inscripción y está en la lista de espera.
mail-already-awaiting = Ya tiene una inscripción; está pendiente de la aprobación de los organizadores.
mail-already-declined = Ya tiene una inscripción; los organizadores la han rechazado.
mail-already-other = Ya tiene una inscripción: ábrala para ver en qué estado se encuentra.

## Cancelled

mail-cancelled-subject = Inscripción cancelada: { $title }
mail-cancelled = Su inscripción en «{ $title }» se ha cancelado.
mail-cancelled-calendar = Si las sesiones estaban en su calendario, este correo elimina la primera, y cada una de las demás se elimina con un correo aparte (los calendarios solo leen un evento por actualización).
mail-register-again = Volver a inscribirse
mail-register-again-url = Para volver a inscribirse: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (calendario)
mail-entry-adds = Este correo añade «{ $session }» a su calendario:
mail-entry-removes = Este correo elimina «{ $session }» de su calendario:
mail-entry-one-per = Los calendarios solo leen un evento por invitación, por lo que cada sesión de «{ $title }» llega en un correo aparte.
mail-entry-manage = Su inscripción (el horario completo, cambios, cancelación): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = Invitación: { $title }
mail-invitation = Ha recibido una invitación a «{ $title }». La inscripción es solo por invitación; este enlace es personal:
mail-invitation-button = Inscribirse

## A reminder before a session

mail-reminder-subject = Empieza pronto: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [one] Recordatorio: la sesión «{ $session }» empieza dentro de un día.
       *[other] Recordatorio: la sesión «{ $session }» empieza dentro de { $days } días.
    }
mail-reminder-hours =
    { $hours ->
        [one] Recordatorio: la sesión «{ $session }» empieza dentro de una hora.
       *[other] Recordatorio: la sesión «{ $session }» empieza dentro de { $hours } horas.
    }
mail-reminder-minutes =
    { $minutes ->
        [one] Recordatorio: la sesión «{ $session }» empieza dentro de { $minutes } minuto.
       *[other] Recordatorio: la sesión «{ $session }» empieza dentro de { $minutes } minutos.
    }

## The schedule changed

mail-changed-subject = Cambio de horario: { $title }
mail-changed-session = La sesión «{ $session }» ha cambiado:
mail-changed-added = Se ha añadido una sesión a «{ $title }»:
mail-changed-moved = La sesión «{ $session }» tiene un nuevo horario:
mail-change-time = Horario
mail-change-title = Título
mail-change-description = Descripción
mail-change-join-link = Enlace para unirse
mail-change-none = (sin especificar)
# After the new value, the value before the change.
mail-change-was = (antes: { $before })
mail-changed-update = La actualización adjunta modifica su calendario.

## A session is cancelled

mail-session-cancelled-subject = Sesión cancelada: { $title }
mail-session-cancelled = La sesión «{ $session }» se ha cancelado:
mail-session-cancelled-update = La actualización adjunta la elimina de su calendario.

## Why (a sentence added by what happened)

note-place-free = Se ha liberado una plaza.
note-place-free-yours = Se ha liberado una plaza y es para usted.
note-organisers-approved = Los organizadores han aprobado su inscripción.
note-organisers-registered = Los organizadores han realizado su inscripción.
note-organisers-cancelled = Los organizadores la han cancelado.
note-you-erased = Nos ha pedido que borremos sus datos.
note-organisers-erased = Los organizadores han borrado sus datos, a petición suya.
note-training-cancelled = Los organizadores han cancelado la formación.

## A session in an e-mail: "mar, 14 feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }, { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = Unirse a la sesión: { $url }
ics-your-registration = Su inscripción (para cancelarla, ábrala): { $url }
ics-training = Formación: { $url }

## The training is cancelled

mail-training-cancelled-subject = Formación cancelada: { $title }
mail-training-cancelled = Los organizadores han cancelado la formación «{ $title }». Si las sesiones de la formación estaban en su calendario, este correo elimina la primera, y cada una de las demás se elimina con un correo aparte (los calendarios solo leen un evento por actualización).

## Certificates: issued (the PDF attached) and revoked
# $role: «Certificación de formador» or «Certificado de asistencia» (verify-trainer / verify-attendance)
mail-cert-issued-subject = { $role }: su certificado de { $title }
mail-cert-issued-title = Su certificado
# Worded so that the verb does not agree with $organisers (one organisation or several).
mail-cert-issued = Enhorabuena: ha obtenido su certificado de «{ $title }» ({ $role }), emitido por { $organisers }.
# the code follows on its own line, then the link
mail-cert-attached = Su certificado va adjunto en PDF. Cualquier persona puede verificarlo con su código, { $code }, en su página de verificación:
mail-cert-see = Ver su certificado
mail-cert-credential = Su credencial digital Open Badges
mail-cert-linkedin = Añadirlo a su perfil de LinkedIn
mail-cert-trainer-space = Su espacio de formadores: registre las formaciones que imparta
mail-cert-revoked-subject = Se ha revocado su certificado de { $title }
mail-cert-revoked-title = Se ha revocado su certificado
mail-cert-revoked = Los organizadores de «{ $title }» ({ $organisers }) han revocado su certificado.
mail-cert-revoked-reason = El motivo que indican: { $reason }
mail-cert-revoked-page = La página de verificación ahora lo muestra como revocado:
mail-cert-revoked-mistake = Si cree que se trata de un error, responda a los organizadores.

## Signing in (organisers and trainers) and choosing a new password
mail-link-works-once = { $minutes ->
        [one] El enlace solo funciona una vez, durante un minuto.
       *[other] El enlace solo funciona una vez, durante { $minutes } minutos.
    }
mail-sign-in-subject = Su enlace para acceder a Cascade
mail-sign-in-open = Abra este enlace para acceder a Cascade:
mail-sign-in-button-intro = Use este botón para acceder a Cascade.
mail-sign-in-button = Acceder
mail-sign-in-ignore = Si no lo ha solicitado, ignore este correo.
mail-reset-subject = Restablezca su contraseña de Cascade
mail-reset-open = Abra este enlace para elegir una nueva contraseña de Cascade:
mail-reset-button-intro = Use este botón para elegir una nueva contraseña de Cascade.
mail-reset-button = Elegir una nueva contraseña
mail-reset-note = Al elegir una nueva contraseña, saldrá de Cascade en todos los demás dispositivos. Si no lo ha solicitado, ignore este correo: su contraseña seguirá siendo la misma.

## To certified trainers: an organiser decided about a training they logged; a reminder to log
# $decision: verified, needs_information or rejected
mail-decided-subject = { $decision ->
        [verified] Formación verificada: { $title }
        [needs_information] Los organizadores necesitan más información: { $title }
       *[other] Formación no aceptada: { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided = Los organizadores de «{ $training }» han revisado la formación que usted registró, «{ $title }»: { $decision ->
        [verified] está verificada.
        [needs_information] necesitan más información.
       *[other] no ha sido aceptada.
    }
mail-decided-they-wrote = Esto es lo que escribieron:
mail-decided-open = Consúltela (y responda o modifíquela, salvo que ya esté verificada) en su espacio de formadores:
mail-decided-button = Abrirla en su espacio de formadores
mail-log-reminder-subject = ¿Ha formado a otras personas desde { $title }?
mail-log-reminder-title = ¿Ha formado a otras personas?
mail-log-reminder-months = { $months ->
        [one] Hace un mes obtuvo la certificación de formador en «{ $title }» ({ $organisers }).
       *[other] Hace { $months } meses obtuvo la certificación de formador en «{ $title }» ({ $organisers }).
    }
mail-log-reminder-days = { $days ->
        [one] Hace un día obtuvo la certificación de formador en «{ $title }» ({ $organisers }).
       *[other] Hace { $days } días obtuvo la certificación de formador en «{ $title }» ({ $organisers }).
    }
mail-log-reminder-log = Si ha impartido alguna formación desde entonces, regístrela en su espacio de formadores: solo le llevará unos minutos, y las personas a las que haya llegado aparecerán en el informe de impacto del programa.
mail-log-reminder-button = Registrar una formación
