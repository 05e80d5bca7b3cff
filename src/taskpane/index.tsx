// Composition root: the only place that waits for Office and decides which adapters the task pane uses.
import { createRoot } from "react-dom/client";
import { documentSettingsStore, OfficeWorkbook, officeExcelRunner } from "../office";
import { createAnalysisWorker } from "./analysis/createAnalysisWorker";
import { App } from "./components/App";
import { detectHost } from "./officeHost";
import { isDarkOfficeTheme } from "./officeTheme";
import { openBrowserSession, type ChoiceStorage } from "./session/browserSession";
import { excelSession } from "./session/excelSession";
import { loadXlsxAdapter } from "./session/loadXlsxAdapter";
import { todayUk } from "./todayUk";

/** The sample workbook webpack copies beside the page. */
const sampleUrl = "assets/samples/recovery-audits.xlsx";

function browserStorage(): ChoiceStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (private windows, strict settings): choices are then not remembered.
    return null;
  }
}

async function openFromBytes(name: string, bytes: Uint8Array) {
  return openBrowserSession(await loadXlsxAdapter(), name, bytes, browserStorage());
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(<p style={{ fontFamily: "Segoe UI, sans-serif", padding: "1rem" }}>Loading…</p>);
  void detectHost().then((mode) => {
    if (mode === "excel") {
      const session = excelSession(new OfficeWorkbook(officeExcelRunner()), documentSettingsStore(Office.context.document.settings));
      root.render(<App mode="excel" dark={isDarkOfficeTheme(Office.context.officeTheme)} session={session} createAnalysisWorker={createAnalysisWorker} today={todayUk()} />);
      return;
    }
    const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
    root.render(
      <App
        mode="browser"
        dark={dark}
        createAnalysisWorker={createAnalysisWorker}
        today={todayUk()}
        openFile={async (file) => openFromBytes(file.name, new Uint8Array(await file.arrayBuffer()))}
        openSample={async () => {
          const response = await fetch(sampleUrl);
          if (!response.ok) throw new Error(`the sample workbook could not be fetched (${response.status})`);
          return openFromBytes("recovery-audits.xlsx", new Uint8Array(await response.arrayBuffer()));
        }}
      />,
    );
  });
}
