import { describe, expect, it } from 'vitest';
import { KnowledgeLoadError } from '../../src/errors.js';
import { parseFrontMatterYaml } from '../../src/ingest/parse-front-matter-yaml.js';
import { parseMarkdown } from '../../src/ingest/parse-markdown.js';
import { splitFrontMatter } from '../../src/ingest/split-front-matter.js';

function failureOf(read: () => unknown): KnowledgeLoadError | null {
  try {
    read();
    return null;
  } catch (error) {
    return error instanceof KnowledgeLoadError ? error : null;
  }
}

describe('splitting front matter from the body', () => {
  it.each([
    ['a --- block', '---\ntitle: A\n---\nBody', 'title: A\n', 'Body'],
    ['a block closed by ...', '---\ntitle: A\n...\nBody', 'title: A\n', 'Body'],
    ['a block after a BOM', '\uFEFF---\ntitle: A\n---\nBody', 'title: A\n', 'Body'],
    ['Windows line ends', '---\r\ntitle: A\r\n---\r\nBody', 'title: A\r\n', 'Body'],
    ['a block marked yaml', '---yaml\ntitle: A\n---\nBody', 'title: A\n', 'Body'],
    ['an empty block', '---\n---\nBody', '', 'Body'],
    ['dashes with trailing spaces', '---  \ntitle: A\n---  \nBody', 'title: A\n', 'Body'],
    ['no block', '# Title\n---\nBody', null, '# Title\n---\nBody'],
    ['a Markdown rule of four dashes', '----\nBody', null, '----\nBody'],
  ])('reads %s', (_, source, frontMatter, body) => {
    expect(splitFrontMatter(source, 'a.md')).toEqual({ frontMatter, body });
  });

  it.each([
    ['---js', '---js\n({ title: "A" })\n---\nBody'],
    ['---javascript', '---javascript\n({ title: "A" })\n---\nBody'],
    ['---coffee', '---coffee\ntitle: "A"\n---\nBody'],
    ['---toml', '---toml\ntitle = "A"\n---\nBody'],
    ['--- json', '--- json\n{ "title": "A" }\n---\nBody'],
  ])('refuses a block opened with %s, naming the marker', (marker, source) => {
    const failure = failureOf(() => splitFrontMatter(source, 'a.md'));
    expect(failure?.reason).toBe('INVALID_METADATA');
    expect(failure?.message).toContain(`'${marker}' is not read: only YAML front matter is read`);
  });

  it('refuses a block that is never closed', () => {
    const failure = failureOf(() => splitFrontMatter('---\ntitle: A\n\nBody', 'a.md'));
    expect(failure?.message).toMatch(/never closed; end it with a line of just '---'/);
  });
});

describe('reading front matter as YAML data only', () => {
  it('reads dates as the text written, whether quoted or not', () => {
    expect(parseFrontMatterYaml('date: 2020-11-28\nyear: "2024"\n', 'a.md')).toEqual({
      date: '2020-11-28',
      year: '2024',
    });
  });

  it.each([
    ['an unknown tag', 'title: !!js/function "function () { return 1 }"\n', /Unresolved tag/],
    ['a repeated field', 'title: A\ntitle: B\n', /Map keys must be unique \(line 3\)/],
    ['an alias bomb', aliasBomb(), /alias count/i],
    ['a list', '- title\n- date\n', /must be 'field: value' lines/],
  ])('refuses %s with its reason', (_, yaml, message) => {
    const failure = failureOf(() => parseFrontMatterYaml(yaml, 'a.md'));
    expect(failure?.reason).toBe('INVALID_METADATA');
    expect(failure?.message).toMatch(message);
  });

  it('keeps the first heading as the title when the front matter has none', () => {
    const parsed = parseMarkdown(
      new TextEncoder().encode('---\ndate: "2024"\n---\n\n# Meilan Lake\n\nThe conference opened.'),
      'a.md',
    );
    expect(parsed.metadata).toEqual({ date: '2024', title: 'Meilan Lake' });
    expect(parsed.text).toBe('\nMeilan Lake\n\nThe conference opened.');
  });
});

/** Nine levels of nine aliases each: a billion strings once expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 "lol"'];
  for (let level = 1; level <= 9; level += 1) {
    const aliases = Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ');
    lines.push(`a${level}: &a${level} [${aliases}]`);
  }
  return `${lines.join('\n')}\n`;
}
