/**
 * Writes src/data/query/traditional-chinese.json: the traditional form of every character of the names and
 * metrics the add-in knows (companies, aliases, provinces, metrics, entities, fields, dataset titles, period words),
 * as the mainland, Taiwan and Hong Kong standards write it, mapped back to the simplified character. OpenCC
 * (opencc-js, a dev dependency) runs here only; the add-in carries the small table it leaves.
 *
 *   npx tsx scripts/make-traditional-table.ts
 */
import fs from "fs";
import path from "path";
import * as OpenCC from "opencc-js";
import { CATALOG } from "../src/data/catalog";
import { DATASET_IDS, EDITIONS } from "../src/data/index";
import { AGGREGATE_NAMES } from "../src/data/query/figures";
import { PROVINCE_KEYS, PROVINCE_SUFFIXES } from "../src/data/query/provinces";
import { COMPANY_FIELD_NAMES, namesOf } from "../src/data/query/roster";

export const TABLE_PATH = path.resolve(__dirname, "../src/data/query/traditional-chinese.json");

/** The words of the periods analysts type (2025年6月末, 2025年上半年, 2024年至2025年). */
const PERIOD_WORDS = ["年", "月", "日", "末", "底", "上半年", "下半年", "至", "到"];

/** Every name and metric the add-in looks up, in every edition, as the data writes them (simplified). */
export function knownNames(): string[] {
  const names = new Set<string>(PERIOD_WORDS);
  for (const edition of Object.values(EDITIONS)) {
    for (const company of edition.roster.records)
      for (const name of [...namesOf(company), company.province]) names.add(name);
    for (const figure of edition.figures.records) names.add(figure.metric_zh);
  }
  for (const key of PROVINCE_KEYS) for (const suffix of ["", ...PROVINCE_SUFFIXES]) names.add(`${key}${suffix}`);
  for (const name of [...AGGREGATE_NAMES.keys(), ...COMPANY_FIELD_NAMES]) names.add(name);
  for (const id of DATASET_IDS) names.add(CATALOG[id].title.zh);
  return [...names].sort();
}

/**
 * The traditional standards analysts type in: OpenCC's, Taiwan's and Hong Kong's character forms (not "twp", which
 * also swaps words for their Taiwanese equivalents, so its characters no longer line up with the name's).
 */
export const TRADITIONAL_STANDARDS = ["t", "tw", "hk"] as const;

export function toTraditional(standard: (typeof TRADITIONAL_STANDARDS)[number]): (text: string) => string {
  return OpenCC.Converter({ from: "cn", to: standard });
}

/** Traditional character → simplified, for every character of the known names, in code-point order. */
export function traditionalTable(names: readonly string[]): { traditional: string; simplified: string } {
  // A character a known name writes as it is stays as it is: mapping it would change that name.
  const known = new Set(names.flatMap((name) => [...name]));
  const pairs = new Map<string, string>();
  for (const convert of TRADITIONAL_STANDARDS.map(toTraditional)) {
    for (const name of names) {
      const original = [...name];
      const converted = [...convert(name)];
      // Phrase conversion keeps one character per character; character by character too, for any other context.
      const sources = converted.length === original.length ? [converted] : [];
      sources.push(original.map((character) => convert(character)));
      for (const source of sources) {
        source.forEach((traditional, i) => {
          const single = [...traditional].length === 1;
          if (single && traditional !== original[i] && !known.has(traditional) && !pairs.has(traditional)) {
            pairs.set(traditional, original[i]);
          }
        });
      }
    }
  }
  const sorted = [...pairs].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!);
  return { traditional: sorted.map(([t]) => t).join(""), simplified: sorted.map(([, s]) => s).join("") };
}

if (require.main === module) {
  const table = traditionalTable(knownNames());
  fs.writeFileSync(TABLE_PATH, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`${path.relative(process.cwd(), TABLE_PATH)}: ${[...table.traditional].length} characters`);
}
