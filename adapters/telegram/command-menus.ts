/**
 * The command menus Telegram shows when a user types "/": English by default, Chinese for
 * clients set to Chinese, and the admin commands only in the private chats of admins (where
 * they also send documents to add). A failure is logged and never stops the bot: the
 * commands work without a menu.
 */
import type { Api } from 'grammy';
import type { BotCommand, BotCommandScope } from 'grammy/types';
import type { Language, Logger } from '../../src/adapter-kit.js';
import { errorMessage } from '../../src/adapter-kit.js';

const PUBLIC_COMMANDS: Record<Language, BotCommand[]> = {
  en: [
    { command: 'ask', description: 'Ask a question about the knowledge base' },
    { command: 'new', description: 'Forget the conversation and start over' },
    { command: 'help', description: 'How to ask, with examples' },
    { command: 'start', description: 'Welcome and example questions' },
  ],
  zh: [
    { command: 'ask', description: '向知识库提问' },
    { command: 'new', description: '忘记之前的对话，重新开始' },
    { command: 'help', description: '使用说明和示例' },
    { command: 'start', description: '欢迎语和问题示例' },
  ],
};

const ADMIN_COMMANDS: Record<Language, BotCommand[]> = {
  en: [
    { command: 'reload', description: 'Rebuild the knowledge base (admins)' },
    { command: 'status', description: 'Knowledge base status (admins)' },
    { command: 'stats', description: 'What members asked, last 30 days (admins)' },
    { command: 'gaps', description: 'What the knowledge base lacks (admins)' },
    { command: 'digest', description: 'The weekly digest, now (admins)' },
    { command: 'docs', description: 'List the documents, newest first (admins)' },
    {
      command: 'remove',
      description: 'Remove a document added in the chat: /remove <id> (admins)',
    },
  ],
  zh: [
    { command: 'reload', description: '重新构建知识库（管理员）' },
    { command: 'status', description: '知识库状态（管理员）' },
    { command: 'stats', description: '近 30 天的提问统计（管理员）' },
    { command: 'gaps', description: '知识库缺少的内容（管理员）' },
    { command: 'digest', description: '立即查看每周摘要（管理员）' },
    { command: 'docs', description: '列出文档，最新的在前（管理员）' },
    { command: 'remove', description: '删除在聊天中添加的文档：/remove <编号>（管理员）' },
  ],
};

/** Registers every menu; resolves once all attempts have finished, never rejects. */
export async function registerCommandMenus(
  api: Api,
  adminIds: Iterable<number>,
  logger: Logger,
): Promise<void> {
  const adminScopes: BotCommandScope[] = [...adminIds].map((chat_id) => ({
    type: 'chat',
    chat_id,
  }));
  const menus = [
    ...menusFor({ type: 'default' }, PUBLIC_COMMANDS),
    ...adminScopes.flatMap((scope) =>
      menusFor(scope, {
        en: [...PUBLIC_COMMANDS.en, ...ADMIN_COMMANDS.en],
        zh: [...PUBLIC_COMMANDS.zh, ...ADMIN_COMMANDS.zh],
      }),
    ),
  ];
  await Promise.all(menus.map((menu) => setMenu(api, menu, logger)));
}

interface Menu {
  commands: BotCommand[];
  scope: BotCommandScope;
  language: Language;
}

function menusFor(scope: BotCommandScope, commands: Record<Language, BotCommand[]>): Menu[] {
  return [
    { commands: commands.en, scope, language: 'en' },
    { commands: commands.zh, scope, language: 'zh' },
  ];
}

async function setMenu(api: Api, menu: Menu, logger: Logger): Promise<void> {
  const languageCode = menu.language === 'en' ? {} : { language_code: menu.language };
  try {
    await api.setMyCommands(menu.commands, { scope: menu.scope, ...languageCode });
  } catch (error) {
    logger.warn(
      { scope: menu.scope, language: menu.language, reason: errorMessage(error) },
      'Could not register the Telegram command menu; the commands still work',
    );
  }
}
