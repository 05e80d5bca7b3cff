import type ExcelJS from "exceljs";

import { formatDayMonthYear, parseIsoDate } from "./calendarDate";
import { SAMPLE_EXPECTATIONS } from "./sampleExpectations";
import { heightForWrappedCells, setUpPrinting, sheetStyles } from "./sheetStyles";

const sheetDescriptions: readonly (readonly [string, string])[] = [
  [
    "Care record audits",
    "Audit log for Oakfield House: one row per care record audited, items answered Yes / No / N/A, by team (A to D). Fortnightly sampling.",
  ],
  [
    "Safeguarding checks",
    "Safeguarding scenario checks done in supervision: one row per check, by staff group and shift. Score = correct responses / questions asked.",
  ],
  [
    "Location recovery",
    "Weekly recovery evidence for the two supported living locations, Maple House and Birch Court: one row per evidence source, one column per week (scores in %).",
  ],
  ["Actions", "The provider's recovery action plan, reviewed monthly at the governance meeting."],
];

const notes: readonly string[] = [
  "Fictional demonstration data: Oakfield Care Group, its services and everyone in them are invented.",
  "Staff and auditors are shown by initials only; people supported are shown by care record ID only.",
  "Targets: care records 90% of applicable items; safeguarding scenario checks 95% correct; location evidence 90%.",
  "As in most real logs, a few cells hold data-entry slips (an error value, a mistyped answer, a missing team). They are left as found so that the checks can report them.",
  "Average rows on the location tracker are formulas for the governance pack; they are not evidence in their own right.",
];

const textColumnWidth = 100;

function heightForWrappedText(text: string): number {
  return heightForWrappedCells([{ text, width: textColumnWidth }]);
}

/** Writes the "Read me" sheet: title, provider, period, what each sheet holds, and notes. Not audit data. */
export function writeReadMeSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("Read me");
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = textColumnWidth;

  sheet.getCell("A1").value = "Recovery assurance audits";
  sheet.getCell("A1").font = { ...sheetStyles.titleFont, size: 16 };

  const facts: readonly (readonly [string, string])[] = [
    ["Provider", SAMPLE_EXPECTATIONS.provider],
    ["Services", "Oakfield House (care home, care teams A to D); Maple House and Birch Court (supported living)"],
    [
      "Period",
      `${formatDayMonthYear(parseIsoDate(SAMPLE_EXPECTATIONS.period.firstDay))} to ${formatDayMonthYear(parseIsoDate(SAMPLE_EXPECTATIONS.period.lastDay))} (12 weeks)`,
    ],
    ["Position as at", formatDayMonthYear(parseIsoDate(SAMPLE_EXPECTATIONS.asOf))],
    ["Kept by", "Quality lead, for the monthly governance meeting"],
  ];

  let rowNumber = 3;
  const writePair = ([label, text]: readonly [string, string]): void => {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: "top" };
    row.getCell(2).value = text;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.height = heightForWrappedText(text);
    rowNumber += 1;
  };

  facts.forEach((fact) => writePair(fact));
  rowNumber += 1;
  sheet.getCell(`A${rowNumber}`).value = "Sheets";
  sheet.getCell(`A${rowNumber}`).font = { bold: true, size: 12 };
  rowNumber += 1;
  sheetDescriptions.forEach((description) => writePair(description));
  rowNumber += 1;
  sheet.getCell(`A${rowNumber}`).value = "Notes";
  sheet.getCell(`A${rowNumber}`).font = { bold: true, size: 12 };
  rowNumber += 1;
  notes.forEach((note) => {
    const cell = sheet.getCell(`B${rowNumber}`);
    cell.value = note;
    cell.alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(rowNumber).height = heightForWrappedText(note);
    sheet.getCell(`A${rowNumber}`).value = "•";
    sheet.getCell(`A${rowNumber}`).alignment = { horizontal: "right", vertical: "top" };
    rowNumber += 1;
  });
  setUpPrinting(sheet, null);
  return sheet;
}
