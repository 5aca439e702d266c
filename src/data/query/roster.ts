/**
 * The roster of local AMCs, indexed once per edition: companies by any of their names (full name, short name as
 * printed or corrected, aliases the report's text uses) and by province, for ROSTER, COMPANY, AMCCOUNT and FIGURE.
 */
import { canonicalShortName, EDITIONS, LATEST_EDITION, type EditionId, type RosterRecord } from "../index";
import { LookupError } from "./lookup-error";
import { closestMatches, getByName, listForMessage } from "./names";
import { PROVINCE_KEYS, provinceKey } from "./provinces";
import { nameKey } from "./text";

export interface RosterIndex {
  companies: readonly RosterRecord[];
  byName: ReadonlyMap<string, RosterRecord>;
  byProvince: ReadonlyMap<string, RosterRecord[]>;
  /** The province key of each province as the roster prints it (浙江省) and of each key (浙江). */
  provinceKeys: ReadonlyMap<string, string>;
  /** Every name a company is known by, for suggestions. */
  names: readonly string[];
}

/** Every name a company is known by: full name, short name as printed and corrected, the report's other names. */
export function namesOf(company: RosterRecord): string[] {
  return [company.full_name, company.short_name, canonicalShortName(company), ...company.aliases];
}

function buildIndex(companies: readonly RosterRecord[]): RosterIndex {
  const byName = new Map<string, RosterRecord>();
  const byProvince = new Map<string, RosterRecord[]>();
  const provinceKeys = new Map<string, string>();
  for (const company of companies) {
    for (const name of namesOf(company)) byName.set(nameKey(name), company);
    const key = provinceKey(company.province);
    const inProvince = byProvince.get(key);
    if (inProvince) inProvince.push(company);
    else byProvince.set(key, [company]);
    provinceKeys.set(company.province, key).set(key, key);
  }
  return { companies, byName, byProvince, provinceKeys, names: companies.flatMap(namesOf) };
}

const indexes = new Map<EditionId, RosterIndex>();

/** The roster index of an edition, built on first use (one per bundled edition). */
export function rosterIndex(edition: EditionId = LATEST_EDITION): RosterIndex {
  let index = indexes.get(edition);
  if (!index) {
    index = buildIndex(EDITIONS[edition].roster.records);
    indexes.set(edition, index);
  }
  return index;
}

/** The company known by this name, or undefined. */
export function companyNamed(name: string, edition?: EditionId): RosterRecord | undefined {
  return getByName(rosterIndex(edition).byName, name);
}

/** The company known by this name; #N/A with the closest names when there is none. */
export function findCompany(name: string, edition?: EditionId): RosterRecord {
  const company = companyNamed(name, edition);
  if (company) return company;
  throw new LookupError("#N/A", "unknownCompany", {
    value: name,
    suggestions: listForMessage(closestMatches(name, rosterIndex(edition).names)),
  });
}

/**
 * The key of a province as typed: looked up directly when typed as the roster prints it or as its key
 * (浙江省, 浙江), which costs less than working it out (provinceKey).
 */
export function provinceKeyOf(province: string, edition?: EditionId): string {
  return rosterIndex(edition).provinceKeys.get(province) ?? provinceKey(province);
}

/** The companies of a province (all of them for null); #N/A when the name is not a province at all. */
export function companiesIn(province: string | null, edition?: EditionId): readonly RosterRecord[] {
  const index = rosterIndex(edition);
  if (province === null) return index.companies;
  const key = provinceKeyOf(province, edition);
  const companies = index.byProvince.get(key);
  if (companies) return companies;
  if (PROVINCE_KEYS.has(key)) return [];
  throw new LookupError("#N/A", "unknownProvince", {
    value: province,
    provinces: listForMessage([...index.byProvince.keys()], 40),
  });
}

type FieldReader = (company: RosterRecord) => string | number;

/** COMPANY's fields by id, each also by its Chinese names. */
const FIELDS: [string[], FieldReader][] = [
  [["full_name", "公司名称", "全称"], (c) => c.full_name],
  [["short_name", "简称"], (c) => canonicalShortName(c)],
  [["short_name_printed", "简称原文"], (c) => c.short_name],
  [["province", "所在省份", "省份"], (c) => c.province],
  [["seq", "序号"], (c) => c.seq],
  [["aliases", "其他写法", "别名"], (c) => c.aliases.join("、")],
  [["note", "说明"], (c) => c.note ?? ""],
];
const FIELD_BY_NAME = new Map(FIELDS.flatMap(([names, read]) => names.map((name) => [nameKey(name), read] as const)));

/** Every name COMPANY's field argument takes, in English and Chinese. */
export const COMPANY_FIELD_NAMES: readonly string[] = FIELDS.flatMap(([names]) => names);

/** COMPANY's field: an English field id or its Chinese name; #VALUE! listing the fields otherwise. */
export function companyField(company: RosterRecord, field: string): string | number {
  const read = getByName(FIELD_BY_NAME, field);
  if (!read) {
    const fields = FIELDS.map(([names]) => names[0]);
    throw new LookupError("#VALUE!", "unknownField", { value: field, fields: listForMessage(fields) });
  }
  return read(company);
}
