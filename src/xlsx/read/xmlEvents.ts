import { SaxesParser } from "saxes";
import { WorkbookFileError } from "../workbookFileError";

/** A start tag: its local name (prefix dropped, so "x:row" is "row") and its attributes as written. Valid only during the handler call. */
export interface XmlTag {
  name: string;
  attributes: Record<string, string>;
}

/** What a reader of one part listens for; every handler is optional. */
export interface XmlHandlers {
  open?(tag: XmlTag): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A streaming XML tokeniser over saxes: write text in pieces, then close. */
export interface XmlStream {
  write(text: string): void;
  close(): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * A saxes parser that reports tags by local name, and turns a malformed part into WorkbookFileError
 * "damaged" naming the file and the part (and, when `where` is given, the place it describes, such as
 * a sheet's row). Namespace prefixes are dropped because writers differ in
 * them (Excel writes none on the main namespace, some libraries write "x:"); attribute names keep
 * theirs ("r:id").
 *
 * @example
 * // const stream = xmlStream({ open: (tag) => names.push(tag.name) }, "audits.xlsx", "xl/workbook.xml");
 * // stream.write("<workbook><sheets/></workbook>"); stream.close(); // names => ["workbook", "sheets"]
 */
export function xmlStream(handlers: XmlHandlers, file: string, part: string, where?: () => string): XmlStream {
  const parser = new SaxesParser({ xmlns: false });
  if (handlers.open !== undefined) {
    const open = handlers.open;
    // One tag object, refilled for each start tag: a sheet has millions of them. Handlers read it
    // and keep nothing of it but strings.
    const current: XmlTag = { name: "", attributes: {} };
    parser.on("opentag", (tag) => {
      current.name = localName(tag.name);
      current.attributes = tag.attributes as Record<string, string>;
      open(current);
    });
  }
  if (handlers.close !== undefined) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text !== undefined) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  const guard = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      if (error instanceof WorkbookFileError) throw error;
      // saxes starts its message with the line and column of the XML ("1:8904281: "), which mean
      // nothing to a user; where the caller can say where in its own terms (a sheet's row), it does.
      const message = (error as Error).message.replace(/\.$/, "");
      const detail = where === undefined ? `its part ${part} is not well-formed XML: ${message}` : `${where()} is not well-formed XML (part ${part}): ${message.replace(/^\d+:\d+: /, "")}`;
      throw new WorkbookFileError("damaged", `${file} could not be opened as an Excel workbook; it is damaged (${detail}).`);
    }
  };
  return {
    write: (text) => guard(() => void parser.write(text)),
    close: () => guard(() => void parser.close()),
  };
}

/**
 * Tokenises a whole small part (workbook, relationships, styles, a table) in one go.
 *
 * @example
 * // readXml("<a><b/></a>", { open: (t) => seen.push(t.name) }, "f.xlsx", "p.xml") // seen => ["a", "b"]
 */
export function readXml(text: string, handlers: XmlHandlers, file: string, part: string): void {
  const stream = xmlStream(handlers, file, part);
  stream.write(text);
  stream.close();
}
