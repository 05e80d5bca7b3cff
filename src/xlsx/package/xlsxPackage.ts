import type { PackageEntry } from "./packageEntry";

/**
 * An opened .xlsx (or .xlsm) package: its parts in central-directory order, read one at a time and
 * only when asked. Nothing is inflated when the package is opened.
 */
export interface XlsxPackage {
  /** The file name used in messages ("audits.xlsx"). */
  readonly file: string;
  /** The package's bytes, as given to openPackage. */
  readonly bytes: Uint8Array;
  /** Every entry (folders too), in central-directory order. */
  readonly entries: readonly PackageEntry[];
  /** Whether a part exists (part names compare without case, as the Open Packaging Conventions say). */
  has(name: string): boolean;
  /** The entry of a part, or undefined. */
  entry(name: string): PackageEntry | undefined;
  /** A part's bytes, inflated. Throws WorkbookFileError when missing, damaged or larger than declared. */
  readBytes(name: string): Uint8Array;
  /** A part's text (UTF-8). Throws as readBytes. */
  readText(name: string): string;
  /**
   * A part's text in pieces, inflated only as far as the caller has taken, so a sheet of hundreds of
   * megabytes is never held whole and a search can stop early. Throws as readBytes.
   */
  textPieces(name: string): Iterable<string>;
}
