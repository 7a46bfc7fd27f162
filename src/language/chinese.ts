/**
 * Facts about Chinese that the engine's rules use: function words, question words,
 * classifiers, pronouns, light verbs, surnames, date patterns, titles and roles of people,
 * and the characters that end a place's name. Every rule that needs one of these reads it
 * here, so a maintainer changes a fact once (tests beside this file show what each does).
 */
import type { CountCategory } from './count-category.js';

/** Words that carry no topic; neither indexed nor required by the answerability check. */
const STOP_WORDS = `的 地 得 了 着 过 在 是 和 与 及 以及 跟 同 或 或者 等 等等 也 都 而 而且 对 对于 从 到 为 为了 把 被
这 那 这个 那个 这些 那些 这里 那里 该 其 之 于 以 由 向 将 就 又 还 并 并且 但 但是 如果 因为 所以
一个 一些 有 有关 关于 哪 哪些 哪个 哪家 哪几家 哪里 哪儿 什么 啥 多少 多少钱 几 几个 几家 如何 怎么 怎样 怎么样
为什么 为何 是否 吗 呢 吧 啊 呀 么 嘛 请 请问 告诉 介绍 一下 我 我们 你 你们 您 他 他们 她 她们 它 它们
谁 何 何时 什么时候 时候 哪一年 哪年 呢 个 位 家 些 之一 所 所有 各 每 曾 已 已经 会 能 可以 要 想 知道
大概 大约 差不多 时 里面 发生 提到 提及 介绍 说 讲 今天 明天 昨天 这次 那次 本次 相关 情况 内容 信息 消息 具体 有没有 是不是 多 哪儿 年 月 日 号 名 项 次 一共 总共 共 总计 合计 第
里 上 中 内`;

/** Classifiers: the measure word between a number and what it counts (三家企业, 23个项目). */
const CLASSIFIERS = '个家名位条项次种件座栋幢所批届期类笔';

export const CHINESE = {
  stopWords: new Set(STOP_WORDS.split(/\s+/).filter(Boolean)) as ReadonlySet<string>,

  classifiers: new Set([...CLASSIFIERS]) as ReadonlySet<string>,
  /**
   * What follows a one-character numeral that counts or orders something: a classifier, a
   * unit of time or money, or 大/余/多 ("三大产业", "百余名").
   */
  countedAfter: new RegExp(`^[${CLASSIFIERS}年月日天周岁元大余多]`),

  /**
   * A number that names rather than counts: "第三届" (the third), "5型腺病毒" (type 5), "二期"
   * (phase two), "5号文" (document no. 5), "第三代" (third generation).
   */
  ordinalBefore: /第\s*$/,
  /** A place in a ranking, not a count: "前30名", "前十强" (the top 30, the top ten). */
  rankingAround: { before: /前\s*$/, after: /^\s*[名强]/ },
  /**
   * Words that put what follows under a plan, a target, an expectation or a capacity:
   * "预计超1亿元", "目标是超过9000亿元", "建成后可容纳1000人", "年产能可达2亿剂". 将 is a
   * hedge only as "will", not in 将近.
   */
  hedges:
    /预计|預計|预期|預期|有望|力争|力爭|争取|爭取|目标|目標|将(?!近)|將(?!近)|拟|擬|计划[于在到将]|計劃[於在到將]|建成后|建成後|达产后|達產後|满产后|滿產後|投产后|投產後|产能|產能|可达|可達|可容纳|可容納|能够|能夠/,
  /** Words with which a question itself asks about a plan or the future ("下一步", "打算"). */
  futureQuestion: /下一步|未来|未來|打算|计划|計劃|规划|規劃|(?<![主需重])要/,
  /** A part of a year: "上半年", "一季度", "前三季度", "1至9月", "1-9月". */
  partOfYear:
    /[上下]半年|[一二三四1-4]季度|前[一二两三四五六七八九十\d]+个?[季月]|1\s*(?:至|到|-|–|—|~|～)\s*\d{1,2}\s*月/,
  /** A running total over several years: "累计", "以来", "至今". */
  runningTotal: /累计|累計|以来|以來|至今|迄今/,
  /** The date of a report, not of its figures: "2023年5月报道", "2023年5月及10月报道". */
  reportDate:
    /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*[及和、]\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:的)?(?:报道|報道|报告|報告|发布|發布|公布|披露)/g,
  /** What joins the two ends of a range: "600至4000平方米", "3到5年". */
  rangeJoiner: /^\s*(?:至|到|~|～|-|–|—)\s*/,
  designationAfter: /^\s*[型号期代版]/,

  /** What a classifier counts: 家 companies, 名 people, 项 projects; 个 anything. */
  classifierCategories: {
    家: 'organization',
    所: 'organization',
    名: 'person',
    位: 'person',
    人: 'person',
    项: 'project',
    批: 'project',
    栋: 'building',
    幢: 'building',
    座: 'building',
  } as Readonly<Record<string, CountCategory>>,
  /** Nouns a count may count, by what they are. */
  countedNouns: {
    person: [
      '人',
      '员工',
      '职工',
      '专家',
      '院士',
      '人才',
      '学者',
      '科学家',
      '嘉宾',
      '代表',
      '会员',
    ],
    organization: ['企业', '公司', '机构', '医院', '银行', '高校', '协会', '园区', '药企'],
    project: ['项目', '措施', '政策', '新药', '药品', '器械', '产品'],
    building: ['厂房', '楼宇', '大楼', '建筑'],
  } satisfies Record<CountCategory, string[]>,

  /** Words that ask what kind of thing is meant ("哪家企业", "什么机制"). */
  kindQuestionWords: /^(什么|哪些|哪个|哪种|哪位|哪家|哪一|哪几个|哪几|哪|何种)$/,
  /** Words that ask how many ("多少家", "几个"). */
  countQuestionWords: /^(多少|多少钱|几个|几家|几)$/,
  /**
   * Where a copula before a question word starts ("首席科学官|是谁", "面积|是多少"): jieba,
   * not knowing the noun, may glue the copula to it ("官是").
   */
  copulaBeforeQuestion: /(?=是(?:谁|什么|多少|哪|几))/u,

  /** Verbs that carry little meaning of their own. */
  lightVerbs: new Set([
    '得到',
    '进行',
    '做',
    '搞',
    '给',
    '给予',
    '加以',
    '予以',
    '举行',
    '召开',
  ]) as ReadonlySet<string>,

  /** A pronoun that opens a sentence, or a pronoun that speaks ("他表示"): it names what came before. */
  leaningPronoun: /^[\s“”"]*(?:他们|她们|他|她|它|其|该)|(?:他|她)(?:说|表示|指出|强调|介绍)/,
  /** What makes a question lean on an earlier one: "那…", "还有…", a pronoun. */
  followUpMarkers:
    /^\s*(那|那么|还有|另外|此外|而且|并且|那些)|他们|她们|它们|他|她|它|其|该|这些|那些|这个|那个|此|上述/,

  /** The commonest surnames, which start most personal names. */
  surnames: new Set([
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤翟葛殷',
    ...'翁樊左倪俞柳岳施仇管柯桂车牛鲍庞练裘骆解应祝包童甘卜单常乔华康伍裴闻宁凌褚',
  ]) as ReadonlySet<string>,

  /** What follows the number of a month: "6月", "1至9月" (the 1 of a range of months). */
  monthAfter: /^\s*(?:月|(?:至|到|-|–|—|~|～)\s*\d{1,2}\s*月)/,
  /** A year written as digits and 年 ("2020年"). */
  yearPattern: String.raw`\d{4}年`,
  /** A day of a month ("11月28日") or a relative day or weekday. */
  dayPattern: String.raw`\d+月\d+日|今天|昨天|星期|周[一二三四五六日]`,

  /** Titles written before a person's name ("区长邓小冬"). */
  personTitles: [
    '书记',
    '副区长',
    '区长',
    '副市长',
    '市长',
    '副主任',
    '主任',
    '院士',
    '局长',
    '教授',
    '博士',
    '主席',
    '会长',
    '董事长',
    '总裁',
    '总经理',
    '秘书长',
    '理事长',
    '院长',
    '部长',
    '镇长',
  ],
  /** Verbs that follow a speaker's name ("邓小冬指出"). */
  speechVerbs: ['指出', '表示', '强调', '介绍', '认为', '说', '透露'],
  /** Verbs whose doer a passive 由… names: "由宝山区人民政府主办" (hosted by the district government). */
  agentVerbs: [
    '主办',
    '承办',
    '协办',
    '发起',
    '牵头',
    '指导',
    '组织',
    '举办',
    '主持',
    '设立',
    '投资',
    '运营',
    '建设',
  ],
  /** What a report says a named official did at an event (主持 in "副书记张伟主持会议"). */
  eventVerbs: ['主持', '致辞', '讲话', '发言', '出席', '带队', '当选', '宣布', '揭牌', '见证'],
  /** What a byline names: "(记者 郭剑烽)". */
  reporter: '记者',

  /** Characters that end a place's name (罗店镇, 宝山区). */
  placeSuffixes: ['镇', '区', '市', '县', '省'],
} as const;
