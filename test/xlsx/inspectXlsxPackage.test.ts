import { readFileSync } from "node:fs";
import { inspectPackage } from "../../src/xlsx/inspectXlsxPackage";
import { openPackage } from "../../src/xlsx/package/openPackage";
import { makeAuditWorkbook } from "./fixtures/makeAuditWorkbook";
import { useTempDir } from "./fixtures/tempDir";

// ExcelJS bundles jszip; the tests use it to add the parts ExcelJS cannot write.
const JSZip = require("jszip");

const inspect = (bytes: Uint8Array) => inspectPackage(openPackage(bytes, "audits.xlsx"));

async function withParts(file: string, parts: Record<string, string>, change?: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  if (change) zip.file("xl/workbook.xml", change(await zip.file("xl/workbook.xml").async("string")));
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

describe("inspectPackage", () => {
  const dir = useTempDir();

  it("finds nothing to worry about in a workbook ExcelJS wrote", async () => {
    const bytes = new Uint8Array(readFileSync(await makeAuditWorkbook(dir())));
    expect(inspect(bytes)).toEqual({ unreadable: null, partsExcelJsCannotKeep: [], structureProtected: false });
  });

  it("tells a zip that is not a workbook, and a binary workbook, from an .xlsx", async () => {
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    expect(inspect(await docx.generateAsync({ type: "uint8array" })).unreadable).toBe("not-xlsx");
    const xlsb = new JSZip();
    xlsb.file("xl/workbook.bin", "binary");
    expect(inspect(await xlsb.generateAsync({ type: "uint8array" })).unreadable).toBe("binary-workbook");
  });

  it("lists charts, pivot tables, macros, slicers and external links that ExcelJS would drop", async () => {
    const bytes = await withParts(await makeAuditWorkbook(dir()), {
      "xl/charts/chart1.xml": "<c:chartSpace/>",
      "xl/drawings/drawing1.xml": "<xdr:wsDr/>",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
      "xl/vbaProject.bin": "macros",
      "xl/slicers/slicer1.xml": "<slicers/>",
      "xl/externalLinks/externalLink1.xml": "<externalLink/>",
    });
    expect(inspect(bytes).partsExcelJsCannotKeep).toEqual([
      "charts",
      "drawings (images, shapes or charts)",
      "pivot tables",
      "macros",
      "slicers",
      "links to other workbooks",
    ]);
  });

  it("lists defined names ExcelJS cannot keep, and sees a protected structure", async () => {
    const bytes = await withParts(await makeAuditWorkbook(dir()), {}, (xml) =>
      xml
        .replace("<calcPr", '<definedNames><definedName name="Target">0.9</definedName><definedName name="Scores">\'Care record audits\'!$C$4:$C$51</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Care record audits\'!$A$3:$C$51</definedName></definedNames><calcPr')
        .replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'),
    );
    const inspection = inspect(bytes);
    expect(inspection.partsExcelJsCannotKeep).toEqual(["defined names ExcelJS cannot keep (Target)"]);
    expect(inspection.structureProtected).toBe(true);
  });

  it("finds a sheet feature far into a large sheet, streaming it", async () => {
    // 200,000 cells of padding put the sparkline marker far past the first inflated pieces.
    const padding = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const bytes = await withParts(await makeAuditWorkbook(dir()), {
      "xl/charts/chart1.xml": "<c:chartSpace/>",
      "xl/vbaProject.bin": "macros",
      "xl/worksheets/sheet9.xml": `<worksheet><sheetData>${padding}</sheetData><extLst><ext><x14:sparklineGroups/></ext></extLst></worksheet>`,
    });
    expect(inspect(bytes).partsExcelJsCannotKeep).toEqual(["charts", "macros", "sparklines"]);
  });
});
