// The unused-export check that `npm run lint` runs (scripts/lint/unusedExports.ts), tried on a small
// project of its own so that it is seen to fail: an export only a test imports is reported, and each
// documented exemption holds. The check on this repository itself runs in `npm run lint`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unusedExports } from "../../scripts/lint/unusedExports";

function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "unused-exports-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("lint: unused exports (scripts/lint/unusedExports.ts)", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));
  const check = (files: Record<string, string>): string[] => {
    const root = project(files);
    roots.push(root);
    return unusedExports(root);
  };

  it("reports an export that only its own file and the tests use, and not one another product file imports", () => {
    expect(
      check({
        "tsconfig.cli.json": JSON.stringify({ include: ["src/main.ts"] }),
        "src/main.ts": 'import { used } from "./core/maths";\nconsole.log(used());\n',
        "src/core/maths.ts": "export function used(): number { return helper(); }\nexport function helper(): number { return 1; }\nexport const testsOnly = 2;\n",
        "test/maths.test.ts": 'import { testsOnly } from "../src/core/maths";\n',
      }),
    ).toEqual(["src/core/maths.ts: helper", "src/core/maths.ts: testsOnly"]);
  });

  it("follows a barrel's re-exports to the declaring file, and counts scripts/ and bench/ as product", () => {
    expect(
      check({
        "src/core/index.ts": 'export { viaBarrel, unusedThroughBarrel } from "./parts";\n',
        "src/core/parts.ts": "export const viaBarrel = 1;\nexport const unusedThroughBarrel = 2;\nexport const byBench = 3;\n",
        "scripts/tool.ts": 'import { viaBarrel } from "../src/core";\nconsole.log(viaBarrel);\n',
        "bench/run.ts": 'import { byBench } from "../src/core/parts";\nconsole.log(byBench);\n',
      }),
    ).toEqual(["src/core/parts.ts: unusedThroughBarrel"]);
  });

  it("exempts types, a vocabulary behind an exported union type, a marked test seam, and entry points", () => {
    expect(
      check({
        "tsconfig.cli.json": JSON.stringify({ include: ["src/bin.ts"] }),
        "src/bin.ts": "export const entryExport = 1;\n",
        "src/core/kinds.ts": [
          'export const KINDS = ["a", "b"] as const;',
          "export type Kind = (typeof KINDS)[number];",
          "export interface Shape { kind: Kind }",
          "// Test seam: the tests set the clock.",
          "export let clock = 0;",
          'export const notExempt = "x";',
          "",
        ].join("\n"),
      }),
    ).toEqual(["src/core/kinds.ts: notExempt"]);
  });
});
