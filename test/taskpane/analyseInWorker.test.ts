import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { analyseInWorker } from "../../src/taskpane/analysis/analyseInWorker";
import type { AnalysisRequest } from "../../src/taskpane/analysis/analysisMessages";
import { auditGrid } from "./fixtures/auditGrid";
import { fakeAnalysisWorker } from "./fixtures/fakeAnalysisWorker";

const request: AnalysisRequest = { grids: [auditGrid()], settings: { asOf: 46112, target: 90 }, options: {} };
const expected = analyseWorkbook(request.grids, request.settings, request.options);

function analyseHere() {
  const calls: number[] = [];
  return { calls, analyse: () => (calls.push(1), analyseWorkbook(request.grids, request.settings, request.options)) };
}

describe("analyseInWorker", () => {
  it("analyses in the worker, then stops it", async () => {
    const { worker, record } = fakeAnalysisWorker();
    const here = analyseHere();
    const result = await analyseInWorker(() => worker, request, here.analyse);
    expect(result).toEqual({ analysis: expected, thread: "worker" });
    expect(record.requests).toHaveLength(1);
    expect(record.terminated).toBe(true);
    expect(here.calls).toHaveLength(0);
  });

  it("analyses on the page where there is no Worker", async () => {
    expect(typeof Worker).toBe("undefined");
    const here = analyseHere();
    const result = await analyseInWorker(() => new Worker(new URL("analysisWorker.js", "https://localhost/")), request, here.analyse);
    expect(result).toEqual({ analysis: expected, thread: "page" });
    expect(here.calls).toHaveLength(1);
  });

  it("analyses on the page when the worker fails to start, without reporting it on the console", async () => {
    const { worker, record } = fakeAnalysisWorker({ kind: "fail-to-start" });
    const here = analyseHere();
    const result = await analyseInWorker(() => worker, request, here.analyse);
    expect(result).toEqual({ analysis: expected, thread: "page" });
    expect(record.errorDefaultPrevented).toBe(true);
    expect(record.terminated).toBe(true);
  });

  it("rejects with the error the analysis threw in the worker, without trying again on the page", async () => {
    const { worker, record } = fakeAnalysisWorker({ kind: "reply", response: { kind: "failure", failure: { name: "Error", message: "no audit data" } } });
    const here = analyseHere();
    await expect(analyseInWorker(() => worker, request, here.analyse)).rejects.toThrow("no audit data");
    expect(record.terminated).toBe(true);
    expect(here.calls).toHaveLength(0);
  });
});
