/**
 * The words of a request to act: send, pay, contact, visit… and the personal data a swindle
 * asks for. Both sides of the model use them: planted requests are taken out of passages
 * before the model reads them (instruction-lines.ts), and a reply that passes one on to a
 * member is refused (solicitations.ts). Kept in one place so the two sides cannot drift.
 */

/** English verbs of acting on someone else's behalf: sending, paying, reaching out. */
export const ENGLISH_REQUEST_VERBS = [
  'send',
  'pay',
  'transfer',
  'wire',
  'remit',
  'contact',
  'call',
  'phone',
  'text',
  'message',
  'email',
  'e-mail',
  'visit',
  'click',
  'add',
  'scan',
  'download',
  'register',
  'sign up',
  'log in',
  'reply',
  'forward',
  'share',
  'submit',
  'provide',
  'whatsapp',
  'dm',
] as const;

/** Chinese verbs of the same requests. */
export const CHINESE_REQUEST_VERBS = [
  '发送',
  '发给',
  '发到',
  '转账',
  '汇款',
  '付款',
  '支付',
  '缴纳',
  '缴费',
  '打款',
  '联系',
  '联络',
  '致电',
  '拨打',
  '访问',
  '点击',
  '登录',
  '登陆',
  '扫码',
  '扫描',
  '添加',
  '加微信',
  '加好友',
  '发邮件',
  '提供',
  '上传',
  '回复',
  '前往',
  '私信',
] as const;

/** Verbs of handing data over, in English. */
export const ENGLISH_HANDING_VERBS = [
  'send',
  'provide',
  'submit',
  'share',
  'give',
  'tell',
  'upload',
  'forward',
  'email',
  'e-mail',
  'text',
  'enter',
  'confirm',
  'reply with',
  'fill in',
] as const;

/** Verbs of handing data over, in Chinese. */
export const CHINESE_HANDING_VERBS = [
  '发送',
  '发给',
  '发到',
  '提供',
  '告知',
  '告诉',
  '上传',
  '填写',
  '回复',
  '提交',
  '报送',
] as const;

/** Personal data and papers that a member should never be asked for by a chat bot, in English. */
export const ENGLISH_PERSONAL_DATA = [
  'id',
  'identity',
  'passport',
  'phone',
  'mobile',
  'telephone',
  'bank',
  'card',
  'account',
  'password',
  'passcode',
  'pin',
  'verification code',
  'otp',
  'social security',
  'documents?',
  'certificates?',
  'licen[cs]es?',
  'cop(?:y|ies)',
  'photos?',
  'address',
  'date of birth',
  'personal (?:details|information|data)',
] as const;

/** The same personal data and papers, in Chinese. */
export const CHINESE_PERSONAL_DATA = [
  '身份证',
  '护照',
  '手机号',
  '电话号码',
  '银行卡',
  '卡号',
  '账号',
  '账户',
  '密码',
  '验证码',
  '证件',
  '材料',
  '文件',
  '复印件',
  '照片',
  '住址',
  '地址',
  '个人信息',
] as const;

/**
 * A regular-expression alternation of the words (each a pattern fragment, such as
 * 'documents?'); a space matches any run of spaces.
 */
export function alternation(words: readonly string[]): string {
  return words.map((word) => word.replace(/ /g, '\\s+')).join('|');
}
