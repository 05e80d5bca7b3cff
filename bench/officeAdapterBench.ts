// The Office.js adapter against its recording fake of the Excel API (test/office/fakeExcel.ts): the
// syncs and the largest payload of one read of a 100,000-row audit log plus a full write of the four
// sheets, exactly what the task pane does. Targets (issue 7): at most 10 syncs, no payload over 4 MB.
import { OfficeWorkbook } from "../src/office/officeWorkbook";
import { FakeExcel } from "../test/office/fakeExcel";
import { auditLogValues } from "../test/office/fixtures/auditLogValues";
import { sheetPlans } from "../test/office/fixtures/sheetModels";
import type { BenchRow } from "./timing";

const fourMegabytes = 4 * 1024 * 1024;

export async function runOfficeAdapterBench(): Promise<BenchRow[]> {
  const rows = 100_000;
  const excel = new FakeExcel({ sheets: [{ name: "Care record audits", values: [["Care record audits 2026"], [], ...auditLogValues(rows)] }] });
  const workbook = new OfficeWorkbook(excel.run);
  await workbook.listSheets();
  await workbook.readSources([{ kind: "sheet", sheet: "Care record audits" }]);
  await workbook.readOwnSheet("Action Tracker");
  await workbook.writeSheets(sheetPlans(24), { token: "bench" });
  const syncs = excel.syncs.length;
  const largest = excel.largestPayloadBytes();
  return [
    { name: "Office adapter: syncs to read a 100,000-row table and write the four sheets", value: `${syncs} syncs`, target: "<= 10", met: syncs <= 10 },
    { name: "Office adapter: largest request or response in those syncs", value: `${(largest / 1024 / 1024).toFixed(2)} MB`, target: "<= 4 MB", met: largest <= fourMegabytes },
  ];
}
