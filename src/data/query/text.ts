/**
 * The one normal form of what analysts type for names, metrics, periods and numbers: NFKC (full-width digits and
 * letters, AA⁺), invisible format characters removed (zero-width spaces and joiners, word joiner, BOM, soft hyphen,
 * direction marks), traditional characters of the names the add-in knows written simplified (浙商資產 → 浙商资产).
 */
import table from "./traditional-chinese.json";

/** Zero-width and format characters that a copy from a web page or a chat leaves in a cell, unseen. */
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/g;
/** Characters NFKC keeps that need the table (CJK ideographs). */
const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const WHITESPACE = /\s+/g;

let simplifiedOf: Map<string, string> | undefined;

/** Traditional character → simplified, from the generated table (scripts/make-traditional-table.ts). */
function simplifiedTable(): Map<string, string> {
  if (!simplifiedOf) {
    const from = [...table.traditional];
    const to = [...table.simplified];
    simplifiedOf = new Map(from.map((character, i) => [character, to[i]]));
  }
  return simplifiedOf;
}

function simplified(text: string): string {
  const map = simplifiedTable();
  let out = "";
  for (const character of text) out += map.get(character) ?? character;
  return out;
}

/** A text in its normal form, trimmed; case and inner spaces are kept (a number or a period reads the same). */
export function normalizedText(text: string): string {
  const plain = text.normalize("NFKC").replace(INVISIBLE, "");
  return (HAN.test(plain) ? simplified(plain) : plain).trim();
}

/** The key names are looked up by: the normal form without any whitespace, in lower case (`ＡＢＣ 资產` → `abc资产`). */
export function nameKey(text: string): string {
  return normalizedText(text).replace(WHITESPACE, "").toLowerCase();
}

/** The form a search compares: the normal form in lower case, words still apart (for the task pane's search). */
export function searchKey(text: string): string {
  return normalizedText(text).toLowerCase();
}
