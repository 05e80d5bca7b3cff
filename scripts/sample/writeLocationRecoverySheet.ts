import type ExcelJS from "exceljs";

import { addDays, type CalendarDate } from "./calendarDate";
import { LOCATIONS, type LocationEvidenceRow } from "./locationRecovery";
import { setUpPrinting, sheetStyles, styleHeaderRow } from "./sheetStyles";

const headerRow = 2;
const firstWeekColumn = 3;

/**
 * Colours a block of scores red below 80, amber from 80 and green from 90 (the care-domain RAG
 * convention). The rules test ISNUMBER so a week with no score stays uncoloured instead of counting as 0.
 */
function addRagFormatting(sheet: ExcelJS.Worksheet, range: string): void {
  const topLeft = range.split(":")[0];
  const rule = (priority: number, condition: string, fill: ExcelJS.Fill): ExcelJS.ConditionalFormattingRule => ({
    type: "expression",
    priority,
    formulae: [`AND(ISNUMBER(${topLeft}),${condition.replace(/#/g, topLeft)})`],
    style: { fill },
  });
  sheet.addConditionalFormatting({
    ref: range,
    rules: [
      rule(1, "#<80", sheetStyles.redFill),
      rule(2, "#<90", sheetStyles.amberFill),
      rule(3, "#>=90", sheetStyles.greenFill),
    ],
  });
}

/**
 * Writes the wide location recovery tracker: a title row, a header row whose week columns are real
 * dates shown as "w/c dd/mm/yyyy", one block of evidence rows per location each closed by an Average
 * row of formulas, and a blank row between the blocks.
 */
export function writeLocationRecoverySheet(
  workbook: ExcelJS.Workbook,
  rows: readonly LocationEvidenceRow[],
  periodStart: CalendarDate,
): ExcelJS.Worksheet {
  const weeks = rows[0].weeklyScores.length;
  const lastColumn = firstWeekColumn + weeks - 1;
  const sheet = workbook.addWorksheet("Location recovery", {
    views: [{ state: "frozen", xSplit: 2, ySplit: headerRow, topLeftCell: "C3", activeCell: "C3" }],
  });

  sheet.getCell("A1").value = "Supported living: location recovery tracker (weekly evidence scores, %; target 90)";
  sheet.getCell("A1").font = sheetStyles.titleFont;

  const header = sheet.getRow(headerRow);
  header.getCell(1).value = "Location";
  header.getCell(2).value = "Evidence source";
  for (let week = 0; week < weeks; week += 1) {
    const cell = header.getCell(firstWeekColumn + week);
    cell.value = addDays(periodStart, week * 7);
    cell.numFmt = sheetStyles.weekCommencingFormat;
  }
  styleHeaderRow(header, lastColumn);
  for (let column = firstWeekColumn; column <= lastColumn; column += 1) header.getCell(column).alignment = { horizontal: "center", vertical: "middle", wrapText: true };

  let rowNumber = headerRow + 1;
  LOCATIONS.forEach((location, locationIndex) => {
    if (locationIndex > 0) rowNumber += 1;
    const blockFirstRow = rowNumber;
    for (const evidence of rows.filter((row) => row.location === location)) {
      const row = sheet.getRow(rowNumber);
      row.getCell(1).value = evidence.location;
      row.getCell(2).value = evidence.source;
      evidence.weeklyScores.forEach((score, week) => {
        const cell = row.getCell(firstWeekColumn + week);
        cell.value = score;
        cell.numFmt = "0";
        const note = evidence.blankWeekNotes.get(week);
        if (note) cell.note = note;
      });
      rowNumber += 1;
    }
    const blockLastRow = rowNumber - 1;
    const average = sheet.getRow(rowNumber);
    average.getCell(1).value = location;
    average.getCell(2).value = "Average";
    for (let week = 0; week < weeks; week += 1) {
      const column = sheet.getColumn(firstWeekColumn + week).letter;
      const scores = rows
        .filter((row) => row.location === location)
        .map((row) => row.weeklyScores[week])
        .filter((score): score is number => score !== null);
      const cell = average.getCell(firstWeekColumn + week);
      cell.value = {
        formula: `AVERAGE(${column}${blockFirstRow}:${column}${blockLastRow})`,
        result: scores.reduce((sum, score) => sum + score, 0) / scores.length,
      };
      cell.numFmt = "0";
    }
    addRagFormatting(sheet, `C${blockFirstRow}:${sheet.getColumn(lastColumn).letter}${rowNumber}`);
    average.font = { bold: true, italic: true };
    average.border = { top: { style: "thin", color: { argb: "FF8EA9DB" } } };
    rowNumber += 1;
  });

  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 26;
  for (let column = firstWeekColumn; column <= lastColumn; column += 1) sheet.getColumn(column).width = 15;
  setUpPrinting(sheet, headerRow);
  return sheet;
}
