// Office builds on Windows that still use the original Edge webview cannot parse syntax after ES2017:
// a functions.js with `??` or `?.` registers no CQC function and the pane stays blank. This parses what
// the production build ships with acorn at ecmaVersion 2017: functions.js (the custom functions) and
// the first script of taskpane.html (webviewCheck.js, which must even parse as ES5 so that Internet
// Explorer shows its message). The task pane bundle and its chunks carry ES2018+ syntax from Fluent UI
// and zod (object spread, `\p{…}` regular expressions); where they cannot run, webviewCheck.js says so.
//
// It uses dist/ (or the end-to-end test's build) when newer than the sources, else builds into
// .tmp/shipped-dist (about a minute).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";

const root = path.join(__dirname, "../..");
jest.setTimeout(240_000);

function newestModification(paths: string[]): number {
  let newest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const stats = statSync(entry);
    if (stats.isDirectory()) newest = Math.max(newest, newestModification(readdirSync(entry).map((name) => path.join(entry, name))));
    else newest = Math.max(newest, stats.mtimeMs);
  }
  return newest;
}

/** A production build at least as new as the sources: dist/, or one made here. */
function productionBuild(): string {
  const output = path.join(root, ".tmp/shipped-dist");
  const sources = newestModification(["src", "webpack.config.js", "webpack", "manifest.xml"].map((entry) => path.join(root, entry)));
  // The end-to-end test's build is as good as ours when it is fresh (it is a production build too).
  const fresh = [path.join(root, "dist"), output, path.join(root, ".tmp/e2e-dist")].find(
    (candidate) => existsSync(path.join(candidate, "functions.js")) && statSync(path.join(candidate, "functions.js")).mtimeMs >= sources && !readFileSync(path.join(candidate, "functions.js"), "utf8").includes("eval("),
  );
  if (fresh !== undefined) return fresh;
  execFileSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", output], { cwd: root, stdio: "pipe" });
  return output;
}

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

const dist = productionBuild();
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
