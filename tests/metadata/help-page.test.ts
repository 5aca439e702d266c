/** help.html: one section per function, in both languages, with the formula, errors and worked example. */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/* eslint-disable @typescript-eslint/no-require-imports */
const { helpPage } = require("../../scripts/build/help-page");
const { localizeMetadata } = require("../../scripts/build/localize-metadata");
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");
const ZH = JSON.parse(fs.readFileSync(path.join(ROOT, "src/i18n/functions.zh-CN.json"), "utf8"));
const REFERENCE = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/reference.json"), "utf8"));

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[];
}

let en: Metadata;
let zh: Metadata;
let page: string;

const escaped = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

function sectionOf(id: string): string {
  const start = page.indexOf(`<section id="${id}">`);
  expect(start).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf("</section>", start));
}

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"));
  en = JSON.parse(result.metadataJson);
  zh = localizeMetadata(en, ZH);
  page = helpPage({ en, zh });
});

describe("help.html", () => {
  it("has one section per function, anchored by its id, and links to each", () => {
    expect(page.match(/<section id=/g)).toHaveLength(en.functions.length);
    for (const fn of en.functions) expect(page).toContain(`<a href="#${fn.id}">${fn.name}</a>`);
  });

  it("gives each function's meaning and arguments in English and Chinese", () => {
    en.functions.forEach((fn, i) => {
      const section = sectionOf(fn.id);
      expect(section).toContain(escaped(fn.description));
      expect(section).toContain(escaped(zh.functions[i].description));
      for (const p of zh.functions[i].parameters) expect(section).toContain(escaped(p.description));
      expect(section).toMatch(/lang="en"[\s\S]*lang="zh-CN"/);
    });
  });

  it("gives the Excel formula, every error in both languages and the worked example with its result", () => {
    for (const fn of en.functions) {
      const section = sectionOf(fn.id);
      const entry = REFERENCE[fn.id];
      if (entry.excel) expect(section).toContain(escaped(entry.excel));
      for (const error of entry.errors) {
        expect(section).toContain(escaped(error.en));
        expect(section).toContain(escaped(error.zh));
      }
      if (entry.excelNote) {
        expect(section).toContain(escaped(entry.excelNote.en));
        expect(section).toContain(escaped(entry.excelNote.zh));
      }
      expect(section).toContain(escaped(entry.example));
      expect(section).toContain(escaped(entry.exampleResult));
      expect(section).toContain(escaped(entry.exampleNote.zh));
    }
  });

  it("marks the errors a fix of the data cures, in both languages", () => {
    const section = sectionOf("TOP5SHARE");
    expect(section).toMatch(/<code>#NUM!<\/code> <strong>Fix the data:<\/strong> values holds fewer than n numbers/);
    expect(section).toMatch(/<code>#NUM!<\/code> <strong>数据不足：<\/strong> values 中的数字少于 n 个/);
    expect(section).toMatch(/<code>#NUM!<\/code> n is not/);
  });

  it("refuses to build when a function has no reference entry", () => {
    const { FIGURE: _dropped, ...incomplete } = REFERENCE;
    expect(() => helpPage({ en, zh, reference: incomplete })).toThrow(/no entry for FIGURE/);
  });
});
