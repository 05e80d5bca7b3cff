import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { useTempDir } from "../xlsx/fixtures/tempDir";

const root = path.join(__dirname, "../..");
const command = path.join(root, "bin/cqc-recovery.js");
const sample = path.join(root, "assets/samples/recovery-audits.xlsx");

function run(args: string[]) {
  return spawnSync(process.execPath, [command, ...args], { cwd: root, encoding: "utf8" });
}

/** The `cqc-recovery` command as `npm link` installs it: the compiled command line in a real process. */
describe("the installed cqc-recovery command", () => {
  const dir = useTempDir();

  beforeAll(() => {
    // What `npm ci` and `npm link` run through the "prepare" script, so the test never runs a stale build.
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
  }, 120_000);

  it("analyses the sample workbook and prints only the JSON result with --json", () => {
    const out = path.join(dir(), "sample.assured.xlsx");
    const result = run(["analyse", sample, "--as-of", "31/03/2026", "--target", "90", "--json", "--out", out]);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { analyses: { title: string }[] };
    // The sample's audit sheets (scripts/sample/sampleExpectations.ts).
    expect(parsed.analyses.map((analysis) => analysis.title)).toEqual(expect.arrayContaining(["Care record audits", "Safeguarding checks", "Location recovery"]));
  });

  it("exits 2 with its usage for a command it does not know, and 1 with a message for a missing file", () => {
    const wrong = run(["summarise"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Usage: cqc-recovery analyse");
    const missing = run(["analyse", path.join(dir(), "no-such-file.xlsx")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no-such-file.xlsx");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
