/**
 * What Excel takes as a data-typed result of a custom function, as checks that return the problems found: a
 * formatted number (Excel.DoubleCellValue: a finite basicValue and a number format of at most 255 characters), text
 * and booleans as cell values, and an entity card (Excel.EntityCellValue) whose text shows in the cell, whose
 * properties are such values with their metadata, and whose card layout lists each property once, in sections (but one excluded from the card view).
 */

/** Excel's limits: a number format code holds at most 255 characters, a cell 32,767. */
const MAX_FORMAT_LENGTH = 255;
const MAX_TEXT_LENGTH = 32_767;
const SECTION_LAYOUTS = new Set(["List", "Table", "TwoColumn"]);

type Value = Record<string, unknown>;

function metadataProblems(metadata: unknown, where: string): string[] {
  if (metadata === undefined) return [];
  const { sublabel, attribution, excludeFrom, ...rest } = metadata as Value;
  const problems: string[] = [];
  if (Object.keys(rest).length > 0) problems.push(`${where}: unknown property metadata ${Object.keys(rest)}`);
  if (sublabel !== undefined && (typeof sublabel !== "string" || sublabel === "")) problems.push(`${where}: sublabel`);
  if (attribution !== undefined) {
    const ok =
      Array.isArray(attribution) &&
      attribution.every((a) => typeof (a as Value).sourceText === "string" && (a as Value).sourceText !== "");
    if (!ok) problems.push(`${where}: attribution`);
  }
  // Excel's CellValuePropertyMetadataExclusions: where a property is left out (the card, autocomplete).
  const exclusions = new Set(["cardView", "autoComplete"]);
  if (
    excludeFrom !== undefined &&
    !Object.entries(excludeFrom as Value).every(([key, flag]) => exclusions.has(key) && typeof flag === "boolean")
  ) {
    problems.push(`${where}: excludeFrom`);
  }
  return problems;
}

/** Everything wrong with one data-typed value (an entity's property where `where` says so); [] when Excel takes it. */
export function typedValueProblems(value: unknown, where = "value"): string[] {
  const { type, basicValue, propertyMetadata } = value as Value;
  const problems = metadataProblems(propertyMetadata, where);
  switch (type) {
    case "Double": {
      const format = (value as Value).numberFormat;
      if (typeof basicValue !== "number" || !Number.isFinite(basicValue))
        problems.push(`${where}: basicValue ${basicValue}`);
      if (typeof format !== "string" || format === "" || format.length > MAX_FORMAT_LENGTH) {
        problems.push(`${where}: number format ${String(format)}`);
      }
      return problems;
    }
    case "String":
      if (typeof basicValue !== "string" || basicValue.length > MAX_TEXT_LENGTH) problems.push(`${where}: text`);
      return problems;
    case "Boolean":
      return typeof basicValue === "boolean" ? problems : [...problems, `${where}: boolean`];
    case "Entity":
      return [...problems, ...entityProblems(value as Excel.EntityCellValue)];
    default:
      return [`${where}: a value of type ${String(type)}`];
  }
}

function layoutProblems(card: Excel.EntityCellValue, names: string[]): string[] {
  const layout = card.layouts?.card;
  if (!layout) return ["no card layout"];
  const problems: string[] = [];
  for (const reference of [layout.title, layout.subTitle]) {
    if (typeof reference === "object" && !names.includes(reference.property)) {
      problems.push(`title or subtitle names no property: ${reference.property}`);
    }
  }
  const listed = (layout.sections ?? []).flatMap((section) => {
    if (!SECTION_LAYOUTS.has(section.layout)) problems.push(`section layout ${section.layout}`);
    if (!section.title) problems.push("a section without a title");
    if (section.properties.length === 0) problems.push(`section ${section.title} lists no property`);
    return section.properties;
  });
  const missing = listed.filter((name) => !names.includes(name));
  const excluded = (name: string) =>
    (card.properties![name] as { propertyMetadata?: Excel.CellValuePropertyMetadata }).propertyMetadata?.excludeFrom
      ?.cardView === true;
  const unlisted = names.filter((name) => !listed.includes(name) && !excluded(name));
  const hiddenButListed = listed.filter(excluded);
  if (hiddenButListed.length > 0) problems.push(`sections list properties excluded from the card: ${hiddenButListed}`);
  const twice = listed.filter((name, i) => listed.indexOf(name) !== i);
  if (missing.length > 0) problems.push(`sections list missing properties: ${missing}`);
  if (unlisted.length > 0) problems.push(`properties in no section: ${unlisted}`);
  if (twice.length > 0) problems.push(`properties listed twice: ${twice}`);
  return problems;
}

/** Everything wrong with an entity card as Excel would receive it; [] when Excel takes it. */
export function entityProblems(card: Excel.EntityCellValue): string[] {
  const problems: string[] = [];
  if (card.type !== "Entity") problems.push(`type ${card.type}`);
  if (typeof card.text !== "string" || card.text === "") problems.push("no text for the cell");
  if (card.referencedValues !== undefined) problems.push("referencedValues on a card that references nothing");
  const names = Object.keys(card.properties ?? {});
  if (names.length === 0) problems.push("no properties");
  const keys = names.map((name) => name.toLowerCase());
  if (new Set(keys).size !== keys.length) problems.push("property names that differ only in case");
  for (const name of names) {
    if (name.trim() !== name || name === "") problems.push(`property name "${name}"`);
    problems.push(...typedValueProblems(card.properties![name], `property ${name}`));
  }
  problems.push(...layoutProblems(card, names));
  if (typeof card.provider?.description !== "string") problems.push("no provider description");
  return problems;
}
