import {
  ASSURANCE_LABELS,
  DIRECTIONS,
  COMPARE_STATUSES,
  ON_TRACK_STATUSES,
  SPC_METHODS,
  SPECIAL_CAUSE_RULES,
  STATS_ERROR_CODES,
  StatsError,
  VARIATION_LABELS,
} from "../../../src/core/stats";

describe("STATS_ERROR_CODES", () => {
  it("matches its JSDoc example", () => {
    expect(STATS_ERROR_CODES.includes("flat-trend")).toBe(true);
  });
});

describe("StatsError", () => {
  it("matches its JSDoc example", () => {
    expect(new StatsError("insufficient-data", "XmR limits need at least 2 values; got 1.").code).toBe("insufficient-data");
  });

  it("is an Error with its message and name", () => {
    const error = new StatsError("invalid-argument", "Bad.");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(StatsError);
    expect(error.message).toBe("Bad.");
    expect(error.name).toBe("StatsError");
  });
});

describe("DIRECTIONS", () => {
  it("matches its JSDoc example", () => {
    expect(DIRECTIONS[0]).toBe("up");
  });
});

describe("SPC_METHODS", () => {
  it("matches its JSDoc example", () => {
    expect(SPC_METHODS[0]).toBe("MDC");
  });
});

describe("SPECIAL_CAUSE_RULES", () => {
  it("matches its JSDoc example and lists the rules in order of precedence", () => {
    // NHSRplotthedots precedence (NHS England Making Data Count; NHSRplotthedots R/ptd_calculate_point_type.R).
    expect(SPECIAL_CAUSE_RULES[0]).toBe("astronomical");
    expect(SPECIAL_CAUSE_RULES).toEqual(["astronomical", "trend", "two-of-three", "shift"]);
  });
});

describe("ON_TRACK_STATUSES", () => {
  it("matches its JSDoc example", () => {
    expect(ON_TRACK_STATUSES[1]).toBe("On track");
  });
});

describe("COMPARE_STATUSES", () => {
  it("matches its JSDoc example", () => {
    expect(COMPARE_STATUSES[2]).toBe("Not yet clear");
  });
});

describe("VARIATION_LABELS", () => {
  it("matches its JSDoc example and uses the Making Data Count wording", () => {
    // NHS England Making Data Count; NHSRplotthedots R/ptd_calculate_point_type.R.
    expect(VARIATION_LABELS[0]).toBe("Common Cause");
    expect(VARIATION_LABELS).toEqual([
      "Common Cause",
      "Improvement (High)",
      "Improvement (Low)",
      "Concern (High)",
      "Concern (Low)",
      "Neither (High)",
      "Neither (Low)",
    ]);
  });
});

describe("ASSURANCE_LABELS", () => {
  it("matches its JSDoc example and uses the Making Data Count wording", () => {
    // NHS England Making Data Count; NHSRplotthedots R/ptd_calculate_point_type.R.
    expect(ASSURANCE_LABELS[1]).toBe("Hit or Miss");
    expect(ASSURANCE_LABELS).toEqual(["Pass", "Hit or Miss", "Fail"]);
  });
});
