/**
 * The bundled help page (help.html): one section per AMC.* function (anchor #ID), each in English and Chinese, with
 * its meaning and arguments (from the same metadata Excel reads: functions.json and functions-zh-cn.json, so the page
 * cannot drift from the functions), and from src/functions/reference.json the Excel formula it equals (with what it
 * covers, or where the function departs from it), its errors (those a fix of the data cures marked as such, since
 * #NUM! and #DIV/0! carry no message in Excel) and a worked example drawn from the report.
 */
const fs = require("fs");
const path = require("path");

const REFERENCE_PATH = path.resolve(__dirname, "../../src/functions/reference.json");

const CATEGORIES_PATH = path.resolve(__dirname, "../../src/functions/categories.json");
const { namespace: NAMESPACE } = require("../../src/functions/namespace.json");
const { order: CATEGORY_ORDER, titles: CATEGORY_TITLES } = require(CATEGORIES_PATH);

const LABELS = {
  en: {
    arguments: "Arguments",
    optional: " (optional)",
    colon: ": ",
    none: "No arguments.",
    excel: "Equals this Excel formula",
    noExcel: "No single Excel formula: see the description.",
    errors: "Errors",
    noErrors: "None: blank cells and text are ignored.",
    shortfall: "Fix the data:",
    example: "Example",
    returns: "returns",
  },
  zh: {
    arguments: "参数",
    optional: "（可选）",
    colon: "：",
    none: "无参数。",
    excel: "等价的 Excel 公式",
    noExcel: "没有单一的 Excel 公式：见说明。",
    errors: "错误",
    noErrors: "无：空白单元格和文本将被忽略。",
    shortfall: "数据不足：",
    example: "示例",
    returns: "返回",
  },
};

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function signature(fn) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${fn.name}(${params.join(", ")})`;
}

function parameterList(fn, language) {
  const labels = LABELS[language];
  const rows = (fn.parameters || []).map(
    (p) =>
      `<li><code>${escapeHtml(p.name)}</code>${p.optional ? labels.optional : ""}${labels.colon}${escapeHtml(p.description)}</li>`,
  );
  return rows.length ? `<ul>${rows.join("")}</ul>` : `<p>${labels.none}</p>`;
}

function errorList(entry, language) {
  const labels = LABELS[language];
  if (!entry.errors.length) return `<p>${labels.noErrors}</p>`;
  const rows = entry.errors.map((e) => {
    const shortfall = e.shortfall ? ` <strong>${labels.shortfall}</strong>` : "";
    return `<li><code>${escapeHtml(e.code)}</code>${shortfall} ${escapeHtml(e[language])}</li>`;
  });
  return `<ul>${rows.join("")}</ul>`;
}

function languageBlock(fn, entry, language) {
  const labels = LABELS[language];
  const note = entry.excelNote ? `<p>${escapeHtml(entry.excelNote[language])}</p>` : "";
  const excel = entry.excel ? `<pre><code>${escapeHtml(entry.excel)}</code></pre>${note}` : `<p>${labels.noExcel}</p>`;
  return `<div lang="${language === "zh" ? "zh-CN" : "en"}" class="${language}">
<p>${escapeHtml(fn.description)}</p>
<h3>${labels.arguments}</h3>
${parameterList(fn, language)}
<h3>${labels.excel}</h3>
${excel}
<h3>${labels.errors}</h3>
${errorList(entry, language)}
<h3>${labels.example}</h3>
<pre><code>${escapeHtml(entry.example)}</code></pre>
<p>${labels.returns} <code>${escapeHtml(entry.exampleResult)}</code></p>
<p>${escapeHtml(entry.exampleNote[language])}</p>
</div>`;
}

function functionSection(en, zh, entry) {
  const category = CATEGORY_TITLES[entry.category];
  return `<section id="${escapeHtml(en.id)}">
<h2><code>${escapeHtml(signature(en))}</code> <small>${escapeHtml(category.en)} · ${escapeHtml(category.zh)}</small></h2>
${languageBlock(en, entry, "en")}
${languageBlock(zh, entry, "zh")}
</section>`;
}

/** Read afresh on every build, so that the dev server's rebuilds pick up edits. */
function loadReference() {
  return JSON.parse(fs.readFileSync(REFERENCE_PATH, "utf8"));
}

/** The functions in category order (then as in functions.json), each with its zh metadata and reference entry. */
function orderedFunctions(en, zh, reference) {
  const missing = en.functions.filter((fn) => !reference[fn.id]).map((fn) => fn.id);
  if (missing.length) throw new Error(`reference.json has no entry for ${missing.join(", ")}`);
  const zhById = new Map(zh.functions.map((fn) => [fn.id, fn]));
  const rank = (fn) => CATEGORY_ORDER.indexOf(reference[fn.id].category);
  return [...en.functions]
    .map((fn, index) => ({ en: fn, zh: zhById.get(fn.id), entry: reference[fn.id], index }))
    .sort((a, b) => rank(a.en) - rank(b.en) || a.index - b.index);
}

function navigation(functions) {
  return CATEGORY_ORDER.map((category) => {
    const links = functions
      .filter((f) => f.entry.category === category)
      .map((f) => `<a href="#${escapeHtml(f.en.id)}">${escapeHtml(f.en.name)}</a>`);
    if (!links.length) return "";
    const title = CATEGORY_TITLES[category];
    return `<li><strong>${escapeHtml(title.en)} · ${escapeHtml(title.zh)}</strong>: ${links.join(" · ")}</li>`;
  }).join("");
}

/** The help page runs no script and loads nothing: only its own inline styles are allowed. */
const HELP_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function helpPage({ en, zh, reference = loadReference(), title = "AMC Analyst · AMC.* functions / 函数说明" }) {
  const functions = orderedFunctions(en, zh, reference);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${HELP_PAGE_CSP}">
<title>${escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI","Microsoft YaHei",sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
section{border-top:1px solid #ddd;padding-top:.5rem;margin-top:1.5rem}code{background:#f3f3f3;padding:0 .2rem}
pre{background:#f3f3f3;padding:.5rem;overflow-x:auto;white-space:pre-wrap}h2 small{font-weight:normal;color:#595959}
h3{font-size:1rem;margin-bottom:.25rem}.zh{border-left:3px solid #ddd;padding-left:.75rem;margin-top:1rem}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>Percentages are decimals (2.60% is 0.026); dates are Excel dates or text like 2025-11-30; blank cells, text and TRUE/FALSE inside a range are ignored, as SUM ignores them. An error value in a range (#N/A from a lookup) is treated as the function's Excel formula treats it: it is the result where SUM would return it; SUMIF-style functions (SHARE, TERMSHARE, ISSUANCESPLIT, BONDFLOWS) take it only from a row their criteria take; SPREADBP and TOPN show it in its own cell.<br>
<span lang="zh-CN">百分比为小数（2.60% 即 0.026）；日期可为 Excel 日期或 2025-11-30 这样的文本；区域中的空白单元格、文本和 TRUE/FALSE 将被忽略，与 SUM 相同。区域中的错误值（如查找失败的 #N/A）按函数对应的 Excel 公式处理：SUM 会返回错误之处即返回该错误；SUMIF 类函数（SHARE、TERMSHARE、ISSUANCESPLIT、BONDFLOWS）仅当该行符合条件时返回它；SPREADBP 与 TOPN 将其显示在对应单元格中。</span></p>
<nav><ul>${navigation(functions)}</ul></nav>
${functions.map((f) => functionSection(f.en, f.zh, f.entry)).join("\n")}
</body></html>
`;
}

module.exports = { helpPage, loadReference, signature, REFERENCE_PATH, CATEGORIES_PATH, HELP_PAGE_CSP };
