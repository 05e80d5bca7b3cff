import { StatsError } from "../../src/core/stats";
import { ArgumentError } from "../../src/functions/ArgumentError";
import { toCustomFunctionsError } from "../../src/functions/toCustomFunctionsError";

describe("toCustomFunctionsError", () => {
  it("keeps an argument error's code and full message", () => {
    const error = toCustomFunctionsError("CQC.SPC", new ArgumentError("not-available", "CQC.SPC needs at least 2 values."));
    expect([error.code, error.message]).toEqual(["#N/A", "CQC.SPC needs at least 2 values."]);
  });

  it("shows too little data and a trend that never arrives as #N/A, and bad arguments as #VALUE!", () => {
    const codeFor = (code: StatsError["code"]): string => toCustomFunctionsError("CQC.X", new StatsError(code, "Why.")).code;
    expect(["insufficient-data", "flat-trend", "invalid-argument", "mismatched-lengths"].map((c) => codeFor(c as StatsError["code"]))).toEqual([
      "#N/A",
      "#N/A",
      "#VALUE!",
      "#VALUE!",
    ]);
  });

  it("prefixes core messages with the function's name", () => {
    expect(toCustomFunctionsError("CQC.TREND", new StatsError("invalid-argument", "Why.")).message).toBe("CQC.TREND: Why.");
  });

  it("shows an unexpected fault as #VALUE! with its message", () => {
    const error = toCustomFunctionsError("CQC.SPC", new TypeError("boom"));
    expect([error.code, error.message]).toEqual(["#VALUE!", "CQC.SPC could not calculate: boom"]);
  });
});
