import { copyFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { parseCliArguments } from "../../src/cli/parseCliArguments";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

const sample = path.join(__dirname, "../../assets/samples/recovery-audits.xlsx");

describe("parseCliArguments", () => {
  it("reads a number of weeks and a deadline per audit, and the recovery start", () => {
    const parsed = parseCliArguments(["analyse", "a.xlsx", "--weeks", "12", "--weeks-for", "Safeguarding checks=10", "--deadline-for", "Location recovery=05/04/2026", "--recovery-start", "02/02/2026"]);
    expect(parsed.kind).toBe("request");
    if (parsed.kind !== "request") return;
    expect(parsed.request.weeksBySource).toEqual({ "Safeguarding checks": 10 });
    // 05/04/2026 is Excel serial 46117 (=DATE(2026,4,5)); 02/02/2026 is 46055.
    expect(parsed.request.deadlinesBySource).toEqual({ "Location recovery": 46117 });
    expect(parsed.request.recoveryStart).toBe(46055);
  });

  it.each([
    [["--weeks-for", "10"], /--weeks-for takes a sheet name and a number of weeks, such as --weeks-for "Safeguarding checks=10", not "10"/],
    [["--weeks-for", "Safeguarding checks=soon"], /--weeks-for takes a sheet name and a number of weeks/],
    [["--deadline-for", "Location recovery=31/02/2026"], /--deadline-for takes a sheet name and a date, such as --deadline-for "Location recovery=05\/04\/2026"/],
    [["--weeks-for", "A=10", "--deadline-for", "a=05/04/2026"], /Give "A" --weeks-for or --deadline-for, not both/],
    [["--recovery-start", "February"], /--recovery-start must be a date such as 31\/03\/2026, not "February"/],
  ])("says how to write %j", (options, message) => {
    const parsed = parseCliArguments(["analyse", "a.xlsx", ...options]);
    expect(parsed.kind).toBe("error");
    if (parsed.kind === "error") expect(parsed.message).toMatch(message);
  });
});

describe("main", () => {
  const dir = useTempDir();

  it("gives each of the sample's three audits its own deadline, as the article's worked examples", async () => {
    const input = path.join(dir(), "recovery-audits.xlsx");
    copyFileSync(sample, input);
    const io = fakeIo();
    const code = await main(["analyse", input, "--json", "--as-of", "31/03/2026", "--weeks", "12", "--weeks-for", "Safeguarding checks=10", "--deadline-for", "Location recovery=05/04/2026"], io);
    expect(code).toBe(0);
    const analyses: { title: string; settings: { deadline: number }; explanation: string[] }[] = JSON.parse(io.out()).analyses;
    const deadlines = Object.fromEntries(analyses.map((a) => [a.title, a.settings.deadline]));
    expect(deadlines["Location recovery"]).toBe(46117);
    const safeguarding = analyses.find((a) => a.title === "Safeguarding checks")!;
    expect(safeguarding.explanation.some((line) => /^Deadline \d\d\/\d\d\/2026 \(10 weeks from the first period, set for Safeguarding checks\)\.$/.test(line))).toBe(true);
    const care = analyses.find((a) => a.title === "Care record audits")!;
    expect(care.explanation.some((line) => /^Deadline \d\d\/\d\d\/2026 \(12 weeks from the first period\)\.$/.test(line))).toBe(true);
  });

  it("exits 2 when --weeks-for names no audit read", async () => {
    const input = path.join(dir(), "recovery-audits.xlsx");
    copyFileSync(sample, input);
    const io = fakeIo();
    expect(await main(["analyse", input, "--json", "--as-of", "31/03/2026", "--weeks-for", "Safeguarding=10"], io)).toBe(2);
    expect(io.err()).toMatch(/--weeks-for names "Safeguarding", but no audit read is called that/);
  });
});
