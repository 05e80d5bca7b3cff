/**
 * The part a relationship target points at, as a package part name without a leading slash: targets
 * are relative to the folder of the part that holds the relationships, unless they start with "/".
 *
 * @example
 * resolvePartName("xl/workbook.xml", "worksheets/sheet1.xml"); // => "xl/worksheets/sheet1.xml"
 * resolvePartName("xl/worksheets/sheet1.xml", "../tables/table1.xml"); // => "xl/tables/table1.xml"
 */
export function resolvePartName(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return normalise(target.slice(1));
  const folder = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) : "";
  return normalise(folder + target);
}

function normalise(name: string): string {
  const out: string[] = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

/** The relationships part of a part ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target for a relationship from `sourcePart` to `targetPart`, relative as Excel writes them. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}
