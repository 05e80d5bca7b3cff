// The Assurance Summary as the command line writes it into the sample workbook, read back from the
// .xlsx file: its sections follow the statuses, proposed actions stay apart from support in place,
// and no number reads as its target unless it is the target (issue 13).
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { formatPercentAgainstTarget, type GroupResult, type GroupStatus, type WorkbookAnalysis } from "../../src/core/compare";
import { SAMPLE_EXPECTATIONS } from "../../scripts/sample/sampleExpectations";
import { openBook } from "../xlsx/fixtures/sheetSnapshot";
import { fakeIo } from "./fakeIo";

const sample = path.join(__dirname, "../..", SAMPLE_EXPECTATIONS.file);
// The sample's documented as-of date (31/03/2026) and targets.
const settings = ["--as-of", "31/03/2026", "--weeks", String(SAMPLE_EXPECTATIONS.period.weeks), "--target", "90", "--target-for", "Safeguarding checks=95"];

let lastErrors = "";

async function analyse(file: string): Promise<WorkbookAnalysis> {
  const io = fakeIo();
  const code = await main(["analyse", file, "--in-place", "--json", ...settings], io);
  if (code !== 0) throw new Error(io.err());
  lastErrors = io.err();
  return JSON.parse(io.out()) as WorkbookAnalysis;
}

async function summaryLines(file: string): Promise<string[]> {
  const sheet = (await openBook(file)).getWorksheet("Assurance Summary") as ExcelJS.Worksheet;
  const lines: string[] = [];
  sheet.eachRow((row) => {
    const value = row.getCell(1).value;
    if (typeof value === "string") lines.push(value);
  });
  return lines;
}

/** The summary's section for each status, in the order of the statuses from best to worst. */
const sectionOfStatus: Record<GroupStatus, string> = {
  embedded: "Embedded",
  improving: "Improving, not yet at target",
  fragile: "Fragile",
  "below-target": "Below target or getting worse",
  deteriorating: "Below target or getting worse",
  "insufficient-evidence": "Not enough evidence",
};
const statusSections = [...new Set(Object.values(sectionOfStatus))];
const headings = ["Overall", ...statusSections, "Proposed actions", "Support in place", "Evidence this rests on"];

/** The lines under a heading, up to the next heading of the summary. */
function section(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  const end = lines.findIndex((line, index) => index > start && headings.includes(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe("the Assurance Summary written for the sample workbook", () => {
  // One folder for the whole describe: useTempDir's folder is made per test, after beforeAll has run.
  let folder = "";
  const dir = () => folder;
  let lines: string[];
  let analysis: WorkbookAnalysis;
  let file: string;

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "cqc-summary-"));
    file = path.join(dir(), "recovery-audits.xlsx");
    copyFileSync(sample, file);
    analysis = await analyse(file);
    lines = await summaryLines(file);
  }, 60_000);

  const groups = () => analysis.analyses.flatMap((result) => result.dimensions.flatMap((dimension) => dimension.groups.map((group) => ({ result, dimension, group }))));
  const bulletOf = (group: GroupResult, dimensionLabel: string, title: string) => `• ${group.name} (${dimensionLabel.toLowerCase()}, ${title}):`;

  it("has its sections in the order of the statuses, then the actions and the evidence", () => {
    expect(lines.filter((line) => headings.includes(line))).toEqual(headings);
  });

  it("lists every group once, under the section of its own status", () => {
    for (const { result, dimension, group } of groups()) {
      const bullet = bulletOf(group, dimension.label, result.title);
      expect([group.name, section(lines, sectionOfStatus[group.status]).filter((line) => line.startsWith(bullet)).length]).toEqual([group.name, 1]);
      expect([group.name, lines.filter((line) => line.startsWith(bullet)).length]).toEqual([group.name, 1]);
    }
  });

  it("says each group's numbers as the analysis has them, never rounding a value onto its target", () => {
    for (const { result, dimension, group } of groups()) {
      const line = lines.find((l) => l.startsWith(bulletOf(group, dimension.label, result.title)))!;
      const target = result.settings.target;
      expect(line).toContain(`: ${formatPercentAgainstTarget(group.mean, target)} over `);
      // A value below the target never reads as the target ("90% ... below the 90% target").
      const targetText = `${Math.round(target * 100)}%`;
      if (group.mean < target) expect(line.startsWith(`${bulletOf(group, dimension.label, result.title)} ${targetText} over`)).toBe(false);
      // The trend line is "at the target" only within half a point of it.
      if (line.includes("the trend line is at the target")) expect(group.weeksToTarget).toBe(0);
      // Counts read as people write them: "8 of the last 10 periods", out of the complete periods.
      const complete = group.series.filter((p) => !p.partial).length;
      expect(line).toMatch(new RegExp(`(every one of the last ${complete} periods|of the last ${complete} periods)`));
    }
    // Team A's interval starts at 89.8%: shown with its decimal, not as "90-95%".
    expect(lines.find((l) => l.startsWith("• Team A (team, Care record audits):"))).toMatch(/\(95% CI 89\.\d-95%\)/);
  });

  it("states the date of the latest data for each audit, and warns that the safeguarding checks are out of date", () => {
    const overall = section(lines, "Overall");
    expect(overall).toContain("Care record audits: Latest data: 25/03/2026.");
    expect(overall).toContain("Location recovery: Latest data: 23/03/2026.");
    // The last safeguarding check is on 13/03/2026 (ten weeks of checks), 18 days before the as-of date.
    expect(overall).toContain("Safeguarding checks: Data out of date: the latest data is from 13/03/2026, 18 days before the as-of date (31/03/2026), more than two weeks; the statuses describe the position on 13/03/2026.");
    // With --json stdout holds only the analysis: the warning goes to stderr as well.
    expect(lastErrors).toContain("Safeguarding checks: Data out of date: the latest data is from 13/03/2026");
    expect(lastErrors).not.toContain("Care record audits: Data out of date");
  });

  it("lists the add-in's new actions under proposed actions, none of them as support in place", () => {
    const proposed = section(lines, "Proposed actions").filter((line) => line.startsWith("• ACT-"));
    const needing = groups().filter(({ group }) => ["below-target", "deteriorating", "fragile"].includes(group.status));
    expect(proposed).toHaveLength(needing.length);
    for (const line of proposed) expect(line).toMatch(/\(suggested owner: [^;]+; status: Open;/);
    expect(section(lines, "Support in place")).toEqual(["No action has been taken on yet: none has an owner agreed or a status other than Open."]);
  });

  it("moves an action a person has taken on (in progress, or an owner typed) to support in place", async () => {
    const book = await openBook(file);
    const tracker = book.getWorksheet("Action Tracker") as ExcelJS.Worksheet;
    const header = (tracker.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    const column = (name: string) => header.indexOf(name);
    expect(tracker.getRow(2).getCell(column("Action ID")).value).toBe("ACT-001");
    tracker.getRow(2).getCell(column("Status")).value = "In progress";
    tracker.getRow(3).getCell(column("Owner role")).value = "Night manager (R. Khan)";
    await book.xlsx.writeFile(file);

    await analyse(file);
    const again = await summaryLines(file);
    const inPlace = section(again, "Support in place");
    expect(inPlace.map((line) => line.slice(0, 9))).toEqual(["• ACT-001", "• ACT-002"]);
    expect(inPlace[0]).toMatch(/\(owner: Deputy manager; status: In progress;/);
    expect(inPlace[1]).toMatch(/\(owner: Night manager \(R\. Khan\); status: Open;/);
    const proposed = section(again, "Proposed actions").filter((line) => line.startsWith("• ACT-"));
    expect(proposed.some((line) => line.startsWith("• ACT-001") || line.startsWith("• ACT-002"))).toBe(false);
    expect(proposed.length).toBeGreaterThan(0);
  }, 60_000);
});
