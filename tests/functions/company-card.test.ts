/**
 * AMC.PROFILE: the card of every one of the 58 companies, found by any of its names, in both display languages:
 * the cell's text is the short name; the card holds who the company is, every figure the report prints about it
 * (each the number FIGURE returns, formatted as FIGURE formats it, with its period), what else the report says of
 * it, source and edition, in sections that list every property once. Without data types: the short name.
 */
import { figureNumberFormat } from "../../src/data/catalog";
import { formatPeriod } from "../../src/data/periods";
import { canonicalShortName, EDITIONS, LATEST_EDITION, type RosterRecord } from "../../src/data/index";
import { namesOf } from "../../src/data/query/roster";
import { CARD_PROPERTIES, CARD_SECTIONS, COMPANY_METRIC_NAMES_EN } from "../../src/i18n/company-card";
import { languageOf } from "../../src/i18n/locale";
import { formatCellValue } from "../../src/excel-rules/number-format";
import { basicValue } from "../support/data-types";
import { entityProblems } from "../support/cell-value-shapes";
import { DISPLAY_LOCALES, withDisplayLanguage } from "../support/display-language";
import { callRegistered, registeredFunctions } from "../support/registered";

const plain = registeredFunctions();
const typed = registeredFunctions({ dataTypes: true });
const edition = EDITIONS[LATEST_EDITION];
const companies = edition.roster.records;

type Card = Excel.EntityCellValue;
type Property = Excel.CellValue & { propertyMetadata?: Excel.CellValuePropertyMetadata };

it("covers the 58 companies of the roster", () => {
  expect(companies).toHaveLength(58);
});

describe.each(DISPLAY_LOCALES)("in %s", (locale) => {
  const language = languageOf(locale);
  const profile = (...args: unknown[]) => withDisplayLanguage(locale, () => callRegistered(typed, "PROFILE", ...args));
  const property = (card: Card, key: keyof typeof CARD_PROPERTIES) =>
    card.properties![CARD_PROPERTIES[key][language]] as Property;

  it.each(companies.map((company) => [canonicalShortName(company), company] as const))(
    "%s: a card Excel takes, showing the short name, found by every name the company goes by",
    (_name, company: RosterRecord) => {
      const card = profile(company.full_name) as Card;
      expect(entityProblems(card)).toEqual([]);
      expect(card.text).toBe(canonicalShortName(company));
      for (const name of namesOf(company)) expect(profile(name)).toEqual(card);
      expect(property(card, "fullName").basicValue).toBe(company.full_name);
      expect(property(card, "province").basicValue).toBe(company.province);
      expect(property(card, "sequence")).toMatchObject({ type: "Double", basicValue: company.seq, numberFormat: "0" });
      expect(property(card, "aliases").basicValue).toBe(company.aliases.join(language === "zh" ? "、" : ", "));
      expect(property(card, "edition").basicValue).toBe(LATEST_EDITION);
      expect(String(property(card, "source").basicValue)).toMatch(language === "zh" ? /联合资信/ : /Lianhe/);
    },
  );

  it.each(companies.map((company) => [canonicalShortName(company)] as const))(
    "%s: every figure the report prints about it, as FIGURE gives and formats it, with its period",
    (name) => {
      const card = profile(name) as Card;
      const figures = edition.figures.records.filter((figure) => figure.entity === name);
      const section = card.layouts!.card!.sections!.find((s) => s.title === CARD_SECTIONS.figures[language])!;
      const onCard = section.properties.map((key) => [key, card.properties![key] as Property] as const);
      if (figures.length === 0) {
        expect(onCard).toEqual([[expect.any(String), expect.objectContaining({ type: "String" })]]);
        return;
      }
      expect(onCard).toHaveLength(figures.length);
      for (const figure of figures) {
        const args = [figure.metric, figure.entity, figure.period, null];
        const value = withDisplayLanguage(locale, () => callRegistered(plain, "FIGURE", ...args));
        const period = formatPeriod(figure.period, language);
        const metric = language === "zh" ? figure.metric_zh : COMPANY_METRIC_NAMES_EN[figure.metric];
        const match = onCard
          .filter(([key]) => key === metric || key.startsWith(`${metric}${language === "zh" ? "（" : " ("}`))
          .map(([, p]) => p)
          .filter((p) => p.basicValue === value && p.propertyMetadata?.sublabel?.startsWith(period));
        expect([figure.id, match.length]).toEqual([figure.id, 1]);
        expect((match[0] as Excel.DoubleCellValue).numberFormat).toBe(figureNumberFormat(figure, language));
        expect(match[0].propertyMetadata?.attribution?.[0].sourceText).toContain(figure.quote);
      }
    },
  );

  it("names a metric's latest figure by the metric alone, so =A2.<metric> reads what FIGURE reads without a period", () => {
    const card = profile("国厚资产") as Card;
    const latest = withDisplayLanguage(locale, () => callRegistered(plain, "FIGURE", "loss", "国厚资产", null, null));
    const name = language === "zh" ? "亏损额" : "Loss";
    expect(basicValue(card.properties![name])).toBe(latest);
    const earlier = language === "zh" ? "亏损额（2024年）" : "Loss (2024)";
    expect(basicValue(card.properties![earlier])).toBe(9.21);
  });

  it("shows other names on the card only where the company has some; the field reads empty text otherwise", () => {
    const onCard = (card: Card) => card.layouts!.card!.sections!.flatMap((s) => s.properties);
    const aliasesKey = CARD_PROPERTIES.aliases[language];
    for (const company of companies) {
      const card = profile(company.full_name) as Card;
      expect([company.seq, onCard(card).includes(aliasesKey)]).toEqual([company.seq, company.aliases.length > 0]);
      const aliases = card.properties![aliasesKey] as Property;
      expect(aliases.propertyMetadata?.excludeFrom?.cardView === true).toBe(company.aliases.length === 0);
    }
    expect(companies.some((company) => company.aliases.length > 0)).toBe(true);
    expect(companies.some((company) => company.aliases.length === 0)).toBe(true);
  });

  it("shows a figure as the report prints it: 山东金资's total assets", () => {
    const card = profile("山东省金融资产管理股份有限公司") as Card;
    const assets = card.properties![language === "zh" ? "资产总额" : "Total assets"] as Excel.DoubleCellValue;
    const shown = formatCellValue(assets.basicValue, assets.numberFormat);
    expect(shown).toBe(language === "zh" ? "1,128.45 亿元" : "1,128.45 CNY 100m");
  });

  it("lists what else the report says of a company: its events and coupon changes", () => {
    const card = profile("湖北天乾资产") as Card;
    const mentions = card.layouts!.card!.sections!.find((s) => s.title === CARD_SECTIONS.mentions[language])!;
    const events = edition.events.records.filter((event) => event.entity === "湖北天乾资产");
    expect(mentions.properties).toHaveLength(events.length);
    const texts = mentions.properties.map((key) => basicValue(card.properties![key]));
    for (const event of events) expect(texts).toContain(language === "zh" ? event.event_zh : event.event_en);
    const coupon = profile("贵州资产") as Card;
    const couponSection = coupon.layouts!.card!.sections!.find((s) => s.title === CARD_SECTIONS.mentions[language])!;
    expect(String(basicValue(coupon.properties![couponSection.properties[0]]))).toMatch(
      language === "zh" ? /下降/ : /fell/,
    );
  });

  it("keeps the appendix's misprint beside the corrected short name", () => {
    const company = companies.find((c) => c.short_name_corrected)!;
    const card = profile(company.short_name_corrected) as Card;
    expect(card.text).toBe(company.short_name_corrected);
    expect(property(card, "printedShortName").basicValue).toBe(company.short_name);
  });

  it("is #N/A with the closest names for a name no company has, #VALUE! for a blank one", () => {
    const unknown = profile("浙商资本") as CustomFunctions.Error;
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toContain("浙商资产");
    expect((profile("") as CustomFunctions.Error).code).toBe("#VALUE!");
    expect((profile("浙商资产", "report-2099-01") as CustomFunctions.Error).code).toBe("#N/A");
  });

  it("takes a card where it takes a name: PROFILE, COMPANY and FIGURE read a card as its company", () => {
    const card = profile("中原资产") as Card;
    expect(profile(card)).toEqual(card);
    const company = withDisplayLanguage(locale, () => callRegistered(typed, "COMPANY", card, "province"));
    expect(company).toBe("河南省");
    const figure = withDisplayLanguage(locale, () => callRegistered(typed, "FIGURE", "total_assets", card, null, null));
    expect(basicValue(figure)).toBe(728.75);
  });
});

it("without data types, PROFILE returns the short name, as text", () => {
  for (const company of companies) {
    expect(callRegistered(plain, "PROFILE", company.full_name)).toBe(canonicalShortName(company));
  }
});

it("has an English name for every metric the report prints about a company", () => {
  const aggregates = new Set(["industry", "sample"]);
  const metrics = new Set(edition.figures.records.filter((f) => !aggregates.has(f.entity)).map((f) => f.metric));
  expect([...metrics].filter((metric) => !COMPANY_METRIC_NAMES_EN[metric])).toEqual([]);
});
