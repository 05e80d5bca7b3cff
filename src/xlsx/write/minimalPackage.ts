import { openPackage } from "../package/openPackage";
import type { XlsxPackage } from "../package/xlsxPackage";
import { MINIMAL_STYLES_XML } from "./styleSheetAppender";
import { RELATIONSHIP_NAMESPACE, SPREADSHEET_NAMESPACE } from "./renderWorksheetXml";
import { zipParts } from "./zipParts";

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

const parts: Record<string, string> = {
  "[Content_Types].xml":
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  "_rels/.rels":
    `${declaration}<Relationships xmlns="${relationshipsNamespace}">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
  "docProps/app.xml": `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>CQC Recovery Assurance</Application></Properties>`,
  "xl/workbook.xml": `${declaration}<workbook xmlns="${SPREADSHEET_NAMESPACE}" xmlns:r="${RELATIONSHIP_NAMESPACE}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
  "xl/_rels/workbook.xml.rels": `${declaration}<Relationships xmlns="${relationshipsNamespace}"><Relationship Id="rId1" Type="${RELATIONSHIP_NAMESPACE}/styles" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml": MINIMAL_STYLES_XML,
};

/**
 * A package with a workbook and no sheets, for writing a workbook of our own (a provider roll-up):
 * content types, package and workbook relationships, app properties and a minimal styles part.
 *
 * @example
 * minimalPackage("roll-up.xlsx").has("xl/workbook.xml"); // => true
 */
export function minimalPackage(file: string): XlsxPackage {
  const encoder = new TextEncoder();
  return openPackage(zipParts(Object.entries(parts).map(([name, text]) => ({ kind: "new", name, bytes: encoder.encode(text) }))), file);
}
