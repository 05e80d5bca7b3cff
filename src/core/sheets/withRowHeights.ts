import type { SheetModel } from "./sheetModel";

/** Excel's default row height in points, for one line of 11 pt Calibri. */
const lineHeightPoints = 15;
/** Column width assumed where the model sets none (Excel's default, in characters). */
const defaultColumnWidth = 8.43;
/** Wrapped text fits a little fewer characters per line than the width says (bold headers, proportional fonts). */
const charactersPerWidthUnit = 0.95;
/** Excel's own ceiling on a row's height. */
const maximumRowHeightPoints = 409;

/**
 * The model with a height for every row whose wrapped text needs more than one line. Excel and
 * LibreOffice do not grow rows for wrapped text in a file they open, so without this a reason or a
 * summary paragraph would spill over the rows below it. Widths of merged cells add up.
 *
 * @example
 * withRowHeights({ ...model, cells: [[{ value: "a ".repeat(40), style: { wrap: true } }]], columns: [{ column: 1, width: 20 }] }).rowHeights // => { 1: 60 }
 */
export function withRowHeights(model: SheetModel): SheetModel {
  const widths = new Map(model.columns.map((c) => [c.column, c.width]));
  const widthOf = (column: number) => widths.get(column) ?? defaultColumnWidth;
  const mergeWidth = new Map<string, number>();
  for (const merge of model.merges) {
    let width = 0;
    for (let column = merge.left; column <= merge.right; column++) width += widthOf(column);
    mergeWidth.set(`${merge.top}:${merge.left}`, width);
  }
  const rowHeights: Record<number, number> = { ...model.rowHeights };
  model.cells.forEach((row, index) => {
    const rowNumber = index + 1;
    let lines = 1;
    row.forEach((cell, columnIndex) => {
      if (!cell?.style?.wrap || typeof cell.value !== "string") return;
      const width = mergeWidth.get(`${rowNumber}:${columnIndex + 1}`) ?? widthOf(columnIndex + 1);
      const perLine = Math.max(1, Math.floor(width * charactersPerWidthUnit));
      const needed = cell.value.split("\n").reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) rowHeights[rowNumber] = Math.min(maximumRowHeightPoints, lines * lineHeightPoints);
  });
  return { ...model, rowHeights };
}
