/**
 * Writes an edition's dataset files (src/data/<edition>/, what the add-in loads) and their JSON Schema files
 * (data-src/<edition>/schemas/, for tools that do not run TypeScript) from the edition's sources:
 * `npm run data:write`. A test fails when the checked-in files differ from what this writes.
 */
import fs from "fs";
import path from "path";
import { DATASET_IDS, type DatasetId } from "../../src/data/ids";
import { datasetJsonSchema } from "../schema";
import { buildEdition, EDITION } from "../report-2025-12";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const EDITION_DIR = path.join("src", "data", EDITION);
export const SCHEMA_DIR = path.join("data-src", EDITION, "schemas");

/** Every file the edition consists of, by path relative to the repository, with its exact content. */
export function editionFiles(): Map<string, string> {
  const datasets = buildEdition();
  const files = new Map<string, string>();
  for (const id of DATASET_IDS) {
    files.set(
      path.join(EDITION_DIR, `${id}.json`),
      asJson({ dataset: id, edition: EDITION, records: datasets[id as DatasetId] }),
    );
    files.set(path.join(SCHEMA_DIR, `${id}.schema.json`), asJson(datasetJsonSchema(id)));
  }
  return files;
}

function asJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function writeEdition(): void {
  for (const [relative, content] of editionFiles()) {
    fs.mkdirSync(path.dirname(path.join(REPO_ROOT, relative)), { recursive: true });
    fs.writeFileSync(path.join(REPO_ROOT, relative), content);
  }
  console.log(`wrote ${DATASET_IDS.length} datasets to ${EDITION_DIR} and their schemas to ${SCHEMA_DIR}`);
}

if (require.main === module) writeEdition();
