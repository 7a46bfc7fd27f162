/**
 * A part-of-speech tagger for Chinese (jieba, with its bundled dictionary), shared by the rules
 * that need to know whether a word is a name: mining aliases, and linking pinyin to names.
 * The analyzer keeps its own instance, which knows the glossary's words.
 */
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let tagger: Jieba | undefined;

/** The words of a Chinese text with their jieba tags. */
export function tagChinese(text: string): TaggedWord[] {
  tagger ??= Jieba.withDict(dict);
  return tagger.tag(text, true);
}

/** Tags of names: people, places, organizations, other proper nouns, and words jieba does not know. */
const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'j']);

/** True when jieba takes a word, on its own, for a name or does not know it. */
export function looksLikeName(word: string): boolean {
  const tagged = tagChinese(word);
  return tagged.length === 1 && NAME_TAGS.has(tagged[0]?.tag ?? '');
}
