// Excel's JavaScript API as @types/office-js declares it, read with the TypeScript checker, so the fake
// (fakeExcel.ts) and the API-set gate (apiSetGate.test.ts) check the adapter against Microsoft's own
// definitions instead of against what the fake happens to accept: a property path that does not exist,
// a readonly property assigned, an enum value Excel does not know ("Dashed" for a line style), or an
// object with a misspelt key fails the way Excel would fail it (InvalidArgument) or worse, silently.
import path from "node:path";
import ts from "typescript";

const definitions = path.join(__dirname, "../../node_modules/@types/office-js/index.d.ts");

/** A member of an Excel type: a property (its type) or a method (its signatures). */
export interface ExcelMember {
  symbol: ts.Symbol;
  type: ts.Type;
  readonly: boolean;
  signatures: readonly ts.Signature[];
}

export class ExcelTypeModel {
  readonly checker: ts.TypeChecker;
  private readonly excel: Map<string, ts.Symbol>;

  constructor(readonly program: ts.Program) {
    this.checker = program.getTypeChecker();
    const file = program.getSourceFile(definitions);
    if (!file) throw new Error(`@types/office-js is not installed (${definitions})`);
    const namespace = file.statements.find((statement): statement is ts.ModuleDeclaration => ts.isModuleDeclaration(statement) && statement.name.text === "Excel");
    const symbol = namespace && this.checker.getSymbolAtLocation(namespace.name);
    if (!symbol) throw new Error("@types/office-js declares no Excel namespace");
    this.excel = new Map(this.checker.getExportsOfModule(symbol).map((member) => [member.name, member]));
  }

  /** The declared type of `Excel.<name>` (a class, interface or enum). */
  excelType(name: string): ts.Type {
    const symbol = this.excel.get(name);
    if (!symbol) throw new Error(`Excel.${name} is not in @types/office-js`);
    return this.checker.getDeclaredTypeOfSymbol(symbol);
  }

  /** A member of a type, or null when the type has none of that name. */
  member(type: ts.Type, name: string): ExcelMember | null {
    const symbol = this.checker.getPropertyOfType(this.checker.getNonNullableType(type), name);
    if (!symbol) return null;
    const memberType = this.checker.getTypeOfSymbol(symbol);
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    const readonly = declaration !== undefined && (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0;
    const isMethod = declaration !== undefined && (ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration));
    return { symbol, type: memberType, readonly, signatures: isMethod ? this.checker.getSignaturesOfType(memberType, ts.SignatureKind.Call) : [] };
  }

  /** The element type of an array type (`Excel.Worksheet[]`), or null. */
  elementType(type: ts.Type): ts.Type | null {
    const nonNull = this.checker.getNonNullableType(type);
    return this.checker.isArrayType(nonNull) ? (this.checker.getTypeArguments(nonNull as ts.TypeReference)[0] ?? null) : null;
  }

  describe(type: ts.Type): string {
    return this.checker.typeToString(type);
  }

  /**
   * Why `value` cannot be given where Excel declares `type`, or null when it can. Strings are checked
   * against string-literal and enum unions, objects key by key, arrays element by element; a range
   * argument (anything `isRange` accepts) stands for Excel.Range.
   */
  valueProblem(value: unknown, type: ts.Type, isRange: (value: unknown) => boolean, where: string): string | null {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return null;
    if (type.isUnion()) {
      const problems = type.types.map((member) => this.valueProblem(value, member, isRange, where));
      if (problems.some((problem) => problem === null)) return null;
      const literals = type.types.filter((member) => member.isStringLiteral()).map((member) => JSON.stringify((member as ts.StringLiteralType).value));
      if (typeof value === "string" && literals.length > 0) return `${where}: ${JSON.stringify(value)} is not one of ${[...new Set(literals)].join(", ")}`;
      return problems.find((problem) => problem !== null && !problem.endsWith("(type)")) ?? `${where}: ${JSON.stringify(value)} is not a ${this.describe(type)} (type)`;
    }
    if (type.isStringLiteral()) return value === type.value ? null : `${where}: ${JSON.stringify(value)} is not ${JSON.stringify(type.value)} (type)`;
    if (type.isNumberLiteral()) return value === type.value ? null : `${where}: not ${type.value} (type)`;
    if (flags & ts.TypeFlags.BooleanLiteral) return String(value) === this.describe(type) ? null : `${where}: not ${this.describe(type)} (type)`;
    if (flags & ts.TypeFlags.StringLike) return typeof value === "string" ? null : `${where}: ${JSON.stringify(value)} is not text (type)`;
    if (flags & ts.TypeFlags.NumberLike) return typeof value === "number" ? null : `${where}: ${JSON.stringify(value)} is not a number (type)`;
    if (flags & ts.TypeFlags.BooleanLike) return typeof value === "boolean" ? null : `${where}: ${JSON.stringify(value)} is not true or false (type)`;
    if (flags & ts.TypeFlags.Undefined) return value === undefined ? null : `${where}: not undefined (type)`;
    if (flags & ts.TypeFlags.Null) return value === null ? null : `${where}: not null (type)`;
    if (type.symbol?.name === "Range") return isRange(value) ? null : `${where}: not a range (type)`;
    const element = this.elementType(type);
    if (element !== null) {
      if (!Array.isArray(value)) return `${where}: ${JSON.stringify(value)} is not an array (type)`;
      for (const [index, item] of value.entries()) {
        const problem = this.valueProblem(item, element, isRange, `${where}[${index}]`);
        if (problem !== null) return problem;
      }
      return null;
    }
    if (flags & ts.TypeFlags.Object) {
      if (this.checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0) return typeof value === "function" ? null : `${where}: not a function (type)`;
      if (value === null || typeof value !== "object" || Array.isArray(value)) return `${where}: ${JSON.stringify(value)} is not an object (type)`;
      for (const [key, item] of Object.entries(value)) {
        const member = this.member(type, key);
        if (member === null) return `${where}: ${this.describe(type)} has no property "${key}"`;
        if (item === undefined) continue;
        const problem = this.valueProblem(item, member.type, isRange, `${where}.${key}`);
        if (problem !== null) return problem;
      }
      return null;
    }
    return null;
  }

  /** The first signature that accepts the arguments, or why none does. */
  matchSignature(member: ExcelMember, args: readonly unknown[], isRange: (value: unknown) => boolean, where: string): { signature: ts.Signature } | { problem: string } {
    let first: string | null = null;
    for (const signature of member.signatures) {
      const parameters = signature.getParameters();
      const required = parameters.filter((parameter) => {
        const declaration = parameter.valueDeclaration;
        return !(declaration !== undefined && ts.isParameter(declaration) && this.checker.isOptionalParameter(declaration));
      }).length;
      if (args.length < required || args.length > parameters.length) {
        first ??= `${where}: ${args.length} arguments given, ${required} to ${parameters.length} expected`;
        continue;
      }
      const problem = args
        .map((arg, index) => (arg === undefined ? null : this.valueProblem(arg, this.checker.getTypeOfSymbol(parameters[index]), isRange, `${where} argument ${index + 1}`)))
        .find((found) => found !== null);
      if (problem === undefined || problem === null) return { signature };
      first ??= problem;
    }
    return { problem: first ?? `${where} is not a method` };
  }

  returnType(signature: ts.Signature): ts.Type {
    return this.checker.getReturnTypeOfSignature(signature);
  }
}

let shared: ExcelTypeModel | null = null;

/** The model, built once per test file (about three seconds: the definitions are 9 MB). */
export function excelTypeModel(): ExcelTypeModel {
  shared ??= new ExcelTypeModel(
    ts.createProgram([definitions], { target: ts.ScriptTarget.ES2017, lib: ["lib.es2017.d.ts"], types: [], strict: true, skipLibCheck: true, noEmit: true }),
  );
  return shared;
}
