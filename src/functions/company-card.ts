/**
 * AMC.PROFILE's entity card of one local AMC (Excel.EntityCellValue): the cell shows its short name; the card shows
 * who it is (full name, province, place in the roster, other names), every figure the report prints about it as a
 * formatted number with its period, qualifier and citation, what else the report says of it, and the source and
 * edition, in sections. Property names are in the display language, so formulas read them as `=A2.省份`.
 */
import { catalogOf, figureNumberFormat, SOURCE, toCellValue, type ColumnMeta } from "../data/catalog";
import { BoundedCache } from "../data/query/bounded-cache";
import { findCompany } from "../data/query/roster";
import { formatPeriod } from "../data/periods";
import { canonicalShortName, EDITIONS, type EditionId, type FigureRecord, type RosterRecord } from "../data/index";
import {
  CARD_PHRASES,
  CARD_PROPERTIES,
  CARD_SECTIONS,
  cardPhrase,
  COMPANY_METRIC_NAMES_EN,
  QUALIFIER_WORDS,
} from "../i18n/company-card";
import { languageOf, type Language, type Locale } from "../i18n/locale";
import { formattedNumber } from "./cell-values";
import { FORMATS } from "./result-formats";

type Property = Excel.EntityPropertyType;
type Properties = Record<string, Property>;

const text = (value: string, sublabel?: string): Property => ({
  type: "String",
  basicValue: value,
  ...(sublabel ? { propertyMetadata: { sublabel } } : {}),
});

/** Text that reads empty (a company without other names): readable by formula, no line on the card. */
const emptyText = (): Property => ({
  type: "String",
  basicValue: "",
  propertyMetadata: { excludeFrom: { cardView: true } },
});

const isExcludedFromCard = (property: Property) =>
  (property as { propertyMetadata?: Excel.CellValuePropertyMetadata }).propertyMetadata?.excludeFrom?.cardView === true;

/** A metric's name on the card: the figure's own Chinese name, an English one from the card's words. */
export function metricName(figure: FigureRecord, language: Language): string {
  if (language === "zh") return figure.metric_zh;
  const english = COMPANY_METRIC_NAMES_EN[figure.metric] ?? figure.metric.replace(/_/g, " ");
  return english.charAt(0).toUpperCase() + english.slice(1);
}

/** Where a property name already names the value, a period to tell two of one metric apart: 亏损额（2024年）. */
const withPeriod = (name: string, period: string, language: Language) =>
  language === "zh" ? `${name}（${period}）` : `${name} (${period})`;

/** The figures the report prints about a company, in the report's order, each metric's latest first. */
function figuresAbout(company: RosterRecord, edition: EditionId): FigureRecord[] {
  const entity = canonicalShortName(company);
  const own = EDITIONS[edition].figures.records.filter((figure) => figure.entity === entity);
  const order = [...new Set(own.map((figure) => figure.metric))];
  const latestFirst = (a: FigureRecord, b: FigureRecord) => b.period.localeCompare(a.period);
  return order.flatMap((metric) => own.filter((figure) => figure.metric === metric).sort(latestFirst));
}

function valueColumn(edition: EditionId): ColumnMeta {
  return (catalogOf(edition).figures.columns as ColumnMeta[]).find((column) => column.id === "value")!;
}

/** A figure's sublabel: its period as analysts write it, then its qualifier (约, 超过 …). */
function figureSublabel(figure: FigureRecord, language: Language): string {
  const period = formatPeriod(figure.period, language);
  const qualifier = QUALIFIER_WORDS[figure.qualifier]?.[language];
  return qualifier ? `${period} · ${qualifier}` : period;
}

/** Where the report prints a figure (the card's source section names the report): section, chart, short quote. */
function wherePrinted(figure: FigureRecord, language: Language): string {
  if (language === "zh") return `${figure.section}${figure.chart ? `，${figure.chart}` : ""}：“${figure.quote}”`;
  return `Section ${figure.section}${figure.chart ? `, ${figure.chart}` : ""}: “${figure.quote}”`;
}

/** Every printed figure as a formatted number; a metric's latest under its name, earlier ones with their period. */
function figureProperties(figures: FigureRecord[], edition: EditionId, language: Language): Properties {
  const column = valueColumn(edition);
  const properties: Properties = {};
  for (const figure of figures) {
    const name = metricName(figure, language);
    const key = name in properties ? withPeriod(name, formatPeriod(figure.period, language), language) : name;
    const value = toCellValue(figure.value, column, figure) as number;
    properties[key] = {
      ...formattedNumber(value, figureNumberFormat(figure, language)),
      propertyMetadata: {
        sublabel: figureSublabel(figure, language),
        attribution: [{ sourceText: wherePrinted(figure, language) }],
      },
    };
  }
  return properties;
}

/** One half of a `中文 / English` note, as the data writes notes in both languages. */
function noteIn(note: string, language: Language): string {
  const [zh, en] = note.split(" / ");
  return (language === "zh" ? zh : (en ?? zh)).trim();
}

/** What else the report says of the company: dated events, and which way its bond coupons went. */
function mentionProperties(company: RosterRecord, edition: EditionId, language: Language): Properties {
  const entity = canonicalShortName(company);
  const properties: Properties = {};
  const add = (name: string, value: string) => {
    let key = name;
    for (let n = 2; key in properties; n++) key = `${name} ${n}`;
    properties[key] = text(value);
  };
  for (const event of EDITIONS[edition].events.records) {
    if (event.entity !== entity) continue;
    add(formatPeriod(event.date, language), language === "zh" ? event.event_zh : event.event_en);
  }
  for (const change of EDITIONS[edition].coupon_changes.records) {
    if (change.entity !== entity) continue;
    const direction = cardPhrase(change.direction === "up" ? CARD_PHRASES.up : CARD_PHRASES.down, language);
    const note = change.note ? `${language === "zh" ? "：" : ": "}${noteIn(change.note, language)}` : "";
    add(
      withPeriod(cardPhrase(CARD_PHRASES.couponChange, language), formatPeriod(change.period, language), language),
      direction + note,
    );
  }
  return properties;
}

function identityProperties(company: RosterRecord, edition: EditionId, language: Language): Properties {
  const name = (key: keyof typeof CARD_PROPERTIES) => CARD_PROPERTIES[key][language];
  const count = EDITIONS[edition].roster.records.length;
  const properties: Properties = {
    [name("shortName")]: text(canonicalShortName(company)),
    [name("fullName")]: text(company.full_name),
    [name("province")]: text(company.province),
    [name("sequence")]: {
      ...formattedNumber(company.seq, FORMATS.whole),
      propertyMetadata: { sublabel: cardPhrase(CARD_PHRASES.sequence, language, { count }) },
    },
    [name("aliases")]:
      company.aliases.length > 0 ? text(company.aliases.join(language === "zh" ? "、" : ", ")) : emptyText(),
  };
  if (company.short_name_corrected) properties[name("printedShortName")] = text(company.short_name);
  if (company.note) properties[name("note")] = text(noteIn(company.note, language));
  return properties;
}

/** The edition as FIGURE's edition argument takes it, with the month of its report as sublabel. */
function sourceProperties(edition: EditionId, language: Language): Properties {
  const month = /(\d{4}-\d{2})$/.exec(edition)?.[1];
  return {
    [CARD_PROPERTIES.source[language]]: text(SOURCE[language].replace(/^资料来源：|^Source: /, "")),
    [CARD_PROPERTIES.edition[language]]: text(edition, month ? formatPeriod(month, language) : undefined),
  };
}

function section(
  title: string,
  properties: Properties,
  layout: "List" | "TwoColumn" = "List",
): Excel.CardLayoutSection {
  const shown = Object.keys(properties).filter((key) => !isExcludedFromCard(properties[key]));
  return { layout, title: title, properties: shown };
}

function buildCard(company: RosterRecord, edition: EditionId, language: Language): Excel.EntityCellValue {
  const identity = identityProperties(company, edition, language);
  const figures = figureProperties(figuresAbout(company, edition), edition, language);
  if (Object.keys(figures).length === 0) {
    figures[cardPhrase(CARD_PHRASES.noFiguresLabel, language)] = text(cardPhrase(CARD_PHRASES.noFigures, language));
  }
  const mentions = mentionProperties(company, edition, language);
  const source = sourceProperties(edition, language);
  const sections = [
    section(CARD_SECTIONS.company[language], identity, "TwoColumn"),
    section(CARD_SECTIONS.figures[language], figures),
    ...(Object.keys(mentions).length > 0 ? [section(CARD_SECTIONS.mentions[language], mentions)] : []),
    section(CARD_SECTIONS.source[language], source),
  ];
  return {
    type: "Entity",
    text: canonicalShortName(company),
    properties: { ...identity, ...figures, ...mentions, ...source },
    layouts: {
      card: {
        title: { property: CARD_PROPERTIES.fullName[language] },
        subTitle: { property: CARD_PROPERTIES.province[language] },
        sections,
      },
    },
    provider: { description: cardPhrase(CARD_PHRASES.provider, language) },
  };
}

/** A value shared between calls, frozen through and through. */
function deepFrozen<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFrozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** Room for the card of every company of an edition in both languages. */
const cards = new BoundedCache<string, Excel.EntityCellValue>(128);

/** The card of the company known by `name` (any name the other functions take), in the display language. */
export function companyCard(name: string, edition: EditionId, locale: Locale): Excel.EntityCellValue {
  const company = findCompany(name, edition);
  const language = languageOf(locale);
  return cards.getOrBuild(`${edition}|${language}|${company.seq}`, () =>
    deepFrozen(buildCard(company, edition, language)),
  );
}
