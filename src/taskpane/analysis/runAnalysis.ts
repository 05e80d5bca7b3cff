import { analyseWorkbook, type AnalyseWorkbookOptions } from "../../app/analyseWorkbook";
import type { SheetGrid } from "../../app/ports";
import type { AnalysisSettingsInput, WorkbookAnalysis } from "../../core/compare";
import type { SourceEntry, WorkbookSession } from "../session/workbookSession";
import { analyseInWorker, analyseOnPage, type AnalysisThread, type AnalysisWorkerFactory } from "./analyseInWorker";

/** The analysis function, passed in so tests can use a fake and the page the real one. */
export type Analyse = (grids: readonly SheetGrid[], settings: AnalysisSettingsInput, options: AnalyseWorkbookOptions) => WorkbookAnalysis;

export interface AnalysisRun {
  analysis: WorkbookAnalysis;
  /** Where the analysis ran. */
  thread: AnalysisThread;
}

/**
 * Reads the chosen sources and analyses them: where the session holds them when it can (the browser's
 * reader worker), else in the analysis worker when a factory is given and one starts, so the pane
 * stays responsive, else on the page with yields between the steps so the progress shows.
 */
export async function runAnalysis(
  session: WorkbookSession,
  sources: readonly SourceEntry[],
  settings: AnalysisSettingsInput,
  options: AnalyseWorkbookOptions,
  onStep: (label: string) => void,
  analyse: Analyse = analyseWorkbook,
  createWorker?: AnalysisWorkerFactory,
): Promise<AnalysisRun> {
  // The session's own analysis is the real one: a fake passed in (tests) is used on the page.
  if (session.analyseSources !== undefined && analyse === analyseWorkbook) {
    onStep(`Comparing ${sources.reduce((rows, source) => rows + source.rowCount, 0).toLocaleString("en-GB")} rows…`);
    return session.analyseSources(sources, settings, options);
  }
  onStep(`Reading ${sources.length === 1 ? `“${sources[0].name}”` : `${sources.length} sheets and tables`}…`);
  const grids = await session.readSources(sources);
  onStep(`Comparing ${grids.reduce((rows, grid) => rows + grid.values.length, 0).toLocaleString("en-GB")} rows…`);
  const analyseHere = () => analyse(grids, settings, options);
  const { analysis, thread } = createWorker === undefined ? await analyseOnPage(analyseHere) : await analyseInWorker(createWorker, { grids, settings, options }, analyseHere);
  return { analysis, thread };
}
