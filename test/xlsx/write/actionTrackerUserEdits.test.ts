// The Action Tracker a user has worked in, through two re-runs of `cqc-recovery analyse --in-place`,
// the second with a later --as-of. The user's edits are made in the output's XML as Excel saves them:
// a formula, a hyperlink, a note (comments and VML parts), bold rich text, a wider column, a column and
// a row of their own, a deleted action row (rows below move up), a sort, a renamed header and a moved
// column of ours (the ownership names move with it, as Excel moves a defined name), and a Closed action.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, zipSync } from "fflate";
import { main } from "../../../src/cli/main";
import { XlsxWorkbook } from "../../../src/xlsx/XlsxWorkbook";
import { fakeIo } from "../../cli/fakeIo";
import { makeAuditWorkbook } from "../fixtures/makeAuditWorkbook";
import { useTempDir } from "../fixtures/tempDir";

const decoder = new TextDecoder();
const encoder = new TextEncoder();
type Parts = Record<string, Uint8Array>;

function text(parts: Parts, name: string): string {
  return decoder.decode(parts[name]);
}

function trackerPart(parts: Parts): string {
  const workbook = text(parts, "xl/workbook.xml");
  const id = /<sheet name="Action Tracker"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(text(parts, "xl/_rels/workbook.xml.rels"))?.[1] ?? "";
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

/** The sheet's rows as a map row -> column letter -> cell XML, and back. */
function rowsOf(sheet: string): Map<number, Map<string, string>> {
  const rows = new Map<number, Map<string, string>>();
  for (const row of sheet.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
    const cells = new Map<string, string>();
    for (const cell of row[2].matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>.*?<\/c>)/g)) cells.set(cell[1], cell[0]);
    rows.set(Number(row[1]), cells);
  }
  return rows;
}

function withRows(sheet: string, rows: Map<number, Map<string, string>>): string {
  const columnOrder = (letters: string) => letters.length * 100 + letters.charCodeAt(letters.length - 1);
  const xml = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cells]) => `<row r="${r}">${[...cells.entries()].sort((a, b) => columnOrder(a[0]) - columnOrder(b[0])).map(([column, cell]) => cell.replace(/ r="[A-Z]+\d+"/, ` r="${column}${r}"`)).join("")}</row>`)
    .join("");
  return sheet.replace(/<sheetData>.*<\/sheetData>/, `<sheetData>${xml}</sheetData>`);
}

function inlineText(value: string): string {
  return `t="inlineStr"><is><t>${value}</t></is>`;
}

async function analyse(file: string, asOf: string): Promise<void> {
  const io = fakeIo();
  const code = await main(["analyse", file, "--as-of", asOf, "--in-place"], io);
  expect({ code, err: code === 0 ? "" : io.err() }).toEqual({ code: 0, err: "" });
}

async function trackerValues(file: string): Promise<unknown[][]> {
  const book = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(file)), path.basename(file));
  return (await book.readOwnSheet("Action Tracker")) as unknown[][];
}

describe("an Action Tracker a user has edited, through two re-runs", () => {
  const dir = useTempDir();

  it("keeps every edit of the user's and leaves a deleted action deleted", async () => {
    const file = await makeAuditWorkbook(dir(), "audits.xlsx", {
      teams: { "Team A": [95, 96, 95, 97, 96, 95, 96, 97], "Team B": [76, 78, 77, 79, 78, 77, 79, 78], "Team C": [70, 72, 71, 70, 73, 72, 71, 70], "Team D": [80, 79, 81, 80, 79, 80, 81, 80] },
    });
    await analyse(file, "03/03/2026");
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    const sheetName = trackerPart(parts);
    let sheet = text(parts, sheetName);
    let rows = rowsOf(sheet);
    const keyOf = (cells: Map<string, string> | undefined) => /<t[^>]*>([^<]*)<\/t>/.exec(cells?.get("T") ?? "")?.[1] ?? "";
    const actionRows = [...rows.keys()].filter((r) => r > 1).sort((a, b) => a - b);
    expect(actionRows).toEqual([2, 3, 4]);
    const deletedKey = keyOf(rows.get(3));

    // Delete row 3: rows below move up one.
    rows.delete(3);
    rows = new Map([...rows.entries()].map(([r, cells]) => [r > 3 ? r - 1 : r, cells]));
    // Sort: the two remaining actions swap places.
    const [first, second] = [rows.get(2), rows.get(3)] as Map<string, string>[];
    rows.set(2, second);
    rows.set(3, first);
    const sortedKeys = [keyOf(rows.get(2)), keyOf(rows.get(3))];
    // Move Notes (R) and Last updated (S) past each other.
    for (const cells of rows.values()) {
      const [notes, updated] = [cells.get("R"), cells.get("S")];
      cells.delete("R");
      cells.delete("S");
      if (notes !== undefined) cells.set("S", notes);
      if (updated !== undefined) cells.set("R", updated);
    }
    const header = rows.get(1) as Map<string, string>;
    header.set("J", `<c r="J1" ${inlineText("Owner (role)")}</c>`);
    header.set("U", `<c r="U1" ${inlineText("Days open")}</c>`);
    const row2 = rows.get(2) as Map<string, string>;
    const row3 = rows.get(3) as Map<string, string>;
    row2.set("U", '<c r="U2"><f>TODAY()-L2</f><v>3</v></c>');
    row2.set("S", '<c r="S2" t="str"><f>"See "&amp;D2</f><v>See Team</v></c>');
    row3.set("S", '<c r="S3" t="inlineStr"><is><r><rPr><b/></rPr><t>Escalated</t></r><r><t xml:space="preserve"> to the registered manager</t></r></is></c>');
    row3.set("O", `<c r="O3" ${inlineText("Closed")}</c>`);
    rows.set(6, new Map([["B", `<c r="B6" ${inlineText("Weekly huddle")}</c>`], ["D", `<c r="D6" ${inlineText("All teams")}</c>`]]));
    sheet = withRows(sheet, rows)
      .replace(/<col min="6" max="6" width="[^"]*"/, '<col min="6" max="6" width="60"')
      .replace("<pageMargins", '<hyperlinks><hyperlink ref="D2" r:id="rIdLink"/></hyperlinks><pageMargins')
      .replace("<tableParts", '<legacyDrawing r:id="rIdVml"/><tableParts');
    parts[sheetName] = encoder.encode(sheet);
    const relsName = sheetName.replace("worksheets/", "worksheets/_rels/") + ".rels";
    parts[relsName] = encoder.encode(
      text(parts, relsName).replace(
        "</Relationships>",
        '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.cqc.org.uk/" TargetMode="External"/>' +
          '<Relationship Id="rIdVml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing99.vml"/>' +
          '<Relationship Id="rIdNote" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments99.xml"/></Relationships>',
      ),
    );
    parts["xl/comments99.xml"] = encoder.encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Deputy manager</author></authors><commentList><comment ref="I2" authorId="0"><text><t>Agreed at governance</t></text></comment></commentList></comments>');
    parts["xl/drawings/vmlDrawing99.vml"] = encoder.encode('<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>');
    parts["[Content_Types].xml"] = encoder.encode(
      text(parts, "[Content_Types].xml").replace(
        "</Types>",
        '<Override PartName="/xl/comments99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
      ),
    );
    // Excel moves the ownership names with the cells they refer to.
    parts["xl/workbook.xml"] = encoder.encode(
      text(parts, "xl/workbook.xml")
        .replace(/(<definedName name="CQCRecovery_col_notes">'Action Tracker'!)\$R\$1/, (_, start: string) => `${start}$S$1`)
        .replace(/(<definedName name="CQCRecovery_col_lastUpdated">'Action Tracker'!)\$S\$1/, (_, start: string) => `${start}$R$1`),
    );
    const table = Object.keys(parts).find((name) => /^xl\/tables\//.test(name) && text(parts, name).includes("CQC_ActionTracker")) as string;
    parts[table] = encoder.encode(
      text(parts, table)
        .replace(/ref="A1:T\d+"/g, 'ref="A1:T3"')
        .replace('name="Owner role"', 'name="Owner (role)"')
        .replace('<tableColumn id="18" name="Notes"/><tableColumn id="19" name="Last updated"/>', '<tableColumn id="18" name="Last updated"/><tableColumn id="19" name="Notes"/>'),
    );
    writeFileSync(file, zipSync(parts));
    const commentsBefore = parts["xl/comments99.xml"];

    for (const [asOf, carriedForward] of [["17/03/2026", 0], ["31/03/2026", 1]] as const) {
      await analyse(file, asOf);
      const after = unzipSync(new Uint8Array(readFileSync(file)));
      const refreshed = text(after, trackerPart(after));
      const cells = rowsOf(refreshed);
      expect(cells.get(2)?.get("U")).toBe('<c r="U2"><f>TODAY()-L2</f><v>3</v></c>');
      expect(cells.get(2)?.get("S")).toBe('<c r="S2" t="str"><f>"See "&amp;D2</f><v>See Team</v></c>');
      expect(cells.get(3)?.get("S")).toContain("<r><rPr><b/></rPr><t>Escalated</t></r>");
      expect(refreshed).toContain('<col min="6" max="6" width="60"');
      expect(refreshed).toContain('<hyperlink ref="D2" r:id="rIdLink"/>');
      expect(refreshed).toContain('<legacyDrawing r:id="rIdVml"/>');
      expect(text(after, trackerPart(after).replace("worksheets/", "worksheets/_rels/") + ".rels")).toContain('Target="https://www.cqc.org.uk/" TargetMode="External"');
      expect(after["xl/comments99.xml"]).toEqual(commentsBefore);

      const values = await trackerValues(file);
      expect(values[0].slice(9, 10)).toEqual(["Owner (role)"]);
      expect(values[0].slice(17, 21)).toEqual(["Last updated", "Notes", "Key", "Days open"]);
      expect(values[0].filter((v) => v === "Owner role" || v === "Notes")).toEqual(["Notes"]);
      const keys = values.slice(1).map((row) => row[19]);
      expect(keys.slice(0, 2)).toEqual(sortedKeys);
      expect(keys).not.toContain(deletedKey);
      expect(values[2][14]).toBe("Closed");
      // Our cells are refreshed where the user moved them: Last updated (now column R) is the run's date.
      const [day, month, year] = asOf.split("/").map(Number);
      expect(values[1][17]).toEqual(new Date(Date.UTC(year, month - 1, day)));
      expect(values[1][15]).toBe(carriedForward);
      expect(values.find((row) => row[1] === "Weekly huddle")?.[3]).toBe("All teams");
    }
  }, 120000);
});
