# Cascade — the trainer space, the public impact page and the e-mails trainers get (ko).

## The impact report: the public page (anyone), and the organisers' view of the same figures
impact-page-title = 성과: { $title }
impact-queue-link = 검증 대기 목록
impact-heading-training = “{ $title }” 교육의 단계별 확산
impact-heading-organisation = { $title }에서 운영한 교육의 단계별 확산
impact-lead = 교육 { $trainings }건과 인증 강사 { $trainers }명을 통해 { $countries }개국에서 { $generations }개 세대에 걸쳐 { $people }명에게 교육이 전달되었습니다.
# $date: the date and time the figures were computed
impact-as-of = { $date } 기준 수치입니다.
impact-as-of-updating = { $date } 기준 수치입니다. 최신 수치를 계산하고 있으니 잠시 후 새로 고쳐 주십시오.
impact-utc = { $time } UTC
impact-multiplier = 확산 배수:
impact-multiplier-formula = 1세대 이후에서 교육을 받은 인원 ÷ 0세대에서 인증된 강사 수: { $below } ÷ { $trainers }.
impact-verified-view = 검증된 수치만 표시합니다. 보고된 교육은 주최 기관에서 검증한 후에 집계됩니다.
impact-show-all = 보고된 모든 수치 보기
impact-all-view = 검증 여부와 관계없이 보고된 모든 수치를 표시합니다(보고된 교육 { $awaiting }건이 검증을 기다리고 있습니다).
impact-show-verified = 검증된 수치만 보기
impact-set-aside = 취소된 수료증으로 보고된 교육 { $count }건은 보관되지만 집계에서 제외됩니다.
impact-public-note = 수치는 강사가 보고한 그대로이며, Cascade에서 진행된 교육의 실명 참가자는 한 사람당 한 번만 집계됩니다. { $min }명 미만의 집단은 세부 항목으로 나누어 표시하지 않습니다.
impact-by-generation = 세대별
impact-by-age = 연령대별
impact-by-country = 국가별
impact-by-month = 월별
impact-col-generation = 세대
impact-col-trainings = 교육(Cascade 진행 + 보고)
impact-col-certified = 인증된 강사
impact-col-active = 활동 중인 강사
impact-col-people = 교육 인원(실명 + 보고)
impact-col-countries = 국가 수
impact-col-hours = 시간
impact-col-country = 국가
impact-col-month = 월
impact-col-people-reached = 교육 인원
impact-no-country = 아직 표시할 국가가 없습니다.
impact-no-month = 아직 표시할 월이 없습니다.
impact-all-generations = 전체 세대
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = 기록 없음
impact-download = 다운로드
impact-csv-generations = 세대별 수치(CSV)
impact-csv-countries = 국가별 수치(CSV)
impact-csv-months = 월별 수치(CSV)
impact-json = 전체 데이터(JSON, API)
impact-public-page = 공개 페이지
# $link: the page's address, as a link
impact-public-on = 공개 성과 페이지가 켜져 있습니다: { $link }
impact-public-on-note = (집계 수치만 표시되며, { $min }명 미만의 집단은 세부 항목으로 나누어 표시하지 않습니다.)
impact-public-off = 공개 성과 페이지가 꺼져 있습니다.
impact-public-switch-off = 공개 페이지 끄기
impact-public-switch-on = 공개 페이지 켜기
## the charts (SVG, read by screen readers as an image with a description)
impact-chart-generations = 세대
impact-chart-months = 월별 교육 인원
impact-chart-countries = 국가별 교육 인원
impact-chart-sex = 성별 교육 인원
impact-chart-cascade = 세대별 단계적 확산
impact-chart-generation-desc = { $generation }세대: 교육 { $trainings }건, 인증된 강사 { $trainers }명, 교육 인원 { $people }명
impact-chart-generation-line = 교육 { $trainings }건 · 인증된 강사 { $trainers }명 · 활동 중 { $active }명
impact-chart-people = { $people }명
impact-chart-nobody = 아직 교육을 받은 인원이 없습니다.
impact-chart-nothing = 표시할 내용이 없습니다.

## The trainer space: certified trainers log the trainings they deliver
trainer-space = 강사 공간
trainer-space-lead = { $name } 님, 안녕하십니까. 실시하시는 모든 교육을 등록해 주십시오. 교육하신 사람들은 프로그램 성과 보고서에 세대별로 반영됩니다.
trainer-no-certificate = 아직 강사 수료증이 없습니다. 강사 수료증은 강사 양성 교육을 통해 발급되며, 발급되면 이곳에 표시됩니다.
trainer-certified-since = { $date }부터 인증 강사
# followed by the certificate's code, a link
trainer-certificate = 수료증
trainer-revoked = 취소됨
trainer-log-delivered = 실시한 교육 등록하기
trainer-revoked-note = 이 수료증은 취소되었습니다. 이 수료증으로는 더 이상 교육을 등록할 수 없으며, 이미 등록된 교육은 표시를 달아 보관하되 집계에서 제외합니다.
trainer-revoked-note-reason = 이 수료증은 취소되었습니다(사유: { $reason }). 이 수료증으로는 더 이상 교육을 등록할 수 없으며, 이미 등록된 교육은 표시를 달아 보관하되 집계에서 제외합니다.
trainer-nothing-yet = 이 수료증으로 실시한 교육이 아직 없습니다.
trainer-delivered-under = 수료증 { $code }에 따라 실시한 교육
trainer-col-training = 교육
trainer-col-when = 일시
trainer-col-where = 장소
trainer-col-participants = 참가자
trainer-col-status = 상태
trainer-hosted = Cascade에서 진행: 신청, 출석, 수료증을 Cascade에서 관리합니다
trainer-host = Cascade에서 교육 진행하기
trainer-host-lead = 신청, 초청, 출석, 수료증까지 교육 전 과정을 이곳에서 운영하십시오. 직접 인증하신 강사들은 다음 세대가 되어 각자 실시한 교육을 등록합니다.
trainer-host-certificate = 근거 수료증
trainer-field-title = 제목
trainer-host-kind = 유형
trainer-host-timezone = 시간대
trainer-host-timezone-hint = 도시 이름으로 입력(예: Asia/Ulaanbaatar 또는 Europe/Belgrade)
trainer-field-language = 언어
trainer-host-language-hint = 언어 태그(예: mn, sq, uz)
trainer-host-organisation = 소속 기관
trainer-host-country = 기관 소재 국가
trainer-choose = 선택해 주십시오…
trainer-host-create = 교육 만들기(초안)
## signing in to the trainer space
trainer-sign-in-title = 강사 공간: 로그인
trainer-sign-in-heading = 강사 공간
trainer-sign-in-lead = 인증 강사는 이곳에서 직접 실시한 교육을 등록합니다. 비밀번호는 필요하지 않습니다. 로그인 링크를 이메일로 보내 드립니다.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = 이 링크는 { $masked } 주소의 수료증에 연결되어 있습니다. 이 주소로 로그인 링크를 보내 드릴 수 있습니다.
trainer-sign-in-send = 이메일로 로그인 링크 받기
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = 본인의 주소가 아니라면 { $link }.
trainer-sign-in-other = 다른 이메일 주소로 로그인하십시오
trainer-sign-in-email = 수료증에 기재된 이메일 주소
# $link: trainer-sign-in-usual as a link
trainer-sign-in-organisers = 주최 기관은 { $link }에서 로그인합니다.
trainer-sign-in-usual = 일반 로그인 페이지
trainer-sign-in-sent = { $minutes ->
       *[other] { $email } 주소로 발급된 강사 수료증이 있다면 로그인 링크를 보내 드렸습니다. 이 링크는 { $minutes }분 동안 한 번만 사용하실 수 있습니다.
    }
## the names of kinds, statuses, modes and decisions
trainings-status-draft = 초안
trainings-status-published = 게시됨
trainings-status-cancelled = 취소됨
trainings-status-completed = 종료됨
downstream-trainings-status-submitted = 검증 대기
downstream-trainings-status-needs-information = 추가 정보 요청됨
downstream-trainings-status-verified = 검증됨
downstream-trainings-status-rejected = 반려됨
downstream-trainings-mode-online = 온라인
downstream-trainings-mode-in-person = 대면
downstream-trainings-mode-hybrid = 온·오프라인 병행
## logging a delivered training
trainer-log-title = 교육 등록
trainer-status = 상태:
trainer-conversation = 주최 기관과 주고받은 메시지
trainer-message-answer = 답변
trainer-message-verified = 검증됨
trainer-message-needs-information = 추가 정보 요청
trainer-message-rejected = 반려됨
trainer-under-certificate = 근거 수료증
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title }({ $code }, { $date })
trainer-sessions = 세션
trainer-sessions-hint = 세션마다 한 줄에 날짜와 교육 시간(시간 수)을 입력하십시오. 세션을 진행할 때마다 추가하시면 됩니다. 빈 줄은 무시되며, 저장하면 새 빈 줄이 생깁니다.
trainer-day = 날짜
trainer-hours = 시간 수
trainer-session-day = 세션 { $number }: 날짜
trainer-session-hours = 세션 { $number }: 시간 수
trainer-mode = 방식
trainer-country = 국가
trainer-region = 지역 또는 도
trainer-city = 시·군 또는 읍·면
trainer-language-hint = 언어 태그(예: mn, sq, uz, en)
trainer-audience = 참가자 소속 기관
trainer-audience-hint = 예: 다르항시 행정청, 도 반부패 사무소
trainer-total = 전체 참가자 수
trainer-by-sex = 성별(합계가 전체 참가자 수와 같아야 하며, 기록하지 않았다면 모두 비워 두십시오)
trainer-by-age = 연령대별(합계가 전체 참가자 수와 같아야 하며, 기록하지 않았다면 모두 비워 두십시오)
trainer-disability = 장애가 있는 참가자 수(선택 사항)
trainer-disability-hint = 워싱턴 그룹 장애 통계 단축 문항 기준
trainer-curriculum = 교육 과정 버전
trainer-curriculum-hint = 사용하신 교육 자료의 버전(예: 2023.1)
trainer-evidence = 증빙 자료
# $size: "10 MB"
trainer-evidence-file = 출석부: 스캔본 또는 사진(PDF, JPEG 또는 PNG, 최대 { $size })
trainer-evidence-stored = 저장된 파일: { $name }.
trainer-download = 다운로드
trainer-evidence-replace = 교체하려면 파일을 선택하십시오.
trainer-evidence-url = 또는 파일 링크
trainer-notes = 메모(주최 기관의 질문에 대한 답변 포함)
trainer-save = 변경 사항 저장
trainer-log = 교육 등록하기
trainer-verified-locked = 이 교육은 검증되었으므로 더 이상 변경할 수 없습니다.
trainer-saved = 저장되었습니다. 수료증을 발급한 상위 교육의 주최 기관에서 검증할 예정입니다.
## what a field of the trainer's forms must hold, shown with the field when it does not (in
## English the error's own, more specific sentence is shown instead)
field-error-certificate_code = 유효한 강사 수료증 중 하나를 선택해 주십시오.
field-error-title = 교육 제목을 한 줄로 입력해 주십시오(최대 200자).
field-error-session_date = 세션마다 날짜를 입력해 주십시오. 세션은 진행된 후에 등록할 수 있습니다.
field-error-session_hours = 세션마다 시간 수를 숫자로 입력해 주십시오(예: 3 또는 1.5).
field-error-region = 지역 또는 도를 한 줄로 입력해 주십시오(최대 100자). 비워 두셔도 됩니다.
field-error-city = 시·군 또는 읍·면을 한 줄로 입력해 주십시오(최대 100자).
field-error-language = 언어 태그를 입력해 주십시오(예: mn, sq, uz, en).
field-error-audience_organisations = 참가자 소속 기관을 입력해 주십시오(최대 1,000자). 비워 두셔도 됩니다.
field-error-participants_total = 참가자 수를 정수로 입력해 주십시오.
field-error-sex_count = 성별 인원을 합계가 전체 참가자 수와 같도록 정수로 입력해 주십시오. 모두 비워 두셔도 됩니다.
field-error-age_count = 연령대별 인원을 합계가 전체 참가자 수와 같도록 정수로 입력해 주십시오. 모두 비워 두셔도 됩니다.
field-error-with_disability = 전체 참가자 수를 넘지 않는 정수를 입력해 주십시오. 비워 두셔도 됩니다.
field-error-curriculum_version = 교육 과정 버전을 한 줄로 입력해 주십시오(최대 100자). 비워 두셔도 됩니다.
field-error-evidence = 표시된 크기 이하의 PDF, JPEG 또는 PNG 파일을 선택해 주십시오.
field-error-evidence_url = https://로 시작하는 웹 주소를 입력해 주십시오. 비워 두셔도 됩니다.
field-error-notes = 메모는 5,000자 이내로 입력해 주십시오.
field-error-kind = 목록에서 교육 유형을 선택해 주십시오.
field-error-timezone = 시간대를 도시 이름으로 입력해 주십시오(예: Asia/Ulaanbaatar 또는 Europe/Belgrade).
field-error-organisation_name = 소속 기관 이름을 한 줄로 입력해 주십시오(최대 200자).
field-error-organisation_country = 목록에서 기관 소재 국가를 선택해 주십시오.
