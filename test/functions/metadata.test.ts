// Generates functions.json from src/functions/functions.ts exactly as the webpack build does
// (custom-functions-metadata), and checks the formula set that users see in Excel.
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; dimensionality?: string; optional?: boolean }[];
  result: { dimensionality?: string };
}

const functionsFile = path.join(__dirname, "../../src/functions/functions.ts");

// The public interface listed in issue 3: Excel name -> JavaScript export.
const expectedFunctions = ["VARIATION", "COMPARE", "TREND", "WEEKSTOTARGET", "ONTRACK", "SPC", "SPCPOINTS", "ASSURANCE", "WILSON", "FUNNEL", "BELOWTARGET", "PASSRATE", "GAPTREND"];

describe("custom functions metadata", () => {
  let metadata: { functions: FunctionMetadata[] };
  let errors: string[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([functionsFile], true);
    errors = result.errors;
    metadata = JSON.parse(result.metadataJson || '{"functions":[]}');
  });

  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("declares the thirteen CQC functions", () => {
    expect(metadata.functions.map((f) => f.name).sort()).toEqual([...expectedFunctions].sort());
  });

  it("describes every function and parameter for Excel's autocomplete", () => {
    for (const fn of metadata.functions) {
      expect([fn.name, Boolean(fn.description && fn.description.length > 10)]).toEqual([fn.name, true]);
      for (const parameter of fn.parameters) expect([fn.name, parameter.name, Boolean(parameter.description)]).toEqual([fn.name, parameter.name, true]);
    }
  });

  it("points each function's help URL at its anchor on the add-in's help page", () => {
    for (const fn of metadata.functions) expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#${fn.id.toLowerCase()}`);
  });

  it("takes ranges as matrices, not as repeating parameters", () => {
    const compare = metadata.functions.find((f) => f.name === "COMPARE")!;
    expect(compare.parameters.slice(0, 2).map((p) => p.dimensionality)).toEqual(["matrix", "matrix"]);
    expect(compare.result.dimensionality).toBe("matrix");
  });
});
