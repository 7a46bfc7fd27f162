/**
 * Sentences that lean on the one before: "It belongs to the Shanghai International
 * Biopharma week", "… production,” he stated via video", "他表示…". What the previous
 * sentence names (the meeting, the academician) is what such a sentence is about.
 */

/** A personal pronoun opening the sentence, after an opening quote mark if any. */
const ENGLISH_OPENING_PRONOUN = /^[\s"“‘']*(?:it|he|she|they|its|his|her|their)\b/i;
/** "It is expected that…", "It was reported to…": an empty "it" that points at nothing. */
const EMPTY_IT = /^[\s"“‘']*it\s+(?:is|was|has been|will be)\s+\w+\s+(?:that|to)\b/i;
/** A quote attributed to a pronoun: "…,” he said", "she added". */
const ENGLISH_ATTRIBUTION =
  /[,”"]\s*(?:he|she|they)\s+(?:said|says|stated|added|noted|mentioned|told|stressed|explained|pointed out)\b/i;
const CHINESE_PRONOUN = /^[\s“”"]*(?:他们|她们|他|她|它|其|该)|(?:他|她)(?:说|表示|指出|强调|介绍)/;

/** True when the sentence refers back to what the sentence before it named. */
export function leansOnPrevious(sentence: string): boolean {
  if (ENGLISH_OPENING_PRONOUN.test(sentence)) return !EMPTY_IT.test(sentence);
  return ENGLISH_ATTRIBUTION.test(sentence) || CHINESE_PRONOUN.test(sentence);
}
