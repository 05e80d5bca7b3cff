import { groupDetail, progressFraction, progressText } from "../../src/taskpane/formatResult";

describe("groupDetail", () => {
  it("writes records with thousands separators (issue 15: “25125 records” beside “100,000”)", () => {
    expect(groupDetail({ records: 25125, lower: 0.73, upper: 0.82, trendPerWeek: 0.012 })).toBe("25,125 records, 95% CI 73–82%, +1.2 points a week");
  });

  it("says “1 record” for one", () => {
    expect(groupDetail({ records: 1, lower: 0.2, upper: 1, trendPerWeek: null })).toBe("1 record, 95% CI 20–100%, no trend yet");
  });
});

describe("progressText", () => {
  it("gives the stage with its numbers formatted the one way", () => {
    expect(progressText({ stage: "Reading “Care record audits”", done: 12000, total: 100001, unit: "rows" })).toBe("Reading “Care record audits”: 12,000 of 100,001 rows");
    expect(progressText({ stage: "Writing the sheets", done: 2, total: 4, unit: "sheets" })).toBe("Writing the sheets: 2 of 4 sheets");
  });

  it("gives a count without a total, and words alone with an ellipsis", () => {
    expect(progressText({ stage: "Reading rows", done: 5000, unit: "rows" })).toBe("Reading rows: 5,000 rows");
    expect(progressText({ stage: "Comparing 100,001 rows" })).toBe("Comparing 100,001 rows…");
  });
});

describe("progressFraction", () => {
  it("measures done against total, or takes the fraction given", () => {
    expect(progressFraction({ stage: "Reading", done: 25, total: 100 })).toBe(0.25);
    expect(progressFraction({ stage: "Writing", fraction: 0.5 })).toBe(0.5);
    expect(progressFraction({ stage: "Comparing" })).toBeUndefined();
  });
});
