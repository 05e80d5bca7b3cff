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
