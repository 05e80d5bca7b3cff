// The zip central directory, read as the fixed-layout binary records the zip specification
// (PKWARE APPNOTE 6.3.x, sections 4.3.12 to 4.3.16) defines. Inflating is fflate's; this file only
// reads the directory, because fflate does not give an entry's CRC, flags, times or raw bytes, which a
// writer copying parts byte for byte needs.

const endOfCentralDirectorySignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const centralEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const endRecordSize = 22;
const zip64LocatorSize = 20;
const centralEntrySize = 46;
const localHeaderSize = 30;
const maximumCommentLength = 0xffff;
const zip64Marker = 0xffffffff;
const zip64ExtraId = 0x0001;

/** A central directory record, before the entry's raw bytes are located. */
export interface CentralDirectoryRecord {
  name: string;
  method: number;
  flags: number;
  dosTime: number;
  dosDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why the directory could not be read: no directory at all (not a zip), or one cut short (damaged). */
export type DirectoryProblem = { problem: "no-directory" } | { problem: "damaged"; detail: string };

function uint64(data: DataView, at: number): number {
  return data.getUint32(at, true) + data.getUint32(at + 4, true) * 2 ** 32;
}

function findEndRecord(data: DataView): number {
  const earliest = Math.max(0, data.byteLength - endRecordSize - maximumCommentLength);
  for (let at = data.byteLength - endRecordSize; at >= earliest; at -= 1) {
    if (data.getUint32(at, true) === endOfCentralDirectorySignature) return at;
  }
  return -1;
}

/**
 * The central directory records of a zip, in directory order, or why they cannot be read. ZIP64
 * sizes and offsets (parts over 4 GB, or declaring so) are read from their extra fields.
 *
 * @example
 * readCentralDirectory(new Uint8Array([0x50, 0x4b, 3, 4])); // => { problem: "no-directory" }
 */
export function readCentralDirectory(bytes: Uint8Array): CentralDirectoryRecord[] | DirectoryProblem {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < endRecordSize) return { problem: "no-directory" };
  const end = findEndRecord(data);
  if (end < 0) return { problem: "no-directory" };
  let count = data.getUint16(end + 10, true);
  let directoryOffset = data.getUint32(end + 16, true);
  const locator = end - zip64LocatorSize;
  if (locator >= 0 && data.getUint32(locator, true) === zip64LocatorSignature) {
    const zip64End = uint64(data, locator + 8);
    if (zip64End + 56 > bytes.length || data.getUint32(zip64End, true) !== zip64EndSignature) return { problem: "damaged", detail: "its ZIP64 directory record is missing" };
    count = uint64(data, zip64End + 32);
    directoryOffset = uint64(data, zip64End + 48);
  }
  const decoder = new TextDecoder();
  const records: CentralDirectoryRecord[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + centralEntrySize > bytes.length || data.getUint32(at, true) !== centralEntrySignature) {
      return { problem: "damaged", detail: `its zip directory is cut short after ${index} of ${count} parts` };
    }
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + centralEntrySize + nameLength + extraLength > bytes.length) return { problem: "damaged", detail: "its zip directory is cut short" };
    const record: CentralDirectoryRecord = {
      name: decoder.decode(bytes.subarray(at + centralEntrySize, at + centralEntrySize + nameLength)),
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      dosTime: data.getUint16(at + 12, true),
      dosDate: data.getUint16(at + 14, true),
      crc32: data.getUint32(at + 16, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    readZip64Extra(data, at + centralEntrySize + nameLength, extraLength, record);
    records.push(record);
    at += centralEntrySize + nameLength + extraLength + commentLength;
  }
  return records;
}

/** Replaces the 0xFFFFFFFF placeholders of a record with the ZIP64 extra field's 8-byte values. */
function readZip64Extra(data: DataView, start: number, length: number, record: CentralDirectoryRecord): void {
  const needed = [record.uncompressedSize, record.compressedSize, record.localHeaderOffset].some((value) => value === zip64Marker);
  if (!needed) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === zip64ExtraId) {
      let field = at + 4;
      const take = (): number => {
        const value = field + 8 <= at + 4 + size ? uint64(data, field) : zip64Marker;
        field += 8;
        return value;
      };
      if (record.uncompressedSize === zip64Marker) record.uncompressedSize = take();
      if (record.compressedSize === zip64Marker) record.compressedSize = take();
      if (record.localHeaderOffset === zip64Marker) record.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

/**
 * Where an entry's compressed bytes start, from its local header, or null when the header is not where
 * the directory says (a damaged file).
 *
 * @example
 * // localDataStart(bytes, record.localHeaderOffset) // => 59
 */
export function localDataStart(bytes: Uint8Array, localHeaderOffset: number): number | null {
  if (localHeaderOffset + localHeaderSize > bytes.length) return null;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.getUint32(localHeaderOffset, true) !== localHeaderSignature) return null;
  return localHeaderOffset + localHeaderSize + data.getUint16(localHeaderOffset + 26, true) + data.getUint16(localHeaderOffset + 28, true);
}
