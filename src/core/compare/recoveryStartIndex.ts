/**
 * The first period of the new process: the first complete period that ends after the recovery start
 * (the period holding the start date, or the first one after it). Null when no start is given, the
 * periods carry no dates (a tracker's own columns), or the start lies before the first period (nothing
 * to recalculate) or after the last.
 *
 * @param periods complete periods, oldest first, by their first day (Excel serial)
 * @example
 * // Weekly periods from Monday 05/01/2026 (46027); recovery started Wednesday 21/01/2026 (46043).
 * recoveryStartIndex([{ start: 46027 }, { start: 46034 }, { start: 46041 }, { start: 46048 }], 46043, true); // => 2
 */
export function recoveryStartIndex(periods: ReadonlyArray<{ start: number }>, recoveryStart: number | null, datedPeriods: boolean): number | null {
  if (recoveryStart === null || !datedPeriods || periods.length === 0) return null;
  let index = periods.findIndex((p, i) => (i + 1 < periods.length ? periods[i + 1].start : Number.POSITIVE_INFINITY) > recoveryStart && p.start <= recoveryStart);
  if (index < 0) index = periods.findIndex((p) => p.start > recoveryStart);
  return index <= 0 ? null : index;
}
