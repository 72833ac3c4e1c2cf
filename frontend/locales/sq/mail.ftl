# Cascade — the e-mails participants get about a training, and the text of their calendar
# invitations. Albanian (Albania and Kosovo). The training's title and session titles are the
# organisers' words (left as written). $url is a web address; $title the training's title; $session a session's title.
# Terms: see GLOSSARY.md in this folder. The reader is addressed with the formal «Ju».

## Every e-mail

mail-hello = Përshëndetje { $name },
mail-or-copy = Ose kopjoni këtë lidhje: { $url }
mail-my-registration = Regjistrimi im
mail-your-registration = Regjistrimi juaj: { $url }
mail-sessions-in-your-zone = Seancat, sipas zonës suaj kohore:
mail-in-your-zone = Sipas zonës suaj kohore:
# Before a session's join link in the list of sessions.
mail-join = Bashkohuni:
mail-about-training = Rreth trajnimit: { $url }
mail-footer-sent = Dërguar nga Cascade për organizatorët e trajnimit «{ $title }».
# $organisers: the organising organisations with their countries.
mail-footer-sent-by = Dërguar nga Cascade për organizatorët e trajnimit «{ $title }»: { $organisers }.
mail-footer-questions = Keni pyetje? Shkruajuni organizatorëve: { $contact }
mail-footer-privacy = Si ruhen të dhënat tuaja dhe si mund t’i fshini
mail-footer-privacy-url = Si ruhen të dhënat tuaja dhe si mund t’i fshini: { $url }

## Confirm the e-mail address

mail-confirm-subject = Konfirmoni regjistrimin: { $title }
mail-confirm-text = Ju lutemi, konfirmoni regjistrimin tuaj për «{ $title }» duke hapur këtë lidhje:
mail-confirm-html = Ju lutemi, konfirmoni regjistrimin tuaj për «{ $title }».
mail-confirm-button = Konfirmoj regjistrimin tim
mail-confirm-once =
    { $hours ->
        [one] Lidhja funksionon vetëm një herë, për { $hours } orë. Nëse nuk jeni regjistruar, shpërfilleni këtë email: nuk do të ndodhë asgjë.
       *[other] Lidhja funksionon vetëm një herë, për { $hours } orë. Nëse nuk jeni regjistruar, shpërfilleni këtë email: nuk do të ndodhë asgjë.
    }

## Registered (a place is yours)

mail-registered-subject = Jeni regjistruar: { $title }
mail-registered = Jeni regjistruar për «{ $title }».
# $sessions: how many sessions the training has.
mail-registered-invite =
    { $sessions ->
        [one] Ftesa e kalendarit që gjendet bashkëngjitur e shton seancën në kalendarin tuaj. Nuk nevojitet përgjigje.
       *[other] Ftesa e kalendarit që gjendet bashkëngjitur e shton seancën e parë në kalendarin tuaj; secila nga seancat e tjera vjen me një email më vete, sepse kalendarët lexojnë vetëm një ngjarje për çdo ftesë. Nuk nevojitet përgjigje.
    }
mail-registered-manage = Regjistrimi juaj (orari, lidhjet e kalendarit, ndryshimet, anulimi): { $url }
mail-registered-cancel = Për ta anuluar, hapni regjistrimin tuaj.

## On the waiting list

mail-waitlisted-subject = Në listën e pritjes: { $title }
mail-waitlisted = Adresa juaj e email-it u konfirmua. Trajnimi «{ $title }» është plot, prandaj jeni në listën e pritjes.
mail-waitlisted-next = Sapo të lirohet një vend, ai do të jetë juaji dhe do të merrni një email me ftesën e kalendarit. Për të dalë nga lista e pritjes, anuloni regjistrimin tuaj.

## Waiting for the organisers' approval

mail-awaiting-subject = Morëm regjistrimin tuaj: { $title }
mail-awaiting = Faleminderit: regjistrimi juaj për «{ $title }» u konfirmua dhe tani pret miratimin e organizatorëve. Do t’ju njoftojmë me email sapo ata të vendosin.

## Declined

mail-declined-subject = Regjistrimi juaj për { $title }
mail-declined = Organizatorët e trajnimit «{ $title }» nuk mundën ta pranojnë regjistrimin tuaj këtë herë.

## Registering again with a registration already there

mail-already-subject = Regjistrimi juaj për { $title }
mail-already = Me adresën tuaj u kërkua përsëri regjistrimi për «{ $title }» (nga ju ose nga dikush tjetër që përdor adresën tuaj).
mail-already-confirmed = Keni tashmë një regjistrim dhe vendi juaj është i konfirmuar.
mail-already-waitlisted = Keni tashmë një regjistrim dhe jeni në listën e pritjes.
mail-already-awaiting = Keni tashmë një regjistrim; ai pret miratimin e organizatorëve.
mail-already-declined = Keni tashmë një regjistrim; organizatorët e kanë refuzuar.
mail-already-other = Keni tashmë një regjistrim: hapeni për të parë në çfarë gjendjeje është.

## Cancelled

mail-cancelled-subject = Regjistrimi u anulua: { $title }
mail-cancelled = Regjistrimi juaj për «{ $title }» është anuluar.
mail-cancelled-calendar = Nëse seancat ishin në kalendarin tuaj, ky email e heq të parën, ndërsa secila nga të tjerat hiqet me një email më vete (kalendarët lexojnë vetëm një ngjarje për çdo përditësim).
mail-register-again = Regjistrohuni përsëri
mail-register-again-url = Për t’u regjistruar përsëri: { $url }

## One session per e-mail (calendars read one event per invitation)

mail-entry-subject = { $session }: { $title } (kalendar)
mail-entry-adds = Ky email e shton seancën «{ $session }» në kalendarin tuaj:
mail-entry-removes = Ky email e heq seancën «{ $session }» nga kalendari juaj:
mail-entry-one-per = Kalendarët lexojnë vetëm një ngjarje për çdo ftesë, prandaj secila seancë e trajnimit «{ $title }» vjen me një email më vete.
mail-entry-manage = Regjistrimi juaj (i gjithë orari, ndryshimet, anulimi): { $url }

## Invited (invitation-only trainings)

mail-invitation-subject = Jeni të ftuar: { $title }
mail-invitation = Ju ftojmë në trajnimin «{ $title }». Regjistrimi bëhet vetëm me ftesë; kjo lidhje është personale, vetëm për ju:
mail-invitation-button = Regjistrohuni

## A reminder before a session

mail-reminder-subject = Fillon së shpejti: { $session } ({ $title })
mail-reminder-days =
    { $days ->
        [one] Kujtesë: seanca «{ $session }» fillon pas një dite.
       *[other] Kujtesë: seanca «{ $session }» fillon pas { $days } ditësh.
    }
mail-reminder-hours =
    { $hours ->
        [one] Kujtesë: seanca «{ $session }» fillon pas një ore.
       *[other] Kujtesë: seanca «{ $session }» fillon pas { $hours } orësh.
    }
mail-reminder-minutes =
    { $minutes ->
        [one] Kujtesë: seanca «{ $session }» fillon pas { $minutes } minute.
       *[other] Kujtesë: seanca «{ $session }» fillon pas { $minutes } minutash.
    }

## The schedule changed

mail-changed-subject = Ndryshim në orar: { $title }
mail-changed-session = Seanca «{ $session }» ka ndryshuar:
mail-changed-added = Në trajnimin «{ $title }» u shtua një seancë:
mail-changed-moved = Seanca «{ $session }» ka një orar të ri:
mail-change-time = Ora
mail-change-title = Titulli
mail-change-description = Përshkrimi
mail-change-join-link = Lidhja për t’u bashkuar
mail-change-none = (asnjë)
# After the new value, the value before the change.
mail-change-was = (më parë: { $before })
mail-changed-update = Përditësimi i bashkëngjitur e përditëson kalendarin tuaj.

## A session is cancelled

mail-session-cancelled-subject = Seanca u anulua: { $title }
mail-session-cancelled = Seanca «{ $session }» është anuluar:
mail-session-cancelled-update = Përditësimi i bashkëngjitur e heq atë nga kalendari juaj.

## Why (a sentence added by what happened)

note-place-free = U lirua një vend.
note-place-free-yours = U lirua një vend dhe ai është juaji.
note-organisers-approved = Organizatorët e miratuan regjistrimin tuaj.
note-organisers-registered = Organizatorët ju regjistruan.
note-organisers-cancelled = Regjistrimin e anuluan organizatorët.
note-you-erased = Ju kërkuat që t’i fshinim të dhënat tuaja.
note-organisers-erased = Organizatorët i fshinë të dhënat tuaja, siç kërkuat.
note-training-cancelled = Organizatorët e anuluan trajnimin.

## A session in an e-mail: "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"

# $day: the date with its weekday; $start, $end: clock times; $place: a city; $offset: "UTC+01:00"
mail-session-when = { $day }, { $start }–{ $end } ({ $place }, { $offset })

## The text of calendar invitations (the event's description)

ics-join = Bashkohuni: { $url }
ics-your-registration = Regjistrimi juaj (për ta anuluar, hapeni): { $url }
ics-training = Trajnimi: { $url }

## The training is cancelled

mail-training-cancelled-subject = Trajnimi u anulua: { $title }
mail-training-cancelled = Organizatorët e anuluan trajnimin «{ $title }». Nëse seancat e tij ishin në kalendarin tuaj, ky email e heq të parën, ndërsa secila nga të tjerat hiqet me një email më vete (kalendarët lexojnë vetëm një ngjarje për çdo përditësim).

## Certifikatat: të lëshuara (me PDF-në bashkëngjitur) dhe të shfuqizuara
# $role: "Certifikatë trajneri" or "Certifikatë pjesëmarrjeje" (verify-trainer / verify-attendance)

mail-cert-issued-subject = { $role }: certifikata juaj për «{ $title }»
mail-cert-issued-title = Certifikata juaj
mail-cert-issued = Urime: { $organisers } ju certifikuan për «{ $title }» ({ $role }).
# the code follows on its own line, then the link
mail-cert-attached = Certifikata juaj është bashkëngjitur si PDF. Kushdo mund ta verifikojë me kodin e saj, { $code }, në faqen e saj të verifikimit:
mail-cert-see = Shihni certifikatën tuaj
mail-cert-credential = Kredenciali juaj Open Badges
mail-cert-linkedin = Shtojeni në profilin tuaj në LinkedIn
mail-cert-trainer-space = Hapësira juaj e trajnerit: raportoni trajnimet që zhvilloni
mail-cert-revoked-subject = Certifikata juaj për «{ $title }» u shfuqizua
mail-cert-revoked-title = Certifikata juaj u shfuqizua
mail-cert-revoked = Organizatorët e trajnimit «{ $title }» ({ $organisers }) e shfuqizuan certifikatën tuaj.
mail-cert-revoked-reason = Arsyeja e tyre: { $reason }
mail-cert-revoked-page = Faqja e verifikimit tani e tregon si të shfuqizuar:
mail-cert-revoked-mistake = Nëse mendoni se është gabim, u përgjigjuni organizatorëve.

## Hyrja (organizatorët dhe trajnerët) dhe zgjedhja e një fjalëkalimi të ri

mail-link-works-once =
    { $minutes ->
        [one] Lidhja funksionon vetëm një herë, për një minutë.
       *[other] Lidhja funksionon vetëm një herë, për { $minutes } minuta.
    }
mail-sign-in-subject = Lidhja juaj për të hyrë në Cascade
mail-sign-in-open = Hapni këtë lidhje për të hyrë në Cascade:
mail-sign-in-button-intro = Përdorni këtë buton për të hyrë në Cascade.
mail-sign-in-button = Hyni
mail-sign-in-ignore = Nëse nuk e keni kërkuar, shpërfilleni këtë email.
mail-reset-subject = Rivendosni fjalëkalimin tuaj të Cascade
mail-reset-open = Hapni këtë lidhje për të zgjedhur një fjalëkalim të ri për Cascade:
mail-reset-button-intro = Përdorni këtë buton për të zgjedhur një fjalëkalim të ri për Cascade.
mail-reset-button = Zgjidhni një fjalëkalim të ri
mail-reset-note = Kur zgjidhni një fjalëkalim të ri, dilni nga llogaria në të gjitha pajisjet e tjera. Nëse nuk e keni kërkuar, shpërfilleni këtë email: fjalëkalimi juaj mbetet i pandryshuar.

## Për trajnerët e certifikuar: një organizator vendosi për një trajnim që raportuan; kujtesë për të raportuar
# $decision: verified, needs_information or rejected

mail-decided-subject =
    { $decision ->
        [verified] U verifikua: { $title }
        [needs_information] Organizatorëve u nevojiten më shumë informacione: { $title }
       *[other] Nuk u pranua: { $title }
    }
# $training: the Training of Trainers whose organisers decided; $title: the training the trainer logged
mail-decided =
    Organizatorët e trajnimit «{ $training }» e shqyrtuan trajnimin që raportuat, «{ $title }»: { $decision ->
        [verified] ai është verifikuar.
        [needs_information] atyre u nevojiten më shumë informacione.
       *[other] ai nuk është pranuar.
    }
mail-decided-they-wrote = Ata shkruan:
mail-decided-open = Shihni atë (dhe përgjigjuni ose ndryshojeni, përveç rastit kur është verifikuar) në hapësirën tuaj të trajnerit:
mail-decided-button = Hapeni në hapësirën tuaj të trajnerit
mail-log-reminder-subject = A keni trajnuar të tjerë që nga «{ $title }»?
mail-log-reminder-title = A keni trajnuar të tjerë?
mail-log-reminder-months =
    { $months ->
        [one] Një muaj më parë morët certifikatën e trajnerit për «{ $title }» ({ $organisers }).
       *[other] { $months } muaj më parë morët certifikatën e trajnerit për «{ $title }» ({ $organisers }).
    }
mail-log-reminder-days =
    { $days ->
        [one] Një ditë më parë morët certifikatën e trajnerit për «{ $title }» ({ $organisers }).
       *[other] { $days } ditë më parë morët certifikatën e trajnerit për «{ $title }» ({ $organisers }).
    }
mail-log-reminder-log = Nëse që atëherë keni zhvilluar një trajnim, raportojeni në hapësirën tuaj të trajnerit: kërkon vetëm pak minuta dhe i tregon personat që keni arritur në raportin e ndikimit të programit.
mail-log-reminder-button = Raportoni një trajnim
