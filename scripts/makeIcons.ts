/**
 * Writes the add-in's icons (assets/icon-16.png ... icon-128.png and assets/logo-filled.png) with a
 * small PNG encoder over node's zlib: no image packages. Each size is drawn on its own pixel grid, not
 * scaled, so the bars and target line stay crisp in the 16 px ribbon.
 *
 * Run: npx ts-node --transpile-only scripts/makeIcons.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { drawIcon } from "./icons/drawIcon";
import { encodePng } from "./icons/encodePng";

/** The sizes the manifest asks for (16, 32, 80 for ribbon commands; 64 and 128 for the store listing). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** The icon files, by path relative to the repository root, with their PNG bytes. */
export function buildIcons(): { path: string; png: Buffer }[] {
  const icons = ICON_SIZES.map((size) => ({ path: `assets/icon-${size}.png`, png: encodePng(drawIcon(size)) }));
  return [...icons, { path: "assets/logo-filled.png", png: encodePng(drawIcon(128)) }];
}

if (require.main === module) {
  const root = resolve(__dirname, "..");
  mkdirSync(join(root, "assets"), { recursive: true });
  for (const icon of buildIcons()) {
    writeFileSync(join(root, icon.path), icon.png);
    process.stdout.write(`Wrote ${icon.path} (${icon.png.length} bytes)\n`);
  }
}
