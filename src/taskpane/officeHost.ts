/** Where the page is running: inside Excel, or in a plain browser working on .xlsx files. */
export type HostMode = "excel" | "browser";

/** How long to wait for office.js before running as a plain web page. */
const officeReadyTimeoutMs = 4000;

/**
 * Resolves once Office has said where it is running, or after a time-out when office.js could not
 * load (a plain browser with no route to Microsoft's CDN): Office.onReady never resolves then.
 */
export function detectHost(): Promise<HostMode> {
  const office = (globalThis as unknown as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve("browser");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("browser"), officeReadyTimeoutMs);
    office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host === office.HostType.Excel ? "excel" : "browser");
    });
  });
}
