import { dateToSerial, excelErrorOf, formatUkDate, type CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";

/**
 * Reads group cells (team, shift, location) as names. "Team A", "team a" and " Team  A " are one group,
 * shown as first written; numbers and dates become text. An Excel error in a group cell throws an
 * ArgumentError (#VALUE!). Repeated cell values are looked up once, so 100,000 cells cost little.
 */
export class GroupNames {
  private readonly byKey = new Map<string, string>();
  private readonly byRaw = new Map<string, string>();

  constructor(private readonly functionName: string) {}

  /** The group name for one cell; the caller has already skipped blank and N/A cells. */
  read(value: CellValue, index: number, positionOf: (index: number) => string): string {
    if (typeof value === "string") {
      const known = this.byRaw.get(value);
      if (known !== undefined) return known;
      const error = excelErrorOf(value);
      if (error !== null) this.fail(positionOf(index), error);
      const name = this.canonical(value.trim().replace(/\s+/g, " "));
      this.byRaw.set(value, name);
      return name;
    }
    if (typeof value === "number") return this.canonical(String(value));
    if (typeof value === "boolean") return this.canonical(value ? "TRUE" : "FALSE");
    if (value instanceof Date) return this.canonical(formatUkDate(dateToSerial(value)));
    const error = excelErrorOf(value);
    return this.fail(positionOf(index), error ?? "#VALUE!");
  }

  private canonical(display: string): string {
    const key = display.toLowerCase();
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    this.byKey.set(key, display);
    return display;
  }

  private fail(position: string, error: string): never {
    throw new ArgumentError("invalid-value", `${this.functionName}: groups, ${position}: the cell holds the error ${error}`);
  }
}
