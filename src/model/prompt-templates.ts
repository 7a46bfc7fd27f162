/**
 * The model's prompt templates, read from PROMPTS_DIR and checked when the bot starts: a
 * template that misses a variable it must use, or names one it may not, stops start-up with
 * the file and the variable named, instead of sending a broken prompt later.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PromptTemplate } from '@langchain/core/prompts';
import { errorMessage, PromptTemplateError } from '../errors.js';

interface TemplateSpec {
  file: string;
  required: readonly string[];
  optional: readonly string[];
}

export const TEMPLATE_SPECS = {
  system: { file: 'system.md', required: [], optional: [] },
  answer: {
    file: 'answer.md',
    required: ['question', 'passages', 'language'],
    optional: ['today'],
  },
  noAnswer: { file: 'no-answer.md', required: ['question', 'nearest', 'language'], optional: [] },
  followUp: {
    file: 'follow-up.md',
    required: ['conversation', 'question'],
    optional: ['language'],
  },
} as const satisfies Record<string, TemplateSpec>;

export type TemplateName = keyof typeof TEMPLATE_SPECS;

export interface PromptTemplates {
  /** The system prompt as written (it takes no variables). */
  system: string;
  answer: PromptTemplate;
  noAnswer: PromptTemplate;
  followUp: PromptTemplate;
}

/** Reads and checks every template in `directory`. */
export async function loadPromptTemplates(directory: string): Promise<PromptTemplates> {
  const read = (name: TemplateName) => readTemplate(directory, TEMPLATE_SPECS[name]);
  const [system, answer, noAnswer, followUp] = await Promise.all([
    read('system'),
    read('answer'),
    read('noAnswer'),
    read('followUp'),
  ]);
  return { system: String(system.template), answer, noAnswer, followUp };
}

async function readTemplate(directory: string, spec: TemplateSpec): Promise<PromptTemplate> {
  const file = path.join(directory, spec.file);
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new PromptTemplateError(
      spec.file,
      '',
      `Prompt template ${file} cannot be read (${error.code ?? error.message}); restore it from the repository or set PROMPTS_DIR.`,
    );
  });
  const template = parse(text, spec.file);
  checkVariables(template.inputVariables, spec);
  return template;
}

function parse(text: string, file: string): PromptTemplate {
  try {
    return PromptTemplate.fromTemplate(text, { templateFormat: 'f-string' });
  } catch (error) {
    throw new PromptTemplateError(
      file,
      '',
      `Prompt template prompts/${file} is not valid: ${errorMessage(error)}. Write variables as {name} and literal braces as {{ and }}.`,
    );
  }
}

function checkVariables(used: readonly string[], spec: TemplateSpec): void {
  const allowed = [...spec.required, ...spec.optional];
  const unknown = used.find((variable) => !allowed.includes(variable));
  if (unknown !== undefined) {
    const hint =
      allowed.length === 0
        ? 'it takes no variables (write literal braces as {{ and }})'
        : `use ${allowed.map((name) => `{${name}}`).join(', ')}`;
    throw new PromptTemplateError(
      spec.file,
      unknown,
      `Prompt template prompts/${spec.file} uses {${unknown}}, which it may not: ${hint}.`,
    );
  }
  const missing = spec.required.find((variable) => !used.includes(variable));
  if (missing !== undefined) {
    throw new PromptTemplateError(
      spec.file,
      missing,
      `Prompt template prompts/${spec.file} must use {${missing}}; add it where the ${missing} belongs.`,
    );
  }
}
