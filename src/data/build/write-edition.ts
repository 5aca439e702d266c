/**
 * Writes an edition's dataset files and the JSON Schema files from their sources:
 * `npx tsx src/data/build/write-edition.ts`. A test fails when the checked-in files differ from what this writes.
 */
import fs from "fs";
import path from "path";
import { DATASET_IDS, type DatasetId } from "../ids";
import { datasetJsonSchema } from "../schema";
import { buildEdition, EDITION } from "../report-2025-12/source";

export const EDITION_DIR = path.resolve(__dirname, "..", EDITION);

/** Every file the edition consists of, by path relative to the edition folder, with its exact content. */
export function editionFiles(): Map<string, string> {
  const datasets = buildEdition();
  const files = new Map<string, string>();
  for (const id of DATASET_IDS) {
    files.set(`${id}.json`, asJson({ dataset: id, edition: EDITION, records: datasets[id as DatasetId] }));
    files.set(`schemas/${id}.schema.json`, asJson(datasetJsonSchema(id)));
  }
  return files;
}

function asJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function writeEdition(): void {
  fs.mkdirSync(path.join(EDITION_DIR, "schemas"), { recursive: true });
  for (const [relative, content] of editionFiles()) fs.writeFileSync(path.join(EDITION_DIR, relative), content);
  console.log(`wrote ${DATASET_IDS.length} datasets and their schemas to ${EDITION_DIR}`);
}

if (require.main === module) writeEdition();
