// Real-world workbooks (test/fixtures/corpus, see its README for sources and licences): every file
// either analyses or gives a clear message, and none crashes the command line.
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fakeIo";

const corpus = path.join(__dirname, "../fixtures/corpus");
const files = readdirSync(corpus).filter((name) => /\.xls[xm]$/i.test(name));
const dir = mkdtempSync(path.join(os.tmpdir(), "cqc-corpus-"));

describe("cqc-recovery analyse on the real-world corpus", () => {
  it("holds the files its README lists", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)("analyses %s or says clearly why not", async (name) => {
    const io = fakeIo();
    const code = await main(["analyse", path.join(corpus, name), "--as-of", "31/03/2026", "--out", path.join(dir, `${name}.out.xlsx`)], io);
    const said = io.err() + io.out();
    expect(said).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    expect(said).not.toMatch(/Something went wrong that the tool did not expect/);
    expect([0, 1]).toContain(code);
    // Exit 1 always comes with a sentence naming the file.
    if (code === 1) expect(io.err()).toContain(name);
  });
});
