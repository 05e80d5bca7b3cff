/**
 * Running totals for one group (or one group's period): enough to give a pooled pass rate, a mean
 * score and its spread without keeping the records. Adding is O(1), so a million records cost one pass.
 */
export class Tally {
  records = 0;
  passed = 0;
  checked = 0;
  scoreSum = 0;
  scoreSumOfSquares = 0;

  add(passed: number, checked: number, score: number): void {
    this.records += 1;
    this.passed += passed;
    this.checked += checked;
    this.scoreSum += score;
    this.scoreSumOfSquares += score * score;
  }

  /** Adds another tally's totals to this one. */
  merge(other: Tally): void {
    this.records += other.records;
    this.passed += other.passed;
    this.checked += other.checked;
    this.scoreSum += other.scoreSum;
    this.scoreSumOfSquares += other.scoreSumOfSquares;
  }

  /** Pooled Yes / (Yes + No) for pass/fail data, else the mean score. */
  value(poolCounts: boolean): number {
    return poolCounts ? (this.checked === 0 ? Number.NaN : this.passed / this.checked) : this.scoreSum / this.records;
  }

  /** Sample standard deviation of the scores (Bessel's correction: n - 1), 0 for a single record. */
  scoreStandardDeviation(): number {
    if (this.records < 2) return 0;
    const mean = this.scoreSum / this.records;
    const variance = (this.scoreSumOfSquares - this.records * mean * mean) / (this.records - 1);
    return Math.sqrt(Math.max(0, variance));
  }
}
