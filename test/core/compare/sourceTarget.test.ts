import { analyseWorkbook } from "../../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../../src/app/ports";
import { targetForSource, unmatchedTargetNames } from "../../../src/core/compare";

const safeguarding = { title: "Safeguarding checks", sources: [{ sheet: "Safeguarding checks", table: "SafeguardingChecks" }] };

describe("targetForSource", () => {
  it("matches its JSDoc example", () => {
    expect(targetForSource({ SafeguardingChecks: 0.95 }, safeguarding)).toEqual({ name: "SafeguardingChecks", target: 0.95 });
  });

  it("finds a target by the title, the sheet or the table, ignoring case and spaces around", () => {
    expect(targetForSource({ " safeguarding CHECKS ": 0.95 }, safeguarding)).toEqual({ name: " safeguarding CHECKS ", target: 0.95 });
    expect(targetForSource({ safeguardingchecks: 0.95 }, safeguarding)?.target).toBe(0.95);
    expect(targetForSource({ "Safeguarding checks": 0.95 }, { title: "Safeguarding checks", sources: [{ sheet: "Safeguarding checks", table: null }] })?.target).toBe(0.95);
  });

  it("prefers the title when targets are set under more than one of the names", () => {
    expect(targetForSource({ SafeguardingChecks: 0.9, "Safeguarding checks": 0.95 }, safeguarding)?.target).toBe(0.95);
  });

  it("gives null when no target is set for the audit", () => {
    expect(targetForSource(undefined, safeguarding)).toBeNull();
    expect(targetForSource({ "Care record audits": 0.95 }, safeguarding)).toBeNull();
  });
});

describe("a target set for one audit, in the analysis", () => {
  // Monday 05/01/2026 is Excel serial 46027; Night scores 92% every week: above 90%, below 95%.
  function checks(table: string | null): SheetGrid {
    const values: SheetGrid["values"] = [["Date", "Shift", "Score"]];
    for (let week = 0; week < 10; week++) for (const [shift, score] of [["Day", 99], ["Night", 92]] as const) values.push([46027 + week * 7, shift, score]);
    return { sheet: "Safeguarding checks", table, firstRow: 1, firstColumn: 1, values, file: null };
  }

  it("applies whether it was set under the table's name and the sheet was read, or the other way round", () => {
    const night = (grid: SheetGrid, targetsBySource: Record<string, number>) => {
      // Weekly periods: by month, March holds two of its weeks and is partial, leaving two months to judge.
      const [analysis] = analyseWorkbook([grid], { asOf: 46112, target: 90, targetsBySource, period: "week" }).analyses;
      return [analysis.settings.target, analysis.dimensions[0].groups.find((g) => g.name === "Night")?.status];
    };
    // Read as a sheet with no table, the table's name is unknown: the service target applies.
    expect(night(checks(null), { SafeguardingChecks: 95 })).toEqual([0.9, "embedded"]);
    expect(night(checks("SafeguardingChecks"), { SafeguardingChecks: 95 })).toEqual([0.95, "below-target"]);
    expect(night(checks("SafeguardingChecks"), { "Safeguarding checks": 95 })).toEqual([0.95, "below-target"]);
    expect(night(checks(null), { "Safeguarding checks": 95 })).toEqual([0.95, "below-target"]);
  });
});

describe("unmatchedTargetNames", () => {
  it("matches its JSDoc example", () => {
    expect(unmatchedTargetNames({ Safeguarding: 0.95 }, [{ title: "Safeguarding checks", sources: [{ sheet: "Safeguarding checks", table: null }] }])).toEqual(["Safeguarding"]);
  });

  it("accepts a target set under the title, a sheet or a table, in any case", () => {
    expect(unmatchedTargetNames({ SAFEGUARDINGCHECKS: 0.95, "safeguarding checks": 0.95 }, [safeguarding])).toEqual([]);
    expect(unmatchedTargetNames(undefined, [safeguarding])).toEqual([]);
  });
});
