import type ExcelJS from "exceljs";

import { addRangeValidation } from "./addRangeValidation";
import { SHIFTS, STAFF_GROUPS, type SafeguardingCheck } from "./safeguardingChecks";
import { setUpPrinting, sheetStyles } from "./sheetStyles";

const headers = ["Date", "Staff group", "Shift", "Staff", "Scenario", "Correct responses", "Questions asked", "Score"];

function listValidation(values: readonly string[]): ExcelJS.DataValidation {
  return { type: "list", allowBlank: false, formulae: [`"${values.join(",")}"`], showErrorMessage: true };
}

/**
 * Writes the safeguarding scenario checks as an Excel table starting at A1, one row per check, with
 * the score as a proportion shown as a percentage (0.83 displayed as 83%).
 */
export function writeSafeguardingChecksSheet(workbook: ExcelJS.Workbook, checks: readonly SafeguardingCheck[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("Safeguarding checks", {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });

  sheet.addTable({
    name: "SafeguardingChecks",
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: checks.map((check) => [
      check.date,
      check.staffGroup,
      check.shift,
      check.staff,
      check.scenario,
      check.correct,
      check.asked,
      check.correct / check.asked,
    ]),
  });

  sheet.getRow(1).font = { bold: true, color: { argb: "FFFFFFFF" } };
  sheet.getRow(1).alignment = { vertical: "middle", wrapText: true };
  sheet.getRow(1).height = 30;
  checks.forEach((_, index) => {
    const row = sheet.getRow(2 + index);
    row.getCell(1).numFmt = sheetStyles.dateFormat;
    row.getCell(8).numFmt = "0%";
  });

  const lastRow = 1 + checks.length;
  addRangeValidation(sheet, `B2:B${lastRow}`, listValidation(STAFF_GROUPS));
  addRangeValidation(sheet, `C2:C${lastRow}`, listValidation(SHIFTS));

  [12, 26, 8, 8, 30, 12, 12, 9].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  setUpPrinting(sheet, 1);
  return sheet;
}
