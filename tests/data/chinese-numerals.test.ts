import fc from "fast-check";
import { numeralReadings, numeralTokens, numeralValue } from "../../data-src/checks/chinese-numerals";

const DIGIT = "零一二三四五六七八九";

/** A group of four digits in numerals, a 零 for each run of zeros between written digits: 1005 → 一千零五. */
function writeGroup(value: number): string {
  let text = "";
  let zeros = false;
  for (const [unit, size] of [
    ["千", 1000],
    ["百", 100],
    ["十", 10],
    ["", 1],
  ] as const) {
    const digit = Math.floor(value / size) % 10;
    if (digit === 0) zeros = text !== "";
    else {
      text += (zeros ? "零" : "") + DIGIT[digit] + unit;
      zeros = false;
    }
  }
  return text;
}

/** Writes 1 … 99,999,999 in Chinese numerals (一万零三百, 一十四), independently of the parser. */
function writeChinese(n: number): string {
  const [high, low] = [Math.floor(n / 10000), n % 10000];
  if (high === 0) return writeGroup(low);
  return `${writeGroup(high)}万${low > 0 && low < 1000 ? "零" : ""}${writeGroup(low)}`;
}

describe("Chinese numerals", () => {
  it.each([
    ["四", 4],
    ["两", 2],
    ["十", 10],
    ["十四", 14],
    ["二十", 20],
    ["一百零五", 105],
    ["一千零一", 1001],
    ["百亿", 100e8],
    ["千亿", 1000e8],
    ["半", 0.5],
  ])("%s is %d", (numeral, value) => {
    expect(numeralValue(numeral)).toBe(value);
  });

  it("reads every number it is given as written the usual way (1 … 99,999,999)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        expect(numeralValue(writeChinese(n))).toBe(n);
      }),
    );
  });

  it("reads 千亿 next to a unit of 亿元 as 1000 as well as 1000亿", () => {
    expect(numeralReadings("千亿")).toEqual([1000e8, 1000]);
    expect(numeralReadings("四")).toEqual([4]);
  });

  it("splits where two digits meet: 唯一一家 holds the 一 of 唯一 and the 一 of 一家", () => {
    expect(numeralTokens("唯一一家")).toEqual([
      { text: "一", offset: 1 },
      { text: "一", offset: 2 },
    ]);
    expect(numeralTokens("一千零一夜").map((token) => token.text)).toEqual(["一千零一"]);
  });

  it("finds 两参一控 as two numbers and 半 on its own", () => {
    expect(numeralTokens("最多“两参一控”，上半年").map((token) => token.text)).toEqual(["两", "一", "半"]);
  });

  it("does not take 亿 after digits (300.00亿元) or inside a name (顺亿) for a number", () => {
    expect(numeralTokens("资产300.00亿元，宁夏顺亿资产")).toEqual([]);
  });

  it("rejects a character that is not a numeral", () => {
    expect(() => numeralValue("四家")).toThrow(/家/);
  });
});
