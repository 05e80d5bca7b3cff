import { analyseWorkbook, type AnalyseWorkbookOptions } from "../../app/analyseWorkbook";
import type { SheetGrid } from "../../app/ports";
import type { AnalysisSettingsInput, WorkbookAnalysis } from "../../core/compare";
import type { SourceEntry, WorkbookSession } from "../session/workbookSession";
import { yieldToBrowser } from "./yieldToBrowser";

/** The analysis function, passed in so tests can use a fake and the page the real one. */
export type Analyse = (grids: readonly SheetGrid[], settings: AnalysisSettingsInput, options: AnalyseWorkbookOptions) => WorkbookAnalysis;

export interface AnalysisRun {
  analysis: WorkbookAnalysis;
  grids: SheetGrid[];
}

/**
 * Reads the chosen sources and analyses them, yielding to the browser between the steps so that the
 * progress shows and the pane stays responsive.
 */
export async function runAnalysis(
  session: WorkbookSession,
  sources: readonly SourceEntry[],
  settings: AnalysisSettingsInput,
  options: AnalyseWorkbookOptions,
  onStep: (label: string) => void,
  analyse: Analyse = analyseWorkbook,
): Promise<AnalysisRun> {
  onStep(`Reading ${sources.length === 1 ? `“${sources[0].name}”` : `${sources.length} sheets and tables`}…`);
  const grids = await session.readSources(sources);
  onStep(`Comparing ${grids.reduce((rows, grid) => rows + grid.values.length, 0).toLocaleString("en-GB")} rows…`);
  await yieldToBrowser();
  const analysis = analyse(grids, settings, options);
  await yieldToBrowser();
  return { analysis, grids };
}
