/**
 * The interactive console chat that `npm start` opens when no chat token is set: the same
 * engine as the chat platforms, so a newcomer sees the bot answer at once. The conversation
 * carries follow-ups until /new.
 */
import readline from 'node:readline';
import type { Engine, Turn } from '../../src/adapter-kit.js';
import { describeReloadReport, describeStatus, MAX_TURNS } from '../../src/adapter-kit.js';
import { type ConsoleIo, writeLine } from './console-io.js';
import { formatAnswer } from './format-answer.js';

const WELCOME = [
  'Baoshan biomedical knowledge bot (console). Ask in English or Chinese, for example:',
  '  Which companies signed in Luodian?',
  '  哪些企业在北上海生物医药产业园签约？',
  'Commands: /new (forget the conversation), /status, /reload, /help, /quit.',
];

type CommandResult = { lines: string[]; quit?: boolean; forget?: boolean };

/** Chats until /quit or end of input. */
export async function runConsoleChat(engine: Engine, io: ConsoleIo): Promise<void> {
  const lines = readline.createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
  });
  let conversation: Turn[] = [];
  await writeLine(io.output, WELCOME.join('\n'));
  prompt(lines, io);
  for await (const line of lines) {
    const text = line.trim();
    if (text.startsWith('/')) {
      const result = await runCommand(engine, text);
      await writeLine(io.output, result.lines.join('\n'));
      if (result.forget) conversation = [];
      if (result.quit) break;
    } else if (text !== '') {
      const answer = await engine.answer(text, conversation);
      conversation = [
        ...conversation,
        { role: 'user' as const, text },
        { role: 'assistant' as const, text: answer.text },
      ].slice(-MAX_TURNS);
      await writeLine(io.output, `\n${formatAnswer(answer)}\n`);
    }
    prompt(lines, io);
  }
  lines.close();
}

function prompt(lines: readline.Interface, io: ConsoleIo): void {
  if (io.interactive) lines.prompt();
}

async function runCommand(engine: Engine, text: string): Promise<CommandResult> {
  const command = text.split(/\s+/)[0]?.toLowerCase();
  switch (command) {
    case '/quit':
    case '/exit':
      return { lines: ['Bye.'], quit: true };
    case '/new':
      return { lines: ['Conversation forgotten. Ask a new question.'], forget: true };
    case '/status':
      return { lines: describeStatus(engine.status()) };
    case '/reload':
      return { lines: describeReloadReport(await engine.reload()) };
    case '/help':
      return { lines: WELCOME };
    default:
      return { lines: [`Unknown command ${command}. ${WELCOME.at(-1)}`] };
  }
}
