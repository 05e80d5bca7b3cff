import { dateToSerial, formatUkDate, parseDate, serialToDate } from "../../../src/core/values";

// Reference serials: Excel's =DATE(2026,3,3) is 46084, =DATE(2026,3,1) is 46082, =DATE(1900,3,1) is 61,
// =DATE(9999,12,31) is 2958465, =DATE(2024,2,29) is 45351.

describe("parseDate", () => {
  it("matches its JSDoc example", () => {
    expect(parseDate("03/03/2026")).toBe(46084);
    expect(parseDate("Mar-26")).toBe(46082);
    expect(parseDate("31/02/2026")).toBeNull();
  });

  it("keeps Excel serial numbers within Excel's date range", () => {
    expect(parseDate(46084)).toBe(46084);
    expect(parseDate(46084.5)).toBe(46084.5);
    expect(parseDate(1)).toBe(1);
    expect(parseDate(2958465)).toBe(2958465);
    expect(parseDate(2958465.5)).toBe(2958465.5);
  });

  it("rejects serial numbers outside Excel's date range", () => {
    for (const v of [0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) expect(parseDate(v)).toBeNull();
  });

  it("reads a Date by its UTC day and time, as ExcelJS returns cell dates", () => {
    expect(parseDate(new Date(Date.UTC(2026, 2, 3)))).toBe(46084);
    expect(parseDate(new Date(Date.UTC(2026, 2, 3, 18)))).toBe(46084.75);
    expect(parseDate(new Date(Number.NaN))).toBeNull();
    expect(parseDate(new Date(Date.UTC(1899, 0, 1)))).toBeNull();
  });

  it.each([
    ["03/03/2026", 46084],
    ["3/3/2026", 46084],
    ["3/3/26", 46084],
    ["03-03-2026", 46084],
    ["03.03.2026", 46084],
    [" 03/03/2026 ", 46084],
    ["3 Mar 2026", 46084],
    ["3 mar 2026", 46084],
    ["3 March 2026", 46084],
    ["3rd March 2026", 46084],
    ["Tue 3 March 2026", 46084],
    ["3-Mar-2026", 46084],
    ["03-Mar-26", 46084],
    ["3 Sept 2026", 46268],
    ["Mar-26", 46082],
    ["Mar 2026", 46082],
    ["March 2026", 46082],
    ["march 2026", 46082],
    ["2026-03-03", 46084],
    ["2026-03-03T12:00", 46084.5],
    ["2026-03-03T18:00:00Z", 46084.75],
    ["2026-03-03 06:00:00", 46084.25],
    ["03/03/2026 12:00", 46084.5],
    ["29/02/2024", 45351],
    ["01/03/1900", 61],
    ["31/12/9999", 2958465],
  ])("reads %p as %p", (text, serial) => {
    expect(parseDate(text)).toBeCloseTo(serial, 9);
  });

  it("reads numeric dates day first, as in the UK", () => {
    // 04/03/2026 is 4 March 2026 (=DATE(2026,3,4) is 46085), never 3 April.
    expect(parseDate("04/03/2026")).toBe(46085);
    expect(parseDate("13/01/2026")).toBe(parseDate("2026-01-13"));
    expect(parseDate("01/13/2026")).toBeNull();
  });

  it("follows Excel's two-digit year cut-off", () => {
    expect(parseDate("01/01/29")).toBe(parseDate("01/01/2029"));
    expect(parseDate("01/01/30")).toBe(parseDate("01/01/1930"));
  });

  it.each([
    ["31/02/2026"], ["29/02/2025"], ["32/01/2026"], ["00/01/2026"], ["01/00/2026"], ["2026-02-30"], ["2026-13-01"],
    ["03/03-2026"], ["3 Marc 2026"], ["Smarch 2026"], ["next week"], ["46084"], ["2026"], ["7/8"], ["31/12/1899"],
    ["2026-03-03T25:00"], ["03/03/2026 12:60"], [""], ["N/A"], ["Mar"],
  ])("rejects %p", (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it("rejects booleans, blanks and errors", () => {
    for (const v of [true, false, null, undefined, { error: "#N/A" }]) expect(parseDate(v)).toBeNull();
  });
});

describe("dateToSerial", () => {
  it("matches its JSDoc example", () => {
    expect(dateToSerial(new Date(Date.UTC(2026, 2, 3, 12)))).toBe(46084.5);
  });

  it("counts days from 30/12/1899 in UTC", () => {
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  it("throws a RangeError for an invalid Date", () => {
    expect(() => dateToSerial(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("serialToDate", () => {
  it("matches its JSDoc example", () => {
    expect(serialToDate(46084).toISOString()).toBe("2026-03-03T00:00:00.000Z");
  });

  it("keeps the time of day and round-trips with dateToSerial", () => {
    expect(serialToDate(46084.75).toISOString()).toBe("2026-03-03T18:00:00.000Z");
    expect(dateToSerial(serialToDate(46084.25))).toBe(46084.25);
  });

  it("throws a RangeError for a serial that is not a number", () => {
    expect(() => serialToDate(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatUkDate", () => {
  it("matches its JSDoc example", () => {
    expect(formatUkDate(46084.75)).toBe("03/03/2026");
  });

  it("pads days and months and round-trips with parseDate", () => {
    expect(formatUkDate(45292)).toBe("01/01/2024");
    expect(parseDate(formatUkDate(45351))).toBe(45351);
  });

  it("throws a RangeError for a serial that is not a number", () => {
    expect(() => formatUkDate(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
