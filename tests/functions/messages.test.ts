/** Every message a function can show exists in both languages and fills in what it names. */
import fs from "fs";
import path from "path";
import { formatMessage, hasMessage, messageKeys } from "../../src/i18n/messages";
import { describe as describeCell } from "../../src/metrics/coercion";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The message keys the source passes to its errors: `new MetricError("#N/A", "unknownMetric", …)`,
 * `new LookupError(…)`, `sharedError("#VALUE!", "noNumber", …)`, an argument's `failure("#VALUE!", …)`.
 */
const THROWN = /(?:new (?:MetricError|LookupError)|sharedError|failure)\(\s*"#[A-Z/!0?]+",\s*"(\w+)"/g;
const thrownKeys = [
  ...new Set(sourceFiles(SRC).flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(THROWN)].map((m) => m[1]))),
];

describe("error messages", () => {
  it("finds the keys the metrics and lookups throw (the scan works)", () => {
    expect(thrownKeys).toEqual(expect.arrayContaining(["shapeMismatch", "unknownCompany", "periodNotFound"]));
  });

  it.each(thrownKeys)("%s is written in English and Chinese", (key) => {
    expect(hasMessage(key)).toBe(true);
    const params = { argument: "values", value: "X", first: "a", second: "b", metric: "m", entity: "e" };
    expect(formatMessage(key, "en-US", params)).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]/);
    expect(formatMessage(key, "zh-CN", params)).toMatch(/[\u4e00-\u9fff]/);
  });

  it("quotes what the analyst typed at most about 100 characters long, its start and its end kept", () => {
    const typed = `"${"浙".repeat(50_000)}x"`;
    for (const locale of ["en-US", "zh-CN"] as const) {
      const message = formatMessage("unknownCompany", locale, { value: typed, suggestions: "浙商资产" });
      expect(message.length).toBeLessThan(300);
      expect(message).toMatch(/"浙+…浙+x"/);
      expect(formatMessage("notANumber", locale, { argument: "n", value: '"abc"' })).toContain('"abc"');
    }
  });

  it("describes a blank cell in the display language", () => {
    const params = { argument: "start", value: describeCell(null) };
    expect(formatMessage("notADate", "en-US", params)).toMatch(/it is \(blank\)\.$/);
    expect(formatMessage("notADate", "zh-CN", params)).toMatch(/当前为 ?（空白）。$/);
    expect(formatMessage("notADate", "zh-CN", { ...params, value: describeCell("(blank)") })).toContain('"(blank)"');
  });

  it("keeps no message nobody throws", () => {
    const unused = messageKeys().filter((key) => !thrownKeys.includes(key) && key !== "unexpected");
    expect(unused).toEqual([]);
  });
});
