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
footer-sources = 1998–2024年的决定取自克里斯托夫·瓦伦丁·施泰纳特（Christoph Valentin Steinert）的{ $dataset }数据集（MIT许可证），该数据集依据委员会的正式报告编码。会议报道取自联合国新闻稿，新闻稿不是正式记录。
footer-api-link = API
footer-api = ：所有数字均可以JSON、CSV、SVG或PNG格式获取，供新闻编辑部和脚本使用。
loading = 正在加载…

## Errors

error-not-found = 未找到
error-bad-request = 该地址无效
error-failed = 出现错误
error-database = 无法读取数据库。请稍后再试。
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
table-consideration = 审议（一项申请在一届会议）
table-question = 会员国提出的问题
table-recorded_vote = 记录表决
table-vote = 会员国的投票
table-focus_area_assignment = 重点领域归类
table-other = 其他记录

## 引用（APA 第 7 版，数据集）

cite-title-rates = 按非政府组织重点领域分列的{ $measure }，{ $from }–{ $to }
cite-title-rates-in = 按非政府组织重点领域分列的{ $measure }，{ $from }–{ $to }，总部设在{ $place }的组织
cite-title-organization = { $name }：在联合国{ -committee-short }的记录
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
