/**
 * Every function with an "≡ Excel" formula in the spec, judged by HyperFormula on generated ranges:
 * blanks (passed as null or ""), text, numeric text, booleans, zeros, negatives, ties, fewer rows than n, all-blank
 * ranges, and error values (#N/A, #DIV/0!, #VALUE!, #NUM!) where the formula passes over them or keeps them in a
 * cell (the SUMIF family, SPREADBP). Our function is called through what CustomFunctions.associate registered, with
 * and without data types (its result's basicValue); the formula is evaluated on a sheet holding the same cells.
 * Same number (1e-9) or same error code, else the failing case is printed.
 *
 * Where HyperFormula lacks a function of the spec's formula, an equivalent it supports is used (named per test).
 * Where the spec's conventions override the literal formula, the test says so:
 *  - "text and booleans inside a range are ignored": array formulas (HHI, TOPN) mask non-numbers with ISNUMBER,
 *    where Excel's literal `values/SUM(values)` would give #VALUE! on a text cell;
 *  - spec-defined errors not in the formula (n not a whole number ≥ 1, months outside (0,12], label absent,
 *    no numbers/ratings/dates) are written into the oracle formula (NA(), SQRT(-1)) or asserted directly;
 *  - a value argument that must hold a number (GROWTHRATE, ROA, ROE, DEBTRATIO, CASHCOVER, NETFINANCING, the
 *    amounts of BONDFLOWS, MATURITYPROFILE and ISSUANCESPLIT) and holds none is #VALUE! (or its first error value,
 *    as SUM returns it) where the formula would quietly read 0: `valuesRequired` writes that into the formula.
 */
import fc from "fast-check";
import { basicValue } from "../support/data-types";
import { comparable } from "../support/excel-values";
import { callRegistered, registeredFunctions } from "../support/registered";
import {
  asArgument,
  asScalar,
  blankStyle,
  cell,
  dateCell,
  fastCheckOptions,
  numberCell,
  pairedRanges,
  range,
  textCell,
  wordCell,
} from "../support/cell-generators";
import {
  expectSameResult,
  FormulaOracle,
  OracleSheet,
  isSheetError,
  type OracleValue,
  type SheetCell,
  type SheetRange,
} from "../support/formula-oracle";

const plain = registeredFunctions();
const typed = registeredFunctions({ dataTypes: true });
const oracle = new FormulaOracle();
afterAll(() => oracle.destroy());

/**
 * Our result as a formula reading its cell computes with it, both without data types and with them (where a number
 * arrives formatted and Excel computes with its basicValue): the two must be the same, and that is what the formula
 * is compared with.
 */
function call(id: string, ...args: unknown[]): unknown {
  const withoutDataTypes = callRegistered(plain, id, ...args);
  const withDataTypes = basicValue(callRegistered(typed, id, ...args));
  expect(comparable(withDataTypes)).toEqual(comparable(withoutDataTypes));
  return withDataTypes;
}

/** An Excel literal for a criterion or constant: numbers as written, text quoted with "" doubled. */
const literal = (value: SheetCell): string =>
  typeof value === "string"
    ? `"${value.replace(/"/g, '""')}"`
    : typeof value === "boolean"
      ? `${value}()`
      : String(value);

/** The rows of a spill without its header row (when the case asked for one). */
function body(result: unknown, headers: boolean | null): unknown {
  if (!Array.isArray(result) || headers === false) return result;
  expect(result[0].every((h: unknown) => typeof h === "string" && h.length > 0)).toBe(true);
  return result.slice(1);
}

const headersChoice = fc.constantFrom<boolean | null>(null, true, false);

/** A formula that gives #VALUE! (HyperFormula has no ERROR.TYPE-free way to write the error itself). */
const VALUE_ERROR = '"a"+1';

/** What a value argument with no number gives instead of the formula: its first error value as SUM reads it, else #VALUE!. */
const noNumber = (ref: string) => `IF(ISERROR(SUM(${ref})),SUM(${ref}),${VALUE_ERROR})`;

/**
 * The declared rule around a formula (without its "="): each value argument in turn, when it holds no number
 * (COUNT = 0), gives noNumber instead of the formula.
 */
const valuesRequired = (refs: string[], formula: string) =>
  refs.reduceRight((then, ref) => `IF(COUNT(${ref})=0,${noNumber(ref)},${then})`, formula);

/**
 * Whether paired one-cell ranges hold an error value. HyperFormula reads a one-cell range (Data!$A$1:$A$1) as a
 * single value and so returns its error from SUMIF and SUMIFS, where Excel reads a range and passes over an error
 * that no criterion takes: these cases are skipped here and asserted in tests/functions/error-values.test.ts.
 */
const oneCellError = (...ranges: SheetRange[]) =>
  ranges.every((r) => r.length === 1 && r[0].length === 1) && ranges.some((r) => isSheetError(r[0][0]));

/** A spill our function returns, compared with the oracle's grid (or an error both must give). */
function expectSpill(
  ours: unknown,
  headers: boolean | null,
  expected: OracleValue[][] | OracleValue,
  context: unknown,
) {
  if (ours instanceof CustomFunctions.Error || !Array.isArray(expected))
    return expectSameResult(ours, expected as OracleValue, context);
  expectSameResult(body(ours, headers), expected, context);
}

describe("concentration", () => {
  it("TOP5SHARE ≡ SUM(LARGE(values,SEQUENCE(n)))/SUM(values)", () => {
    const cases = fc.record({
      values: range({ maxRows: 12, maxColumns: 3 }),
      n: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ values, n, blank }) => {
        const sheet = new OracleSheet({ values });
        const v = sheet.ref("values");
        const expected = oracle.evaluate(sheet, `=SUM(LARGE(${v},SEQUENCE(${n ?? 5})))/SUM(${v})`);
        expectSameResult(call("TOP5SHARE", asArgument(values, blank), n), expected, { values, n });
      }),
      fastCheckOptions(),
    );
  });

  it("TOPN ≡ TAKE(SORTBY(HSTACK(labels,values,values/SUM(values)),values,-1),n) over numeric rows (ranked with SUMPRODUCT, picked with INDEX/MATCH)", () => {
    const labelCell = cell({ number: fc.integer({ min: 1, max: 3 }), text: wordCell, numberWeight: 1, textWeight: 6 });
    const cases = fc.record({
      ranges: pairedRanges({ values: cell(), labels: labelCell }, { maxRows: 12 }),
      n: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      headers: headersChoice,
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { values, labels }, n, headers, blank }) => {
        const ours = call("TOPN", asArgument(values, blank), asArgument(labels, blank), n, headers);
        const sheet = new OracleSheet({ values, labels });
        const [V, L] = [sheet.ref("values"), sheet.ref("labels")];
        // HyperFormula has no SORTBY/TAKE: rank each numeric row by (value desc, sheet order), then pick rank k.
        const rank = values.map((_, r) => {
          const v = sheet.cell("values", r);
          const upTo = sheet.head("values", r + 1);
          return [
            {
              formula: `=IF(ISNUMBER(${v}),SUMPRODUCT(ISNUMBER(${V})*(${V}>${v}))+SUMPRODUCT(ISNUMBER(${upTo})*(${upTo}=${v})),"")`,
            },
          ];
        });
        const K = sheet.add("rank", rank);
        const [count] = oracle.evaluateGrid(sheet, [[`=COUNT(${V})`]])[0] as number[];
        if (count === 0) return expectSameResult(ours, { error: "#N/A" }, { values, labels }); // spec: no numbers → #N/A
        const rows = Array.from({ length: Math.min(n ?? 5, count) }, (_, i) => {
          const at = `MATCH(${i + 1},${K},0)`;
          return [`=INDEX(${L},${at})`, `=INDEX(${V},${at})`, `=INDEX(${V},${at})/SUM(${V})`];
        });
        expectSpill(ours, headers, oracle.evaluateGrid(sheet, rows), { values, labels, n });
      }),
      fastCheckOptions(),
    );
  });

  it("SHARE ≡ SUMIF(labels,label,values)/SUM(values), #N/A when COUNTIF(labels,label)=0", () => {
    const names = ["山东金资", "浙商资产", "陕西金资", "abc", "ABC"];
    const labelCell = cell({
      number: fc.integer({ min: 1, max: 3 }),
      text: fc.constantFrom(...names, "1"),
      numberWeight: 2,
      textWeight: 6,
      errorWeight: 1,
    });
    const criterion = fc.constantFrom<SheetCell>(
      ...names,
      "Abc",
      "浙*",
      "??金资",
      "<>浙商资产",
      "不存在",
      1,
      2,
      "1",
      ">1",
      "<=2",
    );
    const cases = fc.record({
      ranges: pairedRanges({ values: cell({ errorWeight: 1 }), labels: labelCell }, { maxRows: 12, maxColumns: 2 }),
      label: criterion,
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { values, labels }, label, blank }) => {
        fc.pre(!oneCellError(values, labels));
        const sheet = new OracleSheet({ values, labels });
        const [V, L, c] = [sheet.ref("values"), sheet.ref("labels"), literal(label)];
        const expected = oracle.evaluate(sheet, `=IF(COUNTIF(${L},${c})=0,NA(),SUMIF(${L},${c},${V})/SUM(${V}))`);
        expectSameResult(call("SHARE", asArgument(values, blank), asArgument(labels, blank), label), expected, {
          values,
          labels,
          label,
        });
      }),
      fastCheckOptions(),
    );
  });

  it("HHI ≡ SUMPRODUCT((values/SUM(values))^2)*10000, non-numbers zeroed with ISNUMBER (the spec's range convention)", () => {
    const cases = fc.record({ values: range({ maxRows: 12, maxColumns: 3 }), blank: blankStyle });
    fc.assert(
      fc.property(cases, ({ values, blank }) => {
        const sheet = new OracleSheet({ values });
        const v = sheet.ref("values");
        const expected = oracle.evaluate(sheet, `=SUMPRODUCT((IF(ISNUMBER(${v}),${v},0)/SUM(${v}))^2)*10000`);
        expectSameResult(call("HHI", asArgument(values, blank)), expected, { values });
      }),
      fastCheckOptions(),
    );
  });
});

/** Scalars an analyst may point a numeric argument at: numbers, numeric text, words, booleans, blanks. */
const scalarCell = (numbers: fc.Arbitrary<number>) =>
  fc.oneof(
    { weight: 8, arbitrary: numbers as fc.Arbitrary<SheetCell> },
    { weight: 1, arbitrary: textCell as fc.Arbitrary<SheetCell> },
    { weight: 1, arbitrary: fc.boolean() as fc.Arbitrary<SheetCell> },
    { weight: 1, arbitrary: fc.constant(null) },
  );
const monthsCell = scalarCell(fc.integer({ min: -4, max: 28 }).map((k) => k / 2));

/** The spec's months rule inside the formula: #VALUE! as `months*1` gives it, then #NUM! outside (0, 12]. */
const monthsChecked = (m: string, then: string) =>
  `IF(ISERROR(${m}*1),${m}*1,IF(OR(${m}*1<=0,${m}*1>12),SQRT(-1),${then}))`;

describe("growth and profitability", () => {
  it("GROWTHRATE ≡ SUM(current)/SUM(prior)-1", () => {
    const cases = fc.record({
      ranges: pairedRanges({ current: cell(), prior: cell() }, { maxRows: 10, maxColumns: 3 }),
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { current, prior }, blank }) => {
        const sheet = new OracleSheet({ current, prior });
        const [C, P] = [sheet.ref("current"), sheet.ref("prior")];
        const expected = oracle.evaluate(sheet, `=${valuesRequired([C, P], `SUM(${C})/SUM(${P})-1`)}`);
        expectSameResult(call("GROWTHRATE", asArgument(current, blank), asArgument(prior, blank)), expected, {
          current,
          prior,
        });
      }),
      fastCheckOptions(),
    );
  });

  it("ANNUALIZE ≡ rate*12/months, #NUM! for months outside (0,12]", () => {
    const cases = fc.record({ rate: scalarCell(numberCell), months: monthsCell, blank: blankStyle });
    fc.assert(
      fc.property(cases, ({ rate, months, blank }) => {
        const sheet = new OracleSheet({ rate: [[rate]], months: [[months]] });
        const [R, M] = [sheet.cell("rate", 0), sheet.cell("months", 0)];
        const expected = oracle.evaluate(sheet, `=IF(ISERROR(${R}*1),${R}*1,${monthsChecked(M, `${R}*12/${M}`)})`);
        expectSameResult(call("ANNUALIZE", asScalar(rate, blank), asScalar(months, blank)), expected, { rate, months });
      }),
      fastCheckOptions(),
    );
  });

  for (const [id, begin, end] of [
    ["ROA", "assets_begin", "assets_end"],
    ["ROE", "equity_begin", "equity_end"],
  ] as const) {
    it(`${id} ≡ SUM(profit)/((SUM(${begin})+SUM(${end}))/2)*12/months, #VALUE! where an argument holds no number`, () => {
      const cases = fc.record({
        profit: range({ maxRows: 8, maxColumns: 2 }),
        base: pairedRanges({ begin: cell(), end: cell() }, { maxRows: 8, maxColumns: 2 }),
        months: fc.option(monthsCell, { nil: undefined }),
        blank: blankStyle,
      });
      fc.assert(
        fc.property(cases, ({ profit, base, months, blank }) => {
          const sheet = new OracleSheet({ profit, begin: base.begin, end: base.end, months: [[months ?? null]] });
          const [P, B, E] = [sheet.ref("profit"), sheet.ref("begin"), sheet.ref("end")];
          const ratio = `SUM(${P})/((SUM(${B})+SUM(${E}))/2)*12`;
          // An omitted months (or a blank cell) is the default 12.
          const formula =
            months === undefined || months === null
              ? `${ratio}/12`
              : monthsChecked(sheet.cell("months", 0), `${ratio}/${sheet.cell("months", 0)}`);
          const ours = call(
            id,
            asArgument(profit, blank),
            asArgument(base.begin, blank),
            asArgument(base.end, blank),
            months === undefined ? null : asScalar(months, blank),
          );
          expectSameResult(ours, oracle.evaluate(sheet, `=${valuesRequired([P, B, E], formula)}`), {
            profit,
            base,
            months,
          });
        }),
        fastCheckOptions(),
      );
    });
  }
});

describe("leverage and financing totals", () => {
  for (const [id, formula] of [
    ["DEBTRATIO", (a: string, b: string) => `SUM(${a})/SUM(${b})`],
    ["CASHCOVER", (a: string, b: string) => `SUM(${a})/SUM(${b})`],
    ["NETFINANCING", (a: string, b: string) => `SUM(${a})-SUM(${b})`],
  ] as const) {
    it(`${id} ≡ ${formula("first", "second")}, #VALUE! where an argument holds no number`, () => {
      const cases = fc.record({
        first: range({ maxRows: 10, maxColumns: 3 }),
        second: range({ maxRows: 10, maxColumns: 3 }),
        blank: blankStyle,
      });
      fc.assert(
        fc.property(cases, ({ first, second, blank }) => {
          const sheet = new OracleSheet({ first, second });
          const [A, B] = [sheet.ref("first"), sheet.ref("second")];
          const expected = oracle.evaluate(sheet, `=${valuesRequired([A, B], formula(A, B))}`);
          expectSameResult(call(id, asArgument(first, blank), asArgument(second, blank)), expected, { first, second });
        }),
        fastCheckOptions(),
      );
    });
  }
});

/** A few dates many cells share, so that window edges (start, end, 1 January) are hit exactly. */
const commonDate = fc.constantFrom(45292, 45473, 45657, 45658, 45991, 46022, 46023);
const someDate = fc.oneof(dateCell, commonDate);

/** Date columns as analysts keep them: serial dates, some blank, some words, a stray boolean. */
const dateColumnCell = cell({ number: someDate, text: wordCell, numberWeight: 10, textWeight: 1, blankWeight: 2 });
/** The same with error values among the dates, which SUMIFS's criteria never match. */
const datesWithErrors = cell({ number: someDate, text: wordCell, numberWeight: 10, textWeight: 1, errorWeight: 1 });

describe("bond flows, maturities and tenors", () => {
  it('BONDFLOWS ≡ SUMIFS(amounts,issue_dates,">="&start,issue_dates,"<="&end), the same on maturity_dates, and the difference', () => {
    const cases = fc.record({
      ranges: pairedRanges(
        { amounts: cell({ number: numberCell, errorWeight: 1 }), issue: datesWithErrors, maturity: datesWithErrors },
        { maxRows: 14, maxColumns: 2 },
      ),
      start: someDate,
      length: fc.oneof(fc.integer({ min: -30, max: 2000 }), fc.constantFrom(0, 181, 365, 699)),
      headers: headersChoice,
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { amounts, issue, maturity }, start, length, headers, blank }) => {
        fc.pre(!oneCellError(amounts, issue, maturity));
        const end = start + length;
        const sheet = new OracleSheet({ amounts, issue, maturity });
        const window = (dates: string) => `SUMIFS(${sheet.ref("amounts")},${dates},">="&${start},${dates},"<="&${end})`;
        const [I, M] = [window(sheet.ref("issue")), window(sheet.ref("maturity"))];
        const A = sheet.ref("amounts");
        const [[count]] = oracle.evaluateGrid(sheet, [[`=COUNT(${A})`]]);
        const expected =
          count === 0
            ? oracle.evaluate(sheet, `=${noNumber(A)}`)
            : oracle.evaluateGrid(sheet, [[`=${I}`, `=${M}`, `=${I}-${M}`]]);
        const ours = call(
          "BONDFLOWS",
          asArgument(amounts, blank),
          asArgument(issue, blank),
          asArgument(maturity, blank),
          start,
          end,
          headers,
        );
        expectSpill(ours, headers, expected, { amounts, issue, maturity, start, end });
      }),
      fastCheckOptions(),
    );
  });

  it("MATURITYPROFILE ≡ SUMPRODUCT((YEAR(effective)=year)*amounts) per year, share /SUM(amounts) (as SUMIFS over each year's dates)", () => {
    const exerciseCell = cell({ number: dateCell, text: wordCell, numberWeight: 2, textWeight: 1, blankWeight: 6 });
    const year = fc.integer({ min: 2013, max: 2037 });
    const cases = fc.record({
      ranges: pairedRanges(
        { amounts: cell({ number: numberCell }), maturity: dateColumnCell, exercise: exerciseCell },
        { maxRows: 14, maxColumns: 2 },
      ),
      withExercise: fc.boolean(),
      from: fc.option(year, { nil: null, freq: 2 }),
      to: fc.option(year, { nil: null, freq: 2 }),
      headers: headersChoice,
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { amounts, maturity, exercise }, withExercise, from, to, headers, blank }) => {
        const sheet = new OracleSheet({ amounts, maturity, exercise });
        const effective = amounts.map((row, r) =>
          row.map((_, c) => {
            const m = sheet.cell("maturity", r, c);
            const x = sheet.cell("exercise", r, c);
            return { formula: withExercise ? `=IF(ISNUMBER(${x}),${x},${m})` : `=${m}` };
          }),
        );
        const [A, E] = [sheet.ref("amounts"), sheet.add("effective", effective)];
        const present = `ISNUMBER(${E})*ISNUMBER(${A})`;
        const [[first, last]] = oracle.evaluateGrid(sheet, [
          [`=MIN(IF(${present},YEAR(${E}),10000))`, `=MAX(IF(${present},YEAR(${E}),0))`],
        ]) as number[][];
        const ours = call(
          "MATURITYPROFILE",
          asArgument(amounts, blank),
          asArgument(maturity, blank),
          withExercise ? asArgument(exercise, blank) : null,
          from,
          to,
          headers,
        );
        const context = { amounts, maturity, exercise: withExercise ? exercise : null, from, to };
        const [[count]] = oracle.evaluateGrid(sheet, [[`=COUNT(${A})`]]);
        if (count === 0) return expectSameResult(ours, oracle.evaluate(sheet, `=${noNumber(A)}`), context);
        if ((from === null || to === null) && first === 10000)
          return expectSameResult(ours, { error: "#N/A" }, context);
        const [lo, hi] = [from ?? first, to ?? last];
        if (lo > hi) return expectSameResult(ours, { error: "#NUM!" }, context);
        const rows = Array.from({ length: hi - lo + 1 }, (_, i) => {
          const due = `SUMIFS(${A},${E},">="&DATE(${lo + i},1,1),${E},"<"&DATE(${lo + i + 1},1,1))`;
          return [`=${lo + i}`, `=${due}`, `=${due}/SUM(${A})`];
        });
        expectSpill(ours, headers, oracle.evaluateGrid(sheet, rows), context);
      }),
      fastCheckOptions(),
    );
  });

  const tenorCell = cell({
    number: fc.constantFrom(0.25, 0.5, 0.75, 1, 2, 3, 3, 5, 5, 7, 10),
    text: fc.constantFrom("3", "n/a", "永续", "1"),
    numberWeight: 10,
    textWeight: 1,
    errorWeight: 1,
  });

  it("TERMSHARE ≡ SUMIF(tenors,tenor,amounts)/SUM(amounts)", () => {
    const cases = fc.record({
      ranges: pairedRanges({ tenors: tenorCell, amounts: cell({ errorWeight: 1 }) }, { maxRows: 12, maxColumns: 2 }),
      tenor: fc.constantFrom<SheetCell>(3, 5, 1, 0.5, 4, "3", ">=3", "<1", "<>5", ">=1"),
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { tenors, amounts }, tenor, blank }) => {
        fc.pre(!oneCellError(tenors, amounts));
        const sheet = new OracleSheet({ tenors, amounts });
        const expected = oracle.evaluate(
          sheet,
          `=SUMIF(${sheet.ref("tenors")},${literal(tenor)},${sheet.ref("amounts")})/SUM(${sheet.ref("amounts")})`,
        );
        expectSameResult(call("TERMSHARE", asArgument(tenors, blank), asArgument(amounts, blank), tenor), expected, {
          tenors,
          amounts,
          tenor,
        });
      }),
      fastCheckOptions(),
    );
  });

  it('ISSUANCESPLIT ≡ SUMIF(tenors,"<1",amounts), SUMIF(tenors,">=1",amounts)', () => {
    const cases = fc.record({
      ranges: pairedRanges({ amounts: cell({ errorWeight: 1 }), tenors: tenorCell }, { maxRows: 12, maxColumns: 2 }),
      headers: headersChoice,
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { amounts, tenors }, headers, blank }) => {
        fc.pre(!oneCellError(amounts, tenors));
        const sheet = new OracleSheet({ amounts, tenors });
        const [A, T] = [sheet.ref("amounts"), sheet.ref("tenors")];
        const [[count]] = oracle.evaluateGrid(sheet, [[`=COUNT(${A})`]]);
        const expected =
          count === 0
            ? oracle.evaluate(sheet, `=${noNumber(A)}`)
            : oracle.evaluateGrid(sheet, [[`=SUMIF(${T},"<1",${A})`, `=SUMIF(${T},">=1",${A})`]]);
        const ours = call("ISSUANCESPLIT", asArgument(amounts, blank), asArgument(tenors, blank), headers);
        expectSpill(ours, headers, expected, { amounts, tenors });
      }),
      fastCheckOptions(),
    );
  });
});

describe("distributions, ratings and spreads", () => {
  it("DISTRIBUTION counts ≡ FREQUENCY(values,bounds) (as COUNTIF/COUNTIFS per bucket), share = count/COUNT(values)", () => {
    const ascending = fc
      .uniqueArray(fc.integer({ min: -8, max: 60 }), { minLength: 1, maxLength: 5 })
      .map((ks) => ks.sort((a, b) => a - b).map((k) => k / 4));
    const cases = fc.record({
      values: range({ maxRows: 14, maxColumns: 2 }),
      bounds: ascending,
      filler: fc.array(fc.constantFrom<SheetCell>(null, "n/a"), { maxLength: 2 }),
      headers: headersChoice,
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ values, bounds, filler, headers, blank }) => {
        // Blank and text cells among the bounds are ignored, as FREQUENCY ignores them.
        const boundCells: SheetRange = [...bounds.map((b) => [b]), ...filler.map((f) => [f])];
        const sheet = new OracleSheet({ values, bounds: boundCells });
        const V = sheet.ref("values");
        const b = bounds.map((_, i) => sheet.cell("bounds", i));
        const count = (criteria: string) => `COUNTIFS(${criteria})`;
        const counts = [
          count(`${V},"<="&${b[0]}`),
          ...b.slice(1).map((upper, i) => count(`${V},">"&${b[i]},${V},"<="&${upper}`)),
          count(`${V},">"&${b[b.length - 1]}`),
        ];
        const labels = [`≤${bounds[0]}`, ...bounds.slice(1).map((u, i) => `${bounds[i]}–${u}`), `>${bounds.at(-1)}`];
        const rows = counts.map((c, i) => [`="${labels[i]}"`, `=${c}`, `=${c}/COUNT(${V})`]);
        const ours = call("DISTRIBUTION", asArgument(values, blank), asArgument(boundCells, blank), headers);
        expectSpill(ours, headers, oracle.evaluateGrid(sheet, rows), { values, bounds });
      }),
      fastCheckOptions(),
    );
  });

  const SCALE = ["AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-"];
  const SCALE_ALL = [...SCALE, "BB+", "BB", "BB-", "B+", "B", "B-", "CCC", "CC", "C"];

  it("RATINGDIST counts ≡ COUNTIF(ratings,rating) in scale order, share of rated cells", () => {
    const ratingCell = cell({
      number: fc.integer({ min: 1, max: 3 }),
      text: fc.constantFrom(...SCALE, "AAA", "AAA", "AA+", "NR", "-"),
      numberWeight: 1,
      textWeight: 10,
    });
    const cases = fc.record({
      ratings: range({ maxRows: 14, maxColumns: 2 }, ratingCell),
      headers: headersChoice,
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ratings, headers, blank }) => {
        const sheet = new OracleSheet({ ratings });
        const R = sheet.ref("ratings");
        const countOf = (rating: string) => `COUNTIF(${R},"${rating}")`;
        const rated = SCALE_ALL.map(countOf).join("+");
        const [counts] = oracle.evaluateGrid(sheet, [SCALE_ALL.map((r) => `=${countOf(r)}`)]) as number[][];
        const ours = call("RATINGDIST", asArgument(ratings, blank), headers);
        const present = SCALE_ALL.filter((_, i) => counts[i] > 0);
        if (present.length === 0) return expectSameResult(ours, { error: "#N/A" }, { ratings }); // spec: no rating
        const rows = present.map((r) => [`="${r}"`, `=${countOf(r)}`, `=${countOf(r)}/(${rated})`]);
        expectSpill(ours, headers, oracle.evaluateGrid(sheet, rows), { ratings });
      }),
      fastCheckOptions(),
    );
  });

  it("SPREADBP ≡ (yield-benchmark)*10000 with Excel's array broadcasting", () => {
    const yieldCell = cell({
      number: fc.integer({ min: 0, max: 800 }).map((k) => k / 20000),
      numberWeight: 12,
      errorWeight: 1,
    });
    const dimension = fc.integer({ min: 1, max: 4 });
    const cases = fc.record({
      yields: fc
        .record({ rows: dimension, columns: fc.integer({ min: 1, max: 2 }) })
        .chain((s) => range({ maxRows: s.rows, maxColumns: s.columns }, yieldCell)),
      benchmarks: fc.oneof(
        range({ maxRows: 1, maxColumns: 1 }, yieldCell),
        range({ maxRows: 4, maxColumns: 1 }, yieldCell),
        range({ maxRows: 1, maxColumns: 3 }, yieldCell),
      ),
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ yields, benchmarks, blank }) => {
        const sheet = new OracleSheet({ yields, benchmarks });
        const expected = oracle.evaluate(sheet, `=(${sheet.ref("yields")}-${sheet.ref("benchmarks")})*10000`);
        let ours = call("SPREADBP", asArgument(yields, blank), asArgument(benchmarks, blank));
        if (ours instanceof CustomFunctions.Error) ours = [[ours]];
        expectSameResult(ours, Array.isArray(expected) ? expected : [[expected]], { yields, benchmarks });
      }),
      fastCheckOptions(),
    );
  });
});

describe("totals that overflow are #NUM!, as Excel's SUM makes them", () => {
  /** Cells whose totals pass Excel's largest number (about 1.8E308) in some cases and not in others. */
  const hugeCell = cell({
    number: fc.constantFrom(9.99e307, -9.99e307, 5e307, 1, 2, 0.5),
    text: fc.constantFrom("x", "5"),
    numberWeight: 10,
  });
  const hugeRange = range({ maxRows: 6, maxColumns: 2 }, hugeCell);
  const formulas: [string, (refs: string[]) => string, number][] = [
    ["HHI", ([v]) => `SUMPRODUCT((IF(ISNUMBER(${v}),${v},0)/SUM(${v}))^2)*10000`, 1],
    ["TOP5SHARE", ([v]) => `SUM(LARGE(${v},SEQUENCE(2)))/SUM(${v})`, 1],
    ["DEBTRATIO", ([a, b]) => valuesRequired([a, b], `SUM(${a})/SUM(${b})`), 2],
    ["CASHCOVER", ([a, b]) => valuesRequired([a, b], `SUM(${a})/SUM(${b})`), 2],
    ["ROA", ([p, b, e]) => valuesRequired([p, b, e], `SUM(${p})/((SUM(${b})+SUM(${e}))/2)*12/12`), 3],
  ];

  it.each(formulas)("%s", (id, formula, arity) => {
    // ROA's assets at the start and the end are paired, so of one shape.
    const paired = pairedRanges({ begin: hugeCell, end: hugeCell }, { maxRows: 6, maxColumns: 2 });
    const ranges =
      id === "ROA"
        ? fc.tuple(hugeRange, paired).map(([profit, { begin, end }]) => [profit, begin, end])
        : fc.array(hugeRange, { minLength: arity, maxLength: arity });
    const cases = fc.record({ ranges, blank: blankStyle });
    fc.assert(
      fc.property(cases, ({ ranges, blank }) => {
        const names = ranges.map((_, i) => `r${i}`);
        const sheet = new OracleSheet(Object.fromEntries(ranges.map((r, i) => [names[i], r])));
        const expected = oracle.evaluate(sheet, `=${formula(names.map((n) => sheet.ref(n)))}`);
        const extra = id === "TOP5SHARE" ? [2] : [];
        const ours = call(id, ...ranges.map((r) => asArgument(r, blank)), ...extra);
        expectSameResult(ours, expected, { ranges });
      }),
      fastCheckOptions(),
    );
  });

  it("SHARE ≡ SUMIF(labels,label,values)/SUM(values)", () => {
    const cases = fc.record({
      ranges: pairedRanges({ values: hugeCell, labels: fc.constantFrom<SheetCell>("a", "b") }, { maxRows: 6 }),
      blank: blankStyle,
    });
    fc.assert(
      fc.property(cases, ({ ranges: { values, labels }, blank }) => {
        const sheet = new OracleSheet({ values, labels });
        const [V, L] = [sheet.ref("values"), sheet.ref("labels")];
        const expected = oracle.evaluate(sheet, `=IF(COUNTIF(${L},"a")=0,NA(),SUMIF(${L},"a",${V})/SUM(${V}))`);
        expectSameResult(call("SHARE", asArgument(values, blank), asArgument(labels, blank), "a"), expected, {
          values,
          labels,
        });
      }),
      fastCheckOptions(),
    );
  });
});
