// The Office adapter's cost on a large table, measured against the recording fake: what `npm run bench`
// reports (issue 7: at most 10 syncs and no payload over 4 MB for read + full write of 100,000 rows).
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FakeExcel } from "./fakeExcel";
import { auditLogValues } from "./fixtures/auditLogValues";
import { sheetPlans } from "./fixtures/sheetModels";

export interface OfficeAdapterMeasure {
  rows: number;
  groups: number;
  /** Syncs by phase: list sheets, read the table, read the Action Tracker, write the four sheets. */
  syncs: { list: number; read: number; readOwnSheet: number; write: number; total: number };
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalResponseBytes: number;
}

/** Runs the task pane's sequence (list, read, read the Action Tracker, write) on a fake workbook. */
export async function measureOfficeAdapter(rows: number, groups: number): Promise<OfficeAdapterMeasure> {
  const excel = new FakeExcel({ sheets: [{ name: "Read me", values: [["Notes"]] }, { name: "Care record audits", values: auditLogValues(rows, { groups }) }] });
  const workbook = new OfficeWorkbook(excel.run);
  const counted = async (work: () => Promise<unknown>) => {
    const before = excel.syncs.length;
    await work();
    return excel.syncs.length - before;
  };
  const list = await counted(() => workbook.listSheets());
  const read = await counted(() => workbook.readSources([{ kind: "sheet", sheet: "Care record audits" }]));
  const readOwnSheet = await counted(() => workbook.readOwnSheet("Action Tracker"));
  const write = await counted(() => workbook.writeSheets(sheetPlans(groups)));
  return {
    rows,
    groups,
    syncs: { list, read, readOwnSheet, write, total: excel.syncs.length },
    largestRequestBytes: Math.max(...excel.syncs.map((sync) => sync.requestBytes)),
    largestResponseBytes: Math.max(...excel.syncs.map((sync) => sync.responseBytes)),
    totalResponseBytes: excel.syncs.reduce((total, sync) => total + sync.responseBytes, 0),
  };
}
