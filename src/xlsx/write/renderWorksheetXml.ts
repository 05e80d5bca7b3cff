import { columnLetter } from "../../core/audit/columnLetter";
import { rangeAddress } from "../../core/sheets/rangeAddress";
import type { CellRange, ConditionalRule, ModelCell, ModelCellValue, ScalePoint, SheetModel, TableSpec } from "../../core/sheets/sheetModel";
import type { StyleSheetAppender } from "./styleSheetAppender";
import { escapeXml } from "./xmlText";

export const SPREADSHEET_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIP_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The relationship ids a worksheet part refers to, chosen by the package writer. */
export interface WorksheetLinks {
  /** One id per table of the model, in order. */
  tableIds: readonly string[];
  /** The drawing holding the model's charts, or null. */
  drawingId: string | null;
  /** How the sheet prints, when a caller wants more than Excel's defaults (a rendering for the README). */
  print?: PrintSetup;
}

/** Page setup: orientation, fitting all columns on one page width, and the paper (Excel's paperSize codes: 8 is A3, 9 A4). */
export interface PrintSetup {
  landscape: boolean;
  fitToWidth: boolean;
  paperSize?: number;
}

/** How a sheet is shown among the tabs. */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

function rgb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function numberText(value: number): string {
  // Shortest round-trip text; Excel reads exponent notation.
  return String(value);
}

/** One cell's XML, or "" for a cell with neither value nor style. */
function cellXml(reference: string, cell: ModelCell | null | undefined, styles: StyleSheetAppender): string {
  if (cell === null || cell === undefined) return "";
  return cellXmlWithFormat(reference, cell.value, styles.cellFormat(cell.style));
}

/** One cell's XML with a cell format index (`s`, 0 for the default), or "" for an empty, unformatted cell. */
export function cellXmlWithFormat(reference: string, value: ModelCellValue, s: number): string {
  const styleAttribute = s === 0 ? "" : ` s="${s}"`;
  if (value === null) return s === 0 ? "" : `<c r="${reference}"${styleAttribute}/>`;
  if (typeof value === "string") return `<c r="${reference}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${reference}"${styleAttribute}><v>${numberText(value)}</v></c>` : s === 0 ? "" : `<c r="${reference}"${styleAttribute}/>`;
  if (typeof value === "boolean") return `<c r="${reference}"${styleAttribute} t="b"><v>${value ? 1 : 0}</v></c>`;
  if ("serialDate" in value) return `<c r="${reference}"${styleAttribute}><v>${numberText(value.serialDate)}</v></c>`;
  const formula = `<f>${escapeXml(value.formula.replace(/^=/, ""))}</f>`;
  const result = value.result;
  if (result === undefined) return `<c r="${reference}"${styleAttribute}>${formula}</c>`;
  if (typeof result === "string") return `<c r="${reference}"${styleAttribute} t="str">${formula}<v>${escapeXml(result)}</v></c>`;
  if (typeof result === "boolean") return `<c r="${reference}"${styleAttribute} t="b">${formula}<v>${result ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${styleAttribute}>${formula}<v>${numberText(result)}</v></c>`;
}

function cfvo(point: ScalePoint): string {
  const type = point.type === "number" ? "num" : point.type;
  return point.value === undefined ? `<cfvo type="${type}"/>` : `<cfvo type="${type}" val="${point.value}"/>`;
}

function ruleXml(rule: ConditionalRule, priority: number, styles: StyleSheetAppender): string {
  switch (rule.kind) {
    case "cell-is":
      return `<cfRule type="cellIs" dxfId="${styles.differentialFormat(rule.style)}" priority="${priority}" operator="${rule.operator}">${rule.formulae.map((f) => `<formula>${escapeXml(f)}</formula>`).join("")}</cfRule>`;
    case "expression":
      return `<cfRule type="expression" dxfId="${styles.differentialFormat(rule.style)}" priority="${priority}"><formula>${escapeXml(rule.formula)}</formula></cfRule>`;
    case "colour-scale":
      return `<cfRule type="colorScale" priority="${priority}"><colorScale>${rule.points.map((p) => cfvo(p.at)).join("")}${rule.points.map((p) => `<color rgb="${rgb(p.colour)}"/>`).join("")}</colorScale></cfRule>`;
    case "data-bar":
      return `<cfRule type="dataBar" priority="${priority}"><dataBar>${cfvo(rule.min)}${cfvo(rule.max)}<color rgb="${rgb(rule.colour)}"/></dataBar></cfRule>`;
    case "icon-set":
      // One threshold per icon; the first icon starts at the lowest value.
      return (
        `<cfRule type="iconSet" priority="${priority}"><iconSet iconSet="${rule.iconSet}"${rule.reverse ? ' reverse="1"' : ""}${rule.showValue ? "" : ' showValue="0"'}>` +
        `<cfvo type="percent" val="0"/>${cfvo(rule.thresholds[0])}${cfvo(rule.thresholds[1])}</iconSet></cfRule>`
      );
  }
}

/** Excel's list validation takes the choices as one quoted, comma-separated formula. */
function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

/** The pane and selection of a frozen sheet view, or "" for none. */
export function paneXml(rows: number, columns: number): string {
  if (rows <= 0 && columns <= 0) return "";
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = `${columnLetter(columns + 1)}${rows + 1}`;
  return `<pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/** The used rectangle of a model's cells, for the dimension element. */
function usedRange(model: SheetModel): CellRange {
  let bottom = 1;
  let right = 1;
  model.cells.forEach((row, index) => {
    if (row.some((cell) => cell !== null)) bottom = index + 1;
    right = Math.max(right, row.length);
  });
  return { top: 1, left: 1, bottom, right };
}

/** The XML of rows from a sparse grid: row number -> cells (1-based columns), with optional heights. */
function rowsXml(model: Pick<SheetModel, "cells" | "rowHeights">, styles: StyleSheetAppender): string {
  const heights = model.rowHeights ?? {};
  const rowNumbers = new Set<number>();
  model.cells.forEach((row, index) => {
    if (row.length > 0) rowNumbers.add(index + 1);
  });
  for (const key of Object.keys(heights)) rowNumbers.add(Number(key));
  const parts: string[] = [];
  for (const rowNumber of [...rowNumbers].sort((a, b) => a - b)) {
    const row = model.cells[rowNumber - 1] ?? [];
    let cells = "";
    row.forEach((cell, index) => {
      cells += cellXml(`${columnLetter(index + 1)}${rowNumber}`, cell, styles);
    });
    const height = heights[rowNumber];
    const heightAttributes = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    if (cells === "" && height === undefined) continue;
    parts.push(cells === "" ? `<row r="${rowNumber}"${heightAttributes}/>` : `<row r="${rowNumber}"${heightAttributes}>${cells}</row>`);
  }
  return parts.join("");
}

/** The cols element: widths and hidden columns, in column order. */
function colsXml(model: Pick<SheetModel, "columns">): string {
  if (model.columns.length === 0) return "";
  const columns = [...model.columns].sort((a, b) => a.column - b.column);
  return `<cols>${columns.map((c) => `<col min="${c.column}" max="${c.column}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ""}/>`).join("")}</cols>`;
}

/** The conditionalFormatting elements, priorities counting up from `firstPriority`. */
export function conditionalFormatsXml(model: Pick<SheetModel, "conditionalFormats">, styles: StyleSheetAppender, firstPriority = 1): string {
  let priority = firstPriority;
  return model.conditionalFormats
    .map((format) => `<conditionalFormatting sqref="${rangeAddress(format.range)}">${format.rules.map((rule) => ruleXml(rule, priority++, styles)).join("")}</conditionalFormatting>`)
    .join("");
}

/** The dataValidation elements (without their container). */
export function validationsXml(model: Pick<SheetModel, "validations">): string[] {
  return model.validations.map(
    (v) =>
      `<dataValidation type="list" allowBlank="${v.allowBlank ? 1 : 0}" showErrorMessage="1" errorStyle="stop" errorTitle="Choose from the list" error="${escapeXml(v.errorMessage)}" sqref="${rangeAddress(v.range)}">` +
      `<formula1>${escapeXml(listFormula(v.values))}</formula1></dataValidation>`,
  );
}

/**
 * A worksheet part drawn from a sheet model: values (text as inline strings, so the workbook's shared
 * strings part is never touched; dates as serial numbers with their format), cell formats appended to
 * the styles part, row heights, column widths and hidden columns, frozen panes, the tab colour, merged
 * ranges, conditional formats (cell-is and expression rules, colour scales, data bars, icon sets), list
 * validations, and references to the table parts and the drawing the package writer adds. Decides nothing.
 *
 * @example
 * // renderWorksheetXml(model, styles, { tableIds: [], drawingId: null }).startsWith("<?xml") // => true
 */
export function renderWorksheetXml(model: SheetModel, styles: StyleSheetAppender, links: WorksheetLinks): string {
  const parts: string[] = [];
  parts.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SPREADSHEET_NAMESPACE}" xmlns:r="${RELATIONSHIP_NAMESPACE}">`);
  const fit = links.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  if (model.tabColour !== null || fit !== "") parts.push(`<sheetPr>${model.tabColour === null ? "" : `<tabColor rgb="${rgb(model.tabColour)}"/>`}${fit}</sheetPr>`);
  parts.push(`<dimension ref="${rangeAddress(usedRange(model))}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(model.frozen.rows, model.frozen.columns)}</sheetView></sheetViews>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  parts.push(colsXml(model));
  parts.push(`<sheetData>${rowsXml(model, styles)}</sheetData>`);
  if (model.merges.length > 0) parts.push(`<mergeCells count="${model.merges.length}">${model.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>`);
  parts.push(conditionalFormatsXml(model, styles));
  const validations = validationsXml(model);
  if (validations.length > 0) parts.push(`<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (links.print !== undefined) {
    const { landscape, fitToWidth, paperSize } = links.print;
    parts.push(`<pageSetup${paperSize === undefined ? "" : ` paperSize="${paperSize}"`} orientation="${landscape ? "landscape" : "portrait"}"${fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`);
  }
  if (links.drawingId !== null) parts.push(`<drawing r:id="${links.drawingId}"/>`);
  if (links.tableIds.length > 0) parts.push(`<tableParts count="${links.tableIds.length}">${links.tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`);
  parts.push("</worksheet>");
  return parts.join("");
}

/** The header names of a table, as Excel requires them: the header cells' text, unique, never empty. */
function tableColumnNames(model: Pick<SheetModel, "cells">, table: TableSpec): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let column = table.range.left; column <= table.range.right; column++) {
    const value = model.cells[table.range.top - 1]?.[column - 1]?.value;
    let name = typeof value === "string" && value.trim() !== "" ? value : typeof value === "number" ? String(value) : `Column${column - table.range.left + 1}`;
    const base = name;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * A table part (Insert > Table) for a table of a model. `id` must be unique among the workbook's tables.
 *
 * @example
 * // renderTableXml(model, model.tables[0], 3).includes('name="CQC_ActionTracker"') // => true
 */
export function renderTableXml(model: Pick<SheetModel, "cells">, table: TableSpec, id: number, headerNames?: readonly string[]): string {
  const ref = rangeAddress(table.range);
  const names = headerNames ?? tableColumnNames(model, table);
  // Without an autoFilter element a table shows no filter buttons.
  const filter = table.showFilterButtons ? `<autoFilter ref="${ref}"/>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${SPREADSHEET_NAMESPACE}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `${filter}<tableColumns count="${names.length}">${names.map((name, index) => `<tableColumn id="${index + 1}" name="${escapeXml(name)}"/>`).join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showRowStripes ? 1 : 0}" showColumnStripes="0"/></table>`
  );
}
