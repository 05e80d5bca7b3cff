import type ExcelJS from "exceljs";
import { rangeAddress } from "../../src/core/sheets/rangeAddress";
import type { CellStyle, ConditionalRule, ConditionalStyle, ModelCellValue, ScalePoint, SheetModel } from "../../src/core/sheets/sheetModel";
import { serialToDate } from "../../src/core/values";

const opaque = "FF";

function argb(hex: string): { argb: string } {
  return { argb: opaque + hex.toUpperCase() };
}

function excelValue(value: ModelCellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if ("serialDate" in value) return serialToDate(value.serialDate);
  return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (style.bold || style.italic || style.size !== undefined || style.fontColour !== undefined) {
    cell.font = { bold: style.bold, italic: style.italic, size: style.size, color: style.fontColour === undefined ? undefined : argb(style.fontColour) };
  }
  if (style.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.wrap || style.horizontal !== undefined || style.vertical !== undefined) {
    cell.alignment = { wrapText: style.wrap, horizontal: style.horizontal, vertical: style.vertical };
  }
  if (style.bottomBorder) cell.border = { bottom: { style: "thin" } };
}

function conditionalStyle(style: ConditionalStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  // Conditional formats (dxf) take the fill colour from bgColor, unlike cell fills.
  if (style.fill !== undefined) result.fill = { type: "pattern", pattern: "solid", bgColor: argb(style.fill) };
  if (style.fontColour !== undefined || style.bold) result.font = { color: style.fontColour === undefined ? undefined : argb(style.fontColour), bold: style.bold };
  return result;
}

function cfvo(point: ScalePoint): ExcelJS.Cvfo {
  const type = point.type === "number" ? "num" : point.type;
  return (point.value === undefined ? { type } : { type, value: point.value }) as ExcelJS.Cvfo;
}

function conditionalRule(rule: ConditionalRule): ExcelJS.ConditionalFormattingRule {
  switch (rule.kind) {
    case "cell-is":
      return { type: "cellIs", operator: rule.operator, formulae: rule.formulae, style: conditionalStyle(rule.style) } as ExcelJS.ConditionalFormattingRule;
    case "expression":
      return { type: "expression", formulae: [rule.formula], style: conditionalStyle(rule.style) } as ExcelJS.ConditionalFormattingRule;
    case "colour-scale":
      return { type: "colorScale", cfvo: rule.points.map((p) => cfvo(p.at)), color: rule.points.map((p) => argb(p.colour)) } as ExcelJS.ConditionalFormattingRule;
    case "data-bar":
      return { type: "dataBar", cfvo: [cfvo(rule.min), cfvo(rule.max)], color: argb(rule.colour), gradient: false } as unknown as ExcelJS.ConditionalFormattingRule;
    case "icon-set":
      // An icon set needs one threshold per icon; the first is where the lowest icon starts.
      return {
        type: "iconSet",
        iconSet: rule.iconSet,
        reverse: rule.reverse,
        showValue: rule.showValue,
        cfvo: [{ type: "percent", value: 0 }, cfvo(rule.thresholds[0]), cfvo(rule.thresholds[1])],
      } as ExcelJS.ConditionalFormattingRule;
  }
}

/** Excel's list validation takes the choices as one quoted, comma-separated formula. */
function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
}

/**
 * Adds a worksheet to an ExcelJS workbook and draws a sheet model on it: values (strings always as
 * text, dates as dates), number formats, fonts, fills, alignment, merged ranges, column widths and
 * hidden columns, frozen panes, tables with filter buttons, conditional formats (cell-is and expression
 * rules, colour scales, data bars, icon sets), list validations and the tab colour. Charts are skipped:
 * ExcelJS cannot write them. It does not write the marker (see applySheetModels). Decides nothing.
 *
 * @example
 * // renderSheetModel(workbook, buildAssuranceSummary(analysis, actions)).name // => "Assurance Summary"
 */
export function renderSheetModel(workbook: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  const views: Partial<ExcelJS.WorksheetView>[] =
    model.frozen.rows > 0 || model.frozen.columns > 0 ? [{ state: "frozen", xSplit: model.frozen.columns, ySplit: model.frozen.rows }] : [{}];
  const sheet = workbook.addWorksheet(model.name, { views, properties: model.tabColour === null ? undefined : ({ tabColor: argb(model.tabColour) } as Partial<ExcelJS.WorksheetProperties>) });

  for (const column of model.columns) {
    const target = sheet.getColumn(column.column);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  }
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  for (const table of model.tables) {
    const headerCells = model.cells[table.range.top - 1] ?? [];
    const columns = Array.from({ length: table.range.right - table.range.left + 1 }, (_, i) => {
      const value = headerCells[table.range.left - 1 + i]?.value;
      return { name: typeof value === "string" ? value : String(value ?? ""), filterButton: table.showFilterButtons };
    });
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = table.range.top + 1; r <= table.range.bottom; r++) {
      rows.push(columns.map((_, i) => excelValue(model.cells[r - 1]?.[table.range.left - 1 + i]?.value ?? null)));
    }
    sheet.addTable({
      name: table.name,
      ref: rangeAddress({ ...table.range, bottom: table.range.top, right: table.range.left }),
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showRowStripes },
      columns,
      rows,
    });
  }
  // Cells after tables: ExcelJS's addTable rewrites the cells it covers, and our styles must win.
  model.cells.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell === null) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = excelValue(cell.value);
      if (cell.style !== undefined) applyStyle(target, cell.style);
    });
  });
  for (const range of model.merges) sheet.mergeCells(range.top, range.left, range.bottom, range.right);
  for (const format of model.conditionalFormats) {
    sheet.addConditionalFormatting({ ref: rangeAddress(format.range), rules: format.rules.map(conditionalRule) });
  }
  for (const validation of model.validations) {
    const rule: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: validation.allowBlank,
      formulae: [listFormula(validation.values)],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Choose from the list",
      error: validation.errorMessage,
    };
    for (let r = validation.range.top; r <= validation.range.bottom; r++) {
      for (let c = validation.range.left; c <= validation.range.right; c++) sheet.getCell(r, c).dataValidation = rule;
    }
  }
  return sheet;
}
