/**
 * The package part a relationship target names, resolved against the part that holds the
 * relationship, as the Open Packaging Conventions resolve URIs: "worksheets/sheet1.xml" from
 * "xl/workbook.xml" is "xl/worksheets/sheet1.xml"; "/xl/styles.xml" is from the package root;
 * ".." steps up. Percent-escapes are decoded.
 *
 * @example
 * resolvePartName("xl/worksheets/sheet1.xml", "../tables/table1.xml"); // => "xl/tables/table1.xml"
 */
export function resolvePartName(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target with a stray "%" is used as written.
  }
  const fromRoot = decoded.startsWith("/");
  const base = fromRoot ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}
