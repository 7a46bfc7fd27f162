/**
 * Stop words of both languages: function words and the words that only make a sentence a
 * question ("which", "多少"). They carry no topic, so they are neither indexed nor required
 * by the answerability check.
 */

const ENGLISH = `a about above after again against all also am an and any are aren't as at be
because been before being below between both but by can can't cannot could couldn't did didn't do
does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've
if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once
only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's these
they they'd they'll they're they've this those through to too under until up very was wasn't we we'd
we'll we're we've were weren't what what's when when's where where's which while who who's whom why
why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
s t d ll m re ve also just may might must shall will yet
please tell know say says said give list name named show many much kind kinds sort type types
anything something everything thing things one ones get got does did done whose whom
ok okay hi hello thanks thank us
happen happened happens happening mention mentioned mentions describe described explain discuss
discussed talk talked involve involved regarding concerning related relate info information detail
details about overall specific specifically exactly actually really today tomorrow yesterday tonight`;

const CHINESE = `的 地 得 了 着 过 在 是 和 与 及 以及 跟 同 或 或者 等 等等 也 都 而 而且 对 对于 从 到 为 为了 把 被
这 那 这个 那个 这些 那些 这里 那里 该 其 之 于 以 由 向 将 就 又 还 并 并且 但 但是 如果 因为 所以
一个 一些 有 有关 关于 哪 哪些 哪个 哪家 哪几家 哪里 哪儿 什么 啥 多少 几 几个 几家 如何 怎么 怎样 怎么样
为什么 为何 是否 吗 呢 吧 啊 呀 么 嘛 请 请问 告诉 介绍 一下 我 我们 你 你们 您 他 他们 她 她们 它 它们
谁 何 何时 什么时候 时候 哪一年 哪年 呢 个 位 家 些 之一 所 所有 各 每 曾 已 已经 会 能 可以 要 想 知道
发生 提到 提及 介绍 说 讲 今天 明天 昨天 这次 那次 本次 相关 情况 内容 信息 消息 具体 有没有 是不是 多 哪儿 年 月 日 号 名 项 次 一共 总共 共 总计 合计 第`;

const englishStopWords = new Set(ENGLISH.split(/\s+/).filter(Boolean));
const chineseStopWords = new Set(CHINESE.split(/\s+/).filter(Boolean));

/** True when a lower-cased English word carries no topic. */
export function isEnglishStopWord(word: string): boolean {
  return englishStopWords.has(word);
}

/** True when a Chinese word carries no topic. */
export function isChineseStopWord(word: string): boolean {
  return chineseStopWords.has(word);
}
