import { EXCEL_DATE_LIMITS, EXCEL_ERROR_CODES, NOT_APPLICABLE_SPELLINGS, YES_NO_ANSWERS } from "../../../src/core/values";

describe("EXCEL_ERROR_CODES", () => {
  it("matches its JSDoc example", () => {
    expect(EXCEL_ERROR_CODES.includes("#N/A")).toBe(true);
  });
});

describe("EXCEL_DATE_LIMITS", () => {
  it("matches its JSDoc example", () => {
    // Excel: =DATE(9999,12,31) is 2958465, the last date Excel shows.
    expect(EXCEL_DATE_LIMITS.lastSerial).toBe(2958465);
  });

  it("counts from 30 December 1899", () => {
    expect(new Date(EXCEL_DATE_LIMITS.epochMs).toISOString()).toBe("1899-12-30T00:00:00.000Z");
  });
});

describe("NOT_APPLICABLE_SPELLINGS", () => {
  it("matches its JSDoc example", () => {
    expect(NOT_APPLICABLE_SPELLINGS.includes("n/a")).toBe(true);
  });
});

describe("YES_NO_ANSWERS", () => {
  it("matches its JSDoc example", () => {
    expect(YES_NO_ANSWERS.includes("na")).toBe(true);
  });
});
