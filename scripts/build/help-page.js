/**
 * The bundled help page (help.html): one section per AMC.* function, in English and Chinese, generated from the
 * same metadata Excel reads (functions.json and functions-zh-cn.json), so the page cannot drift from the functions.
 */

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function signature(fn) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `AMC.${fn.name}(${params.join(", ")})`;
}

function parameterList(fn) {
  const rows = (fn.parameters || []).map(
    (p) =>
      `<li><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}: ${escapeHtml(p.description)}</li>`,
  );
  return rows.length ? `<ul>${rows.join("")}</ul>` : "";
}

function functionSection(fn, lang) {
  return `<section id="${escapeHtml(fn.id)}${lang === "zh-CN" ? "-zh" : ""}" lang="${lang}">
<h2><code>${escapeHtml(signature(fn))}</code></h2>
<p>${escapeHtml(fn.description)}</p>
${parameterList(fn)}
</section>`;
}

function helpPage({ en, zh, title = "AMC Analyst · AMC.* functions / 函数说明" }) {
  const sections = en.functions.map(
    (fn, i) => functionSection(fn, "en-US") + functionSection(zh.functions[i], "zh-CN"),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI","Microsoft YaHei",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
section{border-top:1px solid #ddd;padding-top:.5rem}code{background:#f3f3f3;padding:0 .2rem}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<nav>${en.functions.map((fn) => `<a href="#${escapeHtml(fn.id)}">${escapeHtml(fn.name)}</a>`).join(" · ")}</nav>
${sections.join("\n")}
</body></html>
`;
}

module.exports = { helpPage, signature };
