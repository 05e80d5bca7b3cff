// Helpers for the package writer's tests: what changed between an input package and the output.
import { SaxesParser } from "saxes";
import type { XlsxPackage } from "../../../src/xlsx/package";

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** The element tree of an XML text (whitespace-only text ignored). */
export function xmlTree(text: string): XmlNode {
  const parser = new SaxesParser();
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on("opentag", (tag) => {
    const node: XmlNode = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("text", (value) => {
    if (stack.length > 0 && value.trim() !== "") stack[stack.length - 1].text += value;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(text).close();
  return root as unknown as XmlNode;
}

function sameElement(before: XmlNode, after: XmlNode): boolean {
  if (before.name !== after.name || before.text !== after.text) return false;
  // A collection's count grows with what is added to it.
  const keys = Object.keys(before.attributes).filter((key) => key !== "count");
  return keys.every((key) => before.attributes[key] === after.attributes[key]);
}

/**
 * The elements of `before` that `after` lost: every element must still be there, with the same name,
 * attributes (a count may grow) and text, its children kept in order among any that were added.
 * Returns the paths of lost elements; empty when everything was kept.
 */
export function lostElements(before: XmlNode, after: XmlNode, path = ""): string[] {
  const here = `${path}/${before.name}`;
  if (!sameElement(before, after)) return [here];
  const lost: string[] = [];
  let at = 0;
  for (const child of before.children) {
    let found = -1;
    for (let index = at; index < after.children.length; index++) {
      if (sameElement(child, after.children[index]) && lostElements(child, after.children[index], here).length === 0) {
        found = index;
        break;
      }
    }
    if (found < 0) lost.push(`${here}/${child.name}${child.attributes.name ? `[@name="${child.attributes.name}"]` : ""}`);
    else at = found + 1;
  }
  return lost;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** What happened to each part of the input in the output. */
export interface PackageDifference {
  /** Parts whose stored bytes, method or CRC changed. */
  changed: string[];
  /** Parts missing from the output. */
  missing: string[];
  /** Shared parts that lost an element, with the element's path. */
  lostFromShared: string[];
}

/** Compares every part of `input` with `output`; `shared` parts are compared as XML trees instead of bytes. */
export function comparePackages(input: XlsxPackage, output: XlsxPackage, shared: readonly string[]): PackageDifference {
  const difference: PackageDifference = { changed: [], missing: [], lostFromShared: [] };
  // A damaged zip may hold two entries of one name: the nth input entry of a name is compared with the nth output one.
  const byName = new Map<string, (typeof output.entries)[number][]>();
  for (const entry of output.entries) byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
  for (const entry of input.entries) {
    const written = byName.get(entry.name)?.shift();
    if (written === undefined) {
      difference.missing.push(entry.name);
      continue;
    }
    if (shared.includes(entry.name)) {
      const lost = lostElements(xmlTree(input.readText(entry.name)), xmlTree(output.readText(entry.name)));
      difference.lostFromShared.push(...lost.map((element) => `${entry.name}: ${element}`));
      continue;
    }
    if (written.method !== entry.method || written.crc32 !== entry.crc32 || !equalBytes(written.raw(), entry.raw())) difference.changed.push(entry.name);
  }
  return difference;
}
