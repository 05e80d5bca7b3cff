import { readFileSync } from "node:fs";
import path from "node:path";
import { XlsxReader } from "../../../src/xlsx/read/XlsxReader";
import { WorkbookFileError } from "../../../src/xlsx/workbookFileError";
import ExcelJS from "exceljs";
import { listSheets } from "../../../bench/exceljsBaseline/listSheets";
import { listTables } from "../../../bench/exceljsBaseline/listTables";
import { readSheetGrid } from "../../../bench/exceljsBaseline/readSheetGrid";
import { minimalXlsx, rowXml } from "../fixtures/minimalXlsx";

const sample = path.join(__dirname, "../../../assets/samples/recovery-audits.xlsx");

// Styles: 0 General, 1 built-in 14 (a date), 2 a custom dd/mm/yyyy, 3 a percentage (not a date).
const styles = `<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>`;
const sharedStrings = [
  `<si><t>Team</t></si>`,
  // Rich text runs joined; the phonetic guide is not part of the text Excel shows.
  `<si><r><rPr><b/></rPr><t>Team </t></r><r><t>B</t></r><rPh sb="0" eb="1"><t>チーム</t></rPh></si>`,
  `<si><t xml:space="preserve"> Night &amp; day </t></si>`,
].join("");

const kinds = minimalXlsx({
  sharedStrings,
  styles,
  sheets: [
    {
      name: "Cells",
      body:
        `<sheetData>` +
        `<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c></row>` +
        `<row r="3"><c r="B3" s="1"><v>46084</v></c><c r="C3" s="2"><v>46084.5</v></c><c r="D3" s="3"><v>0.875</v></c></row>` +
        `<row r="4"><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="str"><f>A1&amp;"x"</f><v>cached</v></c></row>` +
        `<row r="5"><c r="B5"><f>SUM(B1:B2)</f><v>12.5</v></c><c r="C5" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="D5" t="d"><v>2026-03-03T00:00:00</v></c></row>` +
        // Cells without references take the next column; a row without a number the next row.
        `<row><c><v>1</v></c><c><v>2</v></c><c t="s"><v>0</v></c><c r="E6"><v></v></c></row>` +
        `</sheetData><mergeCells count="1"><mergeCell ref="B7:C7"/></mergeCells>`,
    },
  ],
});

describe("XlsxReader", () => {
  it("reads the sample workbook exactly as the ExcelJS adapter did", async () => {
    const bytes = new Uint8Array(readFileSync(sample));
    const reader = XlsxReader.open(bytes, "recovery-audits.xlsx");
    const excelJs = new ExcelJS.Workbook();
    await excelJs.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(await reader.listSheets()).toEqual(listSheets(excelJs));
    expect(await reader.readGrids(excelJs.worksheets.map((sheet) => sheet.name))).toEqual(excelJs.worksheets.map((sheet) => readSheetGrid(sheet, "recovery-audits.xlsx")));
    expect(await reader.listTables()).toEqual(listTables(excelJs));
  });

  it("gives every kind of cell the value Excel shows", async () => {
    const [grid] = await XlsxReader.open(kinds, "kinds.xlsx").readGrids(["Cells"]);
    expect(grid.firstRow).toBe(2);
    expect(grid.firstColumn).toBe(1);
    expect(grid.values).toEqual([
      [null, "Team", "Team B", " Night & day "],
      // Serial 46084 is 03/03/2026 (1900 system; core/values dateToSerial's own example).
      [null, new Date(Date.UTC(2026, 2, 3)), new Date(Date.UTC(2026, 2, 3, 12)), 0.875],
      [null, true, { error: "#N/A" }, "cached"],
      [null, 12.5, "inline", new Date(Date.UTC(2026, 2, 3))],
      [1, 2, "Team", null],
    ]);
  });

  it("counts dates from 1904 in a workbook saved in the 1904 date system", async () => {
    // 44622 days after 01/01/1904 is 03/03/2026: 46084 - 1462 (ECMA-376 Part 1, 18.17.4.1).
    const book = minimalXlsx({ date1904: true, styles, sheets: [{ name: "Mac", body: `<sheetData><row r="1"><c r="A1" s="1"><v>44622</v></c></row></sheetData>` }] });
    const [grid] = await XlsxReader.open(book, "mac.xlsx").readGrids(["Mac"]);
    expect(grid.values).toEqual([[new Date(Date.UTC(2026, 2, 3))]]);
  });

  it("lists sheets in tab order with their states, and marks the add-in's sheets by their defined names", async () => {
    const book = minimalXlsx({
      sheets: [
        { name: "Audits", body: "<sheetData/>" },
        { name: "Old audits", state: "hidden", body: "<sheetData/>" },
        { name: "Lists", state: "veryHidden", body: "<sheetData/>" },
        { name: "Action Tracker", body: `<sheetData/><sheetProtection sheet="1"/>` },
      ],
      definedNames: `<definedName name="CQCRecovery_action_tracker">'Action Tracker'!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Audits!$A$1:$C$9</definedName>`,
    });
    const reader = XlsxReader.open(book, "book.xlsx");
    expect(reader.sheetStates()).toEqual([
      { name: "Audits", state: "visible" },
      { name: "Old audits", state: "hidden" },
      { name: "Lists", state: "veryHidden" },
      { name: "Action Tracker", state: "visible" },
    ]);
    expect((await reader.listSheets()).map((s) => [s.name, s.ownedByAddin, s.role, s.protected])).toEqual([
      ["Audits", false, null, false],
      ["Old audits", false, null, false],
      ["Lists", false, null, false],
      ["Action Tracker", true, "action-tracker", true],
    ]);
    expect(reader.info.definedNames[1]).toEqual({ name: "_xlnm.Print_Area", localSheetId: 0, hidden: false, refersTo: "Audits!$A$1:$C$9" });
  });

  it("lists tables without reading cells, and reads a sheet holding two tables table by table", async () => {
    const rows = [rowXml(1, ["Team", "Score"]), rowXml(2, ["A", 90]), rowXml(3, ["B", 80]), rowXml(5, ["Shift", "Score"]), rowXml(6, ["Day", 70])].join("");
    const book = minimalXlsx({ sheets: [{ name: "Two", body: `<sheetData>${rows}</sheetData><tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/></tableParts>`, tables: [{ name: "Teams", ref: "A1:B3" }, { name: "Shifts", ref: "A5:B6" }] }] });
    const reader = XlsxReader.open(book, "two.xlsx");
    expect(await reader.listTables()).toEqual([
      { name: "Teams", sheet: "Two", range: { top: 1, left: 1, bottom: 3, right: 2 } },
      { name: "Shifts", sheet: "Two", range: { top: 5, left: 1, bottom: 6, right: 2 } },
    ]);
    const grids = await reader.readSheetsByTable(["Two"]);
    expect(grids.map((g) => [g.table, g.firstRow, g.values])).toEqual([
      ["Teams", 1, [["Team", "Score"], ["A", 90], ["B", 80]]],
      ["Shifts", 5, [["Shift", "Score"], ["Day", 70]]],
    ]);
    expect((await reader.readTables(["shifts"]))[0].values).toEqual([["Shift", "Score"], ["Day", 70]]);
  });

  it("leaves a stray cell at XFD100000 out of a 60-row sheet, names it, and allocates nothing for it", async () => {
    const rows = [rowXml(1, ["Audit date", "Team", "Score"]), ...Array.from({ length: 59 }, (_, i) => rowXml(i + 2, [46000 + i, i % 2 ? "Team A" : "Team B", 80 + (i % 10)]))];
    const book = minimalXlsx({ sheets: [{ name: "Audits", body: `<sheetData>${rows.join("")}<row r="100000"><c r="XFD100000"><v>1</v></c></row></sheetData>` }] });
    const reader = XlsxReader.open(book, "far.xlsx");
    const [grid] = await reader.readGrids(["Audits"]);
    expect([grid.firstRow, grid.firstColumn, grid.values.length, grid.values[0].length]).toEqual([1, 1, 60, 3]);
    expect(reader.notes).toEqual(['far.xlsx, sheet "Audits": 1 cell far from the data (XFD100000) was left out; the data read is A1:C60.']);
  });

  it("refuses a sheet whose cells are spread too thinly to hold as a grid", async () => {
    // 400 cells on a diagonal 40 columns and 900 rows apart: one block by the gap rules, 359,101 rows x 15,961 columns as a rectangle.
    const rows = Array.from({ length: 400 }, (_, i) => rowXml(1 + i * 900, [1], 1 + i * 40)).join("");
    const reader = XlsxReader.open(minimalXlsx({ sheets: [{ name: "Thin", body: `<sheetData>${rows}</sheetData>` }] }), "thin.xlsx");
    const error = await reader.readGrids(["Thin"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as Error).message).toBe('thin.xlsx, sheet "Thin": its 400 cells are spread over A1:WOW359101, too thinly to read as one table. Move the audit data into one block and run again.');
  });

  it("lists sheets and reads one without reading, or tripping over, another", async () => {
    const thin = Array.from({ length: 400 }, (_, i) => rowXml(1 + i * 900, [1], 1 + i * 40)).join("");
    const book = minimalXlsx({
      sheets: [
        { name: "Thin", body: `<sheetData>${thin}</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>` },
        { name: "Audits", body: `<sheetData>${rowXml(1, ["Team", "Score"])}</sheetData>` },
      ],
    });
    const reader = XlsxReader.open(book, "two.xlsx");
    expect((await reader.listSheets()).map((s) => [s.name, s.protected])).toEqual([
      ["Thin", true],
      ["Audits", false],
    ]);
    expect((await reader.readGrids(["Audits"]))[0].values).toEqual([["Team", "Score"]]);
  });

  it("reports rows read as it goes", async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => rowXml(i + 1, [i])).join("");
    const seen: number[] = [];
    const reader = XlsxReader.open(minimalXlsx({ sheets: [{ name: "Long", body: `<sheetData>${rows}</sheetData>` }] }), "long.xlsx", { onProgress: (p) => seen.push(p.totalRowsRead) });
    await reader.readGrids(["Long"]);
    expect(seen).toEqual([10_000, 20_000, 25_000]);
  });

  it("reads an add-in sheet from A1 for the Action Tracker merge", async () => {
    const book = minimalXlsx({ sheets: [{ name: "Action Tracker", body: `<sheetData>${rowXml(2, ["Key", "Owner"], 2)}</sheetData>` }], definedNames: `<definedName name="CQCRecovery_action_tracker">'Action Tracker'!$A$1</definedName>` });
    expect(await XlsxReader.open(book, "t.xlsx").readOwnSheet("action tracker")).toEqual([[], [null, "Key", "Owner"]]);
  });

  it("says a zip without a workbook is not an .xlsx, and an .xlsb is a binary workbook", () => {
    const { zipSync, strToU8 } = jest.requireActual<typeof import("fflate")>("fflate");
    const problem = (bytes: Uint8Array): string => {
      try {
        XlsxReader.open(bytes, "f.xlsx");
      } catch (error) {
        return (error as WorkbookFileError).problem;
      }
      return "opened";
    };
    expect(problem(zipSync({ "word/document.xml": strToU8("<w/>") }))).toBe("not-xlsx");
    expect(problem(zipSync({ "xl/workbook.bin": new Uint8Array([1]) }))).toBe("binary-workbook");
  });
});
