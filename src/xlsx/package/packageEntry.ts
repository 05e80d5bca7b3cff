/** The zip compression methods an .xlsx package uses: stored (0) and deflated (8). */
export const ZIP_METHODS = { stored: 0, deflated: 8 } as const;

/** One part of a package, as its zip central directory describes it. */
export interface PackageEntry {
  /** The part's name in the zip, as written ("xl/worksheets/sheet1.xml"). */
  readonly name: string;
  /** Zip compression method: 0 stored, 8 deflated (see ZIP_METHODS). */
  readonly method: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares (it may lie; reading checks it). */
  readonly uncompressedSize: number;
  /** CRC-32 of the uncompressed bytes, as declared. */
  readonly crc32: number;
  /** Zip "general purpose" flags (bit 3: sizes follow the data; bit 11: UTF-8 name). */
  readonly flags: number;
  /** Last-modified time and date in MS-DOS form, as declared, for copying the entry unchanged. */
  readonly dosTime: number;
  readonly dosDate: number;
  /** The compressed bytes exactly as stored, without inflating them (a writer copies them as they are). */
  raw(): Uint8Array;
}
