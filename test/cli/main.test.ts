import ExcelJS from "exceljs";
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { makeAuditWorkbook } from "../xlsx/fixtures/makeAuditWorkbook";
import { workbookWithTwoTablesBytes } from "../xlsx/fixtures/workbookWithTable";
import { openBook, sheetSnapshot } from "../xlsx/fixtures/sheetSnapshot";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

const sample = path.join(__dirname, "../../assets/samples/recovery-audits.xlsx");
const stackTrace = /\n\s+at /;

describe("main", () => {
  const dir = useTempDir();

  describe("bad usage (exit 2)", () => {
    it.each([
      [[], /Say what to do/],
      [["analyze"], /Name at least one workbook/],
      [["report", "a.xlsx"], /Unknown command "report"/],
      [["analyse", "a.xlsx", "--colour", "red"], /Unknown option '--colour'/],
      [["analyse", "a.xlsx", "--target", "ninety"], /--target must be a percentage between 0 and 100, such as 90, not "ninety"/],
      [["analyse", "a.xlsx", "--target", "190"], /--target must be a percentage/],
      [["analyse", "a.xlsx", "--direction", "sideways"], /--direction must be "up"/],
      [["analyse", "a.xlsx", "--deadline", "31/02/2026"], /--deadline must be a date such as 31\/03\/2026, not "31\/02\/2026"/],
      [["analyse", "a.xlsx", "--as-of", "tomorrow"], /--as-of must be a date/],
      [["analyse", "a.xlsx", "--deadline", "31/03/2026", "--weeks", "12"], /Give --deadline or --weeks, not both/],
      [["analyse", "a.xlsx", "--weeks=-3"], /--weeks must be a number of weeks/],
      [["analyse", "a.xlsx", "--by", "team,colour"], /--by takes team, shift, location, staff group, source or audit type, not "colour"/],
      [["analyse", "a.xlsx", "--in-place", "--out", "b.xlsx"], /Give --in-place or --out, not both/],
      [["analyse", "a.xlsx", "b.xlsx", "--in-place"], /--in-place works on one workbook/],
    ])("exits 2 for %p", async (argv, message) => {
      const io = fakeIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err()).toMatch(/Usage: cqc-recovery analyse/);
      expect(io.out()).toBe("");
    });

    it("prints the help with --help and exits 0", async () => {
      const io = fakeIo();
      expect(await main(["--help"], io)).toBe(0);
      expect(io.out()).toMatch(/^Usage: cqc-recovery analyse <workbook.xlsx>\.\.\. \[options\]/);
    });
  });

  describe("unreadable input (exit 1)", () => {
    it.each([
      ["missing.xlsx", null, /missing\.xlsx was not found\./],
      ["renamed.xlsx", "Team,Score\nA,90\n", /renamed\.xlsx is not an Excel \.xlsx workbook/],
      ["locked.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /locked\.xlsx is password-protected/],
    ])("exits 1 for %s with a message naming it and no stack trace", async (name, content, message) => {
      const file = path.join(dir(), name);
      if (content !== null) writeFileSync(file, content);
      const io = fakeIo();
      expect(await main(["analyse", file], io)).toBe(1);
      expect(io.err()).toMatch(message);
      expect(io.err()).not.toMatch(stackTrace);
    });

    it("exits 1 for a workbook with no data, and for one with no audit results", async () => {
      const empty = new ExcelJS.Workbook();
      empty.addWorksheet("Sheet1");
      await empty.xlsx.writeFile(path.join(dir(), "blank.xlsx"));
      const io = fakeIo();
      expect(await main(["analyse", path.join(dir(), "blank.xlsx")], io)).toBe(1);
      expect(io.err()).toMatch(/blank\.xlsx has no data on any sheet\./);

      const words = new ExcelJS.Workbook();
      words.addWorksheet("Notes").addRows([["Minutes of the governance meeting"], ["Nothing to report"]]);
      await words.xlsx.writeFile(path.join(dir(), "notes.xlsx"));
      const io2 = fakeIo();
      expect(await main(["analyse", path.join(dir(), "notes.xlsx")], io2)).toBe(1);
      expect(io2.err()).toMatch(/No audit results could be read from notes\.xlsx/);
    });

    it("exits 2 and writes nothing when --target-for names no audit read, so a typing slip never goes unnoticed", async () => {
      const input = await makeAuditWorkbook(dir());
      const io = fakeIo();
      expect(await main(["analyse", input, "--as-of", "03/03/2026", "--target-for", "Care records=95"], io)).toBe(2);
      expect(io.err()).toMatch(/--target-for names "Care records", but no audit read is called that, so nothing was written\. The audits read are: "Care record audits"\./);
      expect(existsSync(path.join(dir(), "audits.assured.xlsx"))).toBe(false);
    });

    it("applies --target-for to its sheet whatever the case it is typed in", async () => {
      const input = await makeAuditWorkbook(dir());
      const io = fakeIo();
      expect(await main(["analyse", input, "--json", "--as-of", "03/03/2026", "--target-for", "care RECORD audits=95"], io)).toBe(0);
      expect(JSON.parse(io.out()).analyses[0].settings.target).toBe(0.95);
    });

    it("analyses two tables on one sheet apart, under their own names", async () => {
      const input = path.join(dir(), "shifts.xlsx");
      writeFileSync(input, await workbookWithTwoTablesBytes());
      const io = fakeIo();
      expect(await main(["analyse", input, "--json", "--as-of", "31/03/2026", "--target-for", "NightAudits=85"], io)).toBe(0);
      const result = JSON.parse(io.out()) as { analyses: { title: string; settings: { target: number }; service: { records: number; mean: number }; sources: { problems: unknown[] }[] }[] };
      // The fixture: Team A 95 every week by day, Team B 80 by night, ten weeks each.
      expect(result.analyses.map((a) => [a.title, a.settings.target, a.service.records, Math.round(a.service.mean * 100), a.sources[0].problems.length])).toEqual([
        ["DayAudits", 0.9, 10, 95, 0],
        ["NightAudits", 0.85, 10, 80, 0],
      ]);
    });

    it("exits 1 naming the workbook for a sheet it does not have", async () => {
      const input = await makeAuditWorkbook(dir());
      const io = fakeIo();
      expect(await main(["analyse", input, "--sheet", "Medicines"], io)).toBe(1);
      expect(io.err()).toMatch(/audits\.xlsx has no sheet called "Medicines"\. Its sheets are: "Care record audits", "Notes"\./);
    });
  });

  describe("analysing", () => {
    it("prints a table of groups and statuses, writes the copy and exits 0", async () => {
      const input = await makeAuditWorkbook(dir());
      const io = fakeIo();
      expect(await main(["analyse", input, "--as-of", "03/03/2026"], io)).toBe(0);
      expect(io.out()).toMatch(/Team B\s+\d+\s+7\d%/);
      expect(io.out()).toMatch(/Below target/);
      expect(io.out()).toMatch(/Wrote .*audits\.assured\.xlsx \(Team Comparison Tracker, Action Tracker, Location Assurance Dashboard, Assurance Summary\)\./);
      expect(io.err()).toMatch(/^Reading audits\.xlsx\.\.\.\nAnalysing [\d,]+ rows\.\.\.\n/);
      expect(existsSync(path.join(dir(), "audits.assured.xlsx"))).toBe(true);
    });

    it("prints only the analysis JSON with --json, and writes no workbook beside the input", async () => {
      const input = await makeAuditWorkbook(dir());
      const io = fakeIo();
      expect(await main(["analyse", input, "--json", "--as-of", "03/03/2026", "--target", "95"], io)).toBe(0);
      const result = JSON.parse(io.out());
      // 03/03/2026 is Excel serial 46084 (01/01/2026 is 46023, plus 31 + 28 + 2 days).
      expect(result.asOf).toBe(46084);
      expect(result.analyses[0].settings.target).toBe(0.95);
      expect(existsSync(path.join(dir(), "audits.assured.xlsx"))).toBe(false);
      expect(io.err()).not.toMatch(/Writing/);
    });

    it("writes the workbook as well with --json --out FILE, and still prints only the JSON", async () => {
      const input = await makeAuditWorkbook(dir());
      const out = path.join(dir(), "review.xlsx");
      const io = fakeIo();
      expect(await main(["analyse", input, "--json", "--out", out, "--as-of", "03/03/2026"], io)).toBe(0);
      expect(JSON.parse(io.out()).asOf).toBe(46084);
      expect(io.err()).toMatch(/Writing review\.xlsx\.\.\./);
      expect((await openBook(out)).worksheets.map((s) => s.name)).toContain("Assurance Summary");
      expect(existsSync(path.join(dir(), "audits.assured.xlsx"))).toBe(false);
    });

    it("uses today from the clock when no --as-of is given", async () => {
      const input = await makeAuditWorkbook(dir());
      const io = fakeIo(new Date(2026, 2, 16, 23, 59));
      expect(await main(["analyse", input, "--json"], io)).toBe(0);
      expect(JSON.parse(io.out()).asOf).toBe(46097);
    });

    it("rolls several workbooks up into a provider workbook, with the location from the file name", async () => {
      const riverside = await makeAuditWorkbook(dir(), "Riverside.xlsx");
      const hillview = await makeAuditWorkbook(dir(), "Hillview.xlsx", { teams: { "Team C": [80, 82, 84, 85, 86, 88, 89, 90], "Team D": [90, 91, 92, 92, 93, 94, 95, 95] } });
      const io = fakeIo();
      expect(await main(["analyse", riverside, hillview, "--as-of", "03/03/2026", "--by", "location,team"], io)).toBe(0);
      expect(io.out()).toMatch(/Location\s+Records/);
      expect(io.out()).toMatch(/Hillview\s+\d+/);
      const rollUp = await openBook(path.join(dir(), "provider-roll-up.assurance.xlsx"));
      expect(rollUp.worksheets.map((s) => s.name)).toEqual(["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
    });
  });

  describe("round trip on the sample workbook", () => {
    const run = async (file: string, ...extra: string[]) => {
      const io = fakeIo();
      const code = await main(["analyse", file, "--in-place", ...extra], io);
      if (code !== 0) throw new Error(io.err());
      return io;
    };

    it("leaves every original sheet unchanged, gives the same sheets twice, keeps edits and carries forward later", async () => {
      const input = path.join(dir(), "recovery-audits.xlsx");
      copyFileSync(sample, input);
      const original = await openBook(input);
      const originalSheets = original.worksheets.map(sheetSnapshot);
      const userSheetNames = original.worksheets.map((s) => s.name);

      await run(input, "--as-of", "16/03/2026");
      const first = await openBook(input);
      expect(first.worksheets.filter((s) => userSheetNames.includes(s.name)).map(sheetSnapshot)).toEqual(originalSheets);
      const firstSheets = first.worksheets.map(sheetSnapshot);

      await run(input, "--as-of", "16/03/2026");
      expect((await openBook(input)).worksheets.map(sheetSnapshot)).toEqual(firstSheets);

      const book = await openBook(input);
      const tracker = book.getWorksheet("Action Tracker") as ExcelJS.Worksheet;
      expect(tracker.getCell("D2").value).toBe("Team B");
      tracker.getCell("O2").value = "In progress";
      tracker.getCell("R2").value = "Coaching booked for Team B";
      tracker.getCell("U1").value = "Evidence of completion";
      tracker.getCell("U2").value = "Handover audit 20/03";
      await book.xlsx.writeFile(input);

      await run(input, "--as-of", "06/04/2026");
      const later = (await openBook(input)).getWorksheet("Action Tracker") as ExcelJS.Worksheet;
      expect([later.getCell("D2").value, later.getCell("O2").value, later.getCell("R2").value, later.getCell("U2").value]).toEqual(["Team B", "In progress", "Coaching booked for Team B", "Handover audit 20/03"]);
      expect(later.getCell("P2").value).toBe(1);
      expect(later.getCell("M2").value).toEqual(new Date(Date.UTC(2026, 3, 13)));

      await run(input, "--as-of", "20/04/2026");
      const escalated = (await openBook(input)).getWorksheet("Action Tracker") as ExcelJS.Worksheet;
      expect(escalated.getCell("P2").value).toBe(2);
      expect(escalated.getCell("Q2").value).toBe("Registered manager");
      const sheetsNow = (await openBook(input)).worksheets;
      expect(sheetsNow.filter((s) => userSheetNames.includes(s.name)).map(sheetSnapshot)).toEqual(originalSheets);
    });
  });
});
