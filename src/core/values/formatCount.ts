/** Three digits to a group, as en-GB writes large numbers ("100,000"). */
const thousandsGroup = /\B(?=(\d{3})+(?!\d))/g;

/**
 * A whole number as users read it: rounded, with commas between thousands. The one number formatter of
 * the task pane and of the sentences the core writes, so "25125" never sits beside "100,000".
 *
 * @example
 * formatNumber(100001); // => "100,001"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const rounded = Math.round(value);
  const digits = Math.abs(rounded).toString().replace(thousandsGroup, ",");
  return rounded < 0 ? `−${digits}` : digits;
}

/**
 * A count with its noun, singular for one: "1 record", "25,125 records". The plural is the singular
 * with "s" unless given.
 *
 * @example
 * formatCount(1, "record"); // => "1 record"
 * formatCount(25125, "record"); // => "25,125 records"
 * formatCount(2, "Yes/No question", "Yes/No questions"); // => "2 Yes/No questions"
 */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${Math.round(count) === 1 ? singular : plural}`;
}
