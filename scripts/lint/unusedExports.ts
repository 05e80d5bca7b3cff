// Lint: every export in src/ is something another file of the product uses. An export only its own
// file, or only the tests, import is surface nobody maintains on purpose (issue 14). The product is
// src/, scripts/ and bench/; tests do not count, so a test reaches code through the surface the product
// uses. `npm run lint` runs this after ESLint, which checks one file at a time and cannot see this.
// Checked: values (functions, classes, constants). Not types and interfaces, which cost nothing at run
// time; about a hundred are exported beside the function whose signature uses them.
// Exempt: the entry points (webpack's entries, the command line's tsconfig.cli.json files, worker
// scripts started with `new URL("./x", import.meta.url)`); a closed vocabulary (`X = [...] as const`)
// whose union type the file exports, since the array is that type's run-time form; re-exports in an
// index.ts, the module's public surface (what they re-export is checked where it is declared); and an
// export marked with a comment starting "Test seam:" just above it, saying why a test needs it.
//
// Run alone with `npx ts-node --transpile-only scripts/lint/unusedExports.ts`.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const productFolders = ["src", "scripts", "bench"];
const testSeamMarker = /^\s*(?:\/\/|\/\*+|\*)\s*Test seam:/m;

function sourceFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  const walk = (directory: string): void => {
    if (!fs.existsSync(directory)) return;
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) found.push(full);
    }
  };
  walk(path.join(root, folder));
  return found;
}

function resolveModule(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => /\.tsx?$/.test(candidate) && fs.existsSync(candidate)) ?? null;
}

/** What one file exports, and what it takes from other files. */
interface ModuleFacts {
  /** Names declared and exported here; each with whether it is exempt from the check (a type, a
   * vocabulary behind an exported union type, or marked "Test seam:"). */
  declared: Map<string, { exempt: boolean }>;
  /** `export { name as exported } from "./x"`: exported name -> [file, name there]. */
  reExports: Map<string, [string, string]>;
  /** `export * from "./x"`. */
  starExports: string[];
  /** Names imported from each file (`*` for a namespace or dynamic import: every export). */
  uses: Array<[string, string]>;
  /** Worker scripts this file starts. */
  workerEntries: string[];
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isDefaultExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

function factsOf(file: string): ModuleFacts {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const facts: ModuleFacts = { declared: new Map(), reExports: new Map(), starExports: [], uses: [], workerEntries: [] };
  const seamOf = (node: ts.Node): boolean =>
    (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).some((range) => testSeamMarker.test(text.slice(range.pos, range.end)));
  const exportedTypeText = source.statements
    .filter((statement) => ts.isTypeAliasDeclaration(statement) && hasExportModifier(statement))
    .map((statement) => statement.getText())
    .join("\n");
  const isVocabulary = (name: string, initializer: ts.Expression | undefined): boolean =>
    initializer !== undefined && ts.isAsExpression(initializer) && ts.isArrayLiteralExpression(initializer.expression) && exportedTypeText.includes(`typeof ${name})[number]`);

  for (const statement of source.statements) {
    if (hasExportModifier(statement)) {
      const testSeam = seamOf(statement);
      const isType = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
      if (isDefaultExport(statement)) facts.declared.set("default", { exempt: testSeam });
      else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name)) continue;
          const name = declaration.name.text;
          facts.declared.set(name, { exempt: testSeam || isVocabulary(name, declaration.initializer) });
        }
      } else {
        const name = (statement as ts.DeclarationStatement).name;
        if (name !== undefined && ts.isIdentifier(name)) facts.declared.set(name.text, { exempt: testSeam || isType });
      }
    }
    if (ts.isExportDeclaration(statement)) {
      const target = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? resolveModule(file, statement.moduleSpecifier.text) : null;
      if (statement.exportClause === undefined) {
        if (target !== null) facts.starExports.push(target);
      } else if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          const exported = element.name.text;
          const local = (element.propertyName ?? element.name).text;
          if (target !== null) facts.reExports.set(exported, [target, local]);
          else facts.declared.set(exported, { exempt: statement.isTypeOnly || element.isTypeOnly || seamOf(statement) });
        }
      } else if (target !== null) facts.uses.push([target, "*"]);
    }
    if (ts.isExportAssignment(statement)) facts.declared.set("default", { exempt: seamOf(statement) });
  }

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveModule(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (target !== null && clause !== undefined) {
        if (clause.name !== undefined) facts.uses.push([target, "default"]);
        const bindings = clause.namedBindings;
        if (bindings !== undefined && ts.isNamespaceImport(bindings)) facts.uses.push([target, "*"]);
        if (bindings !== undefined && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) facts.uses.push([target, (element.propertyName ?? element.name).text]);
        }
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      const target = resolveModule(file, node.argument.literal.text);
      if (target !== null) {
        const qualifier = node.qualifier;
        const first = qualifier === undefined ? "*" : ts.isIdentifier(qualifier) ? qualifier.text : qualifier.left.getText();
        facts.uses.push([target, first.split(".")[0]]);
      }
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if (isDynamicImport || isRequire) {
        const target = resolveModule(file, node.arguments[0].text);
        if (target !== null) facts.uses.push([target, "*"]);
      }
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "URL") {
      const [script, base] = node.arguments ?? [];
      if (script !== undefined && ts.isStringLiteral(script) && base !== undefined && base.getText().includes("import.meta.url")) {
        const target = resolveModule(file, script.text);
        if (target !== null) facts.workerEntries.push(target);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

function entryPoints(root: string, workerEntries: string[]): Set<string> {
  const entries = new Set(workerEntries);
  const webpackConfig = path.join(root, "webpack.config.js");
  if (fs.existsSync(webpackConfig)) {
    for (const match of fs.readFileSync(webpackConfig, "utf8").matchAll(/["'](\.\/src\/[^"']+\.tsx?)["']/g)) entries.add(path.join(root, match[1]));
  }
  const cliConfig = path.join(root, "tsconfig.cli.json");
  if (fs.existsSync(cliConfig)) {
    for (const included of (JSON.parse(fs.readFileSync(cliConfig, "utf8")) as { include: string[] }).include) entries.add(path.join(root, included));
  }
  return entries;
}

/**
 * Every export of `root`/src that no other product file uses, as "src/path.ts: name", sorted.
 *
 * @example
 * unusedExports("/work/main"); // => [] when every export has a user
 */
export function unusedExports(root: string): string[] {
  const files = productFolders.flatMap((folder) => sourceFiles(root, folder));
  const facts = new Map(files.map((file) => [file, factsOf(file)]));
  const exportsOf = (file: string): string[] => {
    const fileFacts = facts.get(file);
    return fileFacts === undefined ? [] : [...fileFacts.declared.keys(), ...fileFacts.reExports.keys()];
  };
  const entries = entryPoints(root, [...facts.values()].flatMap((fileFacts) => fileFacts.workerEntries));

  // (file, name) pairs in use; a barrel's re-export passes its use on to the file it re-exports.
  const used = new Set<string>();
  const pending: Array<[string, string]> = [];
  const use = (file: string, name: string): void => {
    const names = name === "*" ? exportsOf(file).concat(facts.get(file)?.starExports.length ? ["*"] : []) : [name];
    for (const each of names) {
      const key = `${file}\0${each}`;
      if (used.has(key)) continue;
      used.add(key);
      pending.push([file, each]);
    }
  };
  for (const [file, fileFacts] of facts) {
    for (const [target, name] of fileFacts.uses) if (target !== file) use(target, name);
  }
  for (const entry of entries) use(entry, "*");
  while (pending.length > 0) {
    const [file, name] = pending.pop() as [string, string];
    const fileFacts = facts.get(file);
    if (fileFacts === undefined) continue;
    const reExport = fileFacts.reExports.get(name);
    if (reExport !== undefined) use(reExport[0], reExport[1]);
    if (!fileFacts.declared.has(name) && reExport === undefined) for (const star of fileFacts.starExports) use(star, name);
  }

  const unused: string[] = [];
  for (const [file, fileFacts] of facts) {
    if (!file.startsWith(path.join(root, "src") + path.sep) || entries.has(file)) continue;
    const names = [...fileFacts.declared.entries()].filter(([, { exempt }]) => !exempt).map(([name]) => name);
    const isBarrel = path.basename(file).startsWith("index.");
    for (const name of isBarrel ? names : names.concat([...fileFacts.reExports.keys()])) {
      if (!used.has(`${file}\0${name}`)) unused.push(`${path.relative(root, file).split(path.sep).join("/")}: ${name}`);
    }
  }
  return unused.sort();
}

if (require.main === module) {
  const unused = unusedExports(path.join(__dirname, "../.."));
  if (unused.length > 0) {
    console.error(`Exports nothing else in the product uses (un-export them, delete them, or mark a test seam with a "Test seam:" comment saying why):\n${unused.map((entry) => `  ${entry}`).join("\n")}`);
    process.exitCode = 1;
  }
}
