import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import type { PackageEntry } from "../package/packageEntry";

/** A part to write: copied raw from the input package, or new content deflated here. */
export type OutputPart = { kind: "copy"; entry: PackageEntry } | { kind: "new"; name: string; bytes: Uint8Array };

// Excel's zips are dated 1980-01-01 when the producer wrote no time; the zip format cannot go earlier.
const earliestZipDate = new Date(1980, 0, 1);

function dosDateTime(dosDate: number, dosTime: number): Date {
  const year = ((dosDate >> 9) & 0x7f) + 1980;
  const month = (dosDate >> 5) & 0x0f;
  const day = dosDate & 0x1f;
  if (month < 1 || month > 12 || day < 1) return earliestZipDate;
  const date = new Date(year, month - 1, day, (dosTime >> 11) & 0x1f, (dosTime >> 5) & 0x3f, (dosTime & 0x1f) * 2);
  return Number.isNaN(date.getTime()) || date < earliestZipDate ? earliestZipDate : date;
}

/**
 * A zip of the parts in order, with fflate: a copied part's compressed bytes go in exactly as they
 * were stored (same method, CRC and sizes, never inflated), so a user's part is byte for byte the
 * same; a new part is deflated. Synchronous, no Node APIs, so a Web Worker can run it.
 *
 * @example
 * // zipParts([{ kind: "new", name: "a.txt", bytes: new TextEncoder().encode("a") }]).length > 0 // => true
 */
export function zipParts(parts: readonly OutputPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) {
      failure = error;
      return;
    }
    chunks.push(chunk);
    length += chunk.length;
  });
  for (const part of parts) {
    if (part.kind === "new") {
      const file = new ZipDeflate(part.name, { level: 6 });
      zip.add(file);
      file.push(part.bytes, true);
      continue;
    }
    const { entry } = part;
    const raw = entry.raw();
    const file: ZipInputFile = {
      filename: entry.name,
      size: entry.uncompressedSize,
      crc: entry.crc32,
      compression: entry.method,
      mtime: dosDateTime(entry.dosDate, entry.dosTime),
    };
    zip.add(file);
    (file.ondata as (error: null, data: Uint8Array, final: boolean) => void)(null, raw, true);
  }
  zip.end();
  if (failure !== null) throw failure;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
