import fs from "fs";
import path from "path";
import { DATASET_IDS, EDITIONS, getDataset } from "../../src/data/index";
import { datasetFileSchema } from "../../data-src/schema";
import { validateAllEditions } from "../../data-src/checks/validate-data";
import { editionFiles, REPO_ROOT, SCHEMA_DIR } from "../../data-src/build/write-edition";

describe("the datasets match their schemas", () => {
  it.each(DATASET_IDS)("%s validates against its zod schema", (id) => {
    const result = datasetFileSchema(id).safeParse(getDataset(id));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("every edition validates, references included", () => {
    expect(validateAllEditions()).toEqual([]);
  });

  it("a record with a field the schema does not know is rejected", () => {
    const roster = getDataset("roster");
    const tampered = { ...roster, records: [{ ...roster.records[0], extra: 1 }] };
    expect(datasetFileSchema("roster").safeParse(tampered).success).toBe(false);
  });

  it("a figure whose period is not ISO is rejected", () => {
    const file = getDataset("figures");
    const tampered = { ...file, records: [{ ...file.records[0], period: "2025年6月末" }] };
    expect(datasetFileSchema("figures").safeParse(tampered).success).toBe(false);
  });

  it("each edition's file names its dataset and edition", () => {
    for (const [edition, datasets] of Object.entries(EDITIONS)) {
      for (const id of DATASET_IDS) expect([datasets[id].dataset, datasets[id].edition]).toEqual([id, edition]);
    }
  });
});

describe("the checked-in files are what the sources build", () => {
  const files = editionFiles();

  it.each([...files.keys()])("%s is up to date (npm run data:write)", (relative) => {
    const onDisk = fs.readFileSync(path.join(REPO_ROOT, relative), "utf8");
    expect(onDisk).toBe(files.get(relative));
  });

  it("there is a JSON Schema file for every dataset and no other", () => {
    const schemas = fs.readdirSync(path.join(REPO_ROOT, SCHEMA_DIR)).sort();
    expect(schemas).toEqual(DATASET_IDS.map((id) => `${id}.schema.json`).sort());
  });
});
