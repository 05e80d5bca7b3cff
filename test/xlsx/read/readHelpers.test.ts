import { isDateFormat } from "../../../src/xlsx/read/isDateFormat";
import { resolvePartName } from "../../../src/xlsx/read/resolvePartName";
import { SparseCells } from "../../../src/xlsx/read/sparseCells";

describe("isDateFormat", () => {
  it("matches its JSDoc examples", () => {
    expect(isDateFormat(14, null)).toBe(true);
    expect(isDateFormat(164, "0.0%")).toBe(false);
    expect(isDateFormat(165, "dd/mm/yyyy;@")).toBe(true);
  });

  it("reads built-in ids, elapsed times and locale prefixes, and ignores quoted and escaped letters", () => {
    // Built-in ids from ECMA-376 Part 1, 18.8.30: 22 is "m/d/yy h:mm", 2 is "0.00", 49 is "@".
    expect([22, 2, 49].map((id) => isDateFormat(id, null))).toEqual([true, false, false]);
    expect(isDateFormat(170, "[h]:mm:ss")).toBe(true);
    expect(isDateFormat(171, "[$-809]d mmmm yyyy")).toBe(true);
    expect(isDateFormat(172, '0 "days"')).toBe(false);
    expect(isDateFormat(173, "0\\h")).toBe(false);
    expect(isDateFormat(174, "[Red]0.00;[Blue]-0.00")).toBe(false);
    expect(isDateFormat(175, "General")).toBe(false);
  });
});

describe("resolvePartName", () => {
  it("matches its JSDoc example", () => {
    expect(resolvePartName("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
  });

  it("resolves from the package root, from the part's folder, and decodes escapes", () => {
    expect(resolvePartName("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolvePartName("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolvePartName("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolvePartName("xl/workbook.xml", "worksheets/My%20Sheet.xml")).toBe("xl/worksheets/My Sheet.xml");
  });
});

describe("SparseCells", () => {
  it("matches its JSDoc example", () => {
    const cells = new SparseCells();
    cells.add(100000, 16384, "x");
    expect([cells.count, cells.row(0), cells.column(0), cells.value(0)]).toEqual([1, 100000, 16384, "x"]);
  });

  it("keeps cells across blocks and lets a used block go", () => {
    const cells = new SparseCells();
    for (let i = 0; i < 70_000; i += 1) cells.add(i + 1, (i % 3) + 1, i);
    expect([cells.row(65_536), cells.column(65_536), cells.value(65_536)]).toEqual([65_537, 2, 65_536]);
    // 65,535 is the last cell of the first block of 65,536.
    cells.releaseThrough(65_535);
    expect(() => cells.value(0)).toThrow(RangeError);
    expect(cells.value(69_999)).toBe(69_999);
  });
});
