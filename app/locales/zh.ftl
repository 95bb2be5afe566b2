## ecosoc-watch: the interface in Chinese (zh-Hans), translated from en.ftl, the reference catalogue.
## Every other catalogue has exactly these keys (a test fails otherwise).
## NGO names, questions and source text are records, never translated; only the words
## around them are here. UN terms: see terminology.md beside this file.
## Full-width punctuation in prose （，；：。）; no spaces between words; Chinese has only the
## plural category "other", so counts need no select.

# The Committee's Chinese name is already short; the short term repeats it.
-committee = 非政府组织委员会
-committee-short = 非政府组织委员会
-consultative-status = 咨商地位

## The site around every page

site-description = 联合国经济及社会理事会{ -committee-short }如何推迟审议申请：按重点领域、按提问国家、按时间分析，每个数字均注明来源。
skip-to-content = 跳至正文
nav-label = 主导航
nav-overview = 概览
nav-organizations = 组织
nav-time-to-decision = 作出决定所需时间
nav-who-asks = 谁在提问
nav-sessions = 届会
nav-states = 会员国
nav-methodology = 方法
language-label = 语言
digits-arabic-indic = 数字 ٠١٢٣
digits-western = 数字 0123
footer-sources = 1998–2024年的决定取自克里斯托夫·瓦伦丁·施泰纳特（Christoph Valentin Steinert）的{ $dataset }数据集（MIT许可证），该数据集依据委员会的正式报告编码。会议报道取自联合国新闻稿，新闻稿不是正式记录。
footer-api-link = API
footer-api = ：所有数字均可以JSON、CSV、SVG或PNG格式获取，供新闻编辑部和脚本使用。
loading = 正在加载…

## Errors

error-not-found = 未找到
error-bad-request = 该地址无效
error-failed = 出现错误
error-database = 无法读取数据库。请稍后再试。
error-detail-english = 服务器的说明（英文）：
date = { $year }年{ $month }月{ $day }日
date-time = { $date } { $time }（协调世界时）
page-not-found = 未找到页面
page-not-found-text = 此地址没有页面。
go-to-overview = 前往概览
search-organizations = 搜索组织
showing-default-view = ——现显示默认视图。

## Home page

home-title = 联合国{ -committee-short }的推迟审议情况
home-lead = 委员会的19个成员国只需再提出一个问题，就可以将一个非政府组织的申请搁置数年。ecosoc-watch保存委员会的记录及其来源，并统计哪些组织被推迟审议、由谁推迟以及推迟多久。
rates-heading = 哪些组织被推迟审议：按重点领域
rates-computing = 正在计算比率…
filter-measure = 指标
filter-from = 从
filter-to = 到
filter-considerations = 审议范围
filter-n = N
filter-region = 非政府组织所在区域
filter-any-region = 任何区域
filter-any-year = 任何年份
filter-apply = 应用

measure-session_deferral = 届会推迟审议比率
measure-ever_deferred = 曾被推迟审议的申请比例
measure-deferred_at_least = 被推迟审议至少N次的申请比例
consideration-all = 所有审议
consideration-new = 仅新申请
consideration-previously_deferred = 仅以往届会推迟的申请

region-africa = 非洲
region-americas = 美洲
region-asia = 亚洲
region-europe = 欧洲
# A chart restricted to one region: "Africa (UN M49 region)"
region-restriction = { $region }（联合国M49区域）
region-oceania = 大洋洲

## Focus areas: as a label, and inside a sentence ("NGOs working on …")
## In a sentence the phrase stands in "从事……工作的非政府组织".

# LGBTI: 女同性恋、男同性恋、双性恋、跨性别者和间性者（LGBTI）; the acronym is kept, as
# UN Chinese pages use it.
area-women = 妇女权利
area-lgbti = LGBTI人士的权利
area-minority = 少数群体的权利
area-human_rights = 人权（一般）
area-other = 以上皆非
area-all = 所有申请
area-unknown = 未知
area-phrase-women = 妇女权利
area-phrase-lgbti = LGBTI人士权利
area-phrase-minority = 少数群体权利
area-phrase-human_rights = 一般人权
area-phrase-other = 四个重点领域之外

## Decisions, votes, sources, sessions

decision-recommended = 建议给予{ -consultative-status }
decision-recommended_special = 建议给予特别{ -consultative-status }
decision-recommended_general = 建议给予全面{ -consultative-status }
decision-recommended_roster = 建议列入名册
decision-deferred = 推迟审议
decision-closed = 在不妨碍的情况下结束审议（未答复）
decision-rejected = 申请被拒绝
decision-withdrawn = 申请已撤回
decision-reclassified = 已重新分类
decision-quadrennial_noted = 注意到四年期报告
decision-other = 其他
decision-short-recommended = 建议给予地位
decision-short-closed = 结束审议
vote-in_favour = 赞成
vote-against = 反对
vote-abstaining = 弃权
vote-absent = 缺席
source-steinert = 报告
source-press_release = 新闻稿
source-esango = esango
source-test = 测试数据
session-part-regular = 常会
session-part-resumed = 续会
# "2019年续会": the label names the session in full, so the sentences that use it
# (passport-outcome, passport-pending-*) do not repeat "届会".
session-label = { $year }年{ $part }
application-status = 第{ $seq }项咨商地位申请
application-reclassification = 第{ $seq }项重新分类申请
application-status_withdrawal = 第{ $seq }项撤销地位请求
application-other = 第{ $seq }项申请

## Rates: numbers, chart, table

# "62%（95%置信区间：41–79%，n = 21）": a rate with its interval and its n
rate-with-interval = { $rate }（95%置信区间：{ $low }–{ $high }，n = { $n }）
share-with-interval = { $rate }（95%置信区间：{ $low }–{ $high }）
rate-no-data = 无数据（n = { $n }）
chart-no-data = 无数据
chart-bar-note = { $rate } · n = { $n }
chart-bar-note-unstable = { $rate } · n = { $n } · 不稳定
chart-footnote = 误差线：95%置信区间。斜线条形：事件少于{ $n }个（不稳定）。
chart-footnote-whiskers = 误差线：95%置信区间。
chart-footnote-hatched = 斜线条形：事件少于{ $n }个（不稳定）。
rates-caption = { $measure }，{ $from }–{ $to }年：图表所依据的数字
rates-col-area = 重点领域
rates-col-rate = 比率（95%置信区间，n）
rates-col-events = 事件数
rates-col-out-of = 总数
rates-col-ratio = 与所有其他申请相比的比率比（95%置信区间）
rates-unstable = 不稳定：事件少于{ $n }个
download = 下载：
method-heading = 统计的内容及其无法说明的问题
method-areas = 重点领域依据经审查的规则从每个组织的名称中确定，匹配的词语作为确定理由予以保留；数据管理员可加以更正。一个组织可属于多个领域。比率附有95%威尔逊（Wilson）置信区间；比率比将某一领域与同一届会中的所有其他申请进行比较，其95%置信区间按对数尺度计算。
method-confounding = 重点领域与总部所在国以及双边争端相互关联，因此领域之间的差异本身并不能证明申请被推迟审议的原因。可通过上方选项将图表限定为总部设在某一区域的非政府组织，或在地址中加入{ $example }（ISO 3166-1代码），将其限定为总部设在某一国家的非政府组织。
cite-as = 引用格式：{ $citation } 数据截至{ $version }。

definition-session_deferral = 在{ $from }–{ $to }年各届会中，以推迟审议告终的审议（即一项申请在一个届会上接受的审议，{ $filter }）所占比例。因未答复而结束审议的情况不计为推迟审议。
definition-ever_deferred = 在{ $from }–{ $to }年首次接受审议的申请中，至少被推迟审议一次的申请所占比例；每项申请只计一次。较新的申请可能被推迟审议的届会较少。
definition-deferred_at_least = 在{ $from }–{ $to }年首次接受审议的申请中，至少被推迟审议{ $n }次的申请所占比例；每项申请只计一次。较新的申请可能被推迟审议的届会较少。

## The sentence under the chart, built from the numbers

summary-what-session_deferral = 审议中以推迟审议告终的比例
summary-what-ever_deferred = 申请中至少被推迟审议一次的比例
summary-what-deferred_at_least = 申请中至少被推迟审议{ $n }次的比例
summary-period-sessions = 在{ $from }–{ $to }年各届会中
summary-period-sessions-in = 在{ $from }–{ $to }年各届会中（总部设在{ $place }的组织）
summary-period-first = 就{ $from }–{ $to }年首次接受审议的申请而言
summary-period-first-in = 就{ $from }–{ $to }年首次接受审议的申请而言（总部设在{ $place }的组织）
summary-ratio = ；与所有其他申请相比的比率比为{ $ratio }（95%置信区间：{ $low }–{ $high }）
summary-compare = { $period }，从事{ $area }工作的非政府组织的{ $what }为{ $top }，而从事四个重点领域之外工作的非政府组织为{ $other }{ $ratio }。
summary-all-only = { $period }，{ $what }为{ $all }，此为所有申请的合计数字；事件过少，无法比较各重点领域。
summary-none = { $period }：此范围内没有记录。
country-note = 只有当组织的新闻稿载明国家且彼此一致时，才可确定其国家：这些年份共{ $units }项{ $unit }，其中{ $known }项可确定国家（{ $share }）；另有{ $unsettled }项属于新闻稿所载国家不一致或所载国家无法在任何对照表中识别的组织，这些组织从未被确定国家。报告均未载明国家。
unit-considerations = 审议
unit-applications = 申请

## What the database holds

holdings-heading = 数据库内容
last-update = 最近更新：
never = 从未
sources-caption = 已存储的来源文件
sources-col-source = 来源
sources-col-documents = 文件数
sources-col-bytes = 字节数
sources-col-fetched = 最近获取时间
tables-caption = 按类型列出的记录（按数量从多到少排列）
tables-col-kind = 记录类型
tables-col-rows = 行数
empty-heading = 尚无记录
empty-text = 数据库为空。可使用以下命令加载委员会1998–2024年的决定：
empty-offline = 如无网络连接，可将其指向数据集的本地副本：
empty-loading = 正在从{ $from }加载委员会1998–2024年的决定（开始于{ $started }）：{ $stage }。本页每隔几秒自动刷新。
empty-failed = 无法从{ $from }加载报告数据集（{ $at }）：{ $error }

## Cite this

cite-this = 引用本页
cite-note-before = 此地址显示的是打开时的数据所呈现的本视图。如需不会变化的副本，请下载
cite-note-link = 数据包
cite-note-after = 并引用其版本。

## An NGO's passport

passport-crumbs = 组织
passport-none = { $name }没有审议记录。
passport-times = { $n ->
    [0] 从未被推迟审议
    [1] 被推迟审议一次
   *[other] 被推迟审议{ $n }次
}
passport-over-one-year = 于{ $year }年
passport-over-years = 在{ $years }年间（{ $first }–{ $last }年）
passport-summary = { $name }：在{ $sessions }个届会上接受审议，{ $over }{ $times }
passport-outcome = ；在{ $session }上{ $decision }
passport-pending-status = ；其咨商地位申请经过{ $sessions }个届会仍悬而未决，最近一次于{ $last }接受审议
passport-pending-latest = ；其最新申请经过{ $sessions }个届会仍悬而未决，最近一次于{ $last }接受审议
passport-end = 。
timeline-title = { $name }的时间线
history-heading = 历史
areas-heading = 重点领域
area-reason-curator = 由数据管理员设定：{ $text }
area-reason-none = 没有规则与其名称匹配
area-reason-rule = 规则{ $rule }在“{ $text }”中匹配了“{ $matched }”
curator-corrections = 数据管理员的更正：
override-add = 添加了{ $area }——{ $reason }（{ $curator }，{ $at }）
override-remove = 删除了{ $area }——{ $reason }（{ $curator }，{ $at }）
areas-note-before = 领域依据经审查的规则，根据该组织曾使用的所有名称确定；参见
areas-note-link = 方法
# $profile: a link named areas-declared-profile; $fields: the profile's fields as printed, each with our area
areas-declared = { $profile }申报：{ $fields }。申报的领域仅在此列出，从不计为重点领域。
areas-declared-profile = 其在联合国非政府组织登记系统（iCSO）中的档案
areas-declared-unlisted = 具有咨商地位的组织名单中已不再列出此档案：其申报内容可能已过时。
waits-heading = 等待时间
waits-note-before = 届会数包括自申请首次接受审议以来委员会的每一届会，无论该申请是否在该届会上审议。该比例取自该领域所有年份的等待曲线；参见
waits-note-link = 作出决定所需时间
an-application = 一项申请
wait-sessions = { $at_least ->
    [yes] 至少{ $n }个届会
   *[no] { $n }个届会
}
wait-pending = { $lane }已等待{ $sessions }，仍悬而未决
wait-decided = { $lane }在等待{ $sessions }后获得决定
wait-group-other = 从事四个重点领域之外工作的非政府组织的申请
wait-group-area = 从事{ $area }工作的非政府组织的申请
wait-unstable = ；不稳定：决定少于{ $n }项
wait-sentence = { $own }；在{ $group }中，有{ $share }在{ $within }内获得决定（n = { $n }{ $unstable }）。
country-unknown = 国家：不详（报告未载明；也没有任何新闻稿载明）。
country-one = 国家（据新闻稿所载）：{ $country }。
country-many = 国家：各新闻稿说法不一——{ $list }。
country-entries = { $country }（{ $n }条记录）
app-caption-final = { $lane }：历次审议（最终决定：{ $decision }）
app-caption-pending = { $lane }：历次审议（仍悬而未决）
col-session = 届会
col-decision = 决定
col-source = 来源
col-questions = 提出的问题
col-source-line = 来源原文
consideration-is-new = （新申请）
consideration-was-deferred = （以往届会推迟）
sources-disagree = 来源不一致
votes-caption = 记录表决及各国投票情况
votes-col-on = 表决事项
names-heading = 名称
names-caption = 与该组织关联的所有拼写及关联理由
names-col-name = 原文名称
names-col-linked = 关联方式
link-new = 首次出现
link-normalised = 同一名称，拼写不同
link-name_change = 更名（报告）
link-merger = 合并（报告）
link-variant = 名称相同，仅冠词、法律形式或括号内容不同
link-fuzzy = 拼写几乎相同
link-curator = 由数据管理员关联
link-other = 其他
linked-to = （关联至“{ $name }”）
event-merger = 合并：“{ $old }”与“{ $other }”合并为“{ $new }”
event-name-change = 更名：“{ $old }”更名为“{ $new }”
release-paragraph = 新闻稿第{ $paragraph }段
no-questions = —

## Timeline chart

timeline-legend-press = 新闻稿
timeline-axis-parts = 常会 · 续会
timeline-step = { $session }：{ $decision }
timeline-lane = { $lane }：{ $steps }。

## 句中分隔符和返回链接

sep-list = { "、" }
sep-clause = { "；" }
sep-quoted = { "”、“" }
back-all-states = 所有会员国
back-default-view = 返回默认视图
back-new-search = 重新搜索
back-all-sessions = 所有届会
filter-sessions-from = 届会自
filter-considered-from = 审议自
filter-to-lower = 至
filter-first-considered-from = 首次审议自
definition-restricted = 仅包括新闻稿一致表明总部设在{ $place }的组织；新闻稿未写明国家或写明不同国家的组织不计在内。

## 数据库内容：来源和记录类型

source-label-steinert = 委员会报告 1998–2024 年（Steinert 的 ECOSOC_Status，MIT 许可）
source-label-press_release = 联合国会议报道新闻稿
source-label-esango = iCSO / esango 简介
source-label-test = 测试数据
table-press_release = 新闻稿
table-press_record = 从新闻稿中读取的非政府组织条目
table-organization = 组织
table-organization_name = 组织名称（各种拼写）
table-application = 申请
table-session = 届会
table-consideration = 审议（一项申请在一届会上）
table-question = 会员国提出的问题
table-recorded_vote = 记录表决
table-vote = 会员国的投票
table-focus_area_assignment = 重点领域归类
table-other = 其他记录

## 引用（APA 第 7 版，数据集）

cite-title-rates = 按非政府组织重点领域分列的{ $measure }，{ $from }–{ $to }
cite-title-rates-in = 按非政府组织重点领域分列的{ $measure }，{ $from }–{ $to }，总部设在{ $place }的组织
cite-title-organization = { $name }：在联合国{ -committee-short }的记录
cite-title-time-to-decision = 按非政府组织重点领域分列的{ -consultative-status }决定所需时间，{ $from }–{ $to }年首次审议的申请
cite-title-who-asks = 按委员会成员国分列的向非政府组织提出的问题，{ $from }–{ $to }
# $area: area-phrase-* ("women's rights")
cite-title-who-asks-area = 按委员会成员国分列的向非政府组织提出的问题，{ $from }–{ $to }，从事{ $area }工作的非政府组织
cite-title-sessions = 联合国{ -committee-short }各届会的地位申请，按决定分列
# $session: session-label ("2019 resumed session")
cite-title-session = 联合国{ -committee-short }，{ $session }：决定
cite-title-state = { $name }：在联合国{ -committee-short }的提问和表决
cite-apa = { $author }. ({ $year }). { $title } ({ $version }) [数据集]. ecosoc-watch. { $url }
cite-version = 数据版本 { $data }，重点领域规则 { $rules }
cite-version-rules = 重点领域规则 { $rules }

## Punctuation around links and quoted text

breadcrumb = 导航路径
# Between words and a link inside a sentence (none in Chinese)
word-space = { "" }
# The end of a sentence that closes with a link
sentence-end = 。
# A state's question after its name
question-text = ：{ $text }

## Sessions and member states (record pages)

## records: 届会列表、单届会、会员国列表、单个国家（issue 16）。
## $session 和 $last 为 session-label（“2019年续会”）。

## 届会列表（及其图表）

sessions-heading = 委员会各届会
sessions-lead = 委员会每年两次——1月前后举行常会，5月前后举行续会——审议{ -consultative-status }申请。每个条形表示一届会上按决定分列的咨商地位申请，以委员会报告的记录为准。
sessions-none = 尚无届会记录。
sessions-summary = { $first }年至{ $last }年共{ $sessions }个届会：咨商地位申请共接受审议{ $considered }次，其中{ $deferred }次被推迟。单届会审议次数最多的是{ $session }：{ $most }次。
sessions-chart-title = 各届会按决定分列的咨商地位申请
sessions-caption = 各届会按决定分列的咨商地位申请（图表所依据的数字）
sessions-col-considered = 审议次数
sessions-col-flags = 标记
sessions-flag = { $kind }（{ $n }）
# flag-*: a reconciliation flag's kind (the code stays in the data and the API)
flag-conflicting_decisions = 同一名称对应两项决定
flag-date_outside_sessions = 报告日期不在届会期间
flag-differs_from_stated_total = 与联合国公布的总数不符
flag-duplicate_vote_row = 表决行重复
flag-listed_twice = 列出两次
flag-only_in_new_granted_list = 仅见于新申请获准名单
flag-several_report_dates = 多个报告日期
flag-skipped_rows = 未读取的行
flag-variant_listed_twice = 以两种拼写列出两次
sessions-note = “再次推迟”：以往届会已推迟的申请再次被推迟；“未注明”：报告既未标为新申请、也未标为以往届会推迟的推迟。标记：报告自相矛盾或与联合国公布的总数不一致之处；参见各届会的页面。
sessions-part-recommended = 建议给予地位
sessions-part-deferred-new = 推迟（新申请）
sessions-part-deferred-again = 再次推迟
sessions-part-deferred-unmarked = 推迟（未注明）
sessions-part-closed = 结束审议
sessions-part-rejected = 拒绝
sessions-part-withdrawn = 撤回
sessions-chart-row = { $part ->
    [regular] { $year }年常会
   *[other] { $year }年续会
}

## 单届会

session-heading = { $part ->
    [regular] { $year }年常会
   *[other] { $year }年续会
}
session-summary = { $session }审议了{ $n }项申请{ $adopted }；新闻稿{ $releases }份；{ $agreement }。
session-report-adopted = （报告通过日期：{ $date }）
session-sources-agree = 对于两个来源均列出的每项申请，两者一致
session-sources-disagree = 两个来源在{ $n }项申请上不一致
session-other-sessions = 其他届会
session-previous = ← { $session }
session-next = { $session } →
session-applications-heading = 审议的申请
session-reconciliation-heading = 核对
session-reconciliation-caption = 按决定分列的咨商地位申请：各来源所载内容及新闻稿所述数字
session-col-reports = 报告数据集
session-col-press = 从新闻稿读取的条目
session-col-stated = 新闻稿标题所述
session-differs-read = { " " }≠ 读取数
session-flagged = 已标记，两个数字均予保留：
session-flag-detail = （{ $n }）：{ $detail }
session-reconciliation-note = 报告数据集依据委员会的正式报告编码；新闻稿不是正式记录，同一个非政府组织可能出现在一届会的多次会议上。标题所述数字与读取的条目不同，说明新闻稿未被完整读取，或其计数方式不同。
session-headline-count = { $decision ->
    [recommended] 建议给予地位{ $n }项
    [deferred] 推迟{ $n }项
    [closed] 结束审议{ $n }项
    [rejected] 拒绝{ $n }项
    [withdrawn] 撤回{ $n }项
    [reclassified] 重新分类{ $n }项
    [quadrennial_noted] 注意到四年期报告{ $n }份
    [considered] 审议{ $n }项
   *[other] { $decision }：{ $n }
}
session-release-date = （{ $date }）
session-release-title = ：{ $title }
session-release-read = 读取了{ $n }个条目
session-release-stated = ；标题所述：{ $counts }
session-release-problems = ；{ $n }个段落无法读取
session-release-placeholder = ；占位页面：会议报道尚未发布
session-incomplete = 不完整：
session-incomplete-end = 。本届会的新闻稿数字反映的是读取到的内容，而非标题所述数字。
session-applications-caption = 审议的每项申请及各来源的决定
session-col-organization = 组织
session-col-questions-sources = 问题和来源
session-kind-reclassification = （重新分类）
session-kind-other = （其他请求）
session-is-new = { " " }· 新申请
session-was-deferred = { " " }· 以往届会推迟
session-printed-as = 原文名称：“{ $name }”

## 会员国列表

states-lead = 在届会上向非政府组织提问（据新闻稿记载，自2007年起）或在记录表决中就申请投票的国家。
states-empty = 尚无任何提问或记录表决的记录。
states-caption = 按会员国分列的提问和记录表决
states-col-state = 国家
states-col-questions = 问题
states-col-applications = 被提问的申请
states-col-votes = 投票次数
states-col-years = 年份

## 单个会员国（$name、$state：国家名称，英文）

state-summary = { $name }就{ $applications }项申请提出了{ $questions }个问题，并在记录表决中投票{ $votes }次（{ $years }）。
state-questions-note = 只有新闻稿列出的问题才可得知：自2007年起有记录，自2016年起记录完整。提问只表明由谁提出，并非推迟的原因：委员会以协商一致方式推迟审议。
state-by-area-heading = 被提问的非政府组织（按重点领域分列）
state-area-count = { $area }：{ $count }
state-by-area-note = 属于多个领域的非政府组织在每个领域中均计入。
state-no-questions-page = 本页没有问题。
state-questions-caption = { $name }提出的问题（由新到旧）
state-col-question = 问题
state-question-not-recorded = （未记录）
state-release-link = 新闻稿
state-votes-heading = 记录表决
state-no-votes = 没有该国参加记录表决的记录。
state-votes-caption = { $name }的投票情况
state-col-vote = 投票
state-col-outcome = 结果
state-vote-source = 来源
state-measures-observer = 该国还在其并非委员会成员的{ $n }个届会上提问（以观察员身份）。
state-measures-sentence = { $from }–{ $to }年，{ $state }在{ $member }个届会上担任委员会成员（其中{ $covered }个届会有问题记录，读取了{ $releases }份新闻稿），并在{ $questioned }次审议中提问，其中{ $deferred }次在该届会上以推迟审议告终。{ $observer }
state-measures-heading = 其提问与委员会工作的对照，{ $from }–{ $to }年
state-measures-caption = { $state }按重点领域分列的提问和投票，{ $from }–{ $to }年
state-col-considerations-questioned = 被提问的审议
state-col-ended-in-deferral = 以推迟告终
state-col-over-representation = 过度代表性（1× = 与比例相符）
state-col-votes = 投票：赞成 / 反对 / 弃权
state-measures-note = 一次审议指一项申请在一届会上接受审议；属于多个领域的组织在每个领域中均计入。
state-measures-compare = 与其他国家比较，或选择其他年份

## Who asks and time to decision

## measures: the "Who asks" and "Time to decision" pages, their charts and sentences.
## Full-width punctuation in prose, no spaces between words, counts need no select.

## Who asks: the page

who-heading = 谁在提问
who-lead = 会员国可以通过再提出一个问题，使一项申请继续等待。此处列出每个国家的提问记录（依据联合国新闻稿所列），以及相关申请在同一届会上被推迟审议的频率。
who-filter-applicants = 申请者
who-filter-all-areas = 所有重点领域
who-ratios-heading = 各国向哪些申请者提问
who-ratios-intro = 对每个国家而言，其提问所涉审议中属于某一重点领域的比例，除以该领域在该国届会（其担任成员的届会，以及其以观察员身份提问的届会）全部审议中所占的比例。1×表示与比例相当；高于1×表示该国向该领域申请者提问的频率高于仅凭其数量所能解释的程度。
who-this-chart = 此图表：
who-method-confounding = 重点领域与非政府组织总部所在国以及双边争端相互关联：更多地向某一领域提问的国家，实际上可能是在向某一国家的非政府组织提问。目前尚不能按非政府组织所在国家和区域进行限定。
who-definition = 会员国向咨商地位申请者提出的问题，依据联合国关于{ $from }–{ $to }年各届会的新闻稿所载：新闻稿记载的每个问题计一次，因此一国在同一届会的两次会议上向同一申请者提问，计为两次。一国的届会是指其担任委员会成员且已读取列有问题的新闻稿的届会，以及其以观察员身份提问的任何其他届会（计入并单独注明）；其未担任成员的届会不计为零。报告截至2024年6月，因此年份也到此为止；此后的新闻稿予以保存，并显示在届会页面上。被提问的审议是指一项申请在一届会上接受审议，且该国至少提出了一个问题；如委员会在该届会上推迟审议该申请（依据报告，或在报告未载明时依据新闻稿），则该审议以推迟审议告终。这是一种归因，而非原因：其他国家也可能提出了问题，申请也可能因其他原因被推迟审议。过度代表比将一国被提问的审议中属于某一重点领域的比例，与该领域在该国届会全部咨商地位审议（报告所载以及仅见于新闻稿的审议，对所有国家相同）中所占比例进行比较；1表示与比例相当。其95%置信区间按独立比例的方法合并两个比例的威尔逊（Wilson）置信区间（MOVER-R法，Zou和Donner，2008年）；由于被提问的审议包含在全部审议之中，该区间比精确区间更宽。记录表决统计每个国家在付诸表决的申请上的投票，每次唱名表决计一次。
who-definition-area = 仅统计被归类为从事{ $area }工作的组织的申请。
who-coverage = 在{ $from }–{ $to }年的{ $sessions }个届会中，有{ $recorded }个届会记录了问题（已读取{ $releases }份新闻稿）。新闻稿自2007年起列出问题，自2016年起列出全部问题；此前的数字不完整。
who-coverage-no-membership = 委员会成员名单文件未涵盖以下年份：{ $years }；这些年份中没有任何国家被计为成员。

## Who asks: the tables

who-table-caption = 按会员国分列的问题，{ $from }–{ $to }年：图表所依据的数字
who-table-caption-area = 按会员国分列的问题，{ $from }–{ $to }年，申请者领域为“{ $area }”：图表所依据的数字
who-col-state = 会员国
who-col-sessions = 担任成员的届会数
who-col-covered = ……其中记录了问题的届会数
who-col-questions = 问题数
who-col-questioned = 被提问的审议数
who-col-deferred = 以推迟审议告终
who-col-votes = 投票：赞成／反对／弃权
who-observer = （另有{ $n }个届会以观察员身份）
who-ratios-caption = 按重点领域分列的过度代表比（1×表示与比例相当），附95%置信区间和计数
who-ratio = { $ratio }×（95%置信区间：{ $low }–{ $high }×；被提问的{ $questioned_all }次审议中有{ $questioned }次，而总体{ $total }次审议中有{ $in_area }次）
who-ratio-unstable = { $ratio }×（95%置信区间：{ $low }–{ $high }×；被提问的{ $questioned_all }次审议中有{ $questioned }次，而总体{ $total }次审议中有{ $in_area }次），不稳定
who-ratio-none = —（被提问的审议{ $n }次）

## Who asks: the charts

who-questions-title = 各会员国提问所涉的审议，{ $from }–{ $to }年
who-questions-axis = 被提问的审议（深色：以推迟审议告终）
who-questions-note = 问题依据联合国新闻稿所列；这是归因，而非原因。
who-bar-label = { $questioned } · 推迟{ $deferred }
who-ratios-title = 各国提问按重点领域的分布，{ $from }–{ $to }年
who-ratios-note-proportion = 1×表示与该领域在该国届会审议中所占比例相当。
who-ratios-note-hollow = 空心点：被提问的审议少于{ $n }次（不稳定）。线段：95%置信区间。

## Who asks: the sentences under the charts

who-summary = { $from }–{ $to }年，据新闻稿记载，共有{ $states }个会员国向申请者提出问题（{ $sessions }个届会中的{ $recorded }个，{ $releases }份新闻稿{ $incomplete }）。{ $state }提问所涉的审议最多：{ $questioned }次，其中{ $deferred }次在该届会上以推迟审议告终——这是归因，而非原因。
who-summary-area = { $from }–{ $to }年，据新闻稿记载，共有{ $states }个会员国向从事{ $area }工作的非政府组织申请者提出问题（{ $sessions }个届会中的{ $recorded }个，{ $releases }份新闻稿{ $incomplete }）。{ $state }提问所涉的审议最多：{ $questioned }次，其中{ $deferred }次在该届会上以推迟审议告终——这是归因，而非原因。
who-summary-incomplete = ，其中{ $n }份读取不完整
who-summary-none = { $from }–{ $to }年没有记录向申请者提出的问题：已读取的新闻稿仅在{ $sessions }个届会中的{ $recorded }个届会记有问题。
who-summary-none-area = { $from }–{ $to }年没有记录向从事{ $area }工作的非政府组织申请者提出的问题：已读取的新闻稿仅在{ $sessions }个届会中的{ $recorded }个届会记有问题。
who-ratios-summary = 提问明显超出比例地集中于某一领域的情况（稳定估计，95%置信区间高于1）：{ $list }{ $more }。
who-ratios-summary-item = { $state }对{ $area }（{ $ratio }×，下限{ $low }×）
who-ratios-summary-more = ，另有{ $n }项
who-ratios-summary-none = 没有任何国家的提问明显超出比例地集中于某一领域（没有95%置信区间高于1的稳定比值）。

## Time to decision: the page

wait-heading = 非政府组织要等多久
wait-lead = 从一项申请首次接受审议到作出决定，要经过委员会的多少个届会——不仅计入已有结果的申请，也计入仍在等待的申请。
wait-summary-csv = 每个领域一行，而非寿命表：{ $link }
wait-summary-csv-link = 汇总CSV
wait-life-tables-heading = 各条曲线所依据的寿命表
wait-method-log-rank = 对数秩检验逐届会比较某一领域申请获得建议的比率与不属于四个领域的申请获得建议的比率；其他决定和待决申请在发生时退出比较。p值较小，说明建议比率之间的差异大于偶然因素通常会造成的差异；它不说明原因，也不是对上方等待曲线的检验，因为等待曲线计入各类决定。重点领域与总部所在国以及双边争端相互关联。
wait-definition = 在{ $from }–{ $to }年各届会上首次接受审议的咨商地位申请，每项申请自首次审议（第1个届会）起跟踪至作出决定，或在仍待决时跟踪至最近一次审议。届会指委员会的任一届会（常会或续会），无论该申请是否在该届会上审议。曲线为仍在等待决定的申请比例的Kaplan–Meier估计；仍待决的申请在最近一次审议时删失。在不妨碍的情况下结束审议、拒绝和撤回均为独立的决定，而非删失：截至每一届会获得建议、结束审议、被拒绝和撤回的申请比例为Aalen–Johansen累积发生率，与仍在等待的比例合计为100%。首次记录的审议已注明“以往届会推迟”的申请，在记录开始之前即已开始等待，因此不予计入。
wait-notes-end = 数据截至{ $session }。
wait-notes-end-unknown = 数据截至最后一届会。
wait-notes = 因首次记录的审议已注明“以往届会推迟”而未计入的申请：{ $from }–{ $to }年首次记录的申请中有{ $left }项。在一届会上作出决定、后来又再次接受审议的申请（按最近一次审议计算，与非政府组织页面的显示方式相同）：{ $again }项。

## Time to decision: the tables

wait-table-caption = { $from }–{ $to }年首次接受审议的申请：图表所依据的数字
wait-col-applications = 申请数
wait-col-closed-rejected-withdrawn = 结束审议、被拒绝或撤回
wait-col-pending = 仍待决
wait-col-median = 作出决定所需届会数的中位数（95%置信区间）
wait-col-waiting-after = { $sessions }个届会后仍在等待
wait-col-half-recommended = 半数获得建议所需届会数
wait-col-log-rank = 对数秩检验（对比不属于四个领域的申请）
wait-log-rank-cell = { $p }（观察值{ $observed }，期望值{ $expected }）
wait-row-unstable = （不稳定：决定少于{ $n }项）
wait-life-caption = { $area }：{ $n }项申请
wait-col-at-risk = 届会开始时仍在等待
wait-col-censored = 待决，此后未再跟踪（删失）
wait-col-waiting = 该届会后仍在等待（95%置信区间）
wait-col-recommended-by = 截至此时获得建议
wait-col-closed-by = 截至此时结束审议、被拒绝或撤回

## Time to decision: medians, the chart, the sentence under it

wait-not-reached = 未达到
wait-median = { $sessions }个届会（95%置信区间：{ $interval }）
wait-interval-no-high = { $low }–未达到
wait-interval-no-low = 未达到–{ $high }
wait-chart-title = 仍在等待决定的申请比例，按重点领域分列，首次审议年份：{ $period }
wait-chart-empty = 此范围内没有申请。
wait-axis-waiting = 仍在等待决定
wait-axis-sessions = 自首次审议以来的届会数
wait-half-decided = 半数已决定
wait-footnote-bands = 色带：95%逐点置信区间（log-log变换）。
wait-footnote-censored = 待决申请在最近一次审议时删失。
wait-footnote-dashed = 虚线：决定少于{ $n }项（不稳定）。
wait-curve-label = { $area } { $share }
wait-summary-none = 数据中没有首次审议年份为{ $period }的申请。
wait-summary-overall = 在首次审议年份为{ $period }的申请中（n = { $n }），{ $median }{ $after }。
wait-summary-median = 作出决定所需时间的中位数为{ $median }
wait-summary-median-not-reached = 截至数据结束时获得决定的不到半数（未达到中位数）
wait-summary-after = ；{ $sessions }个届会后仍在等待的比例为{ $share }
wait-summary-after-none = ；尚无申请被跟踪满{ $sessions }个届会
wait-summary-too-few = 每个重点领域的决定都太少（少于{ $n }项），无法比较各领域。
wait-summary-head = 从事{ $area }工作的非政府组织：{ $sessions }个届会后仍在等待的比例为{ $share }
wait-summary-compare = { $head }，而从事四个重点领域之外工作的非政府组织为{ $other }{ $test }。
wait-summary-log-rank = ；就建议比率进行的对数秩检验：{ $p }

## Time to decision: what happened to the applications (cumulative incidence)

outcome-heading = 这些申请的结果
outcome-intro = 自首次审议以来截至每一届会，获得建议、在不妨碍的情况下结束审议、被拒绝和撤回的申请比例（Aalen–Johansen累积发生率），以及仍在等待的比例：合计为100%。这些比例是不附区间的点估计（等待比例的区间见上方图表）；决定少于{ $n }项的组标为不稳定。具体数字见下方寿命表。
outcome-title = { $area }的申请结果（n = { $n }{ $unstable }），按自首次审议以来的届会数
outcome-step = 截至第{ $sessions }个届会：获得建议{ $recommended }，结束审议{ $closed }，被拒绝{ $rejected }，撤回{ $withdrawn }，仍在等待{ $waiting }。
outcome-description = { $area }（n = { $n }）。{ $steps }
outcome-none = { $area }：没有申请被跟踪满{ $sessions }个届会。
outcome-legend-waiting = 等待中

## Organizations search, pager, not found, API page

## Fragment of helper "common": the organizations search (search-), the pager (common-),
## the API page (api-). api-topic-* and api-intro-* repeat the OpenAPI document's English
## (server/src/http/api/document.rs); English pages show the document's own text.

## Organizations search

search-lead = 委员会审议过其申请的所有非政府组织，可按其曾使用的任何名称查找——包括现用名称和曾用名称，以及报告和新闻稿中的各种拼写。
search-name = 名称
search-submit = 搜索
search-any = 不限
search-outcome = 结果
search-outcome-in_status = 具有{ -consultative-status }
search-outcome-pending = 待决
search-sort = 排序方式
search-sort-name = 名称
search-sort-deferrals = 推迟审议次数最多
search-sort-years_pending = 等待时间最长
search-none = 没有符合条件的组织。
search-past-last = 第{ $page }页超出最后一页（第{ $pages }页）；共{ $count }个组织。
search-showing = 共{ $count }个组织；显示第{ $first }–{ $last }个。
search-facets-label = 筛选结果
search-country-facet = 国家（新闻稿）
search-results-heading = 搜索结果
search-downloads-note = 下载文件包含本页结果（使用per_page=100时每页最多100条）。
search-caption = 找到的组织
search-col-deferrals = 推迟审议次数
search-col-years = 年份
search-years-waited = （{ $n }年）
search-also-as = 亦作“{ $name }”

## Pager

common-pages = 分页
common-previous = ←上一页
common-next = 下一页→
common-page-of = 第{ $page }页，共{ $pages }页

## API page

api-title = API
api-document = 供程序使用的同一参考：{ $link }（OpenAPI 3.1；{ $title }，版本{ $version }）。
api-topics = 主题
api-formats = 格式：{ $formats }
api-try = 试用：{ $link }
api-parameters = 参数
api-place-path = （在地址中）
api-place-required = （必填）
api-place-optional = （可选）
api-values = 取值：{ $values }。
api-default = 默认值：{ $value }。
api-example = 示例：{ $value }。
api-values-one-of = { $list }之一
api-values-whole = { $min }至{ $max }之间的整数
api-values-text-max = 不超过{ $n }个字符的文本
api-values-text = 文本
api-intro-data = ecosoc-watch上每个数字背后的数据，供新闻编辑部、研究人员和脚本使用：联合国经济及社会理事会{ -committee-short }如何就{ -consultative-status }申请作出决定——按重点领域、按提问国家、按时间分析——并注明每个数字的来源。
api-intro-use = 每个路由均响应GET（及HEAD）请求，无需密钥，任何网站均可读取。JSON答复说明其中数字的含义、数据版本及引用方式；大多数答复另有CSV版本，图表则以SVG和PNG文件提供。未知或超出范围的参数会得到400错误，错误以`{ $envelope }`的形式指明该参数及其允许的取值。数据不变，答复即保持不变：客户端可凭其ETag以很低的成本再次请求。
api-intro-sources = 1998–2024年的决定取自克里斯托夫·瓦伦丁·施泰纳特（Christoph Valentin Steinert）的ECOSOC_Status数据集（MIT许可证），该数据集依据委员会的正式报告编码；问题、表决和此后各届会的信息取自联合国会议报道新闻稿，新闻稿不是正式记录。
api-intro-english = 以下各路由的说明沿用该文档的英文原文。
api-topic-deferral-rates = 推迟审议比率
api-topic-deferral-rates-text = 按重点领域分列的申请被推迟审议的频率：每个比率及其构成数字、95%置信区间，以及与所有其他申请相比的比率。
api-topic-time-to-decision = 作出决定所需时间
api-topic-time-to-decision-text = 按重点领域分列的申请在获得决定前所等待的委员会届会数：等待曲线、中位数和生命表。
api-topic-who-asks = 谁在提问
api-topic-who-asks-text = 哪些会员国向申请者提问、涉及哪些重点领域，以及它们如何投票。推迟审议之前提出的问题只是一种归属，并非原因。
api-topic-organizations = 组织
api-topic-organizations-text = 所有组织，可按其名称的任何拼写查找，以及每个组织的完整记录。
api-topic-sessions = 届会
api-topic-sessions-text = 委员会各届会及其统计数字，以及单个届会两种来源的并列对照。
api-topic-member-states = 会员国
api-topic-member-states-text = 所有提过问题或参加过表决的会员国，以及单个国家的问题和投票。
api-topic-press-releases = 新闻稿
api-topic-press-releases-text = 联合国新闻稿对委员会报告的补充，以及两者不一致之处。
api-topic-the-whole-record = 完整记录
api-topic-the-whole-record-text = 数据库的内容，以及可一次性下载的全部数据。
api-topic-this-api = 本API
api-topic-this-api-text = 本API的说明，供程序使用。

## Methodology

## 方法页面（app/src/routes/methodology.rs）。变量 $term、$link、$code 或 $version 代表一个
## 元素（加粗术语、链接、代码），其文字来自另一条消息或数据。先 $ever，后 $at_least。

methodology-toc-label = 本页内容
methodology-units-heading = 统计对象
methodology-measures-heading = 指标
methodology-linking-heading = 名称关联
methodology-sources-heading = 来源和许可
methodology-coverage-heading = 覆盖范围和已知缺漏
methodology-membership-heading = 委员会成员

## 统计对象

methodology-unit-organization = 组织
methodology-unit-organization-text = 一个非政府组织，无论其名称如何拼写；名称变更和合并后仍保留其历史记录。
methodology-unit-application = 申请
methodology-unit-application-text = 一个组织提出的一项{ -consultative-status }申请或重新分类申请。
methodology-unit-consideration = 审议
methodology-unit-consideration-text = 一项申请在一届会上接受的审议（常会约在1月；续会约在5月）。其结果为：建议给予咨商地位（全面或特别咨商地位，或列入名册）、推迟审议、在不妨碍的情况下结束审议（三次催复均未答复）、拒绝或撤回。“新申请”或“以往届会推迟的申请”是审议的属性。
methodology-unit-question = 问题
methodology-unit-question-text = 一个会员国在一次审议中就一项申请提出的问题，以新闻稿的记录为准。
methodology-unit-vote = 投票
methodology-unit-vote-text = 一个会员国在一次记录表决中的投票。

## 指标：每一项以加粗的术语开头

methodology-measure-session-deferral = { $term }：推迟审议数 ÷ 审议数，按所选年份的各届会合并计算；可选所有审议、仅新申请或仅以往届会推迟的申请。因未答复而结束审议不算推迟审议。
methodology-term-ever-deferred = 曾被推迟审议
methodology-term-deferred-at-least = 至少被推迟审议N次
methodology-measure-ever-deferred = { $ever }和{ $at_least }：以所选年份首次接受审议的每项申请为单位，每项只计一次。记录开始时已属“以往届会推迟”的申请不纳入队列，以免少计。
methodology-term-uncertainty = 不确定性
methodology-measure-uncertainty = { $term }：每个比率均附有其n值和95%威尔逊（Wilson）得分区间；事件少于{ $n }个的标为不稳定。某一领域与同一届会中所有其他申请相比的比率比，附有按对数尺度计算的95%置信区间。
methodology-measure-time-to-decision = { $term }：从申请首次接受审议（第1届会）到作出决定所经历的届会数，委员会的每一届会均计算在内。仍在等待的比例采用Kaplan–Meier估计，附95%置信区间（log-log变换，Greenwood公式）；仍悬而未决的申请在其最近一次审议时作删失处理。结束审议、拒绝和撤回均为独立结局（Aalen–Johansen累积发生率），从不作删失处理，因此建议给予地位、结束审议、拒绝、撤回和仍在等待的比例合计为100%。中位数取曲线降至一半之处（曲线未降至一半时为“未达到”），并附Brookmeyer–Crowley区间；log-rank检验（对数秩检验）将各领域的建议给予地位比率与不属于任何领域的申请进行比较，结果以p值表示。不显示仅根据已结案件计算的中位数：那样会遗漏等待时间最长的申请。
methodology-term-passport-deferrals = 组织档案页上的推迟审议次数
methodology-measure-passport-deferrals = { $term }：每届会只计一次；报告涵盖的届会以报告为准，2024年6月以后的届会以新闻稿为准，因此不会重复计算。
# 指标术语，也是覆盖范围表的列名
methodology-questions = 问题
methodology-measure-questions = { $term }：“某国提出问题且以推迟审议告终的审议”是一种归属，而非因果关系。
methodology-confounding = 重点领域与总部所在国以及双边争端相互关联：领域之间的差异本身并不能证明申请被推迟审议的原因。

## 重点领域：规则、例外和按名称归类的组织

methodology-rules-text = 当下列某一短语以完整词语的形式出现在组织曾使用过的任何名称中时（不区分大小写、重音符号和标点；以*结尾的短语与以其开头的任何词语匹配），该组织即属于相应领域。一个组织可属于多个领域；不属于任何领域的，归入“以上皆非”。每项归类都保留产生该归类的规则和词语，数据管理员可更正归类，但须说明理由，理由予以保留。“人权（一般）”指一般意义上的人权：致力于某一群体权利的组织（“… Women's Rights …”、某一少数群体的权利或LGBTI人士的权利）只归入该群体的领域；只有当其名称提及人权、公民自由、酷刑、灭绝种族或民主本身时，才同时归入人权领域（见下文例外规则{ $code }）。用于衡量规则的人工标注数据集采用同一定义。
methodology-rules-known-text = 有些组织的名称并不说明其工作内容（如创始人姓名、彩虹、一次著名的骚乱）。下文“已知组织”表中所列组织按名称归入相应领域，每个组织均附有说明其工作内容的公开来源；该名单与规则一样须经审查。
methodology-rule-set-version = 规则集版本：{ $version }
methodology-rules-caption = 规则：任一短语即可将组织归入该领域
methodology-col-rule = 规则
methodology-col-area = 领域
methodology-col-language = 语言
methodology-col-phrases = 短语
methodology-exceptions-caption = 例外（形似而义异的词语）：名称中出现下列任一词语时取消该领域归类，除非同时出现最后一列中的某一词语
methodology-col-exception = 例外
methodology-col-when = 条件
methodology-col-unless = 除非
methodology-col-why = 理由
methodology-known-caption = 已知组织：按名称归类，并附说明其工作内容的来源
methodology-col-entry = 条目
methodology-col-names = 名称
methodology-col-areas = 领域
methodology-col-taken-out-of = 移出的领域
methodology-known-reason = { $reason }（{ $link }）
methodology-known-source-link = 来源

## 未完整读取的新闻稿

methodology-incomplete-heading = 未完整读取的新闻稿
methodology-incomplete-text = { $n ->
    [0] 所存每份新闻稿均已完整读取：其记录与标题所述数字相符。
    [1] 有1份新闻稿的记录数与其标题所述不符。其所属届会的新闻稿数字仅涵盖已读取的内容；解析程序的消息说明了相差多少。
   *[other] 有{ $n }份新闻稿的记录数与其标题所述不符。这些新闻稿所属届会的新闻稿数字仅涵盖已读取的内容；解析程序的消息说明了相差多少。
}
methodology-incomplete-caption = 记录与标题不符的新闻稿
methodology-col-release = 新闻稿
methodology-col-what-differs = 差异
methodology-release-date = （{ $date }）

## 名称关联

methodology-linking-text = 报告和新闻稿对同一组织的名称有多种写法。各种拼写按以下方式关联：规范化键相同（忽略大小写、重音符号、标点和空白）时予以关联；其次，仅字母和数字相同且指向同一组织时予以关联；报告所载的更名和合并将相关名称关联起来；名称仅在冠词、“of”、法律形式（“, Inc.”、“, charity”、“, e.V.”）或末尾括号中的缩写或地名上有所不同的，如两者从未在同一届会上列出，则予以关联（除非其中一个在该届会上仅列于获准的新申请中，该名单会第二次列出同一组织）；几乎相同的拼写通过记录匹配得分的模糊规则关联；数据管理员合并和拆分记录时须说明理由，该理由在重新导入后仍然保留。每种拼写都保留其关联方式，并显示在该组织的页面上。
methodology-link-rules-caption = 按关联方式列出的拼写
methodology-col-spellings = 拼写数
methodology-link-rule-new = 新组织的首个拼写
methodology-link-rule-normalised = 规范化拼写（大小写、标点、地位注记）
methodology-link-rule-name_change = 报告所载的更名
methodology-link-rule-merger = 报告所载的合并
methodology-link-rule-variant = 名称相同，仅冠词、“of”、法律形式或括号中的缩写或地名不同，且从未并列
methodology-link-rule-fuzzy = 几乎相同的拼写（模糊匹配）
methodology-link-rule-curator = 数据管理员的决定
methodology-link-rule-other = 其他

## 来源和许可

methodology-source-steinert = 克里斯托夫·瓦伦丁·施泰纳特（Christoph Valentin Steinert）的{ $link }数据集（MIT许可证）：委员会1998–2024年各届会的决定，依据其正式报告编码。我们保存的每一行都指向其文件、工作表和行。
methodology-source-press = 联合国会议报道新闻稿（{ $link }）：哪个会员国向哪个非政府组织提出了什么问题、记录表决、该组织的国家以及2024年6月以后的届会。系联合国公开材料，并非正式记录。2016年起的新闻稿完整读取；2007–2015年的新闻稿和法文新闻稿尽力读取，每一段无法读取的内容均有记录。
methodology-scrape = 服务器自行读取新的新闻稿：{ $schedule }（以--no-scrape启动时除外），读取时不给网站造成负担，且只读取新内容。{ $last }
methodology-scrape-schedule = 1月、2月、5月和6月（委员会通常开会的月份）每天读取，其他时间每周读取，尝试失败后两小时再次读取
methodology-last-run = 最近一次运行：开始于{ $started }，结束于{ $finished }（{ $status }）：{ $outcome }。
methodology-last-run-unfinished = 最近一次运行：开始于{ $started }（{ $status }）：{ $outcome }。
methodology-run-status = { $status ->
    [succeeded] 成功
    [failed] 失败
    [running] 进行中
   *[other] { $status }
}
methodology-run-outcome = 新增新闻稿{ $fetched }份，更新{ $updated }份，未变{ $unchanged }份，失败{ $failed }份
methodology-no-scrape = 此数据库尚未运行过新闻稿抓取。

## 覆盖范围和已知缺漏

methodology-coverage-caption = 各来源按年份所含内容
methodology-col-year = 年份
methodology-col-considerations-reports = 审议（报告）
methodology-col-release-entries = 新闻稿条目
methodology-known-gaps = 已知缺漏：只有新闻稿列出问题时才有问题记录；报告截至2024年6月；只有新闻稿载明总部所在国时才知道该国。报告与联合国公布的总数不一致时，会在该届会的页面上标出，并列出两个数字。

## 委员会成员

methodology-membership-text = 一国的“谁在提问”数字只计其担任委员会成员的届会（以观察员身份提问的届会另行说明）；未担任成员的届会不计为零。{ $source }。某一年份成员少于19个，表示有一个席位迄今读取的来源均未载明：该席位留空，不作推测。
methodology-membership-source = { $first }–{ $last }年委员会成员，取自ecosoc-watch经审查的文件server/data/committee_membership.tsv（共{ $rows }行，每行均以经社理事会选举或委员会报告为来源；{ $unchecked }行尚未与来源原文核对）
methodology-membership-caption = 成员资格文件中的各年份成员数
methodology-col-members = 成员数
methodology-col-unchecked = 未与来源原文核对
