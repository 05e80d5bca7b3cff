import { analyseWorkbook, SettingsError } from "../../src/app/analyseWorkbook";
import { analysisFromResponse, answerAnalysisRequest, type AnalysisRequest } from "../../src/taskpane/analysis/analysisMessages";
import { describeError } from "../../src/taskpane/describeError";
import { auditGrid } from "./fixtures/auditGrid";
import { structuredCopy } from "./fixtures/structuredCopy";

const request = (): AnalysisRequest => ({ grids: [auditGrid()], settings: { asOf: 46112, target: 90 }, options: { chosen: ["Care record audits"] } });

describe("answerAnalysisRequest", () => {
  it("answers with the analysis the page would have made", () => {
    const response = answerAnalysisRequest(request(), analyseWorkbook);
    expect(response).toEqual({ kind: "analysis", analysis: analyseWorkbook(request().grids, request().settings, request().options) });
  });

  it("takes grids holding Dates and error cells through structured cloning", () => {
    const original = request();
    const grid = original.grids[0];
    const withDate = { ...grid, values: grid.values.map((row, index) => (index === 3 ? [new Date(Date.UTC(2026, 0, 5)), ...row.slice(1)] : row)) };
    const sent = structuredCopy({ ...original, grids: [withDate] });
    expect(sent.grids[0].values[3][0]).toBeInstanceOf(Date);
    expect(sent.grids[0].values[20][4]).toEqual({ error: "#N/A" });
    const answer = structuredCopy(answerAnalysisRequest(sent, analyseWorkbook));
    expect(analysisFromResponse(answer)).toEqual(analyseWorkbook([withDate], original.settings, original.options));
  });

  it("answers a settings error with its problems, as data", () => {
    const response = answerAnalysisRequest({ ...request(), settings: { asOf: 46112, target: 150 } }, analyseWorkbook);
    expect(response.kind).toBe("failure");
    expect(response.kind === "failure" && response.failure.name).toBe("SettingsError");
    expect(response.kind === "failure" && response.failure.problems?.length).toBeGreaterThan(0);
  });

  it("answers any other error with its name and message", () => {
    const response = answerAnalysisRequest(request(), () => {
      throw new RangeError("too many groups");
    });
    expect(response).toEqual({ kind: "failure", failure: { name: "RangeError", message: "too many groups" } });
  });
});

describe("analysisFromResponse", () => {
  it("throws a SettingsError again, so the pane lists the problems", () => {
    const answer = structuredCopy(answerAnalysisRequest({ ...request(), settings: { asOf: 46112, target: 150 } }, analyseWorkbook));
    let thrown: unknown;
    try {
      analysisFromResponse(answer);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SettingsError);
    expect(describeError(thrown, "analysing").title).toBe("Some settings need correcting");
  });

  it("throws an Error with the worker's message for any other failure", () => {
    expect(() => analysisFromResponse({ kind: "failure", failure: { name: "RangeError", message: "too many groups" } })).toThrow(new Error("too many groups"));
  });

  it("rejects a message that is not an answer", () => {
    for (const data of [null, "done", { kind: "analysis" }, { kind: "other", analysis: {} }]) expect(() => analysisFromResponse(data)).toThrow("the analysis worker sent an unreadable answer");
  });
});
