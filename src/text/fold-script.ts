/**
 * Folds traditional Chinese characters to simplified ones (寶山 → 宝山, 醫藥 → 医药), so that a
 * page from a Hong Kong or Taiwan outlet and a question typed in either script match the same
 * words. The mapping comes from OpenCC (opencc-js, its bundled dictionaries); it is applied
 * character by character, so that offsets found in folded text hold in the original.
 */
import * as OpenCC from 'opencc-js/t2cn';

/** The CJK blocks whose characters may have a simplified form. */
const BLOCKS: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let table: Uint16Array | undefined;

/** The text with every traditional character replaced by its simplified form. */
export function foldScript(text: string): string {
  table ??= buildTable();
  const map = table;
  let first = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (map[text.charCodeAt(i)] !== 0) {
      first = i;
      break;
    }
  }
  if (first === -1) return text;
  let folded = text.slice(0, first);
  for (let i = first; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const simplified = map[code] as number;
    folded += simplified === 0 ? text[i] : String.fromCharCode(simplified);
  }
  return folded;
}

/** True when the text holds a traditional character. */
export function hasTraditional(text: string): boolean {
  return foldScript(text) !== text;
}

/** Per UTF-16 code unit, its simplified form, or 0 when it has none of its own. */
function buildTable(): Uint16Array {
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const map = new Uint16Array(0x10000);
  for (const [start, end] of BLOCKS) {
    for (let code = start; code <= end; code += 1) {
      const character = String.fromCharCode(code);
      const simplified = convert(character);
      if (simplified.length === 1 && simplified !== character) map[code] = simplified.charCodeAt(0);
    }
  }
  return map;
}
