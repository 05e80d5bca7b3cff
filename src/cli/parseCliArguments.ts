import { parseArgs } from "node:util";
import { PARTIAL_ANSWER_RULES, type PartialAnswerRule } from "../core/audit";
import { parseDate, type ExcelSerialDate } from "../core/values";

/** What the user asked for, checked. */
export interface CliRequest {
  files: string[];
  sheets: string[];
  dimensions: string[] | undefined;
  target: number | undefined;
  /** Targets for particular sheets or tables, from --target-for "Safeguarding checks=95". */
  targetsBySource: Record<string, number>;
  /** Weeks for particular sheets or tables, from --weeks-for "Safeguarding checks=10". */
  weeksBySource: Record<string, number>;
  /** Deadlines for particular sheets or tables, from --deadline-for "Location recovery=05/04/2026". */
  deadlinesBySource: Record<string, ExcelSerialDate>;
  /** The date the recovery plan started, from --recovery-start. */
  recoveryStart: ExcelSerialDate | undefined;
  direction: "up" | "down" | undefined;
  deadline: ExcelSerialDate | undefined;
  weeks: number | undefined;
  asOf: ExcelSerialDate | undefined;
  outPath: string | undefined;
  inPlace: boolean;
  json: boolean;
  /**
   * Whether to write a workbook: always without --json; with --json only when --out or --in-place
   * says where, since --json asks for the analysis alone and a file beside the input would surprise.
   */
  writeWorkbook: boolean;
  /** Read sheets of one shape as one audit with the sheet name as the group. */
  sheetsAsGroups: boolean;
  /** How partial answers count; undefined for the default ("not-met"). */
  partialAnswers: PartialAnswerRule | undefined;
  /** The header of the column to analyse as the score, from --measure. */
  measureColumn: string | undefined;
}

export type ParsedCli = { kind: "help" } | { kind: "request"; request: CliRequest } | { kind: "error"; message: string };

/** The words users may type after --by, and the dimension each means. */
const dimensionWords: Readonly<Record<string, string>> = {
  team: "team",
  teams: "team",
  shift: "shift",
  shifts: "shift",
  location: "location",
  locations: "location",
  site: "location",
  "staff group": "staffGroup",
  "staff-group": "staffGroup",
  staffgroup: "staffGroup",
  role: "staffGroup",
  source: "source",
  "evidence source": "source",
  "audit type": "auditType",
  "audit-type": "auditType",
  audittype: "auditType",
};

/**
 * A target as typed, in the settings' units (above 1 a percentage, 1 or less a proportion), or null
 * when it is not a number between 0 and 100. A written % sign always means percent: "1%" is 0.01
 * (not 1, which the settings would read as 100%), "90%" is 90.
 */
function targetOption(text: string): { value: number; bare: boolean } | null {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const number = Number(percent ? trimmed.slice(0, -1).trim() : trimmed);
  if (trimmed === "" || trimmed === "%" || !Number.isFinite(number) || number <= 0 || number > 100) return null;
  return { value: percent && number <= 1 ? number / 100 : number, bare: !percent };
}

/**
 * A bare target of 1 or less with fewer as better is ambiguous: "1" could be 1% or a proportion of 1
 * (100%), and reading it as 100% would call every group at target. Returns the message asking for a
 * % sign, or null when the target is clear.
 */
function ambiguousTarget(option: string, text: string, target: { value: number; bare: boolean }): string | null {
  if (!target.bare || target.value > 1) return null;
  const number = target.value;
  const asPercent = `${number}%`;
  const asProportion = `${Math.round(number * 100 * 1e6) / 1e6}%`;
  return `${option} "${text}" with --direction down is ambiguous: write "${asPercent}" for ${asPercent}, or "${asProportion}" for ${asProportion}.`;
}

function dateOption(name: string, text: string | undefined): ExcelSerialDate | undefined | string {
  if (text === undefined) return undefined;
  const serial = parseDate(text);
  return serial === null ? `--${name} must be a date such as 31/03/2026, not "${text}".` : Math.floor(serial);
}

/**
 * Reads the command line (after the program name) with node's util.parseArgs: the `analyse` command,
 * its workbooks and options, each checked with a message saying what to type instead. Never throws.
 *
 * @example
 * parseCliArguments(["analyse", "audits.xlsx", "--target", "95"]).kind; // => "request"
 * parseCliArguments(["analyse"]).kind; // => "error"
 * parseCliArguments(["analyse", "a.xlsx", "--target-for", "Safeguarding checks=95"]); // request.targetsBySource => { "Safeguarding checks": 95 }
 * parseCliArguments(["analyse", "a.xlsx", "--weeks-for", "Safeguarding checks=10"]); // request.weeksBySource => { "Safeguarding checks": 10 }
 */
export function parseCliArguments(argv: readonly string[]): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string", multiple: true },
        by: { type: "string" },
        target: { type: "string" },
        "target-for": { type: "string", multiple: true },
        "weeks-for": { type: "string", multiple: true },
        "deadline-for": { type: "string", multiple: true },
        "recovery-start": { type: "string" },
        direction: { type: "string" },
        deadline: { type: "string" },
        weeks: { type: "string" },
        "as-of": { type: "string" },
        out: { type: "string" },
        "in-place": { type: "boolean" },
        json: { type: "boolean" },
        "sheets-as-groups": { type: "boolean" },
        partial: { type: "string" },
        measure: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { kind: "error", message: (error as Error).message.replace(/\. To specify a positional argument.*$/s, ".") };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const [command, ...files] = positionals;
  if (command === undefined) return { kind: "error", message: "Say what to do: cqc-recovery analyse <workbook.xlsx>." };
  if (command !== "analyse" && command !== "analyze") return { kind: "error", message: `Unknown command "${command}": the command is "analyse".` };
  if (files.length === 0) return { kind: "error", message: "Name at least one workbook to analyse, such as: cqc-recovery analyse audits.xlsx" };

  let target: number | undefined;
  const typedTargets: { option: string; text: string; target: { value: number; bare: boolean } }[] = [];
  if (values.target !== undefined) {
    const read = targetOption(values.target);
    if (read === null) return { kind: "error", message: `--target must be a percentage between 0 and 100, such as 90, not "${values.target}".` };
    target = read.value;
    typedTargets.push({ option: "--target", text: values.target, target: read });
  }
  const targetsBySource: Record<string, number> = {};
  for (const pair of values["target-for"] ?? []) {
    const split = pair.lastIndexOf("=");
    const name = pair.slice(0, split).trim();
    const read = targetOption(pair.slice(split + 1));
    if (split <= 0 || name === "" || read === null) {
      return { kind: "error", message: `--target-for takes a sheet name and a percentage, such as --target-for "Safeguarding checks=95", not "${pair}".` };
    }
    targetsBySource[name] = read.value;
    typedTargets.push({ option: "--target-for", text: pair, target: read });
  }
  const weeksBySource: Record<string, number> = {};
  for (const pair of values["weeks-for"] ?? []) {
    const split = pair.lastIndexOf("=");
    const name = pair.slice(0, split).trim();
    const value = Number(pair.slice(split + 1).trim());
    if (split <= 0 || name === "" || !Number.isFinite(value) || value <= 0) {
      return { kind: "error", message: `--weeks-for takes a sheet name and a number of weeks, such as --weeks-for "Safeguarding checks=10", not "${pair}".` };
    }
    weeksBySource[name] = value;
  }
  const deadlinesBySource: Record<string, ExcelSerialDate> = {};
  for (const pair of values["deadline-for"] ?? []) {
    const split = pair.lastIndexOf("=");
    const name = pair.slice(0, split).trim();
    const serial = split > 0 ? parseDate(pair.slice(split + 1).trim()) : null;
    if (split <= 0 || name === "" || serial === null) {
      return { kind: "error", message: `--deadline-for takes a sheet name and a date, such as --deadline-for "Location recovery=05/04/2026", not "${pair}".` };
    }
    deadlinesBySource[name] = Math.floor(serial);
  }
  const both = Object.keys(weeksBySource).find((name) => Object.keys(deadlinesBySource).some((other) => other.toLowerCase() === name.toLowerCase()));
  if (both !== undefined) return { kind: "error", message: `Give "${both}" --weeks-for or --deadline-for, not both.` };
  const recoveryStart = dateOption("recovery-start", values["recovery-start"]);
  if (typeof recoveryStart === "string") return { kind: "error", message: recoveryStart };
  const direction = values.direction;
  if (direction !== undefined && direction !== "up" && direction !== "down") return { kind: "error", message: `--direction must be "up" (higher is better) or "down", not "${direction}".` };
  for (const typed of direction === "down" ? typedTargets : []) {
    const message = ambiguousTarget(typed.option, typed.text, typed.target);
    if (message !== null) return { kind: "error", message };
  }
  let weeks: number | undefined;
  if (values.weeks !== undefined) {
    weeks = Number(values.weeks);
    if (!Number.isFinite(weeks) || weeks <= 0) return { kind: "error", message: `--weeks must be a number of weeks, such as 12, not "${values.weeks}".` };
  }
  if (values.weeks !== undefined && values.deadline !== undefined) return { kind: "error", message: "Give --deadline or --weeks, not both." };
  const deadline = dateOption("deadline", values.deadline);
  if (typeof deadline === "string") return { kind: "error", message: deadline };
  const asOf = dateOption("as-of", values["as-of"]);
  if (typeof asOf === "string") return { kind: "error", message: asOf };
  let dimensions: string[] | undefined;
  if (values.by !== undefined) {
    const words = values.by.split(",").map((w) => w.trim().toLowerCase()).filter((w) => w !== "");
    const unknown = words.filter((w) => dimensionWords[w] === undefined);
    if (words.length === 0 || unknown.length > 0) return { kind: "error", message: `--by takes team, shift, location, staff group, source or audit type${unknown.length ? `, not "${unknown.join('", "')}"` : ""}.` };
    dimensions = [...new Set(words.map((w) => dimensionWords[w]))];
  }
  const partial = values.partial?.trim().toLowerCase().replace(/\s+/g, "-");
  if (partial !== undefined && !(PARTIAL_ANSWER_RULES as readonly string[]).includes(partial)) {
    return { kind: "error", message: `--partial takes ${PARTIAL_ANSWER_RULES.join(", ")}, not "${values.partial}".` };
  }
  const inPlace = values["in-place"] === true;
  if (inPlace && values.out !== undefined) return { kind: "error", message: "Give --in-place or --out, not both." };
  if (inPlace && files.length > 1) return { kind: "error", message: "--in-place works on one workbook; several workbooks give a roll-up in a workbook of its own." };
  return {
    kind: "request",
    request: { files, sheets: values.sheet ?? [], dimensions, target, targetsBySource, weeksBySource, deadlinesBySource, recoveryStart, direction, deadline, weeks, asOf, outPath: values.out, inPlace, json: values.json === true,
      writeWorkbook: values.json !== true || values.out !== undefined || inPlace,
      sheetsAsGroups: values["sheets-as-groups"] === true, partialAnswers: partial as PartialAnswerRule | undefined,
      measureColumn: values.measure?.trim() || undefined,
    },
  };
}
