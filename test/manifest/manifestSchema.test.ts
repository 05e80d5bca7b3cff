// The manifest against Microsoft's add-in manifest XSDs (test/manifest/schemas, README there), with
// xmllint from Debian's libxml2-utils (.ci/run installs it). Office refuses a manifest whose elements
// are out of the schema's order, so a misplaced element must fail here rather than on a first sideload.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { rewriteUrls } from "../../webpack/addinHost";

const root = path.join(__dirname, "../..");
const schema = path.join(__dirname, "schemas/OfficeAppManifestV1_1.xsd");
const manifestText = readFileSync(path.join(root, "manifest.xml"), "utf8");
const scratch = mkdtempSync(path.join(os.tmpdir(), "manifest-schema-"));

/** xmllint's verdict on one manifest text: its exit status and what it printed. */
function validate(text: string, name: string): { status: number | null; output: string } {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint could not be run (${result.error.message}): install it with "sudo apt-get install libxml2-utils".`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("manifest.xml against the add-in manifest schema", () => {
  it("finds xmllint", () => {
    expect(execFileSync("xmllint", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toBeDefined();
  });

  it("validates the development manifest", () => {
    expect(validate(manifestText, "manifest.xml")).toEqual({ status: 0, output: expect.stringContaining("validates") });
  });

  it("validates the manifest a production build writes (every URL rewritten, as webpack.config.js does)", () => {
    const production = rewriteUrls(manifestText, "https://addins.example.org/cqc/");
    expect(validate(production, "production.xml")).toEqual({ status: 0, output: expect.stringContaining("validates") });
  });

  it("validates dist/manifest.xml when a build has written one", () => {
    const built = path.join(root, "dist/manifest.xml");
    const verdict = existsSync(built) ? validate(readFileSync(built, "utf8"), "dist-manifest.xml") : { status: 0, output: "no build" };
    expect(verdict.status).toBe(0);
  });

  it("fails a manifest with Permissions moved before DefaultSettings", () => {
    const misplaced = manifestText
      .replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, "")
      .replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>");
    expect(misplaced).not.toBe(manifestText);
    const verdict = validate(misplaced, "misplaced.xml");
    expect(verdict.status).not.toBe(0);
    expect(verdict.output).toMatch(/Permissions': This element is not expected/);
  });

  it("fails a manifest whose Runtimes element comes after AllFormFactors", () => {
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(manifestText)?.[0] ?? "";
    expect(runtimes).toContain("Shared.Runtime.Url");
    const misplaced = manifestText.replace(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
    expect(validate(misplaced, "runtimes-late.xml").status).not.toBe(0);
  });

  it("fails a manifest with an unknown Runtime lifetime", () => {
    const wrong = manifestText.replace('lifetime="long"', 'lifetime="forever"');
    expect(validate(wrong, "lifetime.xml").status).not.toBe(0);
  });
});
