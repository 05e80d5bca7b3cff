import type { CellRange, CellStyle, SheetModel } from "../core/sheets/sheetModel";

/** One look (font, fill, alignment, border) and every rectangle of cells that has it. */
export interface StyledRectangles {
  style: CellStyle;
  ranges: CellRange[];
}

/** The parts of a style drawn with `range.format` (number formats travel with the values). */
function formatKey(style: CellStyle | undefined): string | null {
  if (style === undefined) return null;
  const { numberFormat: _numberFormat, ...look } = style;
  const entries = Object.entries(look).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return null;
  return JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Groups the model's styled cells into as few rectangles as a simple sweep finds: runs of equal
 * looks along each row, extended downwards while the row below has the same run. A header row of
 * twelve cells is one rectangle; a status column down forty groups is one rectangle per status run.
 *
 * @example
 * const bold = { bold: true };
 * styleRectangles({ cells: [[{ value: "a", style: bold }, { value: "b", style: bold }]] })[0].ranges;
 * // => [{ top: 1, left: 1, bottom: 1, right: 2 }]
 */
export function styleRectangles(model: Pick<SheetModel, "cells">): StyledRectangles[] {
  const byKey = new Map<string, StyledRectangles>();
  // Rectangles still growing downwards, by "left:right:key".
  let open = new Map<string, CellRange>();
  model.cells.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 1;
    const nextOpen = new Map<string, CellRange>();
    let column = 0;
    while (column < row.length) {
      const style = row[column]?.style;
      const key = formatKey(style);
      let end = column;
      while (end + 1 < row.length && formatKey(row[end + 1]?.style) === key) end++;
      if (key !== null && style !== undefined) {
        const runKey = `${column + 1}:${end + 1}:${key}`;
        const growing = open.get(runKey);
        if (growing !== undefined && growing.bottom === rowNumber - 1) {
          growing.bottom = rowNumber;
          nextOpen.set(runKey, growing);
        } else {
          const range: CellRange = { top: rowNumber, left: column + 1, bottom: rowNumber, right: end + 1 };
          let entry = byKey.get(key);
          if (entry === undefined) {
            entry = { style, ranges: [] };
            byKey.set(key, entry);
          }
          entry.ranges.push(range);
          nextOpen.set(runKey, range);
        }
      }
      column = end + 1;
    }
    open = nextOpen;
  });
  return [...byKey.values()];
}
