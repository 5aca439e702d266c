const ts = require("typescript"); const path = require("path"); const fs = require("fs");
const configPath = ts.findConfigFile(".", ts.sys.fileExists, "tsconfig.json");
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, ".");
const files = config.fileNames;
const host = { getScriptFileNames: () => files, getScriptVersion: () => "1", getScriptSnapshot: (f) => fs.existsSync(f) ? ts.ScriptSnapshot.fromString(fs.readFileSync(f, "utf8")) : undefined,
  getCurrentDirectory: () => process.cwd(), getCompilationSettings: () => config.options, getDefaultLibFileName: ts.getDefaultLibFilePath, fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory };
const ls = ts.createLanguageService(host);
const program = ls.getProgram();
const dirs = process.argv.slice(2);
for (const sf of program.getSourceFiles()) {
  const rel = path.relative(process.cwd(), sf.fileName);
  if (!dirs.some((d) => rel.startsWith(d))) continue;
  ts.forEachChild(sf, (node) => {
    const isExport = node.modifiers && node.modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    let names = [];
    if (isExport) {
      if (node.name) names.push(node.name);
      if (ts.isVariableStatement(node)) names.push(...node.declarationList.declarations.map((d) => d.name));
    }
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) names.push(...node.exportClause.elements.map((e) => e.name));
    for (const name of names) {
      const refs = (ls.findReferences(sf.fileName, name.getStart()) || []).flatMap((r) => r.references).map((r) => path.relative(process.cwd(), r.fileName));
      const outside = refs.filter((f) => f !== rel);
      const inSrc = outside.filter((f) => f.startsWith("src/"));
      const elsewhere = outside.filter((f) => !f.startsWith("src/"));
      if (inSrc.length === 0) console.log(`${rel}: ${name.getText()}  ${elsewhere.length ? "(only " + [...new Set(elsewhere)].join(", ") + ")" : "(nothing)"}`);
    }
  });
}
