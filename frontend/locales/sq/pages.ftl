# Cascade — pages that participants read, and what every page shares. Albanian (Albania and Kosovo).
# English is the source language: every other language has the same message ids.
# Terms (keep them consistent, see GLOSSARY.md in this folder): trajnim, seancë, organizator,
# regjistrim, certifikatë, listë pritjeje. The reader is addressed with the formal «Ju».

## Every page

skip-to-content = Kaloni te përmbajtja
brand-home = Faqja kryesore e Cascade
nav-main = Navigimi kryesor
nav-my-trainings = Trajnimet e mia
nav-organisations = Organizatat
nav-trainer-space = Hapësira e trajnerit
nav-to-verify = Për verifikim
nav-password = Fjalëkalimi
nav-sign-out = Dilni ({ $name })
nav-sign-in = Hyni
footer-about = Cascade — trajnimi i trajnerëve, nga planifikimi deri te përhapja në kaskadë.
footer-api = API
footer-mailbox = Kutia postare
footer-mailbox-note = (email-et nuk dërgohen, ruhen këtu lokalisht)
language-switcher = Gjuha
# The title of a page, after the page's own: "Register: Reporting portal · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = Nuk u gjet
error-not-allowed = Nuk lejohet
error-server = Diçka shkoi keq
error-other = Veprimi nuk u krye
# $link: a link whose text is error-start-page.
error-back = Përdorni butonin «Prapa» të shfletuesit ose { $link }.
error-start-page = shkoni te faqja kryesore
error-summary = Ka një problem

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes.
duration =
    { $minutes ->
        [0] { $hours } orë
       *[other] { $hours } orë { $minutes } min
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [one] { $time } +1 ditë
       *[other] { $time } +{ $days } ditë
    }

## The public page of a training

public-took-place = Ky trajnim u zhvillua më { $dates }.
public-registration-closed = Regjistrimi është mbyllur.
public-invitation-only = Regjistrimi bëhet vetëm me ftesë.
public-register = Regjistrohuni
public-add-to-calendar = Shtojeni në kalendar (.ics)
public-organised-by = Organizuar nga
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = organizator kryesor
public-contact = Keni pyetje? Shkruajuni organizatorëve:
public-schedule = Orari
public-schedule-zones = Oraret sipas zonës kohore të trajnimit ({ $zone }) dhe sipas çdo vendi organizator.
public-about = Rreth trajnimit
public-language = Gjuha: { $language }
public-places =
    { $count ->
        [one] { $count } vend
       *[other] { $count } vende
    }
public-registration-mode = Regjistrimi: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: çfarë të dhënash ruhen për ju kur regjistroheni, për sa kohë dhe si mund t’i fshini.
public-privacy-link = Njoftimi për privatësinë

## The schedule table

schedule-region = Orari sipas zonave kohore
schedule-caption = Seancat sipas zonave kohore
schedule-session = Seanca
schedule-training-zone = (zona kohore e trajnimit)
schedule-your-time = Ora juaj
schedule-night = natën

## The registration form

form-title = Regjistrimi: { $title }
form-heading = Regjistrohuni
form-closed = Regjistrimi është mbyllur: { $reason }.
form-closed-ended = ky trajnim u zhvillua më { $dates }
form-closed-window = regjistrimi u mbyll më { $date }
form-closed-not-open = regjistrimi hapet më { $date }
form-closed-cancelled = ky trajnim u anulua
form-closed-completed = ky trajnim ka përfunduar
form-closed-unpublished = ky trajnim nuk është i hapur për regjistrim
form-invitation-only = Në këtë trajnim merret pjesë vetëm me ftesë. Nëse jeni ftuar, përdorni lidhjen personale që gjendet në email-in e ftesës.
form-full-title = Ky trajnim është plot.
form-full-text = Megjithatë, mund të regjistroheni: do të vendoseni në listën e pritjes dhe do të merrni një vend, me njoftim me email, sapo të lirohet një.
form-approval = Organizatorët e miratojnë çdo regjistrim; do t’ju njoftojnë me email.
form-email = Adresa e email-it
form-email-hint = Do t’ju dërgojmë një lidhje për ta konfirmuar.
form-email-invited = Ftesa juaj është për këtë adresë.
form-consent = Pranoj që organizatorët t’i ruajnë këto të dhëna për të zhvilluar trajnimin dhe për të raportuar, pa emra, sa njerëz përfshiu trajnimi.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = Në { $link } shpjegohet çfarë ruhet, për sa kohë dhe si mund t’i fshini të dhënat.
form-privacy-link = njoftimin për privatësinë
form-submit = Regjistrohuni
form-submit-waitlist = Regjistrohuni në listën e pritjes

## A person's details (the form and the participant page)

person-full-name = Emri dhe mbiemri
person-organisation = Organizata
person-organisation-hint = Ku punoni.
person-country = Vendi
person-choose = Zgjidhni…
person-sex = Gjinia
person-sex-hint = (jo e detyrueshme; për raportet që numërojnë sa gra dhe sa burra u përfshinë)
person-not-given = Pa specifikuar
person-age = Mosha
person-optional = (jo e detyrueshme)

# Errors on the form, by field: what the field must hold.
field-error-email = Shkruani një adresë email-i që mund të marrë mesazhe, p.sh. name@example.org.
field-error-full_name = Shkruani emrin dhe mbiemrin në një rresht (deri në 200 karaktere).
field-error-organisation = Shkruani organizatën tuaj në një rresht (deri në 200 karaktere).
field-error-country = Zgjidhni vendin tuaj nga lista.
field-error-sex = Zgjidhni një nga opsionet ose «Pa specifikuar».
field-error-age_band = Zgjidhni një grupmoshë nga lista ose «Pa specifikuar».
field-error-consent = Shënoni kutizën për të dhënë pëlqimin; përndryshe organizatorët nuk mund ta ruajnë regjistrimin tuaj.
field-error-csrf = Formulari ka skaduar ose nuk erdhi nga kjo faqe; ringarkoni faqen dhe provoni përsëri.
field-error-rate-limited = Ka pasur shumë regjistrime nga ky rrjet ose për këtë adresë; provoni përsëri më vonë.
field-error-other = Veprimi nuk u krye: kontrolloni formularin dhe provoni përsëri.

## After registering

inbox-title = Kontrolloni kutinë postare
inbox-sent = Ju dërguam një email në adresën që dhatë për «{ $title }».
inbox-open-link =
    { $hours ->
        [one] Hapni lidhjen që gjendet në të për të konfirmuar regjistrimin. Lidhja vlen për { $hours } orë.
       *[other] Hapni lidhjen që gjendet në të për të konfirmuar regjistrimin. Lidhja vlen për { $hours } orë.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = Nuk ju erdhi asgjë pas disa minutash? Shikoni në dosjen e postës së padëshiruar (spam) ose { $link } për të marrë një lidhje të re.
inbox-register-again = regjistrohuni përsëri

confirm-title = Konfirmoni regjistrimin tuaj
confirm-for = Trajnimi: { $title }.
confirm-button = Konfirmoj regjistrimin tim
confirm-invalid-title = Kjo lidhje nuk funksionon më
confirm-invalid = Lidhjet e konfirmimit përdoren vetëm një herë dhe skadojnë. Kjo lidhje është përdorur tashmë, ka skaduar ose nuk është e vlefshme.
confirm-invalid-next = E keni konfirmuar tashmë? Lidhja e faqes së regjistrimit tuaj gjendet në email-in që ju dërguam pas konfirmimit. Përndryshe regjistrohuni përsëri: do t’ju dërgojmë një lidhje të re në të njëjtën adresë dhe do të keni vetëm një regjistrim.
confirm-register-again = Regjistrohuni përsëri

## The participant's own page

participant-title = Regjistrimi juaj: { $title }
participant-yours = Regjistrimi juaj
participant-waitlisted = Trajnimi është plot. Jeni në listën e pritjes dhe do të merrni një email me ftesën sapo të lirohet një vend.
participant-awaiting = Organizatorët nuk kanë vendosur ende. Do të merrni një email.
participant-cancelled = Ky regjistrim është anuluar.
participant-register-again = Regjistrohuni përsëri
participant-pending = Konfirmoni adresën e email-it me lidhjen që ju dërguam.
participant-schedule = Orari
participant-zone-yours = Oraret sipas zonës suaj kohore ({ $zone }).
participant-zone-both = Oraret sipas zonës suaj kohore ({ $zone }); poshtë secilit, sipas zonës kohore të trajnimit ({ $training_zone }).
participant-join = Bashkohuni në seancë
# $time: a date and a clock time ("14 February 2023, 08:45").
participant-join-from = Lidhja për t’u bashkuar shfaqet këtu nga { $time }.
participant-check-in = Jam këtu: shënoj praninë
participant-check-in-to = për { $session }
participant-host-code = ose kodi i moderatorit
participant-google = Shtojeni në Google Calendar
participant-outlook = Shtojeni në Outlook
participant-download = Shkarkoni kalendarin (.ics)
participant-subscribe = Abonohuni në aplikacionin tuaj të kalendarit
participant-stays-current = (përditësohet kur ndryshon orari)
participant-details = Të dhënat tuaja
participant-save = Ruaj të dhënat e mia
participant-cannot-come = Nuk mund të vini?
participant-cancel = Anuloj regjistrimin tim
participant-cancel-note = Vendi juaj i kalon personit të parë në listën e pritjes.
participant-privacy = Privatësia
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = { $link } tregon çfarë ruhet për ju dhe për sa kohë.
participant-privacy-link = Njoftimi për privatësinë
participant-erase-link = Fshini të dhënat tuaja
participant-language = Gjuha e email-eve, e ftesave dhe e certifikatës suaj
participant-language-save = Përdor këtë gjuhë
participant-saved = Të dhënat tuaja u ruajtën.
participant-cancelled-notice = Regjistrimi juaj u anulua.
participant-welcome-confirmed = Regjistrimi juaj u konfirmua. Ftesa e kalendarit është duke ardhur në kutinë tuaj postare.
participant-welcome-waitlisted = Adresa juaj e email-it u konfirmua. Trajnimi është plot: jeni në listën e pritjes.
participant-welcome-awaiting = Adresa juaj e email-it u konfirmua. Organizatorët do ta shqyrtojnë regjistrimin tuaj.
participant-language-saved = Email-et, ftesat dhe certifikata juaj do të jenë në këtë gjuhë.

## The privacy notice of a training

privacy-title = Njoftimi për privatësinë: { $title }
privacy-heading = Njoftimi për privatësinë
privacy-lead = Çfarë ruhet për ju kur regjistroheni për «{ $title }», për sa kohë dhe si mund t’i fshini të dhënat.
privacy-who = Kush është përgjegjës
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) and C (Rwanda)")
privacy-who-text = Organizatorët: { $organisations }. Ata e zhvillojnë trajnimin me Cascade, softuerin e kësaj faqeje.
privacy-write-to = Shkruajuni në adresën:
# Joins the last two items of a list: "A and B"; other items are joined with ", ".
list-and = { $first } dhe { $last }
list-comma = { $first }, { $rest }
privacy-what = Çfarë ruhet
privacy-what-given = Ato që jepni kur regjistroheni: adresa e email-it, emri, organizata dhe vendi, si dhe gjinia dhe grupmosha, nëse zgjidhni t’i jepni; koha kur pranuat që ato të ruhen.
privacy-what-status = Gjendja e regjistrimit tuaj (në pritje të konfirmimit, i konfirmuar, në listën e pritjes, i anuluar …).
privacy-what-attendance = Nëse keni marrë pjesë në secilën seancë, siç e shënojnë organizatorët ose siç e importojnë nga raportet e Zoom ose Teams.
privacy-what-certificate = Certifikata juaj, nëse e fitoni.
privacy-what-mails = Email-et që ju dërgohen: konfirmimi, ftesat e kalendarit, kujtesat dhe njoftimet për ndryshime.
privacy-why = Për çfarë përdoren
privacy-why-text = Për zhvillimin e trajnimit: për të konfirmuar vendin tuaj, për t’ju dërguar ftesat e kalendarit, kujtesat dhe ndryshimet, për të mbajtur praninë dhe për të lëshuar certifikata. Si dhe për t’u treguar financuesve të programit sa njerëz përfshiu trajnimi, sipas vendit, gjinisë dhe grupmoshës, pa emra.
privacy-who-sees = Kush i sheh
privacy-who-sees-text = Organizatorët e trajnimit dhe administratorët e kësaj faqeje. Asgjë prej tyre nuk shfaqet në faqet publike. Certifikata ia tregon emrin tuaj kujtdo që ka kodin e saj: kështu e verifikojnë të tjerët.
privacy-how-long = Për sa kohë ruhen
privacy-erased-after =
    { $days ->
        [one] Adresa e email-it, emri dhe organizata juaj fshihen { $days } ditë pas seancës së fundit të trajnimit. Vendi, gjinia dhe grupmosha juaj mbeten në statistika, pa këto të dhëna.
       *[other] Adresa e email-it, emri dhe organizata juaj fshihen { $days } ditë pas seancës së fundit të trajnimit. Vendi, gjinia dhe grupmosha juaj mbeten në statistika, pa këto të dhëna.
    }
privacy-erased-on = Kjo ndodh më { $date }.
privacy-kept-until-erased = Cascade nuk i fshin vetë të dhënat tuaja: ato ruhen derisa t’i fshini ju ose t’u kërkoni organizatorëve t’i fshijnë (shihni më poshtë). Pas kësaj, vendi, gjinia dhe grupmosha juaj mbeten në statistika, pa ato të dhëna.
privacy-mails-deleted =
    { $days ->
        [one] Email-et që ju dërgohen fshihen { $days } ditë pas dërgimit.
       *[other] Email-et që ju dërgohen fshihen { $days } ditë pas dërgimit.
    }
privacy-mails-kept = Email-et që ju dërgohen ruhen për aq kohë sa ruhet regjistrimi juaj; kur fshini të dhënat tuaja, fshihen edhe ato.
privacy-reports = Raportet e pranisë që organizatorët importojnë nga Zoom ose Teams mbeten te trajnimi ashtu siç janë ngarkuar, me emrat dhe adresat e email-it që përmbajnë; fshirja e të dhënave tuaja nuk i ndryshon ato. Për këto raporte pyesni organizatorët.
privacy-certificate-stays = Certifikata mbetet, me emrin tuaj, që të mund të verifikohet edhe më tej; organizatorët mund ta shfuqizojnë nëse ua kërkoni.
privacy-erasing = Fshirja e të dhënave tuaja
privacy-erasing-text = Hapni regjistrimin tuaj (lidhja gjendet në çdo email që ju kemi dërguar) dhe zgjidhni «Fshij të dhënat e mia». Nëse keni ende një vend, ai anulohet së pari, që t’i kalojë personit të radhës në listën e pritjes. Fshirja nuk mund të zhbëhet.
privacy-lost-mails = I keni humbur email-et ose doni të dini çfarë ruhet për ju? Shkruajuni organizatorëve: ata mund t’jua tregojnë të dhënat tuaja dhe t’i fshijnë për ju.

## Erasing one's details

erase-title = Fshini të dhënat tuaja: { $title }
erase-back = Regjistrimi juaj
erase-heading = Të fshihen të dhënat tuaja?
erase-what = Për «{ $title }», ky veprim fshin adresën tuaj të email-it ({ $email }), emrin dhe organizatën tuaj, si dhe email-et që ju janë dërguar tashmë.
erase-cancels = Së pari anulohet regjistrimi juaj: do të merrni një email të fundit që i heq seancat nga kalendari juaj, dhe vendi juaj i kalon personit të radhës në listën e pritjes.
erase-stays = Vendi, gjinia dhe grupmosha juaj mbeten, pa emrin tuaj, në statistikat e njerëzve që përfshiu trajnimi. Certifikata që ju është lëshuar tashmë mbetet, që të mund të verifikohet edhe më tej.
erase-final = Ky veprim nuk mund të zhbëhet dhe lidhja e kësaj faqeje nuk do të funksionojë më.
erase-button = Fshij të dhënat e mia
erased-title = Të dhënat tuaja u fshinë
erased-text = Adresa e email-it, emri dhe organizata juaj nuk ruhen më për «{ $title }», dhe lidhja e regjistrimit tuaj nuk funksionon më.

## Values people choose or see

trainings-kind-tot = Trajnim i trajnerëve
trainings-kind-technical-webinar = Webinar teknik
trainings-kind-e-consultation = Konsultim elektronik
trainings-kind-peer-exchange = Shkëmbim përvojash mes kolegësh
trainings-registration-mode-open = I hapur
trainings-registration-mode-approval = Me miratim nga një organizator
trainings-registration-mode-invitation = Vetëm me ftesë
registrations-status-pending = Në pritje të konfirmimit me email
registrations-status-confirmed = I konfirmuar
registrations-status-waitlisted = Në listën e pritjes
registrations-status-awaiting-approval = Në pritje të miratimit
registrations-status-invited = I ftuar
registrations-status-cancelled = I anuluar
registrations-status-declined = I refuzuar
registrations-sex-female = Femër
registrations-sex-male = Mashkull
registrations-sex-another = Tjetër
registrations-sex-undisclosed = Preferoj të mos e them
registrations-age-band-under-25 = Nën 25
registrations-age-band-25-34 = 25–34
registrations-age-band-35-44 = 35–44
registrations-age-band-45-54 = 45–54
registrations-age-band-55-64 = 55–64
registrations-age-band-65-plus = 65 e lart

## Checking a certificate (anyone with its code)

verify-title = Certifikata { $code }
verify-kicker = Verifikimi i certifikatës
verify-revoked-on = U shfuqizua më { $date }
verify-reason = Arsyeja:
verify-issuing = Në proces lëshimi: PDF-ja dhe kredenciali digjital do të jenë gati pas pak sekondash.
verify-valid = E vlefshme
verify-trainer = Certifikatë trajneri
verify-attendance = Certifikatë pjesëmarrjeje
verify-holder = Mbajtësi
verify-training = Trajnimi
verify-organisers = Organizatorët
verify-dates = Datat
verify-hours = Orët
# $hours may have a decimal (1.5).
verify-hours-value =
    { $hours ->
        [one] { $hours } orë
       *[other] { $hours } orë
    }
verify-attended = Prania
verify-attended-value =
    { $total ->
        [one] { $attended } nga { $total } seancë
       *[other] { $attended } nga { $total } seanca
    }
verify-outcome = Rezultati
verify-outcome-trainer = Trajner i certifikuar: mund të trajnojë të tjerë në temën e këtij trajnimi
verify-outcome-attended = Pjesëmarrje në trajnim
verify-criteria = Kriteret
verify-issued = Data e lëshimit
verify-code = Kodi
verify-download = Shkarkime
verify-pdf = Certifikata (PDF)
verify-credential = Kredenciali Open Badges 3.0 (JSON)
verify-signed = versioni i nënshkruar (VC-JWT)
verify-authority = Kjo faqe është burimi zyrtar: një certifikatë e shtypur është e vlefshme vetëm për sa kohë që kjo faqe e tregon këtë. Adresa e kësaj faqeje: { $url }
verify-another = Verifikoni një certifikatë tjetër
verify-code-label = Kodi i certifikatës
verify-placeholder = Një kod tjetër, p.sh. { $example }
verify-check = Verifikoni
lookup-title = Verifikoni një certifikatë
lookup-lead = Shkruani kodin e shtypur në certifikatë, poshtë kodit QR.
lookup-not-found = Nuk u gjet
lookup-not-found-text = Asnjë certifikatë nuk ka këtë kod. Kontrolloni çdo shenjë: kodi ka 12 shkronja dhe shifra, si { $example }.
lookup-hint = 12 shkronja dhe shifra; vizat, hapësirat dhe shkronjat e vogla nuk kanë rëndësi.

## Self check-in to a session

checkin-title = Shënimi i pranisë
checkin-ok-title = Prania u shënua
checkin-failed-title = Prania nuk u shënua
checkin-ok = Prania juaj u shënua. Ju urojmë një seancë të mbarë.
checkin-failed = Shënimi i pranisë nuk funksionoi: ai hapet pak para seancës dhe mbyllet kur ajo mbaron, dhe kodi i moderatorit duhet të jetë ai që ka dhënë moderatori.
checkin-back = Kthehuni te regjistrimi juaj

## Faqja e gabimit (The error page)

error-not-found-text = Në këtë adresë nuk ka asnjë faqe. Lidhja mund të jetë shkruar gabim ose mund të jetë e vjetëruar.
error-forbidden-text = Nuk keni leje ta hapni këtë faqe.
error-csrf-text = Formulari ka skaduar ose nuk erdhi nga kjo faqe. Ringarkoni faqen dhe provoni përsëri.
error-rate-limited-text =
    Shumë kërkesa. Provoni përsëri pas { $seconds ->
        [one] një sekonde
       *[other] { $seconds } sekondash
    }.
error-unavailable-text = Shërbimi është i ngarkuar. Provoni përsëri pas pak.
error-internal-text = Diçka shkoi keq nga ana jonë. Provoni përsëri pas pak.
error-too-large-text = Ajo që dërguat është shumë e madhe.
error-other-text = Kërkesa nuk mund të trajtohej. Arsyeja, në anglisht:

## PDF-ja e certifikatës (teksti i saj i përhershëm; emri, titulli dhe organizatorët mbeten siç janë shkruar)

pdf-title = Certifikatë – { $name }
pdf-heading-trainer = Certifikatë trajneri
pdf-heading-attendance = Certifikatë pjesëmarrjeje
# The holder's name follows, then pdf-achievement-*, then the training's title.
pdf-preamble = Vërtetohet se
pdf-achievement-trainer = ka përfunduar trajnimin e trajnerëve dhe është certifikuar për të trajnuar të tjerët në
pdf-achievement-attendance = ka marrë pjesë në
# $organisers: the organisations' names, "Ministry of Education · UNICEF"
pdf-organised-by = Organizuar nga { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = Lëshuar më { $date }
# followed by the code, in bold
pdf-code-label = Kodi i certifikatës
pdf-verify = Verifikojeni në { $url }
