/**
 * Each function's Excel formula as the metadata and the README show it: `≡ SUM(current)/SUM(prior)-1`, with what
 * the formula covers or where the function departs from it, from src/functions/reference.json (the one place the
 * formulas are written).
 */

/** The formulas of an entry without their leading `=` (`=SUMIF(…), =SUMIF(…)` → `SUMIF(…), SUMIF(…)`). */
function bareFormula(excel) {
  return excel.replace(/(^|, )=/g, "$1");
}

/** `≡ formula (note)` in English, `≡ formula（note）` in Chinese; null for a function with no Excel formula. */
function formulaText(entry, language) {
  if (!entry || !entry.excel) return null;
  const note = entry.excelNote ? entry.excelNote[language] : null;
  if (!note) return `≡ ${bareFormula(entry.excel)}`;
  return language === "zh" ? `≡ ${bareFormula(entry.excel)}（${note}）` : `≡ ${bareFormula(entry.excel)} (${note})`;
}

/** A description with the function's formula as its last sentence (the description alone when there is none). */
function withFormula(description, entry, language) {
  const formula = formulaText(entry, language);
  if (!formula) return description;
  return language === "zh" ? `${description}${formula}。` : `${description} ${formula}.`;
}

module.exports = { bareFormula, formulaText, withFormula };
