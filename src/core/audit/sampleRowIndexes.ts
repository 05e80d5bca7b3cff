/** Rows read in full from the top of the data, where headers and the first entries show the pattern. */
const leadingRowsSampled = 200;
/** Further rows spread evenly over the rest of a long sheet, so a late change of habit is seen. */
const spreadRowsSampled = 200;

/**
 * The grid rows (0-based) below a header that the reader inspects to judge a column: every row of a
 * short sheet, and on a long one the first 200 rows plus 200 spread evenly over the rest, so judging a
 * column costs the same for a million rows as for four hundred.
 *
 * @example
 * sampleRowIndexes(5, 1); // => [2, 3, 4]
 */
export function sampleRowIndexes(rowCount: number, headerRowIndex: number): number[] {
  const first = Math.max(0, Math.floor(headerRowIndex) + 1);
  const end = Math.max(first, Math.floor(rowCount));
  const indexes: number[] = [];
  const leadingEnd = Math.min(end, first + leadingRowsSampled);
  for (let r = first; r < leadingEnd; r++) indexes.push(r);
  const rest = end - leadingEnd;
  if (rest <= 0) return indexes;
  const step = Math.max(1, rest / spreadRowsSampled);
  for (let offset = 0; offset < rest; offset += step) indexes.push(leadingEnd + Math.floor(offset));
  return indexes;
}
