/**
 * Recognizes questions about the bot itself rather than the knowledge base ("who are you?",
 * "what model are you?", "你是谁？"). They get a short introduction with an example question:
 * no report answers them, and "not in the knowledge base" would puzzle the asker.
 */

const PATTERNS = [
  /^\W*(who|what)\s+(are|r)\s+(you|u)\W*$/i,
  /^\W*what\s+can\s+you\s+do\W*$|^\W*how\s+do\s+you\s+work\W*$/i,
  /\bwhat\s+(ai\s+|language\s+)?(model|llm|version|engine)\s+(are|do|is)\s+(you|your)\b/i,
  /\bare\s+you\s+(a\s+|an\s+)?(bot|robot|human|person|real person|ai|chatgpt|gpt|language model)\W*$/i,
  /\bwho\s+(made|built|created|trained)\s+you\b/i,
  /^\W*(你是谁|你是什么|你叫什么(名字)?|你能做什么|你会做什么|你会什么)\W*$/u,
  /你(用|使用)?的?是(什么|哪个)模型|你是(机器人|人工智能|真人|AI)吗?/iu,
];

/** True when a question asks who or what the bot is, or what it can do. */
export function isQuestionAboutBot(question: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(question.trim()));
}
