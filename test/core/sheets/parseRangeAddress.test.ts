import { parseRangeAddress, rangeAddress } from "../../../src/core/sheets";

describe("parseRangeAddress", () => {
  it("reads the address an .xlsx table records, in either corner order and with $ signs", () => {
    expect(parseRangeAddress("B3:D7")).toEqual({ top: 3, left: 2, bottom: 7, right: 4 });
    expect(parseRangeAddress("$D$7:$B$3")).toEqual({ top: 3, left: 2, bottom: 7, right: 4 });
    expect(parseRangeAddress("aa10")).toEqual({ top: 10, left: 27, bottom: 10, right: 27 });
  });

  it("reaches the last cell of Excel's grid, XFD1048576, and no further", () => {
    expect(parseRangeAddress("A1:XFD1048576")).toEqual({ top: 1, left: 1, bottom: 1048576, right: 16384 });
    expect(parseRangeAddress("XFE1")).toBeNull();
    expect(parseRangeAddress("A1048577")).toBeNull();
    expect(parseRangeAddress("A0")).toBeNull();
  });

  it("gives null for what is not a plain cell or rectangle", () => {
    for (const text of ["", "Audits!B3", "B:B", "3:3", "B3:D7:E9", "Scores", "B3:"]) expect(parseRangeAddress(text)).toBeNull();
  });

  it("is the inverse of rangeAddress", () => {
    for (const range of [{ top: 1, left: 1, bottom: 1, right: 1 }, { top: 5, left: 26, bottom: 900, right: 53 }]) {
      expect(parseRangeAddress(rangeAddress(range))).toEqual(range);
    }
  });
});
