import type { XlsxPackage } from "../package/xlsxPackage";
import { resolvePartName } from "./resolvePartName";
import { readXml } from "./xmlEvents";

/** One relationship of a part: its id, type (the last segment of the type URI) and target. */
export interface PartRelationship {
  id: string;
  /** "worksheet", "sharedStrings", "styles", "table", "officeDocument"... */
  type: string;
  /** The target part's name in the package, or the URL as written for an external target. */
  target: string;
  external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" has "xl/_rels/workbook.xml.rels"; the package has "_rels/.rels". */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The relationships of a part ("" for the package itself), with targets resolved to part names; none
 * when the part has no relationships part.
 *
 * @example
 * // readRelationships(pkg, "xl/workbook.xml") // => [{ id: "rId1", type: "worksheet", target: "xl/worksheets/sheet1.xml", external: false }, ...]
 */
export function readRelationships(pkg: XlsxPackage, part: string): PartRelationship[] {
  const relsPart = relationshipsPartOf(part);
  if (!pkg.has(relsPart)) return [];
  const relationships: PartRelationship[] = [];
  readXml(
    pkg.readText(relsPart),
    {
      open: (tag) => {
        if (tag.name !== "Relationship") return;
        const { Id: id = "", Type: type = "", Target: target = "", TargetMode: mode } = tag.attributes;
        const external = mode === "External";
        relationships.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target: external ? target : resolvePartName(part, target), external });
      },
    },
    pkg.file,
    relsPart,
  );
  return relationships;
}
