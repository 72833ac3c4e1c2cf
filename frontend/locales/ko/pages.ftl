# Cascade — pages that participants read, and what every page shares.
# Korean. Same message ids as en/pages.ftl.
# Terms: see GLOSSARY.md in this folder (교육, 세션, 주최 기관, 신청, 수료증, 대기자 명단, 시간대, 참가자, 개인정보 처리방침).
# Register: formal polite style (하십시오체 / -해 주십시오); no 너/당신.

## Every page

skip-to-content = 본문 바로 가기
brand-home = Cascade 홈
nav-main = 주 메뉴
nav-my-trainings = 내 교육
nav-organisations = 기관
nav-trainer-space = 강사 공간
nav-to-verify = 검증 대기
nav-password = 비밀번호
nav-sign-out = 로그아웃({ $name })
nav-sign-in = 로그인
footer-about = Cascade — 강사 양성 교육(ToT), 일정 수립부터 단계별 확산까지.
footer-api = API
footer-mailbox = 메일함
footer-mailbox-note = (이메일은 발송되지 않고 로컬에 보관됩니다)
language-switcher = 언어
# The title of a page, after the page's own: "Register: Reporting portal · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = 페이지를 찾을 수 없습니다
error-not-allowed = 접근 권한이 없습니다
error-server = 문제가 발생했습니다
error-other = 요청을 처리하지 못했습니다
# $link: a link whose text is error-start-page.
error-back = 브라우저의 뒤로 가기 버튼을 누르시거나 { $link }.
error-start-page = 시작 페이지로 이동하십시오
error-summary = 확인이 필요한 항목이 있습니다

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } ~ { $last }
# A session's length in hours and minutes.
duration =
    { $minutes ->
        [0] { $hours }시간
       *[other] { $hours }시간 { $minutes }분
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [1] { $time } (다음 날)
       *[other] { $time } (+{ $days }일)
    }

## The public page of a training

public-took-place = 이 교육은 { $dates }에 진행되었습니다.
public-registration-closed = 신청이 마감되었습니다.
public-invitation-only = 초청받은 분만 신청하실 수 있습니다.
public-register = 신청하기
public-add-to-calendar = 캘린더에 추가(.ics)
public-organised-by = 주최 기관
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = 주관
public-contact = 문의 사항은 주최 기관으로 보내 주십시오:
public-schedule = 일정
public-schedule-zones = 교육 기준 시간대({ $zone })와 각 주최 국가의 시간대로 표시합니다.
public-about = 소개
public-language = 언어: { $language }
public-places = 정원 { $count }명
public-registration-mode = 신청 방식: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: 신청 시 보관되는 정보, 보관 기간, 삭제 요청 방법을 안내합니다.
public-privacy-link = 개인정보 처리방침

## The schedule table

schedule-region = 시간대별 일정
schedule-caption = 시간대별 세션
schedule-session = 세션
schedule-training-zone = (교육 기준)
schedule-your-time = 내 현지 시간
schedule-night = 야간

## The registration form

form-title = 참가 신청: { $title }
form-heading = 참가 신청
form-closed = 지금은 신청하실 수 없습니다. { $reason }.
form-closed-ended = 이 교육은 { $dates }에 진행되었습니다
form-closed-window = 신청이 { $date }에 마감되었습니다
form-closed-not-open = 신청은 { $date }에 시작됩니다
form-closed-cancelled = 이 교육은 취소되었습니다
form-closed-completed = 이 교육은 종료되었습니다
form-closed-unpublished = 이 교육은 현재 신청을 받지 않습니다
form-invitation-only = 이 교육은 초청받은 분만 참가하실 수 있습니다. 초청을 받으셨다면 초청 이메일에 있는 개인 링크를 이용해 주십시오.
form-full-title = 이 교육은 정원이 찼습니다.
form-full-text = 그래도 신청하실 수 있습니다. 대기자 명단에 등록되며, 자리가 나는 대로 배정되어 이메일로 안내해 드립니다.
form-approval = 주최 기관에서 신청을 하나하나 승인합니다. 결과는 이메일로 알려 드립니다.
form-email = 이메일 주소
form-email-hint = 주소 확인을 위한 링크를 보내 드립니다.
form-email-invited = 이 주소로 초청을 받으셨습니다.
form-consent = 주최 기관이 교육 운영을 위해, 그리고 교육에 참여한 인원을 이름 없이 보고하기 위해 위 정보를 보관하는 데 동의합니다.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = 보관되는 정보, 보관 기간, 삭제 요청 방법은 { $link }에서 확인하실 수 있습니다.
form-privacy-link = 개인정보 처리방침
form-submit = 신청하기
form-submit-waitlist = 대기자 명단에 등록하기

## A person's details (the form and the participant page)

person-full-name = 성명
person-organisation = 소속 기관
person-organisation-hint = 근무하시는 기관입니다.
person-country = 국가
person-choose = 선택해 주십시오…
person-sex = 성별
person-sex-hint = (선택 사항. 교육에 참여한 여성과 남성의 수를 집계하는 보고서에 사용됩니다)
person-not-given = 미입력
person-age = 연령
person-optional = (선택 사항)

# Errors on the form, by field: what the field must hold.
field-error-email = 메일을 받을 수 있는 이메일 주소를 입력해 주십시오(예: name@example.org).
field-error-full_name = 성명을 한 줄로 입력해 주십시오(최대 200자).
field-error-organisation = 소속 기관을 한 줄로 입력해 주십시오(최대 200자).
field-error-country = 목록에서 국가를 선택해 주십시오.
field-error-sex = 항목 중 하나를 선택하시거나 “미입력”을 선택해 주십시오.
field-error-age_band = 목록에서 연령대를 선택하시거나 “미입력”을 선택해 주십시오.
field-error-consent = 동의란에 체크해 주십시오. 동의하지 않으시면 주최 기관에서 신청 정보를 보관할 수 없습니다.
field-error-csrf = 양식이 만료되었거나 이 사이트에서 작성된 것이 아닙니다. 페이지를 새로 고친 후 다시 시도해 주십시오.
field-error-rate-limited = 이 네트워크 또는 이 주소로 접수된 신청이 너무 많습니다. 잠시 후 다시 시도해 주십시오.
field-error-other = 처리하지 못했습니다. 입력 내용을 확인한 후 다시 시도해 주십시오.

## After registering

inbox-title = 받은편지함을 확인해 주십시오
inbox-sent = “{ $title }” 신청 시 입력하신 주소로 이메일을 보내 드렸습니다.
inbox-open-link = 이메일에 있는 링크를 열어 신청을 확정해 주십시오. 링크는 { $hours }시간 동안 유효합니다.
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = 몇 분이 지나도 이메일이 오지 않았습니까? 스팸 메일함을 확인하시거나, 새 링크를 받으시려면 { $link }.
inbox-register-again = 다시 신청해 주십시오

confirm-title = 신청 확정
confirm-for = 교육: { $title }
confirm-button = 신청 확정하기
confirm-invalid-title = 더 이상 사용할 수 없는 링크입니다
confirm-invalid = 확인 링크는 한 번만 사용할 수 있으며 유효 기간이 있습니다. 이 링크는 이미 사용되었거나, 만료되었거나, 올바르지 않습니다.
confirm-invalid-next = 이미 확정하셨습니까? 신청 내역 페이지 링크는 확정 후 보내 드린 이메일에 있습니다. 그렇지 않다면 다시 신청해 주십시오. 같은 주소로 새 링크를 보내 드리며, 신청은 하나로 유지됩니다.
confirm-register-again = 다시 신청하기

## The participant's own page

participant-title = 신청 내역: { $title }
participant-yours = 신청 내역
participant-waitlisted = 이 교육은 정원이 찼습니다. 대기자 명단에 등록되어 있으며, 자리가 나는 대로 캘린더 초대가 담긴 이메일을 보내 드립니다.
participant-awaiting = 주최 기관에서 아직 결정하지 않았습니다. 결정되면 이메일로 알려 드립니다.
participant-cancelled = 이 신청은 취소되었습니다.
participant-register-again = 다시 신청하기
participant-pending = 보내 드린 링크로 이메일 주소를 확인해 주십시오.
participant-schedule = 일정
participant-zone-yours = 시간은 현지 시간대({ $zone })로 표시합니다.
participant-zone-both = 시간은 현지 시간대({ $zone })로 표시하며, 각 세션 아래에는 교육 기준 시간대({ $training_zone })로도 표시합니다.
participant-join = 세션 참여하기
# $time: a date and a clock time ("14 February 2023, 08:45").
participant-join-from = 참여 링크는 { $time }부터 사용하실 수 있습니다.
participant-check-in = 참석했습니다: 출석 확인
participant-check-in-to = ({ $session })
participant-host-code = 또는 진행자가 알려 준 코드
participant-google = Google Calendar에 추가
participant-outlook = Outlook에 추가
participant-download = 캘린더 다운로드(.ics)
participant-subscribe = 캘린더 앱에서 구독
participant-stays-current = (일정이 바뀌면 자동으로 반영됩니다)
participant-details = 내 정보
participant-save = 내 정보 저장
participant-cannot-come = 참석하실 수 없습니까?
participant-cancel = 신청 취소
participant-cancel-note = 취소하시면 대기자 명단의 첫 번째 분께 자리가 배정됩니다.
participant-privacy = 개인정보
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = { $link }에서 어떤 정보가 얼마 동안 보관되는지 확인하실 수 있습니다.
participant-privacy-link = 개인정보 처리방침
participant-erase-link = 내 정보 삭제
participant-language = 이메일, 캘린더 초대 및 수료증 언어
participant-language-save = 이 언어 사용
participant-saved = 정보가 저장되었습니다.
participant-cancelled-notice = 신청이 취소되었습니다.
participant-welcome-confirmed = 신청이 확정되었습니다. 캘린더 초대가 받은편지함으로 발송되고 있습니다.
participant-welcome-waitlisted = 이메일 주소가 확인되었습니다. 이 교육은 정원이 차서 대기자 명단에 등록되셨습니다.
participant-welcome-awaiting = 이메일 주소가 확인되었습니다. 주최 기관에서 신청을 검토할 예정입니다.
participant-language-saved = 앞으로 이메일, 캘린더 초대 및 수료증은 이 언어로 제공됩니다.

## The privacy notice of a training

privacy-title = 개인정보 처리방침: { $title }
privacy-heading = 개인정보 처리방침
privacy-lead = “{ $title }” 교육 신청 시 보관되는 정보, 보관 기간, 삭제 요청 방법을 안내합니다.
privacy-who = 책임 주체
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) and C (Rwanda)")
privacy-who-text = 주최 기관: { $organisations }. 주최 기관은 이 사이트의 소프트웨어인 Cascade를 이용해 교육을 운영합니다.
privacy-write-to = 연락처:
# Joins the last two items of a list: "A and B"; other items are joined with ", ".
list-and = { $first } 및 { $last }
list-comma = { $first }, { $rest }
privacy-what = 보관되는 정보
privacy-what-given = 신청 시 제공하신 정보: 이메일 주소, 성명, 소속 기관, 국가, 그리고 제공하기로 선택하신 경우 성별과 연령대. 아울러 정보 보관에 동의하신 시점.
privacy-what-status = 신청 상태(확인 대기, 확정, 대기자 명단, 취소 등).
privacy-what-attendance = 세션별 참석 여부(주최 기관이 직접 기록하거나 Zoom 또는 Teams 보고서에서 가져온 정보).
privacy-what-certificate = 수료증(받으신 경우).
privacy-what-mails = 보내 드린 이메일: 확인 메일, 캘린더 초대, 알림, 변경 안내.
privacy-why = 이용 목적
privacy-why-text = 교육 운영: 참가 자리 확정, 캘린더 초대·알림·변경 안내 발송, 출석 확인, 수료증 발급. 또한 교육에 참여한 인원을 국가, 성별, 연령대별로 이름 없이 프로그램 후원 기관에 보고하기 위해 이용합니다.
privacy-who-sees = 열람 권한
privacy-who-sees-text = 교육 주최 기관과 이 사이트의 관리자만 열람할 수 있습니다. 공개 페이지에는 어떤 정보도 표시되지 않습니다. 다만 수료증에는 수료증 코드를 가진 누구에게나 성명이 표시됩니다. 이를 통해 다른 사람이 수료증을 검증할 수 있습니다.
privacy-how-long = 보관 기간
privacy-erased-after = 이메일 주소, 성명, 소속 기관은 교육의 마지막 세션이 끝나고 { $days }일 후에 삭제됩니다. 국가, 성별, 연령대는 이 정보와 분리된 채 집계에 남습니다.
privacy-erased-on = 삭제 예정일은 { $date }입니다.
privacy-kept-until-erased = Cascade는 정보를 자동으로 삭제하지 않습니다. 직접 삭제하시거나 주최 기관에 삭제를 요청하실 때까지(아래 참조) 보관됩니다. 삭제 후에도 국가, 성별, 연령대는 이 정보와 분리된 채 집계에 남습니다.
privacy-mails-deleted = 보내 드린 이메일은 발송 후 { $days }일이 지나면 삭제됩니다.
privacy-mails-kept = 보내 드린 이메일은 신청 정보와 같은 기간 동안 보관되며, 정보를 삭제하시면 함께 삭제됩니다.
privacy-reports = 주최 기관이 Zoom 또는 Teams에서 가져온 출석 보고서는 그 안의 성명과 이메일 주소를 포함해 업로드된 그대로 교육에 보관됩니다. 정보를 삭제하셔도 이 보고서는 변경되지 않습니다. 보고서에 관해서는 주최 기관에 문의해 주십시오.
privacy-certificate-stays = 수료증은 계속 검증할 수 있도록 성명과 함께 남습니다. 요청하시면 주최 기관에서 수료증을 취소할 수 있습니다.
privacy-erasing = 정보 삭제 방법
privacy-erasing-text = 신청 내역을 열고(링크는 보내 드린 모든 이메일에 있습니다) “내 정보 삭제”를 선택해 주십시오. 아직 자리를 보유하고 계시면 신청이 먼저 취소되어 대기자 명단의 다음 분께 자리가 넘어갑니다. 삭제는 되돌릴 수 없습니다.
privacy-lost-mails = 이메일을 잃어버리셨거나 어떤 정보가 보관되어 있는지 알고 싶으십니까? 주최 기관에 문의해 주십시오. 주최 기관에서 정보를 보여 드리고 대신 삭제해 드릴 수 있습니다.

## Erasing one's details

erase-title = 내 정보 삭제: { $title }
erase-back = 신청 내역
erase-heading = 정보를 삭제하시겠습니까?
erase-what = “{ $title }” 교육과 관련된 이메일 주소({ $email }), 성명, 소속 기관, 그리고 이미 보내 드린 이메일이 삭제됩니다.
erase-cancels = 신청이 먼저 취소됩니다. 캘린더에서 세션을 삭제하는 마지막 이메일이 발송되며, 자리는 대기자 명단의 다음 분께 넘어갑니다.
erase-stays = 국가, 성별, 연령대는 성명 없이 교육 참여 인원 집계에 남습니다. 이미 발급된 수료증은 계속 검증할 수 있도록 남습니다.
erase-final = 이 작업은 되돌릴 수 없으며, 이 페이지의 링크도 더 이상 작동하지 않습니다.
erase-button = 내 정보 삭제
erased-title = 정보가 삭제되었습니다
erased-text = “{ $title }” 교육에 대한 이메일 주소, 성명, 소속 기관은 더 이상 보관되지 않으며, 신청 내역 링크도 더 이상 작동하지 않습니다.

## Values people choose or see

trainings-kind-tot = 강사 양성 교육(ToT)
trainings-kind-technical-webinar = 기술 웨비나
trainings-kind-e-consultation = 온라인 협의
trainings-kind-peer-exchange = 동료 교류
trainings-registration-mode-open = 공개
trainings-registration-mode-approval = 주최 기관 승인
trainings-registration-mode-invitation = 초청자 한정
registrations-status-pending = 이메일 확인 대기
registrations-status-confirmed = 확정
registrations-status-waitlisted = 대기자 명단
registrations-status-awaiting-approval = 승인 대기
registrations-status-invited = 초청됨
registrations-status-cancelled = 취소됨
registrations-status-declined = 승인되지 않음
registrations-sex-female = 여성
registrations-sex-male = 남성
registrations-sex-another = 기타
registrations-sex-undisclosed = 밝히지 않음
registrations-age-band-under-25 = 25세 미만
registrations-age-band-25-34 = 25–34세
registrations-age-band-35-44 = 35–44세
registrations-age-band-45-54 = 45–54세
registrations-age-band-55-64 = 55–64세
registrations-age-band-65-plus = 65세 이상

## Checking a certificate (anyone with its code)

verify-title = 수료증 { $code }
verify-kicker = 수료증 검증
verify-revoked-on = { $date }에 취소됨
verify-reason = 사유:
verify-issuing = 발급 중입니다. PDF와 디지털 자격증명은 몇 초 안에 준비됩니다.
verify-valid = 유효함
verify-trainer = 인증 강사
verify-attendance = 참석 수료증
verify-holder = 소지자
verify-training = 교육
verify-organisers = 주최 기관
verify-dates = 기간
verify-hours = 교육 시간
# $hours may have a decimal (1.5).
verify-hours-value = { $hours }시간
verify-attended = 참석
verify-attended-value = 전체 { $total }개 세션 중 { $attended }개
verify-outcome = 결과
verify-outcome-trainer = 인증 강사: 이 교육의 주제로 다른 사람을 교육할 수 있음
verify-outcome-attended = 교육 참석
verify-criteria = 발급 기준
verify-issued = 발급일
verify-code = 코드
verify-download = 다운로드
verify-pdf = 수료증(PDF)
verify-credential = Open Badges 3.0 디지털 자격증명(JSON)
verify-signed = 서명본(VC-JWT)
verify-authority = 이 페이지가 공식 기준입니다. 인쇄된 수료증은 이 페이지에 유효하다고 표시되는 동안에만 유효합니다. 이 페이지 주소: { $url }
verify-another = 다른 수료증 검증하기
verify-code-label = 수료증 코드
verify-placeholder = 다른 코드(예: { $example })
verify-check = 검증하기
lookup-title = 수료증 검증
lookup-lead = 수료증의 QR 코드 아래에 인쇄된 코드를 입력해 주십시오.
lookup-not-found = 수료증을 찾을 수 없음
lookup-not-found-text = 이 코드에 해당하는 수료증이 없습니다. 문자를 하나씩 확인해 주십시오. 코드는 영문자와 숫자 12자로 되어 있습니다(예: { $example }).
lookup-hint = 영문자와 숫자 12자입니다. 하이픈, 공백, 대소문자는 구분하지 않습니다.

## Self check-in to a session

checkin-title = 출석 확인
checkin-ok-title = 출석 확인 완료
checkin-failed-title = 출석 확인 실패
checkin-ok = 출석이 확인되었습니다. 유익한 시간 보내시기 바랍니다.
checkin-failed = 출석을 확인하지 못했습니다. 출석 확인은 세션 시작 직전에 열리고 세션이 끝나면 닫히며, 진행자 코드는 진행자가 알려 준 코드와 같아야 합니다.
checkin-back = 신청 내역으로 돌아가기

## The error page
error-not-found-text = 이 주소에는 페이지가 없습니다. 링크가 잘못 입력되었거나 더 이상 유효하지 않을 수 있습니다.
error-forbidden-text = 이 페이지를 열 수 있는 권한이 없습니다.
error-csrf-text = 양식이 만료되었거나 이 사이트에서 보낸 양식이 아닙니다. 페이지를 새로 고친 뒤 다시 시도해 주십시오.
error-rate-limited-text = 요청이 너무 많습니다. { $seconds }초 후에 다시 시도해 주십시오.
error-unavailable-text = 서비스 이용량이 많습니다. 잠시 후 다시 시도해 주십시오.
error-internal-text = 저희 쪽에서 문제가 발생했습니다. 잠시 후 다시 시도해 주십시오.
error-too-large-text = 보내신 내용의 크기가 너무 큽니다.
error-other-text = 요청을 처리할 수 없습니다. 사유(영문):

## The certificate PDF (its fixed wording; the name, title and organisers are as written)
pdf-title = 수료증 – { $name }
pdf-heading-trainer = 인증 강사
pdf-heading-attendance = 참석 수료증
pdf-preamble = 성명
pdf-achievement-trainer = 위 사람은 강사 양성 교육을 수료하였으며, 아래 교육의 주제로 다른 사람을 교육할 수 있는 인증 강사임을 증명합니다.
pdf-achievement-attendance = 위 사람은 아래 교육에 참석하였음을 증명합니다.
# $organisers: the organisations' names, "Ministry of Education · UNICEF"
pdf-organised-by = 주최: { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = 발급일: { $date }
# followed by the code, in bold
pdf-code-label = 수료증 코드
pdf-verify = 검증 주소: { $url }
