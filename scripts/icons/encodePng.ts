import { deflateSync } from "node:zlib";

/** An image as straight (not premultiplied) 8-bit RGBA, row by row from the top left. */
export interface RgbaImage {
  width: number;
  height: number;
  /** width * height * 4 bytes: red, green, blue, alpha. */
  pixels: Uint8Array;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const bitDepth = 8;
/** PNG colour type 6: truecolour with alpha. */
const colourTypeRgba = 6;
const bytesPerPixel = 4;
/** Filter type 0 (None) before each row: the icons are tiny, so better filtering buys nothing worth reading. */
const filterNone = 0;

const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/** CRC-32 as PNG defines it (ISO 3309, the same as zip's). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes an RGBA image as a PNG file (PNG specification, third edition): signature, IHDR, one
 * zlib-compressed IDAT and IEND, with no ancillary chunks, so the same pixels always give the same
 * bytes. Throws if the pixel buffer does not match the dimensions.
 */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`encodePng needs positive whole-number dimensions, not ${width} x ${height}`);
  }
  if (pixels.length !== width * height * bytesPerPixel) {
    throw new Error(`encodePng expected ${width * height * bytesPerPixel} bytes of RGBA, got ${pixels.length}`);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(bitDepth, 8);
  header.writeUInt8(colourTypeRgba, 9);
  // Bytes 10-12 stay 0: deflate compression, adaptive filtering, no interlace.

  const rowLength = width * bytesPerPixel;
  const scanlines = Buffer.alloc((rowLength + 1) * height);
  for (let row = 0; row < height; row += 1) {
    scanlines[row * (rowLength + 1)] = filterNone;
    scanlines.set(pixels.subarray(row * rowLength, (row + 1) * rowLength), row * (rowLength + 1) + 1);
  }

  return Buffer.concat([
    pngSignature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
