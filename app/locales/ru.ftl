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
digits-arabic-indic = Цифры ٠١٢٣
digits-western = Цифры 0123
footer-sources = Решения за 1998–2024 годы — из набора данных { $dataset } Кристофа Валентина Штайнерта (лицензия MIT), закодированного по официальным докладам Комитета. Освещение заседаний — по пресс-релизам ООН, которые не являются официальными отчетами.
footer-api-link = API
footer-api = : все показатели в форматах JSON, CSV, SVG или PNG — для редакций и скриптов.
loading = Загрузка…

## Errors

error-not-found = Не найдено
error-bad-request = Недопустимый адрес
error-failed = Произошла ошибка
error-database = Не удалось прочитать базу данных. Повторите попытку через некоторое время.
error-detail-english = Пояснение сервера (на английском языке):
date = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
    *[12] декабря
    } { $year } года
date-time = { $date }, { $time } UTC
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
# $profile: a link named areas-declared-profile; $fields: the profile's fields as printed, each with our area
areas-declared = { $profile } указывает: { $fields }. Заявленные области показаны здесь и никогда не учитываются как тематические области.
areas-declared-profile = Профиль организации в реестре НПО ООН (iCSO)
areas-declared-unlisted = В перечне организаций, имеющих консультативный статус, этого профиля больше нет: заявленные в нем сведения могут быть устаревшими.
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
cite-title-time-to-decision = Время до решения о предоставлении консультативного статуса по тематическим областям НПО, заявления, впервые рассмотренные в { $from }–{ $to } гг.
cite-title-who-asks = Вопросы к НПО по государствам — членам Комитета, { $from }–{ $to }
# $area: area-phrase-* ("women's rights")
cite-title-who-asks-area = Вопросы к НПО по государствам — членам Комитета, { $from }–{ $to }, НПО, работающие в области { $area }
cite-title-sessions = Заявления о предоставлении статуса по сессиям { -committee-short } ООН, по решениям
# $session: session-label ("2019 resumed session")
cite-title-session = { -committee-short } ООН, { $session }: решения
cite-title-state = { $name }: вопросы и голосования в { -committee-short } ООН
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

## Sessions and member states (record pages)

## records: список сессий, одна сессия, список государств-членов, одно государство (issue 16).
## $session и $last — session-label («2019 год, возобновленная сессия»), уже со словом «сессия».

## Список сессий (и его диаграмма)

sessions-heading = Сессии Комитета
sessions-lead = Дважды в год — на очередной сессии примерно в январе и на возобновленной сессии примерно в мае — Комитет рассматривает заявления о предоставлении консультативного статуса. Каждый столбец — заявления о предоставлении статуса, рассмотренные на одной сессии, с разбивкой по решениям, как их отражают доклады Комитета.
sessions-none = Пока не зарегистрировано ни одной сессии.
sessions-summary = { $sessions ->
    [one] { $sessions } сессия
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
} с { $first } по { $last } год: { $considered ->
    [one] { $considered } рассмотрение
    [few] { $considered } рассмотрения
    [many] { $considered } рассмотрений
   *[other] { $considered } рассмотрения
} заявлений о предоставлении статуса, из них отложено: { $deferred }. Больше всего рассмотрений на одной сессии: { $most } ({ $session }).
sessions-chart-title = Заявления о предоставлении статуса по сессиям и решениям
sessions-caption = Заявления о предоставлении статуса по сессиям и решениям (данные диаграммы)
sessions-col-considered = Рассмотрено
sessions-col-flags = Отметки
sessions-flag = { $kind } ({ $n })
# flag-*: a reconciliation flag's kind (the code stays in the data and the API)
flag-conflicting_decisions = одно название с двумя решениями
flag-date_outside_sessions = дата доклада вне сессий
flag-differs_from_stated_total = расхождение с итогом, указанным ООН
flag-duplicate_vote_row = строка голосования повторена
flag-listed_twice = указана дважды
flag-only_in_new_granted_list = только в списке удовлетворенных новых заявлений
flag-several_report_dates = несколько дат доклада
flag-skipped_rows = непрочитанные строки
flag-variant_listed_twice = указана дважды в двух написаниях
sessions-note = «Отложено повторно» — отсрочки по заявлениям, уже отложенным на одной из предыдущих сессий; «не указано» — отсрочки, которые в докладах не отмечены ни как новые, ни как ранее отложенные. Отметки — случаи, когда доклады противоречат сами себе или итоговому числу, названному ООН; см. страницу каждой сессии.
sessions-part-recommended = Рекомендовано
sessions-part-deferred-new = Отложено (новые)
sessions-part-deferred-again = Отложено повторно
sessions-part-deferred-unmarked = Отложено (не указано)
sessions-part-closed = Прекращено
sessions-part-rejected = Отклонено
sessions-part-withdrawn = Отозвано
sessions-chart-row = { $part ->
    [regular] { $year } очер.
   *[other] { $year } возобн.
}

## Одна сессия

session-heading = { $part ->
    [regular] { $year } год, очередная сессия
   *[other] { $year } год, возобновленная сессия
}
session-summary = { $session }: { $n ->
    [one] рассмотрено { $n } заявление
    [few] рассмотрено { $n } заявления
    [many] рассмотрено { $n } заявлений
   *[other] рассмотрено { $n } заявления
}{ $adopted }; { $releases ->
    [one] { $releases } пресс-релиз
    [few] { $releases } пресс-релиза
    [many] { $releases } пресс-релизов
   *[other] { $releases } пресс-релиза
}; { $agreement }.
session-report-adopted = { " " }(доклад утвержден { $date })
session-sources-agree = оба источника совпадают по каждому заявлению, которое есть в обоих
session-sources-disagree = источники расходятся по { $n ->
    [one] { $n } заявлению
    [few] { $n } заявлениям
    [many] { $n } заявлениям
   *[other] { $n } заявления
}
session-other-sessions = Другие сессии
session-previous = ← { $session }
session-next = { $session } →
session-applications-heading = Рассмотренные заявления
session-reconciliation-heading = Сверка
session-reconciliation-caption = Заявления о предоставлении статуса по решениям: что содержит каждый источник и что заявлено в пресс-релизах
session-col-reports = Набор данных докладов
session-col-press = Прочитанные записи пресс-релизов
session-col-stated = Заявлено в заголовках пресс-релизов
session-differs-read = { " " }≠ прочитано
session-flagged = Отмечено (сохранены оба числа):
session-flag-detail = { " " }({ $n }): { $detail }
session-reconciliation-note = Набор данных докладов закодирован по официальному докладу Комитета; пресс-релизы не являются официальными документами, и одна НПО может упоминаться на нескольких заседаниях одной сессии. Если в заголовке указаны иные числа, чем в прочитанных записях, значит пресс-релиз прочитан не полностью или подсчет в нем ведется иначе.
session-headline-count = { $decision ->
    [recommended] рекомендовано: { $n }
    [deferred] отложено: { $n }
    [closed] прекращено: { $n }
    [rejected] отклонено: { $n }
    [withdrawn] отозвано: { $n }
    [reclassified] реклассифицировано: { $n }
    [quadrennial_noted] принято к сведению четырехгодичных докладов: { $n }
    [considered] рассмотрено: { $n }
   *[other] { $decision }: { $n }
}
session-release-date = { " " }({ $date })
session-release-title = : { $title }
session-release-read = { $n ->
    [one] прочитана { $n } запись
    [few] прочитаны { $n } записи
    [many] прочитано { $n } записей
   *[other] прочитано { $n } записи
}
session-release-stated = ; в заголовке указано: { $counts }
session-release-problems = ; { $n ->
    [one] не удалось прочитать { $n } фрагмент
    [few] не удалось прочитать { $n } фрагмента
    [many] не удалось прочитать { $n } фрагментов
   *[other] не удалось прочитать { $n } фрагмента
}
session-release-placeholder = ; заглушка: материалы еще не опубликованы
session-incomplete = Прочитан не полностью:{ " " }
session-incomplete-end = . Данные пресс-релизов по этой сессии отражают то, что было прочитано, а не то, что заявлено в заголовке.
session-applications-caption = Все рассмотренные заявления с решением по каждому источнику
session-col-organization = Организация
session-col-questions-sources = Вопросы и источники
session-kind-reclassification = { " " }(реклассификация)
session-kind-other = { " " }(другая просьба)
session-is-new = { " " }· новое
session-was-deferred = { " " }· ранее отложенное
session-printed-as = в источнике: «{ $name }»

## Список государств-членов

states-lead = Государства, которые задавали НПО вопросы на сессиях (по данным пресс-релизов, с 2007 года) или участвовали в заносимом в отчет о заседании голосовании по заявлению.
states-empty = Сведений о вопросах и заносимых в отчет о заседании голосованиях пока нет.
states-caption = Вопросы и заносимые в отчет о заседании голосования по государствам-членам
states-col-state = Государство
states-col-questions = Вопросы
states-col-applications = Заявления, по которым заданы вопросы
states-col-votes = Поданные голоса
states-col-years = Годы

## Одно государство-член ($name, $state — название государства, по-английски и без склонения)

state-summary = { $name }: { $questions ->
    [one] { $questions } вопрос
    [few] { $questions } вопроса
    [many] { $questions } вопросов
   *[other] { $questions } вопроса
} по { $applications ->
    [one] { $applications } заявлению
    [few] { $applications } заявлениям
    [many] { $applications } заявлениям
   *[other] { $applications } заявления
} и { $votes ->
    [one] { $votes } голос
    [few] { $votes } голоса
    [many] { $votes } голосов
   *[other] { $votes } голоса
} в заносимых в отчет о заседании голосованиях ({ $years }).
state-questions-note = Вопросы известны только там, где их перечисляют пресс-релизы: с 2007 года, полностью — с 2016 года. Вопрос указывает на автора, а не на причину: Комитет откладывает рассмотрение на основе консенсуса.
state-by-area-heading = НПО, которым заданы вопросы, по тематическим областям
state-area-count = { $area }: { $count }
state-by-area-note = НПО, относящаяся к нескольким областям, учитывается в каждой из них.
state-no-questions-page = На этой странице вопросов нет.
state-questions-caption = Вопросы, заданные государством { $name } (сначала новые)
state-col-question = Вопрос
state-question-not-recorded = (не записан)
state-release-link = пресс-релиз
state-votes-heading = Заносимые в отчет о заседании голосования
state-no-votes = Сведений о голосах этого государства в заносимых в отчет о заседании голосованиях нет.
state-votes-caption = Как голосовало государство { $name }
state-col-vote = Голос
state-col-outcome = Итог
state-vote-source = источник
state-measures-observer = { " " }Кроме того, оно задавало вопросы на { $n ->
    [one] { $n } сессии, в которой не участвовало как член Комитета
    [few] { $n } сессиях, в которых не участвовало как член Комитета
    [many] { $n } сессиях, в которых не участвовало как член Комитета
   *[other] { $n } сессии, в которых не участвовало как член Комитета
} (в качестве наблюдателя).
state-measures-sentence = В { $from }–{ $to } годах государство { $state } входило в состав Комитета на { $member ->
    [one] { $member } сессии
    [few] { $member } сессиях
    [many] { $member } сессиях
   *[other] { $member } сессии
} (вопросы записаны для { $covered } из них; { $releases ->
    [one] прочитан { $releases } пресс-релиз
    [few] прочитаны { $releases } пресс-релиза
    [many] прочитано { $releases } пресс-релизов
   *[other] прочитано { $releases } пресс-релиза
}) и задавало вопросы при { $questioned ->
    [one] { $questioned } рассмотрении
    [few] { $questioned } рассмотрениях
    [many] { $questioned } рассмотрениях
   *[other] { $questioned } рассмотрения
}; из них закончились отсрочкой на той же сессии: { $deferred }.{ $observer }
state-measures-heading = Вопросы государства в сопоставлении с работой Комитета, { $from }–{ $to }
state-measures-caption = Вопросы и голоса государства { $state } по тематическим областям, { $from }–{ $to }
state-col-considerations-questioned = Рассмотрения с вопросами
state-col-ended-in-deferral = Закончились отсрочкой
state-col-over-representation = Сверхпредставленность (1× = пропорционально)
state-col-votes = Голоса: за / против / воздержались
state-measures-note = Рассмотрение — это одно заявление на одной сессии; организация, относящаяся к нескольким областям, учитывается в каждой из них.
state-measures-compare = Сравнить с другими государствами или выбрать другие годы

## Who asks and time to decision

## measures: the "Who asks" and "Time to decision" pages, their charts and sentences.
## Conventions as ru.ftl: «ДИ 95 %» (a no-break space, U+00A0, before %); area-phrase-* in
## the genitive (after «в области»); session-label already holds «сессия».

## Who asks: the page

who-heading = Кто задает вопросы
who-lead = Государство-член может задержать рассмотрение заявления, задав очередной вопрос. Здесь приведены вопросы каждого государства по данным пресс-релизов ООН и то, как часто рассмотрение заявления откладывалось на той же сессии.
who-filter-applicants = Заявители
who-filter-all-areas = Все тематические области
who-ratios-heading = Каким заявителям государство задает вопросы
who-ratios-intro = Для каждого государства — доля относящихся к тематической области рассмотрений среди рассмотрений, на которых оно задавало вопросы, деленная на долю этой области среди всех рассмотрений на сессиях этого государства (на которых оно было членом Комитета или задавало вопросы в качестве наблюдателя). 1× означает пропорциональность; выше 1× — государство задает вопросы заявителям этой области чаще, чем можно было бы ожидать исходя только из их числа.
who-this-chart = Эта диаграмма:
who-method-confounding = Тематическая область связана со страной местонахождения штаб-квартиры НПО и с двусторонними спорами: государство, чаще задающее вопросы в одной области, может на деле задавать их НПО из одной страны. Ограничение по стране и региону НПО пока недоступно.
who-definition = Вопросы, которые государство-член задало организации, подавшей заявление о предоставлении консультативного статуса, по данным пресс-релизов ООН о сессиях { $from }–{ $to } годов: каждый вопрос, зафиксированный в пресс-релизе, учитывается один раз, поэтому государство, задавшее вопрос одному и тому же заявителю на двух заседаниях одной сессии, учитывается дважды. Сессии государства — это сессии, на которых оно было членом Комитета и по которым прочитаны пресс-релизы с перечнем вопросов, а также любые другие сессии, на которых оно задавало вопросы в качестве наблюдателя (они учитываются и указываются отдельно); сессия, на которой государство не было членом Комитета, не считается нулевой. Доклады заканчиваются июнем 2024 года, поэтому на нем заканчиваются и годы; более поздние пресс-релизы хранятся и показываются на страницах сессий. Рассмотрение с вопросами — это рассмотрение одного заявления на одной сессии, на которой государство задало хотя бы один вопрос; оно завершилось отсрочкой, если Комитет отложил рассмотрение заявления на этой сессии (по данным докладов или, если в докладах этого нет, по данным пресс-релиза). Это атрибуция, а не причина: вопросы могли задавать и другие государства, а рассмотрение заявления может откладываться и по другим причинам. Показатель избыточной представленности сравнивает долю относящихся к тематической области рассмотрений среди рассмотрений с вопросами данного государства с долей этой области среди всех рассмотрений заявлений о статусе на сессиях государства (по докладам и тех, что есть только в пресс-релизе, — одних и тех же для всех государств); 1 означает пропорциональность. Его доверительный интервал 95 % объединяет интервалы Wilson обеих долей (MOVER-R, Zou и Donner, 2008) как для независимых долей; поскольку рассмотрения с вопросами входят в число всех рассмотрений, он шире, чем был бы точный интервал. Заносимые в отчет о заседании голосования учитывают голос каждого государства по заявлениям, поставленным на голосование, один раз за каждое поименное голосование.
who-definition-area = { " " }Учитываются только заявления организаций, отнесенных к области { $area }.
who-coverage = Вопросы зафиксированы для { $recorded } из { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
} { $from }–{ $to } годов (прочитано пресс-релизов: { $releases }). Пресс-релизы фиксируют вопросы с 2007 года, а все вопросы — с 2016 года; более ранние данные неполны.
who-coverage-no-membership = { " " }Файл о членском составе Комитета не охватывает следующие годы: { $years }; в эти годы ни одно государство не считается членом.

## Who asks: the tables

who-table-caption = Вопросы по государствам-членам, { $from }–{ $to }: данные, на которых основана диаграмма
who-table-caption-area = Вопросы по государствам-членам, { $from }–{ $to }, заявители в области «{ $area }»: данные, на которых основана диаграмма
who-col-state = Государство-член
who-col-sessions = Сессии в составе Комитета
who-col-covered = … из них с зафиксированными вопросами
who-col-questions = Вопросы
who-col-questioned = Рассмотрения с вопросами
who-col-deferred = Завершились отсрочкой
who-col-votes = Голоса: за / против / воздержались
who-observer = { " " }(+{ $n } в качестве наблюдателя)
who-ratios-caption = Избыточная представленность по тематическим областям (1× — пропорционально), с доверительными интервалами 95 % и численностью
who-ratio = { $ratio }× (ДИ 95 %: { $low }–{ $high }×; { $questioned } из { $questioned_all ->
    [one] { $questioned_all } рассмотрения
   *[other] { $questioned_all } рассмотрений
} с вопросами против { $in_area } из { $total } в целом)
who-ratio-unstable = { $ratio }× (ДИ 95 %: { $low }–{ $high }×; { $questioned } из { $questioned_all ->
    [one] { $questioned_all } рассмотрения
   *[other] { $questioned_all } рассмотрений
} с вопросами против { $in_area } из { $total } в целом), неустойчивая оценка
who-ratio-none = — (рассмотрений с вопросами: { $n })

## Who asks: the charts

who-questions-title = Рассмотрения с вопросами по государствам-членам, { $from }–{ $to }
who-questions-axis = Рассмотрения с вопросами (темным цветом — завершившиеся отсрочкой)
who-questions-note = Вопросы по данным пресс-релизов ООН; это атрибуция, а не причина.
who-bar-label = { $questioned } · отложено: { $deferred }
who-ratios-title = Распределение вопросов каждого государства по тематическим областям, { $from }–{ $to }
who-ratios-note-proportion = 1× — пропорционально доле области среди рассмотрений на сессиях государства.
who-ratios-note-hollow = Полые точки: менее { $n ->
    [one] { $n } рассмотрения
   *[other] { $n } рассмотрений
} с вопросами (неустойчивая оценка). Линии: доверительные интервалы 95 %.

## Who asks: the sentences under the charts

who-summary = В { $from }–{ $to } годах { $states ->
    [one] { $states } государство-член задавало
    [few] { $states } государства-члена задавали
   *[other] { $states } государств-членов задавали
} вопросы заявителям по данным пресс-релизов ({ $recorded } из { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}, пресс-релизов: { $releases }{ $incomplete }). Больше всего рассмотрений с вопросами у государства { $state }: { $questioned }, из них { $deferred ->
    [one] { $deferred } завершилось
   *[other] { $deferred } завершились
} отсрочкой на той же сессии; это атрибуция, а не причина.
who-summary-area = В { $from }–{ $to } годах { $states ->
    [one] { $states } государство-член задавало
    [few] { $states } государства-члена задавали
   *[other] { $states } государств-членов задавали
} вопросы заявителям — НПО, работающим в области { $area }, — по данным пресс-релизов ({ $recorded } из { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}, пресс-релизов: { $releases }{ $incomplete }). Больше всего рассмотрений с вопросами у государства { $state }: { $questioned }, из них { $deferred ->
    [one] { $deferred } завершилось
   *[other] { $deferred } завершились
} отсрочкой на той же сессии; это атрибуция, а не причина.
who-summary-incomplete = { $n ->
    [one] , из них { $n } прочитан не полностью
   *[other] , из них { $n } прочитаны не полностью
}
who-summary-none = Вопросы заявителям за { $from }–{ $to } годы не зафиксированы: прочитанные пресс-релизы содержат вопросы по { $recorded } из { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}.
who-summary-none-area = Вопросы заявителям — НПО, работающим в области { $area }, — за { $from }–{ $to } годы не зафиксированы: прочитанные пресс-релизы содержат вопросы по { $recorded } из { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}.
who-ratios-summary = Вопросы, явно непропорционально часто касающиеся одной области (устойчивая оценка, доверительный интервал 95 % выше 1): { $list }{ $more }.
who-ratios-summary-item = { $state } — область { $area } ({ $ratio }×, нижняя граница { $low }×)
who-ratios-summary-more = { " " }и еще { $n }
who-ratios-summary-none = Ни у одного государства вопросы не касаются какой-либо области явно непропорционально часто (нет устойчивого отношения, доверительный интервал 95 % которого лежит выше 1).

## Time to decision: the page

wait-heading = Как долго ждут НПО
wait-lead = Сколько сессий Комитета проходит с первого рассмотрения заявления до принятия решения — с учетом заявлений, которые все еще ожидают решения, а не только тех, по которым оно принято.
wait-summary-csv = Одна строка на область вместо таблицы дожития: { $link }
wait-summary-csv-link = сводный CSV
wait-life-tables-heading = Таблица дожития для каждой кривой
wait-method-log-rank = Логранговый критерий сравнивает, сессия за сессией, частоту вынесения рекомендаций по заявлениям области с частотой для заявлений, не относящихся ни к одной из четырех областей; другие решения и заявления, ожидающие решения, выбывают из сравнения в момент, когда они происходят. Малое p-значение говорит о том, что частоты рекомендаций различаются сильнее, чем это часто случалось бы случайно; оно не объясняет причину и не является проверкой приведенных выше кривых ожидания, которые учитывают решения любого вида. Тематическая область связана со страной местонахождения штаб-квартиры и с двусторонними спорами.
wait-definition = Заявления о предоставлении консультативного статуса, впервые рассмотренные на сессиях { $from }–{ $to } годов; каждое прослеживается от первого рассмотрения (сессия 1) до решения или, пока решение не принято, до последнего рассмотрения. Учитывается любая сессия Комитета, очередная или возобновленная, независимо от того, рассматривалось ли на ней заявление. Кривая — оценка Каплана — Мейера доли заявлений, все еще ожидающих решения; заявление, по которому решение не принято, цензурируется на последнем рассмотрении. Прекращение рассмотрения без ущерба, отклонение и отзыв — самостоятельные решения, а не цензурирование: доли рекомендованных, прекращенных, отклоненных и отозванных заявлений к каждой сессии — это кумулятивные инцидентности Аалена — Йохансена, которые в сумме с долей ожидающих дают 100 %. Заявление, первое зарегистрированное рассмотрение которого уже помечено как «ранее отложенное», начало ждать раньше, чем начинаются записи, и исключается.
wait-notes-end = Последняя сессия в данных: { $session }.
wait-notes-end-unknown = Данные заканчиваются последней сессией.
wait-notes = Исключены заявления, впервые зарегистрированные в { $from }–{ $to } годах, первое зарегистрированное рассмотрение которых уже помечено как «ранее отложенное»: { $left }. Заявления, решение по которым было принято на одной сессии, но которые позднее рассматривались снова (учитываются по последнему рассмотрению, как на страницах НПО): { $again }.

## Time to decision: the tables

wait-table-caption = Заявления, впервые рассмотренные в { $from }–{ $to } годах: данные, на которых основана диаграмма
wait-col-applications = Заявления
wait-col-closed-rejected-withdrawn = Рассмотрение прекращено, отклонено или отозвано
wait-col-pending = Ожидают решения
wait-col-median = Медиана числа сессий до решения (ДИ 95 %)
wait-col-waiting-after = Ожидают решения после { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}
wait-col-half-recommended = Число сессий до рекомендации по половине заявлений
wait-col-log-rank = Логранговый критерий (против заявлений вне четырех областей)
wait-log-rank-cell = { $p } (наблюдаемое: { $observed }, ожидаемое: { $expected })
wait-row-unstable = { " " }неустойчивая оценка: менее { $n ->
    [one] { $n } решения
   *[other] { $n } решений
}
wait-life-caption = { $area }: { $n ->
    [one] { $n } заявление
    [few] { $n } заявления
    [many] { $n } заявлений
   *[other] { $n } заявления
}
wait-col-at-risk = Ожидали решения в начале сессии
wait-col-censored = Без решения, дальнейшее наблюдение отсутствует (цензурированы)
wait-col-waiting = Ожидают решения после сессии (ДИ 95 %)
wait-col-recommended-by = Рекомендовано к этому моменту
wait-col-closed-by = Прекращено, отклонено или отозвано к этому моменту

## Time to decision: medians, the chart, the sentence under it

wait-not-reached = не достигнута
wait-median = { $sessions ->
    [one] { $sessions } сессия
    [few] { $sessions } сессии
    [many] { $sessions } сессий
   *[other] { $sessions } сессии
} (ДИ 95 %: { $interval })
wait-interval-no-high = { $low } – не достигнута
wait-interval-no-low = не достигнута – { $high }
wait-chart-title = Доля заявлений, ожидающих решения, по тематическим областям; период первого рассмотрения: { $period }
wait-chart-empty = В этом диапазоне заявлений нет.
wait-axis-waiting = Ожидают решения
wait-axis-sessions = Сессий с первого рассмотрения
wait-half-decided = решение по половине
wait-footnote-bands = Полосы: поточечные доверительные интервалы 95 % (log-log).
wait-footnote-censored = Заявления без решения цензурированы на последнем рассмотрении.
wait-footnote-dashed = Пунктир: менее { $n ->
    [one] { $n } решения
   *[other] { $n } решений
} (неустойчивая оценка).
wait-curve-label = { $area } { $share }
wait-summary-none = Заявлений, впервые рассмотренных в период { $period }, в данных нет.
wait-summary-overall = Заявления, впервые рассмотренные в период { $period } (n = { $n }): { $median }{ $after }.
wait-summary-median = медиана времени до решения — { $median }
wait-summary-median-not-reached = до конца периода данных решение получили менее половины (медиана не достигнута)
wait-summary-after = ; { $share } все еще ожидали решения после { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}
wait-summary-after-none = ; ни одно заявление еще не прослежено в течение { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}
wait-summary-too-few = Слишком мало решений в каждой тематической области (менее { $n }), чтобы сравнивать области.
wait-summary-head = НПО, работающие в области { $area }: { $share } все еще ожидали решения после { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}
wait-summary-compare = { $head }, против { $other } в случае НПО, не относящихся ни к одной из четырех тематических областей{ $test }.
wait-summary-log-rank = ; логранговый критерий для частоты рекомендаций: { $p }

## Time to decision: what happened to the applications (cumulative incidence)

outcome-heading = Чем закончилось рассмотрение
outcome-intro = К каждой сессии после первого рассмотрения — доли заявлений, по которым вынесена рекомендация, рассмотрение которых прекращено без ущерба, которые отклонены и которые отозваны (кумулятивная инцидентность Аалена — Йохансена), и доля заявлений, все еще ожидающих решения: в сумме 100 %. Это точечные оценки без интервала (интервал для доли ожидающих приведен на диаграмме выше); группа, в которой менее { $n ->
    [one] { $n } решения
   *[other] { $n } решений
}, помечена как неустойчивая. Данные приведены в таблицах дожития ниже.
outcome-title = Чем закончилось рассмотрение заявлений: { $area } (n = { $n }{ $unstable }), по числу сессий с первого рассмотрения
outcome-step = К сессии { $sessions }: рекомендовано — { $recommended }, рассмотрение прекращено — { $closed }, отклонено — { $rejected }, отозвано — { $withdrawn }, ожидают решения — { $waiting }.
outcome-description = { $area } (n = { $n }). { $steps }
outcome-none = { $area }: ни одно заявление не прослежено в течение { $sessions ->
    [one] { $sessions } сессии
   *[other] { $sessions } сессий
}.
outcome-legend-waiting = Ожидают решения

## Organizations search, pager, not found, API page

## Fragment of helper "common": the organizations search (search-), the pager (common-),
## the API page (api-). api-topic-* and api-intro-* repeat the OpenAPI document's English
## (server/src/http/api/document.rs); English pages show the document's own text.

## Organizations search

search-lead = Все НПО, заявления которых рассматривал Комитет, с поиском по любому из названий, которые они когда-либо имели, — нынешним и прежним, а также по вариантам написания из докладов и пресс-релизов.
search-name = Название
search-submit = Найти
search-any = Все
search-outcome = Итог
search-outcome-in_status = Имеет { -consultative-status }
search-outcome-pending = На рассмотрении
search-sort = Сортировка
search-sort-name = По названию
search-sort-deferrals = Сначала больше отсрочек
search-sort-years_pending = Сначала дольше ожидание
search-none = Подходящих организаций нет.
search-past-last = Страница { $page } находится за последней страницей ({ $pages }); всего { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}.
search-showing = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}; показаны { $first }–{ $last }.
search-facets-label = Уточнить результаты
search-country-facet = Страна (по пресс-релизам)
search-results-heading = Результаты
search-downloads-note = Скачиваемые файлы содержат эту страницу результатов (до 100 на странице при per_page=100).
search-caption = Найденные организации
search-col-deferrals = Отсрочки
search-col-years = Годы
search-years-waited = { " " }({ $n ->
    [one] { $n } год
    [few] { $n } года
    [many] { $n } лет
   *[other] { $n } года
})
search-also-as = также под названием «{ $name }»

## Pager

common-pages = Страницы
common-previous = ← Предыдущая
common-next = Следующая →
common-page-of = Страница { $page } из { $pages }

## API page

api-title = API
api-document = Тот же справочник для программ: { $link } (OpenAPI 3.1; { $title }, версия { $version }).
api-topics = Разделы
api-formats = Форматы: { $formats }
api-try = Пример запроса: { $link }
api-parameters = Параметры
api-place-path = { " " }(в адресе)
api-place-required = { " " }(обязательный)
api-place-optional = { " " }(необязательный)
api-values = Значения: { $values }.{ " " }
api-default = По умолчанию: { $value }.{ " " }
api-example = Пример: { $value }.
api-values-one-of = одно из значений { $list }
api-values-whole = целое число от { $min } до { $max }
api-values-text-max = текст длиной не более { $n ->
    [one] { $n } символа
    [few] { $n } символов
    [many] { $n } символов
   *[other] { $n } символа
}
api-values-text = текст
api-intro-data = Данные, на которых основан каждый показатель ecosoc-watch, для редакций, исследователей и скриптов: как { -committee-short } ЭКОСОС принимает решения по заявлениям о предоставлении консультативного статуса — по тематическим областям, по государствам, задающим вопросы, и в динамике, — с указанием источника каждого числа.
api-intro-use = Каждый маршрут отвечает на запросы GET (и HEAD), не требует ключа и доступен с любого веб-сайта. Ответы в формате JSON поясняют значение своих чисел, указывают версию данных и рекомендуемую ссылку; у большинства есть вариант в формате CSV, а диаграммы предоставляются в виде файлов SVG и PNG. На неизвестный параметр или значение вне допустимого диапазона возвращается ошибка 400 с указанием параметра и допустимых значений в виде `{ $envelope }`. Ответ не меняется, пока не изменятся данные: его ETag позволяет клиенту без лишних затрат запросить его повторно.
api-intro-sources = Решения за 1998–2024 годы взяты из набора данных ECOSOC_Status Кристофа Валентина Штайнерта (лицензия MIT), закодированного на основе официальных докладов Комитета; вопросы, голосования и более поздние сессии — из пресс-релизов ООН об освещении заседаний, которые не являются официальными документами.
api-intro-english = Маршруты ниже описаны словами самого документа, на английском языке.
api-topic-deferral-rates = Доли отложенных заявлений
api-topic-deferral-rates-text = Как часто рассмотрение заявлений откладывалось, по тематическим областям: каждая доля с исходными числами, доверительным интервалом 95 % и сравнением со всеми остальными заявлениями.
api-topic-time-to-decision = Сроки принятия решений
api-topic-time-to-decision-text = Сколько сессий Комитета заявление ожидает решения, по тематическим областям: кривые ожидания, медианы и таблицы дожития.
api-topic-who-asks = Кто задает вопросы
api-topic-who-asks-text = Какие государства-члены задают вопросы заявителям, по каким тематическим областям и как они голосуют. Вопрос, заданный перед отсрочкой, — это атрибуция, а не причина.
api-topic-organizations = Организации
api-topic-organizations-text = Все организации с поиском по любому варианту написания названия и полная история каждой из них.
api-topic-sessions = Сессии
api-topic-sessions-text = Сессии Комитета с их подсчетами, а также отдельная сессия с сопоставлением обоих источников.
api-topic-member-states = Государства-члены
api-topic-member-states-text = Все государства-члены, задававшие вопросы или участвовавшие в голосовании, а также вопросы и голоса отдельного государства.
api-topic-press-releases = Пресс-релизы
api-topic-press-releases-text = Что пресс-релизы ООН добавляют к докладам Комитета и в чем эти источники расходятся.
api-topic-the-whole-record = Все данные
api-topic-the-whole-record-text = Что содержит база данных, и все ее содержимое одним файлом.
api-topic-this-api = Этот API
api-topic-this-api-text = Настоящее описание API для программ.

## Methodology

## Страница «Методология» (app/src/routes/methodology.rs). Переменная $term, $link, $code или
## $version стоит на месте элемента (термин жирным шрифтом, ссылка, код), слова которого
## берутся из другого сообщения или из данных. Сначала $ever, затем $at_least.

methodology-toc-label = На этой странице
methodology-units-heading = Что подсчитывается
methodology-measures-heading = Показатели
methodology-linking-heading = Связывание названий
methodology-sources-heading = Источники и лицензии
methodology-coverage-heading = Охват и известные пробелы
methodology-membership-heading = Члены Комитета

## Что подсчитывается

methodology-unit-organization = Организация
methodology-unit-organization-text = Одна НПО, как бы ни писалось ее название; при изменении названия и слиянии ее история сохраняется.
methodology-unit-application = Заявление
methodology-unit-application-text = Одна просьба организации о предоставлении консультативного статуса или о реклассификации.
methodology-unit-consideration = Рассмотрение
methodology-unit-consideration-text = Одно заявление на одной сессии (очередной — около января; возобновленной — около мая). Его итог: рекомендовано (общий или специальный статус либо включение в реестр), отложено, рассмотрение прекращено без ущерба (нет ответа на три напоминания), отклонено или отозвано. «Новое» или «ранее отложенное» — это свойство рассмотрения.
methodology-unit-question = Вопрос
methodology-unit-question-text = Вопрос одного государства-члена по одному заявлению в ходе одного рассмотрения, как его отражают пресс-релизы.
methodology-unit-vote = Голос
methodology-unit-vote-text = Голос одного государства-члена в одном заносимом в отчет о заседании голосовании.

## Показатели: каждый пункт начинается с термина, выделенного жирным шрифтом

methodology-measure-session-deferral = { $term }: число отсрочек ÷ число рассмотрений, суммарно по сессиям выбранных лет; все рассмотрения, только новые заявления или только ранее отложенные. Прекращение рассмотрения из-за отсутствия ответа отсрочкой не считается.
methodology-term-ever-deferred = Отложенные хотя бы один раз
methodology-term-deferred-at-least = отложенные не менее N раз
methodology-measure-ever-deferred = { $ever } и { $at_least }: по заявлениям, впервые рассмотренным в выбранные годы; каждое учитывается один раз. Заявления, которые на момент начала записей уже были «ранее отложенными», исключаются из когорт, чтобы не занижать число отсрочек.
methodology-term-uncertainty = Неопределенность
methodology-measure-uncertainty = { $term }: для каждой доли указываются n и доверительный интервал Уилсона 95 %; если событий меньше { $n }, оценка помечается как неустойчивая. Для отношения долей области по сравнению со всеми остальными заявлениями на тех же сессиях приводится интервал 95 % в логарифмической шкале.
methodology-measure-time-to-decision = { $term }: число сессий от первого рассмотрения заявления (сессия 1) до решения по нему, с учетом каждой сессии Комитета. Доля заявлений, еще ожидающих решения, — это оценка Каплана — Мейера с интервалом 95 % на основе log-log-преобразования (формула Гринвуда); заявления, по которым решение еще не принято, цензурируются на момент последнего рассмотрения. Прекращение рассмотрения, отклонение и отзыв — самостоятельные исходы (кумулятивная инцидентность по Аалену — Йохансену), а не цензурирование, поэтому доли рекомендованных, прекращенных, отклоненных, отозванных и еще ожидающих заявлений в сумме дают 100 %. Медиана определяется там, где кривая пересекает уровень половины («не достигнута», если не пересекает), с интервалом Брукмейера — Кроули; логранговый критерий сравнивает частоту рекомендаций в каждой области с частотой для заявлений, не относящихся ни к одной области, результат приводится в виде p-значения. Медиана только по завершенным случаям не приводится: она не учитывала бы самые долгие ожидания.
methodology-term-passport-deferrals = Отсрочки в карточке организации
methodology-measure-passport-deferrals = { $term }: учитываются один раз за сессию — по докладам, если они охватывают сессию, и по пресс-релизам после июня 2024 года, так что ничего не учитывается дважды.
# Термин показателя и столбец таблицы охвата
methodology-questions = Вопросы
methodology-measure-questions = { $term }: «рассмотрения, в ходе которых государство задало вопрос и которые завершились отсрочкой», — это атрибуция, а не причина.
methodology-confounding = Тематическая область связана со страной местонахождения штаб-квартиры и с двусторонними спорами: различие между областями само по себе не объясняет, почему рассмотрение заявлений было отложено.

## Тематические области: правила, исключения, организации, отнесенные по названию

methodology-rules-text = Организация относится к области, если одно из приведенных ниже выражений встречается целыми словами в любом из названий, которые она когда-либо имела (без учета регистра, диакритических знаков и пунктуации; выражение, оканчивающееся на *, совпадает с любым словом, которое с него начинается). Организация может относиться к нескольким областям; если ни к одной, она попадает в категорию «Ни одна из перечисленных». Каждое отнесение хранит правило и слова, на основании которых оно сделано, и кураторы могут исправить отнесение, указав причину, которая сохраняется. «Права человека (в целом)» — это права человека вообще: организация, защищающая права одной группы («… Women's Rights …», права меньшинства или ЛГБТИ), относится только к области этой группы, а к правам человека — лишь тогда, когда говорит о правах человека, гражданских свободах, пытках, геноциде или демократии как таковых (исключение { $code } ниже). Размеченные вручную наборы, по которым оцениваются правила, применяют то же определение.
methodology-rules-known-text = Названия некоторых организаций не говорят о том, чем они занимаются (имя основателя, радуга, известный бунт). Организации из приведенного ниже списка «Известные организации» относятся к своим областям по названию, каждая — со ссылкой на открытый источник, показывающий, чем она занимается; список проверяется так же, как правила.
methodology-rule-set-version = Версия набора правил: { $version }
methodology-rules-caption = Правила: любое из выражений относит организацию к области
methodology-col-rule = Правило
methodology-col-area = Область
methodology-col-language = Язык
methodology-col-phrases = Выражения
methodology-exceptions-caption = Исключения (ложные друзья): область снимается, если присутствует одно из этих слов, если только не присутствует и одно из слов последнего столбца
methodology-col-exception = Исключение
methodology-col-when = Когда
methodology-col-unless = Кроме случаев
methodology-col-why = Причина
methodology-known-caption = Известные организации: отнесены по названию, со ссылкой на источник, показывающий, чем они занимаются
methodology-col-entry = Запись
methodology-col-names = Названия
methodology-col-areas = Области
methodology-col-taken-out-of = Исключена из
methodology-known-reason = { $reason } ({ $link })
methodology-known-source-link = источник

## Не полностью прочитанные пресс-релизы

methodology-incomplete-heading = Не полностью прочитанные пресс-релизы
methodology-incomplete-text = { $n ->
    [0] Каждый хранящийся пресс-релиз прочитан полностью: число его записей совпадает с цифрами, указанными в заголовке.
    [1] Один пресс-релиз содержит иное число записей, чем указано в его заголовке. Данные пресс-релизов по его сессии охватывают только прочитанное; величина расхождения указана в сообщении анализатора.
    [one] { $n } пресс-релиз содержит иное число записей, чем указано в заголовках. Данные пресс-релизов по соответствующим сессиям охватывают только прочитанное; величина расхождения указана в сообщениях анализатора.
    [few] { $n } пресс-релиза содержат иное число записей, чем указано в их заголовках. Данные пресс-релизов по соответствующим сессиям охватывают только прочитанное; величина расхождения указана в сообщениях анализатора.
    [many] { $n } пресс-релизов содержат иное число записей, чем указано в их заголовках. Данные пресс-релизов по соответствующим сессиям охватывают только прочитанное; величина расхождения указана в сообщениях анализатора.
   *[other] { $n } пресс-релиза содержат иное число записей, чем указано в их заголовках. Данные пресс-релизов по соответствующим сессиям охватывают только прочитанное; величина расхождения указана в сообщениях анализатора.
}
methodology-incomplete-caption = Пресс-релизы, число записей в которых расходится с заголовком
methodology-col-release = Пресс-релиз
methodology-col-what-differs = Расхождение
methodology-release-date = { " " }({ $date })

## Связывание названий

methodology-linking-text = В докладах и пресс-релизах одна и та же организация пишется по-разному. Варианты написания связываются, если совпадают их нормализованные ключи (без учета регистра, диакритических знаков, пунктуации и пробелов), затем — если совпадают только их буквы и цифры и они обозначают одну организацию; изменения названий и слияния, отраженные в докладах, связывают соответствующие названия; названия, совпадающие с точностью до артикля, «of», организационно-правовой формы («, Inc.», «, charity», «, e.V.») или конечной аббревиатуры либо места в скобках, связываются, если они ни разу не фигурировали на одной и той же сессии (если только одно из них не фигурировало там лишь среди одобренных новых заявлений — в этом перечне организация упоминается повторно); почти идентичное написание связывается по правилу нечеткого сопоставления, которое фиксирует его оценку; кураторы объединяют и разделяют записи с указанием причины, которая сохраняется при повторном импорте. Для каждого варианта написания хранится способ связывания; он показан на странице организации.
methodology-link-rules-caption = Варианты написания по способу связывания
methodology-col-spellings = Варианты написания
methodology-link-rule-new = первое написание новой организации
methodology-link-rule-normalised = нормализованное написание (регистр, пунктуация, пометки о статусе)
methodology-link-rule-name_change = изменение названия, отраженное в докладах
methodology-link-rule-merger = слияние, отраженное в докладах
methodology-link-rule-variant = то же название с точностью до артикля, «of», организационно-правовой формы, аббревиатуры или места в скобках; ни разу не указывалось рядом
methodology-link-rule-fuzzy = почти идентичное написание (нечеткое сопоставление)
methodology-link-rule-curator = решение куратора
methodology-link-rule-other = другое

## Источники и лицензии

methodology-source-steinert = { $link } Кристофа Валентина Штайнерта (лицензия MIT): решения Комитета по сессиям за 1998–2024 годы, закодированные по его официальным докладам. Каждая хранящаяся у нас строка указывает на свой файл, лист и строку.
methodology-source-press = Пресс-релизы ООН с освещением заседаний ({ $link }): какое государство-член какой вопрос задало какой НПО, заносимые в отчет о заседании голосования, страна НПО и сессии после июня 2024 года. Открытые материалы ООН, не являющиеся официальными отчетами. С 2016 года читаются полностью; пресс-релизы за 2007–2015 годы и на французском языке — по мере возможности, причем каждый фрагмент, который не удалось прочитать, фиксируется.
methodology-scrape = Сервер сам читает новые пресс-релизы { $schedule } (если он не запущен с параметром --no-scrape), не перегружая сайт и только то, что появилось. { $last }
methodology-scrape-schedule = ежедневно в январе, феврале, мае и июне (в месяцы, когда Комитет обычно заседает), еженедельно в остальное время и через два часа после неудачной попытки
methodology-last-run = Последний запуск: начат { $started }, завершен { $finished } ({ $status }): { $outcome }.
methodology-last-run-unfinished = Последний запуск: начат { $started } ({ $status }): { $outcome }.
methodology-run-status = { $status ->
    [succeeded] успешно
    [failed] с ошибкой
    [running] выполняется
   *[other] { $status }
}
methodology-run-outcome = новых пресс-релизов: { $fetched }, обновлено: { $updated }, без изменений: { $unchanged }, с ошибкой: { $failed }
methodology-no-scrape = Сбор пресс-релизов для этой базы данных еще не запускался.

## Охват и известные пробелы

methodology-coverage-caption = Что содержит каждый источник, по годам
methodology-col-year = Год
methodology-col-considerations-reports = Рассмотрения (доклады)
methodology-col-release-entries = Записи из пресс-релизов
methodology-known-gaps = Известные пробелы: вопросы известны только там, где их перечисляют пресс-релизы; доклады заканчиваются июнем 2024 года; страна штаб-квартиры известна только там, где ее указывает пресс-релиз. Если данные докладов расходятся с итоговым числом, указанным ООН, сессия помечается на своей странице с указанием обоих чисел.

## Члены Комитета

methodology-membership-text = Показатели раздела «Кто задает вопросы» по государству учитывают сессии, на которых оно входило в состав Комитета (и отдельно — те, на которых оно задавало вопросы в качестве наблюдателя); сессия, на которой оно не входило в состав Комитета, не считается нулем. { $source }. Если в каком-либо году членов меньше 19, значит, одно место не названо ни в одном из прочитанных до сих пор источников: оно оставлено пустым, а не заполнено наугад.
methodology-membership-source = Состав Комитета за { $first }–{ $last } годы — по проверенному файлу ecosoc-watch server/data/committee_membership.tsv (строк: { $rows }; источник каждой — выборы в ЭКОСОС или доклад Комитета; еще не сверено с текстом источника строк: { $unchecked })
methodology-membership-caption = Члены по годам в файле о составе
methodology-col-members = Число членов
methodology-col-unchecked = Не сверено с текстом источника
