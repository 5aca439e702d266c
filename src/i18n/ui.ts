/**
 * Every string of the task pane and of what it writes into workbooks, in en-US and zh-CN. The Chinese table is
 * typed by the English one's keys, so a missing or extra translation is a type error. `{name}` marks a parameter.
 */
import type { Locale } from "./locale";

const EN_US = {
  "app.title": "AMC Analyst",
  "app.subtitle": "Local AMC Industry Credit Risk Outlook 2026 · Lianhe Ratings · Dec 2025",
  "app.language": "Language",
  "app.tabs": "Sections",
  "app.loading": "Loading…",
  "office.unavailable.title": "The add-in could not connect to Office",
  "office.unavailable.body":
    "Office's JavaScript library (office.js, from appsforoffice.microsoft.com) did not load or did not answer. " +
    "Check that this computer can reach appsforoffice.microsoft.com (a proxy or firewall may block it), then close " +
    "this pane and open it again from the ribbon.",
  "tab.data": "Data",
  "tab.functions": "Functions",
  "tab.model": "Model",

  "data.search": "Search datasets, companies, provinces",
  "data.count": "{count} datasets",
  "data.noMatch": "No dataset matches “{query}”. Try a shorter word, or the other language.",
  "data.rows": "{count} rows",
  "data.asOf": "As of {date}",
  "data.chart": "Chart",
  "data.preview": "Preview of all {count} rows",
  "data.emptyCell": "—",
  "data.back": "All datasets",
  "data.where": "Insert",
  "data.where.newSheet": "On a new worksheet",
  "data.where.selection": "At the selected cell (only if the cells are empty)",
  "data.insertTable": "Insert table",
  "data.insertChart": "Insert table and chart",
  "data.inserting": "Inserting…",
  "data.inserted": "Inserted {rows} rows into “{sheet}” at {address} as table {table}.",
  "data.insertedChart": "Inserted {rows} rows into “{sheet}” at {address} as table {table}, with the chart beside it.",

  "occupied.title": "The cells are already in use",
  "occupied.body":
    "Inserting here would write {address}, but {what}. Nothing has been changed. Insert on a new worksheet instead?",
  "occupied.by.value": "{cell} holds a value",
  "occupied.by.formula": "{cell} holds a formula",
  "occupied.by.spill": "{cell} is filled by a spilled array",
  "occupied.by.numberFormat": "{cell} has a number format",
  "occupied.by.fill": "{cell} has a fill colour",
  "occupied.by.border": "{cell} has a border",
  "occupied.by.comment": "{cell} has a comment",
  "occupied.by.note": "{cell} has a note",
  "occupied.by.dataValidation": "{cell} has a data validation rule",
  "occupied.by.merged": "{cell} is part of merged cells",
  "occupied.by.table": "the cells overlap the table {table}",
  "occupied.newSheet": "Insert on a new worksheet",
  "occupied.cancel": "Cancel",

  "fn.search": "Search functions by name or description",
  "fn.count": "{count} functions",
  "fn.noMatch": "No function matches “{query}”.",
  "fn.arguments": "Arguments",
  "fn.optional": "optional",
  "fn.colon": ": ",
  "fn.equals": "Same as the Excel formula",
  "fn.example": "Example",
  "fn.result": "Result",
  "fn.errors": "Errors",
  "fn.help": "Help page",
  "fn.insert": "Insert example",
  "fn.inserted": "Wrote {formula} into {address}.",
  "fn.occupied":
    "The selected cell {address} is not empty ({what}), so nothing was written. " +
    "Select a cell with no contents and no formatting, and try again.",
  "fn.loadFailed":
    "The function list could not be loaded ({detail}). Close the pane and open it again from the ribbon.",

  "model.title": "Report model",
  "model.description":
    "Builds two new worksheets: an input table for your company sample (two periods, amounts in 亿元) with example " +
    "rows to replace, and a metrics sheet that computes the report's metrics with AMC.* formulas beside the " +
    "figures the report printed.",
  "model.build": "Build the model",
  "model.step.reading": "Checking the sheet and table names in use…",
  "model.step.writing": "Writing the input and metrics sheets…",
  "model.step.done": "Done.",
  "model.built":
    "Built “{inputs}” and “{metrics}” with {formulas} AMC formulas. Replace the grey example rows with your companies.",

  "repair.offer.title": "AMC formulas need to be re-entered",
  "repair.offer.name":
    "{count} cells with AMC.* formulas show #NAME? ({sheets}): the workbook was opened before the add-in loaded. " +
    "Excel keeps that error until a formula is re-entered; recalculating does not clear it.",
  "repair.offer.busy": "{count} cells with AMC.* formulas are stuck at #BUSY! ({sheets}).",
  "repair.offer.action": "Repair now",
  "repair.description":
    "Re-enters every AMC.* formula of the workbook, with its text unchanged, so that Excel binds it to the add-in's " +
    "functions again. Use it when cells show #NAME? or #BUSY! because the workbook was opened before the add-in " +
    "loaded. Values, other formulas and formats are not touched.",
  "repair.run": "Repair AMC formulas",
  "repair.running": "Repairing…",
  "repair.done": "Re-entered {cells} AMC formulas: {sheets}.",
  "repair.nothing": "No cell of this workbook calls an AMC.* function; nothing was changed.",
  "repair.sheet": "{sheet} ({cells})",
  "repair.separator": ", ",

  "error.title": "That did not work",
  "error.generic": "{detail} Try again; if it keeps failing, close the pane and open it again.",
  "error.cellEdit": "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  "error.protected":
    "The sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet) or choose another sheet.",
  "error.selectionUnusable":
    "Select a single cell with enough free room below and to the right of it, or insert on a new worksheet.",
  "error.noChart": "This dataset has no chart; insert it as a table.",
  "error.tooLarge": "Excel refused the request as too large. Insert the dataset on a new worksheet.",
  "error.noExcel": "Excel is not available here. Open this pane from Excel: Home › AMC Data.",
  "error.dismiss": "Dismiss",

  "excel.note": "{source}. Data as of {asOf}.",

  "model.sheet.inputs": "AMC Model Inputs",
  "model.sheet.metrics": "AMC Model Metrics",
  "model.inputs.title": "AMC sample model: inputs (amounts in 亿元, i.e. CNY 100 million)",
  "model.inputs.instructions":
    "Fill in one row per company. Grey italic rows are examples: replace or delete them. Insert rows inside the " +
    "table so the metrics include them.",
  "model.param.months": "Months covered by the current period's profit",
  "model.param.monthsHelp": "6 for January–June: ROA and ROE are annualised by 12/months, as the report does.",
  "model.param.prior": "Prior period",
  "model.param.priorValue": "2024 (balance sheet at 2024-12-31, profit for the year)",
  "model.param.current": "Current period",
  "model.param.currentValue": "2025 H1 (balance sheet at 2025-06-30, profit for January–June)",
  "model.column": "{measure} ({period})",
  "model.companyName": "Company",
  "model.rowNote": "Row note",
  "model.exampleName": "Example {letter} (replace)",
  "model.exampleMarker": "Example: replace",
  "model.period.prior": "prior",
  "model.period.current": "current",
  "model.measure.totalAssets": "Total assets",
  "model.measure.netAssets": "Net assets",
  "model.measure.liabilities": "Total liabilities",
  "model.measure.totalProfit": "Total profit",
  "model.measure.netProfit": "Net profit",
  "model.measure.cash": "Cash and equivalents",
  "model.measure.shortDebt": "Short-term debt",
  "model.metrics.title": "AMC sample model: metrics",
  "model.metrics.explanation":
    "Model values are AMC.* formulas over the input table; report values come from AMC.FIGURE (the report's " +
    "25-company sample, 2025-06-30). Difference = model − report.",
  "model.metrics.metric": "Metric",
  "model.metrics.model": "Model",
  "model.metrics.report": "Report",
  "model.metrics.difference": "Difference",
  "model.metrics.note": "Note",
  "model.metric.sampleCount": "Companies in the sample",
  "model.metric.top5Assets": "Top-5 share of total assets (current)",
  "model.metric.top5NetAssets": "Top-5 share of net assets (current)",
  "model.metric.assetsGrowth": "Growth of total assets (current on prior)",
  "model.metric.netAssetsGrowth": "Growth of net assets (current on prior)",
  "model.metric.roa": "Return on average assets, annualised",
  "model.metric.roe": "Return on average equity, annualised",
  "model.metric.debtRatio": "Debt ratio (current)",
  "model.metric.cashCover": "Cash / short-term debt (current)",
  "model.metric.hhi": "HHI of total assets (current)",
  "model.note.notPrinted": "The report's text prints no figure for this.",
  "model.note.roa": "Net profit over average total assets. The report shows it only in a chart (图表8).",
  "model.note.roe": "Net profit over average net assets. The report shows it only in a chart (图表8).",
  "model.note.debtRatio": "The report: most sample companies between 60% and 80% at 2025-06-30.",
  "model.note.cashCover": "The report: about 25%–30% on average over 2021–2024.",
  "model.note.hhi": "Concentration, 0–10000. The report prints no HHI.",
  "model.dist.assets": "Distribution of total assets (current, 亿元)",
  "model.dist.netAssets": "Distribution of net assets (current, 亿元)",
  "model.dist.bounds": "Bucket upper bounds",
  "model.dist.assetsOver300": "Companies with total assets above 300",
  "model.dist.assetsOver500": "Companies with total assets above 500",
  "model.dist.assetsOver1000": "Companies with total assets above 1000",
  "model.dist.netAssetsOver100": "Companies with net assets above 100",
  "model.dist.netAssetsOver150": "Companies with net assets above 150",

  // The pane's shell (header, tabs), the dataset list and the Workbook tab (repair, copy as values).
  "tab.workbook": "Workbook",
  "app.settings": "Display settings",
  "app.language.button": "Language: {language}",
  "app.language.zh": "中文",
  "app.language.en": "English",
  "app.theme.button": "Theme: {theme}",
  "app.theme.office": "Follow Office ({theme})",
  "app.theme.light": "Light",
  "app.theme.dark": "Dark",
  "data.rows.one": "{count} row",
  "data.withChart": "with chart",
  "data.mentions": "Mentions {names}",
  "data.mentionsMore": "Mentions {names} and {count} more",
  "data.count.one": "1 dataset",
  "data.listLabel": "Datasets",
  "data.source": "Lianhe Ratings · Local AMC Outlook 2026 · Dec 2025",
  "workbook.repair.title": "Repair AMC formulas",
  "copy.title": "Copy as values, for readers without the add-in",
  "copy.description":
    "Makes a copy of each sheet you choose in which every AMC.* result is a plain value (spilled results included, " +
    "number formats kept), with a note at the top saying from which sheet, when and from which data. Formulas that " +
    "read only their own sheet still compute; those that read other sheets, tables or names, or change on their own " +
    "(TODAY, RAND…), become values too, so the copy shows your numbers in any Excel. The originals are not changed.",
  "copy.sheets": "Sheets to copy",
  "copy.active": "{sheet} (active)",
  "copy.loading": "Reading the sheets…",
  "copy.loadFailed": "The sheets could not be read. {detail}",
  "copy.reload": "Read the sheets again",
  "copy.none": "Choose at least one sheet.",
  "copy.run": "Copy as values",
  "copy.running": "Copying…",
  "copy.done": "Made {copies}. The originals are unchanged.",
  "copy.doneSheet":
    "“{copy}” from “{sheet}” (AMC results as values: {amc}; other formulas as values: {frozen}; formulas kept: {kept})",
  "copy.separator": "; ",
  "copy.stuck":
    "Nothing was copied: AMC.* cells show #NAME? or #BUSY! on {sheets}, so their values are not the results. Repair " +
    "the AMC formulas (above), then copy again.",
  "copy.sheetSuffix": " (values)",
  "copy.note.title": "Values copy of “{sheet}”, made {time}. AMC data: {edition}.",
  "copy.note.body":
    "AMC.* results, and formulas that read other sheets, tables or names or change on their own, are values here; " +
    "other formulas still compute. The original sheet keeps its formulas.",
  "copy.edition": "{source} (edition {id})",
};

export type UiKey = keyof typeof EN_US;

const ZH_CN: Record<UiKey, string> = {
  "app.title": "地方AMC分析",
  "app.subtitle": "联合资信《地方资产管理公司行业信用风险展望 2026》· 2025年12月",
  "app.language": "语言",
  "app.tabs": "栏目",
  "app.loading": "加载中…",
  "office.unavailable.title": "加载项无法连接到 Office",
  "office.unavailable.body":
    "Office 的 JavaScript 库（office.js，来自 appsforoffice.microsoft.com）未能加载或没有响应。" +
    "请确认本机可以访问 appsforoffice.microsoft.com（代理或防火墙可能拦截了它），然后关闭此窗格，再从功能区重新打开。",
  "tab.data": "数据",
  "tab.functions": "函数",
  "tab.model": "模型",

  "data.search": "搜索数据集、公司或省份",
  "data.count": "共 {count} 个数据集",
  "data.noMatch": "没有与“{query}”匹配的数据集。请换一个更短的词，或改用另一种语言。",
  "data.rows": "{count} 行",
  "data.asOf": "截至 {date}",
  "data.chart": "图表",
  "data.preview": "全部 {count} 行预览",
  "data.emptyCell": "—",
  "data.back": "全部数据集",
  "data.where": "插入位置",
  "data.where.newSheet": "新工作表",
  "data.where.selection": "所选单元格处（仅当目标单元格为空）",
  "data.insertTable": "插入表格",
  "data.insertChart": "插入表格和图表",
  "data.inserting": "正在插入…",
  "data.inserted": "已将 {rows} 行插入工作表“{sheet}”的 {address}，表名 {table}。",
  "data.insertedChart": "已将 {rows} 行插入工作表“{sheet}”的 {address}，表名 {table}，并在旁边添加了图表。",

  "occupied.title": "目标单元格已被占用",
  "occupied.body": "在此插入将写入 {address}，但 {what}。工作簿未做任何更改。改为插入到新工作表吗？",
  "occupied.by.value": "{cell} 已有数值或文本",
  "occupied.by.formula": "{cell} 已有公式",
  "occupied.by.spill": "{cell} 位于溢出数组的区域内",
  "occupied.by.numberFormat": "{cell} 设置了数字格式",
  "occupied.by.fill": "{cell} 设置了填充颜色",
  "occupied.by.border": "{cell} 设置了边框",
  "occupied.by.comment": "{cell} 有批注",
  "occupied.by.note": "{cell} 有备注",
  "occupied.by.dataValidation": "{cell} 设置了数据验证",
  "occupied.by.merged": "{cell} 属于合并单元格",
  "occupied.by.table": "该区域与表格 {table} 重叠",
  "occupied.newSheet": "插入到新工作表",
  "occupied.cancel": "取消",

  "fn.search": "按函数名或说明搜索",
  "fn.count": "共 {count} 个函数",
  "fn.noMatch": "没有与“{query}”匹配的函数。",
  "fn.arguments": "参数",
  "fn.optional": "可选",
  "fn.colon": "：",
  "fn.equals": "等价的 Excel 公式",
  "fn.example": "示例",
  "fn.result": "结果",
  "fn.errors": "错误",
  "fn.help": "帮助页",
  "fn.insert": "插入示例",
  "fn.inserted": "已在 {address} 写入 {formula}。",
  "fn.occupied": "所选单元格 {address} 不为空（{what}），未写入任何内容。请选择一个没有内容和格式的单元格后重试。",
  "fn.loadFailed": "无法加载函数列表（{detail}）。请关闭任务窗格，再从功能区重新打开。",

  "model.title": "报告模型",
  "model.description":
    "新建两张工作表：样本企业输入表（两个期间，金额单位亿元，含待替换的示例行），以及指标表——用 AMC.* 公式计算报告中的各项指标，" +
    "并与报告印出的数值并列对比。",
  "model.build": "生成模型",
  "model.step.reading": "正在检查已使用的工作表名和表名…",
  "model.step.writing": "正在写入输入表和指标表…",
  "model.step.done": "完成。",
  "model.built": "已生成“{inputs}”和“{metrics}”，共 {formulas} 个 AMC 公式。请用您的样本企业替换灰色示例行。",

  "repair.offer.title": "AMC 公式需要重新输入",
  "repair.offer.name":
    "{count} 个含 AMC.* 公式的单元格显示 #NAME?（{sheets}）：工作簿在加载项加载前就已打开。Excel 会一直保留该错误，" +
    "直到重新输入公式；重新计算无法清除。",
  "repair.offer.busy": "{count} 个含 AMC.* 公式的单元格停留在 #BUSY!（{sheets}）。",
  "repair.offer.action": "立即修复",
  "repair.description":
    "将工作簿中所有 AMC.* 公式按原文重新输入一遍，使 Excel 重新将其绑定到加载项的函数。工作簿在加载项加载前打开、" +
    "单元格显示 #NAME? 或 #BUSY! 时使用。数值、其他公式和格式均不受影响。",
  "repair.run": "修复 AMC 公式",
  "repair.running": "正在修复…",
  "repair.done": "已重新输入 {cells} 个 AMC 公式：{sheets}。",
  "repair.nothing": "此工作簿中没有调用 AMC.* 函数的单元格，未做任何更改。",
  "repair.sheet": "{sheet}（{cells}）",
  "repair.separator": "、",

  "error.title": "操作未完成",
  "error.generic": "{detail} 请重试；如仍失败，请关闭任务窗格后重新打开。",
  "error.cellEdit": "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
  "error.protected": "工作表或工作簿受保护。请先撤销保护（审阅 › 撤销工作表保护），或改选其他工作表。",
  "error.selectionUnusable": "请选择一个单元格，并确保其右方和下方有足够的空白区域；或改为插入到新工作表。",
  "error.noChart": "该数据集没有图表，请以表格形式插入。",
  "error.tooLarge": "请求过大，Excel 拒绝执行。请改为插入到新工作表。",
  "error.noExcel": "此处无法使用 Excel。请在 Excel 中打开任务窗格：开始 › AMC Data。",
  "error.dismiss": "关闭",

  "excel.note": "{source}。数据截至 {asOf}。",

  "model.sheet.inputs": "AMC模型-输入",
  "model.sheet.metrics": "AMC模型-指标",
  "model.inputs.title": "地方AMC样本模型：输入（金额单位：亿元）",
  "model.inputs.instructions":
    "每家企业填一行。灰色斜体行为示例，请替换或删除。请在表格内部插入新行，指标才会包含这些行。",
  "model.param.months": "本期利润覆盖的月数",
  "model.param.monthsHelp": "1—6月填 6：与报告一致，总资产收益率和净资产收益率按 12/月数 简单年化。",
  "model.param.prior": "上期",
  "model.param.priorValue": "2024年（资产负债为2024年末，利润为全年）",
  "model.param.current": "本期",
  "model.param.currentValue": "2025年1—6月（资产负债为2025年6月末，利润为1—6月）",
  "model.column": "{measure}（{period}）",
  "model.companyName": "企业名称",
  "model.rowNote": "行备注",
  "model.exampleName": "示例企业{letter}（请替换）",
  "model.exampleMarker": "示例：请替换",
  "model.period.prior": "上期",
  "model.period.current": "本期",
  "model.measure.totalAssets": "资产总额",
  "model.measure.netAssets": "净资产",
  "model.measure.liabilities": "负债总额",
  "model.measure.totalProfit": "利润总额",
  "model.measure.netProfit": "净利润",
  "model.measure.cash": "现金类资产",
  "model.measure.shortDebt": "短期债务",
  "model.metrics.title": "地方AMC样本模型：指标",
  "model.metrics.explanation":
    "模型值由 AMC.* 公式根据输入表计算；报告值由 AMC.FIGURE 读取（报告的25家样本企业，2025年6月末）。差异 = 模型值 − 报告值。",
  "model.metrics.metric": "指标",
  "model.metrics.model": "模型值",
  "model.metrics.report": "报告值",
  "model.metrics.difference": "差异",
  "model.metrics.note": "说明",
  "model.metric.sampleCount": "样本企业家数",
  "model.metric.top5Assets": "前五大资产总额占比（本期）",
  "model.metric.top5NetAssets": "前五大净资产占比（本期）",
  "model.metric.assetsGrowth": "资产总额增速（本期较上期）",
  "model.metric.netAssetsGrowth": "净资产增速（本期较上期）",
  "model.metric.roa": "总资产收益率（年化）",
  "model.metric.roe": "净资产收益率（年化）",
  "model.metric.debtRatio": "资产负债率（本期）",
  "model.metric.cashCover": "现金类资产/短期债务（本期）",
  "model.metric.hhi": "资产总额HHI（本期）",
  "model.note.notPrinted": "报告正文未印出该数值。",
  "model.note.roa": "净利润/平均资产总额。报告仅在图表8中展示。",
  "model.note.roe": "净利润/平均净资产。报告仅在图表8中展示。",
  "model.note.debtRatio": "报告：2025年6月末样本企业资产负债率主要集中于60%~80%。",
  "model.note.cashCover": "报告：2021—2024年平均约为25%~30%。",
  "model.note.hhi": "集中度指数，0–10000。报告未印出HHI。",
  "model.dist.assets": "资产总额分布（本期，亿元）",
  "model.dist.netAssets": "净资产分布（本期，亿元）",
  "model.dist.bounds": "分组上限",
  "model.dist.assetsOver300": "资产总额超过300亿元的企业家数",
  "model.dist.assetsOver500": "资产总额超过500亿元的企业家数",
  "model.dist.assetsOver1000": "资产总额超过1000亿元的企业家数",
  "model.dist.netAssetsOver100": "净资产超过100亿元的企业家数",
  "model.dist.netAssetsOver150": "净资产超过150亿元的企业家数",

  // 任务窗格外框（标题栏、选项卡）、数据集列表与“工作簿”选项卡（修复、复制为数值）。
  "tab.workbook": "工作簿",
  "app.settings": "显示设置",
  "app.language.button": "语言：{language}",
  "app.language.zh": "中文",
  "app.language.en": "English",
  "app.theme.button": "主题：{theme}",
  "app.theme.office": "跟随 Office（{theme}）",
  "app.theme.light": "浅色",
  "app.theme.dark": "深色",
  "data.rows.one": "{count} 行",
  "data.withChart": "含图表",
  "data.mentions": "提及：{names}",
  "data.mentionsMore": "提及：{names}等 {count} 家",
  "data.count.one": "共 1 个数据集",
  "data.listLabel": "数据集",
  "data.source": "联合资信 · 地方AMC行业信用风险展望 2026 · 2025年12月",
  "workbook.repair.title": "修复 AMC 公式",
  "copy.title": "复制为数值，供未安装加载项者阅读",
  "copy.description":
    "为所选的每张工作表生成一份副本：所有 AMC.* 结果都转为数值（含溢出区域，保留数字格式），表头注明来源工作表、生成时间和数据版本。" +
    "只引用本表的公式照常计算；引用其他工作表、表格或名称的公式，以及会自行变化的公式（TODAY、RAND 等）也转为数值，" +
    "确保在任何 Excel 中打开都与您看到的数字一致。原工作表不作任何改动。",
  "copy.sheets": "要复制的工作表",
  "copy.active": "{sheet}（当前）",
  "copy.loading": "正在读取工作表…",
  "copy.loadFailed": "无法读取工作表。{detail}",
  "copy.reload": "重新读取",
  "copy.none": "请至少选择一张工作表。",
  "copy.run": "复制为数值",
  "copy.running": "正在复制…",
  "copy.done": "已生成 {copies}。原工作表未作改动。",
  "copy.doneSheet": "“{copy}”（源自“{sheet}”：AMC 结果 {amc} 个、其他公式 {frozen} 个转为数值，保留公式 {kept} 个）",
  "copy.separator": "；",
  "copy.stuck":
    "未复制任何内容：{sheets}中有 AMC.* 单元格显示 #NAME? 或 #BUSY!，其值并非计算结果。请先修复 AMC 公式（见上方），再复制。",
  "copy.sheetSuffix": "（数值）",
  "copy.note.title": "“{sheet}”的数值副本，生成于 {time}。AMC 数据：{edition}。",
  "copy.note.body":
    "AMC.* 结果，以及引用其他工作表、表格、名称或会自行变化的公式，在此均为数值；其余公式照常计算。原工作表保留全部公式。",
  "copy.edition": "{source}（数据版本 {id}）",
};

export const UI: Record<Locale, Record<UiKey, string>> = { "en-US": EN_US, "zh-CN": ZH_CN };

export type UiParams = Readonly<Record<string, string | number>>;

/** The string `key` in `locale` with each `{name}` replaced by `params.name`. */
export function translate(locale: Locale, key: UiKey, params: UiParams = {}): string {
  return UI[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
