/**
 * Every message an editor can meet from `check`, the build and the dev
 * server, in one place: a stable code (tests assert on it; the editors'
 * guide lists it), the English meaning for developers, and the Chinese text
 * the editor reads. The Chinese says what was written and what to write
 * instead; where a file position is known the message is printed at it.
 */

type Text = string | number;
interface Entry<P> {
  /** What the code means, for developers reading the source. */
  en: string;
  zh: (p: P) => string;
}
const entry = <P = Record<never, never>>(en: string, zh: (p: P) => string): Entry<P> => ({ en, zh });

/** “ringback”（是不是 “ringbak”？） — the hint is didYouMean's. */
const q = (text: Text) => `“${String(text)}”`;

export const MESSAGES = {
  // Files and folders.
  'file/missing': entry('a required file is missing or unreadable', () => '文件不存在或无法读取'),
  'file/encoding': entry<{ line: number }>(
    'not valid UTF-8',
    (p) => `文件不是 UTF-8 编码（第 ${p.line} 行起有无法识别的字节）：请用 UTF-8 编码另存这个文件`,
  ),
  'file/too-large': entry<{ limit: string }>(
    'a data file over the size limit',
    (p) => `文件太大（上限 ${p.limit}）：数据文件只写要改的内容`,
  ),
  'file/folder-missing': entry('a content folder is missing', () => '缺少这个文件夹'),
  'file/not-yaml': entry(
    'only .yaml files belong in tariffs/changes/',
    () => '这个文件夹里只能放 .yaml 变更文件：请把文件名改成以 .yaml 结尾，或把它移走',
  ),
  'file/not-mdx': entry('only .mdx pages belong here', () => '这个文件夹里只能放 .mdx 页面文件'),

  // YAML as written: the reader's errors, translated.
  'yaml/fullwidth-colon': entry<{ key: string }>(
    'a full-width colon "：" after a key',
    (p) => `${q(p.key)} 后面用了全角冒号“：”：请改成半角冒号加一个空格，写成 ${p.key}: …`,
  ),
  'yaml/tab': entry(
    'a tab used for indentation',
    () => '这一行用 Tab 键缩进：YAML 只认空格，请把 Tab 换成空格（每级两个空格）',
  ),
  'yaml/indent': entry<{ key: string; expected: number; got: number }>(
    'a line indented more or less than its siblings',
    (p) => `${q(p.key)} 这一行的缩进不对：前面有 ${p.got} 个空格，应与上一项对齐（${p.expected} 个空格）`,
  ),
  'yaml/colon-in-value': entry<{ key: string; value: string }>(
    'an unquoted ": " inside a value',
    (p) =>
      `${q(p.key)} 的文字里有“冒号加空格”，YAML 会把它当成新的字段：请给整段文字加上单引号，写成 ${p.key}: '${p.value}'`,
  ),
  'yaml/missing-colon': entry(
    'a line that is neither "key: value" nor a list item',
    () => '这一行缺少“字段名: 值”中的冒号（或冒号后的空格）：请写成 字段名: 值',
  ),
  'yaml/duplicate-key': entry<{ key: string }>(
    'the same key twice in one mapping',
    (p) => `字段 ${q(p.key)} 写了两次：每个字段只写一次，删掉多余的一行`,
  ),
  'yaml/unclosed-quote': entry<{ quote: string }>(
    'a quote that is not closed',
    (p) => `引号 ${p.quote} 没有配对：请在这段文字末尾补上 ${p.quote}`,
  ),
  'yaml/alias': entry<{ name: string; mark: string }>(
    'an anchor (&name) or alias (*name): editor files write every value out',
    (p) => `“${p.mark}” 是 YAML 的引用写法，这里不能用：请直接写出值，例如 to: '120'`,
  ),
  'yaml/too-many-keys': entry<{ limit: number }>(
    'a data file with more keys than a tariff needs',
    (p) => `文件里的字段太多（上限 ${p.limit} 个）：数据文件只写要改的内容`,
  ),
  'yaml/reserved-key': entry<{ key: string }>(
    'a key such as __proto__ that would change how the data is read',
    (p) => `字段名 ${q(p.key)} 不能用：请换一个名字`,
  ),
  'yaml/syntax': entry<{ detail: string }>(
    'other YAML syntax errors',
    (p) => `这一行的写法无法读取（${p.detail}）：请对照编辑指南的例子检查冒号、引号和缩进`,
  ),
  'yaml/hash-in-text': entry<{ key: string; kept: string }>(
    'an unquoted " #" in a text: the rest of the line is read as a comment',
    (p) =>
      `${q(p.key)} 的文字中“ #”之后的部分会被当成注释而不显示（只会显示 ${q(p.kept)}）：如要显示“#”，请给整段文字加上单引号`,
  ),

  // Fields against the schemas.
  'field/missing': entry<{ field: string; meaning: string; example: string }>(
    'a required field is missing',
    (p) => `缺少 ${p.field}（${p.meaning}）${p.example === '' ? '' : `，例如 ${p.example}`}`,
  ),
  'field/unknown': entry<{ fields: string; hint: string }>(
    'an unknown field',
    (p) => `不认识的字段 ${p.fields}${p.hint}：请检查拼写，或删掉这一行`,
  ),
  'field/type': entry<{ field: string; expected: string; got: string }>(
    'a value of the wrong type',
    (p) => `${p.field} 应写${p.expected}，这里写的是 ${p.got}`,
  ),
  'field/one-of': entry<{ field: string; options: string; got: string; hint: string }>(
    'a value that is not one of the allowed words',
    (p) => `${p.field} 只能写 ${p.options} 之一，这里写的是 ${p.got}${p.hint}`,
  ),
  'field/too-short': entry<{ field: string; min: number }>(
    'a text or list shorter than allowed',
    (p) => `${p.field} 不能为空（至少 ${p.min} 项或 ${p.min} 个字）`,
  ),
  'field/too-long': entry<{ field: string; max: number }>(
    'a text longer than allowed',
    (p) => `${p.field} 太长：最多 ${p.max} 个字`,
  ),
  'field/slug': entry<{ got: string }>(
    'an id that is not a lower-case slug',
    (p) => `编号（id）只能用小写英文字母、数字和连字符，例如 "annual-1200"；这里写的是 ${p.got}`,
  ),
  'field/pattern': entry<{ got: string }>(
    'a tail pattern that is not 2–10 capital letters or digits',
    (p) => `尾号规则应写 2–10 个大写字母或数字，例如 "AABB" 或 "88"；这里写的是 ${p.got}`,
  ),
  'field/quantity-name': entry<{ got: string }>(
    'a quantity name that is not a camelCase word',
    (p) => `数量名称应是一个英文单词，例如 "files" 或 "extraExtensions"；这里写的是 ${p.got}`,
  ),
  'field/whole-number': entry<{ field: string }>(
    'a count that is not a whole number ≥ 0',
    (p) => `${p.field} 应写不小于 0 的整数`,
  ),
  'field/invalid': entry<{ field: string; detail: string }>(
    'other schema failures',
    (p) => `${p.field} 的值不符合要求（${p.detail}）`,
  ),
  'money/unquoted': entry<{ got: string }>(
    'money written as a bare YAML number',
    (p) => `金额要加引号：请写成 '${p.got}'（带引号），不带引号的数字可能被读错`,
  ),
  'money/invalid': entry<{ got: string }>(
    'money that is not a non-negative decimal with at most 4 places',
    (p) => `金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 ${p.got}`,
  ),
  'date/invalid': entry<{ got: string }>(
    'not a real date written YYYY-MM-DD',
    (p) => `日期应写成真实存在的 YYYY-MM-DD 并加引号，例如 '2027-01-01'；这里写的是 ${p.got}`,
  ),
  'rate/invalid': entry<{ got: string }>(
    'a rate that is neither a decimal nor "consult"',
    (p) => `每分钟资费应写成带引号的小数（例如 '0.10'）或 consult（来电咨询）；这里写的是 ${p.got}`,
  ),
  'setting/range': entry<{ what: string; min: string; max: string }>(
    'a setting outside its range',
    (p) => `${p.what}应在 ${p.min} 到 ${p.max} 之间`,
  ),
  'setting/prepay-order': entry(
    'prepayYears.min above prepayYears.max',
    () => '可预存年数的最小值（min）不能大于最大值（max）',
  ),
  'contact/email': entry('not one e-mail address', () => '请只写一个邮箱地址，例如 sales@example.cn'),
  'contact/endpoint': entry(
    'not an HTTPS address',
    () => '请写表单服务的完整 HTTPS 地址，例如 https://forms.example.cn/400-apply',
  ),
  'contact/embed-origin': entry(
    'not a partner site address or *',
    () =>
      '合作网站请写网址的协议和域名，例如 https://partner.example.cn（可带端口，可用 *. 开头的子域名），或只写 * 表示任何网站',
  ),
  'contact/icp': entry('not an ICP number as issued', () => 'ICP 备案号请按证书写，例如 豫ICP备12345678号-1'),
  'addon/amount-or-tiers': entry(
    'a charge needs exactly one of amount and tiers',
    () => '收费项要写 amount（金额）或 tiers（阶梯价格），二者只写一个',
  ),
  'addon/free-needs-per': entry('"free" without "per"', () => 'free（免费数量）按 per 计数：请加上 per，或删掉 free'),
  'addon/steps-order': entry('tier steps that do not go up', () => '阶梯价格的 upTo 要一级比一级大'),
  'addon/default-below-min': entry(
    'a quantity default below its min',
    () => '数量的默认值（default）不能小于最小值（min）',
  ),
  'grade/needs-minimum': entry(
    'an ordinary grade without monthlyMinimum',
    () => '普通号码等级要写 monthlyMinimum（月最低消费）',
  ),
  'grade/no-minimum': entry<{ kind: string }>(
    'a special or super grade with monthlyMinimum',
    (p) => `${p.kind}号码等级没有月最低消费：请删掉 monthlyMinimum 这一行`,
  ),
  'plan/deal-shape': entry(
    'a deal needs exactly one of discount and freeYears',
    () => '预存优惠要写 discount（优惠金额）或 freeYears（赠送年数），二者只写一个',
  ),
  'plan/grade-limit': entry(
    'a plan needs exactly one of maxGrade and maxMonthlyMinimum',
    () => '套餐要写 maxGrade 或 maxMonthlyMinimum（可选号码），二者只写一个',
  ),

  // References between the files.
  'ref/duplicate': entry<{ what: string; id: string; other: string }>(
    'the same id twice',
    (p) => `${p.what} ${q(p.id)} 重复了（与${p.other}相同）`,
  ),
  'ref/unknown': entry<{ what: string; id: string; hint: string }>(
    'an id that names nothing',
    (p) => `没有${p.what} ${q(p.id)}${p.hint}`,
  ),
  'ref/self': entry<{ relation: string }>(
    'an add-on that needs or includes itself',
    (p) => `附加功能不能${p.relation}自己`,
  ),
  'ref/cycle': entry<{ name: string }>(
    'add-ons that need each other in a circle',
    (p) => `${p.name} 通过其它功能又需要了自己（循环依赖）`,
  ),
  'ref/no-quantity': entry<{ id: string; name: string; hint: string }>(
    'a quantity the add-on does not declare',
    (p) => `${q(p.id)} 没有数量 ${q(p.name)}${p.hint}：请先在 quantities 里声明`,
  ),
  'ref/quantity-min': entry<{ min: number }>('a needed quantity under its min', (p) => `数量不能小于 ${p.min}`),
  'grade/default-count': entry<{ found: number }>(
    'not exactly one default grade',
    (p) => `必须有且只有一个号码等级写 default: true（现在有 ${p.found} 个）`,
  ),
  'grade/default-kind': entry(
    'the default grade is not ordinary',
    () => '默认号码等级必须是普通号码（kind: ordinary）',
  ),
  'grade/pattern-taken': entry<{ pattern: string; owner: string }>(
    'a tail pattern in two grades',
    (p) => `尾号规则 ${q(p.pattern)} 已属于号码等级 ${q(p.owner)}：一条规则只能属于一个等级`,
  ),
  'grade/minimum-taken': entry<{ owner: string }>(
    'two ordinary grades with one monthly minimum',
    (p) => `号码等级 ${q(p.owner)} 已用了这个月最低消费：普通号码等级按它排序，不能相同`,
  ),
  'plan/monthly-fen': entry(
    "a monthly plan's yearly amount that does not split into 12 months to the fen",
    () => '月套餐的年金额要能按 12 个月平分到分',
  ),
  'plan/prepay-years': entry<{ min: number; max: number }>(
    'prepay years outside prepayYears',
    (p) => `预存年数应在 ${p.min}–${p.max} 年之间（见 tariff.yaml 的 prepayYears）`,
  ),
  'plan/discount-too-large': entry('a discount above the amount prepaid', () => '优惠金额不能大于预存的金额'),

  // The published quotes.
  'source/missing': entry('tariffs/source.txt is missing', () => '缺少资费表原文 tariffs/source.txt'),
  'source/not-on-page': entry<{ quote: string }>(
    'a quote that is not on the published page',
    (p) => `这段原文不在资费表原文（tariffs/source.txt）里：${q(p.quote)}`,
  ),
  'source/price-changed': entry<{ value: string; quote: string }>(
    'a price in the published files that its quote does not state',
    (p) =>
      `${p.value} 与原文 ${q(p.quote)} 不符：已发布的资费文件不要改；调价请在 tariffs/changes/ 新建一个变更文件（见 docs/editors-guide.md）`,
  ),
  'pattern/broad': entry<{ pattern: string; percent: number; grade: string }>(
    'a tail pattern that catches a large share of all numbers',
    (p) => `尾号规则 ${q(p.pattern)} 会把 ${p.percent}% 的号码都算作${p.grade}：规则是按号码末尾读的，是否少写了几位？`,
  ),

  // Dated changes.
  'change/shape': entry(
    'an operation that is none of set/to, add/item, withdraw',
    () => '每一项变更只能是以下三种之一：set: 路径 加 to: 新值；add: 类别 加 item: 内容；withdraw: 路径',
  ),
  'change/date-too-early': entry<{ published: string; got: string }>(
    'a change dated on or before the published tariff',
    (p) => `变更日期必须晚于已发布资费的日期 ${p.published}；这里写的是 ${p.got}`,
  ),
  'change/date-too-late': entry<{ years: number; horizon: string; got: string }>(
    'a change dated further ahead than the horizon (a typing slip)',
    (p) => `生效日期 ${p.got} 太远了：变更最多提前 ${p.years} 年安排（不晚于 ${p.horizon}）；请检查年份是否写错`,
  ),
  'change/file-name': entry<{ date: string; name: string }>(
    "a file name whose date is not the change's date (a hint: the date inside counts)",
    (p) =>
      `文件名的日期与 date: ${p.date} 不一致：网站按 date: ${p.date} 生效，不受影响；为了好找，可以把文件改名为 ${p.name}`,
  ),
  'change/unknown-id': entry<{ what: string; id: string; hint: string }>(
    'a path naming an item that does not exist in that version',
    (p) => `这个版本里没有${p.what} ${q(p.id)}${p.hint}`,
  ),
  'change/unknown-root': entry<{ got: string }>(
    'a path that starts with an unknown word',
    (p) => `路径要以 plans、grades、addons、notes、settings 或 contact 开头；这里写的是 ${q(p.got)}`,
  ),
  'change/not-found': entry<{ path: string; hint: string }>(
    'a path whose end does not exist',
    (p) => `没有 ${q(p.path)} 这一项${p.hint}`,
  ),
  'change/not-a-datum': entry<{ path: string }>(
    'a set that lands on a group of data, not a value',
    (p) => `${q(p.path)} 是一组数据，不是一个值：请写到具体的一项，例如 ….amount`,
  ),
  'change/set-by-change': entry<{ field: string }>(
    'a setting the change itself sets',
    (p) => `${q(p.field)} 由变更文件本身（date 和 note）决定，不能直接修改`,
  ),
  'change/twice': entry<{ path: string; date: string; other: string }>(
    'one datum changed twice on one date',
    (p) => `${q(p.path)} 在 ${p.date} 被修改了两次（另一处在 ${p.other}）：同一天的同一项只能修改一次，请删掉其中一处`,
  ),
  'change/already-exists': entry<{ id: string; what: string }>(
    'an added item whose id is taken',
    (p) => `${p.what}里已经有 ${q(p.id)}：请换一个编号，或改用 set 修改它`,
  ),
  'change/withdraw-whole': entry(
    'a withdrawal of something smaller than an item',
    () => 'withdraw 只能停止整个套餐、号码等级、附加功能或说明，例如 withdraw: addons.voice-storage',
  ),
  'change/withdraw-needed': entry<{ name: string; by: string }>(
    'a withdrawal of an item others still need',
    (p) => `${p.by} 需要${p.name}，不能单独停止受理${p.name}：请同时停止或修改它们`,
  ),
  'change/invalid-result': entry<{ date: string; what: string; problem: string }>(
    'the tariff after the changes of a date fails a check',
    (p) => `${p.date} 起的资费按此修改后不成立（${p.what}）：${p.problem}`,
  ),
  'change/too-many-scheduled': entry<{ limit: number }>(
    'more versions scheduled ahead than the pages carry',
    (p) => `尚未生效的资费版本最多 ${p.limit} 个（每个都随估算页面下发）：请把较远的变更晚些再加，或合并到同一天`,
  ),
  'change/due-soon': entry<{ days: number; date: string }>(
    'a change within a week: the site needs a rebuild that day',
    (p) => `这项变更 ${p.days} 天后（${p.date}）生效：请确认网站在当天重新生成（见 docs/guides/scheduled-rebuilds.md）`,
  ),
  'change/none-in-force': entry<{ date: string }>(
    'no version in force on the build date',
    (p) => `${p.date} 没有生效的资费版本`,
  ),

  // Pages (content/).
  'page/no-frontmatter': entry(
    'a page without its --- frontmatter ---',
    () => '页面要以 --- 开头的页面信息（frontmatter）开始，并以 --- 结束',
  ),
  'page/unknown-id': entry<{ what: string; id: string; hint: string }>(
    'a page naming a plan or add-on that does not exist',
    (p) => `没有${p.what} ${q(p.id)}${p.hint}`,
  ),
  'page/file-name': entry<{ id: string }>(
    'a page file not named after its id',
    (p) => `文件名必须与编号一致：请把文件改名为 ${p.id}.mdx`,
  ),
  'page/address': entry<{ name: string; address: string }>(
    'a page whose address differs from its file name',
    (p) =>
      `网址（address）必须与文件名一致：文件名是 ${p.name}.mdx，这里写的是 ${q(p.address)}；请改成 ${p.name}，或把文件改名为 ${p.address}.mdx`,
  ),
  'page/address-form': entry<{ name: string }>(
    'a page file name that cannot be an address',
    (p) => `文件名 ${q(p.name)} 不能作网址：只用小写字母、数字和横线，如 service.mdx`,
  ),
  'page/reserved-address': entry<{ address: string }>(
    'a page address the site already uses',
    (p) => `网址 /${p.address}/ 已被网站自己的页面使用：请换一个网址（文件名和 address 一起改）`,
  ),
  'page/duplicate': entry<{ id: string; other: string }>(
    'two pages for one id',
    (p) => `${q(p.id)} 已经有页面：${p.other}`,
  ),
  'page/missing': entry<{ what: string; id: string }>(
    'a plan or add-on without its page',
    (p) => `${p.what} ${q(p.id)} 还没有页面：请新建这个文件`,
  ),
  'page/description': entry<{ length: number }>(
    'a description shorter than 10 or longer than 160 characters',
    (p) => `页面描述（description）要写 10–160 个字，它会在搜索结果和分享时显示；现在是 ${p.length} 个字`,
  ),
  'page/dead-link': entry<{ url: string; what: string; id: string; from: string }>(
    'a link to the page of a plan or add-on a version that builds this page does not offer',
    (p) => `${p.from}链接 ${p.url} 指向的${p.what} ${q(p.id)} 不再有页面（已停止受理或不存在）：请删掉或改写这个链接`,
  ),
  'page/typed-price': entry<{ price: string }>(
    'a price typed into text',
    (p) => `这里手写了价格 ${q(p.price)}：价格要用组件显示，例如 <Price of="…" />，这样改价时页面会一起更新`,
  ),
  'page/not-mdx': entry<{ detail: string }>(
    'a page the MDX parser cannot read',
    (p) => `页面写法有误，无法生成（${p.detail}）`,
  ),
  'page/unclosed-tag': entry<{ name: string }>(
    'a component tag without its closing "/>"',
    (p) => `组件 <${p.name} … 没有结束：请在末尾写上 />，例如 <${p.name} of="…" />`,
  ),
  'page/unknown-component': entry<{ name: string; hint: string; list: string }>(
    'an unknown component',
    (p) => `没有组件 <${p.name}>${p.hint}；可用的组件有 ${p.list}`,
  ),
  'page/prop-syntax': entry<{ name: string }>(
    'a prop not written name="value"',
    (p) => `<${p.name}>：每个属性要写成 名称="值"`,
  ),
  'page/unknown-prop': entry<{ name: string; prop: string; hint: string }>(
    'a prop the component does not take',
    (p) => `<${p.name}> 没有属性 ${p.prop}${p.hint}`,
  ),
  'page/missing-prop': entry<{ name: string; prop: string }>(
    'a required prop is missing',
    (p) => `<${p.name}> 需要写 ${p.prop}="…"`,
  ),
  'page/prop-literal': entry<{ name: string; prop: string }>(
    'a prop value that is not plain text',
    (p) => `<${p.name} ${p.prop}>：值要写成引号里的文字，例如 ${p.prop}="…"`,
  ),
  'page/unknown-value': entry<{ name: string; prop: string; value: string; detail: string }>(
    'a prop naming something the data lacks',
    (p) => `<${p.name} ${p.prop}="${p.value}"> 的值有误：${p.detail}`,
  ),
  'page/code': entry(
    'an import or export in a page body: bodies are content, not code',
    () => '页面正文不能写 import 或 export（那是程序代码，不是页面内容）：请删掉这一行；要显示数据请用“插入数据”',
  ),
  'page/expression': entry(
    'a {…} expression in a page body other than a comment',
    () => '页面正文不能写 {…}（那是程序代码）：文字请直接写；要显示价格等数据请用“插入数据”放进组件',
  ),
  'page/html-element': entry<{ name: string; examples: string }>(
    'an HTML element outside the safe list (script, style, iframe, form …)',
    (p) =>
      `页面正文不能用 <${p.name}>：正文只能用排版的标签（如 ${p.examples}，完整列表见编辑指南）；要显示价格等数据请用“插入数据”`,
  ),
  'page/html-attribute': entry<{ name: string; attribute: string; list: string }>(
    'an attribute outside the safe list (event handlers, style, dangerouslySetInnerHTML …) or not plain text',
    (p) =>
      `<${p.name}> 不能带 ${p.attribute} 属性${p.list === '' ? '' : `（可用的属性：${p.list}，值写成引号里的文字）`}`,
  ),
  'page/unsafe-link': entry<{ url: string }>(
    'a link or image address with a scheme other than http(s), mailto or tel',
    (p) => `链接地址 ${p.url} 不能用：只能链接本站页面（例如 ../ringback/）、https:// 网址、mailto: 或 tel:`,
  ),
  'page/image': entry<{ url: string }>(
    'an image outside /uploads/',
    (p) => `图片只能用内容管理上传到 /uploads/ 的文件，例如 ![说明](/uploads/a.png)；这里写的是 ${p.url}`,
  ),
  'text/hidden-character': entry<{ char: string }>(
    'a control, bidirectional or zero-width character in a text an editor wrote',
    (p) =>
      `这里有一个看不见的字符 ${p.char}（控制字符、方向控制符或零宽字符）：它会让显示的文字和写的不一样，请删掉它（可以删掉这一处重新输入）`,
  ),
  'file/hidden-character-name': entry<{ char: string }>(
    'a control, bidirectional or zero-width character in a file name',
    (p) => `文件名里有一个看不见的字符 ${p.char}：请给文件重新起一个只有字母、数字、汉字和 - 的名字`,
  ),

  // The free numbers (inventory/numbers.csv).
  'inventory/csv': entry<{ detail: string }>(
    'not a readable CSV file',
    (p) => `无法按 CSV 读取（${p.detail}）：请从表格软件另存为“CSV UTF-8”`,
  ),
  'inventory/field-too-long': entry<{ column: string; max: number }>(
    'a field longer than a row needs',
    (p) => `${q(p.column)} 这一格太长（最多 ${p.max} 个字）：请删短，备注只写一句话`,
  ),
  'inventory/empty': entry('an empty file', () => '文件是空的：第一行写列名，例如 number,carrier,note'),
  'inventory/unknown-column': entry<{ columns: string }>(
    'unknown columns',
    (p) => `不认识的列 ${p.columns}：可用的列是 number、carrier、note`,
  ),
  'inventory/no-number-column': entry('no "number" column', () => '第一行要有 number 列（号码）'),
  'inventory/bad-number': entry<{ raw: string; detail: string }>(
    'not a valid 400 number',
    (p) => `${q(p.raw)} 不是有效的 400 号码：${p.detail}`,
  ),
  'inventory/duplicate': entry<{ number: string; line: number }>(
    'a number listed twice',
    (p) => `${p.number} 已在第 ${p.line} 行列出`,
  ),
  'inventory/carrier': entry<{ carrier: string }>(
    'an unknown carrier',
    (p) => `运营商 ${q(p.carrier)} 只能写 联通 或 电信`,
  ),

  // Build settings and previews.
  'edit/host': entry<{ option: string }>(
    'npm run edit asked to listen beyond this machine',
    (p) => `网页编辑只在本机运行，不能用 ${p.option}：请去掉 --host`,
  ),
  'build/setting': entry<{ problem: string }>(
    'a build setting (environment variable) that is refused',
    (p) => `生成设置有误：${p.problem}`,
  ),
  'build/preview-date': entry<{ date: string }>(
    'a build for another day than today',
    (p) => `预览：按 ${p.date} 的资费生成，请勿发布（TARIFF_DATE）`,
  ),
  'build/demo-numbers': entry<{ count: string }>(
    'a build with invented numbers',
    (p) => `预览：${p.count} 个示例号码（TARIFF_DEMO_NUMBERS），每页都标明“示例号码”，请勿发布`,
  ),
} as const;

export type MessageCode = keyof typeof MESSAGES;
type ParamsOf<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]['zh']>[0];
type Args<C extends MessageCode> = keyof ParamsOf<C> extends never ? [] : [ParamsOf<C>];

/** A message by its code: `{ code, message }`, spread into an Issue. */
/** A value longer than this is cut: a 100 KB column name is not a 100 KB line. */
const QUOTE_LIMIT = 200;
const cut = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const chars = [...value];
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : value;
};

export function say<C extends MessageCode>(code: C, ...args: Args<C>): { code: C; message: string } {
  const zh = MESSAGES[code].zh as (p: unknown) => string;
  const params = Object.fromEntries(Object.entries(args[0] ?? {}).map(([key, value]) => [key, cut(value)]));
  return { code, message: zh(params) };
}

/**
 * Schemas carry their messages as text (zod's `error`): `tagged` writes the
 * code in front, `untag` reads it back when the issue is reported.
 */
export function tagged<C extends MessageCode>(code: C, ...args: Args<C>): string {
  return `[${code}] ${say(code, ...args).message}`;
}

export function untag(text: string): { code: MessageCode; message: string } | undefined {
  const match = /^\[([a-z-]+\/[a-z-]+)\] ([\s\S]*)$/u.exec(text);
  if (match === null || !((match[1] ?? '') in MESSAGES)) return undefined;
  return { code: match[1] as MessageCode, message: match[2] ?? '' };
}
