import { sanitiseMapping } from "../../../src/core/audit/sanitiseMapping";

describe("sanitiseMapping", () => {
  it("matches its JSDoc example", () => {
    expect(sanitiseMapping([{ index: 1, role: "score" }, { index: -1, role: "team" }, "Team"])).toEqual([
      { index: 1, header: "", role: "score", confidence: 1, reason: "Chosen by the user." },
    ]);
  });

  it("keeps one entry per column, in column order, and nothing for what is not a list", () => {
    expect(sanitiseMapping([{ index: 2, role: "team" }, { index: 0, role: "date" }, { index: 2, role: "score" }]).map((entry) => [entry.index, entry.role])).toEqual([[0, "date"], [2, "team"]]);
    expect(sanitiseMapping("mapping")).toEqual([]);
  });
});
