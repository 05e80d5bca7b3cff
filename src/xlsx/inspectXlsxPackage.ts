import type { XlsxPackage } from "./package/xlsxPackage";
import { zipEntries, zipEntryBytes, type ZipEntry } from "./zipEntries";

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

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0];
const zipSignature = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Searches bytes for ASCII text without decoding a sheet that may be hundreds of megabytes. */
function includesBytes(haystack: Uint8Array, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  for (let at = haystack.indexOf(needle[0]); at >= 0 && at <= haystack.length - needle.length; at = haystack.indexOf(needle[0], at + 1)) {
    let matched = true;
    for (let i = 1; i < needle.length && matched; i++) matched = haystack[at + i] === needle[i];
    if (matched) return true;
  }
  return false;
}

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

/**
 * Looks inside an .xlsx file before ExcelJS opens it: whether it can be opened at all (an encrypted,
 * password-protected file is an OLE container starting D0 CF 11 E0; a renamed file is not a zip; an
 * .xlsb has a binary workbook part), which parts ExcelJS would silently drop on saving (charts, pivot
 * tables, images and drawings, macros, slicers, external links, threaded comments, form controls,
 * data connections, custom XML, sparklines, defined names that are formulas...), and whether the
 * workbook structure is protected. `inflateRaw` decompresses a part (node: zlib.inflateRawSync).
 *
 * @example
 * inspectXlsxPackage(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), () => new Uint8Array()).unreadable; // => "encrypted"
 */
export function inspectXlsxPackage(bytes: Uint8Array, inflateRaw: (data: Uint8Array) => Uint8Array): PackageInspection {
  const none: PackageInspection = { unreadable: null, partsExcelJsCannotKeep: [], structureProtected: false };
  if (startsWith(bytes, oleSignature)) return { ...none, unreadable: "encrypted" };
  const entries = startsWith(bytes, zipSignature) ? zipEntries(bytes) : null;
  if (entries === null) return { ...none, unreadable: "not-xlsx" };
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has("xl/workbook.xml")) return { ...none, unreadable: byName.has("xl/workbook.bin") ? "binary-workbook" : "not-xlsx" };

  const found = new Set<string>();
  for (const entry of entries) {
    // Folders are listed as entries of their own; only files are parts.
    if (entry.name.endsWith("/")) continue;
    for (const part of unsupportedParts) if (part.pattern.test(entry.name)) found.add(part.what);
  }
  const text = (entry: ZipEntry | undefined): string => {
    const data = entry === undefined ? null : zipEntryBytes(bytes, entry, inflateRaw);
    return data === null ? "" : new TextDecoder().decode(data);
  };
  const workbookXml = text(byName.get("xl/workbook.xml"));
  const lostNames = namesExcelJsCannotKeep(workbookXml);
  if (lostNames.length > 0) found.add(`defined names ExcelJS cannot keep (${lostNames.slice(0, 5).join(", ")}${lostNames.length > 5 ? "..." : ""})`);
  const structureProtected = /<workbookProtection\b[^>]*\blockStructure="(1|true)"/.test(workbookXml);
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const data = zipEntryBytes(bytes, entry, inflateRaw);
    if (data === null) continue;
    for (const feature of unsupportedSheetFeatures) if (includesBytes(data, feature.marker)) found.add(feature.what);
  }
  return { unreadable: null, partsExcelJsCannotKeep: [...found], structureProtected };
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
 * inspectXlsxPackage over an opened package (see package/openPackage): the same findings, with each
 * worksheet streamed rather than inflated whole, so a sheet of hundreds of megabytes is never held.
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
