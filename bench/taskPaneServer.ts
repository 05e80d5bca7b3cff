// The built task pane, served on localhost for the browser bench: a production build that is never
// stale (the same rule as test/e2e/taskpane.e2e.test.ts) and a tiny static file server.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
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

/**
 * A production build of the task pane: dist/ or an earlier bench build when newer than the sources,
 * else a fresh build into .tmp/bench-dist (about a minute). BENCH_DIST=<directory> uses a build of yours.
 */
export function builtTaskPane(): string {
  if (process.env.BENCH_DIST !== undefined) return path.resolve(root, process.env.BENCH_DIST);
  const output = path.join(root, ".tmp/bench-dist");
  const sources = newestModification(["src", "assets", "webpack.config.js", "webpack", "manifest.xml"].map((entry) => path.join(root, entry)));
  const fresh = [path.join(root, "dist"), output].find((candidate) => existsSync(path.join(candidate, "taskpane.js")) && statSync(path.join(candidate, "taskpane.js")).mtimeMs >= sources);
  if (fresh !== undefined) return fresh;
  execFileSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", output], { cwd: root, stdio: "pipe" });
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
