# Cascade — pages that participants read, and what every page shares.
# Arabic (Modern Standard Arabic). Same message ids as en/pages.ftl.
# Terms: see GLOSSARY.md in this folder (الدورة التدريبية، الجلسة، الجهة المنظِّمة، التسجيل، الشهادة، قائمة الانتظار، المنطقة الزمنية، المشارك، إشعار الخصوصية).
# Register: formal; no second-person verbs or imperatives (يُرجى + verbal noun, passive voice);
# second-person pronoun suffixes are written without vowels, so they read for any reader.

## Every page

skip-to-content = الانتقال إلى المحتوى
brand-home = الصفحة الرئيسية لمنصة Cascade
nav-main = القائمة الرئيسية
nav-my-trainings = دوراتي التدريبية
nav-organisations = المؤسسات
nav-trainer-space = مساحة المدرّبين
nav-to-verify = بانتظار التحقق
nav-password = كلمة المرور
nav-sign-out = تسجيل الخروج ({ $name })
nav-sign-in = تسجيل الدخول
footer-about = Cascade — تدريب المدرّبين، من الجدولة حتى نقل التدريب من جيل إلى جيل.
footer-api = API
footer-mailbox = صندوق البريد
footer-mailbox-note = (رسائل البريد الإلكتروني محتجزة محليًا ولا تُرسَل)
language-switcher = اللغة
# The title of a page, after the page's own: "Register: Reporting portal · Cascade"
page-title = { $page } · Cascade

## Error pages

error-not-found = الصفحة غير موجودة
error-not-allowed = لا تتوفر صلاحية الوصول
error-server = حدث خطأ ما
error-other = تعذّر إتمام العملية
# $link: a link whose text is error-start-page.
error-back = يُرجى استخدام زر الرجوع في المتصفح، أو { $link }.
error-start-page = الانتقال إلى الصفحة الرئيسية
error-summary = توجد مشكلة

## Dates and durations

# Two dates a training runs between, each written in full.
date-span = { $first } – { $last }
# A session's length in hours and minutes (س = ساعة، د = دقيقة).
duration =
    { $minutes ->
        [0] { $hours } س
       *[other] { $hours } س { $minutes } د
    }
# A session that ends on a later day than it starts, in one zone.
ends-next-day =
    { $days ->
        [zero] { $time }
        [one] { $time } (اليوم التالي)
        [two] { $time } (بعد يومين)
        [few] { $time } (بعد { $days } أيام)
        [many] { $time } (بعد { $days } يومًا)
       *[other] { $time } (بعد { $days } يوم)
    }

## The public page of a training

public-took-place = انعقدت هذه الدورة التدريبية في { $dates }.
public-registration-closed = التسجيل مغلق.
public-invitation-only = التسجيل بالدعوة فقط.
public-register = التسجيل
public-add-to-calendar = الإضافة إلى التقويم (.ics)
public-organised-by = الجهات المنظِّمة
# After an organisation's country: it leads the training (the lead organiser's organisation).
public-lead = الجهة الرئيسية
public-contact = للاستفسارات، يُرجى مراسلة الجهات المنظِّمة:
public-schedule = الجدول الزمني
public-schedule-zones = الأوقات مبيّنة بالمنطقة الزمنية للدورة التدريبية ({ $zone }) وبالمنطقة الزمنية لكل بلد من البلدان المنظِّمة.
public-about = نبذة
public-language = اللغة: { $language }
public-places =
    { $count ->
        [zero] { $count } مقعد
        [one] مقعد واحد
        [two] مقعدان
        [few] { $count } مقاعد
        [many] { $count } مقعدًا
       *[other] { $count } مقعد
    }
public-registration-mode = طريقة التسجيل: { $mode }
# $link: a link whose text is public-privacy-link.
public-privacy = { $link }: ما يُحفظ من بياناتك عند التسجيل، ومدة حفظها، وكيفية طلب محوها.
public-privacy-link = إشعار الخصوصية

## The schedule table

schedule-region = الجدول الزمني بحسب المنطقة الزمنية
schedule-caption = الجلسات بحسب المنطقة الزمنية
schedule-session = الجلسة
schedule-training-zone = (توقيت الدورة التدريبية)
schedule-your-time = توقيتك المحلي
schedule-night = ليلًا

## The registration form

form-title = التسجيل: { $title }
form-heading = التسجيل
form-closed = التسجيل غير متاح: { $reason }.
form-closed-ended = انعقدت هذه الدورة التدريبية في { $dates }
form-closed-window = أُغلق التسجيل في { $date }
form-closed-not-open = يبدأ التسجيل في { $date }
form-closed-cancelled = أُلغيت هذه الدورة التدريبية
form-closed-completed = انتهت هذه الدورة التدريبية
form-closed-unpublished = هذه الدورة التدريبية غير مفتوحة للتسجيل
form-invitation-only = التسجيل في هذه الدورة التدريبية بالدعوة فقط. في حال تلقّي دعوة، يُرجى استخدام الرابط الشخصي الوارد في رسالة الدعوة.
form-full-title = اكتمل عدد المقاعد في هذه الدورة التدريبية.
form-full-text = لا يزال التسجيل ممكنًا: يُضاف تسجيلك إلى قائمة الانتظار، ويُخصَّص لك مقعد فور شغوره، مع إشعار بالبريد الإلكتروني.
form-approval = تنظر الجهات المنظِّمة في كل تسجيل على حدة، وسيصلك ردّها بالبريد الإلكتروني.
form-email = عنوان البريد الإلكتروني
form-email-hint = سنرسل رابطًا لتأكيده.
form-email-invited = الدعوة موجّهة إلى هذا العنوان.
form-consent = أوافق على أن تحتفظ الجهات المنظِّمة بهذه البيانات لتنظيم الدورة التدريبية، ولإعداد تقارير عن عدد من وصلت إليهم الدورة دون ذكر الأسماء.
# $link: a link to the privacy notice whose text is form-privacy-link (in the form this sentence needs).
form-privacy = يوضّح { $link } ما يُحفظ من بيانات، ومدة حفظها، وكيفية طلب محوها.
form-privacy-link = إشعار الخصوصية
form-submit = التسجيل
form-submit-waitlist = الانضمام إلى قائمة الانتظار

## A person's details (the form and the participant page)

person-full-name = الاسم الكامل
person-organisation = جهة العمل
person-organisation-hint = مكان العمل.
person-country = البلد
person-choose = يُرجى الاختيار…
person-sex = الجنس
person-sex-hint = (اختياري؛ للتقارير التي تُحصي عدد النساء والرجال الذين وصلت إليهم الدورة)
person-not-given = لم يُذكر
person-age = العمر
person-optional = (اختياري)

# Errors on the form, by field: what the field must hold.
field-error-email = يُرجى إدخال عنوان بريد إلكتروني يستقبل الرسائل، مثل name@example.org.
field-error-full_name = يُرجى إدخال الاسم الكامل في سطر واحد (200 حرف كحد أقصى).
field-error-organisation = يُرجى إدخال جهة العمل في سطر واحد (200 حرف كحد أقصى).
field-error-country = يُرجى اختيار البلد من القائمة.
field-error-sex = يُرجى اختيار أحد الخيارات، أو «لم يُذكر».
field-error-age_band = يُرجى اختيار فئة عمرية من القائمة، أو «لم يُذكر».
field-error-consent = يُرجى تحديد المربع للموافقة، وإلا فلن تتمكن الجهات المنظِّمة من الاحتفاظ بتسجيلك.
field-error-csrf = انتهت صلاحية النموذج أو لم يُرسَل من هذا الموقع؛ يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
field-error-rate-limited = عدد كبير جدًا من طلبات التسجيل من هذه الشبكة أو لهذا العنوان؛ يُرجى المحاولة لاحقًا.
field-error-other = تعذّر إتمام العملية: يُرجى مراجعة النموذج والمحاولة مرة أخرى.

## After registering

inbox-title = يُرجى التحقق من صندوق الوارد
inbox-sent = أرسلنا رسالة بريد إلكتروني إلى العنوان المُقدَّم للتسجيل في «{ $title }».
inbox-open-link =
    { $hours ->
        [zero] يُرجى فتح الرابط الوارد فيها لتأكيد تسجيلك. يظل الرابط صالحًا لمدة { $hours } ساعة.
        [one] يُرجى فتح الرابط الوارد فيها لتأكيد تسجيلك. يظل الرابط صالحًا لمدة ساعة واحدة.
        [two] يُرجى فتح الرابط الوارد فيها لتأكيد تسجيلك. يظل الرابط صالحًا لمدة ساعتين.
        [few] يُرجى فتح الرابط الوارد فيها لتأكيد تسجيلك. يظل الرابط صالحًا لمدة { $hours } ساعات.
        [many] يُرجى فتح الرابط الوارد فيها لتأكيد تسجيلك. يظل الرابط صالحًا لمدة { $hours } ساعة.
       *[other] يُرجى فتح الرابط الوارد فيها لتأكيد تسجيلك. يظل الرابط صالحًا لمدة { $hours } ساعة.
    }
# $link: a link to the form whose text is inbox-register-again.
inbox-nothing = ألم تصل أي رسالة بعد بضع دقائق؟ يُرجى التحقق من مجلد الرسائل غير المرغوب فيها، أو { $link } للحصول على رابط جديد.
inbox-register-again = إعادة التسجيل

confirm-title = تأكيد التسجيل
confirm-for = الدورة التدريبية: «{ $title }».
confirm-button = تأكيد تسجيلي
confirm-invalid-title = هذا الرابط لم يعد صالحًا
confirm-invalid = روابط التأكيد صالحة لمرة واحدة ولمدة محدودة. وهذا الرابط إما استُخدم من قبل، أو انتهت صلاحيته، أو غير صالح.
confirm-invalid-next = هل سبق تأكيد التسجيل؟ رابط صفحة تسجيلك موجود في رسالة البريد الإلكتروني التي أرسلناها بعد التأكيد. وإلا فيمكنك التسجيل من جديد: سنرسل رابطًا جديدًا إلى العنوان نفسه، ويبقى لك تسجيل واحد فقط.
confirm-register-again = إعادة التسجيل

## The participant's own page

participant-title = تسجيلك: { $title }
participant-yours = تسجيلك
participant-waitlisted = اكتمل عدد المقاعد في الدورة التدريبية. تسجيلك مُدرج في قائمة الانتظار، وستصلك رسالة بالبريد الإلكتروني مع دعوة التقويم فور شغور مقعد.
participant-awaiting = لم تتخذ الجهات المنظِّمة قرارها بعد. ستصلك رسالة بالبريد الإلكتروني.
participant-cancelled = أُلغي هذا التسجيل.
participant-register-again = إعادة التسجيل
participant-pending = يُرجى تأكيد عنوان بريدك الإلكتروني عبر الرابط الذي أرسلناه إليك.
participant-schedule = الجدول الزمني
participant-zone-yours = الأوقات مبيّنة بمنطقتك الزمنية ({ $zone }).
participant-zone-both = الأوقات مبيّنة بمنطقتك الزمنية ({ $zone })؛ وتحت كل جلسة، بالمنطقة الزمنية للدورة التدريبية ({ $training_zone }).
participant-join = الانضمام إلى الجلسة
# $time: a date and a clock time ("14 February 2023, 08:45").
participant-join-from = يظهر رابط الانضمام هنا بدءًا من { $time }.
participant-check-in = تسجيل الحضور
participant-check-in-to = في جلسة { $session }
participant-host-code = أو الرمز الذي يقدّمه مُضيف الجلسة
participant-google = الإضافة إلى Google Calendar
participant-outlook = الإضافة إلى Outlook
participant-download = تنزيل التقويم (.ics)
participant-subscribe = الاشتراك من تطبيق التقويم
participant-stays-current = (يُحدَّث تلقائيًا عند تغيير الجدول الزمني)
participant-details = بياناتك
participant-save = حفظ بياناتي
participant-cannot-come = هل يتعذّر الحضور؟
participant-cancel = إلغاء تسجيلي
participant-cancel-note = يُمنح مقعدك لأول شخص في قائمة الانتظار.
participant-privacy = الخصوصية
# $link: a link whose text is participant-privacy-link.
participant-privacy-text = يوضّح { $link } ما يُحفظ من بياناتك ومدة حفظها.
participant-privacy-link = إشعار الخصوصية
participant-erase-link = محو بياناتك
participant-language = لغة رسائل البريد الإلكتروني ودعوات التقويم والشهادة
participant-language-save = اعتماد هذه اللغة
participant-saved = حُفظت بياناتك.
participant-cancelled-notice = أُلغي تسجيلك.
participant-welcome-confirmed = تم تأكيد تسجيلك. دعوة التقويم في طريقها إلى صندوق الوارد لديك.
participant-welcome-waitlisted = تم تأكيد عنوان بريدك الإلكتروني. اكتمل عدد المقاعد في الدورة التدريبية: تسجيلك مُدرج في قائمة الانتظار.
participant-welcome-awaiting = تم تأكيد عنوان بريدك الإلكتروني. ستنظر الجهات المنظِّمة في تسجيلك.
participant-language-saved = ستصلك رسائل البريد الإلكتروني ودعوات التقويم والشهادة بهذه اللغة.

## The privacy notice of a training

privacy-title = إشعار الخصوصية: { $title }
privacy-heading = إشعار الخصوصية
privacy-lead = ما يُحفظ من بياناتك عند التسجيل في «{ $title }»، ومدة حفظها، وكيفية طلب محوها.
privacy-who = الجهة المسؤولة
# $organisations: the organisations with their countries, as a list ("A (Kosovo), B (Mongolia) and C (Rwanda)")
privacy-who-text = الجهات المنظِّمة: { $organisations }. وهي تدير الدورة التدريبية باستخدام Cascade، وهو البرنامج الذي يعمل به هذا الموقع.
privacy-write-to = للتواصل معها:
# Joins the last two items of a list: "A and B"; other items are joined with ", ".
list-and = { $first } و{ $last }
list-comma = { $first }، { $rest }
privacy-what = ما يُحفظ
privacy-what-given = البيانات المقدَّمة عند التسجيل: عنوان البريد الإلكتروني، والاسم، وجهة العمل، والبلد، والجنس والفئة العمرية في حال اختيار تقديمهما؛ وتاريخ الموافقة على حفظ هذه البيانات.
privacy-what-status = حالة التسجيل (بانتظار التأكيد، مؤكَّد، في قائمة الانتظار، ملغى…).
privacy-what-attendance = الحضور في كل جلسة، كما تسجّله الجهات المنظِّمة أو تستورده من تقارير Zoom أو Teams.
privacy-what-certificate = الشهادة، في حال الحصول عليها.
privacy-what-mails = رسائل البريد الإلكتروني المُرسَلة إليك: التأكيد، ودعوات التقويم، والتذكيرات، والتغييرات.
privacy-why = الغرض
privacy-why-text = تنظيم الدورة التدريبية: تأكيد مقعدك، وإرسال دعوات التقويم والتذكيرات والتغييرات، وتسجيل الحضور، وإصدار الشهادات. وكذلك إبلاغ الجهات المموِّلة للبرنامج بعدد من وصلت إليهم الدورة التدريبية، بحسب البلد والجنس والفئة العمرية، دون ذكر الأسماء.
privacy-who-sees = من يطّلع عليها
privacy-who-sees-text = الجهات المنظِّمة للدورة التدريبية ومسؤولو هذا الموقع. ولا يُعرض شيء منها على الصفحات العامة. أما الشهادة فتُظهر اسمك لكل من يملك رمزها: فبهذه الطريقة يتحقق الآخرون من صحتها.
privacy-how-long = مدة الحفظ
privacy-erased-after =
    { $days ->
        [zero] يُمحى عنوان بريدك الإلكتروني واسمك وجهة عملك بعد { $days } يوم من آخر جلسة في الدورة التدريبية. ويبقى البلد والجنس والفئة العمرية، من دون هذه البيانات، ضمن الإحصاءات.
        [one] يُمحى عنوان بريدك الإلكتروني واسمك وجهة عملك بعد يوم واحد من آخر جلسة في الدورة التدريبية. ويبقى البلد والجنس والفئة العمرية، من دون هذه البيانات، ضمن الإحصاءات.
        [two] يُمحى عنوان بريدك الإلكتروني واسمك وجهة عملك بعد يومين من آخر جلسة في الدورة التدريبية. ويبقى البلد والجنس والفئة العمرية، من دون هذه البيانات، ضمن الإحصاءات.
        [few] يُمحى عنوان بريدك الإلكتروني واسمك وجهة عملك بعد { $days } أيام من آخر جلسة في الدورة التدريبية. ويبقى البلد والجنس والفئة العمرية، من دون هذه البيانات، ضمن الإحصاءات.
        [many] يُمحى عنوان بريدك الإلكتروني واسمك وجهة عملك بعد { $days } يومًا من آخر جلسة في الدورة التدريبية. ويبقى البلد والجنس والفئة العمرية، من دون هذه البيانات، ضمن الإحصاءات.
       *[other] يُمحى عنوان بريدك الإلكتروني واسمك وجهة عملك بعد { $days } يوم من آخر جلسة في الدورة التدريبية. ويبقى البلد والجنس والفئة العمرية، من دون هذه البيانات، ضمن الإحصاءات.
    }
privacy-erased-on = أي في { $date }.
privacy-kept-until-erased = لا يمحو Cascade بياناتك تلقائيًا: تبقى محفوظة إلى أن تُمحى من صفحة تسجيلك، أو بطلب إلى الجهات المنظِّمة (التفاصيل أدناه). وعندئذٍ يبقى البلد والجنس والفئة العمرية، من دون هذه البيانات، ضمن الإحصاءات.
privacy-mails-deleted =
    { $days ->
        [zero] تُحذف رسائل البريد الإلكتروني المُرسَلة إليك بعد { $days } يوم من إرسالها.
        [one] تُحذف رسائل البريد الإلكتروني المُرسَلة إليك بعد يوم واحد من إرسالها.
        [two] تُحذف رسائل البريد الإلكتروني المُرسَلة إليك بعد يومين من إرسالها.
        [few] تُحذف رسائل البريد الإلكتروني المُرسَلة إليك بعد { $days } أيام من إرسالها.
        [many] تُحذف رسائل البريد الإلكتروني المُرسَلة إليك بعد { $days } يومًا من إرسالها.
       *[other] تُحذف رسائل البريد الإلكتروني المُرسَلة إليك بعد { $days } يوم من إرسالها.
    }
privacy-mails-kept = تُحفظ رسائل البريد الإلكتروني المُرسَلة إليك ما دام تسجيلك محفوظًا؛ ومحو بياناتك يحذفها.
privacy-reports = تبقى تقارير الحضور التي تستوردها الجهات المنظِّمة من Zoom أو Teams مع الدورة التدريبية كما رُفعت، بما فيها من أسماء وعناوين بريد إلكتروني؛ ولا يغيّرها محو بياناتك. وللاستفسار عنها، يُرجى التواصل مع الجهات المنظِّمة.
privacy-certificate-stays = تبقى الشهادة، باسمك، حتى يظل التحقق منها ممكنًا؛ ويمكن للجهات المنظِّمة إلغاؤها بناءً على طلبك.
privacy-erasing = محو بياناتك
privacy-erasing-text = يُرجى فتح صفحة تسجيلك (الرابط موجود في كل رسالة بريد إلكتروني أرسلناها إليك) واختيار «محو بياناتي». وإذا كان لك مقعد محجوز، يُلغى أولًا ليُمنح للشخص التالي في قائمة الانتظار. ولا يمكن التراجع عن المحو.
privacy-lost-mails = في حال فقدان الرسائل أو الرغبة في معرفة ما يُحفظ من بياناتك، يُرجى مراسلة الجهات المنظِّمة: فبإمكانها عرض بياناتك عليك ومحوها نيابةً عنك.

## Erasing one's details

erase-title = محو بياناتك: { $title }
erase-back = تسجيلك
erase-heading = محو بياناتك؟
erase-what = يمحو هذا الإجراء، بالنسبة إلى «{ $title }»، عنوان بريدك الإلكتروني ({ $email })، واسمك، وجهة عملك، ورسائل البريد الإلكتروني التي أُرسلت إليك.
erase-cancels = يُلغى تسجيلك أولًا: تصلك رسالة أخيرة تزيل الجلسات من تقويمك، ويُمنح مقعدك للشخص التالي في قائمة الانتظار.
erase-stays = يبقى البلد والجنس والفئة العمرية، من دون اسمك، ضمن إحصاءات من وصلت إليهم الدورة التدريبية. وتبقى أي شهادة صدرت لك حتى يظل التحقق منها ممكنًا.
erase-final = لا يمكن التراجع عن هذا الإجراء، وسيتوقف رابط هذه الصفحة عن العمل.
erase-button = محو بياناتي
erased-title = مُحيت بياناتك
erased-text = لم تعد بياناتك (عنوان البريد الإلكتروني والاسم وجهة العمل) محفوظة في ما يخص «{ $title }»، ولم يعد رابط تسجيلك يعمل.

## Values people choose or see

trainings-kind-tot = تدريب المدرّبين
trainings-kind-technical-webinar = ندوة فنية عبر الإنترنت
trainings-kind-e-consultation = مشاورة إلكترونية
trainings-kind-peer-exchange = تبادل الخبرات بين الأقران
trainings-registration-mode-open = مفتوح
trainings-registration-mode-approval = بموافقة جهة منظِّمة
trainings-registration-mode-invitation = بالدعوة فقط
registrations-status-pending = بانتظار التأكيد عبر البريد الإلكتروني
registrations-status-confirmed = مؤكَّد
registrations-status-waitlisted = في قائمة الانتظار
registrations-status-awaiting-approval = بانتظار الموافقة
registrations-status-invited = أُرسلت دعوة
registrations-status-cancelled = ملغى
registrations-status-declined = مرفوض
registrations-sex-female = أنثى
registrations-sex-male = ذكر
registrations-sex-another = آخر
registrations-sex-undisclosed = أفضّل عدم الإفصاح
registrations-age-band-under-25 = أقل من 25
registrations-age-band-25-34 = 25–34
registrations-age-band-35-44 = 35–44
registrations-age-band-45-54 = 45–54
registrations-age-band-55-64 = 55–64
registrations-age-band-65-plus = 65 فأكثر

## Checking a certificate (anyone with its code)

verify-title = الشهادة { $code }
verify-kicker = التحقق من الشهادة
verify-revoked-on = أُلغيت في { $date }
verify-reason = السبب:
verify-issuing = جارٍ الإصدار: سيجهز ملف PDF وبيانات الاعتماد الرقمية خلال ثوانٍ.
verify-valid = صالحة
verify-trainer = شهادة اعتماد مدرّب
verify-attendance = شهادة حضور
verify-holder = حامل الشهادة
verify-training = الدورة التدريبية
verify-organisers = الجهات المنظِّمة
verify-dates = التواريخ
verify-hours = عدد الساعات
# $hours may have a decimal (1.5): a decimal is [other].
verify-hours-value =
    { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }
verify-attended = الحضور
verify-attended-value =
    { $total ->
        [zero] { $attended } من أصل { $total } جلسة
        [one] { $attended } من أصل جلسة واحدة
        [two] { $attended } من أصل جلستين
        [few] { $attended } من أصل { $total } جلسات
        [many] { $attended } من أصل { $total } جلسة
       *[other] { $attended } من أصل { $total } جلسة
    }
verify-outcome = النتيجة
verify-outcome-trainer = اعتماد مدرّب: أهلية تدريب الآخرين في موضوع هذه الدورة التدريبية
verify-outcome-attended = حضور الدورة التدريبية
verify-criteria = المعايير
verify-issued = تاريخ الإصدار
verify-code = الرمز
verify-download = التنزيل
verify-pdf = الشهادة (PDF)
verify-credential = بيانات الاعتماد الرقمية وفق Open Badges 3.0 (JSON)
verify-signed = النسخة الموقَّعة (VC-JWT)
verify-authority = هذه الصفحة هي المرجع المعتمد: لا تكون الشهادة المطبوعة صالحة إلا ما دامت هذه الصفحة تُظهر ذلك. عنوان هذه الصفحة: { $url }
verify-another = التحقق من شهادة أخرى
verify-code-label = رمز الشهادة
verify-placeholder = رمز آخر، مثل { $example }
verify-check = التحقق
lookup-title = التحقق من شهادة
lookup-lead = يُرجى إدخال الرمز المطبوع على الشهادة أسفل رمز QR.
lookup-not-found = لم يُعثر على الشهادة
lookup-not-found-text = لا توجد شهادة تحمل هذا الرمز. يُرجى التحقق من كل خانة: يتكوّن الرمز من 12 خانة من الحروف والأرقام، مثل { $example }.
lookup-hint = 12 خانة من الحروف والأرقام؛ ولا يهم استخدام الشرطات أو المسافات أو الأحرف الصغيرة.

## Self check-in to a session

checkin-title = تسجيل الحضور
checkin-ok-title = تم تسجيل الحضور
checkin-failed-title = لم يُسجَّل الحضور
checkin-ok = تم تسجيل حضورك. نتمنى لك جلسة مفيدة.
checkin-failed = تعذّر تسجيل الحضور: يُتاح تسجيل الحضور قبل بدء الجلسة بوقت قصير ويُغلق عند انتهائها، ويجب أن يكون رمز المُضيف هو الرمز الذي قدّمه مُضيف الجلسة.
checkin-back = العودة إلى تسجيلك

## The error page
error-not-found-text = لا توجد صفحة على هذا العنوان. ربما كُتب الرابط بشكل خاطئ أو لم يعد صالحًا.
error-forbidden-text = لا تتوفر صلاحية فتح هذه الصفحة.
error-csrf-text = انتهت صلاحية النموذج أو لم يصدر عن هذا الموقع. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-rate-limited-text = عدد الطلبات كبير جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
error-unavailable-text = الخدمة مشغولة حاليًا. يُرجى المحاولة مرة أخرى بعد قليل.
error-internal-text = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
error-too-large-text = حجم البيانات المُرسَلة كبير جدًا.
error-other-text = تعذّرت معالجة الطلب. السبب، باللغة الإنجليزية:

## The certificate PDF (its fixed wording; the name, title and organisers are as written)
pdf-title = الشهادة – { $name }
pdf-heading-trainer = شهادة اعتماد مدرّب
pdf-heading-attendance = شهادة حضور
pdf-preamble = تُمنح هذه الشهادة إلى
pdf-achievement-trainer = لإتمام برنامج تدريب المدرّبين والحصول على الاعتماد لتدريب الآخرين في موضوع
pdf-achievement-attendance = لحضور
# $organisers: the organisations' names, "Ministry of Education · UNICEF"
pdf-organised-by = من تنظيم { $organisers }
pdf-dates-and-hours = { $dates } · { $hours }
pdf-issued = تاريخ الإصدار: { $date }
# followed by the code, in bold
pdf-code-label = رمز الشهادة
pdf-verify = للتحقق: { $url }
