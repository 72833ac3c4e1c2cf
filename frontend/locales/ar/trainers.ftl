# Cascade — the trainer space, the public impact page and the e-mails trainers get (ar).

## The impact report: the public page (anyone), and the organisers' view of the same figures
impact-page-title = الأثر: { $title }
impact-queue-link = الدورات بانتظار التحقق
impact-heading-training = سلسلة التدريب المنبثقة عن «{ $title }»
impact-heading-organisation = سلاسل التدريب المنبثقة عن الدورات التدريبية التي نظّمتها { $title }
impact-lead = وصل التدريب إلى { $people ->
        [zero] { $people } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    } على مدى { $generations ->
        [zero] { $generations } جيل
        [one] جيل واحد
        [two] جيلين
        [few] { $generations } أجيال
        [many] { $generations } جيلًا
       *[other] { $generations } جيل
    } في { $countries ->
        [zero] { $countries } بلد
        [one] بلد واحد
        [two] بلدين
        [few] { $countries } بلدان
        [many] { $countries } بلدًا
       *[other] { $countries } بلد
    }، من خلال { $trainings ->
        [zero] { $trainings } دورة تدريبية
        [one] دورة تدريبية واحدة
        [two] دورتين تدريبيتين
        [few] { $trainings } دورات تدريبية
        [many] { $trainings } دورة تدريبية
       *[other] { $trainings } دورة تدريبية
    } و{ $trainers ->
        [zero] { $trainers } مدرّب معتمد
        [one] مدرّب معتمد واحد
        [two] مدرّبَين معتمدَين
        [few] { $trainers } مدرّبين معتمدين
        [many] { $trainers } مدرّبًا معتمدًا
       *[other] { $trainers } مدرّب معتمد
    }.
# $date: the date and time the figures were computed
impact-as-of = الأرقام محدَّثة حتى { $date }.
impact-as-of-updating = الأرقام محدَّثة حتى { $date }؛ ويجري الآن حساب أرقام أحدث: يُرجى إعادة تحميل الصفحة بعد قليل.
impact-utc = { $time } UTC
impact-multiplier = معامل المضاعفة:
impact-multiplier-formula = عدد من وصل إليهم التدريب في الجيل 1 وما بعده مقسومًا على عدد المدرّبين المعتمدين في الجيل 0: { $below } مقسومًا على { $trainers }.
impact-verified-view = تُعرض الأرقام التي تم التحقق منها فقط: لا تُحتسب الدورات التدريبية المُبلَّغ عنها إلا بعد أن تتحقق منها جهة منظِّمة.
impact-show-all = عرض جميع الأرقام المُبلَّغ عنها
impact-all-view = تُعرض جميع الأرقام المُبلَّغ عنها، سواء تم التحقق منها أم لا (عدد الدورات التدريبية المُبلَّغ عنها التي تنتظر التحقق: { $awaiting }).
impact-show-verified = عرض الأرقام التي تم التحقق منها فقط
impact-set-aside = عدد الدورات التدريبية المُبلَّغ عنها في إطار شهادات ملغاة: { $count }؛ وهي محفوظة لكنها مستبعدة من الأرقام.
impact-public-note = الأرقام كما أبلغ عنها المدرّبون؛ ويُحتسب كل مشارك مسجَّل باسمه في الدورات التدريبية المنعقدة على Cascade مرة واحدة فقط. ولا تُفصَّل أرقام المجموعات التي يقل عدد أفرادها عن { $min }.
impact-by-generation = حسب الجيل
impact-by-age = حسب الفئة العمرية
impact-by-country = حسب البلد
impact-by-month = حسب الشهر
impact-col-generation = الجيل
impact-col-trainings = الدورات التدريبية (المستضافة + المُبلَّغ عنها)
impact-col-certified = المدرّبون المعتمدون
impact-col-active = المدرّبون النشطون
impact-col-people = من وصل إليهم التدريب (المسجَّلون بأسمائهم + المُبلَّغ عنهم)
impact-col-countries = البلدان
impact-col-hours = الساعات
impact-col-country = البلد
impact-col-month = الشهر
impact-col-people-reached = من وصل إليهم التدريب
impact-no-country = لا يوجد بلد لعرضه بعد.
impact-no-month = لا يوجد شهر لعرضه بعد.
impact-all-generations = جميع الأجيال
# a generation's short name: G0 trained the first trainers, G1 was trained by them, …
impact-generation-short = G{ $generation }
impact-not-recorded = غير مسجَّل
impact-download = التنزيل
impact-csv-generations = الأجيال (CSV)
impact-csv-countries = البلدان (CSV)
impact-csv-months = الأشهر (CSV)
impact-json = جميع البيانات بصيغة JSON (API)
impact-public-page = الصفحة العامة
# $link: the page's address, as a link
impact-public-on = صفحة الأثر العامة مفعَّلة على العنوان: { $link }
impact-public-on-note = (أرقام إجمالية فقط؛ ولا تُفصَّل أرقام المجموعات التي يقل عدد أفرادها عن { $min }).
impact-public-off = صفحة الأثر العامة غير مفعَّلة.
impact-public-switch-off = إيقاف الصفحة العامة
impact-public-switch-on = تفعيل الصفحة العامة
## the charts (SVG, read by screen readers as an image with a description)
impact-chart-generations = الأجيال
impact-chart-months = من وصل إليهم التدريب حسب الشهر
impact-chart-countries = من وصل إليهم التدريب حسب البلد
impact-chart-sex = من وصل إليهم التدريب حسب الجنس
impact-chart-cascade = سلسلة التدريب، جيلًا بعد جيل
impact-chart-generation-desc = الجيل { $generation }: { $trainings ->
        [zero] { $trainings } دورة تدريبية
        [one] دورة تدريبية واحدة
        [two] دورتان تدريبيتان
        [few] { $trainings } دورات تدريبية
        [many] { $trainings } دورة تدريبية
       *[other] { $trainings } دورة تدريبية
    }، و{ $trainers ->
        [zero] { $trainers } مدرّب معتمد
        [one] مدرّب معتمد واحد
        [two] مدرّبان معتمدان
        [few] { $trainers } مدرّبين معتمدين
        [many] { $trainers } مدرّبًا معتمدًا
       *[other] { $trainers } مدرّب معتمد
    }، ووصول التدريب إلى { $people ->
        [zero] { $people } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    }
impact-chart-generation-line = { $trainings ->
        [zero] { $trainings } دورة تدريبية
        [one] دورة تدريبية واحدة
        [two] دورتان تدريبيتان
        [few] { $trainings } دورات تدريبية
        [many] { $trainings } دورة تدريبية
       *[other] { $trainings } دورة تدريبية
    } · { $trainers ->
        [zero] { $trainers } مدرّب معتمد
        [one] مدرّب معتمد واحد
        [two] مدرّبان معتمدان
        [few] { $trainers } مدرّبين معتمدين
        [many] { $trainers } مدرّبًا معتمدًا
       *[other] { $trainers } مدرّب معتمد
    } · النشطون منهم: { $active }
impact-chart-people = { $people ->
        [zero] { $people } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $people } أشخاص
        [many] { $people } شخصًا
       *[other] { $people } شخص
    }
impact-chart-nobody = لم يصل التدريب إلى أي شخص بعد.
impact-chart-nothing = لا يوجد ما يُعرض.

## The trainer space: certified trainers log the trainings they deliver
trainer-space = مساحة المدرّبين
trainer-space-lead = مرحبًا { $name }. يُرجى توثيق كل دورة تدريبية تُقدَّم: فمن يصل إليهم التدريب يظهرون في تقرير الأثر الخاص بالبرنامج، جيلًا بعد جيل.
trainer-no-certificate = لا توجد شهادة اعتماد مدرّب باسمك بعد. تُمنح شهادات اعتماد المدرّبين من خلال برامج تدريب المدرّبين؛ وعند صدور إحداها، تظهر هنا.
trainer-certified-since = اعتماد مدرّب منذ { $date }
# followed by the certificate's code, a link
trainer-certificate = الشهادة
trainer-revoked = ملغاة
trainer-log-delivered = توثيق دورة تدريبية مقدَّمة
trainer-revoked-note = أُلغيت هذه الشهادة: لم يعد ممكنًا توثيق أي دورة تدريبية في إطارها، وما سبق توثيقه يبقى محفوظًا مع الإشارة إلى ذلك، ويُستبعد من الأرقام.
trainer-revoked-note-reason = أُلغيت هذه الشهادة ({ $reason }): لم يعد ممكنًا توثيق أي دورة تدريبية في إطارها، وما سبق توثيقه يبقى محفوظًا مع الإشارة إلى ذلك، ويُستبعد من الأرقام.
trainer-nothing-yet = لم تُقدَّم أي دورة تدريبية في إطار هذه الشهادة بعد.
trainer-delivered-under = الدورات التدريبية المقدَّمة في إطار الشهادة { $code }
trainer-col-training = الدورة التدريبية
trainer-col-when = الموعد
trainer-col-where = المكان
trainer-col-participants = المشاركون
trainer-col-status = الحالة
trainer-hosted = مستضافة على Cascade: التسجيل والحضور والشهادات تُدار هناك
trainer-host = استضافة دورة تدريبية على Cascade
trainer-host-lead = يمكن إدارة الدورة التدريبية هنا، من التسجيل والدعوات إلى الحضور والشهادات، ويصبح المدرّبون المعتمدون من خلالها الجيلَ التالي، فيوثّقون دوراتهم التدريبية بأنفسهم.
trainer-host-certificate = الشهادة التي تُقدَّم الدورة في إطارها
trainer-field-title = العنوان
trainer-host-kind = النوع
trainer-host-timezone = المنطقة الزمنية
trainer-host-timezone-hint = باسم مدينة، مثل Asia/Ulaanbaatar أو Europe/Belgrade
trainer-field-language = اللغة
trainer-host-language-hint = رمز لغة، مثل mn, sq, uz
trainer-host-organisation = جهة عملك
trainer-host-country = بلد جهة العمل
trainer-choose = يُرجى الاختيار…
trainer-host-create = إنشاء الدورة التدريبية (مسودة)
## signing in to the trainer space
trainer-sign-in-title = مساحة المدرّبين: تسجيل الدخول
trainer-sign-in-heading = مساحة المدرّبين الخاصة بك
trainer-sign-in-lead = يوثّق المدرّبون المعتمدون هنا الدورات التدريبية التي يقدّمونها. لا حاجة إلى كلمة مرور: نرسل إليك بالبريد الإلكتروني رابطًا لتسجيل الدخول.
# $masked: the address with most of it hidden, "m•••@example.org"
trainer-sign-in-certificate-of = هذا الرابط خاص بالشهادة المرتبطة بالعنوان { $masked }. ويمكننا إرسال رابط لتسجيل الدخول إلى هذا العنوان.
trainer-sign-in-send = إرسال رابط تسجيل الدخول بالبريد الإلكتروني
# $link: trainer-sign-in-other as a link
trainer-sign-in-not-yours = ليس هذا عنوانك؟ { $link }.
trainer-sign-in-other = تسجيل الدخول بعنوان بريد إلكتروني آخر
trainer-sign-in-email = عنوان البريد الإلكتروني المدوَّن في شهادتك
# $link: trainer-sign-in-usual as a link
trainer-sign-in-organisers = تسجّل الجهات المنظِّمة الدخول من { $link }.
trainer-sign-in-usual = الصفحة المعتادة
trainer-sign-in-sent = { $minutes ->
        [zero] إذا كانت هناك شهادة اعتماد مدرّب مرتبطة بالعنوان { $email }، فإن رابط تسجيل الدخول في طريقه إليه. يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $minutes } دقيقة.
        [one] إذا كانت هناك شهادة اعتماد مدرّب مرتبطة بالعنوان { $email }، فإن رابط تسجيل الدخول في طريقه إليه. يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة دقيقة واحدة.
        [two] إذا كانت هناك شهادة اعتماد مدرّب مرتبطة بالعنوان { $email }، فإن رابط تسجيل الدخول في طريقه إليه. يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة دقيقتين.
        [few] إذا كانت هناك شهادة اعتماد مدرّب مرتبطة بالعنوان { $email }، فإن رابط تسجيل الدخول في طريقه إليه. يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $minutes } دقائق.
        [many] إذا كانت هناك شهادة اعتماد مدرّب مرتبطة بالعنوان { $email }، فإن رابط تسجيل الدخول في طريقه إليه. يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $minutes } دقيقة.
       *[other] إذا كانت هناك شهادة اعتماد مدرّب مرتبطة بالعنوان { $email }، فإن رابط تسجيل الدخول في طريقه إليه. يمكن استخدام الرابط مرة واحدة فقط، ويظل صالحًا لمدة { $minutes } دقيقة.
    }
## the names of kinds, statuses, modes and decisions
trainings-status-draft = مسودة
trainings-status-published = منشورة
trainings-status-cancelled = ملغاة
trainings-status-completed = مكتملة
downstream-trainings-status-submitted = بانتظار التحقق
downstream-trainings-status-needs-information = طُلبت معلومات إضافية
downstream-trainings-status-verified = تم التحقق منها
downstream-trainings-status-rejected = مرفوضة
downstream-trainings-mode-online = عبر الإنترنت
downstream-trainings-mode-in-person = حضوري
downstream-trainings-mode-hybrid = مدمج
## logging a delivered training
trainer-log-title = توثيق دورة تدريبية
trainer-status = الحالة:
trainer-conversation = المراسلات مع الجهات المنظِّمة
trainer-message-answer = رد
trainer-message-verified = تم التحقق
trainer-message-needs-information = طُلبت معلومات إضافية
trainer-message-rejected = مرفوضة
trainer-under-certificate = الشهادة التي قُدِّمت الدورة في إطارها
# an option: the training the certificate is for, its code, when it was earned
trainer-certificate-choice = { $title } ({ $code }، { $date })
trainer-sessions = الجلسات
trainer-sessions-hint = صف واحد لكل جلسة: تاريخها وعدد ساعاتها. يمكن إضافة الجلسات كلما قُدِّمت؛ وتُتجاهل الصفوف الفارغة، وتظهر بعد الحفظ صفوف فارغة جديدة.
trainer-day = اليوم
trainer-hours = عدد الساعات
trainer-session-day = الجلسة { $number }: اليوم
trainer-session-hours = الجلسة { $number }: عدد الساعات
trainer-mode = طريقة التقديم
trainer-country = البلد
trainer-region = المنطقة أو المحافظة
trainer-city = المدينة أو البلدة
trainer-language-hint = رمز لغة، مثل mn, sq, uz, en
trainer-audience = الجهات التي ينتمي إليها المشاركون
trainer-audience-hint = مثل: إدارة مدينة دارخان؛ مكتب مكافحة الفساد في المحافظة
trainer-total = إجمالي عدد المشاركين
trainer-by-sex = حسب الجنس (يجب أن يساوي المجموع العدد الإجمالي؛ وتُترك الحقول كلها فارغة إذا لم تُسجَّل هذه البيانات)
trainer-by-age = حسب الفئة العمرية (يجب أن يساوي المجموع العدد الإجمالي؛ وتُترك الحقول كلها فارغة إذا لم تُسجَّل هذه البيانات)
trainer-disability = عدد المشاركين من ذوي الإعاقة (اختياري)
trainer-disability-hint = وفق المجموعة المختصرة من أسئلة فريق واشنطن المعني بإحصاءات الإعاقة
trainer-curriculum = إصدار المنهج التدريبي
trainer-curriculum-hint = إصدار المواد التدريبية المستخدمة، مثل 2023.1
trainer-evidence = المستندات الداعمة
# $size: "10 MB"
trainer-evidence-file = كشف الحضور: نسخة ممسوحة ضوئيًا أو صورة (PDF أو JPEG أو PNG، بحجم أقصاه { $size })
trainer-evidence-stored = الملف المحفوظ: { $name }.
trainer-download = التنزيل
trainer-evidence-replace = ولاستبداله، يُرجى اختيار ملف آخر.
trainer-evidence-url = أو رابط إليه
trainer-notes = ملاحظات (وردود على أسئلة الجهات المنظِّمة)
trainer-save = حفظ التغييرات
trainer-log = توثيق الدورة التدريبية
trainer-verified-locked = تم التحقق من هذه الدورة التدريبية: لم يعد تغييرها ممكنًا.
trainer-saved = تم الحفظ. ستتحقق منها الجهات المنظِّمة لدورة تدريب المدرّبين التي مُنحت الشهادة من خلالها.
## what a field of the trainer's forms must hold, shown with the field when it does not (in
## English the error's own, more specific sentence is shown instead)
field-error-certificate_code = يُرجى اختيار إحدى شهادات اعتماد المدرّب السارية باسمك.
field-error-title = يُرجى إدخال عنوان الدورة التدريبية في سطر واحد (200 حرف كحد أقصى).
field-error-session_date = يُرجى إدخال يوم كل جلسة؛ ولا تُوثَّق الجلسة إلا بعد انعقادها.
field-error-session_hours = يُرجى إدخال عدد ساعات كل جلسة بالأرقام، مثل 3 أو 1.5.
field-error-region = يُرجى إدخال المنطقة أو المحافظة في سطر واحد (100 حرف كحد أقصى)، أو ترك الحقل فارغًا.
field-error-city = يُرجى إدخال المدينة أو البلدة في سطر واحد (100 حرف كحد أقصى).
field-error-language = يُرجى إدخال رمز لغة، مثل mn, sq, uz, en.
field-error-audience_organisations = يُرجى إدخال الجهات التي ينتمي إليها المشاركون (1000 حرف كحد أقصى)، أو ترك الحقل فارغًا.
field-error-participants_total = يُرجى إدخال عدد المشاركين عددًا صحيحًا.
field-error-sex_count = يُرجى إدخال أعداد صحيحة حسب الجنس يساوي مجموعها العدد الإجمالي، أو ترك الحقول كلها فارغة.
field-error-age_count = يُرجى إدخال أعداد صحيحة حسب الفئة العمرية يساوي مجموعها العدد الإجمالي، أو ترك الحقول كلها فارغة.
field-error-with_disability = يُرجى إدخال عدد صحيح لا يتجاوز العدد الإجمالي، أو ترك الحقل فارغًا.
field-error-curriculum_version = يُرجى إدخال إصدار المنهج التدريبي في سطر واحد (100 حرف كحد أقصى)، أو ترك الحقل فارغًا.
field-error-evidence = يُرجى اختيار ملف PDF أو JPEG أو PNG لا يتجاوز حجمه الحد المبيَّن.
field-error-evidence_url = يُرجى إدخال عنوان ويب يبدأ بـ https:// أو ترك الحقل فارغًا.
field-error-notes = يُرجى ألا تتجاوز الملاحظات 5000 حرف.
field-error-kind = يُرجى اختيار نوع الدورة التدريبية من القائمة.
field-error-timezone = يُرجى إدخال المنطقة الزمنية باسم مدينة، مثل Asia/Ulaanbaatar أو Europe/Belgrade.
field-error-organisation_name = يُرجى إدخال اسم جهة عملك في سطر واحد (200 حرف كحد أقصى).
field-error-organisation_country = يُرجى اختيار بلد جهة عملك من القائمة.
