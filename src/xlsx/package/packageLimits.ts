/**
 * How much an .xlsx package may unpack to before we refuse it, checked against the sizes its zip
 * directory declares BEFORE anything is inflated, and again against the bytes actually produced while
 * inflating (declared sizes can lie).
 *
 * - `maximumUncompressedBytes`: 2 GiB for all parts together. The 1,000,000-row audit workbook of the
 *   bench (about 58 MB on disk) unpacks to about 400 MB, so this leaves five times the room while a
 *   "zip bomb" of a few megabytes that unpacks to gigabytes of XML is refused at once.
 * - `maximumCompressionRatio`: 500 to 1 for any one part larger than `ratioGraceBytes`. Spreadsheet
 *   XML compresses about 10 to 30 times (the bench workbooks about 12); raw deflate cannot pass about
 *   1,032 to 1, so a part declaring more is lying about its size, and one near that limit is made of a
 *   single repeated byte, which no workbook needs. Apache POI's ZipSecureFile guards the same way.
 * - `ratioGraceBytes`: 1 MiB. Small parts (an empty sheet, a tiny drawing) can have odd ratios and
 *   cannot hurt.
 * - `maximumEntries`: 100,000 parts, far beyond any workbook (Excel writes a few dozen).
 *
 * @example
 * PACKAGE_LIMITS.maximumUncompressedBytes; // => 2147483648
 */
export const PACKAGE_LIMITS = {
  maximumUncompressedBytes: 2 * 1024 ** 3,
  maximumCompressionRatio: 500,
  ratioGraceBytes: 1024 ** 2,
  maximumEntries: 100_000,
} as const;

/** Limits a caller may tighten (tests, the browser with less memory). */
export interface PackageLimits {
  maximumUncompressedBytes: number;
  maximumCompressionRatio: number;
  ratioGraceBytes: number;
  maximumEntries: number;
}
