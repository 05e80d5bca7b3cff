// The built task pane for the tests and the bench that need the real page: a production build that is
// never older than the sources, and a small static file server for it on localhost.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

const root = path.join(__dirname, "..");

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml",
  ".map": "application/json",
};

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

/** A production build (not webpack's development output, which wraps modules in eval). */
function isProductionBuild(directory: string): boolean {
  const functions = path.join(directory, "functions.js");
  return existsSync(path.join(directory, "taskpane.js")) && existsSync(functions) && !readFileSync(functions, "utf8").includes("eval(");
}

/**
 * A production build of the task pane at least as new as the sources: dist/ or any earlier build of
 * this helper (.tmp/taskpane-dist-*) when fresh, else a new build into .tmp/taskpane-dist-<user>
 * (about a minute), so nothing ever tests a stale page. Each user builds into a folder of its own:
 * jest runs test files at once, and two builds into one folder would mix. TASKPANE_DIST=<directory>
 * uses a build you made yourself (for example while the sources change under other hands).
 *
 * @example
 * // const server = await serveDirectory(productionTaskPane("e2e"));
 */
export function productionTaskPane(user: string): string {
  if (process.env.TASKPANE_DIST !== undefined) return path.resolve(root, process.env.TASKPANE_DIST);
  const builds = path.join(root, ".tmp");
  const output = path.join(builds, `taskpane-dist-${user}`);
  const sources = newestModification(["src", "assets", "webpack.config.js", "webpack", "manifest.xml"].map((entry) => path.join(root, entry)));
  const earlier = existsSync(builds) ? readdirSync(builds).filter((name) => name.startsWith("taskpane-dist-") && !name.includes("-building-")).map((name) => path.join(builds, name)) : [];
  const fresh = [path.join(root, "dist"), ...earlier].find((candidate) => isProductionBuild(candidate) && statSync(path.join(candidate, "taskpane.js")).mtimeMs >= sources);
  if (fresh !== undefined) return fresh;
  // Built beside its place and moved in whole, so that no one finds a build half written.
  const building = `${output}-building-${process.pid}`;
  execFileSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", building], { cwd: root, stdio: "pipe" });
  rmSync(output, { recursive: true, force: true });
  renameSync(building, output);
  return output;
}

/** Serves a directory's files on 127.0.0.1 at a free port. */
export function serveDirectory(directory: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(directory, pathname);
    if (!file.startsWith(directory) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
