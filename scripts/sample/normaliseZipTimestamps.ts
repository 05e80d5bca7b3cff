import type { CalendarDate } from "./calendarDate";

const endOfCentralDirectorySignature = 0x06054b50;
const centralDirectorySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
/** The fixed part of each record; the variable-length name, extra field and comment follow it. */
const endOfCentralDirectoryLength = 22;
const centralDirectoryEntryLength = 46;

/** An MS-DOS date and time, the only timestamp a plain zip entry carries (two-second resolution). */
function dosDateTime(moment: Date): { date: number; time: number } {
  return {
    date: ((moment.getUTCFullYear() - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
    time: (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | Math.floor(moment.getUTCSeconds() / 2),
  };
}

/**
 * Sets every entry's modification time in a zip archive (an .xlsx file is one) to `moment`, in both
 * the local headers and the central directory. ExcelJS stamps entries with the time of writing, so
 * without this the committed sample workbook would change on every run even when no cell did.
 * Throws if the buffer is not a zip archive laid out as the zip specification (APPNOTE 4.3) describes.
 */
export function normaliseZipTimestamps(archive: Buffer, moment: CalendarDate): Buffer {
  const output = Buffer.from(archive);
  const { date, time } = dosDateTime(moment);

  let end = output.length - endOfCentralDirectoryLength;
  while (end >= 0 && output.readUInt32LE(end) !== endOfCentralDirectorySignature) end -= 1;
  if (end < 0) throw new Error("normaliseZipTimestamps: no end-of-central-directory record; not a zip archive");

  const entries = output.readUInt16LE(end + 10);
  let entry = output.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index += 1) {
    if (output.readUInt32LE(entry) !== centralDirectorySignature) {
      throw new Error(`normaliseZipTimestamps: central directory entry ${index} is malformed`);
    }
    output.writeUInt16LE(time, entry + 12);
    output.writeUInt16LE(date, entry + 14);
    const localHeader = output.readUInt32LE(entry + 42);
    if (output.readUInt32LE(localHeader) !== localHeaderSignature) {
      throw new Error(`normaliseZipTimestamps: local header of entry ${index} is malformed`);
    }
    output.writeUInt16LE(time, localHeader + 10);
    output.writeUInt16LE(date, localHeader + 12);
    entry += centralDirectoryEntryLength + output.readUInt16LE(entry + 28) + output.readUInt16LE(entry + 30) + output.readUInt16LE(entry + 32);
  }
  return output;
}
