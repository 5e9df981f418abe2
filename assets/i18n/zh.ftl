# Green Customs Field Guide — 界面文字，简体中文。
# 格式：`key = text`，每行一条；`{ $name }` 由应用填入。

app-title = 绿色海关现场指南
loading = 正在加载参考数据…
load-failed = 无法打开参考数据：{ $error }
welcome = 输入您在标签、发票或货物上看到的内容：名称、商品名、CAS RN、UN编号、HS编码、R编号、化学式，或其他语言的名称。
welcome-keys = 按键：↓ ↑ 选择结果 · Enter 打开 · Esc 返回搜索 · Ctrl+F 随处搜索 · Alt+← / Alt+→ 后退和前进。

# 导航
nav-back = 后退（Alt+←）
nav-forward = 前进（Alt+→）
tab-search = 搜索
tab-saved = 收藏
tab-tools = 工具
tab-about = 关于
tab-settings = 设置

# 搜索
search-label = 搜索
search-hint = 名称、商品名、CAS、UN、HS、R编号、化学式、English、русский…
search-empty = 输入时即显示结果。
results-count = { $n } 条结果
recent-searches = 最近搜索
recent-empty = 尚无搜索记录。
filter-kind = 显示：
filter-all = 全部
filter-list = 列入：
not-found-title = 指南中没有与此匹配的内容。
weak-match-title = 仅有弱匹配。
not-found-body = 未找到并不证明不受控：该物质或物种可能被某一类别、组或更高分类单元的列名所涵盖，或本数据中未收录。请核查单证并咨询联络点。
not-found-families = 可能涵盖它的类别和组：
not-found-no-family = 没有与查询词匹配的类别或组条目。

# 类型
kind-chemical = 化学品
kind-mixture = 混合物
kind-taxon = 物种
kind-label = 标签
rank-kingdom = 界
rank-phylum = 门
rank-class = 纲
rank-order = 目
rank-family = 科
rank-subfamily = 亚科
rank-genus = 属
rank-species = 种
rank-subspecies = 亚种
rank-variety = 变种
rank-population = 种群

# 结果为何匹配
role-preferred = 名称
role-synonym = 同义名
role-trade = 商品名
role-common = 俗名
role-scientific = 学名
role-abbreviation = 缩写
role-designation = 代号
field-cas = CAS RN
field-ec = EC编号
field-un = UN编号
field-hs = HS编码
field-refrigerant = 制冷剂编号
field-formula = 化学式
field-safety-class = 安全分类（ASHRAE 34）
field-odp = ODP
field-gwp = GWP（100年）
field-form = 物理形态
field-scientific = 学名
un-class = 类
lang-la = 学名（拉丁文）

# 条目
favourite-add = 加入收藏
favourite-remove = 取消收藏
verdict-controlled = 受控
verdict-not-listed = 未记录条约列名
verdict-not-listed-note = 本条目作为外观相似物或参考资料收入指南。未在此列名并不证明货物可以自由贸易：请核查单证。
verdict-members = 成员受控
verdict-members-note = 该组整体未被列入，但其中 { $n } 个成员已被列入（最严格：{ $listing }）。请鉴定物种或物质；在证明并非如此之前，按受控货物处理。
valid-as-of = 清单截至 { $date } 有效
valid-as-of-unknown = 未记录清单有效日期
in-force = 自 { $date } 起生效
list-annex = 附件{ $list }
list-appendix = 附录{ $list }
list-schedule = 附表{ $list }
list-article-3 = 第3条
listing-inherited = 通过以下列名：
listing-excluded = 已排除在继承的 { $instrument } 列名之外。
meaning-cites-i = 禁止商业贸易；须同时持有出口许可证和进口许可证，且仅限非商业目的。
meaning-cites-ii = 仅凭出口国签发的CITES出口许可证（或再出口证明书）方可贸易。
meaning-cites-iii = 贸易须持有列入国签发的CITES出口许可证，或任何其他国家签发的原产地证明书。
meaning-montreal-a = 消耗臭氧层物质（CFC、哈龙）：生产和消费已淘汰；每次进口和出口均须持有许可证。
meaning-montreal-b = 消耗臭氧层物质（其他CFC、四氯化碳、甲基氯仿）：已淘汰；每次进口和出口均须持有许可证。
meaning-montreal-c = 消耗臭氧层物质（HCFC、HBFC、溴氯甲烷）：正在淘汰；进口和出口须持有许可证，并计入配额。
meaning-montreal-e = 甲基溴：除检疫和装运前用途及豁免用途外已淘汰；进口和出口须持有许可证。
meaning-montreal-f = 属于Kigali（基加利）修正案逐步削减范围的HFC：进口和出口须持有许可证，并计入以CO2当量计的配额。
meaning-stockholm-a = 须消除的持久性有机污染物：仅为环境无害化处置或依据已登记的豁免方可进口和出口。
meaning-stockholm-b = 限于可接受用途或特定豁免的持久性有机污染物；仅可为上述用途或为处置而进行贸易。
meaning-stockholm-c = 无意产生的持久性有机污染物；必须减少排放。
meaning-rotterdam-iii = 事先知情同意：仅在进口国已同意时方可出口；请核查其进口决定和出口通知。
meaning-cwc-1 = 化学武器或其直接前体：仅可在缔约国之间转让，用于研究、医疗、药物或防护目的，并须事先通知。
meaning-cwc-2 = 化学武器前体：不得向非缔约国转让，也不得从非缔约国接受转让；须向国家主管部门宣布。
meaning-cwc-3 = 大量生产的化学武器前体：向非缔约国转让须有最终用途证明。
meaning-minamata-a = 添汞产品：淘汰日期之后不允许生产、进口和出口，获得豁免的除外。
meaning-minamata-art3 = 汞或汞化合物：仅在获得进口国书面同意后方可出口，且用于允许的用途或储存。
section-safety = 安全
section-checks = 核查要点
section-red-flags = 可疑迹象
section-pictures = 照片和标签
section-label = 标签含义
label-how-to-read = 如何识读
section-summary = 简介
section-identifiers = 识别号
section-composition = 组成（质量%）
section-related = 相关条目
section-names = 名称
section-note = 未知信息
section-sources = 来源
related-parents = 所属：
related-members = 成员：
related-used-in = 所在混合物：
related-labels = 标签：
related-label-links = 涉及：
related-more = 另有 { $n } 项
check-hs = 申报单上的HS编码与 { $codes } 一致。
check-cites-permit = CITES许可证或证明书齐全、为原件、有效，且与物种、数量和部位相符。
copy = 复制
copy-value = 复制 { $value }
photo-credit = 照片：{ $credit } · 许可协议 { $licence }
picture-enlarge = 点击放大
picture-failed = 图片不可用：{ $why }
source-consulted = 查阅于 { $date }
not-listed = 未列入

# 图片窗口
zoom-in = 放大
zoom-out = 缩小
close = 关闭

# 工具
tool-hs = HS编码查询
tool-blend = 混合制冷剂计算器
tool-list = 核查清单
tool-hs-help = 归入某一HS编码（章、品目或子目）及其下级的所有受控物品。
tool-hs-input = HS编码
tool-hs-example = 例如 2903.77
tool-hs-invalid = 请输入2至6位数字，例如29、2903或2903.77。
tool-hs-none = 此编码下未记录受控物品。这并不证明不受控：请核查货物和单证。
tool-blend-help = 给定质量的混合制冷剂中的各组分，以及ODP吨数和CO2当量吨数。
tool-blend-input = 混合制冷剂
tool-blend-mass = 质量（kg）
tool-blend-example = 例如 R-404A
tool-mass-example = 例如 13.6
tool-blend-unknown = 没有以此名称或编号记录的混合制冷剂。
tool-blend-for = 共 { $kg } kg
tool-blend-odp = 混合物ODP { $odp } · { $t } ODP吨
tool-blend-gwp = 混合物GWP { $gwp } · { $t } 吨CO2当量
tool-blend-gwp-unknown = 以下组分未记录GWP：{ $names }（未计入CO2当量数值）。
tool-list-help = 粘贴舱单或发票，每行一项（名称、CAS RN、HS编码或文字）。每一行都将与受控条目进行比对。
tool-list-input = 申报物品
tool-list-example = 例如 CFC-12制冷剂 13.6 kg · 穿山甲鳞片 20 kg · 75-71-8（每行一项）
tool-list-check = 核查清单（Ctrl+Enter）
tool-list-summary = 已核查 { $lines } 行 · { $controlled } 项可能受控
status-controlled = 受控
status-not-controlled = 未列入
status-no-match = 无匹配 — 不能证明不受控
confidence-high = 高置信度
confidence-medium = 中置信度
confidence-low = 低置信度
col-component = 组分
col-mass-pct = 质量%
col-kg = kg
col-odp = ODP
col-gwp = GWP
col-controlled = 管控依据

# 收藏
favourites = 收藏
favourites-empty = 尚无收藏：打开一个条目并按 ☆。
favourite-missing = { $id }（已不在数据中）

# 关于
about-purpose = 面向海关官员及其培训人员的离线参考工具，涵盖多边环境协定所管控的化学品和物种。
about-offline = 完全离线运行：不通过网络发送或获取任何内容。
about-data = 参考数据
about-version = 数据版本 { $version } · { $n } 个条目
col-instrument = 文书
col-valid-as-of = 清单有效截至
col-note = 备注
about-photos = 照片来源
about-sources = 来源（{ $n }）

# 设置
settings-language = 语言
settings-theme = 主题
theme-light = 浅色，高对比度（阳光下）
theme-dark = 深色
settings-scale = 文字和按钮大小
settings-scale-custom = 自定义：
settings-fonts = 字体
font-loading = 正在查找中文字体…
font-loaded = 中文使用系统字体 { $path }。
font-missing = 本机未找到中文字体：中文名称将显示为方框。请安装 Noto Sans CJK、Droid Sans Fallback 或 WenQuanYi（Debian 或 Ubuntu 上：fonts-noto-cjk）。其他功能均可正常使用。

# 状态栏
status-data = 数据 { $version } · { $n } 个条目
status-offline = 离线 ✓
user-data-unavailable = ⚠ 无法保存收藏和设置（将鼠标悬停以查看原因）
