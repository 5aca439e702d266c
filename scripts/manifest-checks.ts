/**
 * Offline checks of manifest.xml (the store's validation needs a remote service): well-formed XML, every resid
 * resolves, unique ids, https only, the shared-runtime and custom-functions wiring, URLs that point at built files,
 * and validity against the vendored Office XSDs.
 */
import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (!name || name === "#text" || name === "#comment" || name === "?xml") return null;
  const rawChildren = (node[name] as OrderedNode[]) ?? [];
  const children = rawChildren.map(toElement).filter((child): child is XmlElement => child !== null);
  const text = rawChildren
    .filter((child) => "#text" in child)
    .map((child) => String(child["#text"]))
    .join("")
    .trim();
  return { name, attributes: node[":@"] ?? {}, children, text };
}

export function parseManifest(xml: string): XmlElement {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    throw new Error(`manifest.xml is not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    commentPropName: "#comment",
  });
  const root = (parser.parse(xml) as OrderedNode[]).map(toElement).find((element) => element?.name === "OfficeApp");
  if (!root) throw new Error("manifest.xml has no <OfficeApp> root");
  return root;
}

export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

const localName = (name: string) => name.replace(/^.*:/, "");

function find(root: XmlElement, name: string): XmlElement[] {
  return allElements(root).filter((element) => localName(element.name) === name);
}

/** Resource id → its DefaultValue, over bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings. */
export function resources(root: XmlElement): Map<string, XmlElement> {
  const resourcesElement = find(root, "Resources")[0];
  const map = new Map<string, XmlElement>();
  if (!resourcesElement) return map;
  for (const element of allElements(resourcesElement)) {
    if (element.attributes.id && element.attributes.DefaultValue !== undefined) map.set(element.attributes.id, element);
  }
  return map;
}

export function unresolvedResids(root: XmlElement): string[] {
  const known = resources(root);
  return allElements(root)
    .map((element) => element.attributes.resid)
    .filter((resid): resid is string => resid !== undefined && !known.has(resid));
}

export function duplicateIds(root: XmlElement): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const element of allElements(root)) {
    const id = element.attributes.id;
    if (id === undefined) continue;
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return [...duplicates];
}

const isNamespaceDeclaration = (attribute: string) => attribute === "xmlns" || attribute.startsWith("xmlns:");

/** Every URL the manifest names, in attributes and in element text (namespace names are identifiers, not URLs). */
export function allUrls(root: XmlElement): string[] {
  const urls: string[] = [];
  for (const element of allElements(root)) {
    const attributeValues = Object.entries(element.attributes)
      .filter(([attribute]) => !isNamespaceDeclaration(attribute))
      .map(([, value]) => value);
    for (const value of [...attributeValues, element.text]) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push(value);
    }
  }
  return urls;
}

export function nonHttpsUrls(root: XmlElement): string[] {
  return allUrls(root).filter((url) => !url.startsWith("https://"));
}

/** The URLs of the CustomFunctions extension point, by role. */
export function customFunctionsUrls(root: XmlElement): Record<"Script" | "Page" | "Metadata", string[]> {
  const extension = find(root, "ExtensionPoint").find(
    (element) => element.attributes["xsi:type"] === "CustomFunctions",
  );
  if (!extension) throw new Error("no CustomFunctions extension point");
  const known = resources(root);
  const urlsOf = (role: string) =>
    find(extension, role).flatMap((element) =>
      find(element, "SourceLocation").flatMap((location) => {
        const resource = known.get(location.attributes.resid);
        if (!resource) return [];
        const overrides = find(resource, "Override").map((override) => override.attributes.Value);
        return [resource.attributes.DefaultValue, ...overrides];
      }),
    );
  return { Script: urlsOf("Script"), Page: urlsOf("Page"), Metadata: urlsOf("Metadata") };
}

/** Relative paths (in dist/) of the URLs under the base URL; a URL elsewhere is reported as a problem. */
export function builtFilesNamed(urls: string[], baseUrl: string): { files: string[]; foreign: string[] } {
  const files: string[] = [];
  const foreign: string[] = [];
  for (const url of urls) {
    if (!url.startsWith(baseUrl)) {
      foreign.push(url);
      continue;
    }
    files.push(url.slice(baseUrl.length).replace(/[?#].*$/, ""));
  }
  return { files, foreign };
}

export interface ManifestFacts {
  sharedRuntimeRequired: boolean;
  runtimes: { resid: string; lifetime: string | undefined }[];
  pageResid: string | undefined;
  taskpaneResids: string[];
  hasTaskpaneId: boolean;
  namespace: string | undefined;
  permissions: string;
  zhOverrides: string[];
  id: string;
}

/** The facts the design fixes, read from the manifest so a test can state them. */
export function manifestFacts(root: XmlElement): ManifestFacts {
  const known = resources(root);
  const cfExtension = find(root, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "CustomFunctions");
  const pageLocation = cfExtension && find(find(cfExtension, "Page")[0] ?? cfExtension, "SourceLocation")[0];
  const showTaskpane = find(root, "Action").filter((action) => action.attributes["xsi:type"] === "ShowTaskpane");
  const namespaceResid = cfExtension && find(cfExtension, "Namespace")[0]?.attributes.resid;
  return {
    sharedRuntimeRequired: find(root, "Set").some(
      (set) => set.attributes.Name === "SharedRuntime" && set.attributes.MinVersion === "1.1",
    ),
    runtimes: find(root, "Runtime").map((runtime) => ({
      resid: runtime.attributes.resid,
      lifetime: runtime.attributes.lifetime,
    })),
    pageResid: pageLocation?.attributes.resid,
    taskpaneResids: showTaskpane.map((action) => find(action, "SourceLocation")[0]?.attributes.resid),
    hasTaskpaneId: find(root, "TaskpaneId").length > 0,
    namespace: namespaceResid ? known.get(namespaceResid)?.attributes.DefaultValue : undefined,
    permissions: find(root, "Permissions")[0]?.text ?? "",
    zhOverrides: allElements(root)
      .filter((element) => localName(element.name) === "Override" && element.attributes.Locale === "zh-CN")
      .map((element) => element.attributes.Value),
    id: find(root, "Id")[0]?.text ?? "",
  };
}

/** The Office manifest XSDs, vendored with their source and local changes (see the README beside them). */
export const MANIFEST_SCHEMA_DIR = path.resolve(__dirname, "schemas/office-manifest");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The schema files of a folder; throws when the root schema is missing, so a lost schema fails the check. */
function schemaFiles(schemaDir: string): string[] {
  const files = fs.existsSync(schemaDir) ? fs.readdirSync(schemaDir).filter((file) => file.endsWith(".xsd")) : [];
  if (!files.includes(ROOT_SCHEMA)) throw new Error(`no Office manifest schema (${ROOT_SCHEMA}) in ${schemaDir}`);
  return files;
}

/** XSD validation with libxml2 (WebAssembly): the schema errors, none when the manifest is valid. */
export async function schemaErrors(xml: string, schemaDir = MANIFEST_SCHEMA_DIR): Promise<string[]> {
  const files = schemaFiles(schemaDir);
  const { validateXML } = await import("xmllint-wasm");
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [fs.readFileSync(path.join(schemaDir, ROOT_SCHEMA), "utf8")],
    preload: files.map((file) => ({
      fileName: file,
      contents: fs.readFileSync(path.join(schemaDir, file), "utf8"),
    })),
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

/** Every problem the offline checks find; the built files are checked when builtFiles is given. */
export function manifestProblems(root: XmlElement, baseUrl: string, builtFiles?: Set<string>): string[] {
  const problems: string[] = [];
  for (const resid of unresolvedResids(root)) problems.push(`resid "${resid}" resolves to no resource`);
  for (const id of duplicateIds(root)) problems.push(`id "${id}" is used more than once`);
  for (const url of nonHttpsUrls(root)) problems.push(`URL is not https: ${url}`);
  const cfUrls = customFunctionsUrls(root);
  for (const [role, urls] of Object.entries(cfUrls)) {
    if (urls.length === 0) problems.push(`CustomFunctions ${role} has no URL`);
    const { files, foreign } = builtFilesNamed(urls, baseUrl);
    for (const url of foreign) problems.push(`CustomFunctions ${role} URL ${url} is not under ${baseUrl}`);
    if (!builtFiles) continue;
    for (const file of files)
      if (!builtFiles.has(file))
        problems.push(`CustomFunctions ${role} names ${file}, which the build does not produce`);
  }
  if (builtFiles) {
    const { files } = builtFilesNamed(
      allUrls(root).filter((url) => url.startsWith(baseUrl)),
      baseUrl,
    );
    for (const file of files)
      if (!builtFiles.has(file)) problems.push(`manifest names ${file}, which the build does not produce`);
  }
  return problems;
}
