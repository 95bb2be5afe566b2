## ecosoc-watch: the interface in Russian. Keys as in en.ftl, the reference catalogue
## (a test fails otherwise).
## NGO names, questions and source text are records, never translated; only the words
## around them are here. UN terms: see terminology.md beside this file.
## Conventions of this catalogue: "95% CI" is written «ДИ 95 %» everywhere; area-phrase-*
## are in the genitive (after «в области»); session-label already holds the word «сессия» and
## starts with the year, as it is both a heading and a part of sentences («2019 год,
## возобновленная сессия»; the UN's running-text form «возобновленная сессия 2019 года» would
## start a heading in lower case), so messages taking $session or $last do not add «сессия»;
## unit-* are in the genitive plural (country-note: «Таких …»).

-committee = Комитет по неправительственным организациям
-committee-short = Комитет по НПО
-consultative-status = консультативный статус

## The site around every page

site-description = Как { -committee-short } Экономического и Социального Совета ООН откладывает рассмотрение заявлений: по тематическим областям, по государствам, задающим вопросы, в динамике, с указанием источника каждого показателя.
skip-to-content = Перейти к основному содержанию
nav-label = Основное меню
nav-overview = Обзор
nav-organizations = Организации
nav-time-to-decision = Сроки принятия решений
nav-who-asks = Кто задает вопросы
nav-sessions = Сессии
nav-states = Государства-члены
nav-methodology = Методология
language-label = Язык
footer-sources = Решения за 1998–2024 годы — из набора данных { $dataset } Кристофа Валентина Штайнерта (лицензия MIT), закодированного по официальным докладам Комитета. Освещение заседаний — по пресс-релизам ООН, которые не являются официальными отчетами.
footer-api-link = API
footer-api = : все показатели в форматах JSON, CSV, SVG или PNG — для редакций и скриптов.
loading = Загрузка…

## Errors

error-not-found = Не найдено
error-bad-request = Недопустимый адрес
error-failed = Произошла ошибка
error-database = Не удалось прочитать базу данных. Повторите попытку через некоторое время.
page-not-found = Страница не найдена
page-not-found-text = По этому адресу страницы нет.
go-to-overview = Перейти к обзору
search-organizations = Поиск организаций
showing-default-view = — показано представление по умолчанию.

## Home page

home-title = Отсрочка рассмотрения заявлений в Комитете ООН по НПО
home-lead = 19 государств — членов Комитета могут годами задерживать рассмотрение заявления НПО, задавая все новые вопросы. ecosoc-watch хранит документы Комитета с указанием источников и подсчитывает, чьи заявления откладываются, кем и как долго.
rates-heading = Чьи заявления откладываются: по тематическим областям
rates-computing = Расчет показателей…
filter-measure = Показатель
filter-from = С
filter-to = По
filter-considerations = Рассмотрения
filter-n = N
filter-region = Местонахождение НПО
filter-any-region = любой регион
filter-any-year = Любой год
filter-apply = Применить

measure-session_deferral = Доля рассмотрений, завершившихся отсрочкой
measure-ever_deferred = Доля заявлений, отложенных хотя бы один раз
measure-deferred_at_least = Доля заявлений, отложенных не менее N раз
consideration-all = все рассмотрения
consideration-new = только новые заявления
consideration-previously_deferred = только ранее отложенные заявления

region-africa = Африка
region-americas = Америка
region-asia = Азия
region-europe = Европа
# A chart restricted to one region: "Africa (UN M49 region)"
region-restriction = { $region } (регион M49 ООН)
region-oceania = Океания

## Focus areas: as a label, and inside a sentence ("NGOs working on …")

area-women = Права женщин
area-lgbti = Права ЛГБТИ
area-minority = Права меньшинств
area-human_rights = Права человека (в целом)
area-other = Ни одна из перечисленных
area-all = Все заявления
area-unknown = Неизвестно
# area-phrase-*: genitive, as in «НПО, работающих в области прав женщин».
area-phrase-women = прав женщин
area-phrase-lgbti = прав ЛГБТИ
area-phrase-minority = прав меньшинств
area-phrase-human_rights = прав человека в целом
area-phrase-other = вне четырех тематических областей

## Decisions, votes, sources, sessions

decision-recommended = Рекомендовано
decision-recommended_special = Рекомендовано (специальный статус)
decision-recommended_general = Рекомендовано (общий статус)
decision-recommended_roster = Рекомендовано (включение в реестр)
decision-deferred = Отложено
decision-closed = Рассмотрение прекращено (нет ответа)
decision-rejected = Отклонено
decision-withdrawn = Отозвано
decision-reclassified = Статус реклассифицирован
decision-quadrennial_noted = Четырехгодичный доклад принят к сведению
decision-other = Другое
decision-short-recommended = Рекомендовано
decision-short-closed = Прекращено
vote-in_favour = За
vote-against = Против
vote-abstaining = Воздержались
vote-absent = Отсутствовали
source-steinert = Доклады
source-press_release = Пресс-релиз
source-esango = esango
source-test = Тестовые данные
session-part-regular = очередная
session-part-resumed = возобновленная
# "2019 resumed": «2019 год, возобновленная сессия»
session-label = { $year } год, { $part } сессия
application-status = Заявление о статусе № { $seq }
application-reclassification = Заявление о реклассификации № { $seq }
application-status_withdrawal = Лишение статуса № { $seq }
application-other = Заявление № { $seq }

## Rates: numbers, chart, table

# "62% (95% CI 41–79%, n = 21)": a rate with its interval and its n
rate-with-interval = { $rate } (ДИ 95 %: { $low }–{ $high }, n = { $n })
share-with-interval = { $rate } (ДИ 95 %: { $low }–{ $high })
rate-no-data = нет данных (n = { $n })
chart-no-data = нет данных
chart-bar-note = { $rate } · n = { $n }
chart-bar-note-unstable = { $rate } · n = { $n } · неустойчивая оценка
chart-footnote = Планки: доверительные интервалы 95 %. Заштрихованные столбцы: менее { $n ->
    [one] { $n } события
    [few] { $n } событий
    [many] { $n } событий
   *[other] { $n } события
} (неустойчивая оценка).
chart-footnote-whiskers = Планки: доверительные интервалы 95 %.
chart-footnote-hatched = Штриховка: менее { $n ->
    [one] { $n } события
    [few] { $n } событий
    [many] { $n } событий
   *[other] { $n } события
} (неустойчивая оценка).
rates-caption = { $measure }, { $from }–{ $to }: данные, на которых основана диаграмма
rates-col-area = Тематическая область
rates-col-rate = Доля (ДИ 95 %, n)
rates-col-events = События
rates-col-out-of = Всего
rates-col-ratio = Отношение долей по сравнению со всеми остальными (ДИ 95 %)
rates-unstable = неустойчивая оценка: менее { $n ->
    [one] { $n } события
    [few] { $n } событий
    [many] { $n } событий
   *[other] { $n } события
}
download = Скачать:
method-heading = Что подсчитывается и чего эти данные не показывают
method-areas = Тематические области определяются по проверенным правилам, применяемым к названиям каждой организации; совпавшие слова сохраняются в качестве обоснования, и кураторы могут вносить исправления. Организация может относиться к нескольким областям. Для долей приводятся доверительные интервалы 95 % по методу Wilson; отношение долей сравнивает область со всеми остальными заявлениями на тех же сессиях, с интервалом 95 % в логарифмической шкале.
method-confounding = Тематическая область связана со страной местонахождения штаб-квартиры и с двусторонними спорами, поэтому различие между областями само по себе не объясняет, почему рассмотрение заявлений было отложено. Ограничьте диаграмму НПО одного региона (см. выше) или одной страны, указав в адресе { $example } (код ISO 3166-1).
cite-as = Рекомендуемая ссылка: { $citation } Данные по состоянию на { $version }.

definition-session_deferral = Доля рассмотрений, завершившихся отсрочкой, на сессиях { $from }–{ $to } годов (рассмотрение — одно заявление на одной сессии; { $filter }). Прекращение рассмотрения из-за отсутствия ответа не считается отсрочкой.
definition-ever_deferred = Доля заявлений, впервые рассмотренных в { $from }–{ $to } годах, рассмотрение которых откладывалось хотя бы один раз; каждое заявление учитывается один раз. У недавно поданных заявлений было меньше сессий, на которых их рассмотрение могло быть отложено.
definition-deferred_at_least = Доля заявлений, впервые рассмотренных в { $from }–{ $to } годах, рассмотрение которых откладывалось не менее { $n ->
    [one] { $n } раза
    [few] { $n } раз
    [many] { $n } раз
   *[other] { $n } раза
}; каждое заявление учитывается один раз. У недавно поданных заявлений было меньше сессий, на которых их рассмотрение могло быть отложено.

## The sentence under the chart, built from the numbers

summary-what-session_deferral = рассмотрений завершились отсрочкой
summary-what-ever_deferred = заявлений откладывались хотя бы один раз
summary-what-deferred_at_least = заявлений откладывались не менее { $n ->
    [one] { $n } раза
    [few] { $n } раз
    [many] { $n } раз
   *[other] { $n } раза
}
summary-period-sessions = Сессии { $from }–{ $to } годов
summary-period-sessions-in = Сессии { $from }–{ $to } годов (местонахождение организаций: { $place })
summary-period-first = Заявления, впервые рассмотренные в { $from }–{ $to } годах
summary-period-first-in = Заявления, впервые рассмотренные в { $from }–{ $to } годах (местонахождение организаций: { $place })
summary-ratio = ; отношение долей по сравнению со всеми остальными заявлениями: { $ratio } (ДИ 95 %: { $low }–{ $high })
summary-compare = { $period }: { $top } { $what } в случае НПО, работающих в области { $area }, против { $other } в случае НПО, не относящихся ни к одной из четырех тематических областей{ $ratio }.
summary-all-only = { $period }: { $all } { $what } (все заявления); слишком мало событий для сравнения тематических областей.
summary-none = { $period }: записи за этот период отсутствуют.
country-note = Страна известна, если пресс-релизы об организации ее указывают и не расходятся между собой. Таких { $unit } за эти годы — { $known } из { $units } ({ $share }); еще { $unsettled ->
    [one] { $unsettled } относится
    [few] { $unsettled } относятся
    [many] { $unsettled } относятся
   *[other] { $unsettled } относятся
} к организациям, в пресс-релизах о которых указаны разные страны или страна, отсутствующая в справочных таблицах; таким организациям страна не присваивается. В докладах страна не указывается.
# Genitive plural, after «Таких» in country-note.
unit-considerations = рассмотрений
unit-applications = заявлений

## What the database holds

holdings-heading = Содержимое базы данных
last-update = Последнее обновление:
never = не проводилось
sources-caption = Хранящиеся исходные документы
sources-col-source = Источник
sources-col-documents = Документы
sources-col-bytes = Байт
sources-col-fetched = Последняя загрузка
tables-caption = Записи по видам, в порядке убывания числа
tables-col-kind = Вид записи
tables-col-rows = Число строк
empty-heading = Записей пока нет
empty-text = База данных пуста. Загрузите решения Комитета за 1998–2024 годы командой:
empty-offline = При отсутствии доступа к сети укажите локальную копию набора данных:
empty-loading = Загрузка решений Комитета за 1998–2024 годы (источник: { $from }; начало: { $started }): { $stage }. Эта страница обновляется автоматически каждые несколько секунд.
empty-failed = Не удалось загрузить набор данных докладов (источник: { $from }; { $at }): { $error }

## Cite this

cite-this = Как ссылаться
cite-note-before = По этому адресу открывается данное представление с данными на момент открытия. Для получения неизменяемой копии скачайте
cite-note-link = пакет данных
cite-note-after = и укажите в ссылке его версию.

## An NGO's passport

passport-crumbs = Организации
passport-none = { $name }: сведения о рассмотрении отсутствуют.
passport-times = { $n ->
    [0] ни одной отсрочки
    [1] одна отсрочка
    [one] { $n } отсрочка
    [few] { $n } отсрочки
    [many] { $n } отсрочек
   *[other] { $n } отсрочки
}
passport-over-one-year = { " " }в { $year } году
passport-over-years = { " " }за { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
} ({ $first }–{ $last })
passport-summary = { $name }: рассмотрение на { $sessions ->
    [one] { $sessions } сессии
    [few] { $sessions } сессиях
    [many] { $sessions } сессиях
   *[other] { $sessions } сессии
}, { $times }{ $over }
passport-outcome = ; { $decision } — { $session }
passport-pending-status = ; заявление о предоставлении консультативного статуса ожидает решения уже { $sessions ->
    [one] { $sessions } сессию
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
}, последнее рассмотрение — { $last }
passport-pending-latest = ; самое позднее заявление ожидает решения уже { $sessions ->
    [one] { $sessions } сессию
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
}, последнее рассмотрение — { $last }
passport-end = .
timeline-title = Хронология: { $name }
history-heading = История рассмотрения
areas-heading = Тематические области
area-reason-curator = задано куратором: { $text }
area-reason-none = ни одно правило не совпало с названиями организации
area-reason-rule = правило { $rule }: совпадение «{ $matched }» в «{ $text }»
curator-corrections = Исправления кураторов:
override-add = добавлено: { $area } — { $reason } ({ $curator }, { $at })
override-remove = удалено: { $area } — { $reason } ({ $curator }, { $at })
areas-note-before = Области определяются по проверенным правилам на основе всех названий, которые когда-либо имела организация; см. раздел
areas-note-link = «Методология»
waits-heading = Время ожидания
waits-note-before = Учитывается каждая сессия Комитета начиная с первого рассмотрения заявления, независимо от того, рассматривалось ли оно на этой сессии. Доля определяется по кривой ожидания для данной области за все годы; см. раздел
waits-note-link = «Сроки принятия решений»
an-application = Заявление
# $sessions and $within of the wait-* messages: «не менее 12 сессий» (yes), «12 сессий» (no,
# accusative: «ожидает уже 1 сессию», «не более чем за 2 сессии»).
wait-sessions = { $at_least ->
    [yes] не менее { $n ->
        [one] { $n } сессии
        [few] { $n } сессий
        [many] { $n } сессий
       *[other] { $n } сессии
    }
   *[no] { $n ->
        [one] { $n } сессию
        [few] { $n } сессии
        [many] { $n } сессий
       *[other] { $n } сессии
    }
}
wait-pending = { $lane } ожидает решения уже { $sessions }, рассмотрение не завершено
wait-decided = { $lane } ожидало { $sessions }, прежде чем по нему было принято решение
wait-group-other = заявлений НПО, не относящихся ни к одной из четырех тематических областей
wait-group-area = заявлений НПО, работающих в области { $area }
wait-unstable = ; неустойчивая оценка: менее { $n ->
    [one] { $n } решения
    [few] { $n } решений
    [many] { $n } решений
   *[other] { $n } решения
}
wait-sentence = { $own }; { $share } { $group }, получили решение не более чем за { $within } (n = { $n }{ $unstable }).
country-unknown = Страна: неизвестна (в докладах она не указывается, и ни в одном пресс-релизе она не указана).
country-one = Страна (по данным пресс-релизов): { $country }.
country-many = Страна: данные пресс-релизов расходятся — { $list }.
country-entries = { $country } ({ $n ->
    [one] { $n } запись
    [few] { $n } записи
    [many] { $n } записей
   *[other] { $n } записи
})
app-caption-final = { $lane }: все рассмотрения, окончательное решение: { $decision }
app-caption-pending = { $lane }: все рассмотрения, решение еще не принято
col-session = Сессия
col-decision = Решение
col-source = Источник
col-questions = Заданные вопросы
col-source-line = Строка источника
consideration-is-new = (новое)
consideration-was-deferred = (ранее отложенное)
sources-disagree = Источники расходятся
votes-caption = Заносимые в отчет о заседании голосования, с указанием голоса каждого государства
votes-col-on = Предмет голосования
names-heading = Названия
names-caption = Все варианты написания, связанные с этой организацией, и основания связи
names-col-name = Название в источнике
names-col-linked = Основание связи
link-new = впервые встречается
link-normalised = то же название, другое написание
link-name_change = изменение названия (доклады)
link-merger = слияние (доклады)
link-variant = то же название, если не считать артикля, организационно-правовой формы или текста в скобках
link-fuzzy = почти идентичное написание
link-curator = связано куратором
link-other = другое
linked-to = (связь с «{ $name }»)
event-merger = Слияние: «{ $old }» и «{ $other }» объединились в «{ $new }»
event-name-change = Изменение названия: с «{ $old }» на «{ $new }»
release-paragraph = пресс-релиз, п. { $paragraph }
no-questions = —

## Timeline chart

timeline-legend-press = пресс-релиз
timeline-axis-parts = очер. · возобн.
timeline-step = { $session } — { $decision }
timeline-lane = { $lane }: { $steps }.

## Разделители внутри предложений и ссылки возврата

sep-list = { ", " }
sep-clause = { "; " }
sep-quoted = { "», «" }
back-all-states = Все государства-члены
back-default-view = Вернуться к представлению по умолчанию
back-new-search = Новый поиск
back-all-sessions = Все сессии
filter-sessions-from = Сессии с
filter-considered-from = Рассматривались с
filter-to-lower = по
filter-first-considered-from = Впервые рассмотрены с
definition-restricted = Учитываются только организации, пресс-релизы о которых согласованно указывают местонахождение: { $place }; организации, в пресс-релизах о которых страна не указана или указаны разные страны, не учитываются.

## Что содержит база данных: источники и виды записей

source-label-steinert = Доклады Комитета 1998–2024 годов (ECOSOC_Status Штайнерта, MIT)
source-label-press_release = Пресс-релизы ООН (освещение заседаний)
source-label-esango = Профили iCSO / esango
source-label-test = Тестовые данные
table-press_release = Пресс-релизы
table-press_record = Упоминания НПО в пресс-релизах
table-organization = Организации
table-organization_name = Названия организаций (варианты написания)
table-application = Заявления
table-session = Сессии
table-consideration = Рассмотрения (одно заявление на одной сессии)
table-question = Вопросы государств-членов
table-recorded_vote = Заносимые в отчет о заседании голосования
table-vote = Голоса государств-членов
table-focus_area_assignment = Отнесения к тематическим областям
table-other = Прочие записи

## Ссылки для цитирования (APA, 7-е издание, набор данных)

cite-title-rates = { $measure } по тематическим областям НПО, { $from }–{ $to }
cite-title-rates-in = { $measure } по тематическим областям НПО, { $from }–{ $to }, местонахождение организаций: { $place }
cite-title-organization = { $name }: история рассмотрения в Комитете по НПО ООН
cite-apa = { $author }. ({ $year }). { $title } ({ $version }) [Набор данных]. ecosoc-watch. { $url }
cite-version = версия данных { $data }, правила тематических областей { $rules }
cite-version-rules = правила тематических областей { $rules }

## Punctuation around links and quoted text

breadcrumb = Навигационная цепочка
# Between words and a link inside a sentence (none in Chinese)
word-space = { " " }
# The end of a sentence that closes with a link
sentence-end = .
# A state's question after its name
question-text = : { $text }
