// The browser builds its download with the same writer in a Web Worker, where Node's modules do not
// exist: the writer and the package layer it reads from import none.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const folders = ["write", "package"].map((folder) => path.join(__dirname, "..", "..", "..", "src", "xlsx", folder));

describe("writeOutputPackage", () => {
  it("imports no Node module, directly or through its own folder and the package layer", () => {
    const nodeImports = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith(".ts"))
        .flatMap((name) => [...readFileSync(path.join(folder, name), "utf8").matchAll(/from "(node:[^"]+|fs|path|zlib|os|child_process)"/g)].map((m) => `${name}: ${m[1]}`)),
    );
    expect(nodeImports).toEqual([]);
  });
});
