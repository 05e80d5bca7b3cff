// The few facts we need from the zip container of an .xlsx file: the names of its parts and, with an
// inflate function the caller provides (node's zlib; a browser may pass its own), a part's bytes.
// Written here rather than taken from jszip because the project does not declare jszip (ExcelJS
// bundles it) and entry names need no decompression at all.

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const localFileHeader = 0x04034b50;
const endRecordSize = 22;
const maximumCommentLength = 0xffff;
const stored = 0;
const deflated = 8;

/** One part of the package. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The entries of a zip file, from its central directory; null when the bytes are not a zip file.
 *
 * @example
 * zipEntries(new Uint8Array([1, 2, 3])); // => null
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const data = view(bytes);
  const earliest = Math.max(0, bytes.length - endRecordSize - maximumCommentLength);
  let end = -1;
  for (let at = bytes.length - endRecordSize; at >= earliest; at--) {
    if (data.getUint32(at, true) === endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== centralDirectoryEntry) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The uncompressed bytes of one entry, or null for a compression method other than stored or deflate.
 *
 * @example
 * // zipEntryBytes(bytes, entry, (d) => zlib.inflateRawSync(d))
 */
export function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry, inflateRaw: (data: Uint8Array) => Uint8Array): Uint8Array | null {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (data.getUint32(at, true) !== localFileHeader) return null;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const body = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === stored) return body;
  if (entry.method === deflated) return inflateRaw(body);
  return null;
}
