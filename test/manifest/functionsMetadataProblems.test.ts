// functions.json as the build makes it (custom-functions-metadata, then the production URL rewrite of
// webpack/helpPagePlugin.js) against the custom functions metadata rules.
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { rewriteUrls } from "../../webpack/addinHost";
import { functionsMetadataProblems, type FunctionsMetadata } from "./functionsMetadataProblems";

const functionsFile = path.join(__dirname, "../../src/functions/functions.ts");
let generated = "";

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([functionsFile], true);
  expect(result.errors).toEqual([]);
  generated = result.metadataJson;
});

const sound = (): FunctionsMetadata => ({
  functions: [
    {
      id: "COMPARE",
      name: "COMPARE",
      helpUrl: "https://addins.example.org/cqc/help.html#compare",
      parameters: [
        { name: "scores", type: "any", dimensionality: "matrix" },
        { name: "target", type: "number", optional: true },
      ],
      result: { dimensionality: "matrix" },
    },
  ],
});

describe("functionsMetadataProblems", () => {
  it("finds nothing wrong in the generated functions.json", () => {
    expect(functionsMetadataProblems(JSON.parse(generated), { production: false })).toEqual([]);
  });

  it("finds nothing wrong in a production build's functions.json, whose help URLs are rewritten", () => {
    const production = rewriteUrls(generated, "https://addins.example.org/cqc/");
    expect(functionsMetadataProblems(JSON.parse(production), { production: true })).toEqual([]);
  });

  it("refuses a localhost help URL in a production build", () => {
    expect(functionsMetadataProblems(JSON.parse(generated), { production: true })[0]).toMatch(/points at localhost in a production build/);
  });

  it("refuses a required parameter after an optional one", () => {
    const metadata = sound();
    metadata.functions[0].parameters.push({ name: "groups", type: "any", dimensionality: "matrix" });
    expect(functionsMetadataProblems(metadata, { production: true })).toEqual(["function COMPARE, parameter groups: a required parameter after the optional target"]);
  });

  it("refuses ids with other characters, names used twice and unknown dimensionalities", () => {
    const metadata = sound();
    metadata.functions.push({ ...metadata.functions[0], id: "COMPARE-2", parameters: [{ name: "scores", dimensionality: "vector" }] });
    expect(functionsMetadataProblems(metadata, { production: true })).toEqual([
      "function COMPARE-2: the id may hold only letters, numbers and periods",
      "function COMPARE-2: the name COMPARE is used twice",
      'function COMPARE-2, parameter scores: dimensionality "vector" is not scalar or matrix',
    ]);
  });
});
