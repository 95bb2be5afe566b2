## ecosoc-watch: the interface in Arabic (ar), translated from en.ftl, the reference catalogue.
## Every other catalogue has exactly these keys (a test fails otherwise).
## NGO names, questions and source text are records, never translated; only the words
## around them are here. UN terms: see terminology.md beside this file.
## Western digits, as current UN Arabic documents print them; Arabic comma «،» and
## semicolon «؛». Plurals use the six CLDR categories (zero, one, two, few, many, other).

# The Committee's name in full; UN Arabic does not use a shorter form, so the short term
# repeats it.
-committee = اللجنة المعنية بالمنظمات غير الحكومية
-committee-short = اللجنة المعنية بالمنظمات غير الحكومية
-consultative-status = المركز الاستشاري

## The site around every page

site-description = كيف ترجئ { -committee-short } التابعة للمجلس الاقتصادي والاجتماعي للأمم المتحدة النظر في الطلبات: حسب مجال التركيز، وحسب الدولة التي تطرح الأسئلة، وعلى مر الزمن، مع بيان مصدر كل رقم.
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-overview = نظرة عامة
nav-organizations = المنظمات
nav-time-to-decision = المدة حتى البت في الطلب
nav-who-asks = من يطرح الأسئلة
nav-sessions = الدورات
nav-states = الدول الأعضاء
nav-methodology = المنهجية
language-label = اللغة
digits-arabic-indic = أرقام ٠١٢٣
digits-western = أرقام 0123
footer-sources = القرارات المتخذة في الفترة 1998–2024 مأخوذة من مجموعة البيانات { $dataset } التي أعدّها كريستوف فالنتين شتاينرت (Christoph Valentin Steinert) (بموجب ترخيص MIT)، والمرمَّزة استنادًا إلى التقارير الرسمية للجنة. أما تغطية الاجتماعات فمأخوذة من النشرات الصحفية للأمم المتحدة، وهي ليست من الوثائق الرسمية.
footer-api-link = واجهة برمجة التطبيقات
footer-api = : جميع الأرقام بصيغ JSON أو CSV أو SVG أو PNG، لغرف الأخبار والبرامج النصية.
loading = جارٍ التحميل…

## Errors

error-not-found = غير موجود
error-bad-request = هذا العنوان غير صالح
error-failed = حدث خطأ
error-database = تعذّرت قراءة قاعدة البيانات. يُرجى المحاولة مرة أخرى بعد قليل.
error-detail-english = توضيح الخادم (باللغة الإنكليزية):
date = { $day } { $month ->
        [1] كانون الثاني/يناير
        [2] شباط/فبراير
        [3] آذار/مارس
        [4] نيسان/أبريل
        [5] أيار/مايو
        [6] حزيران/يونيه
        [7] تموز/يوليه
        [8] آب/أغسطس
        [9] أيلول/سبتمبر
        [10] تشرين الأول/أكتوبر
        [11] تشرين الثاني/نوفمبر
    *[12] كانون الأول/ديسمبر
    } { $year }
date-time = { $date }، الساعة { $time } بالتوقيت العالمي المنسق
page-not-found = الصفحة غير موجودة
page-not-found-text = لا توجد صفحة في هذا العنوان.
go-to-overview = الانتقال إلى النظرة العامة
search-organizations = البحث في المنظمات
showing-default-view = — تُعرض الصفحة بإعداداتها الافتراضية.

## Home page

home-title = إرجاء النظر في الطلبات في { -committee-short } التابعة للأمم المتحدة
home-lead = يمكن للدول الأعضاء في اللجنة، وعددها 19 دولة، أن تؤخر طلب منظمة غير حكومية لسنوات بطرح سؤال آخر. ويحتفظ موقع ecosoc-watch بسجلات اللجنة مع مصادرها، ويُحصي من يُرجأ النظر في طلباتهم، ومن يتسبب في ذلك، ولأي مدة.
rates-heading = من يُرجأ النظر في طلباتهم: حسب مجال التركيز
rates-computing = جارٍ حساب المعدلات…
filter-measure = المقياس
filter-from = من
filter-to = إلى
filter-considerations = حالات النظر
filter-n = N
filter-region = المنظمات غير الحكومية التي يوجد مقرها في
filter-any-region = أي منطقة
filter-any-year = أي سنة
filter-apply = تطبيق

measure-session_deferral = معدل الإرجاء في كل دورة
measure-ever_deferred = نسبة الطلبات التي أُرجئ النظر فيها مرة واحدة على الأقل
measure-deferred_at_least = نسبة الطلبات التي أُرجئ النظر فيها N مرات على الأقل
consideration-all = جميع حالات النظر
consideration-new = الطلبات الجديدة فقط
consideration-previously_deferred = الطلبات المؤجلة من دورات سابقة فقط

region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
# A chart restricted to one region: "Africa (UN M49 region)"
region-restriction = { $region } (منطقة M49 للأمم المتحدة)
region-oceania = أوقيانوسيا

## Focus areas: as a label, and inside a sentence ("NGOs working on …")
## In a sentence the phrase follows «المنظمات غير الحكومية العاملة في …», so each phrase
## carries «مجال» itself.

# LGBTI: UN Arabic documents write the long form «المثليات والمثليين ومزدوجي الميل الجنسي
# ومغايري الهوية الجنسانية وحاملي صفات الجنسين» and no acronym. The label (tables, legends)
# uses the short form «حقوق مجتمع LGBTI»; the phrase inside a sentence uses the UN's long
# form with the acronym after it.
area-women = حقوق المرأة
area-lgbti = حقوق مجتمع LGBTI
area-minority = حقوق الأقليات
area-human_rights = حقوق الإنسان (بوجه عام)
area-other = لا شيء مما سبق
area-all = جميع الطلبات
area-unknown = غير معروف
area-phrase-women = مجال حقوق المرأة
area-phrase-lgbti = مجال حقوق المثليات والمثليين ومزدوجي الميل الجنسي ومغايري الهوية الجنسانية وحاملي صفات الجنسين (LGBTI)
area-phrase-minority = مجال حقوق الأقليات
area-phrase-human_rights = مجال حقوق الإنسان بوجه عام
area-phrase-other = مجالات تقع خارج مجالات التركيز الأربعة

## Decisions, votes, sources, sessions

decision-recommended = أُوصي بمنح { -consultative-status }
decision-recommended_special = أُوصي بمنح { -consultative-status } الخاص
decision-recommended_general = أُوصي بمنح { -consultative-status } العام
decision-recommended_roster = أُوصي بالإدراج في القائمة
decision-deferred = أُرجئ النظر فيه
decision-closed = أُغلق النظر فيه دون إخلال (لعدم الرد)
decision-rejected = رُفض الطلب
decision-withdrawn = سُحب الطلب
decision-reclassified = أُعيد التصنيف
decision-quadrennial_noted = أُحيط علمًا بالتقرير المقدم كل أربع سنوات
decision-other = غير ذلك
decision-short-recommended = أُوصي بالمنح
decision-short-closed = أُغلق النظر فيه
vote-in_favour = المؤيدون
vote-against = المعارضون
vote-abstaining = الممتنعون عن التصويت
vote-absent = الغائبون
source-steinert = التقارير
source-press_release = نشرة صحفية
source-esango = esango
source-test = بيانات اختبارية
session-part-regular = العادية
session-part-resumed = المستأنفة
# "الدورة المستأنفة لعام 2019": the label names the session in full, so the sentences that
# use it (passport-outcome, passport-pending-*) do not repeat «الدورة».
session-label = الدورة { $part } لعام { $year }
application-status = طلب المركز رقم { $seq }
application-reclassification = طلب إعادة التصنيف رقم { $seq }
application-status_withdrawal = طلب سحب المركز رقم { $seq }
application-other = الطلب رقم { $seq }

## Rates: numbers, chart, table

# "62% (فترة الثقة 95%: 41–79%، n = 21)": a rate with its interval and its n
rate-with-interval = { $rate } (فترة الثقة 95%: { $low }–{ $high }، n = { $n })
share-with-interval = { $rate } (فترة الثقة 95%: { $low }–{ $high })
rate-no-data = لا توجد بيانات (n = { $n })
chart-no-data = لا توجد بيانات
chart-bar-note = { $rate } · n = { $n }
chart-bar-note-unstable = { $rate } · n = { $n } · غير مستقر
chart-footnote = الخطوط الرفيعة: فواصل الثقة 95%. الأعمدة المخططة: أقل من { $n ->
    [zero] { $n } حالة
    [one] حالة واحدة
    [two] حالتين
    [few] { $n } حالات
    [many] { $n } حالة
   *[other] { $n } حالة
} (غير مستقرة).
chart-footnote-whiskers = الخطوط الرفيعة: فواصل الثقة 95%.
chart-footnote-hatched = الأعمدة المخططة: أقل من { $n ->
    [zero] { $n } حالة
    [one] حالة واحدة
    [two] حالتين
    [few] { $n } حالات
    [many] { $n } حالة
   *[other] { $n } حالة
} (غير مستقرة).
rates-caption = { $measure }، { $from }–{ $to }: الأرقام التي يستند إليها الرسم البياني
rates-col-area = مجال التركيز
rates-col-rate = المعدل (فترة الثقة 95%، n)
rates-col-events = الحالات
rates-col-out-of = من أصل
rates-col-ratio = نسبة المعدلات مقارنةً بجميع الطلبات الأخرى (فترة الثقة 95%)
rates-unstable = غير مستقر: أقل من { $n ->
    [zero] { $n } حالة
    [one] حالة واحدة
    [two] حالتين
    [few] { $n } حالات
    [many] { $n } حالة
   *[other] { $n } حالة
}
download = تنزيل:
method-heading = ما الذي يُحصى، وما الذي لا تُظهره الأرقام
method-areas = تُحدَّد مجالات التركيز بتطبيق قواعد خضعت للمراجعة على أسماء كل منظمة، مع الاحتفاظ بالكلمات المطابقة بوصفها سبب التصنيف؛ ويمكن للقيّمين على البيانات تصحيحها. ويجوز أن تندرج المنظمة الواحدة في عدة مجالات. وتُرفق بالمعدلات فواصل ثقة 95% محسوبة بطريقة ويلسون (Wilson)؛ وتقارن نسبة المعدلات بين مجال ما وجميع الطلبات الأخرى في الدورات نفسها، مع فاصل ثقة 95% محسوب على المقياس اللوغاريتمي.
method-confounding = يقترن مجال التركيز ببلد المقر وبالنزاعات الثنائية، ولذلك فإن وجود فرق بين المجالات لا يشكّل في حد ذاته دليلًا على سبب إرجاء النظر في الطلبات. ويمكن قصر الرسم البياني على المنظمات غير الحكومية التي يوجد مقرها في منطقة واحدة باستخدام الخيار الوارد أعلاه، أو في بلد واحد بإضافة { $example } (رمز وفق المعيار ISO 3166-1) إلى العنوان.
cite-as = طريقة الاستشهاد: { $citation } البيانات محدَّثة حتى { $version }.

definition-session_deferral = نسبة حالات النظر (أي النظر في طلب واحد في دورة واحدة، { $filter }) في الدورات المعقودة في الفترة { $from }–{ $to } التي انتهت بإرجاء النظر. ولا تُحتسب حالات إغلاق النظر لعدم الرد ضمن حالات الإرجاء.
definition-ever_deferred = نسبة الطلبات التي نُظر فيها لأول مرة في الفترة { $from }–{ $to } وأُرجئ النظر فيها مرة واحدة على الأقل؛ ويُحتسب كل طلب مرة واحدة. وقد أُتيح للطلبات الأحدث عدد أقل من الدورات التي كان يمكن أن يُرجأ النظر فيها خلالها.
definition-deferred_at_least = نسبة الطلبات التي نُظر فيها لأول مرة في الفترة { $from }–{ $to } وأُرجئ النظر فيها { $n ->
    [zero] { $n } مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $n } مرات
    [many] { $n } مرة
   *[other] { $n } مرة
} على الأقل؛ ويُحتسب كل طلب مرة واحدة. وقد أُتيح للطلبات الأحدث عدد أقل من الدورات التي كان يمكن أن يُرجأ النظر فيها خلالها.

## The sentence under the chart, built from the numbers

summary-what-session_deferral = من حالات النظر انتهت بإرجاء النظر
summary-what-ever_deferred = من الطلبات أُرجئ النظر فيها مرة واحدة على الأقل
summary-what-deferred_at_least = من الطلبات أُرجئ النظر فيها { $n ->
    [zero] { $n } مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $n } مرات
    [many] { $n } مرة
   *[other] { $n } مرة
} على الأقل
summary-period-sessions = في الدورات المعقودة في الفترة { $from }–{ $to }
summary-period-sessions-in = في الدورات المعقودة في الفترة { $from }–{ $to } (المنظمات التي يوجد مقرها في { $place })
summary-period-first = من بين الطلبات التي نُظر فيها لأول مرة في الفترة { $from }–{ $to }
summary-period-first-in = من بين الطلبات التي نُظر فيها لأول مرة في الفترة { $from }–{ $to } (المنظمات التي يوجد مقرها في { $place })
summary-ratio = ؛ وتبلغ نسبة المعدلات مقارنةً بجميع الطلبات الأخرى { $ratio } (فترة الثقة 95%: { $low }–{ $high })
summary-compare = { $period }، { $top } { $what } بالنسبة إلى المنظمات غير الحكومية العاملة في { $area }، مقابل { $other } بالنسبة إلى المنظمات غير الحكومية العاملة في مجالات تقع خارج مجالات التركيز الأربعة{ $ratio }.
summary-all-only = { $period }، { $all } { $what } (جميع الطلبات)؛ وعدد الحالات أقل من أن يسمح بالمقارنة بين مجالات التركيز.
summary-none = { $period }: لا توجد سجلات في هذا النطاق.
country-note = يُعرف البلد حين تذكره النشرات الصحفية المتعلقة بالمنظمة وتتفق عليه: { $known } من { $unit } البالغ عددها { $units } في هذه السنوات ({ $share })؛ أما { $unsettled } أخرى فتعود إلى منظمات تذكر نشراتها بلدانًا مختلفة أو بلدًا لا يرد في أي من الجداول المرجعية، ولا يُنسب إليها أي بلد. ولا تذكر التقارير أي بلد.
unit-considerations = حالات النظر
unit-applications = الطلبات

## What the database holds

holdings-heading = محتويات قاعدة البيانات
last-update = آخر تحديث:
never = لم يحدث قط
sources-caption = وثائق المصادر المخزنة
sources-col-source = المصدر
sources-col-documents = الوثائق
sources-col-bytes = البايتات
sources-col-fetched = آخر استرجاع
tables-caption = السجلات حسب النوع، من الأكثر إلى الأقل
tables-col-kind = نوع السجل
tables-col-rows = الصفوف
empty-heading = لا توجد سجلات بعد
empty-text = قاعدة البيانات فارغة. حمِّل قرارات اللجنة للفترة 1998–2024 باستخدام الأمر التالي:
empty-offline = في حال عدم توفر اتصال بالشبكة، وجِّه الأمر إلى نسخة محلية من مجموعة البيانات:
empty-loading = جارٍ تحميل قرارات اللجنة للفترة 1998–2024 من { $from } (بدأ في { $started }): { $stage }. تُحدَّث هذه الصفحة تلقائيًا كل بضع ثوانٍ.
empty-failed = تعذّر تحميل مجموعة بيانات التقارير من { $from } ({ $at }): { $error }

## Cite this

cite-this = الاستشهاد بهذه الصفحة
cite-note-before = يعرض هذا العنوان هذه الصفحة بالبيانات كما تكون وقت فتحها. وللحصول على نسخة لا تتغير، نزِّل
cite-note-link = حزمة البيانات
cite-note-after = واستشهد بإصدارها.

## An NGO's passport

passport-crumbs = المنظمات
passport-none = لا يوجد أي نظر مسجَّل في طلبات { $name }.
passport-times = { $n ->
    [0] لم يُرجأ النظر فيها قط
    [1] أُرجئ النظر فيها مرة واحدة
    [two] أُرجئ النظر فيها مرتين
    [few] أُرجئ النظر فيها { $n } مرات
    [many] أُرجئ النظر فيها { $n } مرة
   *[other] أُرجئ النظر فيها { $n } مرة
}
passport-over-one-year = { " " }في عام { $year }
passport-over-years = { " " }على مدى { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
} ({ $first }–{ $last })
passport-summary = { $name }: نُظر في طلباتها في { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}، و{ $times }{ $over }
passport-outcome = ؛ { $decision } في { $session }
passport-pending-status = ؛ ولا يزال طلبها للحصول على { -consultative-status } قيد النظر بعد { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}، ونُظر فيه آخر مرة في { $last }
passport-pending-latest = ؛ ولا يزال أحدث طلباتها قيد النظر بعد { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}، ونُظر فيه آخر مرة في { $last }
passport-end = .
timeline-title = التسلسل الزمني لطلبات { $name }
history-heading = السجل التاريخي
areas-heading = مجالات التركيز
area-reason-curator = حدّده أحد القيّمين على البيانات: { $text }
area-reason-none = لم تنطبق أي قاعدة على أسمائها
area-reason-rule = طابقت القاعدة { $rule } «{ $matched }» في «{ $text }»
curator-corrections = تصويبات القيّمين على البيانات:
override-add = أُضيف مجال { $area } — { $reason } ({ $curator }، { $at })
override-remove = حُذف مجال { $area } — { $reason } ({ $curator }، { $at })
areas-note-before = تُحدَّد المجالات بقواعد خضعت للمراجعة تُطبَّق على جميع الأسماء التي حملتها المنظمة؛ انظر
areas-note-link = المنهجية
# $profile: a link named areas-declared-profile; $fields: the profile's fields as printed, each with our area
areas-declared = { $profile } يذكر: { $fields }. تُعرض المجالات المعلنة هنا ولا تُحتسب أبدًا ضمن مجالات التركيز.
areas-declared-profile = ملفها في سجل الأمم المتحدة للمنظمات غير الحكومية (iCSO)
areas-declared-unlisted = لم تعد قائمة المنظمات ذات المركز الاستشاري تتضمن هذا الملف: قد لا تكون البيانات المعلنة فيه محدَّثة.
waits-heading = مدة الانتظار
waits-note-before = تُحتسب الدورات بعدّ كل دورة من دورات اللجنة منذ أول نظر في الطلب، سواء عُرض الطلب فيها أم لا. وتُستخرج النسبة من منحنى الانتظار الخاص بالمجال على مدى جميع السنوات؛ انظر
waits-note-link = المدة حتى البت في الطلب
an-application = أحد الطلبات
wait-sessions = { $at_least ->
    [yes] ما لا يقل عن { $n ->
        [zero] { $n } دورة
        [one] دورة واحدة
        [two] دورتين
        [few] { $n } دورات
        [many] { $n } دورة
       *[other] { $n } دورة
    }
   *[no] { $n ->
        [zero] { $n } دورة
        [one] دورة واحدة
        [two] دورتين
        [few] { $n } دورات
        [many] { $n } دورة
       *[other] { $n } دورة
    }
}
wait-pending = انتظر { $lane } مدة { $sessions } ولا يزال قيد النظر
wait-decided = انتظر { $lane } مدة { $sessions } حتى صدور القرار بشأنه
wait-group-other = طلبات المنظمات غير الحكومية العاملة في مجالات تقع خارج مجالات التركيز الأربعة
wait-group-area = طلبات المنظمات غير الحكومية العاملة في { $area }
wait-unstable = ؛ غير مستقر: أقل من { $n ->
    [zero] { $n } قرار
    [one] قرار واحد
    [two] قرارين
    [few] { $n } قرارات
    [many] { $n } قرارًا
   *[other] { $n } قرار
}
wait-sentence = { $own }؛ وصدر قرار بشأن { $share } من { $group } في غضون { $within } (n = { $n }{ $unstable }).
country-unknown = البلد: غير معروف (لا تذكره التقارير؛ ولم تذكره أي نشرة صحفية).
country-one = البلد، كما تذكره النشرات الصحفية: { $country }.
country-many = البلد: تتباين النشرات الصحفية — { $list }.
country-entries = { $country } ({ $n ->
    [zero] { $n } قيد
    [one] قيد واحد
    [two] قيدان
    [few] { $n } قيود
    [many] { $n } قيدًا
   *[other] { $n } قيد
})
app-caption-final = { $lane }: جميع حالات النظر؛ القرار النهائي: { $decision }
app-caption-pending = { $lane }: جميع حالات النظر؛ لا يزال قيد النظر
col-session = الدورة
col-decision = القرار
col-source = المصدر
col-questions = الأسئلة المطروحة
col-source-line = سطر المصدر
consideration-is-new = (طلب جديد)
consideration-was-deferred = (مؤجل من دورات سابقة)
sources-disagree = المصادر متباينة
votes-caption = عمليات التصويت المسجل، مع تصويت كل دولة
votes-col-on = الموضوع
names-heading = الأسماء
names-caption = جميع صيغ كتابة الاسم المرتبطة بهذه المنظمة، وسبب الربط
names-col-name = الاسم كما ورد
names-col-linked = سبب الربط
link-new = أول ظهور
link-normalised = الاسم نفسه بكتابة مختلفة
link-name_change = تغيير الاسم (التقارير)
link-merger = اندماج (التقارير)
link-variant = الاسم نفسه باستثناء أداة تعريف أو شكل قانوني أو ما بين قوسين
link-fuzzy = كتابة شبه متطابقة
link-curator = ربطه أحد القيّمين على البيانات
link-other = غير ذلك
linked-to = (بالاسم «{ $name }»)
event-merger = اندماج: «{ $old }» و«{ $other }» أصبحتا «{ $new }»
event-name-change = تغيير الاسم: من «{ $old }» إلى «{ $new }»
release-paragraph = النشرة، الفقرة { $paragraph }
no-questions = —

## Timeline chart

timeline-legend-press = نشرة صحفية
timeline-axis-parts = العادية · المستأنفة
timeline-step = { $session }: { $decision }
timeline-lane = { $lane }: { $steps }.

## الفواصل داخل الجمل، وروابط العودة

sep-list = { "، " }
sep-clause = { "؛ " }
sep-quoted = { "»، «" }
back-all-states = جميع الدول الأعضاء
back-default-view = العودة إلى العرض الافتراضي
back-new-search = بحث جديد
back-all-sessions = جميع الدورات
filter-sessions-from = الدورات من
filter-considered-from = نُظر فيها من
filter-to-lower = إلى
filter-first-considered-from = نُظر فيها لأول مرة من
definition-restricted = تقتصر البيانات على المنظمات التي تتفق نشراتها الصحفية على أن مقرها في { $place }؛ وتُستبعد كل منظمة لا تذكر نشراتها أي بلد أو تذكر بلدانًا مختلفة.

## ما تحتويه قاعدة البيانات: المصادر وأنواع السجلات

source-label-steinert = تقارير اللجنة 1998–2024 (مجموعة بيانات ECOSOC_Status لشتاينرت، رخصة MIT)
source-label-press_release = النشرات الصحفية للأمم المتحدة (تغطية الاجتماعات)
source-label-esango = ملفات iCSO / esango
source-label-test = بيانات اختبار
table-press_release = النشرات الصحفية
table-press_record = إشارات إلى منظمات غير حكومية مقروءة من النشرات الصحفية
table-organization = المنظمات
table-organization_name = أسماء المنظمات (صيغ الكتابة)
table-application = الطلبات
table-session = الدورات
table-consideration = حالات النظر (طلب واحد في دورة واحدة)
table-question = الأسئلة التي طرحتها الدول الأعضاء
table-recorded_vote = التصويتات المسجلة
table-vote = أصوات الدول الأعضاء
table-focus_area_assignment = إسنادات مجالات التركيز
table-other = سجلات أخرى

## الاستشهاد (أسلوب APA، الطبعة السابعة، مجموعة بيانات)

cite-title-rates = { $measure } حسب مجال تركيز المنظمات غير الحكومية، { $from }–{ $to }
cite-title-rates-in = { $measure } حسب مجال تركيز المنظمات غير الحكومية، { $from }–{ $to }، المنظمات التي مقرها في { $place }
cite-title-organization = { $name }: السجل أمام { -committee-short } التابعة للأمم المتحدة
cite-title-time-to-decision = المدة حتى البت في طلبات { -consultative-status } حسب مجال تركيز المنظمات غير الحكومية، الطلبات التي نُظر فيها لأول مرة في الفترة { $from }–{ $to }
cite-title-who-asks = الأسئلة الموجهة إلى المنظمات غير الحكومية حسب الدولة العضو في اللجنة، { $from }–{ $to }
# $area: area-phrase-* ("women's rights")
cite-title-who-asks-area = الأسئلة الموجهة إلى المنظمات غير الحكومية حسب الدولة العضو في اللجنة، { $from }–{ $to }، المنظمات العاملة في { $area }
cite-title-sessions = طلبات المركز الاستشاري في كل دورة من دورات { -committee-short } التابعة للأمم المتحدة، حسب القرار
# $session: session-label ("2019 resumed session")
cite-title-session = { -committee-short } التابعة للأمم المتحدة، { $session }: القرارات
cite-title-state = { $name }: الأسئلة والتصويتات في { -committee-short } التابعة للأمم المتحدة
cite-apa = { $author }. ({ $year }). { $title } ({ $version }) [مجموعة بيانات]. ecosoc-watch. { $url }
cite-version = إصدار البيانات { $data }، قواعد مجالات التركيز { $rules }
cite-version-rules = قواعد مجالات التركيز { $rules }

## Punctuation around links and quoted text

breadcrumb = مسار التنقل
# Between words and a link inside a sentence (none in Chinese)
word-space = { " " }
# The end of a sentence that closes with a link
sentence-end = .
# A state's question after its name
question-text = : { $text }

## Sessions and member states (record pages)

## records: قائمة الدورات، ودورة واحدة، وقائمة الدول الأعضاء، ودولة واحدة (issue 16).
## $session و$last هما session-label («الدورة المستأنفة لعام 2019»)، فلا تُكرر كلمة «الدورة».

## قائمة الدورات (ورسمها البياني)

sessions-heading = دورات اللجنة
sessions-lead = تنظر اللجنة مرتين في السنة في طلبات الحصول على { -consultative-status }: في دورة عادية تُعقد في كانون الثاني/يناير تقريبًا، وفي دورة مستأنفة تُعقد في أيار/مايو تقريبًا. ويمثل كل عمود طلبات الحصول على المركز التي نُظر فيها في دورة واحدة، مصنفةً حسب القرار، كما تسجلها تقارير اللجنة.
sessions-none = لم تُسجَّل أي دورة بعد.
sessions-summary = { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتان
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
} من { $first } إلى { $last }: بلغ عدد حالات النظر في طلبات الحصول على المركز { $considered }، أُرجئ منها { $deferred }. وأكبر عدد من حالات النظر في دورة واحدة: { $most } في { $session }.
sessions-chart-title = طلبات الحصول على المركز في كل دورة، حسب القرار
sessions-caption = طلبات الحصول على المركز في كل دورة، حسب القرار (الأرقام التي يستند إليها الرسم البياني)
sessions-col-considered = حالات النظر
sessions-col-flags = التنبيهات
sessions-flag = { $kind } ({ $n })
# flag-*: a reconciliation flag's kind (the code stays in the data and the API)
flag-conflicting_decisions = اسم واحد بقرارين
flag-date_outside_sessions = تاريخ تقرير خارج الدورات
flag-differs_from_stated_total = يختلف عن المجموع الذي أعلنته الأمم المتحدة
flag-duplicate_vote_row = صف تصويت مكرر
flag-listed_twice = مدرجة مرتين
flag-only_in_new_granted_list = في قائمة الطلبات الجديدة الموافق عليها فقط
flag-several_report_dates = عدة تواريخ للتقرير
flag-skipped_rows = صفوف لم تُقرأ
flag-variant_listed_twice = مدرجة مرتين بتهجئتين
sessions-note = «الإرجاء مجددًا»: إرجاء النظر في طلبات سبق إرجاء النظر فيها في دورة سابقة؛ «الإرجاء (غير محدد)»: حالات إرجاء لا تصنفها التقارير على أنها طلبات جديدة ولا على أنها طلبات مؤجلة من دورات سابقة. التنبيهات: المواضع التي تتناقض فيها التقارير مع نفسها أو مع مجموع أعلنته الأمم المتحدة؛ انظر صفحة كل دورة.
sessions-part-recommended = التوصية بالمنح
sessions-part-deferred-new = الإرجاء (طلبات جديدة)
sessions-part-deferred-again = الإرجاء مجددًا
sessions-part-deferred-unmarked = الإرجاء (غير محدد)
sessions-part-closed = إغلاق النظر
sessions-part-rejected = الرفض
sessions-part-withdrawn = السحب
sessions-chart-row = { $part ->
    [regular] العادية { $year }
   *[other] المستأنفة { $year }
}

## دورة واحدة

session-heading = { $part ->
    [regular] الدورة العادية لعام { $year }
   *[other] الدورة المستأنفة لعام { $year }
}
session-summary = نُظر في { $n ->
    [zero] { $n } طلب
    [one] طلب واحد
    [two] طلبين
    [few] { $n } طلبات
    [many] { $n } طلبًا
   *[other] { $n } طلب
} في { $session }{ $adopted }؛ { $releases ->
    [zero] { $releases } نشرة صحفية
    [one] نشرة صحفية واحدة
    [two] نشرتان صحفيتان
    [few] { $releases } نشرات صحفية
    [many] { $releases } نشرة صحفية
   *[other] { $releases } نشرة صحفية
}؛ { $agreement }.
session-report-adopted = { " " }(اعتُمد التقرير في { $date })
session-sources-agree = يتفق المصدران على كل طلب يرد في كليهما
session-sources-disagree = يختلف المصدران بشأن { $n ->
    [zero] { $n } طلب
    [one] طلب واحد
    [two] طلبين
    [few] { $n } طلبات
    [many] { $n } طلبًا
   *[other] { $n } طلب
}
session-other-sessions = دورات أخرى
# Right to left: the previous session's arrow points right, the next one's left
session-previous = → { $session }
session-next = { $session } ←
session-applications-heading = الطلبات التي نُظر فيها
session-reconciliation-heading = المطابقة
session-reconciliation-caption = طلبات الحصول على المركز حسب القرار: ما يتضمنه كل مصدر وما تعلنه النشرات
session-col-reports = مجموعة بيانات التقارير
session-col-press = القيود المقروءة من النشرات الصحفية
session-col-stated = المعلن في عناوين النشرات
session-differs-read = { " " }≠ المقروء
session-flagged = تنبيهات، مع الاحتفاظ بالرقمين كليهما:
session-flag-detail = { " " }({ $n }): { $detail }
session-reconciliation-note = تُرمَّز مجموعة بيانات التقارير استنادًا إلى التقرير الرسمي للجنة؛ أما النشرات الصحفية فليست وثائق رسمية، وقد ترد المنظمة غير الحكومية الواحدة في عدة جلسات من الدورة نفسها. وإذا أعلن العنوان أرقامًا تختلف عن القيود المقروءة، فمعنى ذلك أن النشرة قُرئت قراءة غير كاملة أو أنها تعتمد طريقة عدّ مختلفة.
session-headline-count = { $decision ->
    [recommended] التوصية بالمنح: { $n }
    [deferred] الإرجاء: { $n }
    [closed] إغلاق النظر: { $n }
    [rejected] الرفض: { $n }
    [withdrawn] السحب: { $n }
    [reclassified] إعادة التصنيف: { $n }
    [quadrennial_noted] الإحاطة علمًا بالتقارير المقدمة كل أربع سنوات: { $n }
    [considered] النظر: { $n }
   *[other] { $decision }: { $n }
}
session-release-date = { " " }({ $date })
session-release-title = : { $title }
session-release-read = عدد القيود المقروءة: { $n }
session-release-stated = ؛ ويعلن العنوان: { $counts }
session-release-problems = ؛ وتعذّرت قراءة { $n ->
    [zero] { $n } مقطع
    [one] مقطع واحد
    [two] مقطعين
    [few] { $n } مقاطع
    [many] { $n } مقطعًا
   *[other] { $n } مقطع
}
session-release-placeholder = ؛ صفحة مؤقتة: لم تُنشر التغطية بعد
session-incomplete = قراءة غير مكتملة:{ " " }
session-incomplete-end = . تعكس أرقام النشرات الصحفية لهذه الدورة ما قُرئ منها، لا ما يعلنه العنوان.
session-applications-caption = جميع الطلبات التي نُظر فيها، مع قرار كل مصدر
session-col-organization = المنظمة
session-col-questions-sources = الأسئلة والمصادر
session-kind-reclassification = { " " }(إعادة التصنيف)
session-kind-other = { " " }(طلب آخر)
session-is-new = { " " }· طلب جديد
session-was-deferred = { " " }· مؤجل من دورات سابقة
session-printed-as = الاسم كما ورد: «{ $name }»

## قائمة الدول الأعضاء

states-lead = الدول التي طرحت سؤالًا على منظمة غير حكومية في إحدى الدورات (كما تسجله النشرات الصحفية، اعتبارًا من عام 2007) أو صوّتت في تصويت مسجل على أحد الطلبات.
states-empty = لا توجد بعد أي أسئلة أو تصويتات مسجلة.
states-caption = الأسئلة والتصويتات المسجلة حسب الدولة العضو
states-col-state = الدولة
states-col-questions = الأسئلة
states-col-applications = الطلبات التي طُرحت بشأنها أسئلة
states-col-votes = الأصوات المدلى بها
states-col-years = السنوات

## دولة عضو واحدة ($name و$state: اسم الدولة بالإنكليزية)

state-summary = { $name }: طرحت { $questions ->
    [zero] { $questions } سؤال
    [one] سؤالًا واحدًا
    [two] سؤالين
    [few] { $questions } أسئلة
    [many] { $questions } سؤالًا
   *[other] { $questions } سؤال
} بشأن { $applications ->
    [zero] { $applications } طلب
    [one] طلب واحد
    [two] طلبين
    [few] { $applications } طلبات
    [many] { $applications } طلبًا
   *[other] { $applications } طلب
}، { $votes ->
    [zero] ولم تُدلِ بصوتها
    [one] وأدلت بصوتها مرة واحدة
    [two] وأدلت بصوتها مرتين
    [few] وأدلت بصوتها { $votes } مرات
    [many] وأدلت بصوتها { $votes } مرة
   *[other] وأدلت بصوتها { $votes } مرة
} في عمليات تصويت مسجل ({ $years }).
state-questions-note = لا تُعرف الأسئلة إلا حيث تسردها النشرات الصحفية: اعتبارًا من عام 2007، وبصورة كاملة اعتبارًا من عام 2016. والسؤال يبيّن من طرحه، لا سبب الإرجاء: فاللجنة ترجئ النظر بتوافق الآراء.
state-by-area-heading = المنظمات غير الحكومية التي طُرحت عليها أسئلة، حسب مجال التركيز
state-area-count = { $area }: { $count }
state-by-area-note = تُحتسب المنظمة غير الحكومية التي تندرج في عدة مجالات في كل مجال منها.
state-no-questions-page = لا توجد أسئلة في هذه الصفحة.
state-questions-caption = الأسئلة التي طرحتها { $name }، من الأحدث إلى الأقدم
state-col-question = السؤال
state-question-not-recorded = (غير مسجل)
state-release-link = النشرة
state-votes-heading = التصويتات المسجلة
state-no-votes = لا توجد تصويتات مسجلة لهذه الدولة.
state-votes-caption = كيف صوّتت { $name }
state-col-vote = التصويت
state-col-outcome = النتيجة
state-vote-source = المصدر
state-measures-observer = { " " }وطرحت أيضًا أسئلة في { $n ->
    [zero] { $n } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $n } دورات
    [many] { $n } دورة
   *[other] { $n } دورة
} لم تكن فيها عضوًا في اللجنة (بصفة مراقب).
state-measures-sentence = في الفترة { $from }–{ $to }، كانت { $state } عضوًا في اللجنة في { $member ->
    [zero] { $member } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $member } دورات
    [many] { $member } دورة
   *[other] { $member } دورة
} (سُجلت الأسئلة في { $covered } منها، وقُرئت { $releases ->
    [zero] { $releases } نشرة
    [one] نشرة واحدة
    [two] نشرتان
    [few] { $releases } نشرات
    [many] { $releases } نشرة
   *[other] { $releases } نشرة
})، وطرحت أسئلة في { $questioned ->
    [zero] { $questioned } حالة نظر
    [one] حالة نظر واحدة
    [two] حالتي نظر
    [few] { $questioned } حالات نظر
    [many] { $questioned } حالة نظر
   *[other] { $questioned } حالة نظر
}، وعدد ما انتهى منها بإرجاء النظر في الدورة نفسها: { $deferred }.{ $observer }
state-measures-heading = أسئلتها مقارنةً بعمل اللجنة، { $from }–{ $to }
state-measures-caption = أسئلة { $state } وأصواتها حسب مجال التركيز، { $from }–{ $to }
state-col-considerations-questioned = حالات النظر التي طُرحت فيها أسئلة
state-col-ended-in-deferral = انتهت بإرجاء النظر
state-col-over-representation = التمثيل الزائد (1× = بما يتناسب مع الحصة)
state-col-votes = الأصوات: مؤيد / معارض / ممتنع
state-measures-note = حالة النظر هي النظر في طلب واحد في دورة واحدة؛ وتُحتسب المنظمة التي تندرج في عدة مجالات في كل مجال منها.
state-measures-compare = المقارنة بالدول الأخرى أو اختيار سنوات أخرى

## Who asks and time to decision

## measures: the "Who asks" and "Time to decision" pages, their charts and sentences.
## Western digits; Arabic comma «،» and semicolon «؛». "95% CI" is «فترة الثقة 95%».
## Counts that would need the noun's agreement are written «العدد: N» where the six plural
## forms would weigh down a sentence.

## Who asks: the page

who-heading = من يطرح الأسئلة
who-lead = يمكن للدولة العضو أن تُبقي طلبًا قيد الانتظار بطرح سؤال آخر بشأنه. وتعرض هذه الصفحة سجل الأسئلة التي طرحتها كل دولة، كما تذكرها النشرات الصحفية للأمم المتحدة، ومدى تكرار إرجاء النظر في الطلب في تلك الدورة.
who-filter-applicants = مقدمو الطلبات
who-filter-all-areas = جميع مجالات التركيز
who-ratios-heading = مقدمو الطلبات الذين توجّه إليهم كل دولة أسئلتها
who-ratios-intro = لكل دولة، حصة حالات النظر التي طرحت فيها أسئلة وتتعلق بمجال تركيز ما، مقسومة على حصة ذلك المجال من جميع حالات النظر في دورات الدولة (الدورات التي كانت فيها عضوًا، وأي دورة طرحت فيها أسئلة بصفة مراقب). وتعني القيمة 1× التناسب؛ وما فوق 1× يعني أن الدولة توجّه إلى مقدمي الطلبات في ذلك المجال أسئلة أكثر مما يقتضيه عددهم وحده.
who-this-chart = هذا الرسم البياني:
who-method-confounding = يقترن مجال التركيز ببلد مقر المنظمة غير الحكومية وبالنزاعات الثنائية: فالدولة التي توجّه أسئلة أكثر إلى مجال ما قد تكون في الواقع توجّهها إلى منظمات غير حكومية من بلد واحد. ولا يتاح بعدُ قصر التحليل على بلد المنظمة أو منطقتها.
who-definition = الأسئلة التي طرحتها دولة عضو على منظمة تطلب { -consultative-status }، كما تذكرها النشرات الصحفية للأمم المتحدة الخاصة بالدورات المعقودة في الفترة { $from }–{ $to }: يُحتسب كل سؤال تذكره نشرة صحفية مرة واحدة، ولذلك تُحتسب الدولة التي تسأل مقدم الطلب نفسه في جلستين من الدورة نفسها مرتين. ودورات الدولة هي الدورات التي كانت فيها عضوًا في اللجنة وقُرئت عنها نشرات تسرد الأسئلة، وأي دورة أخرى طرحت فيها أسئلة بصفة مراقب (تُحتسب ويُشار إليها على حدة)؛ ولا تُحتسب الدورة التي لم تكن فيها عضوًا صفرًا. وتنتهي التقارير في حزيران/يونيه 2024، ولذلك تتوقف السنوات عند هذا التاريخ؛ أما النشرات اللاحقة فتُحفظ وتُعرض في صفحات الدورات. وحالة النظر المطروح فيها سؤال هي النظر في طلب واحد في دورة واحدة طرحت فيها الدولة سؤالًا واحدًا على الأقل؛ وتكون قد انتهت بالإرجاء إذا أرجأت اللجنة النظر في الطلب في تلك الدورة (وفقًا للتقارير، أو وفقًا للنشرة إذا لم تتضمنه التقارير). وهذا إسناد لا سبب: فقد تكون دول أخرى قد طرحت أسئلة أيضًا، وقد يُرجأ النظر في الطلب لأسباب أخرى. ويقارن مقياس التمثيل المفرط بين حصة حالات النظر التي طرحت فيها الدولة أسئلة وتتعلق بمجال تركيز ما، وحصة ذلك المجال من جميع حالات النظر في طلبات المركز في دورات الدولة (الواردة في التقارير وأي حالات لا ترد إلا في نشرة، وهي نفسها لجميع الدول)؛ وتعني القيمة 1 التناسب. وتجمع فترة الثقة 95% الخاصة به بين فترتي ويلسون (Wilson) للحصتين (طريقة MOVER-R، Zou وDonner، 2008) كما لو كانتا حصتين مستقلتين؛ ولأن حالات النظر المطروح فيها أسئلة جزء من جميع حالات النظر، فإنها أوسع مما تكون عليه فترة دقيقة. وتَحتسب عمليات التصويت المسجل صوت كل دولة على الطلبات المطروحة للتصويت، مرة واحدة في كل تصويت بنداء الأسماء.
who-definition-area = { " " }ولا تُحتسب إلا طلبات المنظمات المصنفة ضمن { $area }.
who-coverage = سُجلت أسئلة في { $recorded } من الدورات المعقودة في الفترة { $from }–{ $to }، وعددها { $sessions } (عدد النشرات الصحفية المقروءة: { $releases }). وتسرد النشرات الأسئلة منذ عام 2007، وتسردها كلها منذ عام 2016؛ والأرقام السابقة لذلك غير مكتملة.
who-coverage-no-membership = { " " }ولا يشمل ملف عضوية اللجنة السنوات التالية: { $years }؛ فلا تُحتسب أي دولة عضوًا فيها.

## Who asks: the tables

who-table-caption = الأسئلة حسب الدولة العضو، { $from }–{ $to }: الأرقام التي يستند إليها الرسم البياني
who-table-caption-area = الأسئلة حسب الدولة العضو، { $from }–{ $to }، مقدمو الطلبات في مجال «{ $area }»: الأرقام التي يستند إليها الرسم البياني
who-col-state = الدولة العضو
who-col-sessions = الدورات التي كانت فيها عضوًا
who-col-covered = … منها دورات سُجلت فيها أسئلة
who-col-questions = الأسئلة
who-col-questioned = حالات النظر المطروح فيها أسئلة
who-col-deferred = انتهت بالإرجاء
who-col-votes = الأصوات: مؤيد / معارض / ممتنع
who-observer = { " " }(+{ $n } بصفة مراقب)
who-ratios-caption = التمثيل المفرط حسب مجال التركيز (1× = التناسب)، مع فترات الثقة 95% والأعداد
who-ratio = { $ratio }× (فترة الثقة 95%: { $low }–{ $high }×؛ حالات النظر المطروح فيها أسئلة: { $questioned } من أصل { $questioned_all }، مقابل { $in_area } من أصل { $total })
who-ratio-unstable = { $ratio }× (فترة الثقة 95%: { $low }–{ $high }×؛ حالات النظر المطروح فيها أسئلة: { $questioned } من أصل { $questioned_all }، مقابل { $in_area } من أصل { $total })، غير مستقر
who-ratio-none = — (حالات النظر المطروح فيها أسئلة: { $n })

## Who asks: the charts

who-questions-title = حالات النظر التي طرحت فيها كل دولة عضو أسئلة، { $from }–{ $to }
who-questions-axis = حالات النظر المطروح فيها أسئلة (الداكن: انتهت بالإرجاء)
who-questions-note = الأسئلة كما تذكرها النشرات الصحفية للأمم المتحدة؛ وهذا إسناد لا سبب.
who-bar-label = { $questioned } · أُرجئ منها { $deferred }
who-ratios-title = توزيع أسئلة كل دولة حسب مجال التركيز، { $from }–{ $to }
who-ratios-note-proportion = 1× = التناسب مع حصة المجال من حالات النظر في دورات الدولة.
who-ratios-note-hollow = النقاط المجوفة: أقل من { $n } من حالات النظر المطروح فيها أسئلة (غير مستقرة). الخطوط: فترات الثقة 95%.

## Who asks: the sentences under the charts

who-summary = في الفترة { $from }–{ $to }، طرحت دول أعضاء عددها { $states } أسئلة على مقدمي الطلبات كما تسجلها النشرات الصحفية (في { $recorded } من أصل { $sessions } من الدورات، وعدد النشرات: { $releases }{ $incomplete }). وكانت { $state } أكثر الدول طرحًا للأسئلة من حيث عدد حالات النظر: { $questioned }، انتهى { $deferred } منها بالإرجاء في تلك الدورة — وهذا إسناد لا سبب.
who-summary-area = في الفترة { $from }–{ $to }، طرحت دول أعضاء عددها { $states } أسئلة على مقدمي الطلبات من المنظمات غير الحكومية العاملة في { $area } كما تسجلها النشرات الصحفية (في { $recorded } من أصل { $sessions } من الدورات، وعدد النشرات: { $releases }{ $incomplete }). وكانت { $state } أكثر الدول طرحًا للأسئلة من حيث عدد حالات النظر: { $questioned }، انتهى { $deferred } منها بالإرجاء في تلك الدورة — وهذا إسناد لا سبب.
who-summary-incomplete = { $n ->
    [one] ، قُرئت إحداها بشكل غير مكتمل
    [two] ، قُرئت اثنتان منها بشكل غير مكتمل
   *[other] ، قُرئ { $n } منها بشكل غير مكتمل
}
who-summary-none = لم تُسجَّل أسئلة مطروحة على مقدمي الطلبات في الفترة { $from }–{ $to }: فالنشرات الصحفية المقروءة لا تسجل أسئلة إلا في { $recorded } من أصل { $sessions } من الدورات.
who-summary-none-area = لم تُسجَّل أسئلة مطروحة على مقدمي الطلبات من المنظمات غير الحكومية العاملة في { $area } في الفترة { $from }–{ $to }: فالنشرات الصحفية المقروءة لا تسجل أسئلة إلا في { $recorded } من أصل { $sessions } من الدورات.
who-ratios-summary = الأسئلة التي تتجه إلى مجال ما بوضوح أكثر مما يقتضيه التناسب (تقدير مستقر، وفترة الثقة 95% فوق 1): { $list }{ $more }.
who-ratios-summary-item = { $state } إلى { $area } ({ $ratio }×، الحد الأدنى { $low }×)
who-ratios-summary-more = { " " }وغيرها ({ $n })
who-ratios-summary-none = لا توجد دولة تتجه أسئلتها إلى مجال ما بوضوح أكثر مما يقتضيه التناسب (لا توجد نسبة مستقرة تقع فترة الثقة 95% الخاصة بها فوق 1).

## Time to decision: the page

wait-heading = كم تنتظر المنظمات غير الحكومية
wait-lead = عدد دورات اللجنة التي تمر منذ أول نظر في الطلب حتى البت فيه — مع احتساب الطلبات التي لا تزال تنتظر، لا الطلبات التي بُت فيها فقط.
wait-summary-csv = صف واحد لكل مجال بدلًا من جدول الحياة: { $link }
wait-summary-csv-link = ملف CSV الموجز
wait-life-tables-heading = جدول الحياة الذي يستند إليه كل منحنى
wait-method-log-rank = يقارن اختبار لوغاريتم الرتب (log-rank)، دورةً بدورة، بين معدل التوصية بطلبات مجال ما ومعدل التوصية بالطلبات التي لا تندرج في أي من المجالات الأربعة؛ وتخرج القرارات الأخرى والطلبات قيد النظر من المقارنة عند حدوثها. وتدل القيمة الاحتمالية p الصغيرة على أن معدلات التوصية تختلف بأكثر مما تُحدثه الصدفة في الغالب؛ لكنها لا تبيّن السبب، وليست اختبارًا لمنحنيات الانتظار الواردة أعلاه، التي تحتسب جميع أنواع القرارات. ويقترن مجال التركيز ببلد المقر وبالنزاعات الثنائية.
wait-definition = طلبات الحصول على { -consultative-status } التي نُظر فيها لأول مرة في الدورات المعقودة في الفترة { $from }–{ $to }، ويُتتبَّع كل منها منذ أول نظر فيه (الدورة 1) حتى البت فيه، أو حتى آخر نظر فيه ما دام قيد النظر. والدورة هي أي دورة من دورات اللجنة، عادية كانت أو مستأنفة، سواء عُرض فيها الطلب أم لا. والمنحنى هو تقدير كابلان–ماير (Kaplan–Meier) لحصة الطلبات التي لا تزال تنتظر البت فيها؛ ويُعامَل الطلب الذي لا يزال قيد النظر بوصفه مشاهدة مُراقَبة (censored) عند آخر نظر فيه. أما إغلاق النظر دون إخلال والرفض والسحب فهي قرارات قائمة بذاتها، لا مشاهدات مُراقَبة: فحصص الطلبات الموصى بها والمغلق النظر فيها والمرفوضة والمسحوبة بحلول كل دورة هي معدلات حدوث تراكمي وفق طريقة آلين–يوهانسن (Aalen–Johansen)، ومجموعها مع حصة الطلبات التي لا تزال تنتظر 100%. ويُستبعد الطلب الذي يَرِد في أول نظر مسجَّل فيه أنه «مؤجل من دورات سابقة»، لأنه بدأ الانتظار قبل بداية السجلات.
wait-notes-end = تنتهي البيانات عند { $session }.
wait-notes-end-unknown = تنتهي البيانات عند آخر دورة.
wait-notes = الطلبات المستبعدة لأن أول نظر مسجَّل فيها يَرِد فيه أنها «مؤجلة من دورات سابقة»: { $left } من الطلبات المسجلة لأول مرة في الفترة { $from }–{ $to }. والطلبات التي بُت فيها في دورة ثم نُظر فيها مجددًا لاحقًا (تُحتسب حسب آخر نظر فيها، كما تعرضها صفحات المنظمات غير الحكومية): { $again }.

## Time to decision: the tables

wait-table-caption = الطلبات التي نُظر فيها لأول مرة في الفترة { $from }–{ $to }: الأرقام التي يستند إليها الرسم البياني
wait-col-applications = الطلبات
wait-col-closed-rejected-withdrawn = أُغلق النظر فيها أو رُفضت أو سُحبت
wait-col-pending = لا تزال قيد النظر
wait-col-median = الوسيط لعدد الدورات حتى البت (فترة الثقة 95%)
wait-col-waiting-after = لا تزال تنتظر بعد { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}
wait-col-half-recommended = عدد الدورات حتى التوصية بنصف الطلبات
wait-col-log-rank = اختبار لوغاريتم الرتب مقارنةً بالطلبات خارج المجالات الأربعة
wait-log-rank-cell = { $p } (المشاهَد: { $observed }، المتوقع: { $expected })
wait-row-unstable = { " " }غير مستقر: أقل من { $n ->
    [zero] { $n } قرار
    [one] قرار واحد
    [two] قرارين
    [few] { $n } قرارات
    [many] { $n } قرارًا
   *[other] { $n } قرار
}
wait-life-caption = { $area }: { $n ->
    [zero] { $n } طلب
    [one] طلب واحد
    [two] طلبان
    [few] { $n } طلبات
    [many] { $n } طلبًا
   *[other] { $n } طلب
}
wait-col-at-risk = تنتظر عند بداية الدورة
wait-col-censored = قيد النظر، توقف تتبعها (مُراقَبة)
wait-col-waiting = لا تزال تنتظر بعد الدورة (فترة الثقة 95%)
wait-col-recommended-by = أُوصي بها بحلول ذلك الحين
wait-col-closed-by = أُغلق النظر فيها أو رُفضت أو سُحبت بحلول ذلك الحين

## Time to decision: medians, the chart, the sentence under it

wait-not-reached = لم يُبلغ
wait-median = { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتان
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
} (فترة الثقة 95%: { $interval })
wait-interval-no-high = { $low } – لم يُبلغ
wait-interval-no-low = لم يُبلغ – { $high }
wait-chart-title = حصة الطلبات التي لا تزال تنتظر البت، حسب مجال التركيز، للطلبات التي نُظر فيها لأول مرة في { $period }
wait-chart-empty = لا توجد طلبات في هذا النطاق.
wait-axis-waiting = لا تزال تنتظر البت
wait-axis-sessions = الدورات منذ أول نظر
wait-half-decided = بُت في النصف
wait-footnote-bands = الأشرطة: فترات ثقة نقطية 95% (log-log).
wait-footnote-censored = الطلبات قيد النظر مُراقَبة (censored) عند آخر نظر فيها.
wait-footnote-dashed = الخطوط المتقطعة: أقل من { $n ->
    [zero] { $n } قرار
    [one] قرار واحد
    [two] قرارين
    [few] { $n } قرارات
    [many] { $n } قرارًا
   *[other] { $n } قرار
} (غير مستقرة).
wait-curve-label = { $area } { $share }
wait-summary-none = لا توجد في البيانات طلبات نُظر فيها لأول مرة في { $period }.
wait-summary-overall = من بين الطلبات التي نُظر فيها لأول مرة في { $period } (n = { $n })، { $median }{ $after }.
wait-summary-median = بلغ الوسيط حتى البت { $median }
wait-summary-median-not-reached = بُت في أقل من نصفها حتى نهاية البيانات (لم يُبلغ الوسيط)
wait-summary-after = ؛ وكانت { $share } منها لا تزال تنتظر بعد { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}
wait-summary-after-none = ؛ ولم يُتتبَّع أي منها بعدُ لمدة { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}
wait-summary-too-few = عدد القرارات في كل مجال تركيز أقل من أن يسمح بمقارنة المجالات (أقل من { $n }).
wait-summary-head = المنظمات غير الحكومية العاملة في { $area }: { $share } لا تزال تنتظر بعد { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}
wait-summary-compare = { $head }، مقابل { $other } بالنسبة إلى المنظمات غير الحكومية العاملة في مجالات تقع خارج مجالات التركيز الأربعة{ $test }.
wait-summary-log-rank = ؛ واختبار لوغاريتم الرتب لمعدل التوصية: { $p }

## Time to decision: what happened to the applications (cumulative incidence)

outcome-heading = ما آلت إليه الطلبات
outcome-intro = بحلول كل دورة منذ أول نظر فيها، حصة الطلبات الموصى بها، والمغلق النظر فيها دون إخلال، والمرفوضة، والمسحوبة (الحدوث التراكمي وفق طريقة آلين–يوهانسن)، وحصة الطلبات التي لا تزال تنتظر: ومجموعها 100%. وهذه الحصص تقديرات نقطية بلا فترة ثقة (فترة ثقة حصة الانتظار واردة في الرسم البياني أعلاه)؛ وتوصف المجموعة التي يقل عدد قراراتها عن { $n } بأنها غير مستقرة. والأرقام واردة في جداول الحياة أدناه.
outcome-title = ما آلت إليه طلبات { $area } (n = { $n }{ $unstable })، حسب عدد الدورات منذ أول نظر فيها
outcome-step = بحلول الدورة { $sessions }: أُوصي بـ { $recommended }، وأُغلق النظر في { $closed }، ورُفض { $rejected }، وسُحب { $withdrawn }، ولا تزال { $waiting } تنتظر.
outcome-description = { $area } (n = { $n }). { $steps }
outcome-none = { $area }: لم يُتتبَّع أي طلب لمدة { $sessions ->
    [zero] { $sessions } دورة
    [one] دورة واحدة
    [two] دورتين
    [few] { $sessions } دورات
    [many] { $sessions } دورة
   *[other] { $sessions } دورة
}.
outcome-legend-waiting = قيد الانتظار

## Organizations search, pager, not found, API page

## Fragment of helper "common": the organizations search (search-), the pager (common-),
## the API page (api-). api-topic-* and api-intro-* repeat the OpenAPI document's English
## (server/src/http/api/document.rs); English pages show the document's own text.

## Organizations search

search-lead = كل منظمة غير حكومية نظرت اللجنة في طلبها، ويمكن العثور عليها بأي اسم حملته — الأسماء الحالية والسابقة، وصيغ الكتابة الواردة في التقارير والنشرات الصحفية.
search-name = الاسم
search-submit = بحث
search-any = الكل
search-outcome = النتيجة
search-outcome-in_status = حاصلة على { -consultative-status }
search-outcome-pending = قيد النظر
search-sort = الترتيب حسب
search-sort-name = الاسم
search-sort-deferrals = الأكثر إرجاءً أولًا
search-sort-years_pending = الأطول انتظارًا أولًا
search-none = لا توجد منظمة مطابقة.
search-past-last = الصفحة { $page } تتجاوز الصفحة الأخيرة ({ $pages })؛ عدد المنظمات: { $count }.
search-showing = { $count ->
    [zero] { $count } منظمة
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}؛ تُعرض النتائج من { $first } إلى { $last }.
search-facets-label = تضييق نطاق النتائج
search-country-facet = البلد (النشرات الصحفية)
search-results-heading = النتائج
search-downloads-note = تتضمن الملفات المنزَّلة صفحة النتائج هذه (حتى 100 نتيجة في الصفحة باستخدام per_page=100).
search-caption = المنظمات التي عُثر عليها
search-col-deferrals = مرات الإرجاء
search-col-years = السنوات
search-years-waited = { " " }({ $n ->
    [zero] { $n } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $n } سنوات
    [many] { $n } سنة
   *[other] { $n } سنة
})
search-also-as = وردت أيضًا باسم «{ $name }»

## Pager

common-pages = الصفحات
common-previous = → السابق
common-next = التالي ←
common-page-of = الصفحة { $page } من { $pages }

## API page

api-title = واجهة برمجة التطبيقات
api-document = المرجع نفسه للبرامج: { $link } (OpenAPI 3.1؛ { $title }، الإصدار { $version }).
api-topics = المواضيع
api-formats = الصيغ: { $formats }
api-try = جرّب: { $link }
api-parameters = المعلمات
api-place-path = { " " }(في العنوان)
api-place-required = { " " }(إلزامية)
api-place-optional = { " " }(اختيارية)
api-values = القيم: { $values }.{ " " }
api-default = القيمة الافتراضية: { $value }.{ " " }
api-example = مثال: { $value }.
api-values-one-of = إحدى القيم { $list }
api-values-whole = عدد صحيح من { $min } إلى { $max }
api-values-text-max = نص لا يتجاوز { $n ->
    [zero] { $n } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $n } أحرف
    [many] { $n } حرفًا
   *[other] { $n } حرف
}
api-values-text = نص
api-intro-data = البيانات التي يستند إليها كل رقم في موقع ecosoc-watch، لغرف الأخبار والباحثين والبرامج النصية: كيف تبت { -committee-short } التابعة للمجلس الاقتصادي والاجتماعي في طلبات الحصول على { -consultative-status } — حسب مجال التركيز، وحسب الدولة التي تطرح الأسئلة، وعلى مر الزمن — مع بيان مصدر كل رقم.
api-intro-use = يستجيب كل مسار لطلبات GET (وHEAD)، ولا يحتاج إلى مفتاح، ويمكن قراءته من أي موقع شبكي. وتتضمن الإجابات بصيغة JSON معنى أرقامها، وإصدار البيانات، وطريقة الاستشهاد بها؛ ولمعظمها نظير بصيغة CSV، وتُقدَّم الرسوم البيانية في ملفات بصيغتي SVG وPNG. وأي معلمة غير معروفة أو خارج النطاق المسموح به تتلقى الرمز 400 مع ذكر اسمها وما تقبله من قيم، بالشكل `{ $envelope }`. وتظل الإجابة كما هي إلى أن تتغير البيانات: إذ تتيح علامة ETag الخاصة بها للعميل أن يعيد الطلب بتكلفة زهيدة.
api-intro-sources = القرارات المتخذة في الفترة 1998–2024 مأخوذة من مجموعة البيانات ECOSOC_Status التي أعدّها كريستوف فالنتين شتاينرت (Christoph Valentin Steinert) (بموجب ترخيص MIT)، والمرمَّزة استنادًا إلى التقارير الرسمية للجنة؛ أما الأسئلة وعمليات التصويت والدورات اللاحقة فمأخوذة من النشرات الصحفية للأمم المتحدة الخاصة بتغطية الاجتماعات، وهي ليست من الوثائق الرسمية.
api-intro-english = المسارات الواردة أدناه موصوفة بعبارات الوثيقة نفسها، باللغة الإنكليزية.
api-topic-deferral-rates = معدلات الإرجاء
api-topic-deferral-rates-text = عدد المرات التي أُرجئ فيها النظر في الطلبات، حسب مجال التركيز: كل معدل مع الأرقام التي يتكون منها، وفاصل ثقة 95%، والمعدل مقارنةً بجميع الطلبات الأخرى.
api-topic-time-to-decision = المدة حتى البت في الطلب
api-topic-time-to-decision-text = عدد دورات اللجنة التي ينتظرها الطلب حتى البت فيه، حسب مجال التركيز: منحنيات الانتظار، والقيم الوسيطة، وجداول الحياة.
api-topic-who-asks = من يطرح الأسئلة
api-topic-who-asks-text = الدول الأعضاء التي تطرح أسئلة على مقدمي الطلبات، وفي أي مجالات التركيز، وكيف تصوّت. والسؤال الذي يسبق الإرجاء إسنادٌ وليس سببًا.
api-topic-organizations = المنظمات
api-topic-organizations-text = جميع المنظمات، مع إمكانية العثور عليها بأي صيغة لكتابة اسمها، والسجل الكامل لكل منها.
api-topic-sessions = الدورات
api-topic-sessions-text = دورات اللجنة مع أعدادها، ودورة واحدة مع عرض المصدرين جنبًا إلى جنب.
api-topic-member-states = الدول الأعضاء
api-topic-member-states-text = جميع الدول الأعضاء التي طرحت سؤالًا أو صوّتت، وأسئلة دولة بعينها وأصواتها.
api-topic-press-releases = النشرات الصحفية
api-topic-press-releases-text = ما تضيفه النشرات الصحفية للأمم المتحدة إلى تقارير اللجنة، ومواضع الاختلاف بين المصدرين.
api-topic-the-whole-record = السجل الكامل
api-topic-the-whole-record-text = ما تحتويه قاعدة البيانات، وكل محتوياتها في ملف تنزيل واحد.
api-topic-this-api = واجهة برمجة التطبيقات هذه
api-topic-this-api-text = هذا الوصف لواجهة برمجة التطبيقات، المخصص للبرامج.

## Methodology

## صفحة المنهجية (app/src/routes/methodology.rs). المتغيرات $term و$link و$code و$version
## تحل محل عنصر (مصطلح بخط عريض، أو رابط، أو رمز) تأتي كلماته من رسالة أخرى أو من
## البيانات. يرد $ever أولًا ثم $at_least، بهذا الترتيب.

methodology-toc-label = في هذه الصفحة
methodology-units-heading = ما الذي يُحصى
methodology-measures-heading = المقاييس
methodology-linking-heading = ربط الأسماء
methodology-sources-heading = المصادر والتراخيص
methodology-coverage-heading = التغطية والثغرات المعروفة
methodology-membership-heading = أعضاء اللجنة

## ما الذي يُحصى

methodology-unit-organization = المنظمة
methodology-unit-organization-text = منظمة غير حكومية واحدة، أيًّا كانت طريقة كتابة اسمها؛ ويبقى تاريخها محفوظًا عند تغيير الاسم أو الاندماج.
methodology-unit-application = الطلب
methodology-unit-application-text = طلب واحد تقدمه منظمة للحصول على { -consultative-status } أو لإعادة التصنيف.
methodology-unit-consideration = حالة النظر
methodology-unit-consideration-text = النظر في طلب واحد في دورة واحدة (الدورة العادية، نحو كانون الثاني/يناير؛ والدورة المستأنفة، نحو أيار/مايو). ونتيجته: التوصية (بمنح المركز الاستشاري العام أو الخاص أو بالإدراج في القائمة)، أو إرجاء النظر، أو إغلاق النظر دون إخلال (لعدم الرد على ثلاث رسائل تذكير)، أو الرفض، أو السحب. وكون الطلب «جديدًا» أو «مؤجلًا من دورات سابقة» صفةٌ لحالة النظر.
methodology-unit-question = السؤال
methodology-unit-question-text = سؤال تطرحه دولة عضو واحدة بشأن طلب واحد في حالة نظر واحدة، كما تسجله النشرات الصحفية.
methodology-unit-vote = الصوت
methodology-unit-vote-text = صوت دولة عضو واحدة في تصويت مسجل واحد.

## المقاييس: يبدأ كل بند بمصطلحه مكتوبًا بخط عريض

methodology-measure-session-deferral = { $term }: عدد حالات الإرجاء ÷ عدد حالات النظر، مجمَّعةً على دورات السنوات المختارة؛ لجميع حالات النظر، أو للطلبات الجديدة فقط، أو للطلبات المؤجلة من دورات سابقة فقط. ولا يُعد إغلاق النظر لعدم الرد إرجاءً.
methodology-term-ever-deferred = الإرجاء مرة واحدة على الأقل
methodology-term-deferred-at-least = الإرجاء N مرات على الأقل
methodology-measure-ever-deferred = { $ever } و{ $at_least }: لكل طلب نُظر فيه لأول مرة في السنوات المختارة، ويُحتسب مرة واحدة. أما الطلبات التي كانت «مؤجلة من دورات سابقة» عند بدء السجلات فتُستبعد من الأفواج بدلًا من أن يُحتسب إرجاؤها ناقصًا.
methodology-term-uncertainty = عدم اليقين
methodology-measure-uncertainty = { $term }: يُرفق بكل معدل حجمُ العينة n وفاصلُ ثقة 95% محسوب بطريقة درجة ويلسون (Wilson score interval)؛ ويوصف المعدل بأنه غير مستقر إذا قل عدد الحالات عن { $n }. ويُرفق بنسبة معدل مجال ما مقارنةً بجميع الطلبات الأخرى في الدورات نفسها فاصلُ ثقة 95% محسوب على المقياس اللوغاريتمي.
methodology-measure-time-to-decision = { $term }: عدد الدورات من أول نظر في الطلب (الدورة 1) حتى البت فيه، مع احتساب كل دورة من دورات اللجنة. وتُقدَّر نسبة الطلبات التي لا تزال تنتظر بمقدِّر كابلان-ماير (Kaplan–Meier) مع فاصل ثقة 95% بتحويل log-log (صيغة غرينوود، Greenwood)؛ وتُعامَل الطلبات التي لا تزال قيد النظر بوصفها بيانات مراقَبة (censored) عند آخر نظر فيها. أما إغلاق النظر والرفض والسحب فهي نتائج قائمة بذاتها (الحدوث التراكمي بطريقة آلن-يوهانسن، Aalen–Johansen)، ولا تُعامل قط بوصفها بيانات مراقَبة، ولذلك فإن مجموع نسب الطلبات الموصى بها والمغلق النظر فيها والمرفوضة والمسحوبة والتي لا تزال تنتظر يساوي 100%. ويُقرأ الوسيط عند النقطة التي يعبر فيها المنحنى مستوى النصف («لم يُبلَغ» حيث لا يعبره)، مع فاصل بروكماير-كراولي (Brookmeyer–Crowley)؛ ويقارن اختبار لوغاريتم الرتب (log-rank) معدل التوصية في كل مجال بمعدلها في الطلبات التي لا تندرج في أي من المجالات، ويُبلَّغ عن نتيجته بقيمة احتمالية (p). ولا يُعرض وسيط محسوب على الحالات المنتهية وحدها: فهو يُغفل أطول فترات الانتظار.
methodology-term-passport-deferrals = حالات الإرجاء في صفحة المنظمة
methodology-measure-passport-deferrals = { $term }: تُحتسب مرة واحدة في كل دورة، من التقارير حيث تغطي الدورة، ومن النشرات الصحفية بعد حزيران/يونيه 2024، فلا يُحتسب أي شيء مرتين.
# مصطلح المقياس، وعمود جدول التغطية
methodology-questions = الأسئلة
methodology-measure-questions = { $term }: عبارة «حالات النظر التي طرحت فيها دولة سؤالًا وانتهت بالإرجاء» تعبّر عن إسناد، لا عن علاقة سببية.
methodology-confounding = يقترن مجال التركيز ببلد المقر وبالنزاعات الثنائية: فوجود فرق بين المجالات لا يشكّل في حد ذاته دليلًا على سبب إرجاء النظر في الطلبات.

## مجالات التركيز: القواعد واستثناءاتها والمنظمات المسندة بالاسم

methodology-rules-text = تندرج المنظمة في مجال ما حين ترد إحدى العبارات الواردة أدناه، بكلمات كاملة، في أي اسم حملته (بصرف النظر عن حالة الأحرف وعلامات التشكيل وعلامات الترقيم؛ والعبارة المنتهية بعلامة * تطابق أي كلمة تبدأ بها). ويجوز أن تندرج في عدة مجالات؛ فإن لم تندرج في أي منها صُنِّفت ضمن «لا شيء مما سبق». ويحتفظ كل إسناد بالقاعدة والكلمات التي أدت إليه، ويمكن للقيّمين على البيانات تصحيح الإسناد مع ذكر سبب يُحتفظ به. ومجال «حقوق الإنسان (بوجه عام)» مخصص لحقوق الإنسان عمومًا: فالمنظمة المعنية بحقوق فئة واحدة («… Women's Rights …»، أو حقوق أقلية ما أو حقوق مجتمع LGBTI) تندرج في مجال تلك الفئة وحده، ولا تندرج في مجال حقوق الإنسان أيضًا إلا حين تتحدث عن حقوق الإنسان أو الحريات المدنية أو التعذيب أو الإبادة الجماعية أو الديمقراطية في حد ذاتها (الاستثناء { $code } أدناه). وتطبّق المجموعات المصنّفة يدويًا التي تُقاس بها القواعد التعريفَ نفسه.
methodology-rules-known-text = لا تدل أسماء بعض المنظمات على ما تقوم به (اسم مؤسس، أو قوس قزح، أو أعمال شغب شهيرة). أما المنظمات المدرجة أدناه تحت «منظمات معروفة» فتُسند إلى مجالاتها بالاسم، ولكل منها المصدر العام الذي يبيّن ما تقوم به؛ وتخضع القائمة للمراجعة شأنها شأن القواعد.
methodology-rule-set-version = إصدار مجموعة القواعد: { $version }
methodology-rules-caption = القواعد: ورود أي عبارة يكفي لإدراج المنظمة في المجال
methodology-col-rule = القاعدة
methodology-col-area = المجال
methodology-col-language = اللغة
methodology-col-phrases = العبارات
methodology-exceptions-caption = الاستثناءات (الكلمات المضلِّلة): يُسقَط المجال عند ورود إحدى هذه الكلمات، ما لم ترد أيضًا إحدى كلمات العمود الأخير
methodology-col-exception = الاستثناء
methodology-col-when = عند ورود
methodology-col-unless = ما لم يرد
methodology-col-why = السبب
methodology-known-caption = منظمات معروفة: تُسند بالاسم، مع المصدر الذي يبيّن ما تقوم به
methodology-col-entry = البند
methodology-col-names = الأسماء
methodology-col-areas = المجالات
methodology-col-taken-out-of = المجالات المستبعدة
methodology-known-reason = { $reason } ({ $link })
methodology-known-source-link = المصدر

## نشرات قُرئت قراءة غير كاملة

methodology-incomplete-heading = نشرات صحفية قُرئت قراءة غير كاملة
methodology-incomplete-text = { $n ->
    [0] قُرئت كل نشرة محفوظة قراءة كاملة: تطابق سجلاتها الأعداد التي يذكرها عنوانها.
    [one] تتضمن نشرة واحدة عددًا من السجلات يختلف عما يذكره عنوانها. ولا تغطي أرقام النشرات الصحفية لدورتها إلا ما قُرئ؛ وتبيّن رسالة المحلل مقدار الفرق.
    [two] تتضمن نشرتان عددًا من السجلات يختلف عما يذكره عنواناهما. ولا تغطي أرقام النشرات الصحفية للدورات المعنية إلا ما قُرئ؛ وتبيّن رسائل المحلل مقدار الفرق.
    [few] تتضمن { $n } نشرات عددًا من السجلات يختلف عما تذكره عناوينها. ولا تغطي أرقام النشرات الصحفية للدورات المعنية إلا ما قُرئ؛ وتبيّن رسائل المحلل مقدار الفرق.
    [many] تتضمن { $n } نشرة عددًا من السجلات يختلف عما تذكره عناوينها. ولا تغطي أرقام النشرات الصحفية للدورات المعنية إلا ما قُرئ؛ وتبيّن رسائل المحلل مقدار الفرق.
   *[other] تتضمن { $n } نشرة عددًا من السجلات يختلف عما تذكره عناوينها. ولا تغطي أرقام النشرات الصحفية للدورات المعنية إلا ما قُرئ؛ وتبيّن رسائل المحلل مقدار الفرق.
}
methodology-incomplete-caption = نشرات تختلف سجلاتها عما تذكره عناوينها
methodology-col-release = النشرة
methodology-col-what-differs = وجه الاختلاف
methodology-release-date = { " " }({ $date })

## ربط الأسماء

methodology-linking-text = تكتب التقارير والنشرات اسم المنظمة الواحدة بطرق كثيرة. وتُربط صيغ الكتابة حين تتساوى مفاتيحها الموحَّدة (بعد توحيد حالة الأحرف وعلامات التشكيل وعلامات الترقيم والمسافات)، ثم حين تتساوى حروفها وأرقامها وحدها وتدل على منظمة واحدة؛ وتربط حالات تغيير الاسم والاندماج الواردة في التقارير بين الأسماء المعنية؛ أما الأسماء المتطابقة باستثناء أداة تعريف، أو «of»، أو شكل قانوني («, Inc.» أو «, charity» أو «, e.V.»)، أو مختصر أو مكان أخير بين قوسين، فتُربط إذا لم تُدرج الصيغتان قط في الدورة نفسها (ما لم تُدرج إحداهما فيها إلا ضمن الطلبات الجديدة التي مُنحت المركز، وهي قائمة تذكر المنظمة مرة ثانية)؛ وتُربط الصيغة شبه المتطابقة بقاعدة مطابقة تقريبية تسجّل درجة التطابق؛ ويدمج القيّمون على البيانات السجلات ويفصلونها مع ذكر سبب يبقى قائمًا بعد إعادة الاستيراد. وتحتفظ كل صيغة كتابة بطريقة ربطها، وتُعرض هذه الطريقة في صفحة المنظمة.
methodology-link-rules-caption = صيغ الكتابة حسب طريقة ربطها
methodology-col-spellings = صيغ الكتابة
methodology-link-rule-new = أول صيغة لمنظمة جديدة
methodology-link-rule-normalised = صيغة موحَّدة (حالة الأحرف، وعلامات الترقيم، وملاحظات المركز)
methodology-link-rule-name_change = تغيير اسم مسجل في التقارير
methodology-link-rule-merger = اندماج مسجل في التقارير
methodology-link-rule-variant = الاسم نفسه باستثناء أداة تعريف أو «of» أو شكل قانوني أو مختصر أو مكان بين قوسين، ولم يُدرج قط إلى جانبه
methodology-link-rule-fuzzy = صيغة شبه متطابقة (مطابقة تقريبية)
methodology-link-rule-curator = قرار أحد القيّمين على البيانات
methodology-link-rule-other = غير ذلك

## المصادر والتراخيص

methodology-source-steinert = مجموعة البيانات { $link } التي أعدّها كريستوف فالنتين شتاينرت (Christoph Valentin Steinert) (ترخيص MIT): قرارات اللجنة في كل دورة للفترة 1998–2024، مرمَّزةً استنادًا إلى تقاريرها الرسمية. ويحيل كل صف نحتفظ به إلى ملفه وورقته وصفّه.
methodology-source-press = النشرات الصحفية للأمم المتحدة الخاصة بتغطية الاجتماعات ({ $link }): أي دولة عضو سألت أي منظمة غير حكومية عن أي شيء، والتصويتات المسجلة، وبلد المنظمة، والدورات المعقودة بعد حزيران/يونيه 2024. وهي مواد عامة صادرة عن الأمم المتحدة، وليست من الوثائق الرسمية. وتُقرأ قراءة كاملة ابتداءً من عام 2016؛ أما نشرات الفترة 2007–2015 والنشرات الصادرة بالفرنسية فتُقرأ بقدر المستطاع، مع تسجيل كل فقرة تعذّرت قراءتها.
methodology-scrape = يقرأ الخادم النشرات الصحفية الجديدة من تلقاء نفسه، { $schedule } (ما لم يُشغَّل باستخدام الخيار --no-scrape)، دون إثقال على الموقع، ولا يقرأ إلا ما هو جديد. { $last }
methodology-scrape-schedule = يوميًا في كانون الثاني/يناير وشباط/فبراير وأيار/مايو وحزيران/يونيه (وهي الأشهر التي تنعقد فيها اللجنة عادةً)، وأسبوعيًا في غيرها من الأشهر، وبعد ساعتين من أي محاولة فاشلة
methodology-last-run = آخر تشغيل: بدأ في { $started }، وانتهى في { $finished } ({ $status }): { $outcome }.
methodology-last-run-unfinished = آخر تشغيل: بدأ في { $started } ({ $status }): { $outcome }.
methodology-run-status = { $status ->
    [succeeded] ناجح
    [failed] فاشل
    [running] جارٍ
   *[other] { $status }
}
methodology-run-outcome = النشرات الجديدة: { $fetched }، والمحدَّثة: { $updated }، ودون تغيير: { $unchanged }، والفاشلة: { $failed }
methodology-no-scrape = لم يُجرَ بعدُ أي جمع للنشرات الصحفية في قاعدة البيانات هذه.

## التغطية والثغرات المعروفة

methodology-coverage-caption = ما يحتويه كل مصدر، حسب السنة
methodology-col-year = السنة
methodology-col-considerations-reports = حالات النظر (التقارير)
methodology-col-release-entries = القيود المقروءة من النشرات
methodology-known-gaps = الثغرات المعروفة: لا تُعرف الأسئلة إلا حيث تذكرها النشرات؛ وتنتهي التقارير في حزيران/يونيه 2024؛ ولا يُعرف بلد المقر إلا حيث تذكره إحدى النشرات. وحين تختلف التقارير مع مجموع أعلنته الأمم المتحدة، يُشار إلى ذلك في صفحة الدورة مع ذكر الرقمين كليهما.

## أعضاء اللجنة

methodology-membership-text = تحتسب أرقام «من يطرح الأسئلة» الخاصة بدولة ما الدوراتِ التي كانت فيها عضوًا في اللجنة (وتُذكر على حدة أي دورات طرحت فيها أسئلة بصفة مراقب)؛ ولا تُعد الدورة التي لم تكن فيها عضوًا صفرًا. { $source }. والسنة التي يقل فيها عدد الأعضاء عن 19 تعني مقعدًا لم يذكره أي مصدر قُرئ حتى الآن: فيُترك فارغًا ولا يُخمَّن.
methodology-membership-source = عضوية اللجنة للفترة { $first }–{ $last } مأخوذة من الملف الذي راجعه ecosoc-watch وهو server/data/committee_membership.tsv (عدد الصفوف: { $rows }، ولكل صف مصدره من انتخابات المجلس الاقتصادي والاجتماعي أو تقارير اللجنة؛ وعدد الصفوف التي لم تُطابَق بعد مع نص المصدر: { $unchecked })
methodology-membership-caption = الأعضاء في كل سنة حسب ملف العضوية
methodology-col-members = عدد الأعضاء
methodology-col-unchecked = لم تُطابَق مع نص المصدر
