import type { RgbaImage } from "./encodePng";

/** An sRGB colour, 0-255 per channel. */
export type Colour = readonly [red: number, green: number, blue: number];

/** NHS blue, the colour care staff already associate with health and care tools. */
export const tileBlue: Colour = [0x00, 0x5e, 0xb8];
/** NHS warm yellow-orange: the group that falls short, as in Making Data Count's "concern" colour. */
export const concernOrange: Colour = [0xed, 0x8b, 0x00];
export const white: Colour = [0xff, 0xff, 0xff];

/** A rectangle in pixels (edges, not centres), with its own corner radii at the top and bottom. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  topRadius: number;
  bottomRadius: number;
}

interface Layer {
  box: Box;
  colour: Colour;
}

/**
 * Samples per pixel along each axis. 16 x 16 sub-samples give 256 coverage levels, as many as an
 * 8-bit alpha channel can show, so edges are as smooth as the format allows.
 */
const samplesPerAxis = 16;

function inside(box: Box, x: number, y: number): boolean {
  if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
  const radius = y < (box.top + box.bottom) / 2 ? box.topRadius : box.bottomRadius;
  if (radius <= 0) return true;
  const cornerY = y < box.top + radius ? box.top + radius : y > box.bottom - radius ? box.bottom - radius : y;
  const cornerX = x < box.left + radius ? box.left + radius : x > box.right - radius ? box.right - radius : x;
  return (x - cornerX) ** 2 + (y - cornerY) ** 2 <= radius ** 2;
}

/**
 * The icon's shapes for one pixel size, laid out on whole pixels so that bars and the target line
 * stay crisp at 16 and 32 px instead of being a blurred scaling of the large icon: a rounded blue
 * tile, three white bars of different heights that clear a white target line, and one orange bar that
 * falls short of it ("comparing groups against a target"). Layers are listed bottom to top.
 */
export function iconLayers(size: number): Layer[] {
  const tile: Box = { left: 0, top: 0, right: size, bottom: size, topRadius: size * 0.1875, bottomRadius: size * 0.1875 };

  const barWidth = Math.max(2, Math.round(size * 0.11));
  // An even gap keeps the group centred on even-sized icons; 16 px has room only for a 1 px gap.
  const gap = Math.max(1, 2 * Math.round(size * 0.03));
  const groupWidth = 4 * barWidth + 3 * gap;
  const left = Math.ceil((size - groupWidth) / 2);
  const baseline = Math.round(size * 0.8);
  const barTopRadius = size >= 64 ? barWidth * 0.22 : 0;

  const lineThickness = Math.max(1, Math.round(size / 40));
  const lineTop = Math.round(size * 0.43 - lineThickness / 2);
  const lineOverhang = Math.max(1, Math.round(size * 0.07));
  // From 32 px up, a knockout in the tile's blue parts the line from the white bars, so it reads as a
  // target the bars clear rather than a rail joining them. At 16 px a 1 px knockout would cut the bars
  // into slivers, so the line simply crosses them.
  const knockout = size >= 32 ? Math.max(1, Math.round(size / 48)) : 0;

  // Tops as a share of the icon's height: the tallest bar sits as far from the top as the bars sit
  // from the bottom; the orange bar ends well below the line so the shortfall shows at 16 px.
  const barTops = [0.3, 0.2, 0.58, 0.26];
  const barColours: Colour[] = [white, white, concernOrange, white];

  const bars: Layer[] = barTops.map((topShare, index) => {
    const barLeft = left + index * (barWidth + gap);
    return {
      box: {
        left: barLeft,
        top: Math.round(size * topShare),
        right: barLeft + barWidth,
        bottom: baseline,
        topRadius: barTopRadius,
        bottomRadius: 0,
      },
      colour: barColours[index],
    };
  });

  const targetLine: Layer = {
    box: {
      left: left - lineOverhang,
      top: lineTop,
      right: left + groupWidth + lineOverhang,
      bottom: lineTop + lineThickness,
      topRadius: 0,
      bottomRadius: 0,
    },
    colour: white,
  };

  const layers: Layer[] = [{ box: tile, colour: tileBlue }, ...bars];
  if (knockout > 0) {
    layers.push({
      box: { ...targetLine.box, top: targetLine.box.top - knockout, bottom: targetLine.box.bottom + knockout },
      colour: tileBlue,
    });
  }
  return [...layers, targetLine];
}

function toLinear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function toSrgb(linear: number): number {
  const value = linear <= 0.0031308 ? linear * 12.92 : 1.055 * linear ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, value)) * 255);
}

/**
 * Draws the icon at `size` x `size` pixels with anti-aliasing by supersampling: each pixel is the
 * average of 256 point samples, blended in linear light so that thin white lines keep their weight.
 */
export function drawIcon(size: number): RgbaImage {
  const layers = iconLayers(size).map((layer) => ({ box: layer.box, linear: layer.colour.map(toLinear) }));
  const pixels = new Uint8Array(size * size * 4);
  const samples = samplesPerAxis * samplesPerAxis;

  for (let pixelY = 0; pixelY < size; pixelY += 1) {
    for (let pixelX = 0; pixelX < size; pixelX += 1) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      for (let sampleY = 0; sampleY < samplesPerAxis; sampleY += 1) {
        for (let sampleX = 0; sampleX < samplesPerAxis; sampleX += 1) {
          const x = pixelX + (sampleX + 0.5) / samplesPerAxis;
          const y = pixelY + (sampleY + 0.5) / samplesPerAxis;
          let colour: number[] | null = null;
          for (const layer of layers) if (inside(layer.box, x, y)) colour = layer.linear;
          if (colour && inside(layers[0].box, x, y)) {
            red += colour[0];
            green += colour[1];
            blue += colour[2];
            covered += 1;
          }
        }
      }
      const offset = (pixelY * size + pixelX) * 4;
      if (covered > 0) {
        pixels[offset] = toSrgb(red / covered);
        pixels[offset + 1] = toSrgb(green / covered);
        pixels[offset + 2] = toSrgb(blue / covered);
      }
      pixels[offset + 3] = Math.round((covered / samples) * 255);
    }
  }
  return { width: size, height: size, pixels };
}
