import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { auditLogValues } from "./fixtures/auditLogValues";
import { FakeExcel } from "./fakeExcel";
import { sheetModels } from "./fixtures/sheetModels";
it("dbg", async () => {
  const excel = new FakeExcel({ sheets: [{ name: "Care record audits", values: [["Care record audits 2026"], [], ...auditLogValues(100000)] }] });
  const w = new OfficeWorkbook(excel.run);
  await w.listSheets();
  await w.readSources([{ kind: "sheet", sheet: "Care record audits" }]);
  await w.readOwnSheet("Action Tracker");
  await w.writeSheets(sheetModels(24), { token: "t1" });
  console.log(JSON.stringify(excel.syncs, null, 0));
});
