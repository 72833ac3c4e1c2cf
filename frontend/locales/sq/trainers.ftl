# Cascade — the trainer space, the public impact page and the e-mails trainers get (sq).
# Terms: see GLOSSARY.md in this folder (trajner i certifikuar, ndikim, brez, kaskadë, raportoj, verifikoj).

## Raporti i ndikimit: faqja publike (për këdo) dhe pamja e organizatorëve me të njëjtat shifra

impact-page-title = Ndikimi: { $title }
impact-queue-link = Radha e verifikimit
impact-heading-training = Kaskada e trajnimit «{ $title }»
impact-heading-organisation = Kaskadat e trajnimeve të organizatës { $title }
impact-lead =
    { $people ->
        [one] { $people } person i arritur
       *[other] { $people } persona të arritur
    } përgjatë { $generations ->
        [one] { $generations } brezi
       *[other] { $generations } brezash
    } në { $countries ->
        [one] { $countries } vend
       *[other] { $countries } vende
    }, përmes { $trainings ->
        [one] { $trainings } trajnimi
       *[other] { $trainings } trajnimesh
    } dhe { $trainers ->
        [one] { $trainers } trajneri të certifikuar
       *[other] { $trainers } trajnerësh të certifikuar
    }.
# $date: the date and time the figures were computed
impact-as-of = Shifrat janë të përditësuara më { $date }.
impact-as-of-updating = Shifrat janë të përditësuara më { $date }; shifrat e reja po llogariten: ringarkoni faqen pas pak.
impact-utc = { $time } UTC
impact-multiplier = Shumëfishuesi:
impact-multiplier-formula = persona të arritur në brezin 1 e më tej ÷ trajnerë të certifikuar në brezin 0: { $below } ÷ { $trainers }.
impact-verified-view = Po shfaqen vetëm shifrat e verifikuara: trajnimet e raportuara llogariten pasi t’i verifikojë një organizator.
impact-show-all = Shfaqni të gjitha shifrat e raportuara
impact-all-view =
    Po shfaqen të gjitha shifrat e raportuara, të verifikuara ose jo ({ $awaiting ->
        [one] { $awaiting } trajnim i raportuar pret verifikimin
       *[other] { $awaiting } trajnime të raportuara presin verifikimin
    }).
impact-show-verified = Shfaqni vetëm shifrat e verifikuara
impact-set-aside =
    { $count ->
        [one] { $count } trajnim i raportuar nën një certifikatë të shfuqizuar ruhet, por lihet jashtë shifrave.
       *[other] { $count } trajnime të raportuara nën certifikata të shfuqizuara ruhen, por lihen jashtë shifrave.
    }
impact-public-note = Shifrat janë siç i raportuan trajnerët; pjesëmarrësit me emër të trajnimeve të zhvilluara në Cascade numërohen vetëm një herë secili. Grupet me më pak se { $min } persona nuk zbërthehen.
impact-by-generation = Sipas brezit
impact-by-age = Sipas grupmoshës
impact-by-country = Sipas vendit
impact-by-month = Sipas muajit
impact-col-generation = Brezi
impact-col-trainings = Trajnime (në Cascade + të raportuara)
impact-col-certified = Trajnerë të certifikuar
impact-col-active = Trajnerë aktivë
impact-col-people = Persona të arritur (me emër + të raportuar)
impact-col-countries = Vende
impact-col-hours = Orë
impact-col-country = Vendi
impact-col-month = Muaji
impact-col-people-reached = Persona të arritur
impact-no-country = Ende nuk ka asnjë vend për të shfaqur.
impact-no-month = Ende nuk ka asnjë muaj për të shfaqur.
impact-all-generations = Të gjithë brezat
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = Pa të dhëna
impact-download = Shkarkime
impact-csv-generations = Brezat (CSV)
impact-csv-countries = Vendet (CSV)
impact-csv-months = Muajt (CSV)
impact-json = Të gjitha si JSON (API)
impact-public-page = Faqja publike
# $link: the page's address, as a link
impact-public-on = Faqja publike e ndikimit është aktive: { $link }
impact-public-on-note = (vetëm të dhëna të përmbledhura; grupet me më pak se { $min } persona nuk zbërthehen).
impact-public-off = Faqja publike e ndikimit është joaktive.
impact-public-switch-off = Çaktivizoni faqen publike
impact-public-switch-on = Aktivizoni faqen publike

## Grafikët (SVG, që lexuesit e ekranit i lexojnë si figurë me përshkrim)

impact-chart-generations = Brezat
impact-chart-months = Persona të arritur sipas muajit
impact-chart-countries = Persona të arritur sipas vendit
impact-chart-sex = Persona të arritur sipas gjinisë
impact-chart-cascade = Kaskada, brez pas brezi
impact-chart-generation-desc =
    Brezi { $generation }: { $trainings ->
        [one] { $trainings } trajnim
       *[other] { $trainings } trajnime
    }, { $trainers ->
        [one] { $trainers } trajner i certifikuar
       *[other] { $trainers } trajnerë të certifikuar
    }, { $people ->
        [one] { $people } person i arritur
       *[other] { $people } persona të arritur
    }
impact-chart-generation-line =
    { $trainings ->
        [one] { $trainings } trajnim
       *[other] { $trainings } trajnime
    } · { $trainers ->
        [one] { $trainers } trajner i certifikuar
       *[other] { $trainers } trajnerë të certifikuar
    } · aktivë: { $active }
impact-chart-people =
    { $people ->
        [one] { $people } person
       *[other] { $people } persona
    }
impact-chart-nobody = Ende nuk është arritur asnjë person.
impact-chart-nothing = Nuk ka asgjë për të shfaqur.

## Hapësira e trajnerit: trajnerët e certifikuar raportojnë trajnimet që zhvillojnë

trainer-space = Hapësira e trajnerit
trainer-space-lead = Përshëndetje { $name }. Raportoni çdo trajnim që zhvilloni: personat që arrini shfaqen në raportin e ndikimit të programit, brez pas brezi.
trainer-no-certificate = Ende nuk keni certifikatë trajneri. Certifikatat e trajnerit jepen në një trajnim të trajnerëve; sapo të keni një, ajo shfaqet këtu.
trainer-certified-since = Certifikuar si trajner më { $date }
# followed by the certificate's code, a link
trainer-certificate = certifikata
trainer-revoked = E shfuqizuar
trainer-log-delivered = Raportoni një trajnim që keni zhvilluar
trainer-revoked-note = Kjo certifikatë është shfuqizuar: nën të nuk mund të raportohet më asgjë, ndërsa ajo që është raportuar ruhet, shënohet dhe lihet jashtë shifrave.
trainer-revoked-note-reason = Kjo certifikatë është shfuqizuar ({ $reason }): nën të nuk mund të raportohet më asgjë, ndërsa ajo që është raportuar ruhet, shënohet dhe lihet jashtë shifrave.
trainer-nothing-yet = Ende nuk është zhvilluar asnjë trajnim nën këtë certifikatë.
trainer-delivered-under = Trajnimet e zhvilluara nën certifikatën { $code }
trainer-col-training = Trajnimi
trainer-col-when = Kur
trainer-col-where = Ku
trainer-col-participants = Pjesëmarrës
trainer-col-status = Statusi
trainer-hosted = Zhvilluar në Cascade: regjistrimet, prania dhe certifikatat janë aty
trainer-host = Organizoni një trajnim në Cascade
trainer-host-lead = Zhvilloni trajnimin tuaj këtu — regjistrimin, ftesat, praninë dhe certifikatat — dhe trajnerët që certifikoni bëhen brezi i ardhshëm, që raporton trajnimet e veta.
trainer-host-certificate = Nën cilën certifikatë
trainer-field-title = Titulli
trainer-host-kind = Lloji
trainer-host-timezone = Zona kohore
trainer-host-timezone-hint = Si qytet, p.sh. Asia/Ulaanbaatar ose Europe/Belgrade
trainer-field-language = Gjuha
trainer-host-language-hint = Një kod gjuhe, p.sh. mn, sq, uz
trainer-host-organisation = Organizata juaj
trainer-host-country = Vendi i saj
trainer-choose = Zgjidhni…
trainer-host-create = Krijoni trajnimin (si skicë)

## Hyrja në hapësirën e trajnerit

trainer-sign-in-title = Hapësira e trajnerit: hyrja
trainer-sign-in-heading = Hapësira juaj e trajnerit
trainer-sign-in-lead = Trajnerët e certifikuar raportojnë këtu trajnimet që zhvillojnë. Nuk nevojitet fjalëkalim: ju dërgojmë me email një lidhje me të cilën hyni.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = Kjo lidhje i përket certifikatës me adresën { $masked }. Mund të dërgojmë një lidhje hyrjeje në atë adresë.
trainer-sign-in-send = Më dërgoni me email një lidhje hyrjeje
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = Nuk është adresa juaj? { $link }.
trainer-sign-in-other = Hyni me një email tjetër
trainer-sign-in-email = Adresa e email-it në certifikatën tuaj
# $link: trainer-sign-in-usual as a link ("… hyjnë nga faqja e zakonshme")
trainer-sign-in-organisers = Organizatorët hyjnë nga { $link }.
trainer-sign-in-usual = faqja e zakonshme
trainer-sign-in-sent =
    { $minutes ->
        [one] Nëse { $email } ka një certifikatë trajneri, një lidhje hyrjeje është rrugës. Ajo funksionon vetëm një herë, për një minutë.
       *[other] Nëse { $email } ka një certifikatë trajneri, një lidhje hyrjeje është rrugës. Ajo funksionon vetëm një herë, për { $minutes } minuta.
    }

## Emrat e llojeve, statuseve, mënyrave dhe vendimeve

trainings-status-draft = Skicë
trainings-status-published = I publikuar
trainings-status-cancelled = I anuluar
trainings-status-completed = I përfunduar
downstream-trainings-status-submitted = Në pritje të verifikimit
downstream-trainings-status-needs-information = U kërkuan më shumë informacione
downstream-trainings-status-verified = I verifikuar
downstream-trainings-status-rejected = I refuzuar
downstream-trainings-mode-online = Në internet
downstream-trainings-mode-in-person = Me prani fizike
downstream-trainings-mode-hybrid = Hibrid

## Raportimi i një trajnimi të zhvilluar

trainer-log-title = Raportoni një trajnim
trainer-status = Statusi:
trainer-conversation = Biseda me organizatorët
trainer-message-answer = përgjigje
trainer-message-verified = verifikuar
trainer-message-needs-information = u kërkuan më shumë informacione
trainer-message-rejected = refuzuar
trainer-under-certificate = Zhvilluar nën certifikatën
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }, { $date })
trainer-sessions = Seancat
trainer-sessions-hint = Një rresht për çdo seancë: dita dhe orët e saj. Shtoni seancat ndërsa i zhvilloni; rreshtat bosh shpërfillen dhe, sa herë që ruani, merrni rreshta të rinj bosh.
trainer-day = Dita
trainer-hours = Orët
trainer-session-day = Seanca { $number }: dita
trainer-session-hours = Seanca { $number }: orët
trainer-mode = Mënyra
trainer-country = Vendi
trainer-region = Rajoni ose qarku
trainer-city = Qyteti ose vendbanimi
trainer-language-hint = Një kod gjuhe, p.sh. mn, sq, uz, en
trainer-audience = Organizatat e pjesëmarrësve
trainer-audience-hint = p.sh. administrata e qytetit të Darkhanit; zyra krahinore kundër korrupsionit
trainer-total = Pjesëmarrës gjithsej
trainer-by-sex = Sipas gjinisë (shuma duhet të jetë e barabartë me totalin; lërini të gjitha bosh nëse nuk janë shënuar)
trainer-by-age = Sipas grupmoshës (shuma duhet të jetë e barabartë me totalin; lërini të gjitha bosh nëse nuk janë shënuar)
trainer-disability = Pjesëmarrës me aftësi të kufizuara (opsionale)
trainer-disability-hint = Siç i numëron grupi i shkurtër i pyetjeve të Grupit të Uashingtonit
trainer-curriculum = Versioni i kurrikulës
trainer-curriculum-hint = Versioni i materialit të trajnimit që përdorët, p.sh. 2023.1
trainer-evidence = Dëshmia
# $size: "10 MB"
trainer-evidence-file = Lista e pranisë: skanim ose foto (PDF, JPEG ose PNG, deri në { $size })
trainer-evidence-stored = E ruajtur: { $name }.
trainer-download = Shkarkojeni
trainer-evidence-replace = Zgjidhni një skedar për ta zëvendësuar.
trainer-evidence-url = Ose një lidhje drejt saj
trainer-notes = Shënime (dhe përgjigje ndaj pyetjeve të organizatorëve)
trainer-save = Ruani ndryshimet
trainer-log = Raportoni trajnimin
trainer-verified-locked = Ky trajnim është verifikuar: nuk mund të ndryshohet më.
trainer-saved = U ruajt. Organizatorët e trajnimit nga i cili buron trajnimi juaj do ta verifikojnë.
## çfarë duhet të përmbajë një fushë e formularëve të trajnerit, shfaqur pranë fushës kur nuk e përmban
## (në anglisht shfaqet në vend të kësaj fjalia e vetë gabimit, më e saktë)
field-error-certificate_code = Zgjidhni një nga certifikatat tuaja të vlefshme të trajnerit.
field-error-title = Shkruani titullin e trajnimit në një rresht (deri në 200 karaktere).
field-error-session_date = Shkruani ditën e çdo seance; një seancë raportohet pasi të jetë zhvilluar.
field-error-session_hours = Shkruani orët e çdo seance si numër, p.sh. 3 ose 1,5.
field-error-region = Shkruani rajonin ose qarkun në një rresht (deri në 100 karaktere) ose lëreni bosh.
field-error-city = Shkruani qytetin ose vendbanimin në një rresht (deri në 100 karaktere).
field-error-language = Shkruani një kod gjuhe, p.sh. mn, sq, uz ose en.
field-error-audience_organisations = Shkruani organizatat e pjesëmarrësve deri në 1.000 karaktere ose lërini bosh.
field-error-participants_total = Shkruani numrin e pjesëmarrësve si numër të plotë.
field-error-sex_count = Shkruani numra të plotë sipas gjinisë, me shumë të barabartë me totalin, ose lërini të gjitha bosh.
field-error-age_count = Shkruani numra të plotë sipas grupmoshës, me shumë të barabartë me totalin, ose lërini të gjitha bosh.
field-error-with_disability = Shkruani një numër të plotë jo më të madh se totali ose lëreni bosh.
field-error-curriculum_version = Shkruani versionin e kurrikulës në një rresht (deri në 100 karaktere) ose lëreni bosh.
field-error-evidence = Zgjidhni një skedar PDF, JPEG ose PNG jo më të madh se madhësia e treguar.
field-error-evidence_url = Shkruani një adresë interneti që fillon me https:// ose lëreni bosh.
field-error-notes = Shkruani shënimet deri në 5.000 karaktere.
field-error-kind = Zgjidhni një lloj trajnimi nga lista.
field-error-timezone = Shkruani zonën kohore si qytet, p.sh. Asia/Ulaanbaatar ose Europe/Belgrade.
field-error-organisation_name = Shkruani emrin e organizatës suaj në një rresht (deri në 200 karaktere).
field-error-organisation_country = Zgjidhni nga lista vendin e organizatës suaj.
