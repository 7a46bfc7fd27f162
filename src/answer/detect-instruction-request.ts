/**
 * Recognizes attempts to get the bot's instructions or to override them ("ignore previous
 * instructions", "print your system prompt", "你的系统提示词是什么"). They get the plain
 * not-found reply: the knowledge base holds reports, not the bot's configuration.
 */

const PATTERNS = [
  /\b(system|initial|hidden|secret|original|developer)\s+(prompt|instructions?|message|rules)\b/i,
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompts?|above|previous|guidelines)\b/i,
  /\b(your|the bot'?s?)\s+(instructions|prompt|rules|guidelines|configuration|config|api key|token|secrets?)\b/i,
  /\b(jailbreak|developer mode|dan mode|prompt injection)\b/i,
  /\brepeat\b.{0,20}\b(above|previous|everything|verbatim)\b/i,
  /(系统|初始|隐藏|原始)(提示|指令|消息|设定)|提示词|你的(指令|设定|规则|提示|配置|密钥)|忽略(之前|以上|上面|前面|所有)|越狱|开发者模式/,
];

/** True when a question asks for, or tries to change, the bot's own instructions. */
export function isInstructionRequest(question: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(question));
}
