import { useCallback, useEffect, useRef, useState } from "react";
import { GROUPING_ROLES, type ColumnMapping, type ColumnRole } from "../core/audit";
import { prepareOutputs, type PreparedOutputs } from "../app/prepareOutputs";
import type { AnalysisWorkerFactory } from "./analysis/analyseInWorker";
import { runAnalysis, type Analyse, type AnalysisRun } from "./analysis/runAnalysis";
import { settingsFromChoices, type ChoiceProblem } from "./analysis/settingsFromChoices";
import { sourceProposal, type SourceProposal } from "./analysis/sourceProposal";
import { DEFAULT_CHOICES, readChoices, type TaskPaneChoices } from "./analysis/taskPaneChoices";
import { yieldToBrowser } from "./analysis/yieldToBrowser";
import { describeError, type ErrorMessage, type TaskPaneActivity } from "./describeError";
import type { WorkProgress } from "./formatResult";
import type { SourceEntry, SourcePreview, WorkbookSession, WriteStage, WrittenSheetLink } from "./session/workbookSession";

export const STEPS = ["source", "settings", "results", "write", "summary"] as const;
export type StepId = (typeof STEPS)[number];

/** Work that takes longer than a moment: each has a button that shows it busy and its progress beside it. */
export const BUSY_ACTIONS = ["opening", "analysing", "writing", "downloading"] as const;
export type BusyAction = (typeof BUSY_ACTIONS)[number];

/** What the pane is busy doing, and how far it has got. */
export interface Busy {
  action: BusyAction;
  progress: WorkProgress;
}

/** An element to move the focus to once work is done (the Results heading, the written sheets). */
export interface FocusRequest {
  id: string;
  /** Counts requests, so that asking for the same element twice moves the focus twice. */
  sequence: number;
}

/** A progress report as file readers and writers give it: words alone, or words with numbers. */
export type ProgressReport = string | WorkProgress | (WriteStage & Partial<WorkProgress>);

/** Any progress report as the pane shows it. */
function toWorkProgress(report: ProgressReport): WorkProgress {
  if (typeof report === "string") return { stage: report.replace(/…$/, "") };
  if ("label" in report && typeof report.label === "string") {
    const { label, value, ...counts } = report;
    return { fraction: value, ...counts, stage: (counts.stage ?? label).replace(/…$/, "") };
  }
  return { ...report, stage: (report as WorkProgress).stage.replace(/…$/, "") };
}

/** A sheet or table with its first rows and what the reader proposes for it. */
export interface SourceState {
  entry: SourceEntry;
  preview: SourcePreview;
  proposal: SourceProposal;
}

export interface TaskPaneState {
  session: WorkbookSession | null;
  step: StepId;
  /** What the pane is busy doing, or null. */
  busy: Busy | null;
  sources: SourceState[] | null;
  choices: TaskPaneChoices;
  asOfText: string;
  run: AnalysisRun | null;
  outputs: PreparedOutputs | null;
  writeStage: WriteStage | null;
  written: WrittenSheetLink[] | null;
  error: ErrorMessage | null;
  /** A note that does not stop the work (settings not saved, a download that is a separate workbook). */
  notice: string | null;
  problems: ChoiceProblem[];
  focus: FocusRequest | null;
}

export interface TaskPaneOptions {
  session: WorkbookSession | null;
  analyse?: Analyse;
  /** Starts the analysis worker; without it (tests) the analysis runs on the page. */
  createAnalysisWorker?: AnalysisWorkerFactory;
  /** Today as dd/mm/yyyy, the default "as of" date (the core never reads the clock). */
  today: string;
}

/** The mapping in use for a source: the user's corrections, else the proposal. */
export function mappingOf(state: Pick<TaskPaneState, "choices">, source: SourceState): ColumnMapping {
  return state.choices.mappings[source.entry.name] ?? source.proposal.mapping;
}

/** The sources the user has chosen, in list order. */
export function chosenSources(state: Pick<TaskPaneState, "sources" | "choices">): SourceState[] {
  return (state.sources ?? []).filter((source) => state.choices.sources.includes(source.entry.name));
}

/** The grouping columns found in the chosen sources, in the order the reader knows them. */
export function availableDimensions(state: Pick<TaskPaneState, "sources" | "choices">): string[] {
  const roles = new Set(chosenSources(state).flatMap((source) => mappingOf(state, source).map((entry) => entry.role)));
  return GROUPING_ROLES.filter((role) => roles.has(role));
}

function defaultSelection(sources: readonly SourceState[], saved: readonly string[]): string[] {
  const available = new Set(sources.map((source) => source.entry.name));
  const remembered = saved.filter((name) => available.has(name));
  if (remembered.length > 0) return remembered;
  const suggestedTables = sources.filter((source) => source.entry.kind === "table" && source.proposal.likelihood.suggested);
  return sources
    .filter((source) => source.proposal.likelihood.suggested)
    .filter((source) => source.entry.kind === "table" || !suggestedTables.some((table) => table.entry.sheet === source.entry.sheet))
    .map((source) => source.entry.name);
}

/** State and actions of the task pane, over a workbook session. Components receive both as props. */
export function useTaskPane(options: TaskPaneOptions) {
  const [state, setState] = useState<TaskPaneState>(() => ({
    session: options.session,
    step: "source",
    busy: null,
    sources: null,
    choices: DEFAULT_CHOICES,
    asOfText: options.today,
    run: null,
    outputs: null,
    writeStage: null,
    written: null,
    error: null,
    notice: null,
    problems: [],
    focus: null,
  }));
  const latest = useRef(state);
  latest.current = state;
  const analyse = options.analyse;
  const createWorker = options.createAnalysisWorker;

  const update = useCallback((change: Partial<TaskPaneState> | ((current: TaskPaneState) => Partial<TaskPaneState>)) => {
    setState((current) => ({ ...current, ...(typeof change === "function" ? change(current) : change) }));
  }, []);

  const busyWith = useCallback((action: BusyAction, report: ProgressReport) => update({ busy: { action, progress: toWorkProgress(report) } }), [update]);
  const focusOn = (current: TaskPaneState, id: string): FocusRequest => ({ id, sequence: (current.focus?.sequence ?? 0) + 1 });

  const fail = useCallback((error: unknown, activity: TaskPaneActivity) => update({ busy: null, writeStage: null, error: describeError(error, activity) }), [update]);

  const loadSources = useCallback(
    async (session: WorkbookSession) => {
      update({ busy: { action: "opening", progress: { stage: "Looking at the sheets and tables in the workbook" } }, error: null, sources: null, run: null, outputs: null, written: null, step: "source" });
      try {
        const [entries, saved] = await Promise.all([session.listSources(), session.loadChoices().catch(() => null)]);
        const previews = await session.previewSources(entries);
        await yieldToBrowser();
        const sources = previews.map((preview) => ({ entry: preview.source, preview, proposal: sourceProposal(preview) }));
        const choices = readChoices(saved);
        update((current) => ({ busy: null, sources, choices: { ...choices, sources: defaultSelection(sources, choices.sources) }, focus: focusOn(current, "source-heading") }));
      } catch (error) {
        fail(error, "listing");
      }
    },
    [fail, update],
  );

  useEffect(() => {
    if (options.session !== null) void loadSources(options.session);
    // Once: the Excel session is fixed for the pane's life; browser sessions arrive through openSession.
  }, []);

  const openSession = useCallback(
    async (opening: () => Promise<WorkbookSession>) => {
      update({ busy: { action: "opening", progress: { stage: "Opening the workbook" } }, error: null, notice: null });
      try {
        const session = await opening();
        // The file opened before lets its worker go (its grids and package are held there).
        latest.current.session?.close?.();
        update({ session });
        await loadSources(session);
      } catch (error) {
        fail(error, "opening");
      }
    },
    [fail, loadSources, update],
  );

  /** Progress from work already under way (rows read while a file opens), shown beside its button. */
  const showProgress = useCallback((progress: WorkProgress) => update((current) => (current.busy === null ? {} : { busy: { ...current.busy, progress } })), [update]);

  const setStep = useCallback((step: StepId) => update({ step }), [update]);

  const toggleSource = useCallback(
    (name: string, chosen: boolean) =>
      update((current) => ({
        choices: { ...current.choices, sources: chosen ? [...new Set([...current.choices.sources, name])] : current.choices.sources.filter((other) => other !== name) },
      })),
    [update],
  );

  const setRole = useCallback(
    (sourceName: string, columnIndex: number, role: ColumnRole) =>
      update((current) => {
        const source = current.sources?.find((candidate) => candidate.entry.name === sourceName);
        if (source === undefined) return {};
        const mapping = mappingOf(current, source).map((entry) => (entry.index === columnIndex ? { ...entry, role, confidence: 1, reason: "Chosen by you." } : entry));
        return { choices: { ...current.choices, mappings: { ...current.choices.mappings, [sourceName]: mapping } } };
      }),
    [update],
  );

  const setChoices = useCallback((change: Partial<TaskPaneChoices>) => update((current) => ({ choices: { ...current.choices, ...change }, problems: [] })), [update]);
  const setAsOf = useCallback((asOfText: string) => update({ asOfText, problems: [] }), [update]);

  const startAnalysis = useCallback(async () => {
    const current = latest.current;
    const session = current.session;
    if (session === null) return;
    const { settings, problems } = settingsFromChoices(current.choices, current.asOfText);
    if (settings === null) {
      update({ problems, step: "settings" });
      return;
    }
    const sources = chosenSources(current);
    update({ busy: { action: "analysing", progress: { stage: "Saving your settings in the workbook" } }, error: null, notice: null, problems: [] });
    let notice: string | null = null;
    try {
      await session.saveChoices(current.choices);
    } catch (error) {
      const message = describeError(error, "saving-settings");
      notice = `${message.title}: ${message.body}`;
    }
    try {
      const mappings = Object.fromEntries(Object.entries(current.choices.mappings).filter(([name]) => sources.some((source) => source.entry.name === name)));
      const run = await runAnalysis(session, sources.map((source) => source.entry), settings, { chosen: sources.map((source) => source.entry.name), mappings, sheetsAsGroups: current.choices.sheetsAsGroups, partialAnswers: current.choices.partialAnswers }, (report: ProgressReport) => busyWith("analysing", report), analyse, createWorker);
      busyWith("analysing", "Preparing the four sheets");
      const outputs = await prepareOutputs(session.workbook, run.analysis, { ownerRoles: current.choices.ownerRoles, liveFormulas: session.mode === "excel" });
      update((latestState) => ({ busy: null, run, outputs, written: null, writeStage: null, step: "results", notice, focus: focusOn(latestState, "results-heading") }));
    } catch (error) {
      fail(error, "analysing");
    }
  }, [analyse, busyWith, createWorker, fail, update]);

  const writeSheets = useCallback(async () => {
    const current = latest.current;
    const session = current.session;
    if (session === null || current.run === null) return;
    const stage = (writeStage: WriteStage) => update({ writeStage, busy: { action: "writing", progress: toWorkProgress(writeStage) } });
    update({ error: null, written: null });
    stage({ value: 0, label: "Reading the sheets already in the workbook and your Action Tracker" });
    try {
      // Prepared again now: the Action Tracker may have been edited since the analysis.
      const outputs = await prepareOutputs(session.workbook, current.run.analysis, { ownerRoles: current.choices.ownerRoles, liveFormulas: session.mode === "excel" });
      update({ outputs });
      stage({ value: 0.1, label: "Writing the four sheets" });
      const written = await session.writeSheets(outputs.plans, stage);
      update((latestState) => ({ busy: null, written, notice: session.downloadNote?.() ?? null, focus: focusOn(latestState, "written-heading") }));
    } catch (error) {
      fail(error, "writing");
    }
  }, [fail, update]);

  const downloadWorkbook = useCallback(
    async (save: (blob: Blob, fileName: string) => void) => {
      const session = latest.current.session;
      if (session?.download === undefined) return;
      update({ busy: { action: "downloading", progress: { stage: "Preparing the updated workbook" } }, error: null });
      try {
        const file = await session.download();
        save(file.blob, file.fileName);
        update({ busy: null });
      } catch (error) {
        fail(error, "downloading");
      }
    },
    [fail, update],
  );

  const dismissError = useCallback(() => update({ error: null }), [update]);
  const dismissNotice = useCallback(() => update({ notice: null }), [update]);

  const showCell = useCallback(
    async (sheet: string, address: string) => {
      try {
        await latest.current.session?.showCell?.(sheet, address);
      } catch (error) {
        fail(error, "showing-cell");
      }
    },
    [fail],
  );

  const showSheet = useCallback(
    async (sheet: string) => {
      try {
        await latest.current.session?.showSheet?.(sheet);
      } catch (error) {
        fail(error, "showing-cell");
      }
    },
    [fail],
  );

  return { state, openSession, showProgress, setStep, toggleSource, setRole, setChoices, setAsOf, startAnalysis, writeSheets, downloadWorkbook, dismissError, dismissNotice, showCell, showSheet, fail };
}

export type TaskPane = ReturnType<typeof useTaskPane>;
