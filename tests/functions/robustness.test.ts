/**
 * No input makes a function throw anything but a CustomFunctions.Error, hang, or return NaN, Infinity, undefined or
 * a Date: every registered function is called with generated arguments of every kind Excel (or a careless caller)
 * can pass, shaped by its metadata (matrix parameters get mostly 2-D arrays), plus values from the domain so that
 * the calls also reach the deeper paths.
 */
import fs from "fs";
import path from "path";
import fc from "fast-check";
import { callRegistered, registeredFunctions } from "../support/registered";
import { ORACLE_SEED } from "../support/cell-generators";

interface Parameter {
  name: string;
  dimensionality?: string;
}
const METADATA: { functions: { id: string; parameters: Parameter[] }[] } = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../golden/functions.json"), "utf8"),
);
const registry = registeredFunctions();
const RUNS_PER_FUNCTION = 300;

const DOMAIN_TEXT = [
  "net_financing",
  "net_financing|industry|2024",
  "debt_ratio",
  "industry",
  "sample",
  "山东金资",
  "浙江",
  "广西",
  "2024",
  "2025-06-30",
  "2025-11-30",
  "report-2025-12",
  "AAA",
  "AA⁺",
  "NR",
  "full_name",
  "seq",
  "roster",
  "figures",
  "<1",
  ">=3",
  "*",
  "~",
  "__proto__",
  "constructor",
];

const wildNumber = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 40 }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.NaN, Infinity, -Infinity, 45991, 2024, 1900, 9999, 12, 6),
);
const wildText = fc.oneof(fc.string(), fc.constantFrom(...DOMAIN_TEXT), fc.constant("a".repeat(300)));
/** An error value in a cell (what Excel passes when a referenced cell shows #N/A): returned as it is. */
const SHEET_ERROR = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode, "from the sheet");
const wildCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wildNumber },
  { weight: 3, arbitrary: wildText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, "", undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>({}, new Date(0), new Date(Number.NaN), SHEET_ERROR),
  },
);
const ragged = fc.array(fc.array(wildCell, { maxLength: 4 }), { maxLength: 6 });
const rectangular = fc
  .record({ rows: fc.integer({ min: 1, max: 8 }), columns: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(wildCell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  );

function argument(parameter: Parameter): fc.Arbitrary<unknown> {
  if (parameter.dimensionality === "matrix") {
    return fc.oneof(
      { weight: 6, arbitrary: rectangular },
      { weight: 1, arbitrary: ragged },
      { weight: 1, arbitrary: wildCell },
    );
  }
  return fc.oneof({ weight: 8, arbitrary: wildCell }, { weight: 1, arbitrary: rectangular });
}

const isCellValue = (value: unknown) =>
  (typeof value === "number" && Number.isFinite(value)) ||
  typeof value === "string" ||
  typeof value === "boolean" ||
  value instanceof CustomFunctions.Error;

/** What Excel can show: a finite number, text, a boolean, an error, or a non-empty rectangle of those. */
function expectExcelResult(result: unknown): void {
  if (result instanceof Error) {
    expect(result).toBeInstanceOf(CustomFunctions.Error);
    const error = result as unknown as CustomFunctions.Error;
    // #VALUE! and #N/A tell the analyst what to fix: never a bare or half-filled message.
    if (error !== SHEET_ERROR && (error.code === "#VALUE!" || error.code === "#N/A")) {
      expect(error.message).toMatch(/^(?!Unexpected)(?![\s\S]*undefined)\S/);
    }
    return;
  }
  if (!Array.isArray(result)) {
    expect(isCellValue(result)).toBe(true);
    return;
  }
  expect(result.length).toBeGreaterThan(0);
  const width = (result[0] as unknown[]).length;
  expect(width).toBeGreaterThan(0);
  for (const row of result) {
    expect(Array.isArray(row) && row.length === width).toBe(true);
    for (const cell of row as unknown[]) {
      if (!isCellValue(cell)) throw new Error(`not a cell value: ${String(cell)}`);
    }
  }
}

describe.each(METADATA.functions.map((fn) => [fn.id, fn] as const))("%s never misbehaves", (id, fn) => {
  it(`returns an Excel value or a CustomFunctions.Error for ${RUNS_PER_FUNCTION} generated argument lists`, () => {
    const args = fc.tuple(...fn.parameters.map(argument));
    fc.assert(
      fc.property(args, (values) => expectExcelResult(callRegistered(registry, id, ...values))),
      { seed: ORACLE_SEED, numRuns: RUNS_PER_FUNCTION },
    );
  });

  it("handles every argument omitted (null and undefined)", () => {
    expectExcelResult(callRegistered(registry, id, ...fn.parameters.map(() => null)));
    expectExcelResult(callRegistered(registry, id));
  });
});

describe("inputs that could make a naive implementation hang", () => {
  it("matches a criterion with many wildcards against long text at once (no backtracking blow-up)", () => {
    const long = "a".repeat(20000);
    const labels = [[long], [long]];
    const result = callRegistered(registry, "SHARE", [[1], [2]], labels, `${"*a".repeat(30)}*b`);
    expect((result as CustomFunctions.Error).code).toBe("#N/A");
  });

  it("suggests names for a very long unknown company name", () => {
    const result = callRegistered(registry, "COMPANY", "浙".repeat(100000), null);
    expect((result as CustomFunctions.Error).code).toBe("#N/A");
  });

  it("spills every year of the widest span Excel has", () => {
    const rows = callRegistered(registry, "MATURITYPROFILE", [[1]], [[45991]], null, 1900, 9999, false) as unknown[][];
    expect(rows).toHaveLength(8100);
  });
});
