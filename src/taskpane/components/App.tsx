import { Body1, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Button, Spinner, Tab, TabList, Title2, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef } from "react";
import type { AnalysisWorkerFactory } from "../analysis/analyseInWorker";
import type { Analyse } from "../analysis/runAnalysis";
import { summaryText } from "../analysis/summaryText";
import type { HostMode } from "../officeHost";
import type { WorkbookSession } from "../session/workbookSession";
import { availableDimensions, chosenSources, STEPS, useTaskPane, type StepId } from "../useTaskPane";
import { ErrorBar } from "./ErrorBar";
import { OpenWorkbookActions } from "./OpenWorkbookActions";
import { ResultsStep } from "./ResultsStep";
import { SettingsStep } from "./SettingsStep";
import { SourceStep } from "./SourceStep";
import { SummaryStep } from "./SummaryStep";
import { WriteStep } from "./WriteStep";

export interface AppProps {
  /** Inside Excel, or a plain browser working on an .xlsx file. */
  mode: HostMode;
  /** Follow Office's dark theme when the host reports one. */
  dark?: boolean;
  /** Inside Excel: the open workbook. */
  session?: WorkbookSession | null;
  /** Outside Office: opens a workbook file (loads the ExcelJS adapter on first use). */
  openFile?: (file: File) => Promise<WorkbookSession>;
  /** Outside Office: opens the sample workbook served with the page. */
  openSample?: () => Promise<WorkbookSession>;
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
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1 },
  tabs: { flexWrap: "wrap" },
  busy: { minHeight: "1.5rem" },
});

const stepLabels: Record<StepId, string> = { source: "1 Source", settings: "2 Settings", results: "3 Results", write: "4 Write", summary: "5 Summary" };

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

  const download = useCallback(async () => {
    try {
      const file = await current?.download?.();
      if (file !== undefined) saveFile(file.blob, file.fileName);
    } catch (error) {
      pane.fail(error, "downloading");
    }
  }, [current, pane, saveFile]);

  const summaryModel = state.outputs?.models.find((model) => model.role === "assurance-summary");

  // When the step changes, its heading takes the focus, so keyboard and screen-reader users land on it.
  const shownStep = useRef(state.step);
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    document.getElementById(`${state.step}-heading`)?.focus();
  }, [state.step]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      {/* data-analysis-thread says where the last analysis ran, for the end-to-end test and support. */}
      <main className={styles.root} aria-labelledby="app-title" data-analysis-thread={state.run?.thread}>
        <Title2 as="h1" id="app-title">
          Compare teams, shifts and locations
        </Title2>
        <Body1>
          {mode === "excel"
            ? "Analyse the audit tables in this workbook and see where improvement is uneven."
            : "Open an audit workbook (.xlsx) to see where improvement is uneven. Your data stays on this computer."}
        </Body1>

        {mode === "browser" && openFile !== undefined && openSample !== undefined && (
          <OpenWorkbookActions
            title={current?.title ?? null}
            busy={state.busy !== null}
            onOpenFile={(file) => void pane.openSession(() => openFile(file))}
            onTrySample={() => void pane.openSession(openSample)}
          />
        )}

        {state.error !== null && <ErrorBar error={state.error} onDismiss={pane.dismissError} />}
        {state.notice !== null && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{state.notice}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={pane.dismissNotice} />} />
          </MessageBar>
        )}

        <div className={styles.busy} role="status" aria-live="polite">
          {state.busy !== null && <Spinner size="tiny" labelPosition="after" label={state.busy} />}
        </div>

        {state.sources !== null && (
          <>
            <nav aria-label="Steps">
              <TabList className={styles.tabs} selectedValue={state.step} onTabSelect={(_, data) => pane.setStep(data.value as StepId)}>
                {STEPS.map((step) => (
                  <Tab key={step} value={step} disabled={!reachable[step]}>
                    {stepLabels[step]}
                  </Tab>
                ))}
              </TabList>
            </nav>

            <div role="tabpanel" aria-label={stepLabels[state.step].replace(/^\d /, "")}>
              {state.step === "source" && (
                <SourceStep state={state} onToggle={pane.toggleSource} onRoleChange={pane.setRole} onNext={() => pane.setStep("settings")} />
              )}
              {state.step === "settings" && (
                <SettingsStep
                  choices={state.choices}
                  asOfText={state.asOfText}
                  dimensions={availableDimensions(state)}
                  sources={chosenSources(state).map((source) => source.entry.name)}
                  problems={state.problems}
                  mode={mode}
                  busy={state.busy !== null}
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
                  stage={state.writeStage}
                  written={state.written}
                  refreshing={state.outputs.refreshing}
                  onWrite={() => void pane.writeSheets()}
                  onShowSheet={current.showSheet === undefined ? undefined : (sheet) => void pane.showSheet(sheet)}
                  onDownload={current.download === undefined ? undefined : () => void download()}
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
