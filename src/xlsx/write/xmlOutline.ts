import { SaxesParser } from "saxes";

/** One element of an XML document, with where its text sits, so edits can splice the original text. */
export interface OutlineElement {
  /** The qualified name as written ("x:sheets", "sheets"). */
  name: string;
  /** The name without its prefix ("sheets"). */
  local: string;
  /** The prefix with its colon ("x:"), or "" when there is none. */
  prefix: string;
  attributes: Record<string, string>;
  /** Offset of the "<" that opens the element. */
  start: number;
  /** Offset just after the ">" of the opening tag. */
  openEnd: number;
  /** Offset of the "</" that closes it (equal to openEnd for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  children: OutlineElement[];
  depth: number;
}

/**
 * The elements of an XML document down to `maxDepth` (the root is depth 0), each with the offsets of
 * its tags in the text, read with saxes. The writer inserts into shared parts (workbook.xml, styles.xml,
 * [Content_Types].xml, relationships) at these offsets, so everything else in the text stays as the
 * user's application wrote it. Throws saxes's error on text that is not well-formed XML.
 *
 * @example
 * xmlOutline("<a><b/></a>").children[0].local; // => "b"
 */
export function xmlOutline(text: string, maxDepth = 2): OutlineElement {
  const parser = new SaxesParser();
  const stack: OutlineElement[] = [];
  let root: OutlineElement | null = null;
  parser.on("opentag", (tag) => {
    const depth = stack.length;
    if (depth > maxDepth) {
      stack.push(null as unknown as OutlineElement);
      if (tag.isSelfClosing) stack.pop();
      return;
    }
    const openEnd = parser.position;
    const start = text.lastIndexOf("<", openEnd - 1);
    const colon = tag.name.indexOf(":");
    const element: OutlineElement = {
      name: tag.name,
      local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
      prefix: colon < 0 ? "" : tag.name.slice(0, colon + 1),
      attributes: { ...(tag.attributes as Record<string, string>) },
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
      children: [],
      depth,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    if (depth === 0) root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.closeStart = text.lastIndexOf("</", element.end - 1);
  });
  parser.write(text).close();
  if (root === null) throw new Error("The part holds no XML element.");
  return root;
}

/** One change to a text: replace [from, to) with `text`. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

/**
 * A text with edits applied; edits must not overlap. Edits at the same offset keep their order.
 *
 * @example
 * applyTextEdits("<a></a>", [{ from: 3, to: 3, text: "<b/>" }]); // => "<a><b/></a>"
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.from - b.edit.from || a.index - b.index);
  let out = "";
  let at = 0;
  for (const { edit } of ordered) {
    out += text.slice(at, edit.from) + edit.text;
    at = Math.max(at, edit.to);
  }
  return out + text.slice(at);
}

/**
 * Text that inserts children into an element: for a self-closing element ("<dxfs count="0"/>"), the
 * whole element is rewritten as an open and close pair around them.
 */
export function insertChildrenEdit(element: OutlineElement, source: string, children: string, attributeChanges: Record<string, string> = {}): TextEdit {
  if (!element.selfClosing && Object.keys(attributeChanges).length === 0) return { from: element.closeStart, to: element.closeStart, text: children };
  let openTag = source.slice(element.start, element.openEnd);
  for (const [name, value] of Object.entries(attributeChanges)) openTag = withAttribute(openTag, name, value);
  if (element.selfClosing) {
    openTag = openTag.replace(/\s*\/>$/, ">");
    return { from: element.start, to: element.end, text: `${openTag}${children}</${element.name}>` };
  }
  return { from: element.start, to: element.closeStart, text: openTag + source.slice(element.openEnd, element.closeStart) + children };
}

/** An opening tag with one attribute set (added, or its value replaced). */
export function withAttribute(openTag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)(["'])[^"']*\\2`);
  if (pattern.test(openTag)) return openTag.replace(pattern, `$1"${value}"`);
  return openTag.replace(/(\s*\/?>)$/, ` ${name}="${value}"$1`);
}
