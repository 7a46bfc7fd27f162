/**
 * Keys of conversations (in ConversationMemory) and of askers (in the rate limiter), in one
 * scheme for every platform: "telegram:-100123:42", "slack:C123:1700000000.000100". The
 * platform comes first, so keys of two platforms never meet.
 */

/** The key of a conversation: the platform, then what identifies it there (chat, thread…). */
export function conversationKey(platform: string, ...parts: readonly (string | number)[]): string {
  return [platform, ...parts].join(':');
}

/** The key a user's questions are counted under by the rate limiter. */
export function askerKey(platform: string, userId: string | number): string {
  return `${platform}:${userId}`;
}
