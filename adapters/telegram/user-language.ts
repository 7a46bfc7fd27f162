/**
 * The language to speak to a user in when there is no question to detect it from (commands,
 * button clicks): Chinese when the Telegram client is set to Chinese, else English.
 */
import type { Language } from '../../src/adapter-kit.js';

export function userLanguage(languageCode: string | undefined): Language {
  return languageCode?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
