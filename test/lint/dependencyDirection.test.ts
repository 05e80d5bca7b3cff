// The dependency direction of STYLE.md is enforced by lint: these tests lint small pieces of code as
// if they lived in a given folder, with the project's own ESLint configuration.
import path from "node:path";
import { ESLint } from "eslint";

// The config is passed in rather than discovered: ESLint loads config files with a dynamic import,
// which jest's module sandbox does not allow.
const projectConfig = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: path.join(__dirname, "../.."), overrideConfigFile: true, overrideConfig: projectConfig });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(__dirname, "../..", filePath) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("lint: dependency direction", () => {
  it("fails an import from src/core into the Office adapter", async () => {
    const messages = await restrictedImportMessages("src/core/stats/example.ts", 'import { readTable } from "../../office/readTable";\nexport const x = readTable;\n');
    expect(messages).toEqual([expect.stringMatching(/src\/core is pure/)]);
  });

  it("fails ExcelJS in src/core", async () => {
    const messages = await restrictedImportMessages("src/core/audit/example.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n');
    expect(messages).toHaveLength(1);
  });

  it("fails the Office adapter importing the .xlsx adapter", async () => {
    const messages = await restrictedImportMessages("src/office/example.ts", 'import { renderSheet } from "../xlsx/renderSheet";\nexport const x = renderSheet;\n');
    expect(messages).toHaveLength(1);
  });

  it("allows an adapter to import the core", async () => {
    const messages = await restrictedImportMessages("src/office/example.ts", 'import { wilsonInterval } from "../core/stats";\nexport const x = wilsonInterval;\n');
    expect(messages).toEqual([]);
  });

  it("fails reading the clock in src/core", async () => {
    const [result] = await eslint.lintText("export const today = new Date();\n", { filePath: path.join(__dirname, "../../src/core/example.ts") });
    expect(result.messages.map((m) => m.message)).toContain("src/core never reads the clock: pass the date in.");
  });
});
