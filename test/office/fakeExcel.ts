// A recording fake of the part of the Excel JavaScript API the Office adapter uses (src/office/excelApi.ts).
//
// It behaves like Excel where the adapter's correctness depends on it: commands are queued and run only
// at context.sync(), in order and without transactions (a failing command leaves the earlier ones
// applied); properties must be loaded and synced before they are read; names are resolved when the
// batch runs; sheet and table names are unique ignoring case; a string written without the Text number
// format is read the way Excel reads typed input ("=..." becomes a formula, "87" a number); requests and
// responses over 5 MB and reads over 5,000,000 cells are refused. It records every sync: the bytes
// sent and received (JSON size of written and loaded values), whether calculation was suspended, and
// every command that changed a sheet, so tests can prove what was and was not touched.
//
// It also refuses what Excel refuses (each rule names its documentation page, in excelRules.ts or
// beside the check): sheet names Excel rejects, defined and table names that break the syntax rules or
// clash, tables over merged cells or over other tables, deleting or hiding the last visible sheet,
// text over 32,767 characters in a cell, and any property path, method, argument or enum value that
// @types/office-js does not declare (excelTypeModel.ts). An address with no sheet name given to a
// table collection resolves against the ACTIVE sheet, as in Excel, not the collection's sheet.
import type ts from "typescript";
import type { ExcelContextApi, ExcelRunner } from "../../src/office/excelApi";
import { EXCEL_TEXT_LIMITS, definedNameProblem, overlaps, sheetNameProblem, type Rectangle } from "./excelRules";
import { excelTypeModel, type ExcelMember } from "./excelTypeModel";

export const fakePayloadLimitBytes = 5 * 1024 * 1024;
const cellReadLimit = 5_000_000;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  calculationSuspended: boolean;
  /** Commands that changed the workbook while events were still on. */
  changesWithEventsOn: number;
  failed: string | null;
}

export interface Mutation {
  sync: number;
  sheetId: number | null;
  sheetName: string | null;
  kind: string;
}

interface CommandSpec {
  kind: string;
  bytes: number;
  mutation: boolean;
  sheet?: () => SheetState | null;
  run: () => void;
}

interface Command extends CommandSpec {
  responseBytes: number;
}

interface RangeRef {
  sheet: SheetState;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface SheetState {
  id: number;
  name: string;
  visibility: string;
  protected: boolean;
  tabColor: string;
  deleted: boolean;
  rows: unknown[][];
  numberFormats: Map<string, string>;
  formulas: Map<string, string>;
  /** Formats, charts, validation, conditional formats... as recorded paths. */
  recorded: { address: string; path: string; value: unknown }[];
  /** Merged areas. */
  merges: Rectangle[];
  /** Charts on the sheet, by name. */
  charts: { name: string }[];
  /** What a user put on cells besides values: hyperlinks and notes, by "row,column" (0-based). */
  extras: Map<string, { hyperlink?: string; note?: string }>;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  top: number;
  left: number;
  rows: number;
  columns: number;
  props: Record<string, unknown>;
}

export interface NameState {
  name: string;
  /** The sheet the name refers to; null for a constant ("=TRUE"). */
  sheet: SheetState | null;
  address: string;
  /** The formula it was added with, when added by formula ("='Sheet'!$A$1:$C$4,'Sheet'!$A$8"). */
  refersTo?: string;
}

function json(value: unknown): number {
  return JSON.stringify(value ?? null)?.length ?? 0;
}

function columnLetters(index: number): string {
  let n = index + 1;
  let text = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    text = String.fromCharCode(65 + remainder) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function addressOf(ref: RangeRef): string {
  const start = `${columnLetters(ref.left)}${ref.top + 1}`;
  const end = `${columnLetters(ref.left + ref.columns - 1)}${ref.top + ref.rows}`;
  return ref.rows === 1 && ref.columns === 1 ? start : `${start}:${end}`;
}

function parseAddress(sheet: SheetState, address: string): RangeRef {
  const text = address.replace(/^.*!/, "").replace(/\$/g, "");
  const cell = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(text);
  if (cell) {
    const top = Number(cell[2]) - 1;
    const left = columnIndex(cell[1]);
    const bottom = cell[4] ? Number(cell[4]) - 1 : top;
    const right = cell[3] ? columnIndex(cell[3]) : left;
    return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return { sheet, top: Number(rows[1]) - 1, left: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, columns: 16384 };
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(text);
  if (columns) return { sheet, top: 0, left: columnIndex(columns[1]), rows: 1048576, columns: columnIndex(columns[2]) - columnIndex(columns[1]) + 1 };
  throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** What Excel makes of typed text in a cell without the Text number format. */
function asTyped(value: unknown): { value: unknown; formula: string | null } {
  if (typeof value !== "string") return { value, formula: null };
  if (/^[=+\-@]/.test(value) && value.length > 1 && !/^[-+]?\d/.test(value)) return { value: "#FORMULA", formula: value };
  if (/^[-+]?\d+(\.\d+)?%?$/.test(value.trim())) return { value: Number(value.replace("%", "")) / (value.endsWith("%") ? 100 : 1), formula: null };
  return { value, formula: null };
}

export interface FakeExcelOptions {
  /** Sheets the user made, with their values from A1. The first visible one is active. */
  sheets?: { name: string; values?: unknown[][]; protected?: boolean; visibility?: string }[];
  /** The sheet the user has open, when not the first visible one. */
  activeSheet?: string;
  tables?: { name: string; sheet: string; address: string }[];
  names?: { name: string; sheet: string; address: string }[];
}

/** The fake workbook and its recording. `run` is an ExcelRunner for the adapter. */
export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly mutations: Mutation[] = [];
  enableEvents = true;
  /** The sheet the user has open: where an address without a sheet name resolves. */
  activeSheetId: number | null = null;
  /** Makes a command fail as Excel would, at sync time, after the commands before it have run. */
  failWhen: ((command: { kind: string; sheetName: string | null }) => boolean) | null = null;
  private nextId = 1;

  constructor(options: FakeExcelOptions = {}) {
    for (const sheet of options.sheets ?? []) {
      const state = this.newSheet(sheet.name);
      state.rows = (sheet.values ?? []).map((row) => [...row]);
      state.protected = sheet.protected ?? false;
      state.visibility = sheet.visibility ?? "Visible";
    }
    for (const table of options.tables ?? []) {
      const sheet = this.sheet(table.sheet);
      const ref = parseAddress(sheet, table.address);
      this.tables.push({ name: table.name, sheet, top: ref.top, left: ref.left, rows: ref.rows, columns: ref.columns, props: {} });
    }
    for (const name of options.names ?? []) this.names.push({ name: name.name, sheet: this.sheet(name.sheet), address: name.address });
    this.activeSheetId = (options.activeSheet === undefined ? this.sheets.find((sheet) => sheet.visibility === "Visible") : this.sheet(options.activeSheet))?.id ?? null;
  }

  activeSheet(): SheetState {
    const active = this.sheets.find((sheet) => sheet.id === this.activeSheetId);
    if (!active) throw new FakeExcelError("ItemNotFound", "No sheet is active");
    return active;
  }

  visibleSheets(): SheetState[] {
    return this.sheets.filter((sheet) => sheet.visibility === "Visible");
  }

  /** Puts a user's hyperlink or note on a cell ("B3"), as a user would in Excel. */
  annotate(sheetName: string, address: string, extra: { hyperlink?: string; note?: string }): void {
    const ref = parseAddress(this.sheet(sheetName), address);
    const key = `${ref.top},${ref.left}`;
    ref.sheet.extras.set(key, { ...ref.sheet.extras.get(key), ...extra });
  }

  /** A cell's hyperlink and note ("B3"). */
  extrasAt(sheetName: string, address: string): { hyperlink?: string; note?: string } | undefined {
    const ref = parseAddress(this.sheet(sheetName), address);
    return ref.sheet.extras.get(`${ref.top},${ref.left}`);
  }

  /** A user's formula on one of their sheets ("='Action Tracker'!A2"), as Excel evaluates a plain reference. */
  evaluateReference(formula: string): unknown {
    const match = /^=(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Z]+)\$?(\d+)$/.exec(formula);
    if (!match) throw new Error(`The fake evaluates plain references only: ${formula}`);
    const sheet = this.findSheet((match[1] ?? match[2]).replace(/''/g, "'"));
    if (!sheet) return "#REF!";
    const value = sheet.rows[Number(match[4]) - 1]?.[columnIndex(match[3])];
    return value === undefined || value === null ? 0 : value;
  }

  /** Why Excel would refuse `name` for a new table or defined name here, or null. */
  nameClash(name: string, except: { table?: TableState } = {}): string | null {
    const lower = name.toLowerCase();
    if (this.tables.some((table) => table !== except.table && table.name.toLowerCase() === lower)) return `A table named ${name} exists`;
    if (this.names.some((existing) => existing.name.toLowerCase() === lower)) return `A defined name ${name} exists`;
    return null;
  }

  readonly run: ExcelRunner = async (batch) => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as ExcelContextApi);
    if (context.pendingCommands() > 0) await context.sync();
    return result;
  };

  newSheet(name: string): SheetState {
    const state: SheetState = {
      id: this.nextId++,
      name,
      visibility: "Visible",
      protected: false,
      tabColor: "",
      deleted: false,
      rows: [],
      numberFormats: new Map(),
      formulas: new Map(),
      recorded: [],
      merges: [],
      charts: [],
      extras: new Map(),
    };
    this.sheets.push(state);
    return state;
  }

  sheet(name: string): SheetState {
    const found = this.findSheet(name);
    if (!found) throw new Error(`No sheet ${name} in the fake`);
    return found;
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** A cell's value by A1 address ("B3"). */
  cell(sheetName: string, address: string): unknown {
    const ref = parseAddress(this.sheet(sheetName), address);
    return ref.sheet.rows[ref.top]?.[ref.left];
  }

  nameFormula(name: NameState): string {
    if (name.refersTo !== undefined) return name.sheet?.deleted ? "=#REF!" : name.refersTo;
    if (name.sheet === null || name.sheet.deleted) return "=#REF!";
    return `='${name.sheet.name.replace(/'/g, "''")}'!${name.address}`;
  }

  /** The largest request or response of any sync. */
  largestPayloadBytes(): number {
    return Math.max(0, ...this.syncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));
  }

  usedRange(sheet: SheetState): RangeRef {
    let top = -1;
    let bottom = -1;
    let left = Number.MAX_SAFE_INTEGER;
    let right = -1;
    sheet.rows.forEach((row, rowIndex) => {
      if (!row) return;
      row.forEach((value, column) => {
        if (isEmpty(value)) return;
        if (top < 0) top = rowIndex;
        bottom = rowIndex;
        left = Math.min(left, column);
        right = Math.max(right, column);
      });
    });
    if (top < 0) return { sheet, top: 0, left: 0, rows: 1, columns: 1 };
    return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  readValues(ref: RangeRef): unknown[][] {
    if (ref.rows * ref.columns > cellReadLimit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Range too large to read");
    const values: unknown[][] = [];
    for (let r = 0; r < ref.rows; r++) {
      const source = ref.sheet.rows[ref.top + r];
      const row: unknown[] = new Array(ref.columns);
      for (let c = 0; c < ref.columns; c++) {
        const value = source?.[ref.left + c];
        row[c] = value === undefined || value === null ? "" : value;
      }
      values.push(row);
    }
    return values;
  }

  writeCell(sheet: SheetState, row: number, column: number, value: unknown, formula: string | null): void {
    while (sheet.rows.length <= row) sheet.rows.push([]);
    sheet.rows[row][column] = value;
    const key = `${row},${column}`;
    if (formula === null) sheet.formulas.delete(key);
    else sheet.formulas.set(key, formula);
  }

  recordSync(record: SyncRecord): void {
    this.syncs.push(record);
  }

  recordMutation(kind: string, sheet: SheetState | null): void {
    this.mutations.push({ sync: this.syncs.length + 1, sheetId: sheet?.id ?? null, sheetName: sheet?.name ?? null, kind });
  }

  allocateId(): number {
    return this.nextId++;
  }
}

type Resolver<T> = () => T;

/** One Excel.run's request context. */
class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  readonly runtime: { enableEvents: boolean };
  private queue: Command[] = [];
  private syncCount = 0;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
    const enqueue = (spec: CommandSpec) => this.enqueue(spec);
    this.runtime = {
      get enableEvents(): boolean {
        throw new FakeExcelError("PropertyNotLoaded", "runtime.enableEvents is not loaded");
      },
      set enableEvents(value: boolean) {
        enqueue({ kind: "runtime.enableEvents", bytes: json(value), mutation: false, run: () => (excel.enableEvents = value) });
      },
    };
  }

  pendingCommands(): number {
    return this.queue.length;
  }

  get syncsDone(): number {
    return this.syncCount;
  }

  enqueue(spec: CommandSpec): Command {
    const command: Command = { ...spec, responseBytes: 0 };
    this.queue.push(command);
    return command;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.syncCount += 1;
    const requestBytes = commands.reduce((total, command) => total + command.bytes, 0);
    const record: SyncRecord = {
      requestBytes,
      responseBytes: 0,
      commands: commands.length,
      calculationSuspended: commands.some((command) => command.kind === "application.suspendApiCalculationUntilNextSync"),
      changesWithEventsOn: 0,
      failed: null,
    };
    await Promise.resolve();
    try {
      if (requestBytes > fakePayloadLimitBytes) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      for (const command of commands) {
        const sheet = command.sheet?.() ?? null;
        if (this.excel.failWhen?.({ kind: command.kind, sheetName: sheet?.name ?? null })) {
          throw new FakeExcelError("GeneralException", `Injected failure at ${command.kind}`);
        }
        if (command.mutation && sheet?.protected) throw new FakeExcelError("AccessDenied", `Sheet ${sheet.name} is protected`);
        command.run();
        if (command.mutation) {
          this.excel.recordMutation(command.kind, sheet);
          if (this.excel.enableEvents) record.changesWithEventsOn += 1;
        }
        record.responseBytes += command.responseBytes;
      }
      if (record.responseBytes > fakePayloadLimitBytes) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    } catch (error) {
      record.failed = error instanceof FakeExcelError ? error.code : String(error);
      this.excel.recordSync(record);
      throw error;
    }
    this.excel.recordSync(record);
  }
}

/** Base of proxies: loaded properties, and reading an unloaded one throws as Office.js does. */
class LoadableProxy {
  protected loaded = new Map<string, unknown>();
  constructor(readonly context: FakeContext) {}

  protected read(property: string): unknown {
    if (!this.loaded.has(property)) throw new FakeExcelError("PropertyNotLoaded", `The property '${property}' is not available. Load it and call context.sync() first.`);
    return this.loaded.get(property);
  }

  protected queueLoad(kind: string, sheet: () => SheetState | null, compute: (property: string) => unknown, properties: string): void {
    const names = properties.split(",").map((name) => name.trim()).filter(Boolean);
    const command = this.context.enqueue({
      kind,
      bytes: json(properties),
      mutation: false,
      sheet,
      run: () => {
        for (const name of names) {
          const value = compute(name);
          this.loaded.set(name, value);
          command.responseBytes += json(value);
        }
      },
    });
  }
}

const isRangeProxy = (value: unknown): boolean => value instanceof FakeRangeProxy;

/** Refuses what @types/office-js does not declare: a property set, with its value (see excelTypeModel). */
function checkSet(typeName: string, property: string, value: unknown): void {
  const model = excelTypeModel();
  const member = model.member(model.excelType(typeName), property);
  if (member === null || member.signatures.length > 0) throw new FakeExcelError("InvalidArgument", `Excel.${typeName} has no property "${property}"`);
  if (member.readonly) throw new FakeExcelError("InvalidArgument", `Excel.${typeName}.${property} is read-only`);
  const problem = model.valueProblem(value, member.type, isRangeProxy, `Excel.${typeName}.${property}`);
  if (problem !== null) throw new FakeExcelError("InvalidArgument", problem);
}

/** Refuses a load() of a property path @types/office-js does not declare ("items/protection/protected"). */
function checkLoad(typeName: string, properties: string): void {
  const model = excelTypeModel();
  for (const property of properties.split(",").map((name) => name.trim()).filter(Boolean)) {
    let type: ts.Type = model.excelType(typeName);
    for (const segment of property.split("/")) {
      const member = model.member(type, segment);
      if (member === null) throw new FakeExcelError("InvalidArgument", `load("${property}"): ${model.describe(type)} has no property "${segment}"`);
      type = model.elementType(member.type) ?? member.type;
    }
  }
}

/** Refuses a method call @types/office-js does not declare, or arguments it does not accept. */
function checkArguments(typeName: string, method: string, args: unknown[]): void {
  const model = excelTypeModel();
  const member = model.member(model.excelType(typeName), method);
  if (member === null || member.signatures.length === 0) throw new FakeExcelError("InvalidArgument", `Excel.${typeName} has no method "${method}"`);
  const match = model.matchSignature(member, args, isRangeProxy, `Excel.${typeName}.${method}`);
  if ("problem" in match) throw new FakeExcelError("InvalidArgument", match.problem);
}

/**
 * Records property sets and method calls under a path (formats, charts, validation...), checking each
 * step against the Excel type at that point of the path: a member Excel does not declare, a readonly
 * property, a wrong argument or enum value throws InvalidArgument, as Excel's proxy objects would.
 */
function recorder(context: FakeContext, target: Resolver<{ sheet: SheetState; address: string }>, path: string[], type: ts.Type, method: ExcelMember | null = null): unknown {
  const model = excelTypeModel();
  const where = () => path.join(".");
  const handler: ProxyHandler<() => void> = {
    get(_target, property) {
      if (property === "then" || typeof property === "symbol") return undefined;
      const name = String(property);
      const member = method === null ? model.member(type, name) : null;
      if (member === null) throw new FakeExcelError("InvalidArgument", `${where()}: ${model.describe(type)} has no property "${name}"`);
      if (member.signatures.length > 0) return recorder(context, target, [...path, name], type, member);
      return recorder(context, target, [...path, name], member.type);
    },
    set(_target, property, value) {
      const name = String(property);
      const member = method === null ? model.member(type, name) : null;
      if (member === null || member.signatures.length > 0) throw new FakeExcelError("InvalidArgument", `${where()}: ${model.describe(type)} has no property "${name}"`);
      if (member.readonly) throw new FakeExcelError("InvalidArgument", `${where()}.${name} is read-only`);
      const problem = model.valueProblem(value, member.type, isRangeProxy, `${where()}.${name}`);
      if (problem !== null) throw new FakeExcelError("InvalidArgument", problem);
      const kind = [...path, name].join(".");
      context.enqueue({
        kind,
        bytes: json(value),
        mutation: true,
        sheet: () => target().sheet,
        run: () => {
          const { sheet, address } = target();
          sheet.recorded.push({ address, path: kind, value });
        },
      });
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      if (method === null) throw new FakeExcelError("InvalidArgument", `${where()} is not a method`);
      const match = model.matchSignature(method, args, isRangeProxy, where());
      if ("problem" in match) throw new FakeExcelError("InvalidArgument", match.problem);
      const kind = `${path.join(".")}()`;
      const plain = args.map((arg) => (arg instanceof FakeRangeProxy ? { range: arg.describe() } : arg));
      context.enqueue({
        kind,
        bytes: json(plain.map((arg) => (typeof arg === "function" ? null : arg))),
        mutation: true,
        sheet: () => target().sheet,
        run: () => {
          const { sheet, address } = target();
          sheet.recorded.push({ address, path: kind, value: plain.map((arg) => (typeof arg === "object" && arg !== null && "range" in arg ? (arg as { range: () => string }).range() : arg)) });
        },
      });
      return recorder(context, target, [...path.slice(0, -1), `${path[path.length - 1]}()`], model.returnType(match.signature));
    },
  };
  return new Proxy(function () {}, handler);
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNameCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNameCollection(context);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        context.enqueue({ kind: "application.suspendApiCalculationUntilNextSync", bytes: 0, mutation: false, run: () => undefined });
      },
    };
  }
}

class FakeWorksheetCollection extends LoadableProxy {
  constructor(context: FakeContext) {
    super(context);
  }

  get items(): FakeWorksheetProxy[] {
    return this.read("items") as FakeWorksheetProxy[];
  }

  load(properties: string): this {
    checkLoad("WorksheetCollection", properties);
    const excel = this.context.excel;
    const fields = properties
      .split(",")
      .map((field) => field.trim().replace(/^items\//, ""))
      .filter(Boolean);
    const command = this.context.enqueue({
      kind: "worksheets.load",
      bytes: json(properties),
      mutation: false,
      run: () => {
        const items = excel.sheets.map((state) => {
          const proxy = new FakeWorksheetProxy(this.context, () => state);
          proxy.fill(fields);
          return proxy;
        });
        this.loaded.set("items", items);
        command.responseBytes += json(items.map((item) => item.snapshot(fields)));
      },
    });
    return this;
  }

  add(name?: string): FakeWorksheetProxy {
    const excel = this.context.excel;
    let created: SheetState | null = null;
    const sheetName = name ?? `Sheet${excel.sheets.length + 1}`;
    this.context.enqueue({
      kind: "worksheets.add",
      bytes: json(name),
      mutation: true,
      sheet: () => created,
      run: () => {
        const problem = sheetNameProblem(sheetName);
        if (problem !== null) throw new FakeExcelError("InvalidArgument", problem);
        if (excel.findSheet(sheetName)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${sheetName} exists`);
        created = excel.newSheet(sheetName);
      },
    });
    return new FakeWorksheetProxy(this.context, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", "The sheet was not created");
      return created;
    });
  }

  getItem(key: string): FakeWorksheetProxy {
    const excel = this.context.excel;
    return new FakeWorksheetProxy(this.context, () => {
      const found = excel.findSheet(key);
      if (!found) throw new FakeExcelError("ItemNotFound", `The sheet ${key} does not exist`);
      return found;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheetProxy {
    const excel = this.context.excel;
    const proxy = new FakeWorksheetProxy(this.context, () => excel.findSheet(key) ?? null, true);
    return proxy;
  }
}

class FakeWorksheetProxy extends LoadableProxy {
  private state: SheetState | null | undefined = undefined;
  private nullChecked = false;
  readonly tables: FakeTableCollection;

  constructor(
    context: FakeContext,
    private readonly resolver: Resolver<SheetState | null>,
    nullable = false,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, this);
    if (nullable) {
      context.enqueue({
        kind: "worksheets.getItemOrNullObject",
        bytes: 0,
        mutation: false,
        run: () => {
          this.resolve();
          this.nullChecked = true;
        },
      });
    }
  }

  resolve(): SheetState | null {
    if (this.state === undefined) this.state = this.resolver();
    return this.state;
  }

  resolveOrThrow(): SheetState {
    const state = this.resolve();
    if (state === null || state.deleted) throw new FakeExcelError("ItemNotFound", "The sheet does not exist");
    return state;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw new FakeExcelError("PropertyNotLoaded", "Call context.sync() before reading isNullObject");
    return this.state === null;
  }

  fill(fields: string[]): void {
    const state = this.resolveOrThrow();
    for (const field of fields) this.loaded.set(field, this.fieldValue(state, field));
  }

  snapshot(fields: string[]): Record<string, unknown> {
    return Object.fromEntries(fields.map((field) => [field, this.loaded.get(field)]));
  }

  private fieldValue(state: SheetState, field: string): unknown {
    switch (field) {
      case "name":
        return state.name;
      case "visibility":
        return state.visibility;
      case "position":
        return this.context.excel.sheets.indexOf(state);
      case "tabColor":
        return state.tabColor;
      case "protection/protected":
        return state.protected;
      default:
        throw new FakeExcelError("InvalidArgument", `The fake cannot load worksheet.${field}`);
    }
  }

  load(properties: string): this {
    checkLoad("Worksheet", properties);
    this.queueLoad("worksheet.load", () => this.resolve(), (name) => this.fieldValue(this.resolveOrThrow(), name), properties);
    return this;
  }

  get name(): string {
    return this.read("name") as string;
  }
  set name(value: string) {
    checkSet("Worksheet", "name", value);
    this.mutate("worksheet.name", value, (state) => {
      const problem = sheetNameProblem(value);
      if (problem !== null) throw new FakeExcelError("InvalidArgument", problem);
      const clash = this.context.excel.findSheet(value);
      if (clash && clash !== state) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${value} exists`);
      state.name = value;
    });
  }
  get position(): number {
    return this.read("position") as number;
  }
  set position(value: number) {
    checkSet("Worksheet", "position", value);
    this.mutate("worksheet.position", value, (state) => {
      const sheets = this.context.excel.sheets;
      sheets.splice(sheets.indexOf(state), 1);
      sheets.splice(Math.min(value, sheets.length), 0, state);
    });
  }
  get visibility(): string {
    return this.read("visibility") as string;
  }
  /**
   * Hiding the last visible sheet fails (support.microsoft.com, "Hide or show worksheets or workbooks":
   * a workbook must contain at least one visible worksheet). The active sheet moves off a hidden one.
   */
  set visibility(value: string) {
    checkSet("Worksheet", "visibility", value);
    this.mutate("worksheet.visibility", value, (state) => {
      const excel = this.context.excel;
      if (value !== "Visible" && state.visibility === "Visible" && excel.visibleSheets().length === 1) {
        throw new FakeExcelError("InvalidOperation", `"${state.name}" is the last visible sheet: a workbook must contain at least one visible worksheet`);
      }
      state.visibility = value;
      if (value !== "Visible" && excel.activeSheetId === state.id) excel.activeSheetId = excel.visibleSheets()[0]?.id ?? null;
    });
  }
  get tabColor(): string {
    return this.read("tabColor") as string;
  }
  set tabColor(value: string) {
    checkSet("Worksheet", "tabColor", value);
    this.mutate("worksheet.tabColor", value, (state) => (state.tabColor = value));
  }
  get protection(): { protected: boolean } {
    const read = () => this.read("protection/protected") as boolean;
    return {
      get protected() {
        return read();
      },
    };
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this);
  }
  get freezePanes(): unknown {
    return recorder(this.context, () => ({ sheet: this.resolveOrThrow(), address: "" }), ["freezePanes"], excelTypeModel().excelType("WorksheetFreezePanes"));
  }

  private mutate(kind: string, value: unknown, apply: (state: SheetState) => void): void {
    this.context.enqueue({ kind, bytes: json(value), mutation: true, sheet: () => this.resolve(), run: () => apply(this.resolveOrThrow()) });
  }

  getRange(address?: string): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const state = this.resolveOrThrow();
      return address === undefined ? this.context.excel.usedRange(state) : parseAddress(state, address);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => ({ sheet: this.resolveOrThrow(), top: startRow, left: startColumn, rows: rowCount, columns: columnCount }));
  }

  getUsedRange(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => this.context.excel.usedRange(this.resolveOrThrow()));
  }

  activate(): void {
    this.context.enqueue({
      kind: "worksheet.activate",
      bytes: 0,
      mutation: false,
      sheet: () => this.resolve(),
      run: () => {
        const state = this.resolveOrThrow();
        if (state.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", `"${state.name}" is hidden and cannot be activated`);
        this.context.excel.activeSheetId = state.id;
      },
    });
  }

  /**
   * Deleting the last visible sheet fails, as in Excel (support.microsoft.com, "Insert or delete a
   * worksheet": a workbook must contain at least one visible worksheet). References to the sheet from
   * other sheets and names become #REF!.
   */
  delete(): void {
    this.mutate("worksheet.delete", null, (state) => {
      const excel = this.context.excel;
      if (state.visibility === "Visible" && excel.visibleSheets().length === 1) {
        throw new FakeExcelError("InvalidOperation", `"${state.name}" is the last visible sheet: a workbook must contain at least one visible worksheet`);
      }
      if (excel.activeSheetId === state.id) excel.activeSheetId = excel.visibleSheets().find((sheet) => sheet !== state)?.id ?? null;
      state.deleted = true;
      excel.sheets.splice(excel.sheets.indexOf(state), 1);
      for (let i = excel.tables.length - 1; i >= 0; i--) if (excel.tables[i].sheet === state) excel.tables.splice(i, 1);
    });
  }
}

class FakeRangeProxy extends LoadableProxy {
  private ref: RangeRef | null | undefined = undefined;
  private nullChecked = false;

  constructor(
    context: FakeContext,
    private readonly resolver: Resolver<RangeRef | null>,
    nullable = false,
  ) {
    super(context);
    if (nullable) {
      context.enqueue({
        kind: "range.getIntersectionOrNullObject",
        bytes: 0,
        mutation: false,
        run: () => {
          this.resolve();
          this.nullChecked = true;
        },
      });
    }
  }

  resolve(): RangeRef | null {
    if (this.ref === undefined) this.ref = this.resolver();
    return this.ref;
  }

  resolveOrThrow(): RangeRef {
    const ref = this.resolve();
    if (ref === null) throw new FakeExcelError("InvalidOperation", "The range is a null object");
    return ref;
  }

  describe(): () => string {
    return () => {
      const ref = this.resolveOrThrow();
      return `${ref.sheet.name}!${addressOf(ref)}`;
    };
  }

  toJSON(): string {
    return "[range]";
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw new FakeExcelError("PropertyNotLoaded", "Call context.sync() before reading isNullObject");
    return this.ref === null;
  }

  load(properties: string): this {
    checkLoad("Range", properties);
    this.queueLoad(
      "range.load",
      () => this.resolve()?.sheet ?? null,
      (name) => {
        const ref = this.resolveOrThrow();
        switch (name) {
          case "values":
            return this.context.excel.readValues(ref);
          case "address":
            return `'${ref.sheet.name}'!${addressOf(ref)}`;
          case "rowIndex":
            return ref.top;
          case "columnIndex":
            return ref.left;
          case "rowCount":
            return ref.rows;
          case "columnCount":
            return ref.columns;
          default:
            throw new FakeExcelError("InvalidArgument", `The fake cannot load range.${name}`);
        }
      },
      properties,
    );
    return this;
  }

  get address(): string {
    return this.read("address") as string;
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  /** support.microsoft.com, "Excel specifications and limits": 32,767 characters in a cell. */
  set values(values: unknown[][]) {
    checkSet("Range", "values", values);
    this.write("range.values", values, (ref, row, column, value) => {
      if (typeof value === "string" && value.length > EXCEL_TEXT_LIMITS.cellCharacters) {
        throw new FakeExcelError("InvalidArgument", `${value.length} characters in ${ref.sheet.name}!${columnLetters(ref.left + column)}${ref.top + row + 1}: a cell holds at most ${EXCEL_TEXT_LIMITS.cellCharacters}`);
      }
      const key = `${ref.top + row},${ref.left + column}`;
      const isText = ref.sheet.numberFormats.get(key) === "@";
      const typed = isText ? { value, formula: null } : asTyped(value);
      this.context.excel.writeCell(ref.sheet, ref.top + row, ref.left + column, typed.value, typed.formula);
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }
  set numberFormat(formats: unknown[][]) {
    checkSet("Range", "numberFormat", formats);
    this.write("range.numberFormat", formats, (ref, row, column, format) => {
      ref.sheet.numberFormats.set(`${ref.top + row},${ref.left + column}`, String(format));
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }
  /** support.microsoft.com, "Excel specifications and limits": 8,192 characters in a formula. */
  set formulas(formulas: unknown[][]) {
    checkSet("Range", "formulas", formulas);
    this.write("range.formulas", formulas, (ref, row, column, formula) => {
      const text = String(formula);
      if (text.length > EXCEL_TEXT_LIMITS.formulaCharacters) throw new FakeExcelError("InvalidArgument", `A formula of ${text.length} characters: Excel takes at most ${EXCEL_TEXT_LIMITS.formulaCharacters}`);
      this.context.excel.writeCell(ref.sheet, ref.top + row, ref.left + column, text.startsWith("=") ? "#FORMULA" : text, text.startsWith("=") ? text : null);
    });
  }
  set columnHidden(value: boolean) {
    checkSet("Range", "columnHidden", value);
    this.record("range.columnHidden", value);
  }
  get format(): unknown {
    return recorder(this.context, () => this.target(), ["format"], excelTypeModel().excelType("RangeFormat"));
  }
  get conditionalFormats(): unknown {
    return recorder(this.context, () => this.target(), ["conditionalFormats"], excelTypeModel().excelType("ConditionalFormatCollection"));
  }
  get dataValidation(): unknown {
    return recorder(this.context, () => this.target(), ["dataValidation"], excelTypeModel().excelType("DataValidation"));
  }

  private target(): { sheet: SheetState; address: string } {
    const ref = this.resolveOrThrow();
    return { sheet: ref.sheet, address: addressOf(ref) };
  }

  private record(kind: string, value: unknown): void {
    this.context.enqueue({
      kind,
      bytes: json(value),
      mutation: true,
      sheet: () => this.resolve()?.sheet ?? null,
      run: () => {
        const { sheet, address } = this.target();
        sheet.recorded.push({ address, path: kind, value });
      },
    });
  }

  private write(kind: string, grid: unknown[][], apply: (ref: RangeRef, row: number, column: number, value: unknown) => void): void {
    this.context.enqueue({
      kind,
      bytes: json(grid),
      mutation: true,
      sheet: () => this.resolve()?.sheet ?? null,
      run: () => {
        const ref = this.resolveOrThrow();
        if (grid.length !== ref.rows || grid.some((row) => row.length !== ref.columns)) {
          throw new FakeExcelError("InvalidArgument", `${kind}: ${grid.length} rows given for a range of ${ref.rows} x ${ref.columns}`);
        }
        grid.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value !== null) apply(ref, r, c, value);
          }),
        );
      },
    });
  }

  getCell(row: number, column: number): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const ref = this.resolveOrThrow();
      return { sheet: ref.sheet, top: ref.top + row, left: ref.left + column, rows: 1, columns: 1 };
    });
  }

  getEntireRow(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const ref = this.resolveOrThrow();
      return { sheet: ref.sheet, top: ref.top, left: 0, rows: ref.rows, columns: 16384 };
    });
  }

  getEntireColumn(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const ref = this.resolveOrThrow();
      return { sheet: ref.sheet, top: 0, left: ref.left, rows: 1048576, columns: ref.columns };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const ref = this.resolveOrThrow();
      const rows = ref.rows + deltaRows;
      if (ref.top + rows > 1048576) throw new FakeExcelError("InvalidArgument", "The range extends beyond the sheet");
      return { ...ref, rows, columns: ref.columns + deltaColumns };
    });
  }

  getIntersectionOrNullObject(other: FakeRangeProxy | string): FakeRangeProxy {
    return new FakeRangeProxy(
      this.context,
      () => {
        const a = this.resolveOrThrow();
        const b = typeof other === "string" ? parseAddress(a.sheet, other) : other.resolveOrThrow();
        const top = Math.max(a.top, b.top);
        const left = Math.max(a.left, b.left);
        const bottom = Math.min(a.top + a.rows, b.top + b.rows);
        const right = Math.min(a.left + a.columns, b.left + b.columns);
        if (a.sheet !== b.sheet || bottom <= top || right <= left) return null;
        return { sheet: a.sheet, top, left, rows: bottom - top, columns: right - left };
      },
      true,
    );
  }

  /**
   * "All" empties values, formulas, number formats, recorded formats, hyperlinks and notes; "Contents"
   * only values and formulas; "Formats" only formats (docs: Range.clear, Excel.ClearApplyTo).
   */
  clear(applyTo: string = "All"): void {
    checkArguments("Range", "clear", [applyTo]);
    this.context.enqueue({
      kind: "range.clear",
      bytes: json(applyTo),
      mutation: true,
      sheet: () => this.resolve()?.sheet ?? null,
      run: () => {
        const ref = this.resolveOrThrow();
        const sheet = ref.sheet;
        const inside = (key: string) => {
          const [row, column] = key.split(",").map(Number);
          return row >= ref.top && row < ref.top + ref.rows && column >= ref.left && column < ref.left + ref.columns;
        };
        const contents = applyTo === "All" || applyTo === "Contents";
        const formats = applyTo === "All" || applyTo === "Formats";
        if (contents) {
          for (let row = ref.top; row < Math.min(ref.top + ref.rows, sheet.rows.length); row++) {
            const cells = sheet.rows[row];
            if (!cells) continue;
            for (let column = ref.left; column < Math.min(ref.left + ref.columns, cells.length); column++) cells[column] = undefined;
          }
          for (const key of [...sheet.formulas.keys()]) if (inside(key)) sheet.formulas.delete(key);
        }
        if (formats) {
          for (const key of [...sheet.numberFormats.keys()]) if (inside(key)) sheet.numberFormats.delete(key);
          sheet.recorded = sheet.recorded.filter((entry) => entry.address === "" || !overlaps(parseAddress(sheet, entry.address), ref));
        }
        if (applyTo === "All") for (const key of [...sheet.extras.keys()]) if (inside(key)) sheet.extras.delete(key);
      },
    });
  }

  unmerge(): void {
    this.context.enqueue({
      kind: "range.unmerge",
      bytes: 0,
      mutation: true,
      sheet: () => this.resolve()?.sheet ?? null,
      run: () => {
        const ref = this.resolveOrThrow();
        ref.sheet.merges = ref.sheet.merges.filter((merge) => !overlaps(merge, ref));
      },
    });
  }

  /** Merged cells may not overlap a table (support.microsoft.com, "Overview of Excel tables"). */
  merge(across?: boolean): void {
    this.context.enqueue({
      kind: "range.merge",
      bytes: json(across ?? false),
      mutation: true,
      sheet: () => this.resolve()?.sheet ?? null,
      run: () => {
        const ref = this.resolveOrThrow();
        const excel = this.context.excel;
        const table = excel.tables.find((candidate) => candidate.sheet === ref.sheet && overlaps(candidate, ref));
        if (table) throw new FakeExcelError("InvalidOperation", `Cells in the table ${table.name} cannot be merged`);
        ref.sheet.merges.push({ top: ref.top, left: ref.left, rows: ref.rows, columns: ref.columns });
        ref.sheet.recorded.push({ address: addressOf(ref), path: "range.merge", value: across ?? false });
      },
    });
  }

  select(): void {
    this.context.enqueue({ kind: "range.select", bytes: 0, mutation: false, sheet: () => this.resolve()?.sheet ?? null, run: () => this.resolveOrThrow() });
  }
}

class FakeTableCollection extends LoadableProxy {
  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheetProxy | null,
  ) {
    super(context);
  }

  get items(): FakeTableProxy[] {
    return this.read("items") as FakeTableProxy[];
  }

  load(properties: string): this {
    checkLoad("TableCollection", properties);
    const excel = this.context.excel;
    const command = this.context.enqueue({
      kind: "tables.load",
      bytes: json(properties),
      mutation: false,
      run: () => {
        const sheet = this.worksheet?.resolveOrThrow() ?? null;
        const items = excel.tables
          .filter((table) => sheet === null || table.sheet === sheet)
          .map((table) => {
            const proxy = new FakeTableProxy(this.context, () => table);
            proxy.fillName(table.name);
            return proxy;
          });
        this.loaded.set("items", items);
        command.responseBytes += json(items.map((item) => item.name));
      },
    });
    return this;
  }

  /**
   * A range places the table on the range's own sheet. An address string names its sheet ("'Data'!A1:C9")
   * or resolves against the ACTIVE sheet, whichever collection is called (docs: TableCollection.add,
   * "address: ... If the address does not contain a sheet name, the currently-active sheet is used").
   * A table may not overlap another table or merged cells (support.microsoft.com, "Overview of Excel
   * tables": tables cannot contain merged cells; Excel: "A table cannot overlap another table").
   */
  add(address: string | FakeRangeProxy, hasHeaders: boolean): FakeTableProxy {
    const excel = this.context.excel;
    let created: TableState | null = null;
    const place = (): RangeRef => {
      if (address instanceof FakeRangeProxy) return address.resolveOrThrow();
      const sheetPart = /^(?:'((?:[^']|'')+)'|([^!']+))!/.exec(address);
      const sheet = sheetPart ? excel.findSheet((sheetPart[1] ?? sheetPart[2]).replace(/''/g, "'")) : excel.activeSheet();
      if (!sheet) throw new FakeExcelError("ItemNotFound", `No sheet for ${address}`);
      return parseAddress(sheet, address);
    };
    this.context.enqueue({
      kind: "tables.add",
      bytes: json([address instanceof FakeRangeProxy ? "[range]" : address, hasHeaders]),
      mutation: true,
      sheet: () => {
        try {
          return place().sheet;
        } catch {
          return null;
        }
      },
      run: () => {
        if (typeof hasHeaders !== "boolean") throw new FakeExcelError("InvalidArgument", "tables.add: hasHeaders must be true or false");
        const ref = place();
        const clash = excel.tables.find((table) => table.sheet === ref.sheet && overlaps(table, ref));
        if (clash) throw new FakeExcelError("InvalidOperation", `A table cannot overlap another table (${clash.name})`);
        if (ref.sheet.merges.some((merge) => overlaps(merge, ref))) throw new FakeExcelError("InvalidOperation", "A table cannot contain merged cells");
        created = { name: `Table${excel.allocateId()}`, sheet: ref.sheet, top: ref.top, left: ref.left, rows: ref.rows, columns: ref.columns, props: {} };
        excel.tables.push(created);
      },
    });
    return new FakeTableProxy(this.context, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", "The table was not created");
      return created;
    });
  }

  getItem(key: string): FakeTableProxy {
    const excel = this.context.excel;
    return new FakeTableProxy(this.context, () => {
      const sheet = this.worksheet?.resolveOrThrow() ?? null;
      const found = excel.tables.find((table) => table.name.toLowerCase() === key.toLowerCase() && (sheet === null || table.sheet === sheet));
      if (!found) throw new FakeExcelError("ItemNotFound", `The table ${key} does not exist`);
      return found;
    });
  }
}

class FakeTableProxy extends LoadableProxy {
  private state: TableState | undefined;

  constructor(
    context: FakeContext,
    private readonly resolver: Resolver<TableState>,
  ) {
    super(context);
  }

  resolve(): TableState {
    if (this.state === undefined) this.state = this.resolver();
    return this.state;
  }

  fillName(name: string): void {
    this.loaded.set("name", name);
  }

  load(properties: string): this {
    checkLoad("Table", properties);
    this.queueLoad(
      "table.load",
      () => this.resolve().sheet,
      (name) => {
        if (name === "name") return this.resolve().name;
        throw new FakeExcelError("InvalidArgument", `The fake cannot load table.${name}`);
      },
      properties,
    );
    return this;
  }

  get name(): string {
    return this.read("name") as string;
  }
  /** Table names follow the defined-name rules and share their namespace (support.microsoft.com, "Rename an Excel table"). */
  set name(value: string) {
    checkSet("Table", "name", value);
    this.set("table.name", value, (state) => {
      const problem = definedNameProblem(value);
      if (problem !== null) throw new FakeExcelError("InvalidArgument", `Table name: ${problem}`);
      const clash = this.context.excel.nameClash(value, { table: state });
      if (clash !== null) throw new FakeExcelError("ItemAlreadyExists", clash);
      state.name = value;
    });
  }
  set style(value: string) {
    checkSet("Table", "style", value);
    this.set("table.style", value, (state) => (state.props.style = value));
  }
  set showFilterButton(value: boolean) {
    checkSet("Table", "showFilterButton", value);
    this.set("table.showFilterButton", value, (state) => (state.props.showFilterButton = value));
  }
  set showBandedRows(value: boolean) {
    checkSet("Table", "showBandedRows", value);
    this.set("table.showBandedRows", value, (state) => (state.props.showBandedRows = value));
  }

  private set(kind: string, value: unknown, apply: (state: TableState) => void): void {
    this.context.enqueue({ kind, bytes: json(value), mutation: true, sheet: () => this.resolve().sheet, run: () => apply(this.resolve()) });
  }

  private worksheetProxy: FakeWorksheetProxy | null = null;

  get worksheet(): FakeWorksheetProxy {
    this.worksheetProxy ??= new FakeWorksheetProxy(this.context, () => this.resolve().sheet);
    return this.worksheetProxy;
  }

  getRange(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, () => {
      const table = this.resolve();
      return { sheet: table.sheet, top: table.top, left: table.left, rows: table.rows, columns: table.columns };
    });
  }

  /** The table goes; its cells and values stay (docs: Table.convertToRange). */
  convertToRange(): FakeRangeProxy {
    const range = this.getRange();
    this.context.enqueue({
      kind: "table.convertToRange",
      bytes: 0,
      mutation: true,
      sheet: () => this.resolve().sheet,
      run: () => {
        const excel = this.context.excel;
        range.resolve();
        excel.tables.splice(excel.tables.indexOf(this.resolve()), 1);
      },
    });
    return range;
  }
}

class FakeNameCollection extends LoadableProxy {
  get items(): { name: string; formula: string; delete(): void }[] {
    return this.read("items") as { name: string; formula: string; delete(): void }[];
  }

  load(properties: string): this {
    checkLoad("NamedItemCollection", properties);
    const excel = this.context.excel;
    const command = this.context.enqueue({
      kind: "names.load",
      bytes: json(properties),
      mutation: false,
      run: () => {
        const items = excel.names.map((name) => ({ name: name.name, formula: excel.nameFormula(name), delete: () => this.getItem(name.name).delete() }));
        this.loaded.set("items", items);
        command.responseBytes += json(items.map(({ name, formula }) => ({ name, formula })));
      },
    });
    return this;
  }

  add(name: string, reference: FakeRangeProxy | string): void {
    const excel = this.context.excel;
    this.context.enqueue({
      kind: "names.add",
      bytes: json(name),
      mutation: false,
      run: () => {
        // support.microsoft.com, "Names in formulas": syntax rules, and one namespace with table names.
        const problem = definedNameProblem(name);
        if (problem !== null) throw new FakeExcelError("InvalidArgument", `Defined name: ${problem}`);
        const clash = excel.nameClash(name);
        if (clash !== null) throw new FakeExcelError("ItemAlreadyExists", clash);
        if (typeof reference === "string") {
          const formula = reference.startsWith("=") ? reference : `=${reference}`;
          const sheetPart = /^=(?:'((?:[^']|'')+)'|([^!'=]+))!/.exec(formula);
          const sheet = sheetPart ? excel.findSheet((sheetPart[1] ?? sheetPart[2]).replace(/''/g, "'")) : null;
          if (sheetPart && !sheet) throw new FakeExcelError("InvalidArgument", `The name ${name} refers to a sheet that does not exist: ${formula}`);
          excel.names.push({ name, sheet: sheet ?? null, address: "", refersTo: formula });
          return;
        }
        const ref = reference.resolveOrThrow();
        excel.names.push({ name, sheet: ref.sheet, address: `$${columnLetters(ref.left)}$${ref.top + 1}` });
      },
    });
  }

  getItem(name: string): { delete(): void } {
    const excel = this.context.excel;
    return {
      delete: () => {
        this.context.enqueue({
          kind: "names.delete",
          bytes: json(name),
          mutation: false,
          run: () => {
            const index = excel.names.findIndex((existing) => existing.name.toLowerCase() === name.toLowerCase());
            if (index < 0) throw new FakeExcelError("ItemNotFound", `The name ${name} does not exist`);
            excel.names.splice(index, 1);
          },
        });
      },
    };
  }
}


/**
 * A sheet's charts: added through the typed recorder (every property and call checked against
 * Excel.Chart), with their names kept so that a refresh can find and delete the add-in's own charts.
 */
class FakeChartCollection extends LoadableProxy {
  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheetProxy,
  ) {
    super(context);
  }

  get items(): { name: string; delete(): void }[] {
    return this.read("items") as { name: string; delete(): void }[];
  }

  load(properties: string): this {
    checkLoad("ChartCollection", properties);
    const command = this.context.enqueue({
      kind: "charts.load",
      bytes: json(properties),
      mutation: false,
      run: () => {
        const sheet = this.worksheet.resolveOrThrow();
        const items = sheet.charts.map((chart) => ({
          name: chart.name,
          delete: () => {
            this.context.enqueue({
              kind: "chart.delete",
              bytes: 0,
              mutation: true,
              sheet: () => sheet,
              run: () => {
                sheet.charts.splice(sheet.charts.indexOf(chart), 1);
              },
            });
          },
        }));
        this.loaded.set("items", items);
        command.responseBytes += json(items.map((item) => item.name));
      },
    });
    return this;
  }

  add(type: string, sourceData: FakeRangeProxy, seriesBy?: string): unknown {
    const target = () => ({ sheet: this.worksheet.resolveOrThrow(), address: "" });
    const chart = { name: "" };
    this.context.enqueue({
      kind: "charts.state",
      bytes: 0,
      mutation: false,
      run: () => {
        const sheet = this.worksheet.resolveOrThrow();
        chart.name = `Chart ${this.context.excel.allocateId()}`;
        sheet.charts.push(chart);
      },
    });
    const collection = recorder(this.context, target, ["charts"], excelTypeModel().excelType("ChartCollection")) as { add(...args: unknown[]): object };
    const added = collection.add(type, sourceData, ...(seriesBy === undefined ? [] : [seriesBy]));
    const context = this.context;
    return new Proxy(added, {
      set(proxyTarget, property, value) {
        Reflect.set(proxyTarget, property, value);
        if (property === "name") context.enqueue({ kind: "chart.name.state", bytes: 0, mutation: false, run: () => (chart.name = String(value)) });
        return true;
      },
    });
  }
}
