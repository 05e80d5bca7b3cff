// Office builds on Windows that still use the original Edge webview cannot parse syntax after ES2017:
// a functions.js with `??` or `?.` registers no CQC function and the pane stays blank. This parses what
// the production build ships with acorn at ecmaVersion 2017: functions.js (the custom functions) and
// the first script of taskpane.html (webviewCheck.js, which must even parse as ES5 so that Internet
// Explorer shows its message). The task pane bundle and its chunks carry ES2018+ syntax from Fluent UI
// and zod (object spread, `\p{…}` regular expressions); where they cannot run, webviewCheck.js says so.
//
// It parses a production build never older than the sources (scripts/taskPaneBuild.ts), the one the
// end-to-end test uses.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { productionTaskPane } from "../../scripts/taskPaneBuild";

jest.setTimeout(240_000);

/** acorn's complaint about a script at an ECMAScript version, or null when it parses. */
function parseError(source: string, ecmaVersion: 5 | 2017): string | null {
  try {
    parse(source, { ecmaVersion, sourceType: "script" });
    return null;
  } catch (error) {
    const position = (error as { pos?: number }).pos ?? 0;
    return `${(error as Error).message} near ${JSON.stringify(source.slice(Math.max(0, position - 60), position + 20))}`;
  }
}

const dist = productionTaskPane("shipped-scripts");
const page = readFileSync(path.join(dist, "taskpane.html"), "utf8");
const scripts = [...page.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((match) => ({ tag: match[0], src: match[1] }));

describe("the shipped scripts", () => {
  it("parse dist/functions.js as ES2017", () => {
    expect(parseError(readFileSync(path.join(dist, "functions.js"), "utf8"), 2017)).toBeNull();
  });

  it("start taskpane.html with webviewCheck.js, before office.js and the bundles", () => {
    expect(scripts.map((script) => script.src)).toEqual(["webviewCheck.js", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]);
  });

  it("parse the first script of taskpane.html as ES2017 and as ES5", () => {
    const first = readFileSync(path.join(dist, scripts[0].src), "utf8");
    expect([parseError(first, 2017), parseError(first, 5)]).toEqual([null, null]);
  });

  it("load the bundles deferred, so webviewCheck.js has run before them", () => {
    expect(scripts.filter((script) => !script.src.startsWith("https:")).slice(1).every((script) => /\bdefer\b/.test(script.tag))).toBe(true);
  });

  it("refuse syntax after ES2017, so the checks above would catch a `??` or `?.`", () => {
    expect(parseError("const a = b ?? c; const d = e?.f;", 2017)).toMatch(/Unexpected token/);
    expect(parseError("const g = { ...h };", 2017)).toMatch(/Unexpected token/);
  });
});
