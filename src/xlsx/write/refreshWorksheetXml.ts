import { columnLetter } from "../../core/audit/columnLetter";
import { parseRangeAddress } from "../../core/sheets/parseRangeAddress";
import { rangeAddress } from "../../core/sheets/rangeAddress";
import type { CellWrite } from "../../core/sheets/ownership/sheetWritePlan";
import type { CellRange, ColumnSpec, SheetModel } from "../../core/sheets/sheetModel";
import { decodeXmlText } from "./xmlText";
import { cellXmlWithFormat, conditionalFormatsXml, paneXml, validationsXml } from "./renderWorksheetXml";
import type { StyleSheetAppender } from "./styleSheetAppender";
import { applyTextEdits, xmlOutline, type OutlineElement, type TextEdit } from "./xmlOutline";

// CT_Worksheet's children in schema order, to insert a missing element in its place.
const worksheetOrder = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
  "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** A refresh of one of our sheets, as the core planned it (see core/sheets/ownership). */
export interface WorksheetRefresh {
  model: SheetModel;
  clear: readonly CellRange[];
  writes: readonly CellWrite[];
  columns: readonly ColumnSpec[];
}

/** Relationships the package writer changed for the sheet. */
export interface RefreshLinks {
  /** Relationship ids of our old tables and drawing, whose references go. */
  removedIds: ReadonlySet<string>;
  /** New table relationship ids, one per model table. */
  tableIds: readonly string[];
  /** A new drawing of ours, or null. */
  drawingId: string | null;
  /** The r: prefix the sheet binds to the relationships namespace ("r"). */
  relationshipPrefix: string;
}

interface RowEntry {
  /** The row's opening tag without its spans (which would go stale), or null for a new row. */
  openTag: string | null;
  cells: Map<number, string>;
}

const cellReference = /^([A-Z]{1,3})(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

function inside(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function rangesOf(sqref: string): CellRange[] {
  return sqref
    .split(/\s+/)
    .map((part) => parseRangeAddress(part.replace(/\$/g, "")))
    .filter((range): range is CellRange => range !== null);
}

/** The text a cell shows: shared or inline string, formula text result, or the number as written. */
function cellText(xml: string, sharedStrings: () => readonly string[]): string {
  const type = /^<c\b[^>]*\st="([^"]*)"/.exec(xml)?.[1];
  if (type === "inlineStr") return [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => decodeXmlText(m[1])).join("");
  const value = /<v>([^<]*)<\/v>/.exec(xml)?.[1];
  if (value === undefined) return "";
  if (type === "s") return sharedStrings()[Number(value)] ?? "";
  return decodeXmlText(value);
}

/**
 * The XML of one of our sheets after a refresh planned in the core: the `clear` ranges emptied (values,
 * formats, merges inside them), the `writes` made (a null style keeps the cell's own format; a
 * number-format-only style changes only its number format), and the model's merges, conditional
 * formats and validations replacing those of ours (those that fall on cleared ranges or on the model's
 * own ranges), column widths for the planned columns, the frozen panes, and the references to our
 * tables and drawing. Every other element and cell of the sheet (a user's formulas, links, notes,
 * formats, rows and columns) is kept as written. Returns the new text and the text of each table's
 * header cells, for the table parts.
 *
 * @example
 * // refreshWorksheetXml(oldXml, refresh, styles, links, () => strings).xml
 */
export function refreshWorksheetXml(source: string, refresh: WorksheetRefresh, styles: StyleSheetAppender, links: RefreshLinks, sharedStrings: () => readonly string[]): { xml: string; tableHeaders: string[][] } {
  const root = xmlOutline(source, 3);
  const child = (local: string) => root.children.find((c) => c.local === local);
  const edits: TextEdit[] = [];
  const insertions = new Map<string, string>();
  const replace = (element: OutlineElement, text: string) => edits.push({ from: element.start, to: element.end, text });

  // Cells.
  const sheetData = child("sheetData");
  const rows = new Map<number, RowEntry>();
  let rowNumber = 0;
  for (const rowElement of sheetData?.children ?? []) {
    rowNumber = Number(rowElement.attributes.r ?? rowNumber + 1);
    const openTag = source.slice(rowElement.start, rowElement.openEnd).replace(/\sspans="[^"]*"/, "").replace(/\s*\/>$/, ">");
    const cells = new Map<number, string>();
    let column = 0;
    for (const cell of rowElement.children) {
      const reference = cellReference.exec(cell.attributes.r ?? "");
      column = reference === null ? column + 1 : columnNumber(reference[1]);
      cells.set(column, source.slice(cell.start, cell.end));
    }
    rows.set(rowNumber, { openTag, cells });
  }
  for (const range of refresh.clear) {
    for (const [number, row] of rows) {
      if (number < range.top || number > range.bottom) continue;
      for (const column of [...row.cells.keys()]) if (inside(range, number, column)) row.cells.delete(column);
    }
  }
  for (const write of refresh.writes) {
    let row = rows.get(write.row);
    if (row === undefined) {
      row = { openTag: null, cells: new Map() };
      rows.set(write.row, row);
    }
    const before = row.cells.get(write.column);
    const existing = before === undefined ? 0 : Number(/^<c\b[^>]*\ss="(\d+)"/.exec(before)?.[1] ?? 0);
    let format: number;
    if (write.style === null) format = existing;
    else if (existing !== 0 && Object.keys(write.style).length === 1 && write.style.numberFormat !== undefined) format = styles.withNumberFormat(existing, write.style.numberFormat);
    else format = styles.cellFormat(write.style);
    const reference = `${columnLetter(write.column)}${write.row}`;
    const xml = cellXmlWithFormat(reference, write.value, format);
    if (xml === "") row.cells.delete(write.column);
    else row.cells.set(write.column, xml);
  }
  const heights = refresh.model.rowHeights ?? {};
  const written = new Set(refresh.writes.map((w) => w.row));
  const rowsXml = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([number, row]) => {
      let openTag = row.openTag ?? `<row r="${number}">`;
      const height = heights[number];
      if (height !== undefined && written.has(number) && !/\scustomHeight="(1|true)"/.test(openTag)) openTag = openTag.replace(/>$/, ` ht="${height}" customHeight="1">`);
      const cells = [...row.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml).join("");
      if (cells === "" && row.openTag === null) return "";
      return `${openTag}${cells}</${openTag.slice(1, openTag.search(/[\s>]/))}>`;
    })
    .join("");
  if (sheetData !== undefined) replace(sheetData, `<${sheetData.name}>${rowsXml}</${sheetData.name}>`);

  // The dimension covers what is there now.
  let bottom = 1;
  let right = 1;
  for (const [number, row] of rows) {
    if (row.cells.size === 0) continue;
    bottom = Math.max(bottom, number);
    right = Math.max(right, ...row.cells.keys());
  }
  const dimension = child("dimension");
  if (dimension !== undefined) replace(dimension, `<dimension ref="A1:${columnLetter(right)}${bottom}"/>`);

  // Merges: those inside cleared ranges go; the model's are added.
  const mergeElement = child("mergeCells");
  const keptMerges = (mergeElement?.children ?? []).map((m) => m.attributes.ref ?? "").filter((ref) => {
    const range = parseRangeAddress(ref.replace(/\$/g, ""));
    return range === null || !refresh.clear.some((clear) => overlaps(clear, range));
  });
  const merges = [...new Set([...keptMerges, ...refresh.model.merges.map(rangeAddress)])];
  const mergesXml = merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
  if (mergeElement !== undefined) replace(mergeElement, mergesXml);
  else if (mergesXml !== "") insertions.set("mergeCells", mergesXml);

  // Conditional formats and validations of ours: on cleared ranges, or where the model puts its own.
  const ourFormatRanges = [...refresh.clear, ...refresh.model.conditionalFormats.map((f) => f.range)];
  let lastPriority = 0;
  const formats = root.children.filter((c) => c.local === "conditionalFormatting");
  for (const format of formats) {
    const ours = rangesOf(format.attributes.sqref ?? "").some((range) => ourFormatRanges.some((our) => overlaps(our, range)));
    if (ours) replace(format, "");
    else for (const match of source.slice(format.start, format.end).matchAll(/\spriority="(\d+)"/g)) lastPriority = Math.max(lastPriority, Number(match[1]));
  }
  const formatsXml = conditionalFormatsXml(refresh.model, styles, lastPriority + 1);
  if (formatsXml !== "") {
    if (formats.length > 0) edits.push({ from: formats[formats.length - 1].end, to: formats[formats.length - 1].end, text: formatsXml });
    else insertions.set("conditionalFormatting", formatsXml);
  }
  const validationsElement = child("dataValidations");
  const ourValidationRanges = [...refresh.clear, ...refresh.model.validations.map((v) => v.range)];
  const keptValidations = (validationsElement?.children ?? [])
    .filter((v) => !rangesOf(v.attributes.sqref ?? "").some((range) => ourValidationRanges.some((our) => overlaps(our, range))))
    .map((v) => source.slice(v.start, v.end));
  const validations = [...keptValidations, ...validationsXml(refresh.model)];
  const validationsXmlText = validations.length === 0 ? "" : `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`;
  if (validationsElement !== undefined) replace(validationsElement, validationsXmlText);
  else if (validationsXmlText !== "") insertions.set("dataValidations", validationsXmlText);

  // Column widths of the planned columns; every other column keeps its own.
  if (refresh.columns.length > 0) {
    const colsElement = child("cols");
    type Span = { min: number; max: number; tag: string };
    let spans: Span[] = (colsElement?.children ?? []).map((c) => ({ min: Number(c.attributes.min), max: Number(c.attributes.max), tag: source.slice(c.start, c.end) }));
    for (const spec of refresh.columns) {
      const next: Span[] = [];
      for (const span of spans) {
        if (spec.column < span.min || spec.column > span.max) {
          next.push(span);
          continue;
        }
        const retag = (min: number, max: number) => span.tag.replace(/\smin="\d+"/, ` min="${min}"`).replace(/\smax="\d+"/, ` max="${max}"`);
        if (span.min < spec.column) next.push({ min: span.min, max: spec.column - 1, tag: retag(span.min, spec.column - 1) });
        if (span.max > spec.column) next.push({ min: spec.column + 1, max: span.max, tag: retag(spec.column + 1, span.max) });
      }
      next.push({ min: spec.column, max: spec.column, tag: `<col min="${spec.column}" max="${spec.column}" width="${spec.width}" customWidth="1"${spec.hidden ? ' hidden="1"' : ""}/>` });
      spans = next;
    }
    spans.sort((a, b) => a.min - b.min);
    const colsXml = `<cols>${spans.map((s) => s.tag).join("")}</cols>`;
    if (colsElement !== undefined) replace(colsElement, colsXml);
    else insertions.set("cols", colsXml);
  }

  // Frozen panes: ours, in the first sheet view.
  const view = child("sheetViews")?.children[0];
  if (view !== undefined) {
    const inner = source.slice(view.openEnd, view.closeStart).replace(/<pane\b[^>]*\/>/g, "").replace(/<selection\b[^>]*\/>/g, "");
    const openTag = source.slice(view.start, view.openEnd).replace(/\s*\/>$/, ">");
    replace(view, `${openTag}${paneXml(refresh.model.frozen.rows, refresh.model.frozen.columns)}${inner}</${view.name}>`);
  }

  // Our tables and drawing.
  const r = links.relationshipPrefix;
  const idOf = (element: OutlineElement) => Object.entries(element.attributes).find(([name]) => name.endsWith(":id"))?.[1] ?? "";
  const tablePartsElement = child("tableParts");
  const keptTables = (tablePartsElement?.children ?? []).filter((t) => !links.removedIds.has(idOf(t))).map((t) => source.slice(t.start, t.end));
  const tables = [...keptTables, ...links.tableIds.map((id) => `<tablePart ${r}:id="${id}"/>`)];
  const tablesXml = tables.length === 0 ? "" : `<tableParts count="${tables.length}">${tables.join("")}</tableParts>`;
  if (tablePartsElement !== undefined) replace(tablePartsElement, tablesXml);
  else if (tablesXml !== "") insertions.set("tableParts", tablesXml);
  const drawingElement = child("drawing");
  if (drawingElement !== undefined && links.removedIds.has(idOf(drawingElement))) replace(drawingElement, links.drawingId === null ? "" : `<drawing ${r}:id="${links.drawingId}"/>`);
  else if (drawingElement === undefined && links.drawingId !== null) insertions.set("drawing", `<drawing ${r}:id="${links.drawingId}"/>`);

  for (const [local, text] of insertions) {
    const later = worksheetOrder.slice(worksheetOrder.indexOf(local) + 1);
    const next = root.children.find((c) => later.includes(c.local));
    const at = next?.start ?? root.closeStart;
    edits.push({ from: at, to: at, text });
  }

  const tableHeaders = refresh.model.tables.map((table) => {
    const headerRow = rows.get(table.range.top);
    const names: string[] = [];
    const seen = new Set<string>();
    for (let column = table.range.left; column <= table.range.right; column++) {
      const xml = headerRow?.cells.get(column);
      let name = xml === undefined ? "" : cellText(xml, sharedStrings).trim();
      if (name === "") name = `Column${column - table.range.left + 1}`;
      const base = name;
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
      seen.add(name.toLowerCase());
      names.push(name);
    }
    return names;
  });
  return { xml: applyTextEdits(source, edits), tableHeaders };
}
