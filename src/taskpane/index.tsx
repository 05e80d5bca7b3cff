// Composition root: the only place that waits for Office and decides which adapters the task pane uses.
import { createRoot, type Root } from "react-dom/client";
import { documentSettingsStore, OfficeWorkbook, officeExcelRunner } from "../office";
import { createAnalysisWorker } from "./analysis/createAnalysisWorker";
import { App } from "./components/App";
import { watchHost, type HostMode, type HostScope } from "./officeHost";
import { isDarkOfficeTheme } from "./officeTheme";
import { openBrowserSession, type ChoiceStorage } from "./session/browserSession";
import { excelSession } from "./session/excelSession";
import { createReaderWorker } from "./session/createReaderWorker";
import { loadXlsxAdapter } from "./session/loadXlsxAdapter";
import type { RowsReadListener } from "./session/openInWorker";
import { todayUk } from "./todayUk";

/** The sample workbook webpack copies beside the page. */
const sampleUrl = "assets/samples/recovery-audits.xlsx";

/**
 * How long Office may take before the page offers to work on a file instead. It only offers: the pane
 * keeps waiting, and Excel's answer, however late, opens the Excel mode.
 */
const offerBrowserModeAfterMs = 8000;

function browserStorage(): ChoiceStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (private windows, strict settings): choices are then not remembered.
    return null;
  }
}

async function openFromBytes(name: string, bytes: Uint8Array, onRowsRead?: RowsReadListener) {
  // The file is read in a worker of its own (session/readerWorker.ts), so the page never freezes.
  return openBrowserSession(await loadXlsxAdapter(), name, bytes, browserStorage(), { createReaderWorker, onRowsRead });
}

function renderExcel(root: Root): void {
  const session = excelSession(new OfficeWorkbook(officeExcelRunner()), documentSettingsStore(Office.context.document.settings));
  root.render(<App mode="excel" dark={isDarkOfficeTheme(Office.context.officeTheme)} session={session} createAnalysisWorker={createAnalysisWorker} today={todayUk()} />);
}

function renderBrowser(root: Root): void {
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  root.render(
    <App
      mode="browser"
      dark={dark}
      createAnalysisWorker={createAnalysisWorker}
      today={todayUk()}
      openFile={async (file, onRowsRead) => openFromBytes(file.name, new Uint8Array(await file.arrayBuffer()), onRowsRead)}
      openSample={async (onRowsRead) => {
        const response = await fetch(sampleUrl);
        if (!response.ok) throw new Error(`the sample workbook could not be fetched (${response.status})`);
        return openFromBytes("recovery-audits.xlsx", new Uint8Array(await response.arrayBuffer()), onRowsRead);
      }}
    />,
  );
}

const loadingStyle = { fontFamily: "Segoe UI, sans-serif", padding: "1rem" } as const;

const container = document.getElementById("root");
const scope = globalThis as unknown as HostScope & { cqcUnsupportedWebview?: boolean };
// webviewCheck.js has already put its message in the page where the pane cannot run.
if (container && scope.cqcUnsupportedWebview !== true) {
  const root = createRoot(container);
  let shown: HostMode | null = null;
  const show = (mode: HostMode) => {
    if (shown === mode || shown === "excel") return;
    shown = mode;
    if (mode === "excel") renderExcel(root);
    else renderBrowser(root);
  };
  root.render(<p style={loadingStyle}>Loading…</p>);
  const offer = setTimeout(() => {
    if (shown !== null) return;
    root.render(
      <div style={loadingStyle}>
        <p role="status">Still waiting for Excel to start the add-in. It opens here as soon as Excel is ready.</p>
        <p>
          Not in Excel? <button onClick={() => show("browser")}>Work on an .xlsx file instead</button>
        </p>
      </div>,
    );
  }, offerBrowserModeAfterMs);
  watchHost(scope, (mode) => {
    clearTimeout(offer);
    show(mode);
  });
}
