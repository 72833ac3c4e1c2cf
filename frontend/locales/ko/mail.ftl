# Cascade — the e-mails participants get about a training, and the text of their calendar
# invitations. Korean. Same message ids as en/mail.ftl.
# Terms: see GLOSSARY.md in this folder (교육, 세션, 주최 기관, 신청, 신청 내역, 대기자 명단, 시간대, 캘린더 초대, 알림, 참여 링크).
# Register: formal polite style (하십시오체 / -해 주십시오); no 너/당신.
# Titles are the organisers' words, quoted with “ ” and followed by a noun (교육, 세션) so that
# no particle depends on how the title ends.

## Every e-mail

mail-hello = { $name } 님, 안녕하십니까.
mail-or-copy = 또는 다음 링크를 복사해 주십시오: { $url }
mail-my-registration = 내 신청 내역
mail-your-registration = 신청 내역: { $url }
mail-sessions-in-your-zone = 세션 일정(현지 시간대 기준):
mail-in-your-zone = 현지 시간대 기준:
# Before a session's join link in the list of sessions.
mail-join = 참여 링크:
mail-about-training = 교육 소개: { $url }
mail-footer-sent = 이 이메일은 Cascade가 “{ $title }” 교육 주최 기관을 대신하여 발송했습니다.
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = 이 이메일은 Cascade가 “{ $title }” 교육 주최 기관을 대신하여 발송했습니다. 주최 기관: { $organisers }.
mail-footer-questions = 문의 사항은 주최 기관으로 보내 주십시오: { $contact }
mail-footer-privacy = 개인정보 보관 방식 및 삭제 요청 방법
mail-footer-privacy-url = 개인정보 보관 방식 및 삭제 요청 방법: { $url }

## Confirm the e-mail address

mail-confirm-subject = 신청을 확정해 주십시오: { $title }
mail-confirm-text = 아래 링크를 열어 “{ $title }” 교육 신청을 확정해 주십시오.
mail-confirm-html = “{ $title }” 교육 신청을 확정해 주십시오.
mail-confirm-button = 신청 확정하기
mail-confirm-once =
    { $hours ->
       *[other] 이 링크는 { $hours }시간 동안 한 번만 사용하실 수 있습니다. 신청하지 않으셨다면 이 이메일을 무시하셔도 되며, 아무런 조치도 이루어지지 않습니다.
    }

## Registered (a place is yours)

mail-registered-subject = 신청 확정: { $title }
mail-registered = “{ $title }” 교육 신청이 확정되었습니다.
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [1] 첨부된 캘린더 초대로 세션이 캘린더에 추가됩니다. 회신하실 필요는 없습니다.
       *[other] 첨부된 캘린더 초대로 첫 번째 세션이 캘린더에 추가됩니다. 캘린더는 초대 하나당 일정 하나만 읽기 때문에 나머지 세션은 각각 별도의 이메일로 보내 드립니다. 회신하실 필요는 없습니다.
    }
mail-registered-manage = 신청 내역(일정, 캘린더 링크, 변경, 취소): { $url }
mail-registered-cancel = 취소하시려면 신청 내역을 열어 주십시오.

## On the waiting list

mail-waitlisted-subject = 대기자 명단 등록: { $title }
mail-waitlisted = 이메일 주소가 확인되었습니다. “{ $title }” 교육은 정원이 차서 대기자 명단에 등록되셨습니다.
mail-waitlisted-next = 자리가 나는 대로 배정해 드리며, 캘린더 초대가 담긴 이메일을 보내 드립니다. 대기자 명단에서 빠지시려면 신청을 취소해 주십시오.

## Waiting for the organisers' approval

mail-awaiting-subject = 신청 접수: { $title }
mail-awaiting = 감사합니다. “{ $title }” 교육 신청이 확인되었으며, 현재 주최 기관의 승인을 기다리고 있습니다. 주최 기관에서 결정하면 이메일로 알려 드리겠습니다.

## Declined

mail-declined-subject = 신청 안내: { $title }
mail-declined = 아쉽게도 “{ $title }” 교육 주최 기관에서 이번에는 신청을 수락하지 못했습니다.

## Registering again with a registration already there

mail-already-subject = 신청 안내: { $title }
mail-already = 이 이메일 주소로 “{ $title }” 교육 신청이 다시 접수되었습니다(본인 또는 이 주소를 사용하는 다른 분의 요청입니다).
mail-already-confirmed = 이미 신청하셨으며, 자리가 확정되어 있습니다.
mail-already-waitlisted = 이미 신청하셨으며, 대기자 명단에 등록되어 있습니다.
mail-already-awaiting = 이미 신청하셨으며, 주최 기관의 승인을 기다리고 있습니다.
mail-already-declined = 이미 신청하셨으나, 주최 기관에서 신청을 승인하지 않았습니다.
mail-already-other = 이미 신청하셨습니다. 신청 내역을 열어 진행 상황을 확인해 주십시오.

## Cancelled

mail-cancelled-subject = 신청 취소: { $title }
mail-cancelled = “{ $title }” 교육 신청이 취소되었습니다.
mail-cancelled-calendar = 세션이 캘린더에 추가되어 있었다면 이 이메일로 첫 번째 세션이 삭제되며, 나머지 세션은 각각 별도의 이메일로 삭제됩니다(캘린더는 업데이트 하나당 일정 하나만 읽기 때문입니다).
mail-register-again = 다시 신청하기
mail-register-again-url = 다시 신청하시려면: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (캘린더)
mail-entry-adds = 이 이메일로 “{ $session }” 세션이 캘린더에 추가됩니다.
mail-entry-removes = 이 이메일로 “{ $session }” 세션이 캘린더에서 삭제됩니다.
mail-entry-one-per = 캘린더는 초대 하나당 일정 하나만 읽기 때문에 “{ $title }” 교육의 각 세션은 별도의 이메일로 보내 드립니다.
mail-entry-manage = 신청 내역(전체 일정, 변경, 취소): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = 초청 안내: { $title }
mail-invitation = “{ $title }” 교육에 초청합니다. 초청받은 분만 신청하실 수 있으며, 아래 링크는 개인 전용 링크입니다.
mail-invitation-button = 신청하기

## A reminder before a session

mail-reminder-subject = 곧 시작: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [1] 알림: “{ $session }” 세션이 하루 뒤에 시작됩니다.
       *[other] 알림: “{ $session }” 세션이 { $days }일 뒤에 시작됩니다.
    }
mail-reminder-hours =
    { $hours ->
        [1] 알림: “{ $session }” 세션이 한 시간 뒤에 시작됩니다.
       *[other] 알림: “{ $session }” 세션이 { $hours }시간 뒤에 시작됩니다.
    }
mail-reminder-minutes =
    { $minutes ->
       *[other] 알림: “{ $session }” 세션이 { $minutes }분 뒤에 시작됩니다.
    }

## The schedule changed

mail-changed-subject = 일정 변경: { $title }
mail-changed-session = “{ $session }” 세션이 다음과 같이 변경되었습니다.
mail-changed-added = “{ $title }” 교육에 세션이 추가되었습니다.
mail-changed-moved = “{ $session }” 세션의 시간이 변경되었습니다.
mail-change-time = 시간
mail-change-title = 제목
mail-change-description = 설명
mail-change-join-link = 참여 링크
mail-change-none = (없음)
# After the new value, the value before the change.
mail-change-was = (변경 전: { $before })
mail-changed-update = 첨부된 업데이트로 캘린더가 변경됩니다.

## A session is cancelled

mail-session-cancelled-subject = 세션 취소: { $title }
mail-session-cancelled = “{ $session }” 세션이 취소되었습니다.
mail-session-cancelled-update = 첨부된 업데이트로 캘린더에서 이 세션이 삭제됩니다.

## Why (a sentence added by what happened)

note-place-free = 자리가 났습니다.
note-place-free-yours = 자리가 나서 참가 자리가 배정되었습니다.
note-organisers-approved = 주최 기관에서 신청을 승인했습니다.
note-organisers-registered = 주최 기관에서 직접 등록해 드렸습니다.
note-organisers-cancelled = 주최 기관에서 신청을 취소했습니다.
note-you-erased = 정보 삭제를 요청하셨습니다.
note-organisers-erased = 요청에 따라 주최 기관에서 정보를 삭제했습니다.
note-training-cancelled = 주최 기관에서 교육을 취소했습니다.

## A session in an e-mail: "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day } { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = 참여 링크: { $url }
ics-your-registration = 신청 내역(취소하시려면 이 링크를 여십시오): { $url }
ics-training = 교육: { $url }

## The training is cancelled

mail-training-cancelled-subject = 교육 취소: { $title }
mail-training-cancelled = 주최 기관에서 “{ $title }” 교육을 취소했습니다. 이 교육의 세션이 캘린더에 추가되어 있었다면 이 이메일로 첫 번째 세션이 삭제되며, 나머지 세션은 각각 별도의 이메일로 삭제됩니다(캘린더는 업데이트 하나당 일정 하나만 읽기 때문입니다).

## Certificates: issued (the PDF attached) and revoked
# $role: "Certified trainer" or "Certificate of attendance" (verify-trainer / verify-attendance)
mail-cert-issued-subject = { $role }: “{ $title }” 교육 수료증
mail-cert-issued-title = 수료증 발급
mail-cert-issued = 축하합니다. { $organisers }에서 “{ $title }” 교육의 수료증({ $role })을 발급했습니다.
# the code follows on its own line, then the link
mail-cert-attached = 수료증은 PDF 파일로 첨부되어 있습니다. 누구나 검증 페이지에서 수료증 코드({ $code })로 이 수료증을 확인할 수 있습니다:
mail-cert-see = 수료증 보기
mail-cert-credential = Open Badges 디지털 자격증명
mail-cert-linkedin = LinkedIn 프로필에 추가하기
mail-cert-trainer-space = 강사 공간: 직접 실시하신 교육 등록하기
mail-cert-revoked-subject = “{ $title }” 교육 수료증이 취소되었습니다
mail-cert-revoked-title = 수료증이 취소되었습니다
mail-cert-revoked = “{ $title }” 교육 주최 기관({ $organisers })에서 수료증을 취소했습니다.
mail-cert-revoked-reason = 취소 사유: { $reason }
mail-cert-revoked-page = 이제 검증 페이지에는 이 수료증이 취소된 것으로 표시됩니다:
mail-cert-revoked-mistake = 착오라고 생각하시면 이 이메일에 회신하여 주최 기관에 알려 주십시오.

## Signing in (organisers and trainers) and choosing a new password
mail-link-works-once = { $minutes ->
       *[other] 이 링크는 { $minutes }분 동안 한 번만 사용하실 수 있습니다.
    }
mail-sign-in-subject = Cascade 로그인 링크
mail-sign-in-open = 아래 링크를 열어 Cascade에 로그인해 주십시오:
mail-sign-in-button-intro = 아래 버튼을 눌러 Cascade에 로그인해 주십시오.
mail-sign-in-button = 로그인
mail-sign-in-ignore = 요청하지 않으셨다면 이 이메일을 무시하셔도 됩니다.
mail-reset-subject = Cascade 비밀번호 재설정
mail-reset-open = 아래 링크를 열어 Cascade의 새 비밀번호를 설정해 주십시오:
mail-reset-button-intro = 아래 버튼을 눌러 Cascade의 새 비밀번호를 설정해 주십시오.
mail-reset-button = 새 비밀번호 설정하기
mail-reset-note = 새 비밀번호를 설정하면 다른 모든 곳에서 로그아웃됩니다. 요청하지 않으셨다면 이 이메일을 무시하셔도 되며, 비밀번호는 그대로 유지됩니다.

## To certified trainers: an organiser decided about a training they logged; a reminder to log
# $decision: verified, needs_information or rejected
mail-decided-subject = { $decision ->
        [verified] 검증 완료: { $title }
        [needs_information] 주최 기관의 추가 정보 요청: { $title }
       *[other] 반려: { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided = “{ $training }” 교육 주최 기관에서 등록하신 “{ $title }” 교육을 검토했습니다. { $decision ->
        [verified] 검증이 완료되었습니다.
        [needs_information] 추가 정보가 필요합니다.
       *[other] 반려되었습니다.
    }
mail-decided-they-wrote = 주최 기관의 메시지:
mail-decided-open = 강사 공간에서 확인해 주십시오(검증이 완료되기 전이라면 답변하거나 수정하실 수 있습니다):
mail-decided-button = 강사 공간에서 열기
mail-log-reminder-subject = “{ $title }” 교육 이후 다른 사람을 교육하셨습니까?
mail-log-reminder-title = 다른 사람을 교육하셨습니까?
mail-log-reminder-months = { $months ->
        [1] 한 달 전 “{ $title }” 교육({ $organisers })을 통해 인증 강사가 되셨습니다.
       *[other] { $months }개월 전 “{ $title }” 교육({ $organisers })을 통해 인증 강사가 되셨습니다.
    }
mail-log-reminder-days = { $days ->
        [1] 하루 전 “{ $title }” 교육({ $organisers })을 통해 인증 강사가 되셨습니다.
       *[other] { $days }일 전 “{ $title }” 교육({ $organisers })을 통해 인증 강사가 되셨습니다.
    }
mail-log-reminder-log = 그 이후 교육을 실시하셨다면 강사 공간에 등록해 주십시오. 몇 분이면 충분하며, 교육하신 사람들이 프로그램 성과 보고서에 반영됩니다.
mail-log-reminder-button = 교육 등록하기
