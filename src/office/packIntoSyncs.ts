/**
 * Groups items, in order, into batches whose estimated bytes stay within the budget: one batch is one
 * `context.sync()`. An item larger than the budget travels alone. The number of syncs therefore grows
 * with the data's size in bytes, never with how many items (groups, blocks, formats) there are.
 *
 * @example
 * packIntoSyncs([{ bytes: 3 }, { bytes: 2 }, { bytes: 4 }], 5, (item) => item.bytes).length; // => 2
 */
export function packIntoSyncs<T>(items: readonly T[], budgetBytes: number, bytesOf: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && currentBytes + bytes > budgetBytes) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
