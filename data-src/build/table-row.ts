/**
 * Authoring helpers for an edition's tables: every printed cell is read from a figure by its id, every derived cell
 * carries its formula over named figures, and the row's `sources` and `inputs` are collected as the cells are made.
 */
import type { FigureRecord, RecomputationCheck } from "../../src/data/records";

export interface Provenance {
  section: string;
  chart?: string | null;
  quote: string;
}

export interface RowProvenance {
  section: string;
  chart: string | null;
  quote: string;
  sources: string[];
  inputs: string[];
}

export type Derived<C extends string> = Record<C, number> & Record<`${C}_derived`, string>;

export interface Cells {
  /** The value of a printed figure; the figure joins the row's `sources`. */
  printed(id: string): number;
  /**
   * A derived cell and its formula: `{name}` placeholders in the template are figure ids given in `vars`, replaced by
   * their printed values; the figures join the row's `inputs`. `value` is the result rounded as the formula says.
   */
  derived<C extends string>(column: C, template: string, vars: Record<string, string>, value: number): Derived<C>;
}

/** The number as it is written into a formula: the printed digits, negatives in parentheses. */
export function formulaLiteral(figure: FigureRecord): string {
  const digits = Number.isFinite(Number(figure.printed)) ? figure.printed : String(Math.abs(figure.value));
  return figure.value < 0 ? `(-${digits})` : digits;
}

/**
 * What a recomputation compared with a printed figure can prove: nothing when the printed figure is among its
 * inputs (it is derived from the value it is compared with), an independent check otherwise.
 */
export function recomputationCheck(printedId: string, inputs: Record<string, string>): RecomputationCheck {
  return Object.values(inputs).includes(printedId) ? "derived_from_printed" : "independent";
}

export function tableBuilder(figures: FigureRecord[]) {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const figure = (id: string): FigureRecord => {
    const found = byId.get(id);
    if (!found) throw new Error(`unknown figure ${id}`);
    return found;
  };

  function fill(template: string, vars: Record<string, string>): string {
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`formula ${template}: no figure for {${name}}`);
      return formulaLiteral(figure(vars[name]));
    });
  }

  /** One table row: the fields `build` makes, plus the provenance of the figures it used. */
  function row<T extends object>(provenance: Provenance, build: (cells: Cells) => T): T & RowProvenance {
    const sources: string[] = [];
    const inputs: string[] = [];
    const addOnce = (list: string[], id: string) => {
      if (!list.includes(id)) list.push(id);
    };
    const cells: Cells = {
      printed(id) {
        addOnce(sources, id);
        return figure(id).value;
      },
      derived(column, template, vars, value) {
        Object.values(vars).forEach((id) => addOnce(inputs, id));
        return { [column]: value, [`${column}_derived`]: fill(template, vars) } as Derived<typeof column>;
      },
    };
    const fields = build(cells);
    return {
      ...fields,
      section: provenance.section,
      chart: provenance.chart ?? null,
      quote: provenance.quote,
      sources,
      inputs,
    };
  }

  return { row, figure, fill };
}
