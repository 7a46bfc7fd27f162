/**
 * The main clause of an English sentence as compromise parses it: where its verb group
 * stands (what comes before is the subject, what follows the predicate), the auxiliary it
 * starts with, its infinitive and its tense. Enough to turn a statement into a question
 * ("The fund will open…" → "When will the fund open…?") without a grammar of our own.
 */
import nlp from 'compromise/three';

export interface EnglishClause {
  /** Where the verb group starts and ends in the sentence; the subject is all before it. */
  verbStart: number;
  verbEnd: number;
  /** The verb group as the sentence writes it: "will open", "signed", "receives up to". */
  verb: string;
  /** "will", "was", "has been"; empty for a simple tense. */
  auxiliary: string;
  /** "open" for "opened"; "be" for "is". */
  infinitive: string;
  tense: 'PastTense' | 'PresentTense' | 'FutureTense' | string;
  /** "is", "was": the verb is a form of "to be". */
  copula: boolean;
  negative: boolean;
  /** True when the subject is plural ("the companies"), by compromise's reading of it. */
  pluralSubject: boolean;
}

/** What compromise's `verbs().json({ offset: true })` gives of each verb group. */
interface ParsedVerb {
  offset: { start: number; length: number };
  verb: {
    auxiliary: string;
    infinitive: string;
    negative: boolean;
    grammar: { tense?: string; copula?: boolean };
  };
}

/**
 * The clause of the first verb group that has a subject before it, or `null`. A verb group at
 * the very start is a capitalized noun compromise took for a verb ("Applications close…").
 */
export function englishClause(sentence: string): EnglishClause | null {
  const verbs = nlp(sentence).verbs().json({ offset: true }) as ParsedVerb[];
  const verb = verbs.find((candidate) => candidate.offset.start > 0);
  if (verb === undefined) return null;
  const subject = sentence.slice(0, verb.offset.start);
  return {
    verbStart: verb.offset.start,
    verbEnd: verb.offset.start + verb.offset.length,
    verb: sentence.slice(verb.offset.start, verb.offset.start + verb.offset.length),
    auxiliary: verb.verb.auxiliary.trim(),
    infinitive: verb.verb.infinitive,
    tense: verb.verb.grammar.tense ?? 'PresentTense',
    copula: verb.verb.grammar.copula === true,
    negative: verb.verb.negative,
    pluralSubject: isPlural(subject),
  };
}

function isPlural(subject: string): boolean {
  const nouns = nlp(subject).nouns().json() as { noun?: { isPlural?: boolean } }[];
  return nouns.at(-1)?.noun?.isPlural === true;
}
