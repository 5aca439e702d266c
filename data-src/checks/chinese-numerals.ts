/** Numbers written in Chinese numerals (四家, 两参一控, 千亿, 十四届, 上半年): where they stand in a text and their value. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SECTIONS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const HALF = "半";

/** A run of numeral characters, or 半 on its own. */
const RUN = /[零〇一二三四五六七八九两十百千万亿]+|半/g;
const NON_ZERO_DIGIT = /[一二三四五六七八九两]/;

export interface NumeralToken {
  text: string;
  offset: number;
}

/**
 * The numerals of a text. A run splits where two digits meet, since a number never writes them side by side
 * (唯一一家 is 唯一 + 一家; 一千零一 stays whole); a run of 万 or 亿 alone is a unit after digits (300.00亿元) or part
 * of a word (顺亿), not a number.
 */
export function numeralTokens(text: string): NumeralToken[] {
  const tokens: NumeralToken[] = [];
  for (const match of text.matchAll(RUN)) {
    let start = 0;
    for (let index = 1; index <= match[0].length; index++) {
      const atEnd = index === match[0].length;
      if (!atEnd && !(NON_ZERO_DIGIT.test(match[0][index - 1]) && match[0][index] in DIGITS)) continue;
      const piece = match[0].slice(start, index);
      if (!/^[万亿]+$/.test(piece)) tokens.push({ text: piece, offset: match.index! + start });
      start = index;
    }
  }
  return tokens;
}

/** The value of one numeral token: 十四 → 14, 两 → 2, 千亿 → 100000000000, 半 → 0.5. */
export function numeralValue(numeral: string): number {
  if (numeral === HALF) return 0.5;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const character of numeral) {
    if (character in DIGITS) digit = DIGITS[character];
    else if (character in UNITS) {
      section += (digit || 1) * UNITS[character];
      digit = 0;
    } else if (character in SECTIONS) {
      total += (section + digit || 1) * SECTIONS[character];
      section = 0;
      digit = 0;
    } else throw new Error(`${numeral}: ${character} is not a Chinese numeral`);
  }
  return total + section + digit;
}

/**
 * The values a numeral may stand for next to a unit: itself, and without its trailing 万 or 亿 where that is part of
 * the unit the figure counts in (千亿 of 亿元 is 1000).
 */
export function numeralReadings(numeral: string): number[] {
  const withoutSection = numeral.replace(/[万亿]$/, "");
  return withoutSection === numeral ? [numeralValue(numeral)] : [numeralValue(numeral), numeralValue(withoutSection)];
}
