/**
 * Validation of every bundled edition: each dataset against its schema, and the references between datasets
 * (figure keys, entities, the figures a table row names). Used by the tests and, as `npm run data:validate`, before
 * every build; exits non-zero on any problem.
 */
import {
  AGGREGATE_ENTITIES,
  DATASET_IDS,
  EDITION_IDS,
  figureId,
  type DatasetId,
  type EditionId,
} from "../../src/data/ids";
import { canonicalShortName, EDITIONS, type EditionDatasets } from "../../src/data/index";
import { datasetFileSchema } from "../schema";

/** Every problem of every edition, as readable lines; empty when all is valid. */
export function validateAllEditions(): string[] {
  return EDITION_IDS.flatMap((edition) => validateEdition(edition, EDITIONS[edition]));
}

export function validateEdition(edition: EditionId, datasets: EditionDatasets): string[] {
  const schemaProblems = DATASET_IDS.flatMap((id) => schemaProblemsOf(edition, id, datasets[id]));
  if (schemaProblems.length > 0) return schemaProblems;
  return referenceProblems(datasets).map((problem) => `${edition}: ${problem}`);
}

function schemaProblemsOf(edition: EditionId, id: DatasetId, file: unknown): string[] {
  const result = datasetFileSchema(id).safeParse(file);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${edition}/${id}: ${issue.path.join(".")}: ${issue.message}`);
}

function referenceProblems(datasets: EditionDatasets): string[] {
  const figures = datasets.figures.records;
  const known = new Set(figures.map((figure) => figure.id));
  const entities = new Set<string>([...AGGREGATE_ENTITIES, ...datasets.roster.records.map(canonicalShortName)]);
  const problems: string[] = [];

  if (known.size !== figures.length) problems.push("figures: duplicate ids");
  for (const figure of figures) {
    if (figure.id !== figureId(figure.metric, figure.entity, figure.period))
      problems.push(`figures: ${figure.id} is not <metric>|<entity>|<period>`);
    if (!entities.has(figure.entity)) problems.push(`figures: ${figure.id}: unknown entity ${figure.entity}`);
  }
  for (const id of DATASET_IDS) {
    datasets[id].records.forEach((record, index) => {
      for (const ref of figureReferences(record)) {
        if (!known.has(ref)) problems.push(`${id}[${index}]: unknown figure ${ref}`);
      }
    });
  }
  return [...problems, ...backReferenceProblems(datasets)];
}

/** Each figure names exactly the inconsistencies whose `figures` name it. */
function backReferenceProblems(datasets: EditionDatasets): string[] {
  const concerning = (figure: string) =>
    datasets.inconsistencies.records.filter((entry) => entry.figures.includes(figure)).map((entry) => entry.id);
  return datasets.figures.records
    .filter((figure) => figure.inconsistencies.join() !== concerning(figure.id).join())
    .map(
      (figure) =>
        `figures: ${figure.id} names inconsistencies [${figure.inconsistencies}], not [${concerning(figure.id)}]`,
    );
}

/** The figure ids a record names: its sources, inputs, printed figure and the figures it concerns. */
function figureReferences(record: object): string[] {
  const { sources, inputs, printed_figure, figures } = record as {
    sources?: string[];
    inputs?: string[];
    printed_figure?: string;
    figures?: string[];
  };
  return [...(sources ?? []), ...(inputs ?? []), ...(printed_figure ? [printed_figure] : []), ...(figures ?? [])];
}

function main(): void {
  const problems = validateAllEditions();
  if (problems.length > 0) {
    console.error(`Data problems (${problems.length}):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log("data: every dataset of every edition matches its schema and its figure references resolve");
}

if (require.main === module) main();
