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
footer-sources = القرارات المتخذة في الفترة 1998–2024 مأخوذة من مجموعة البيانات { $dataset } التي أعدّها كريستوف فالنتين شتاينرت (Christoph Valentin Steinert) (بموجب ترخيص MIT)، والمرمَّزة استنادًا إلى التقارير الرسمية للجنة. أما تغطية الاجتماعات فمأخوذة من النشرات الصحفية للأمم المتحدة، وهي ليست من الوثائق الرسمية.
footer-api-link = واجهة برمجة التطبيقات
footer-api = : جميع الأرقام بصيغ JSON أو CSV أو SVG أو PNG، لغرف الأخبار والبرامج النصية.
loading = جارٍ التحميل…

## Errors

error-not-found = غير موجود
error-bad-request = هذا العنوان غير صالح
error-failed = حدث خطأ
error-database = تعذّرت قراءة قاعدة البيانات. يُرجى المحاولة مرة أخرى بعد قليل.
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

# "62% (فاصل الثقة 95%: 41–79%، n = 21)": a rate with its interval and its n
rate-with-interval = { $rate } (فاصل الثقة 95%: { $low }–{ $high }، n = { $n })
share-with-interval = { $rate } (فاصل الثقة 95%: { $low }–{ $high })
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
rates-col-rate = المعدل (فاصل الثقة 95%، n)
rates-col-events = الحالات
rates-col-out-of = من أصل
rates-col-ratio = نسبة المعدلات مقارنةً بجميع الطلبات الأخرى (فاصل الثقة 95%)
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
summary-ratio = ؛ وتبلغ نسبة المعدلات مقارنةً بجميع الطلبات الأخرى { $ratio } (فاصل الثقة 95%: { $low }–{ $high })
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
