import { looksLikeAuditData, readAuditGrid, type GridReadResult } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";

// A resident survey: Floor 1 rated 5, 4, 5, 4; Floor 2 rated 3, 4, 3, 2 (hand-chosen).
const ratings = [5, 4, 5, 4, 3, 4, 3, 2];
const survey = (header: string, values: readonly CellValue[] = ratings): CellValue[][] => [
  ["Date", "Floor", header],
  ...values.map((value, i): CellValue[] => [`${String(5 + i).padStart(2, "0")}/01/2026`, i < 4 ? "Floor 1" : "Floor 2", value]),
];

function meanPercentByFloor(result: GridReadResult): Record<string, number> {
  const sums: Record<string, [number, number]> = {};
  for (const record of result.records) {
    const floor = record.groups.team ?? "";
    const [total, count] = sums[floor] ?? [0, 0];
    sums[floor] = [total + (record.kind === "score" ? record.score : record.passed / record.checked), count + 1];
  }
  return Object.fromEntries(Object.entries(sums).map(([floor, [total, count]]) => [floor, Math.round((total / count) * 1000) / 10]));
}

describe("readAuditGrid on ratings out of a scale", () => {
  it.each(["Satisfaction (1-5)", "Satisfaction (out of 5)", "Satisfaction rating 1 to 5", "Satisfaction /5"])("reads %p as a percentage of 5", (header) => {
    const result = readAuditGrid(survey(header), { sheet: "Resident survey" });
    expect(result.mapping[2].role).toBe("score");
    expect(result.mapping[2].reason).toBe("Scores out of 5, read as a percentage of 5: 4 is 80%.");
    // Floor 1: (5 + 4 + 5 + 4) / 4 = 4.5 of 5 = 90%; Floor 2: (3 + 4 + 3 + 2) / 4 = 3 of 5 = 60%.
    expect(meanPercentByFloor(result)).toEqual({ "Floor 1": 90, "Floor 2": 60 });
  });

  it("reads a score out of 10 the same way, and names a rating above the scale as a problem", () => {
    const result = readAuditGrid(survey("Score out of 10", [8, 9, 12, 7, 6, 5, 6, 7]), { sheet: "Resident survey" });
    expect(result.problems.map((problem) => problem.message)).toEqual(['Row 4, column C "Score out of 10": 12 is not a score out of 10 (the header\'s scale); row left out']);
    // Floor 1: (8 + 9 + 7) / 3 = 8 of 10 = 80%; Floor 2: (6 + 5 + 6 + 7) / 4 = 6 of 10 = 60%.
    expect(meanPercentByFloor(result)).toEqual({ "Floor 1": 80, "Floor 2": 60 });
  });

  it.each(["Satisfaction", "Score"])("never reads whole numbers 1 to 5 under %p as percentages, and says what to write", (header) => {
    const grid = survey(header);
    const result = readAuditGrid(grid, { sheet: "Resident survey" });
    expect(result.records).toEqual([]);
    expect([result.mapping[2].role, result.mapping[2].unclearMeasure]).toEqual(["ignore", true]);
    expect(result.mapping[2].reason).toBe(`Holds whole numbers 2 to 5, and the header states no maximum: if it is a rating out of 5, say so in the header, e.g. "${header} (out of 5)"; not read as a percentage until then.`);
    expect(looksLikeAuditData(grid).reason).toBe(`No column of scores, counts, Yes/No answers or weekly or monthly results. Column C "${header}" holds whole numbers 2 to 5, and the header states no maximum: if it is a rating out of 5, say so in the header, e.g. "${header} (out of 5)"; not read as a percentage until then.`);
  });

  it("leaves percentages, proportions and counts of items as they were", () => {
    // Percentages 100 and 90: Floor 1 (100 + 90) / 2 = 95%; Floor 2 (90 + 80) / 2 = 85%.
    expect(meanPercentByFloor(readAuditGrid(survey("Score", [100, 90, 90, 80].flatMap((v) => [v, v]).slice(0, 8)), { sheet: "S" }))).toEqual({ "Floor 1": 95, "Floor 2": 85 });
    // Proportions 0 and 1 are not a rating scale: Floor 1 (1 + 1 + 0 + 1) / 4 = 75%; Floor 2 (0 + 1 + 1 + 1) / 4 = 75%.
    expect(meanPercentByFloor(readAuditGrid(survey("Score", [1, 1, 0, 1, 0, 1, 1, 1]), { sheet: "S" }))).toEqual({ "Floor 1": 75, "Floor 2": 75 });
    // Whole numbers passed beside a count checked stay counts: 4 of 5, 3 of 5 ... (Floor 1: 16 of 20 = 80%, as each record 4/5).
    const counts: CellValue[][] = [["Date", "Floor", "Score", "Out of"], ...[4, 4, 4, 4, 3, 3, 3, 3].map((v, i): CellValue[] => [`${String(5 + i).padStart(2, "0")}/01/2026`, i < 4 ? "Floor 1" : "Floor 2", v, 5])];
    const read = readAuditGrid(counts, { sheet: "S" });
    expect(read.mapping.map((entry) => entry.role)).toEqual(["date", "team", "passed", "checked"]);
    expect(meanPercentByFloor(read)).toEqual({ "Floor 1": 80, "Floor 2": 60 });
  });
});

describe("readAuditGrid on small whole percentages under a header that says so", () => {
  it.each(["Error rate %", "Medication error rate", "Falls per 1,000 bed days"])("reads whole numbers 1 to 5 under %p as the rate they are, not a rating with no scale", (header) => {
    const result = readAuditGrid(survey(header), { sheet: "Medication errors" });
    expect(result.mapping[2].role).toBe("score");
    // Floor 1: (5 + 4 + 5 + 4) / 4 = 4.5 (%); Floor 2: (3 + 4 + 3 + 2) / 4 = 3 (%).
    expect(meanPercentByFloor(result)).toEqual({ "Floor 1": 4.5, "Floor 2": 3 });
  });
});
