import type ExcelJS from "exceljs";

import { addRangeValidation } from "./addRangeValidation";
import { ACTION_PLAN_STATUSES, RAG_RATINGS, type ActionPlanRow, type RagRating } from "./actionPlan";
import { heightForWrappedCells, setUpPrinting, sheetStyles, styleHeaderRow } from "./sheetStyles";

const headerRow = 3;
const headers = [
  "Ref",
  "Area",
  "Finding",
  "Action",
  "Owner role",
  "Due date",
  "Review date",
  "Status",
  "RAG",
  "Evidence of completion",
  "Date closed",
];
const columnWidths = [7, 14, 36, 44, 20, 11, 11, 15, 7, 40, 11];
const ragFills: Record<RagRating, ExcelJS.Fill> = {
  Red: sheetStyles.redFill,
  Amber: sheetStyles.amberFill,
  Green: sheetStyles.greenFill,
};

/** Writes the provider's own action plan: a title, a note of the last review, and one row per action. */
export function writeActionsSheet(workbook: ExcelJS.Workbook, actions: readonly ActionPlanRow[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("Actions", {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  });

  sheet.getCell("A1").value = "Recovery action plan: Oakfield Care Group";
  sheet.getCell("A1").font = sheetStyles.titleFont;
  sheet.getCell("A2").value = "Reviewed monthly at the governance meeting; last reviewed 13/03/2026.";
  sheet.getCell("A2").font = sheetStyles.subtitleFont;

  sheet.getRow(headerRow).values = headers;
  styleHeaderRow(sheet.getRow(headerRow), headers.length);

  actions.forEach((action, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [
      action.reference,
      action.area,
      action.finding,
      action.action,
      action.ownerRole,
      action.dueDate,
      action.reviewDate,
      action.status,
      action.rag,
      action.evidenceOfCompletion === "" ? null : action.evidenceOfCompletion,
      action.dateClosed,
    ];
    row.alignment = { vertical: "top", wrapText: true };
    row.height = heightForWrappedCells(
      [action.finding, action.action, action.evidenceOfCompletion].map((text, index) => ({
        text,
        width: columnWidths[[2, 3, 9][index]],
      })),
    );
    [6, 7, 11].forEach((column) => {
      row.getCell(column).numFmt = sheetStyles.dateFormat;
    });
    row.getCell(9).fill = ragFills[action.rag];
  });

  const lastRow = headerRow + actions.length;
  addRangeValidation(sheet, `H${headerRow + 1}:H${lastRow}`, {
    type: "list",
    allowBlank: false,
    formulae: [`"${ACTION_PLAN_STATUSES.join(",")}"`],
  });
  addRangeValidation(sheet, `I${headerRow + 1}:I${lastRow}`, { type: "list", allowBlank: false, formulae: [`"${RAG_RATINGS.join(",")}"`] });

  columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  setUpPrinting(sheet, headerRow);
  return sheet;
}
