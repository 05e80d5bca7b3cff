import type { SeededRandom } from "./seededRandom";

/**
 * Chooses `count` distinct indices, each with probability in proportion to its weight (weighted
 * sampling without replacement). Indices with zero weight are never chosen; if fewer than `count`
 * indices have weight, all of them are returned.
 *
 * @example
 * weightedSampleIndices([0, 1, 5], 1, seededRandom(7)); // => [2] most of the time, never [0]
 */
export function weightedSampleIndices(weights: readonly number[], count: number, random: SeededRandom): number[] {
  const remaining = [...weights];
  const chosen: number[] = [];
  while (chosen.length < count) {
    const total = remaining.reduce((sum, weight) => sum + weight, 0);
    if (total <= 0) break;
    let point = random.next() * total;
    let index = 0;
    while (index < remaining.length - 1 && (remaining[index] === 0 || point >= remaining[index])) {
      point -= remaining[index];
      index += 1;
    }
    // Rounding can walk past the last positive weight; step back to it.
    while (remaining[index] === 0) index -= 1;
    chosen.push(index);
    remaining[index] = 0;
  }
  return chosen.sort((left, right) => left - right);
}
