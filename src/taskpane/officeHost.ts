/** Where the page is running: inside Excel, or in a plain browser working on .xlsx files. */
export type HostMode = "excel" | "browser";

/** The part of office.js host detection uses. */
export interface OfficeGlobal {
  onReady(callback: (info: { host: unknown }) => void): unknown;
  HostType: { Excel: unknown };
}

/** What the page knows when its bundle starts: the Office global, and the flag webviewCheck.js sets. */
export interface HostScope {
  Office?: OfficeGlobal;
  /** Set by webviewCheck.js when the office.js script fired its `error` event (no route to the CDN). */
  cqcOfficeScriptFailed?: boolean;
}

/**
 * Tells `onMode` where the page runs, and tells it again if that changes. Without office.js (its
 * script failed to load, so there is no `Office` global or webviewCheck.js saw its error event) the
 * answer is "browser" at once. Otherwise it waits for `Office.onReady` however long it takes: a cold
 * start of Excel can take many seconds, and a time-out would strand the pane in browser mode inside
 * Excel. `onReady` answers "browser" itself outside Office (host null). There is no clock here: the
 * page may offer browser mode while it waits (index.tsx), and a late `onReady` inside Excel still
 * switches to Excel mode.
 *
 * @example
 * watchHost({}, (mode) => mode); // calls back with "browser" at once: office.js did not load
 */
export function watchHost(scope: HostScope, onMode: (mode: HostMode) => void): void {
  const office = scope.Office;
  if (scope.cqcOfficeScriptFailed === true || !office || typeof office.onReady !== "function") {
    onMode("browser");
    return;
  }
  office.onReady((info) => onMode(info.host === office.HostType.Excel ? "excel" : "browser"));
}
