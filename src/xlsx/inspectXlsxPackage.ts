import type { XlsxPackage } from "./package/xlsxPackage";

/** What we learn about an .xlsx file before ExcelJS opens it. */
export interface PackageInspection {
  /** Why the bytes cannot be opened at all, or null. */
  unreadable: "not-xlsx" | "encrypted" | "binary-workbook" | null;
  /** Parts of the user's workbook ExcelJS would drop on saving, in plain English ("charts", "macros"). */
  partsExcelJsCannotKeep: string[];
  /** The workbook's structure is protected: sheets cannot be added. */
  structureProtected: boolean;
}

/** Parts ExcelJS does not read or write back, by the folder or file they live in. */
const unsupportedParts: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/charts\//, what: "charts" },
  { pattern: /^xl\/chartsheets\//, what: "chart sheets" },
  { pattern: /^xl\/pivot(Tables|Cache)\//, what: "pivot tables" },
  { pattern: /^xl\/media\//, what: "images" },
  // Notes (comments) are drawn with vmlDrawing parts, which ExcelJS does keep.
  { pattern: /^xl\/drawings\/(?!vmlDrawing|_rels\/vmlDrawing)/, what: "drawings (images, shapes or charts)" },
  { pattern: /^xl\/vbaProject\.bin$/i, what: "macros" },
  { pattern: /^xl\/slicer(s|Caches)\//, what: "slicers" },
  { pattern: /^xl\/timeline(s|Caches)\//, what: "timelines" },
  { pattern: /^xl\/externalLinks\//, what: "links to other workbooks" },
  { pattern: /^xl\/threadedComments\//, what: "threaded comments" },
  { pattern: /^xl\/(ctrlProps|activeX)\//, what: "form controls" },
  { pattern: /^xl\/embeddings\//, what: "embedded objects" },
  { pattern: /^xl\/(connections\.xml$|queryTables\/)/, what: "data connections or queries" },
  { pattern: /^xl\/model\//, what: "a data model (Power Pivot)" },
  { pattern: /^xl\/richData\//, what: "pictures in cells or linked data types" },
  { pattern: /^xl\/metadata\.xml$/, what: "dynamic array formulas" },
  { pattern: /^customXml\//, what: "custom XML (such as sensitivity labels or SharePoint properties)" },
  { pattern: /^docProps\/custom\.xml$/, what: "custom document properties" },
];

/** Extensions inside sheet XML that ExcelJS drops. */
const unsupportedSheetFeatures: readonly { marker: string; what: string }[] = [
  { marker: "<x14:sparklineGroups", what: "sparklines" },
  { marker: "<x14:dataValidations", what: "dropdowns that refer to other sheets" },
  { marker: "<x14:slicerList", what: "slicers" },
];

// Names Excel makes and remakes itself, which ExcelJS may drop without loss.
const regeneratedNames = /^_xlnm\._FilterDatabase$|^_xlfn\.|^_xlpm\./i;
// Print settings ExcelJS carries as worksheet properties.
const carriedBuiltInNames = /^_xlnm\.Print_(Area|Titles)$/i;
// ExcelJS keeps a defined name only when it is a list of absolute cell ranges on named sheets.
const absoluteRange = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$/;

function decodeXml(text: string): string {
  return text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Defined names ExcelJS would drop: formulas and constants, sheet-level names, hidden names. */
function namesExcelJsCannotKeep(workbookXml: string): string[] {
  const lost: string[] = [];
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attributes = match[1];
    const name = decodeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? "");
    if (regeneratedNames.test(name) || carriedBuiltInNames.test(name)) continue;
    const ranges = decodeXml(match[2]).split(",");
    const sheetLevel = /\blocalSheetId=/.test(attributes);
    const hidden = /\bhidden="(1|true)"/.test(attributes);
    if (sheetLevel || hidden || !ranges.every((range) => absoluteRange.test(range.trim()))) lost.push(name);
  }
  return lost;
}

/** Whether streamed text holds any of the markers, keeping enough of each piece's end to catch one split across pieces. */
function streamHolds(pkg: XlsxPackage, part: string, markers: readonly string[]): Set<string> {
  const found = new Set<string>();
  const overlap = Math.max(...markers.map((marker) => marker.length)) - 1;
  let tail = "";
  pkg.streamText(part, (text) => {
    const window = tail + text;
    for (const marker of markers) if (window.includes(marker)) found.add(marker);
    tail = window.slice(-overlap);
  });
  return found;
}

/**
 * Looks inside an opened .xlsx package (see package/openPackage; it has already refused an encrypted
 * file, a renamed one and a damaged zip): whether it is a workbook at all (an .xlsb has a binary
 * workbook part; a .docx none), which parts ExcelJS would silently drop on saving (charts, pivot
 * tables, images and drawings, macros, slicers, external links, threaded comments, form controls,
 * data connections, custom XML, sparklines, defined names that are formulas...), and whether the
 * workbook structure is protected. Each worksheet is streamed rather than inflated whole, so a sheet
 * of hundreds of megabytes is never held.
 *
 * @example
 * // inspectPackage(openPackage(bytes, "audits.xlsx")).partsExcelJsCannotKeep // => ["charts"]
 */
export function inspectPackage(pkg: XlsxPackage): PackageInspection {
  if (!pkg.has("xl/workbook.xml")) return { unreadable: pkg.has("xl/workbook.bin") ? "binary-workbook" : "not-xlsx", partsExcelJsCannotKeep: [], structureProtected: false };
  const found = new Set<string>();
  for (const entry of pkg.entries) {
    if (entry.name.endsWith("/")) continue;
    for (const part of unsupportedParts) if (part.pattern.test(entry.name)) found.add(part.what);
  }
  const workbookXml = pkg.readText("xl/workbook.xml");
  const lostNames = namesExcelJsCannotKeep(workbookXml);
  if (lostNames.length > 0) found.add(`defined names ExcelJS cannot keep (${lostNames.slice(0, 5).join(", ")}${lostNames.length > 5 ? "..." : ""})`);
  const structureProtected = /<workbookProtection\b[^>]*\blockStructure="(1|true)"/.test(workbookXml);
  const markers = unsupportedSheetFeatures.map((feature) => feature.marker);
  for (const entry of pkg.entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const held = streamHolds(pkg, entry.name, markers);
    for (const feature of unsupportedSheetFeatures) if (held.has(feature.marker)) found.add(feature.what);
  }
  return { unreadable: null, partsExcelJsCannotKeep: [...found], structureProtected };
}
