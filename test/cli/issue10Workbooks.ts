// The files issue 10 added to the broken-workbook catalogue, built here rather than committed: a
// 2.9 KB workbook with a stray cell at XFD100000, and zip bombs of about 3 MB that unpack to 3 GB.
import { crc32 } from "node:zlib";
import { craftZip, deflatedEntry, repeatedDeflate, type CraftedEntry } from "../xlsx/fixtures/craftZip";
import { minimalXlsx, rowXml } from "../xlsx/fixtures/minimalXlsx";

const teams = ["Team A", "Team B", "Team C"];

/**
 * A 60-row audit log (date, team, score; 59 audits from Monday 05/01/2026, serial 46027) plus one
 * value at XFD100000, as a user's stray keystroke leaves it.
 */
export function farCellWorkbook(): Uint8Array {
  const styles = `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>`;
  const rows = [rowXml(1, ["Audit date", "Team", "Score"])];
  for (let i = 0; i < 59; i += 1) rows.push(`<row r="${i + 2}"><c r="A${i + 2}" s="1"><v>${46027 + i * 3}</v></c>${rowXml(i + 2, [teams[i % 3], 70 + ((i * 7) % 30)], 2).replace(/^<row r="\d+">|<\/row>$/g, "")}</row>`);
  rows.push(`<row r="100000"><c r="XFD100000" t="inlineStr"><is><t>x</t></is></c></row>`);
  return minimalXlsx({ styles, sheets: [{ name: "Audits", body: `<dimension ref="A1:XFD100000"/><sheetData>${rows.join("")}</sheetData>` }] });
}

const mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The small parts every bomb carries, so that only its sheet is out of proportion. */
function bombShell(sheet: CraftedEntry): Uint8Array {
  return craftZip([
    deflatedEntry("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`),
    deflatedEntry("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    deflatedEntry("xl/workbook.xml", `<workbook xmlns="${mainNs}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Audits" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflatedEntry("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    sheet,
  ]);
}

const megabyteOfSpaces = Buffer.alloc(1024 * 1024, 0x20);
// 3,100 MiB of spaces between the sheet's tags: valid XML, 3.25 GB unpacked.
const bombMegabytes = 3100;

/** A zip bomb that declares its true size (3.25 GB): refused from its directory, before inflating. */
export function honestZipBomb(): Uint8Array {
  const { raw, size } = repeatedDeflate(`<worksheet xmlns="${mainNs}"><sheetData>`, megabyteOfSpaces, bombMegabytes, "</sheetData></worksheet>");
  return bombShell({ name: "xl/worksheets/sheet1.xml", method: 8, raw, crc32: 0, declaredSize: size });
}

/** The same bomb declaring 2 KB: only inflating shows the lie, and inflating stops there. */
export function lyingZipBomb(): Uint8Array {
  const { raw } = repeatedDeflate(`<worksheet xmlns="${mainNs}"><sheetData>`, megabyteOfSpaces, bombMegabytes, "</sheetData></worksheet>");
  return bombShell({ name: "xl/worksheets/sheet1.xml", method: 8, raw, crc32: crc32(Buffer.from("")), declaredSize: 2048 });
}
