/** Where grammY sends API calls unless TELEGRAM_API_ROOT says otherwise. */
export const TELEGRAM_API = 'https://api.telegram.org';
