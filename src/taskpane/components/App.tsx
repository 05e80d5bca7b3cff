import type { RowsReadListener } from "../session/openInWorker";
import { Body1, Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Subtitle1, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { AnalysisWorkerFactory } from "../analysis/analyseInWorker";
import type { Analyse } from "../analysis/runAnalysis";
import { summaryText } from "../analysis/summaryText";
import type { HostMode } from "../officeHost";
import type { WorkbookSession } from "../session/workbookSession";
import { availableDimensions, chosenSources, useTaskPane, type StepId } from "../useTaskPane";
import { ErrorBar } from "./ErrorBar";
import { OpenWorkbookActions } from "./OpenWorkbookActions";
import { ProgressNote } from "./ProgressNote";
import { ResultsStep } from "./ResultsStep";
import { SettingsStep } from "./SettingsStep";
import { SourceStep } from "./SourceStep";
import { STEP_LABELS, StepNav } from "./StepNav";
import { SummaryStep } from "./SummaryStep";
import { WorkbookHeader } from "./WorkbookHeader";
import { WriteStep } from "./WriteStep";

export interface AppProps {
  /** Inside Excel, or a plain browser working on an .xlsx file. */
  mode: HostMode;
  /** Follow Office's dark theme when the host reports one. */
  dark?: boolean;
  /** Inside Excel: the open workbook. */
  session?: WorkbookSession | null;
  /** Outside Office: opens a workbook file (loads the ExcelJS adapter on first use). */
  /** Opens a file; `onRowsRead` hears the rows read so far, for the progress beside the button. */
  openFile?: (file: File, onRowsRead?: RowsReadListener) => Promise<WorkbookSession>;
  /** Outside Office: opens the sample workbook served with the page. */
  openSample?: (onRowsRead?: RowsReadListener) => Promise<WorkbookSession>;
  /** The analysis; the real one by default (tests pass a fake). */
  analyse?: Analyse;
  /** Starts the analysis worker (the page passes the real one); without it the analysis runs on the page. */
  createAnalysisWorker?: AnalysisWorkerFactory;
  /** Today as dd/mm/yyyy: the default "as of" date. */
  today?: string;
  /** Copies text to the clipboard. */
  copyText?: (text: string) => Promise<void>;
  /** Saves a file the browser way (a download). */
  saveFile?: (blob: Blob, fileName: string) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "break-word",
  },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

async function copyWithClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText !== undefined) {
    await navigator.clipboard.writeText(text);
    return;
  }
  throw new Error("The clipboard is not available here.");
}

function saveWithDownloadLink(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The task pane: compare teams, shifts, locations and staff groups against the target. */
export function App({ mode, dark = false, session = null, openFile, openSample, analyse, createAnalysisWorker, today = "", copyText = copyWithClipboard, saveFile = saveWithDownloadLink }: AppProps) {
  const styles = useStyles();
  const pane = useTaskPane({ session, analyse, createAnalysisWorker, today });
  const { state } = pane;
  const reachable: Record<StepId, boolean> = {
    source: state.sources !== null,
    settings: chosenSources(state).length > 0,
    results: state.run !== null,
    write: state.outputs !== null,
    summary: state.outputs !== null,
  };
  const current = state.session;
  const busy = state.busy;
  const [openingWith, setOpeningWith] = useState<"file" | "sample" | null>(null);
  const openWith = (kind: "file" | "sample", opening: () => Promise<WorkbookSession>) => {
    setOpeningWith(kind);
    void pane.openSession(opening);
  };
  const rowsRead: RowsReadListener = ({ sheet, rowsRead: done }) => pane.showProgress({ stage: `Reading “${sheet}”`, done, unit: done === 1 ? "row" : "rows" });
  const onOpenFile = openFile === undefined ? undefined : (file: File) => openWith("file", () => openFile(file, rowsRead));
  const onTrySample = openSample === undefined ? undefined : () => openWith("sample", () => openSample(rowsRead));

  const summaryModel = state.outputs?.models.find((model) => model.role === "assurance-summary");

  // When the step changes, its heading takes the focus, so keyboard and screen-reader users land on it.
  const shownStep = useRef(state.step);
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    document.getElementById(`${state.step}-heading`)?.focus();
  }, [state.step]);

  // When work finishes, its result takes the focus (the Source heading, the Results heading, the
  // sheets written), so that the focus never falls to the page when a busy button goes.
  useEffect(() => {
    if (state.focus !== null) document.getElementById(state.focus.id)?.focus();
  }, [state.focus]);

  // An error takes the focus too: it is read out, and scrolled to wherever the user was.
  useEffect(() => {
    if (state.error !== null) document.getElementById("error-bar")?.focus();
  }, [state.error]);

  const workbookOpen = current !== null;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      {/* data-analysis-thread says where the last analysis ran, for the end-to-end test and support. */}
      <main className={styles.root} aria-labelledby="app-title" data-analysis-thread={state.run?.thread}>
        {workbookOpen ? (
          <WorkbookHeader title={current.title} busy={busy !== null} onOpenFile={mode === "browser" ? onOpenFile : undefined} onTrySample={mode === "browser" ? onTrySample : undefined} />
        ) : (
          <div className={styles.intro}>
            <Subtitle1 as="h1" id="app-title" block>
              Compare teams, shifts and locations
            </Subtitle1>
            <Body1 block>
              {mode === "excel"
                ? "Analyse the audit tables in this workbook and see where improvement is uneven."
                : "Open an audit workbook (.xlsx) to see where improvement is uneven. Your data stays on this computer."}
            </Body1>
            {mode === "browser" && onOpenFile !== undefined && onTrySample !== undefined && (
              <OpenWorkbookActions opening={busy?.action === "opening" ? busy.progress : null} openingWith={openingWith} onOpenFile={onOpenFile} onTrySample={onTrySample} />
            )}
          </div>
        )}
        {workbookOpen && <ProgressNote progress={busy?.action === "opening" ? busy.progress : null} />}

        {state.error !== null && <ErrorBar error={state.error} onDismiss={pane.dismissError} />}
        {state.notice !== null && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{state.notice}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={pane.dismissNotice} />} />
          </MessageBar>
        )}

        {state.sources !== null && (
          <>
            <StepNav current={state.step} reachable={reachable} onSelect={pane.setStep} />

            <div role="tabpanel" aria-label={STEP_LABELS[state.step]}>
              {state.step === "source" && (
                <SourceStep state={state} onToggle={pane.toggleSource} onRoleChange={pane.setRole} onNext={() => pane.setStep("settings")} onChoicesChange={pane.setChoices} />
              )}
              {state.step === "settings" && (
                <SettingsStep
                  choices={state.choices}
                  asOfText={state.asOfText}
                  dimensions={availableDimensions(state)}
                  sources={chosenSources(state).map((source) => source.entry.name)}
                  problems={state.problems}
                  mode={mode}
                  busy={busy?.action === "analysing" ? busy.progress : null}
                  waiting={busy !== null && busy.action !== "analysing"}
                  onChange={pane.setChoices}
                  onAsOfChange={pane.setAsOf}
                  onAnalyse={() => void pane.startAnalysis()}
                />
              )}
              {state.step === "results" && state.run !== null && (
                <ResultsStep
                  analysis={state.run.analysis}
                  onShowCell={current?.showCell === undefined ? undefined : (sheet, address) => void pane.showCell(sheet, address)}
                  onNext={() => pane.setStep("write")}
                />
              )}
              {state.step === "write" && state.outputs !== null && current !== null && (
                <WriteStep
                  mode={current.mode}
                  outputs={state.outputs}
                  progress={busy?.action === "writing" ? busy.progress : null}
                  downloading={busy?.action === "downloading" ? busy.progress : null}
                  waiting={busy !== null && busy.action !== "writing" && busy.action !== "downloading"}
                  written={state.written}
                  refreshing={state.outputs.refreshing}
                  onWrite={() => void pane.writeSheets()}
                  onShowSheet={current.showSheet === undefined ? undefined : (sheet) => void pane.showSheet(sheet)}
                  onDownload={current.download === undefined ? undefined : () => void pane.downloadWorkbook(saveFile)}
                  onNext={() => pane.setStep("summary")}
                />
              )}
              {state.step === "summary" && summaryModel !== undefined && (
                <SummaryStep text={summaryText(summaryModel)} copy={copyText} onCopyFailed={(error) => pane.fail(error, "copying")} />
              )}
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
