// The API-set gate: every Excel API member the adapter uses, found with the TypeScript checker, with
// the requirement set @types/office-js gives it ("[Api set: ExcelApi 1.7]"). The adapter talks to Excel
// through the structural types of src/office/excelApi.ts, so those are first paired with Excel's own
// types, member by member, from ExcelContextApi and Excel.RequestContext down. Then each use is looked
// up: property reads and writes, method calls, the property paths in load("items/name,..."), and every
// string literal Excel reads as an enum value ("Line" is Excel.ChartType.line).
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ApiSetUse {
  file: string;
  line: number;
  /** "Excel.Worksheet.visibility", `load("items/position")`, or "Excel.ChartType.line". */
  member: string;
  set: string;
  version: string;
  /** The version an enclosing isSetSupported(set, version) branch checks, if any. */
  guardedBy: string | null;
}

const root = path.join(__dirname, "../..");
const apiSetTag = /\[Api set: (\w+) ([\w.]+)[^\]]*\]/;

/** The manifest's MinVersion for a requirement set ("1.8" for ExcelApi), or null. */
export function manifestMinVersion(manifestXml: string, set: string): string | null {
  const match = new RegExp(`<Set\\s+Name="${set}"\\s+MinVersion="([\\d.]+)"`).exec(manifestXml);
  return match ? match[1] : null;
}

/** -1, 0 or 1, comparing versions part by part ("1.10" is above "1.9"); a non-number (BETA) is above all. */
export function compareVersions(a: string, b: string): number {
  const parts = (text: string) => text.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : Number.POSITIVE_INFINITY));
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function apiSetOf(symbol: ts.Symbol | undefined): { set: string; version: string } | null {
  for (const declaration of symbol?.declarations ?? []) {
    const source = declaration.getSourceFile().text;
    const comment = source.slice(declaration.getFullStart(), declaration.getStart());
    const match = apiSetTag.exec(comment);
    if (match) return { set: match[1], version: match[2] };
  }
  return null;
}

function isInOfficeTypes(symbol: ts.Symbol | undefined): boolean {
  return (symbol?.declarations ?? []).some((declaration) => declaration.getSourceFile().fileName.includes("@types/office-js"));
}

/** The program over the given files, with the project's compiler options (office-js types included). */
export function gateProgram(files: readonly string[]): ts.Program {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram([...files], { ...parsed.options, noEmit: true });
}

/** Every Excel API member the files use, with its requirement set. */
export function excelApiUses(program: ts.Program, files: readonly string[]): ApiSetUse[] {
  const checker = program.getTypeChecker();
  const pairs = new Map<ts.Type, ts.Type>();
  const ours = (type: ts.Type) => (type.symbol?.declarations ?? []).some((declaration) => declaration.getSourceFile().fileName.endsWith("src/office/excelApi.ts"));

  function pair(our: ts.Type, excel: ts.Type): void {
    const mine = checker.getNonNullableType(our);
    const theirs = checker.getNonNullableType(excel);
    if (pairs.has(mine)) return;
    if (checker.isArrayType(mine) && checker.isArrayType(theirs)) {
      pair(checker.getTypeArguments(mine as ts.TypeReference)[0], checker.getTypeArguments(theirs as ts.TypeReference)[0]);
      return;
    }
    if (mine.isUnion()) {
      for (const member of mine.types) if (ours(member)) pair(member, theirs);
      return;
    }
    if (!(mine.flags & ts.TypeFlags.Object) || !ours(mine)) return;
    pairs.set(mine, theirs);
    for (const property of checker.getPropertiesOfType(mine)) {
      const counterpart = checker.getPropertyOfType(theirs, property.name);
      if (!counterpart) throw new Error(`${checker.typeToString(mine)}.${property.name} has no counterpart in ${checker.typeToString(theirs)}`);
      const mineType = checker.getTypeOfSymbol(property);
      const theirType = checker.getTypeOfSymbol(counterpart);
      const [mySignature] = checker.getSignaturesOfType(mineType, ts.SignatureKind.Call);
      const [theirSignature] = checker.getSignaturesOfType(theirType, ts.SignatureKind.Call);
      if (mySignature && theirSignature) pair(checker.getReturnTypeOfSignature(mySignature), checker.getReturnTypeOfSignature(theirSignature));
      else pair(mineType, theirType);
    }
  }

  const excelApi = program.getSourceFile(path.join(root, "src/office/excelApi.ts"));
  const contextDeclaration = excelApi?.statements.find((statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === "ExcelContextApi");
  const officeFile = program.getSourceFiles().find((file) => file.fileName.includes("@types/office-js/index.d.ts"));
  const excelNamespace = officeFile?.statements.find((statement): statement is ts.ModuleDeclaration => ts.isModuleDeclaration(statement) && statement.name.text === "Excel");
  const requestContext = excelNamespace && checker.getExportsOfModule(checker.getSymbolAtLocation(excelNamespace.name)!).find((symbol) => symbol.name === "RequestContext");
  if (!contextDeclaration || !requestContext) throw new Error("The gate needs src/office/excelApi.ts (ExcelContextApi) and @types/office-js (Excel.RequestContext)");
  pair(checker.getTypeAtLocation(contextDeclaration), checker.getDeclaredTypeOfSymbol(requestContext));

  /** The Excel type behind an expression: its own if it is an Excel type, else the paired one. */
  function excelTypeOf(expression: ts.Expression): ts.Type | null {
    const type = checker.getNonNullableType(checker.getTypeAtLocation(expression));
    if (pairs.has(type)) return pairs.get(type)!;
    return isInOfficeTypes(type.symbol) ? type : null;
  }

  const uses: ApiSetUse[] = [];
  for (const fileName of files) {
    const file = program.getSourceFile(fileName);
    if (!file) throw new Error(`${fileName} is not in the program`);
    const add = (node: ts.Node, member: string, tag: { set: string; version: string } | null) => {
      if (tag === null) return;
      uses.push({ file: path.relative(root, fileName), line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, member, ...tag, guardedBy: guard(node, tag.set) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const excelType = excelTypeOf(node.expression);
        const member = excelType && checker.getPropertyOfType(excelType, node.name.text);
        if (excelType && member) add(node, `Excel.${checker.typeToString(excelType)}.${node.name.text}`, apiSetOf(member) ?? apiSetOf(excelType.symbol));
        if (excelType && member && node.name.text === "load" && ts.isCallExpression(node.parent) && node.parent.expression === node) loadPaths(node.parent, excelType);
      }
      if (ts.isStringLiteralLike(node)) enumValue(node);
      ts.forEachChild(node, visit);
    };
    const loadPaths = (call: ts.CallExpression, excelType: ts.Type) => {
      const [argument] = call.arguments;
      if (!argument || !ts.isStringLiteralLike(argument)) return;
      for (const property of argument.text.split(",").map((name) => name.trim()).filter(Boolean)) {
        let type = excelType;
        for (const segment of property.split("/")) {
          const member = checker.getPropertyOfType(checker.getNonNullableType(type), segment);
          if (!member) throw new Error(`${path.relative(root, fileName)}: load("${property}"): ${checker.typeToString(type)} has no property "${segment}"`);
          add(argument, `load("${property}") Excel.${checker.typeToString(type)}.${segment}`, apiSetOf(member));
          const memberType = checker.getNonNullableType(checker.getTypeOfSymbol(member));
          type = checker.isArrayType(memberType) ? checker.getTypeArguments(memberType as ts.TypeReference)[0] : memberType;
        }
      }
    };
    const enumValue = (literal: ts.StringLiteralLike) => {
      const contextual = checker.getContextualType(literal as ts.Expression);
      if (!contextual) return;
      const members = contextual.isUnion() ? contextual.types : [contextual];
      const enumMember = members.find((member) => (member.flags & ts.TypeFlags.EnumLiteral) !== 0 && (member as ts.StringLiteralType).value === literal.text);
      if (enumMember && isInOfficeTypes(enumMember.symbol)) add(literal, `Excel.${checker.typeToString(enumMember)} ("${literal.text}")`, apiSetOf(enumMember.symbol));
    };
    visit(file);
  }
  return uses;
}

/** The version an enclosing `if (...isSetSupported("set", "x.y"))` (or `?:`) checks for the node. */
function guard(node: ts.Node, set: string): string | null {
  const pattern = new RegExp(`isSetSupported\\(\\s*["']${set}["']\\s*,\\s*["']([\\d.]+)["']\\s*\\)`);
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    const condition = ts.isIfStatement(parent) && child === parent.thenStatement ? parent.expression : ts.isConditionalExpression(parent) && child === parent.whenTrue ? parent.condition : null;
    const match = condition && pattern.exec(condition.getText());
    if (match) return match[1];
  }
  return null;
}

/** The uses above the manifest's MinVersion that no isSetSupported branch covers. */
export function apiSetViolations(uses: readonly ApiSetUse[], minVersions: Record<string, string>): ApiSetUse[] {
  return uses.filter((use) => {
    const declared = minVersions[use.set];
    if (declared !== undefined && compareVersions(use.version, declared) <= 0) return false;
    return use.guardedBy === null || compareVersions(use.version, use.guardedBy) > 0;
  });
}

export const manifestText = (): string => readFileSync(path.join(root, "manifest.xml"), "utf8");
