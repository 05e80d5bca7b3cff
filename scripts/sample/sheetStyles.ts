import type ExcelJS from "exceljs";

/**
 * The look shared by the sample's sheets: plain, as a provider's quality team would format a
 * workbook by hand (bold shaded headers, a bold title, dates as dd/mm/yyyy).
 */
export const sheetStyles = {
  titleFont: { bold: true, size: 14, color: { argb: "FF1F3864" } } satisfies Partial<ExcelJS.Font>,
  subtitleFont: { italic: true, size: 10, color: { argb: "FF595959" } } satisfies Partial<ExcelJS.Font>,
  headerFont: { bold: true, color: { argb: "FF000000" } } satisfies Partial<ExcelJS.Font>,
  headerFill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } } satisfies ExcelJS.Fill,
  headerBorder: { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } } satisfies Partial<ExcelJS.Borders>,
  dateFormat: "dd/mm/yyyy",
  weekCommencingFormat: '"w/c "dd/mm/yyyy',
  redFill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } } satisfies ExcelJS.Fill,
  amberFill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } } satisfies ExcelJS.Fill,
  greenFill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } } satisfies ExcelJS.Fill,
} as const;

/**
 * Prints the sheet landscape on A4, one page wide, repeating the header row on every page: how a
 * quality lead sets up a sheet that goes into the governance pack.
 */
export function setUpPrinting(sheet: ExcelJS.Worksheet, headerRow: number | null): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(headerRow === null ? {} : { printTitlesRow: `${headerRow}:${headerRow}` }),
  };
}

/** Points per line of 11 pt Calibri, Excel's default row height. */
const lineHeight = 15;
/** Characters of ordinary prose that fit in one unit of column width, allowing for wide letters. */
const charactersPerWidthUnit = 1.05;

/**
 * A row height that shows every line of the row's wrapped cells. Set explicitly because not every
 * spreadsheet program fits wrapped rows when it opens a file.
 */
export function heightForWrappedCells(cells: readonly { text: string; width: number }[]): number {
  const lines = cells.map(({ text, width }) => Math.ceil(text.length / (width * charactersPerWidthUnit)));
  return lineHeight * Math.max(1, ...lines);
}

/** Makes a row look like a header row: bold, shaded, wrapped, with a rule beneath. */
export function styleHeaderRow(row: ExcelJS.Row, columns: number): void {
  row.height = 30;
  for (let column = 1; column <= columns; column += 1) {
    const cell = row.getCell(column);
    cell.font = sheetStyles.headerFont;
    cell.fill = sheetStyles.headerFill;
    cell.border = sheetStyles.headerBorder;
    cell.alignment = { vertical: "middle", wrapText: true };
  }
}
