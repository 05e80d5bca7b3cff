import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inflateSync } from "node:zlib";

import { buildIcons, ICON_SIZES } from "../../scripts/makeIcons";
import { concernOrange, drawIcon, tileBlue } from "../../scripts/icons/drawIcon";
import { crc32, encodePng } from "../../scripts/icons/encodePng";

const repositoryRoot = resolve(__dirname, "..", "..");

interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  pixels: Buffer;
}

/** A strict decoder for what encodePng writes (8-bit RGBA, filter 0), checking every chunk's CRC. */
function decodePng(file: Buffer): DecodedPng {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header: Buffer | null = null;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString("ascii", offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    expect(file.readUInt32BE(offset + 8 + length)).toBe(crc32(file.subarray(offset + 4, offset + 8 + length)));
    if (type === "IHDR") header = body;
    if (type === "IDAT") data.push(body);
    if (type === "IEND") ended = true;
    offset += 12 + length;
  }
  if (!header || !ended) throw new Error("PNG lacks IHDR or IEND");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(data));
  expect(raw.length).toBe((width * 4 + 1) * height);
  const pixels = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    expect(raw[row * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, row * width * 4, row * (width * 4 + 1) + 1, (row + 1) * (width * 4 + 1));
  }
  return { width, height, colourType: header[9], pixels };
}

function pixelAt(png: DecodedPng, x: number, y: number): number[] {
  const offset = (y * png.width + x) * 4;
  return [...png.pixels.subarray(offset, offset + 4)];
}

describe("crc32", () => {
  it("matches the standard check value", () => {
    // The CRC-32 check value for "123456789" (ISO 3309 / ITU-T V.42), as in every CRC catalogue.
    expect(crc32(Buffer.from("123456789", "ascii"))).toBe(0xcbf43926);
  });
});

describe("encodePng", () => {
  it("round-trips pixels through a strict decoder", () => {
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    const png = decodePng(encodePng({ width: 3, height: 2, pixels }));
    expect([png.width, png.height, png.colourType]).toEqual([3, 2, 6]);
    expect([...png.pixels]).toEqual([...pixels]);
  });

  it("refuses a pixel buffer that does not match the size", () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(12) })).toThrow("expected 16 bytes");
  });
});

describe("buildIcons", () => {
  it.each(ICON_SIZES.map((size) => [size]))("commits a %i px icon equal to what the script draws now", (size) => {
    const committed = readFileSync(join(repositoryRoot, "assets", `icon-${size}.png`));
    const png = decodePng(committed);
    expect([png.width, png.height]).toEqual([size, size]);
    expect(committed.equals(encodePng(drawIcon(size)))).toBe(true);
  });

  it.each(ICON_SIZES.map((size) => [size]))("draws the %i px icon as a blue tile with transparent corners and an orange bar", (size) => {
    const png = decodePng(encodePng(drawIcon(size)));
    // At 16 px the 3 px corner radius still grazes the corner pixel, so "transparent" means nearly so.
    expect(pixelAt(png, 0, 0)[3]).toBeLessThan(16);
    expect(pixelAt(png, Math.floor(size / 8), Math.floor(size / 2))).toEqual([...tileBlue, 255]);
    const orange = [...concernOrange, 255].join(",");
    const hasOrange = Array.from({ length: size * size }, (_, index) => pixelAt(png, index % size, Math.floor(index / size)).join(",")).includes(orange);
    expect(hasOrange).toBe(true);
  });

  it("writes the logo alongside the five icon sizes", () => {
    expect(buildIcons().map((icon) => icon.path)).toEqual([
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "assets/icon-128.png",
      "assets/logo-filled.png",
    ]);
  });
});
