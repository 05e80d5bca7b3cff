import type { CellStyle, ConditionalStyle } from "../../core/sheets/sheetModel";
import { escapeXml } from "./xmlText";
import { applyTextEdits, insertChildrenEdit, withAttribute, xmlOutline, type OutlineElement, type TextEdit } from "./xmlOutline";

// Excel's built-in number formats that our sheets use (ECMA-376 Part 1, 18.8.30); anything else is a
// custom format with an id from 164 up.
const builtInFormats: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const firstCustomFormatId = 164;
// The order of styleSheet's children (CT_Stylesheet); a missing collection is inserted in its place.
const collectionOrder = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Collection = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

/** A minimal styles part for a new workbook, with the two fills Excel reserves (none, gray125). */
export const MINIMAL_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

function rgb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

/**
 * Appends the cell formats our sheets need to a workbook's styles part, reusing what it appended
 * already: every existing number format, font, fill, border, cell format and differential format keeps
 * its index, and the text of the part is changed only by insertions at the end of each collection (and
 * its count attribute), so the user's styles are carried as written. Fonts take the workbook's default
 * font name and size, so our sheets look like the rest of the workbook.
 *
 * @example
 * const styles = new StyleSheetAppender(MINIMAL_STYLES_XML);
 * styles.cellFormat({ bold: true }); // => 1
 * styles.cellFormat({ bold: true }); // => 1
 */
export class StyleSheetAppender {
  private readonly root: OutlineElement;
  private readonly prefix: string;
  private readonly counts = new Map<Collection, number>();
  private readonly added = new Map<Collection, string[]>();
  private readonly memo = new Map<string, number>();
  private readonly formatCodes = new Map<string, number>();
  private nextFormatId = firstCustomFormatId;
  private readonly defaultFontName: string;
  private readonly defaultFontSize: string;
  private readonly xfIndex = new WeakMap<CellStyle, number>();

  constructor(private readonly source: string) {
    this.root = xmlOutline(source, 2);
    this.prefix = this.root.prefix;
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"] as Collection[]) {
      const element = this.collection(name);
      this.counts.set(name, element?.children.length ?? 0);
      this.added.set(name, []);
    }
    for (const numFmt of this.collection("numFmts")?.children ?? []) {
      const id = Number(numFmt.attributes.numFmtId);
      if (Number.isFinite(id)) {
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
        if (numFmt.attributes.formatCode !== undefined) this.formatCodes.set(numFmt.attributes.formatCode, id);
      }
    }
    const firstFont = this.collection("fonts")?.children[0];
    const fontText = firstFont === undefined ? "" : source.slice(firstFont.start, firstFont.end);
    this.defaultFontName = /<(?:\w+:)?name\s+val="([^"]*)"/.exec(fontText)?.[1] ?? "Calibri";
    this.defaultFontSize = /<(?:\w+:)?sz\s+val="([^"]*)"/.exec(fontText)?.[1] ?? "11";
  }

  private collection(name: string): OutlineElement | undefined {
    return this.root.children.find((child) => child.local === name);
  }

  private append(collection: Collection, key: string, xml: string): number {
    const memoKey = `${collection}|${key}`;
    const known = this.memo.get(memoKey);
    if (known !== undefined) return known;
    const list = this.added.get(collection) as string[];
    const index = (this.counts.get(collection) as number) + list.length;
    list.push(xml);
    this.memo.set(memoKey, index);
    return index;
  }

  private tag(name: string): string {
    return this.prefix + name;
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (builtInFormats[code] !== undefined) return builtInFormats[code];
    const existing = this.formatCodes.get(code);
    if (existing !== undefined) return existing;
    const id = this.nextFormatId++;
    this.formatCodes.set(code, id);
    (this.added.get("numFmts") as string[]).push(`<${this.tag("numFmt")} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(style: CellStyle): number {
    if (!style.bold && !style.italic && style.size === undefined && style.fontColour === undefined) return 0;
    const t = (name: string) => this.tag(name);
    const xml =
      `<${t("font")}>${style.bold ? `<${t("b")}/>` : ""}${style.italic ? `<${t("i")}/>` : ""}<${t("sz")} val="${style.size ?? this.defaultFontSize}"/>` +
      `${style.fontColour === undefined ? `<${t("color")} theme="1"/>` : `<${t("color")} rgb="${rgb(style.fontColour)}"/>`}<${t("name")} val="${escapeXml(this.defaultFontName)}"/><${t("family")} val="2"/></${t("font")}>`;
    return this.append("fonts", xml, xml);
  }

  private fill(style: CellStyle): number {
    if (style.fill === undefined) return 0;
    const t = (name: string) => this.tag(name);
    const xml = `<${t("fill")}><${t("patternFill")} patternType="solid"><${t("fgColor")} rgb="${rgb(style.fill)}"/><${t("bgColor")} indexed="64"/></${t("patternFill")}></${t("fill")}>`;
    return this.append("fills", xml, xml);
  }

  private border(style: CellStyle): number {
    if (!style.bottomBorder) return 0;
    const t = (name: string) => this.tag(name);
    const xml = `<${t("border")}><${t("left")}/><${t("right")}/><${t("top")}/><${t("bottom")} style="thin"><${t("color")} auto="1"/></${t("bottom")}><${t("diagonal")}/></${t("border")}>`;
    return this.append("borders", xml, xml);
  }

  /** The index (the s attribute of a cell) of a cell format for a style; 0 (the default) for none. */
  cellFormat(style: CellStyle | undefined): number {
    if (style === undefined) return 0;
    const cached = this.xfIndex.get(style);
    if (cached !== undefined) return cached;
    const numFmtId = this.numberFormatId(style.numberFormat);
    const fontId = this.font(style);
    const fillId = this.fill(style);
    const borderId = this.border(style);
    const alignment: string[] = [];
    if (style.horizontal !== undefined) alignment.push(`horizontal="${style.horizontal}"`);
    if (style.vertical !== undefined) alignment.push(`vertical="${style.vertical === "middle" ? "center" : style.vertical}"`);
    if (style.wrap) alignment.push('wrapText="1"');
    const applies = [numFmtId ? ' applyNumberFormat="1"' : "", fontId ? ' applyFont="1"' : "", fillId ? ' applyFill="1"' : "", borderId ? ' applyBorder="1"' : "", alignment.length ? ' applyAlignment="1"' : ""].join("");
    const open = `<${this.tag("xf")} numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const xml = alignment.length ? `${open}><${this.tag("alignment")} ${alignment.join(" ")}/></${this.tag("xf")}>` : `${open}/>`;
    const index = this.append("cellXfs", xml, xml);
    this.xfIndex.set(style, index);
    return index;
  }

  /**
   * A cell format like an existing one with a different number format: a date written into a cell the
   * user formatted keeps their font and fill. Returns the existing index when it already has that format.
   */
  withNumberFormat(existing: number, code: string): number {
    const xf = this.collection("cellXfs")?.children[existing];
    if (xf === undefined) return this.cellFormat({ numberFormat: code });
    const id = this.numberFormatId(code);
    if (Number(xf.attributes.numFmtId) === id) return existing;
    let text = this.source.slice(xf.start, xf.end);
    const openEnd = xf.openEnd - xf.start;
    const openTag = withAttribute(withAttribute(text.slice(0, openEnd), "numFmtId", String(id)), "applyNumberFormat", "1");
    text = openTag + text.slice(openEnd);
    return this.append("cellXfs", text, text);
  }

  /** The index of a differential format (a conditional format's look). */
  differentialFormat(style: ConditionalStyle): number {
    const t = (name: string) => this.tag(name);
    const font = style.bold || style.fontColour !== undefined ? `<${t("font")}>${style.bold ? `<${t("b")}/>` : ""}${style.fontColour === undefined ? "" : `<${t("color")} rgb="${rgb(style.fontColour)}"/>`}</${t("font")}>` : "";
    // A differential fill takes its colour from bgColor, unlike a cell fill.
    const fill = style.fill === undefined ? "" : `<${t("fill")}><${t("patternFill")}><${t("bgColor")} rgb="${rgb(style.fill)}"/></${t("patternFill")}></${t("fill")}>`;
    const xml = `<${t("dxf")}>${font}${fill}</${t("dxf")}>`;
    return this.append("dxfs", xml, xml);
  }

  /** True when nothing was appended, so the part can be copied as it was. */
  get unchanged(): boolean {
    return [...this.added.values()].every((list) => list.length === 0);
  }

  /** The styles part with everything appended. */
  toXml(): string {
    const edits: TextEdit[] = [];
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"] as Collection[]) {
      const list = this.added.get(name) as string[];
      if (list.length === 0) continue;
      const total = (this.counts.get(name) as number) + list.length;
      const element = this.collection(name);
      if (element !== undefined) {
        edits.push(insertChildrenEdit(element, this.source, list.join(""), { count: String(total) }));
        continue;
      }
      const later = collectionOrder.slice(collectionOrder.indexOf(name) + 1);
      const next = this.root.children.find((child) => (later as readonly string[]).includes(child.local));
      const at = next?.start ?? this.root.closeStart;
      edits.push({ from: at, to: at, text: `<${this.tag(name)} count="${total}">${list.join("")}</${this.tag(name)}>` });
    }
    return applyTextEdits(this.source, edits);
  }
}
