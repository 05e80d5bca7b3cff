import { rangeAddress } from "../core/sheets/rangeAddress";
import type { CellStyle, SheetModel } from "../core/sheets/sheetModel";
import type { RangeFormatApi, WorksheetApi } from "./excelApi";
import { EXCEL_LIMITS } from "./excelLimits";
import { columnWidthInPoints } from "./columnWidthInPoints";
import { modelFormulaRuns } from "./modelFormulaRuns";
import { modelValueBlocks } from "./modelValueBlocks";
import { officeColour, queueConditionalFormat } from "./queueConditionalFormat";
import { queueLineChart } from "./queueLineChart";
import { styleRectangles } from "./styleRectangles";

/** Bytes one queued operation costs besides its arguments: the object path and method in the request. */
export const operationOverheadBytes = 256;

/** Work to queue on the context, with the request bytes it will add. Steps are queued in order. */
export interface WriteStep {
  bytes: number;
  queue(): void;
}

/** Where a model is rendered: a new (hidden) sheet, with names that the swap fixes afterwards. */
export interface RenderTarget {
  /** The sheet, once the step creating it has been queued. */
  sheet(): WorksheetApi;
  /** Appended to table names while the old sheet still holds them (table names are workbook-wide). */
  tableName(finalName: string): string;
  /** Points references to sheets being replaced at their replacements. */
  rewriteFormula(formula: string): string;
}

const horizontal: Record<NonNullable<CellStyle["horizontal"]>, RangeFormatApi["horizontalAlignment"]> = { left: "Left", center: "Center", right: "Right" };
const vertical: Record<NonNullable<CellStyle["vertical"]>, RangeFormatApi["verticalAlignment"]> = { top: "Top", middle: "Center", bottom: "Bottom" };

function applyLook(format: RangeFormatApi, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fontColour !== undefined) format.font.color = officeColour(style.fontColour);
  if (style.fill !== undefined) format.fill.color = officeColour(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = horizontal[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = vertical[style.vertical];
  if (style.bottomBorder === true) format.borders.getItem("EdgeBottom").style = "Continuous";
}

function step(bytes: number, queue: () => void): WriteStep {
  return { bytes: bytes + operationOverheadBytes, queue };
}

function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}

/** Consecutive rows of the same height, set with one command. */
function rowHeightRuns(heights: Record<number, number>): { first: number; last: number; height: number }[] {
  const runs: { first: number; last: number; height: number }[] = [];
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  for (const row of rows) {
    const height = heights[row];
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.last === row - 1 && previous.height === height) previous.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

/**
 * Everything needed to draw one SheetModel, as ordered steps: values in blocks (number formats
 * first), then formulas, cell looks, merges, column widths, row heights, frozen panes, tables over the written
 * ranges, dropdowns, conditional formats, charts and the tab colour. It decides nothing: each step
 * is a direct translation of the model.
 */
export function sheetModelSteps(target: RenderTarget, model: SheetModel, budgets = EXCEL_LIMITS): WriteStep[] {
  const sheet = (): WorksheetApi => target.sheet();
  const steps: WriteStep[] = [];

  for (const block of modelValueBlocks(model, budgets)) {
    steps.push(
      step(block.bytes, () => {
        const range = sheet().getRangeByIndexes(block.top - 1, 0, block.values.length, block.width);
        if (block.hasNumberFormats) range.numberFormat = block.numberFormats;
        range.values = block.values;
      }),
    );
  }

  for (const run of modelFormulaRuns(model, target.rewriteFormula)) {
    steps.push(step(jsonBytes(run.formulas), () => {
      sheet().getRangeByIndexes(run.row - 1, run.column - 1, 1, run.formulas.length).formulas = [run.formulas];
    }));
  }

  for (const { style, ranges } of styleRectangles(model)) {
    for (const cells of ranges) {
      steps.push(step(jsonBytes(style), () => applyLook(sheet().getRange(rangeAddress(cells)).format, style)));
    }
  }

  for (const merge of model.merges) {
    steps.push(step(0, () => sheet().getRange(rangeAddress(merge)).merge(false)));
  }

  for (const column of model.columns) {
    steps.push(
      step(0, () => {
        const range = sheet().getRangeByIndexes(0, column.column - 1, 1, 1).getEntireColumn();
        range.format.columnWidth = columnWidthInPoints(column.width);
        if (column.hidden === true) range.columnHidden = true;
      }),
    );
  }

  for (const run of rowHeightRuns(model.rowHeights ?? {})) {
    steps.push(
      step(0, () => {
        sheet().getRangeByIndexes(run.first - 1, 0, run.last - run.first + 1, 1).getEntireRow().format.rowHeight = run.height;
      }),
    );
  }

  const { rows, columns } = model.frozen;
  if (rows > 0 || columns > 0) {
    steps.push(
      step(0, () => {
        if (rows > 0 && columns > 0) sheet().freezePanes.freezeAt(rangeAddress({ top: 1, left: 1, bottom: rows, right: columns }));
        else if (rows > 0) sheet().freezePanes.freezeRows(rows);
        else sheet().freezePanes.freezeColumns(columns);
      }),
    );
  }

  for (const table of model.tables) {
    steps.push(
      step(jsonBytes(table), () => {
        // The owning sheet's range, never a bare address: Excel resolves "A5:M40" against the active
        // sheet, not the sheet whose table collection this is (docs: TableCollection.add).
        const added = sheet().tables.add(sheet().getRange(rangeAddress(table.range)), true);
        added.name = target.tableName(table.name);
        added.style = table.style;
        added.showFilterButton = table.showFilterButtons;
        added.showBandedRows = table.showRowStripes;
      }),
    );
  }

  for (const validation of model.validations) {
    steps.push(
      step(jsonBytes(validation), () => {
        const dataValidation = sheet().getRange(rangeAddress(validation.range)).dataValidation;
        dataValidation.rule = { list: { inCellDropDown: true, source: validation.values.join(",") } };
        dataValidation.ignoreBlanks = validation.allowBlank;
        dataValidation.errorAlert = { message: validation.errorMessage, showAlert: true, style: "Stop", title: "Choose from the list" };
      }),
    );
  }

  for (const conditionalFormat of model.conditionalFormats) {
    steps.push(step(jsonBytes(conditionalFormat), () => queueConditionalFormat(sheet(), conditionalFormat)));
  }

  model.charts.forEach((chart, index) => {
    steps.push(step(jsonBytes(chart) + operationOverheadBytes * (chart.series.length + 2), () => queueLineChart(sheet(), chart, index)));
  });

  if (model.tabColour !== null) {
    const colour = officeColour(model.tabColour);
    steps.push(step(0, () => {
      sheet().tabColor = colour;
    }));
  }
  return steps;
}
