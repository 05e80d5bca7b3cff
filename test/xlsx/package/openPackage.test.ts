import { zipSync, strToU8 } from "fflate";
import { crc32, inflateRawSync } from "node:zlib";
import { openPackage } from "../../../src/xlsx/package/openPackage";
import { PACKAGE_LIMITS } from "../../../src/xlsx/package/packageLimits";
import { WorkbookFileError } from "../../../src/xlsx/workbookFileError";
import { craftZip, deflatedEntry, repeatedDeflate } from "../fixtures/craftZip";

function problemOf(run: () => unknown): { problem: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookFileError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error("expected a WorkbookFileError");
}

const sheetXml = `<worksheet><sheetData>${Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("")}</sheetData></worksheet>`;
const small = zipSync(
  {
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8("<workbook>£ café</workbook>"),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
    "xl/media/image1.png": [new Uint8Array([137, 80, 78, 71]), { level: 0 }],
  },
  { level: 6 },
);

describe("openPackage", () => {
  it("lists every entry in central-directory order with its sizes and CRC", () => {
    const opened = openPackage(small, "book.xlsx");
    expect(opened.entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/media/image1.png"]);
    const sheet = opened.entry("xl/worksheets/sheet1.xml");
    expect(sheet?.method).toBe(8);
    expect(sheet?.uncompressedSize).toBe(Buffer.byteLength(sheetXml));
    expect(opened.entry("xl/media/image1.png")?.method).toBe(0);
    // zlib's crc32 of the same bytes (node:zlib, independent of fflate)
    expect(sheet?.crc32).toBe(crc32(Buffer.from(sheetXml)));
  });

  it("gives an entry's compressed bytes untouched, which inflate to the part", () => {
    const sheet = openPackage(small, "book.xlsx").entry("xl/worksheets/sheet1.xml");
    expect(sheet?.compressedSize).toBe(sheet?.raw().length);
    expect(Buffer.from(inflateRawSync(sheet!.raw())).toString("utf8")).toBe(sheetXml);
  });

  it("reads a part's text and bytes, and finds parts whatever their case", () => {
    const opened = openPackage(small, "book.xlsx");
    expect(opened.readText("xl/workbook.xml")).toBe("<workbook>£ café</workbook>");
    expect(opened.has("XL/Workbook.xml")).toBe(true);
    expect(opened.has("xl/missing.xml")).toBe(false);
    expect([...opened.readBytes("xl/media/image1.png")]).toEqual([137, 80, 78, 71]);
  });

  it("streams a large part in pieces that join to the whole text", () => {
    const big = zipSync({ "s.xml": strToU8(sheetXml.repeat(20)) });
    const pieces: string[] = [];
    for (const text of openPackage(big, "big.xlsx").textPieces("s.xml")) pieces.push(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(sheetXml.repeat(20));
  });

  it("says an empty file, a renamed file and a password-protected file are what they are", () => {
    expect(problemOf(() => openPackage(new Uint8Array(), "e.xlsx")).message).toBe("e.xlsx is empty (0 bytes), not an Excel workbook.");
    expect(problemOf(() => openPackage(strToU8("Team,Score\n"), "r.xlsx")).message).toMatch(/^r\.xlsx is not an Excel \.xlsx workbook/);
    expect(problemOf(() => openPackage(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "p.xlsx")).problem).toBe("encrypted");
  });

  it("calls a truncated zip damaged, not renamed", () => {
    const cut = problemOf(() => openPackage(small.subarray(0, Math.floor(small.length / 2)), "cut.xlsx"));
    expect(cut.problem).toBe("damaged");
    expect(cut.message).toMatch(/^cut\.xlsx could not be opened as an Excel workbook; it is damaged/);
  });

  it("refuses a package declaring more than the limit before inflating anything", () => {
    // Declares 3 GB in its directory; the bytes behind it are only a few, so inflating would fail.
    const bomb = craftZip([deflatedEntry("xl/workbook.xml", "<workbook/>"), { ...deflatedEntry("xl/worksheets/sheet1.xml", "<worksheet/>"), declaredSize: 3 * 1024 ** 3 }]);
    expect(problemOf(() => openPackage(bomb, "bomb.xlsx")).message).toBe("bomb.xlsx unpacks to more than 2 GB; it may be damaged or hostile, so it was not opened.");
    const roomy = { ...PACKAGE_LIMITS, maximumUncompressedBytes: Infinity };
    // 3 x 1024^3 declared bytes over the 14 bytes zlib deflates "<worksheet/>" to.
    expect(problemOf(() => openPackage(bomb, "bomb.xlsx", roomy)).message).toBe("bomb.xlsx has a part (xl/worksheets/sheet1.xml) that unpacks to 230,087,534 times its stored size, more than the 500 times any workbook needs; it may be damaged or hostile, so it was not opened.");
  });

  it("stops inflating a part that produces more than its declared size", () => {
    // 64 MB of spaces declared as 1,000 bytes: the lie is caught after the first slice, not at the end.
    const { raw } = repeatedDeflate("<worksheet>", Buffer.alloc(1024 * 1024, 0x20), 64, "</worksheet>");
    const liar = craftZip([{ name: "xl/worksheets/sheet1.xml", method: 8, raw, crc32: 0, declaredSize: 1000 }]);
    const opened = openPackage(liar, "liar.xlsx");
    let seen = 0;
    const stopped = problemOf(() => {
      for (const text of opened.textPieces("xl/worksheets/sheet1.xml")) seen += text.length;
    });
    expect(stopped.message).toBe("liar.xlsx could not be opened: its part xl/worksheets/sheet1.xml unpacks to more than the 1,000 bytes its zip directory declares; it may be damaged or hostile.");
    expect(seen).toBeLessThanOrEqual(1000);
    expect(problemOf(() => opened.readText("xl/worksheets/sheet1.xml")).problem).toBe("damaged");
  });

  it("calls a part that does not inflate damaged", () => {
    const garbage = craftZip([{ name: "xl/workbook.xml", method: 8, raw: new Uint8Array([0xff, 0xff, 0xff, 0xff]), crc32: 0, declaredSize: 100 }]);
    expect(problemOf(() => openPackage(garbage, "g.xlsx").readText("xl/workbook.xml")).message).toMatch(/^g\.xlsx could not be opened as an Excel workbook; it is damaged \(its part xl\/workbook\.xml cannot be unpacked/);
  });

  it("keeps the documented limits", () => {
    expect(PACKAGE_LIMITS.maximumUncompressedBytes).toBe(2147483648);
  });
});
