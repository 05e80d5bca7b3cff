/** @jest-environment jsdom */
// webviewCheck.js is plain ES5 that runs before everything else on the page (see the file).
import { readFileSync } from "node:fs";
import path from "node:path";

const source = readFileSync(path.join(__dirname, "../../src/taskpane/webviewCheck.js"), "utf8");
type Flags = { cqcUnsupportedWebview?: boolean; cqcOfficeScriptFailed?: boolean };

// User agents from Microsoft's "Browsers and webview controls used by Office Add-ins" detection advice.
const userAgents = {
  internetExplorer: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko",
  edgeLegacy: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
};

function runWith(userAgent: string): HTMLElement {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  document.body.innerHTML = '<div id="root"></div>';
  const flags = window as unknown as Flags;
  delete flags.cqcUnsupportedWebview;
  delete flags.cqcOfficeScriptFailed;
  new Function(source)();
  return document.getElementById("root")!;
}

describe("webviewCheck.js", () => {
  it("shows which Excel versions are supported in an Internet Explorer webview", () => {
    const root = runWith(userAgents.internetExplorer);
    expect(root.textContent).toMatch(/needs Excel on the web, Excel for Microsoft 365 .* or Excel 2021 or later/);
    expect((window as unknown as Flags).cqcUnsupportedWebview).toBe(true);
  });

  it("shows the message in the original Edge webview", () => {
    expect(runWith(userAgents.edgeLegacy).querySelector("[role=alert]")).not.toBeNull();
  });

  it("leaves the page alone in the Chromium-based Edge webview (WebView2)", () => {
    const root = runWith(userAgents.webView2);
    expect([root.innerHTML, (window as unknown as Flags).cqcUnsupportedWebview]).toEqual(["", undefined]);
  });

  it("notes that office.js failed to load when its script fires an error event", () => {
    runWith(userAgents.webView2);
    const script = document.createElement("script");
    script.src = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    document.head.appendChild(script);
    script.dispatchEvent(new Event("error"));
    expect((window as unknown as Flags).cqcOfficeScriptFailed).toBe(true);
  });
});
