import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import ExcelJS from "exceljs";

import { sampleWorkbookBuffer, writeSampleWorkbook } from "../../scripts/makeSampleWorkbook";
import { SAMPLE_EXPECTATIONS, SAMPLE_SHEET_NAMES } from "../../scripts/sample/sampleExpectations";

// These tests read the committed workbook back with ExcelJS and recompute everything from its cells,
// independently of the generator's own arithmetic, so they check what a user (and our reader) gets.

const repositoryRoot = resolve(__dirname, "..", "..");
const committedPath = join(repositoryRoot, SAMPLE_EXPECTATIONS.file);
const itemHeaders = ["Entry accurate", "Personalised (not generic)", "Risk updated", "Care plan aligned", "Signed and dated"];
/** Rates in the expectations are rounded to four places. */
const measuredTolerance = 0.00006;

type Proportion = number;

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`sheet "${name}" is missing`);
  return sheet;
}

function sheetExpectation(name: string): (typeof SAMPLE_EXPECTATIONS.sheets)[number] {
  const found = SAMPLE_EXPECTATIONS.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no expectation for sheet "${name}"`);
  return found;
}

function dataRowNumbers(name: string): number[] {
  const expected = sheetExpectation(name);
  if (expected.firstDataRow === null || expected.lastDataRow === null) return [];
  const skipped = new Set<number>(expected.nonDataRows.map((row) => row.row));
  const rows: number[] = [];
  for (let row = expected.firstDataRow; row <= expected.lastDataRow; row += 1) if (!skipped.has(row)) rows.push(row);
  return rows;
}

/** The header texts of a row, by column number (1-based), as a map from text to column. */
function headerColumns(sheet: ExcelJS.Worksheet, row: number): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(row).eachCell((cell, column) => {
    if (typeof cell.value === "string") columns.set(cell.value, column);
  });
  return columns;
}

function column(columns: Map<string, number>, header: string): number {
  const found = columns.get(header);
  if (found === undefined) throw new Error(`header "${header}" not found`);
  return found;
}

/** Every cell value of every sheet, with dates as ISO text, for comparing two workbooks. */
function allCellValues(workbook: ExcelJS.Workbook): Record<string, unknown[][]> {
  const sheets: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values : [];
      rows[rowNumber] = values.map((value) => (value instanceof Date ? value.toISOString() : value));
    });
    sheets[sheet.name] = rows;
  });
  return sheets;
}

interface Tally {
  passed: number;
  total: number;
}

function rateOf(tally: Tally | undefined): Proportion {
  if (!tally || tally.total === 0) throw new Error("no evidence for the group");
  return tally.passed / tally.total;
}

function addTo(tallies: Map<string, Tally>, group: string, passed: number, total: number): void {
  const tally = tallies.get(group) ?? { passed: 0, total: 0 };
  tally.passed += passed;
  tally.total += total;
  tallies.set(group, tally);
}

let committed: ExcelJS.Workbook;

beforeAll(async () => {
  committed = await readWorkbook(committedPath);
});

describe("buildSampleWorkbook: sheets", () => {
  it("has the documented sheets in tab order", () => {
    expect(committed.worksheets.map((sheet) => sheet.name)).toEqual([...SAMPLE_SHEET_NAMES]);
  });

  it.each(SAMPLE_EXPECTATIONS.sheets.filter((sheet) => sheet.headerRow !== null).map((sheet) => [sheet.name, sheet]))(
    "has the %s header on its documented row",
    (name, expected) => {
      const sheet = sheetOf(committed, name);
      const headerRow = expected.headerRow as number;
      const texts = expected.headers.map((_, index) => sheet.getRow(headerRow).getCell(index + 1).value);
      expect(texts).toEqual([...expected.headers]);
      for (let row = 1; row < headerRow; row += 1) {
        expect(sheet.getRow(row).getCell(2).value).not.toBe(expected.headers[1]);
      }
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
    },
  );

  it("puts the audit log's header below two title rows and a blank row", () => {
    const sheet = sheetOf(committed, "Care record audits");
    expect(typeof sheet.getCell("A1").value).toBe("string");
    expect(typeof sheet.getCell("A2").value).toBe("string");
    expect(sheet.getRow(3).actualCellCount).toBe(0);
    expect(sheet.autoFilter).toBe(`A4:J${sheetExpectation("Care record audits").lastDataRow}`);
  });

  it("ends each data sheet on its documented last row", () => {
    for (const expected of SAMPLE_EXPECTATIONS.sheets.filter((sheet) => sheet.lastDataRow !== null)) {
      const sheet = sheetOf(committed, expected.name);
      expect([expected.name, sheet.lastRow?.number]).toEqual([expected.name, expected.lastDataRow]);
    }
  });

  it("keeps the safeguarding checks in an Excel table with scores as percentages", () => {
    const sheet = sheetOf(committed, "Safeguarding checks");
    const expected = sheetExpectation("Safeguarding checks");
    expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)).toEqual([expected.tableName]);
    const columns = headerColumns(sheet, 1);
    for (const row of dataRowNumbers("Safeguarding checks")) {
      const cells = sheet.getRow(row);
      const score = cells.getCell(column(columns, "Score"));
      const correct = cells.getCell(column(columns, "Correct responses")).value as number;
      const asked = cells.getCell(column(columns, "Questions asked")).value as number;
      expect(score.numFmt).toBe("0%");
      expect(score.value).toBeCloseTo(correct / asked, 12);
      expect(cells.getCell(column(columns, "Date")).value).toBeInstanceOf(Date);
    }
  });

  it("heads the location tracker's week columns with real dates shown as w/c", () => {
    const sheet = sheetOf(committed, "Location recovery");
    const header = sheet.getRow(sheetExpectation("Location recovery").headerRow as number);
    const first = sheet.getColumn(SAMPLE_EXPECTATIONS.weeklyColumns.first).number;
    const last = sheet.getColumn(SAMPLE_EXPECTATIONS.weeklyColumns.last).number;
    expect(last - first + 1).toBe(SAMPLE_EXPECTATIONS.period.weeks);
    expect(header.getCell(first).value).toEqual(new Date(`${SAMPLE_EXPECTATIONS.period.firstDay}T00:00:00Z`));
    for (let index = first; index <= last; index += 1) {
      expect(header.getCell(index).value).toBeInstanceOf(Date);
      expect(header.getCell(index).numFmt).toBe(SAMPLE_EXPECTATIONS.weeklyColumns.headerNumberFormat);
    }
  });

  it("marks the location tracker's average and separator rows as documented", () => {
    const sheet = sheetOf(committed, "Location recovery");
    for (const nonData of sheetExpectation("Location recovery").nonDataRows) {
      const row = sheet.getRow(nonData.row);
      if (nonData.kind === "blank") expect(row.actualCellCount).toBe(0);
      else expect(row.getCell(2).value).toBe(nonData.label);
    }
  });

  it("shows staff and auditors by initials only", () => {
    const audits = sheetOf(committed, "Care record audits");
    const checks = sheetOf(committed, "Safeguarding checks");
    const auditor = column(headerColumns(audits, 4), "Auditor");
    const staff = column(headerColumns(checks, 1), "Staff");
    for (const row of dataRowNumbers("Care record audits")) expect(audits.getRow(row).getCell(auditor).value).toMatch(/^[A-Z]{2,3}$/);
    for (const row of dataRowNumbers("Safeguarding checks")) expect(checks.getRow(row).getCell(staff).value).toMatch(/^[A-Z]{2,3}$/);
  });
});

describe("buildSampleWorkbook: care record audits", () => {
  const comparison = SAMPLE_EXPECTATIONS.comparisons.find((entry) => entry.dimension === "team");
  if (!comparison) throw new Error("no team comparison in the expectations");

  /** Pooled Yes / (Yes + No) per team and per team per fortnight, skipping rows that carry a glitch. */
  function pooledRates(): { service: Proportion; byTeam: Map<string, Tally>; firstAndLastFortnight: Map<string, [Tally, Tally]>; rows: number } {
    const sheet = sheetOf(committed, "Care record audits");
    const columns = headerColumns(sheet, 4);
    const periodStart = new Date(`${SAMPLE_EXPECTATIONS.period.firstDay}T00:00:00Z`).getTime();
    const byTeam = new Map<string, Tally>();
    const firstAndLastFortnight = new Map<string, [Tally, Tally]>();
    let yes = 0;
    let answered = 0;
    let rows = 0;
    for (const rowNumber of dataRowNumbers("Care record audits")) {
      const row = sheet.getRow(rowNumber);
      const team = row.getCell(column(columns, "Team")).value;
      // As the reader counts them: an unreadable answer is left out on its own; a row without a team is left out.
      const answers = itemHeaders.map((header) => row.getCell(column(columns, header)).value);
      if (typeof team !== "string") continue;
      rows += 1;
      const rowYes = answers.filter((answer) => answer === "Yes").length;
      const rowAnswered = answers.filter((answer) => answer === "Yes" || answer === "No").length;
      yes += rowYes;
      answered += rowAnswered;
      addTo(byTeam, team, rowYes, rowAnswered);
      const fortnight = Math.floor(((row.getCell(column(columns, "Audit date")).value as Date).getTime() - periodStart) / (14 * 86_400_000));
      const ends = firstAndLastFortnight.get(team) ?? [
        { passed: 0, total: 0 },
        { passed: 0, total: 0 },
      ];
      if (fortnight === 0) ends[0] = { passed: ends[0].passed + rowYes, total: ends[0].total + rowAnswered };
      if (fortnight === 5) ends[1] = { passed: ends[1].passed + rowYes, total: ends[1].total + rowAnswered };
      firstAndLastFortnight.set(team, ends);
    }
    return { service: yes / answered, byTeam, firstAndLastFortnight, rows };
  }

  it("keeps the service's pooled rate at or above target while Team B stays well below", () => {
    const { service, byTeam } = pooledRates();
    expect(service).toBeGreaterThanOrEqual(comparison.servicePooledRateAtLeast as number);
    for (const team of comparison.weak) expect(rateOf(byTeam.get(team))).toBeLessThan(comparison.weakPooledRateBelow);
  });

  it("has the strong teams at or above target and the weak team below it", () => {
    const { byTeam } = pooledRates();
    for (const team of comparison.strong) expect(rateOf(byTeam.get(team))).toBeGreaterThanOrEqual(comparison.target);
    for (const team of comparison.weak) expect(rateOf(byTeam.get(team))).toBeLessThan(comparison.target);
  });

  it("has the improving team below target in the first fortnight and above it in the last", () => {
    const { firstAndLastFortnight } = pooledRates();
    for (const team of comparison.improving) {
      const [first, last] = firstAndLastFortnight.get(team) ?? [undefined, undefined];
      expect(rateOf(first)).toBeLessThan(comparison.target);
      expect(rateOf(last)).toBeGreaterThanOrEqual(comparison.target);
    }
  });

  it("matches the rates the script measured", () => {
    const { service, byTeam, rows } = pooledRates();
    const measured = SAMPLE_EXPECTATIONS.measured.careRecords;
    expect(rows).toBe(measured.rowsWithoutGlitch);
    expect(Math.abs(service - measured.service)).toBeLessThan(measuredTolerance);
    for (const [team, rate] of Object.entries(measured.byTeam)) {
      expect([team, Math.abs(rateOf(byTeam.get(team)) - rate) < measuredTolerance]).toEqual([team, true]);
    }
  });

  it("holds a few N/A items and validates item cells as Yes, No or N/A", () => {
    const sheet = sheetOf(committed, "Care record audits");
    const notApplicable = dataRowNumbers("Care record audits").filter((row) =>
      itemHeaders.some((_, index) => sheet.getRow(row).getCell(5 + index).value === "N/A"),
    );
    expect(notApplicable.length).toBeGreaterThanOrEqual(3);
    expect(sheet.getCell("E5").dataValidation).toMatchObject({ type: "list", formulae: ['"Yes,No,N/A"'] });
  });
});

describe("buildSampleWorkbook: glitches and blanks", () => {
  it.each(SAMPLE_EXPECTATIONS.glitches.map((glitch) => [`${glitch.sheet}!${glitch.columnLetter}${glitch.row}`, glitch]))(
    "holds the documented glitch at %s",
    (_, glitch) => {
      const sheet = sheetOf(committed, glitch.sheet);
      const headerRow = sheetExpectation(glitch.sheet).headerRow as number;
      expect(sheet.getCell(`${glitch.columnLetter}${headerRow}`).value).toBe(glitch.column);
      const value = sheet.getCell(`${glitch.columnLetter}${glitch.row}`).value;
      if (glitch.kind === "error-value") expect(value).toEqual({ error: glitch.value });
      else expect(value).toBe(glitch.value);
    },
  );

  it("has no other cell outside Yes, No and N/A among the audit items", () => {
    const sheet = sheetOf(committed, "Care record audits");
    const odd: string[] = [];
    for (const row of dataRowNumbers("Care record audits")) {
      for (let index = 0; index < itemHeaders.length; index += 1) {
        const cell = sheet.getRow(row).getCell(5 + index);
        if (!["Yes", "No", "N/A"].includes(cell.value as string)) odd.push(cell.address);
      }
    }
    const documented = SAMPLE_EXPECTATIONS.glitches
      .filter((glitch) => glitch.kind !== "blank-group")
      .map((glitch) => `${glitch.columnLetter}${glitch.row}`);
    expect(odd.sort()).toEqual([...documented].sort());
  });

  it.each(SAMPLE_EXPECTATIONS.blankCells.map((blank) => [`${blank.sheet}!${blank.columnLetter}${blank.row}`, blank]))(
    "leaves %s blank with a note saying why",
    (_, blank) => {
      const cell = sheetOf(committed, blank.sheet).getCell(`${blank.columnLetter}${blank.row}`);
      expect(cell.value).toBeNull();
      expect(cell.note).toBe(blank.note);
    },
  );
});

describe("buildSampleWorkbook: safeguarding checks", () => {
  /** Correct / asked per group of the given column. */
  function ratesBy(header: string): Map<string, Tally> {
    const sheet = sheetOf(committed, "Safeguarding checks");
    const columns = headerColumns(sheet, 1);
    const tallies = new Map<string, Tally>();
    for (const rowNumber of dataRowNumbers("Safeguarding checks")) {
      const row = sheet.getRow(rowNumber);
      addTo(
        tallies,
        row.getCell(column(columns, header)).value as string,
        row.getCell(column(columns, "Correct responses")).value as number,
        row.getCell(column(columns, "Questions asked")).value as number,
      );
    }
    return tallies;
  }

  it.each(SAMPLE_EXPECTATIONS.comparisons.filter((entry) => entry.sheet === "Safeguarding checks").map((entry) => [entry.groupColumn, entry]))(
    "flags the documented weak groups by %s",
    (header, comparison) => {
      const tallies = ratesBy(header);
      for (const group of comparison.weak) {
        expect(rateOf(tallies.get(group))).toBeLessThan(comparison.weakPooledRateBelow);
        expect(rateOf(tallies.get(group))).toBeLessThan(comparison.target);
      }
      for (const group of comparison.strong) expect(rateOf(tallies.get(group))).toBeGreaterThanOrEqual(comparison.target);
      for (const group of comparison.nearTarget) expect(Math.abs(rateOf(tallies.get(group)) - comparison.target)).toBeLessThan(0.03);
    },
  );

  it("matches the rates the script measured", () => {
    const measured = SAMPLE_EXPECTATIONS.measured.safeguarding;
    const byGroup = ratesBy("Staff group");
    const byShift = ratesBy("Shift");
    for (const [group, rate] of [...Object.entries(measured.byStaffGroup), ...Object.entries(measured.byShift)]) {
      const tally = byGroup.get(group) ?? byShift.get(group);
      expect([group, Math.abs(rateOf(tally) - rate) < measuredTolerance]).toEqual([group, true]);
    }
    expect(dataRowNumbers("Safeguarding checks")).toHaveLength(measured.checks);
  });

  it("runs weekly for ten weeks from the first day of the period", () => {
    const sheet = sheetOf(committed, "Safeguarding checks");
    const dates = dataRowNumbers("Safeguarding checks").map((row) => (sheet.getRow(row).getCell(1).value as Date).getTime());
    const periodStart = new Date(`${SAMPLE_EXPECTATIONS.period.firstDay}T00:00:00Z`).getTime();
    const weeks = new Set(dates.map((date) => Math.floor((date - periodStart) / (7 * 86_400_000))));
    expect([...weeks].sort((left, right) => left - right)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("buildSampleWorkbook: location recovery", () => {
  const comparison = SAMPLE_EXPECTATIONS.comparisons.find((entry) => entry.dimension === "location");
  if (!comparison) throw new Error("no location comparison in the expectations");

  /** Mean score (as a proportion) per location, or per location and source, over a range of week indices. */
  function meanScores(fromWeek: number, toWeek: number, bySource = false): Map<string, Tally> {
    const sheet = sheetOf(committed, "Location recovery");
    const first = sheet.getColumn(SAMPLE_EXPECTATIONS.weeklyColumns.first).number;
    const tallies = new Map<string, Tally>();
    for (const rowNumber of dataRowNumbers("Location recovery")) {
      const row = sheet.getRow(rowNumber);
      const key = bySource ? `${String(row.getCell(1).value)} / ${String(row.getCell(2).value)}` : String(row.getCell(1).value);
      for (let week = fromWeek; week < toWeek; week += 1) {
        const score = row.getCell(first + week).value;
        if (typeof score === "number") addTo(tallies, key, score / 100, 1);
      }
    }
    return tallies;
  }

  it("has the slower location below target and the faster one reaching it", () => {
    const weeks = SAMPLE_EXPECTATIONS.period.weeks;
    const overall = meanScores(0, weeks);
    const firstFour = meanScores(0, 4);
    const lastFour = meanScores(weeks - 4, weeks);
    for (const location of comparison.weak) {
      expect(rateOf(overall.get(location))).toBeLessThan(comparison.weakPooledRateBelow);
      expect(rateOf(lastFour.get(location))).toBeLessThan(comparison.target);
    }
    for (const location of comparison.improving) {
      expect(rateOf(firstFour.get(location))).toBeLessThan(comparison.target);
      expect(rateOf(lastFour.get(location))).toBeGreaterThanOrEqual(comparison.target);
    }
  });

  it("matches the rates the script measured", () => {
    const weeks = SAMPLE_EXPECTATIONS.period.weeks;
    const measured = SAMPLE_EXPECTATIONS.measured.locations;
    const checks: [Record<string, number>, Map<string, Tally>][] = [
      [measured.byLocation, meanScores(0, weeks)],
      [measured.firstFourWeeks, meanScores(0, 4)],
      [measured.lastFourWeeks, meanScores(weeks - 4, weeks)],
    ];
    for (const [expected, actual] of checks) {
      for (const [location, rate] of Object.entries(expected)) {
        expect([location, Math.abs(rateOf(actual.get(location)) - rate) < measuredTolerance]).toEqual([location, true]);
      }
    }
  });

  it("shows people's feedback lagging the records at the slower location", () => {
    const weeks = SAMPLE_EXPECTATIONS.period.weeks;
    const lastFour = meanScores(weeks - 4, weeks, true);
    for (const mismatch of SAMPLE_EXPECTATIONS.evidenceMismatches) {
      expect(rateOf(lastFour.get(`${mismatch.group} / ${mismatch.onTarget}`))).toBeGreaterThanOrEqual(0.88);
      expect(rateOf(lastFour.get(`${mismatch.group} / ${mismatch.wellBelow}`))).toBeLessThan(0.8);
    }
  });
});

describe("buildSampleWorkbook: actions sheet", () => {
  it("holds the overdue Birch Court actions, due before the as-of date and not closed", () => {
    const sheet = sheetOf(committed, "Actions");
    const expected = sheetExpectation("Actions");
    const columns = headerColumns(sheet, expected.headerRow as number);
    const asOf = new Date(`${SAMPLE_EXPECTATIONS.asOf}T00:00:00Z`);
    const overdue = dataRowNumbers("Actions")
      .map((row) => sheet.getRow(row))
      .filter((row) => row.getCell(column(columns, "Date closed")).value === null)
      .filter((row) => (row.getCell(column(columns, "Due date")).value as Date) < asOf)
      .map((row) => ({
        reference: row.getCell(column(columns, "Ref")).value,
        area: row.getCell(column(columns, "Area")).value,
        status: row.getCell(column(columns, "Status")).value,
      }));
    expect(overdue).toEqual(SAMPLE_EXPECTATIONS.overdueActions);
  });
});

describe("writeSampleWorkbook: determinism", () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "sample-workbook-"));
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("writes identical cell values on two runs, equal to the committed workbook", async () => {
    const firstPath = join(folder, "first.xlsx");
    const secondPath = join(folder, "second.xlsx");
    await writeSampleWorkbook(firstPath);
    await writeSampleWorkbook(secondPath);
    const first = allCellValues(await readWorkbook(firstPath));
    expect(allCellValues(await readWorkbook(secondPath))).toEqual(first);
    expect(allCellValues(committed)).toEqual(first);
  });

  it("writes identical bytes on every run", async () => {
    const [first, second] = await Promise.all([sampleWorkbookBuffer(), sampleWorkbookBuffer()]);
    expect(first.equals(second)).toBe(true);
  });

  it("never reads the clock or Math.random in the generator", () => {
    const sources = [
      join(repositoryRoot, "scripts", "makeSampleWorkbook.ts"),
      ...readdirSync(join(repositoryRoot, "scripts", "sample")).map((file) => join(repositoryRoot, "scripts", "sample", file)),
    ];
    for (const source of sources) {
      const code = readFileSync(source, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect([source, /Math\.random|Date\.now|new Date\(\)/.test(code)]).toEqual([source, false]);
    }
  });
});
