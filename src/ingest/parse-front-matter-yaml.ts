/**
 * Reads front matter text (and a `<file>.meta.yaml` sidecar) as YAML data and nothing else:
 * the core schema (strings, numbers, booleans, null, lists and mappings) with no custom tags,
 * so no value can become code or an object of some class, and the `yaml` package's alias
 * limit stands against billion-laughs expansion.
 */
import { parseDocument, type YAMLError } from 'yaml';
import { errorMessage, KnowledgeLoadError } from '../errors.js';

/** More aliases than this is a resource-exhaustion attack, not metadata (yaml's own default). */
const MAX_ALIAS_COUNT = 100;

/** Where the YAML comes from: the words messages call it by, and the file line it starts on. */
export interface YamlSource {
  name: string;
  firstLine: number;
}

/** Front matter starts on the line after the opening `---`. */
const FRONT_MATTER: YamlSource = { name: 'front matter', firstLine: 2 };

/** The fields of YAML front matter (or of `source`); empty YAML has none. */
export function parseFrontMatterYaml(
  yaml: string,
  path: string,
  source: YamlSource = FRONT_MATTER,
): Record<string, unknown> {
  const document = parseDocument(yaml, { schema: 'core', customTags: [], prettyErrors: false });
  // A warning is refused too: an unknown tag (`!!js/function`) would otherwise pass as text.
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== undefined)
    throw invalidYaml(path, source, `${problem.message}${lineOf(yaml, problem, source)}`);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw invalidYaml(path, source, errorMessage(error));
  }
  if (data === null || data === undefined) return {};
  if (typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  throw new KnowledgeLoadError(
    path,
    'INVALID_METADATA',
    `${source.name} must be 'field: value' lines, not a list or a single value; see knowledge/README.md`,
  );
}

function invalidYaml(path: string, source: YamlSource, reason: string): KnowledgeLoadError {
  return new KnowledgeLoadError(
    path,
    'INVALID_METADATA',
    `${source.name} is not valid YAML: ${reason}; see knowledge/README.md`,
  );
}

/** Where the problem is, counted in lines of the file the YAML is in. */
function lineOf(yaml: string, problem: YAMLError, source: YamlSource): string {
  const line = yaml.slice(0, problem.pos[0]).split('\n').length + source.firstLine - 1;
  return ` (line ${line})`;
}
