import { Inflate } from "fflate";
import { WorkbookFileError } from "../workbookFileError";
import { ZIP_METHODS, type PackageEntry } from "./packageEntry";
import { PACKAGE_LIMITS, type PackageLimits } from "./packageLimits";
import { localDataStart, readCentralDirectory, type CentralDirectoryRecord } from "./readCentralDirectory";
import type { XlsxPackage } from "./xlsxPackage";

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0];
const zipSignature = [0x50, 0x4b];
const encryptedFlag = 0x0001;
// Compressed bytes handed to the inflater at a time. Up to about 1,032 times a slice can come out of
// one push, so a part's slices are kept near what its declared size allows (at most 64 KB, at least
// 1 KB): a part that lies about its size is stopped after at most a megabyte or so of extra output.
const largestInflateSlice = 64 * 1024;
const smallestInflateSlice = 1024;
const deflateMaximumRatio = 1032;
const storedSliceBytes = 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function gigabytes(bytes: number): string {
  const value = bytes / 1024 ** 3;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} GB`;
}

function damaged(file: string, detail: string): WorkbookFileError {
  return new WorkbookFileError("damaged", `${file} could not be opened as an Excel workbook; it is damaged (${detail}). If it was downloaded or copied, try again from the original.`);
}

function checkLimits(file: string, records: readonly CentralDirectoryRecord[], limits: PackageLimits): void {
  if (records.length > limits.maximumEntries) {
    throw new WorkbookFileError("damaged", `${file} holds ${records.length.toLocaleString("en-GB")} parts, more than the ${limits.maximumEntries.toLocaleString("en-GB")} any workbook needs; it may be damaged or hostile, so it was not opened.`);
  }
  const total = records.reduce((sum, record) => sum + record.uncompressedSize, 0);
  if (total > limits.maximumUncompressedBytes) {
    throw new WorkbookFileError("damaged", `${file} unpacks to more than ${gigabytes(limits.maximumUncompressedBytes)}; it may be damaged or hostile, so it was not opened.`);
  }
  for (const record of records) {
    const ratio = record.uncompressedSize / Math.max(1, record.compressedSize);
    if (record.uncompressedSize > limits.ratioGraceBytes && ratio > limits.maximumCompressionRatio) {
      throw new WorkbookFileError(
        "damaged",
        `${file} has a part (${record.name}) that unpacks to ${Math.round(ratio).toLocaleString("en-GB")} times its stored size, more than the ${limits.maximumCompressionRatio} times any workbook needs; it may be damaged or hostile, so it was not opened.`,
      );
    }
  }
}

class OpenedPackage implements XlsxPackage {
  readonly entries: readonly PackageEntry[];
  private readonly byName = new Map<string, PackageEntry>();
  private readonly byLowerName = new Map<string, PackageEntry>();

  constructor(
    readonly file: string,
    readonly bytes: Uint8Array,
    records: readonly CentralDirectoryRecord[],
  ) {
    this.entries = records.map((record) => this.toEntry(record));
    for (const entry of this.entries) {
      if (!this.byName.has(entry.name)) this.byName.set(entry.name, entry);
      const lower = OpenedPackage.normalise(entry.name);
      if (!this.byLowerName.has(lower)) this.byLowerName.set(lower, entry);
    }
  }

  private static normalise(name: string): string {
    return name.replace(/^\/+/, "").toLowerCase();
  }

  private toEntry(record: CentralDirectoryRecord): PackageEntry {
    const { bytes, file } = this;
    let raw: Uint8Array | null = null;
    return {
      name: record.name,
      method: record.method,
      compressedSize: record.compressedSize,
      uncompressedSize: record.uncompressedSize,
      crc32: record.crc32,
      flags: record.flags,
      dosTime: record.dosTime,
      dosDate: record.dosDate,
      raw(): Uint8Array {
        if (raw !== null) return raw;
        const start = localDataStart(bytes, record.localHeaderOffset);
        if (start === null || start + record.compressedSize > bytes.length) throw damaged(file, `its part ${record.name} is cut short`);
        raw = bytes.subarray(start, start + record.compressedSize);
        return raw;
      },
    };
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  entry(name: string): PackageEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(OpenedPackage.normalise(name));
  }

  private required(name: string): PackageEntry {
    const found = this.entry(name);
    if (found === undefined) throw damaged(this.file, `the part ${name} it refers to is missing`);
    if ((found.flags & encryptedFlag) !== 0) {
      throw new WorkbookFileError("encrypted", `${this.file} has encrypted parts, so it cannot be read. Open it in Excel, remove the password and save it as .xlsx, and run again.`);
    }
    return found;
  }

  private largerThanDeclared(entry: PackageEntry): WorkbookFileError {
    return new WorkbookFileError("damaged", `${this.file} could not be opened: its part ${entry.name} unpacks to more than the ${entry.uncompressedSize.toLocaleString("en-GB")} bytes its zip directory declares; it may be damaged or hostile.`);
  }

  /**
   * An entry's output in pieces, inflated only as far as the caller has taken (one slice of at most
   * 64 KB of compressed bytes at a time), so a reader can pause between pieces. Throws WorkbookFileError
   * once output passes the declared size, or when the data cannot be inflated.
   */
  private *inflated(name: string): Generator<Uint8Array> {
    const entry = this.required(name);
    const raw = entry.raw();
    let total = 0;
    const ready: Uint8Array[] = [];
    const accept = (piece: Uint8Array): void => {
      total += piece.length;
      if (total > entry.uncompressedSize) {
        throw this.largerThanDeclared(entry);
      }
      if (piece.length > 0) ready.push(piece);
    };
    if (entry.method === ZIP_METHODS.stored) {
      for (let at = 0; at < raw.length; at += storedSliceBytes) {
        accept(raw.subarray(at, Math.min(raw.length, at + storedSliceBytes)));
        yield* ready.splice(0);
      }
      return;
    }
    if (entry.method !== ZIP_METHODS.deflated) throw damaged(this.file, `its part ${entry.name} uses zip compression method ${entry.method}, which Excel never writes`);
    const inflater = new Inflate((piece) => accept(piece));
    const push = (slice: Uint8Array, last: boolean): void => {
      try {
        inflater.push(slice, last);
      } catch (error) {
        if (error instanceof WorkbookFileError) throw error;
        throw damaged(this.file, `its part ${entry.name} cannot be unpacked: ${(error as Error).message}`);
      }
    };
    if (raw.length === 0) push(raw, true);
    for (let at = 0; at < raw.length; ) {
      const allowed = Math.ceil((entry.uncompressedSize - total) / deflateMaximumRatio) + smallestInflateSlice;
      const end = Math.min(raw.length, at + Math.min(largestInflateSlice, allowed));
      push(raw.subarray(at, end), end >= raw.length);
      at = end;
      yield* ready.splice(0);
    }
  }

  readBytes(name: string): Uint8Array {
    const entry = this.required(name);
    if (entry.method === ZIP_METHODS.stored) {
      const raw = entry.raw();
      if (raw.length > entry.uncompressedSize) throw this.largerThanDeclared(entry);
      return raw;
    }
    const out = new Uint8Array(entry.uncompressedSize);
    let at = 0;
    for (const piece of this.inflated(name)) {
      out.set(piece, at);
      at += piece.length;
    }
    return at === out.length ? out : out.subarray(0, at);
  }

  readText(name: string): string {
    return new TextDecoder().decode(this.readBytes(name));
  }

  *textPieces(name: string): Generator<string> {
    const decoder = new TextDecoder();
    for (const piece of this.inflated(name)) {
      const text = decoder.decode(piece, { stream: true });
      if (text.length > 0) yield text;
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  }
}

/**
 * Opens the bytes of an .xlsx or .xlsm package without inflating anything: reads the zip directory,
 * refuses an encrypted (OLE) file, a file that is not a zip ("renamed"), a truncated zip ("damaged")
 * and a package that would unpack beyond PACKAGE_LIMITS ("it may be damaged or hostile"), each as a
 * WorkbookFileError naming the file. Parts are inflated one at a time when read, by fflate, and a part
 * producing more than its declared size is stopped.
 *
 * @example
 * // openPackage(bytes, "audits.xlsx").has("xl/workbook.xml") // => true
 */
export function openPackage(bytes: Uint8Array, file: string, limits: PackageLimits = PACKAGE_LIMITS): XlsxPackage {
  if (bytes.length === 0) throw new WorkbookFileError("not-xlsx", `${file} is empty (0 bytes), not an Excel workbook.`);
  if (startsWith(bytes, oleSignature)) {
    throw new WorkbookFileError("encrypted", `${file} is password-protected (or is an old .xls file), so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook) or save it as .xlsx, and run again.`);
  }
  if (!startsWith(bytes, zipSignature)) throw new WorkbookFileError("not-xlsx", `${file} is not an Excel .xlsx workbook (it may be another kind of file renamed to .xlsx).`);
  const directory = readCentralDirectory(bytes);
  if (!Array.isArray(directory)) {
    throw damaged(file, directory.problem === "no-directory" ? "it ends before its zip directory, as when a download or copy stops early" : directory.detail);
  }
  checkLimits(file, directory, limits);
  return new OpenedPackage(file, bytes, directory);
}
