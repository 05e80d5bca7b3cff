import { addinMarker, type DefinedNameEntry } from "../../core/sheets/addinMarker";
import type { SheetWritePlan } from "../../core/sheets/ownership/sheetWritePlan";
import type { SheetModel } from "../../core/sheets/sheetModel";
export { createPlans } from "../../core/sheets/ownership/createPlans";
import { refreshWorksheetXml } from "./refreshWorksheetXml";
import { sharedStringTexts } from "./readSharedStrings";
import type { XlsxPackage } from "../package/xlsxPackage";
import { WorkbookFileError } from "../workbookFileError";
import { relationshipsPartOf, relativeTarget, resolvePartName } from "./partPaths";
import { renderDrawingXml, renderLineChartXml } from "./renderLineChartXml";
import { RELATIONSHIP_NAMESPACE, renderTableXml, renderWorksheetXml, type PrintSetup } from "./renderWorksheetXml";
import { MINIMAL_STYLES_XML, StyleSheetAppender } from "./styleSheetAppender";
import { applyTextEdits, insertChildrenEdit, withAttribute, xmlOutline, type OutlineElement, type TextEdit } from "./xmlOutline";
import { decodeXmlText, escapeXml } from "./xmlText";
import { zipParts, type OutputPart } from "./zipParts";

/** Options of a write. */
export interface OutputPackageOptions {
  /** Page setup for our sheets (the README's rendering); Excel's defaults without it. */
  print?: PrintSetup;
}

/** The shared parts a write may change, and only by adding to them (or replacing entries of ours). */
export const SHARED_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"] as const;

const relationshipTypes = {
  worksheet: `${RELATIONSHIP_NAMESPACE}/worksheet`,
  styles: `${RELATIONSHIP_NAMESPACE}/styles`,
  table: `${RELATIONSHIP_NAMESPACE}/table`,
  drawing: `${RELATIONSHIP_NAMESPACE}/drawing`,
  chart: `${RELATIONSHIP_NAMESPACE}/chart`,
  sharedStrings: `${RELATIONSHIP_NAMESPACE}/sharedStrings`,
  officeDocument: `${RELATIONSHIP_NAMESPACE}/officeDocument`,
};
const contentTypes = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
// Strict Open XML (ISO 29500 strict) uses other namespaces for the same relationship types.
const strictRelationshipRoot = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
// After these children of workbook, definedNames may follow (CT_Workbook's order).
const beforeDefinedNames = ["sheets", "functionGroups", "externalReferences"];

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  element: OutlineElement;
}

function typeIs(type: string, wanted: string): boolean {
  const local = wanted.slice(wanted.lastIndexOf("/") + 1);
  return type === wanted || type === strictRelationshipRoot + local;
}

function relationshipsOf(text: string): { root: OutlineElement; list: Relationship[] } {
  const root = xmlOutline(text, 1);
  const list = root.children
    .filter((child) => child.local === "Relationship")
    .map((element) => ({ id: element.attributes.Id ?? "", type: element.attributes.Type ?? "", target: element.attributes.Target ?? "", external: element.attributes.TargetMode === "External", element }));
  return { root, list };
}

function nextRelationshipId(used: Iterable<string>): () => string {
  const taken = new Set(used);
  let n = 1;
  for (const id of taken) {
    const number = /^rId(\d+)$/.exec(id);
    if (number) n = Math.max(n, Number(number[1]) + 1);
  }
  return () => {
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n++}`;
    taken.add(id);
    return id;
  };
}

/** A text part reader that remembers what it read. */
class Parts {
  private readonly texts = new Map<string, string>();
  private readonly newNames = new Set<string>();

  constructor(readonly pkg: XlsxPackage) {}

  has(name: string): boolean {
    return this.newNames.has(name.toLowerCase()) || this.pkg.has(name);
  }

  text(name: string): string | null {
    if (this.texts.has(name)) return this.texts.get(name) as string;
    if (!this.pkg.has(name)) return null;
    const text = this.pkg.readText(name);
    this.texts.set(name, text);
    return text;
  }

  /** The first free "<folder>/<stem>N.xml". */
  freeName(folder: string, stem: string, extension = "xml"): string {
    for (let n = 1; ; n++) {
      const name = `${folder}/${stem}${n}.${extension}`;
      if (!this.has(name)) {
        this.newNames.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** Every part reachable from a part through its relationships (not external ones), the part included. */
function reachableParts(parts: Parts, start: string, into: Set<string>): void {
  if (into.has(start)) return;
  into.add(start);
  const relsName = relationshipsPartOf(start);
  const rels = parts.text(relsName);
  if (rels === null) return;
  into.add(relsName);
  for (const relationship of relationshipsOf(rels).list) {
    if (relationship.external) continue;
    const target = resolvePartName(start, relationship.target);
    if (parts.has(target)) reachableParts(parts, target, into);
  }
}

function definedNameXml(prefix: string, entry: DefinedNameEntry): string {
  return `<${prefix}definedName name="${escapeXml(entry.name)}">${escapeXml(entry.refersTo.replace(/^=/, ""))}</${prefix}definedName>`;
}

/** The r: prefix bound to the relationships namespace on the workbook's root, or null when none is. */
function relationshipPrefix(root: OutlineElement): string | null {
  for (const [attribute, value] of Object.entries(root.attributes)) {
    if ((value === RELATIONSHIP_NAMESPACE || value === strictRelationshipRoot.replace(/\/$/, "")) && attribute.startsWith("xmlns:")) return attribute.slice(6);
  }
  return null;
}

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * The input package with our sheets written into it, as .xlsx bytes. Every part of the user's is
 * copied as its compressed bytes, byte for byte; the shared parts (SHARED_PARTS) only gain entries,
 * inserted into their text without re-serialising it: the workbook gains a sheet entry and our defined
 * names, its relationships and the content types gain entries for our parts, and the styles part gains
 * our cell formats. A sheet our marker already names is replaced in the same part and tab position,
 * with its tables, drawing and charts (all ours); the markers and the plan's names are rewritten. Pure
 * and synchronous, with no Node APIs: the command line and a browser Web Worker both call it.
 *
 * Throws WorkbookFileError "name-clash" (a sheet of the user's has one of our names), "protected-sheet"
 * (a sheet of ours is protected) or "protected-structure" (sheets cannot be added), before writing anything.
 *
 * @example
 * // writeOutputPackage(openPackage(bytes, "audits.xlsx"), { sheets: outputs.models }) // => Uint8Array of the new .xlsx
 */
export function writeOutputPackage(pkg: XlsxPackage, plans: readonly SheetWritePlan[], options: OutputPackageOptions = {}): Uint8Array {
  const file = pkg.file;
  const parts = new Parts(pkg);
  const packageRels = relationshipsOf(parts.text("_rels/.rels") ?? `<Relationships xmlns="${relationshipsNamespace}"/>`);
  const officeDocument = packageRels.list.find((r) => typeIs(r.type, relationshipTypes.officeDocument));
  const workbookPart = officeDocument === undefined ? "xl/workbook.xml" : resolvePartName("", officeDocument.target);
  const workbookText = parts.text(workbookPart);
  if (workbookText === null) throw new WorkbookFileError("damaged", `${file} could not be opened as an Excel workbook; it is damaged (its workbook part is missing).`);
  const workbookRelsPart = relationshipsPartOf(workbookPart);
  const workbookRelsText = parts.text(workbookRelsPart) ?? `${declaration}<Relationships xmlns="${relationshipsNamespace}"/>`;
  const contentTypesText = parts.text("[Content_Types].xml") ?? `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;

  const workbook = xmlOutline(workbookText, 2);
  const workbookRels = relationshipsOf(workbookRelsText);
  const typesRoot = xmlOutline(contentTypesText, 1);
  const prefix = workbook.prefix;
  const rPrefix = relationshipPrefix(workbook);
  const sheetsElement = workbook.children.find((c) => c.local === "sheets");
  if (sheetsElement === undefined) throw new WorkbookFileError("damaged", `${file} could not be opened as an Excel workbook; it is damaged (its workbook part lists no sheets).`);
  const namesElement = workbook.children.find((c) => c.local === "definedNames");
  const relationshipIdOf = (sheet: OutlineElement) => Object.entries(sheet.attributes).find(([name]) => name === "r:id" || name.endsWith(":id"))?.[1] ?? "";
  const existingSheets = sheetsElement.children.map((element) => {
    const relationship = workbookRels.list.find((r) => r.id === relationshipIdOf(element));
    return { element, name: element.attributes.name ?? "", part: relationship === undefined ? null : resolvePartName(workbookPart, relationship.target) };
  });
  const names = (namesElement?.children ?? []).map((element) => ({
    element,
    name: element.attributes.name ?? "",
    refersTo: decodeXmlText(workbookText.slice(element.openEnd, element.closeStart)),
    local: element.attributes.localSheetId !== undefined,
  }));
  const marked = addinMarker.read(names.filter((n) => !n.local));

  // Check everything before changing anything.
  const targets = plans.map((plan) => {
    const model = plan.model;
    const own = marked.find((m) => m.role === model.role);
    const ownSheet = own === undefined ? undefined : existingSheets.find((s) => s.name.toLowerCase() === own.sheet.toLowerCase());
    const clash = existingSheets.find((s) => s.name.toLowerCase() === model.name.toLowerCase() && s !== ownSheet && !marked.some((m) => m.sheet.toLowerCase() === s.name.toLowerCase()));
    if (clash !== undefined) throw new WorkbookFileError("name-clash", `${file} already has a sheet called "${clash.name}" that the add-in did not write, so it was left alone and nothing was written.`);
    if (ownSheet?.part != null && /<(\w+:)?sheetProtection\b[^>]*\bsheet="(1|true)"/.test(parts.text(ownSheet.part) ?? "")) {
      throw new WorkbookFileError("protected-sheet", `The sheet "${ownSheet.name}" in ${file} is protected, so it cannot be updated. Unprotect it (Review > Unprotect Sheet) and run again; nothing was written.`);
    }
    return { plan, model, existing: ownSheet?.part == null ? null : ownSheet };
  });
  const protection = workbook.children.find((c) => c.local === "workbookProtection");
  if (protection !== undefined && /^(1|true)$/.test(protection.attributes.lockStructure ?? "") && targets.some((t) => t.existing === null)) {
    throw new WorkbookFileError("protected-structure", `${file} has its structure protected, so sheets cannot be added. Unprotect it (Review > Protect Workbook) and run again; nothing was written.`);
  }

  // Styles: the workbook's own part, gaining our formats, or a new one.
  let stylesPart = workbookRels.list.filter((r) => typeIs(r.type, relationshipTypes.styles)).map((r) => resolvePartName(workbookPart, r.target))[0] ?? null;
  const stylesIsNew = stylesPart === null || !parts.has(stylesPart);
  if (stylesPart === null) stylesPart = parts.freeName("xl", "styles");
  const styles = new StyleSheetAppender(stylesIsNew ? MINIMAL_STYLES_XML : (parts.text(stylesPart) as string));

  const newParts = new Map<string, Uint8Array>();
  const removed = new Set<string>();
  const newOverrides: { part: string; type: string }[] = [];
  const workbookEdits: TextEdit[] = [];
  const newWorkbookRels: string[] = [];
  const nextWorkbookRelId = nextRelationshipId(workbookRels.list.map((r) => r.id));
  let nextSheetId = Math.max(0, ...existingSheets.map((s) => Number(s.element.attributes.sheetId) || 0)) + 1;
  let nextTableId = 1;
  for (const entry of pkg.entries) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(entry.name)) continue;
    const id = /<(?:\w+:)?table\b[^>]*\sid="(\d+)"/.exec(parts.text(entry.name) ?? "")?.[1];
    if (id !== undefined) nextTableId = Math.max(nextTableId, Number(id) + 1);
  }
  const newSheetElements: string[] = [];

  let strings: string[] | null = null;
  const sharedStrings = (): string[] => {
    if (strings === null) {
      const part = workbookRels.list.filter((r) => typeIs(r.type, relationshipTypes.sharedStrings)).map((r) => resolvePartName(workbookPart, r.target))[0];
      const text = part === undefined ? null : parts.text(part);
      strings = text === null ? [] : sharedStringTexts(text);
    }
    return strings;
  };
  const relationshipXml = (id: string, type: string, from: string, to: string) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(from, to))}"/>`;
  const addTables = (model: SheetModel, sheetPart: string, nextId: () => string, rels: string[], headers?: string[][]) =>
    model.tables.map((table, index) => {
      const tablePart = parts.freeName("xl/tables", "table");
      const id = nextId();
      newParts.set(tablePart, bytesOf(renderTableXml(model, table, nextTableId++, headers?.[index])));
      newOverrides.push({ part: tablePart, type: contentTypes.table });
      rels.push(relationshipXml(id, relationshipTypes.table, sheetPart, tablePart));
      return id;
    });
  const addDrawing = (model: SheetModel, sheetPart: string, nextId: () => string, rels: string[]): string | null => {
    if (model.charts.length === 0) return null;
    const drawingPart = parts.freeName("xl/drawings", "drawing");
    const drawingId = nextId();
    rels.push(relationshipXml(drawingId, relationshipTypes.drawing, sheetPart, drawingPart));
    newOverrides.push({ part: drawingPart, type: contentTypes.drawing });
    const drawingRels: string[] = [];
    const chartIds = model.charts.map((chart, index) => {
      const chartPart = parts.freeName("xl/charts", "chart");
      newParts.set(chartPart, bytesOf(renderLineChartXml(model, chart)));
      newOverrides.push({ part: chartPart, type: contentTypes.chart });
      drawingRels.push(relationshipXml(`rId${index + 1}`, relationshipTypes.chart, drawingPart, chartPart));
      return `rId${index + 1}`;
    });
    newParts.set(drawingPart, bytesOf(renderDrawingXml(model.charts, chartIds)));
    newParts.set(relationshipsPartOf(drawingPart), bytesOf(`${declaration}<Relationships xmlns="${relationshipsNamespace}">${drawingRels.join("")}</Relationships>`));
    return drawingId;
  };

  for (const { plan, model, existing } of targets) {
    let sheetPart: string;
    if (existing !== null) {
      sheetPart = pkg.entry(existing.part as string)?.name ?? (existing.part as string);
      if (existing.name !== model.name) {
        const openTag = workbookText.slice(existing.element.start, existing.element.openEnd);
        workbookEdits.push({ from: existing.element.start, to: existing.element.openEnd, text: withAttribute(openTag, "name", escapeXml(model.name)) });
      }
      if (plan.kind === "refresh") {
        refreshSheet(plan, sheetPart);
        continue;
      }
      // A whole rewrite: everything the old sheet of ours pointed at (tables, drawing, charts) was ours.
      const old = new Set<string>();
      reachableParts(parts, sheetPart, old);
      old.delete(sheetPart);
      for (const name of old) if (/^xl\/(tables|drawings|charts)\//i.test(name) && !/vmlDrawing/i.test(name)) removed.add(pkg.entry(name)?.name ?? name);
      removed.add(pkg.entry(relationshipsPartOf(sheetPart))?.name ?? relationshipsPartOf(sheetPart));
    } else {
      sheetPart = parts.freeName("xl/worksheets", "sheet");
      const id = nextWorkbookRelId();
      newWorkbookRels.push(relationshipXml(id, relationshipTypes.worksheet, workbookPart, sheetPart));
      const rAttribute = rPrefix === null ? `r:id="${id}" xmlns:r="${RELATIONSHIP_NAMESPACE}"` : `${rPrefix}:id="${id}"`;
      newSheetElements.push(`<${prefix}sheet name="${escapeXml(model.name)}" sheetId="${nextSheetId++}" ${rAttribute}/>`);
      newOverrides.push({ part: sheetPart, type: contentTypes.worksheet });
    }
    const sheetRels: string[] = [];
    const nextSheetRelId = nextRelationshipId([]);
    const tableIds = addTables(model, sheetPart, nextSheetRelId, sheetRels);
    const drawingId = addDrawing(model, sheetPart, nextSheetRelId, sheetRels);
    newParts.set(sheetPart, bytesOf(renderWorksheetXml(model, styles, { tableIds, drawingId, print: options.print })));
    const sheetRelsPart = relationshipsPartOf(sheetPart);
    if (sheetRels.length > 0) {
      newParts.set(sheetRelsPart, bytesOf(`${declaration}<Relationships xmlns="${relationshipsNamespace}">${sheetRels.join("")}</Relationships>`));
      removed.delete(pkg.entry(sheetRelsPart)?.name ?? sheetRelsPart);
    }
  }

  /** A refresh in place: the sheet's own XML edited as planned; its relationships lose only our old tables and drawing. */
  function refreshSheet(plan: Extract<SheetWritePlan, { kind: "refresh" }>, sheetPart: string): void {
    const model = plan.model;
    const relsPart = relationshipsPartOf(sheetPart);
    const relsText = parts.text(relsPart);
    const rels = relsText === null ? null : relationshipsOf(relsText);
    const removedIds = new Set<string>();
    const ourTableNames = new Set(model.tables.map((t) => t.name.toLowerCase()));
    let keepsUserDrawing = false;
    for (const relationship of rels?.list ?? []) {
      if (relationship.external) continue;
      const target = resolvePartName(sheetPart, relationship.target);
      if (typeIs(relationship.type, relationshipTypes.table)) {
        const name = /<(?:\w+:)?table\b[^>]*\sname="([^"]*)"/.exec(parts.text(target) ?? "")?.[1] ?? "";
        if (!ourTableNames.has(decodeXmlText(name).toLowerCase())) continue;
        removedIds.add(relationship.id);
        removed.add(pkg.entry(target)?.name ?? target);
      } else if (typeIs(relationship.type, relationshipTypes.drawing)) {
        const drawingRels = parts.text(relationshipsPartOf(target));
        const targets = drawingRels === null ? [] : relationshipsOf(drawingRels).list;
        // A drawing holding only charts is ours; one with a user's picture or shape stays.
        if (targets.some((t) => !typeIs(t.type, relationshipTypes.chart))) {
          keepsUserDrawing = true;
          continue;
        }
        removedIds.add(relationship.id);
        const reached = new Set<string>();
        reachableParts(parts, target, reached);
        for (const name of reached) removed.add(pkg.entry(name)?.name ?? name);
      }
    }
    const added: string[] = [];
    const nextId = nextRelationshipId((rels?.list ?? []).map((r) => r.id));
    const sheetText = parts.text(sheetPart) as string;
    const sheetRoot = xmlOutline(sheetText, 0);
    const rPrefixOfSheet = relationshipPrefix(sheetRoot) ?? "r";
    // Table headers come from the refreshed cells, so the tables are made after the refresh.
    const tableIds = model.tables.map(() => nextId());
    const drawingId = keepsUserDrawing ? null : addDrawing(model, sheetPart, nextId, added);
    let text = sheetText;
    if (relationshipPrefix(sheetRoot) === null && (tableIds.length > 0 || drawingId !== null)) text = text.replace(/^([\s\S]*?<(?:\w+:)?worksheet\b)/, `$1 xmlns:r="${RELATIONSHIP_NAMESPACE}"`);
    const refreshed = refreshWorksheetXml(text, plan, styles, { removedIds, tableIds, drawingId, relationshipPrefix: rPrefixOfSheet }, sharedStrings);
    model.tables.forEach((table, index) => {
      const tablePart = parts.freeName("xl/tables", "table");
      newParts.set(tablePart, bytesOf(renderTableXml(model, table, nextTableId++, refreshed.tableHeaders[index])));
      newOverrides.push({ part: tablePart, type: contentTypes.table });
      added.push(relationshipXml(tableIds[index], relationshipTypes.table, sheetPart, tablePart));
    });
    newParts.set(sheetPart, bytesOf(refreshed.xml));
    if (rels !== null && relsText !== null) {
      const relEdits: TextEdit[] = rels.list.filter((r) => removedIds.has(r.id)).map((r) => ({ from: r.element.start, to: r.element.end, text: "" }));
      if (added.length > 0) relEdits.push(insertChildrenEdit(rels.root, relsText, added.join("")));
      if (relEdits.length > 0) newParts.set(pkg.entry(relsPart)?.name ?? relsPart, bytesOf(applyTextEdits(relsText, relEdits)));
    } else if (added.length > 0) {
      newParts.set(relsPart, bytesOf(`${declaration}<Relationships xmlns="${relationshipsNamespace}">${added.join("")}</Relationships>`));
    }
  }
  if (newSheetElements.length > 0) workbookEdits.push(insertChildrenEdit(sheetsElement, workbookText, newSheetElements.join("")));

  // Defined names: ours are replaced or deleted as planned, the user's kept as written.
  const toWrite = plans.flatMap((plan) => plan.names);
  const replacing = new Set([...toWrite.map((n) => n.name), ...plans.flatMap((plan) => plan.staleNames)].map((n) => n.toLowerCase()));
  for (const entry of names) {
    if (!entry.local && replacing.has(entry.name.toLowerCase())) workbookEdits.push({ from: entry.element.start, to: entry.element.end, text: "" });
  }
  const namesXml = toWrite.map((n) => definedNameXml(prefix, n)).join("");
  if (namesXml !== "") {
    if (namesElement !== undefined) workbookEdits.push(insertChildrenEdit(namesElement, workbookText, namesXml));
    else {
      const after = [...workbook.children].reverse().find((c) => beforeDefinedNames.includes(c.local)) as OutlineElement;
      workbookEdits.push({ from: after.end, to: after.end, text: `<${prefix}definedNames>${namesXml}</${prefix}definedNames>` });
    }
  }

  // Styles last: every sheet has asked for its formats.
  if (stylesIsNew) {
    newParts.set(stylesPart, bytesOf(styles.toXml()));
    newOverrides.push({ part: stylesPart, type: contentTypes.styles });
    newWorkbookRels.push(`<Relationship Id="${nextWorkbookRelId()}" Type="${relationshipTypes.styles}" Target="${escapeXml(relativeTarget(workbookPart, stylesPart))}"/>`);
  } else if (!styles.unchanged) newParts.set(stylesPart, bytesOf(styles.toXml()));

  newParts.set(workbookPart, bytesOf(applyTextEdits(workbookText, workbookEdits)));
  if (newWorkbookRels.length > 0) {
    newParts.set(workbookRelsPart, bytesOf(applyTextEdits(workbookRelsText, [insertChildrenEdit(workbookRels.root, workbookRelsText, newWorkbookRels.join(""))])));
  }
  const typeEdits: TextEdit[] = [];
  for (const override of typesRoot.children.filter((c) => c.local === "Override")) {
    const part = (override.attributes.PartName ?? "").replace(/^\//, "").toLowerCase();
    if ([...removed].some((name) => name.toLowerCase() === part) && !newParts.has(override.attributes.PartName?.replace(/^\//, "") ?? "")) typeEdits.push({ from: override.start, to: override.end, text: "" });
  }
  const overrides = newOverrides.map((o) => `<${typesRoot.prefix}Override PartName="/${escapeXml(o.part)}" ContentType="${o.type}"/>`).join("");
  if (overrides !== "") typeEdits.push(insertChildrenEdit(typesRoot, contentTypesText, overrides));
  if (typeEdits.length > 0) newParts.set("[Content_Types].xml", bytesOf(applyTextEdits(contentTypesText, typeEdits)));

  // The zip: the input's entries in order (copied, or replaced by ours), then the new parts.
  const output: OutputPart[] = [];
  const written = new Set<string>();
  for (const entry of pkg.entries) {
    if (removed.has(entry.name) && !newParts.has(entry.name)) continue;
    const replacement = newParts.get(entry.name);
    if (replacement !== undefined) {
      output.push({ kind: "new", name: entry.name, bytes: replacement });
      written.add(entry.name);
    } else output.push({ kind: "copy", entry });
  }
  for (const [name, bytes] of newParts) if (!written.has(name)) output.push({ kind: "new", name, bytes });
  return zipParts(output);
}
