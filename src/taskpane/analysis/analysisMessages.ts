import { SettingsError, type AnalyseWorkbookOptions } from "../../app/analyseWorkbook";
import type { SheetGrid } from "../../app/ports";
import type { AnalysisSettingsInput, WorkbookAnalysis } from "../../core/compare";
import type { Analyse } from "./runAnalysis";

// The messages between the task pane and its analysis worker: plain data that the structured clone
// algorithm copies (grid values may hold Dates and {error} objects, both cloneable). Errors cannot cross
// as themselves (a clone loses the class), so they cross as their name, message and settings problems.

/** What the page asks the worker to analyse. */
export interface AnalysisRequest {
  grids: readonly SheetGrid[];
  settings: AnalysisSettingsInput;
  options: AnalyseWorkbookOptions;
}

/** An error thrown by the analysis, as data. */
export interface AnalysisFailure {
  name: string;
  message: string;
  /** A SettingsError's problems, so the pane can list them. */
  problems?: string[];
}

/** The worker's answer: the analysis, or why it could not be made. */
export type AnalysisResponse = { kind: "analysis"; analysis: WorkbookAnalysis } | { kind: "failure"; failure: AnalysisFailure };

/** Runs the analysis a request asks for and answers with it, or with its error as data. Never throws. */
export function answerAnalysisRequest(request: AnalysisRequest, analyse: Analyse): AnalysisResponse {
  try {
    return { kind: "analysis", analysis: analyse(request.grids, request.settings, request.options) };
  } catch (error) {
    if (error instanceof SettingsError) return { kind: "failure", failure: { name: error.name, message: error.message, problems: [...error.problems] } };
    if (error instanceof Error) return { kind: "failure", failure: { name: error.name, message: error.message } };
    return { kind: "failure", failure: { name: "Error", message: String(error) } };
  }
}

function isAnalysisResponse(data: unknown): data is AnalysisResponse {
  if (typeof data !== "object" || data === null) return false;
  const response = data as Partial<Record<"kind" | "analysis" | "failure", unknown>>;
  const payload = response.kind === "analysis" ? response.analysis : response.kind === "failure" ? response.failure : null;
  return typeof payload === "object" && payload !== null;
}

/**
 * The analysis a worker answered with; throws the error it reported (a SettingsError again when the
 * settings were at fault), or an Error when the message is not an answer at all.
 */
export function analysisFromResponse(data: unknown): WorkbookAnalysis {
  if (!isAnalysisResponse(data)) throw new Error("the analysis worker sent an unreadable answer");
  if (data.kind === "analysis") return data.analysis;
  const { failure } = data;
  if (failure.name === "SettingsError" && Array.isArray(failure.problems)) throw new SettingsError(failure.problems);
  throw new Error(typeof failure.message === "string" ? failure.message : "");
}
