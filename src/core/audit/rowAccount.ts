import type { SkippedRow } from "./types";

/**
 * The tally of one grid's rows below the header: each is used (gave at least one record) or left out
 * with a reason, never both and never neither.
 *
 * @example
 * const account = new RowAccount();
 * account.use();
 * account.leaveOut(3, "blank row");
 * [account.rowsUsed, account.skipped.length]; // => [1, 1]
 */
export class RowAccount {
  readonly skipped: SkippedRow[] = [];
  rowsUsed = 0;

  use(): void {
    this.rowsUsed++;
  }

  leaveOut(row: number, reason: string): void {
    this.skipped.push({ row, reason });
  }

  /** Moves the row just counted as used to the rows left out: every record it gave was set aside. */
  setAside(row: number, reason: string): void {
    this.rowsUsed--;
    this.leaveOut(row, reason);
  }
}
