// The bench's audit workbook as .xlsx bytes, the shape issue 10 measured: audit date, team, shift,
// staff group, location and 8 Yes/No/N/A questions per row, shared strings and a date style, as
// Excel saves it. Written part by part through fflate's streaming zip, so 1,000,000 rows never sit in
// memory as one string.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { seededRandom } from "../scripts/sample/seededRandom";

const teams = Array.from({ length: 12 }, (_, i) => `Team ${String.fromCharCode(65 + i)}`);
const shifts = ["Early", "Late", "Night"];
const staffGroups = ["Nurse", "Senior carer", "Carer", "Agency"];
const locations = ["Maple House", "Birch Court", "Oak Lodge", "Willow View", "Cedar Park"];
const answers = ["Yes", "No", "N/A"];
const questions = Array.from({ length: 8 }, (_, i) => `Q${i + 1} care plan followed`);
const header = ["Audit date", "Team", "Shift", "Staff group", "Location", ...questions];
// Monday 05/01/2026 as an Excel serial date.
const firstMonday = 46027;
const mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rel = (type: string): string => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
const letters = "ABCDEFGHIJKLM";

/** The .xlsx bytes of an audit log with `rows` audits on one sheet, "Audit log". */
export function auditWorkbookBytes(rows: number, seed = 7): Uint8Array {
  const strings = [...header, ...teams, ...shifts, ...staffGroups, ...locations, ...answers];
  const index = new Map(strings.map((s, i) => [s, i]));
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const add = (name: string, text: string): void => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  add("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel("officeDocument")}" Target="xl/workbook.xml"/></Relationships>`);
  add("xl/workbook.xml", `<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><sheets><sheet name="Audit log" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel("worksheet")}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel("sharedStrings")}" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel("styles")}" Target="styles.xml"/></Relationships>`);
  add("xl/styles.xml", `<styleSheet xmlns="${mainNs}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`);
  add("xl/sharedStrings.xml", `<sst xmlns="${mainNs}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`);

  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  const text = (row: number, column: number, value: string): string => `<c r="${letters[column]}${row}" t="s"><v>${index.get(value)}</v></c>`;
  sheet.push(strToU8(`<worksheet xmlns="${mainNs}" xmlns:r="${relNs}"><dimension ref="A1:M${rows + 1}"/><sheetData><row r="1">${header.map((h, c) => text(1, c, h)).join("")}</row>`));
  const random = seededRandom(seed).next;
  let batch = "";
  for (let r = 2; r <= rows + 1; r += 1) {
    const team = teams[Math.floor(random() * teams.length)];
    const shift = shifts[Math.floor(random() * shifts.length)];
    const rate = 0.93 - (team === "Team B" ? 0.14 : 0) - (shift === "Night" ? 0.06 : 0);
    let cells = `<c r="A${r}" s="1"><v>${firstMonday + Math.floor(random() * 364)}</v></c>${text(r, 1, team)}${text(r, 2, shift)}${text(r, 3, staffGroups[Math.floor(random() * staffGroups.length)])}${text(r, 4, locations[Math.floor(random() * locations.length)])}`;
    for (let q = 0; q < 8; q += 1) {
      const draw = random();
      cells += text(r, 5 + q, draw < 0.05 ? "N/A" : draw < 0.05 + 0.95 * rate ? "Yes" : "No");
    }
    batch += `<row r="${r}">${cells}</row>`;
    if (batch.length > 1 << 20) {
      sheet.push(strToU8(batch));
      batch = "";
    }
  }
  sheet.push(strToU8(`${batch}</sheetData></worksheet>`), true);
  zip.end();
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
