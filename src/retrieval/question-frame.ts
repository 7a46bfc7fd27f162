/**
 * Phrases that frame a question without saying what it is about ("can you tell me", "take
 * place", "located in", "请问") or point at the knowledge base itself ("according to the
 * reports", "报道中"): every passage is in a report, so they match nothing useful.
 */
const QUESTION_FRAMES = [
  /\b(can|could) you (tell|show) me\b|\b(do you know|i (want|would like) to know|is it true that)\b|\b(take|took|taken|taking|takes) (place|part)\b/gi,
  // "Which town is the park located in?": where a thing is, not what it is about.
  /\b(located|situated|based)\s+(in|at|on|near)\b/gi,
  /请问|我想知道|你知道|能否告诉我|能告诉我|告诉我/g,
  /\b(according to|as (reported|stated|mentioned) (in|by)|(covered|mentioned|described|reported) (in|by)|in|from)\s+(the|these|those|your)\s+(reports?|articles?|news|documents?|knowledge base|sources?)\b/gi,
  /根据(报道|文章|新闻|资料|知识库)|(报道|文章|新闻|资料|知识库)(中|里|上)/g,
];

/** The question without its framing phrases. */
export function withoutQuestionFrame(text: string): string {
  return QUESTION_FRAMES.reduce((result, pattern) => result.replace(pattern, ' '), text);
}
