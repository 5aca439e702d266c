/**
 * Every AMC.* function on a whole column (1,048,576 rows, the analyst's 100 rows then blanks, as Excel passes A:A)
 * against the same call on a column of values of the same size (tests/support/whole-column.ts): with a shared
 * runtime, a call that is slow on a mostly blank column freezes the task pane too. Goal: ≤ 3×. Each side is one
 * long run, timed on both clocks, five times alternately.
 */
import { callAsExcel, WHOLE_COLUMN_CASES } from "../../tests/support/whole-column";
import type { LoadedFunctions } from "../support/registered-functions";
import { atMost, makeRow, type Row } from "../support/report";
import { compareRuns, compareTimed, timeRun, type Timed } from "../support/timing";

const RUNS = 5;

export async function wholeColumnRows(loaded: LoadedFunctions, only?: RegExp): Promise<Row[]> {
  const rows: Row[] = [];
  for (const wholeColumnCase of WHOLE_COLUMN_CASES) {
    const { id, perCell } = wholeColumnCase;
    if (only && !only.test(id)) continue;
    const implementation = loaded.registry.get(id);
    if (!implementation) throw new Error(`${id} was not associated`);
    const wholeColumn = wholeColumnCase.wholeColumn(null);
    const filled = wholeColumnCase.filled();
    const runs = { ours: [] as Timed[], baseline: [] as Timed[] };
    const timed = (args: unknown[], into: Timed[]) => () => (
      into.push(timeRun(() => callAsExcel(implementation, perCell, args))),
      0
    );
    await compareRuns(timed(wholeColumn, runs.ours), timed(filled, runs.baseline), RUNS);
    rows.push(
      makeRow(
        `${id} on a whole column${perCell ? " (per cell)" : ""}`,
        { unit: "ms", ...compareTimed(runs.ours, runs.baseline), baselineName: "column of values" },
        atMost(3),
      ),
    );
  }
  return rows;
}
