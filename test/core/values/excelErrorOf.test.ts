import { EXCEL_ERROR_CODES, excelErrorOf } from "../../../src/core/values";

describe("excelErrorOf", () => {
  it("matches its JSDoc example", () => {
    expect(excelErrorOf("#N/A")).toBe("#N/A");
    expect(excelErrorOf({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(excelErrorOf("N/A")).toBeNull();
  });

  it.each(EXCEL_ERROR_CODES.map((code) => [code]))("recognises the Office.js error string %s", (code) => {
    expect(excelErrorOf(code)).toBe(code);
  });

  it("recognises the codes named in the brief", () => {
    // Office.js passes these error strings to custom functions (custom-functions error docs).
    const codes = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA"];
    expect(codes.map(excelErrorOf)).toEqual(codes);
  });

  it("ignores case and surrounding spaces and returns the canonical code", () => {
    expect(excelErrorOf(" #value! ")).toBe("#VALUE!");
    expect(excelErrorOf("#n/a")).toBe("#N/A");
  });

  it("reads ExcelJS error objects", () => {
    expect(excelErrorOf({ error: "#REF!" })).toBe("#REF!");
    expect(excelErrorOf({ error: "#name?" })).toBe("#NAME?");
  });

  it("returns null for text that only looks like an error", () => {
    expect(excelErrorOf("#1 priority")).toBeNull();
    expect(excelErrorOf("#")).toBeNull();
    expect(excelErrorOf("Error")).toBeNull();
  });

  it("returns null for every non-error value", () => {
    for (const v of [null, undefined, "", 0, 1, true, false, new Date(0), "N/A", "87%"]) {
      expect(excelErrorOf(v)).toBeNull();
    }
  });
});
