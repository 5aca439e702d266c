/** Authoring helpers for an edition's figures: a compact spec in, a full figure record out. */
import { figureId } from "../../src/data/ids";
import type { FigureRecord, Qualifier } from "../../src/data/records";

export interface FigureSpec {
  metric: string;
  zh: string;
  entity: string;
  period: string;
  /** The number as printed; its value is read from it unless `value` is given (numbers printed in words). */
  printed: string;
  value?: number;
  /** -1 for a printed decline or fall (下降16.21% → -16.21). */
  sign?: -1;
  unit: string;
  q?: Qualifier;
  section: string;
  chart?: string;
  quote: string;
  also?: string[];
  threshold?: { value: number; printed: string; unit: string };
  asOf?: string;
  note?: string;
}

function valueOf(spec: FigureSpec): number {
  if (spec.value !== undefined) return spec.value;
  const parsed = Number(spec.printed);
  if (!Number.isFinite(parsed)) throw new Error(`${spec.metric}: printed "${spec.printed}" is not a number`);
  return (spec.sign ?? 1) * parsed;
}

export function toFigureRecord(spec: FigureSpec): FigureRecord {
  return {
    id: figureId(spec.metric, spec.entity, spec.period),
    metric: spec.metric,
    metric_zh: spec.zh,
    entity: spec.entity,
    period: spec.period,
    value: valueOf(spec),
    printed: spec.printed,
    unit: spec.unit,
    qualifier: spec.q ?? "exact",
    threshold: spec.threshold?.value ?? null,
    threshold_printed: spec.threshold?.printed ?? null,
    threshold_unit: spec.threshold?.unit ?? null,
    as_of: spec.asOf ?? null,
    also_quoted: spec.also ?? [],
    note: spec.note ?? null,
    inconsistencies: [],
    section: spec.section,
    chart: spec.chart ?? null,
    quote: spec.quote,
  };
}
