/**
 * What an admin typed after `/kb`: the first word is the subcommand, the rest its argument
 * (`/kb remove uploads-report` → remove, "uploads-report"; `/kb docs fund` → docs, "fund").
 * Only the subcommand is lowercased: a document id or a word to list by stays as typed.
 */
export interface KbCommand {
  name: string;
  argument: string;
}

export function parseKbCommand(text: string): KbCommand {
  const [name = '', ...rest] = text.trim().split(/\s+/);
  return { name: name.toLowerCase(), argument: rest.join(' ') };
}
