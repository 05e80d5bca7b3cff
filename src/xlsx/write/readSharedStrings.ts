import { SaxesParser } from "saxes";

/**
 * The texts of a shared strings part, in index order: each item's text runs joined, phonetic guides
 * left out. The writer needs them only for the header cells of a table on a sheet a user has edited.
 *
 * @example
 * sharedStringTexts('<sst><si><t>Owner</t></si><si><r><t>Du</t></r><r><t>e</t></r></si></sst>'); // => ["Owner", "Due"]
 */
export function sharedStringTexts(xml: string): string[] {
  const parser = new SaxesParser();
  const texts: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const local = tag.name.slice(tag.name.indexOf(":") + 1);
    if (local === "si") current = "";
    else if (local === "rPh") phonetic += 1;
    else if (local === "t" && phonetic === 0) inText = true;
  });
  parser.on("text", (text) => {
    if (inText && current !== null) current += text;
  });
  parser.on("closetag", (tag) => {
    const local = tag.name.slice(tag.name.indexOf(":") + 1);
    if (local === "t") inText = false;
    else if (local === "rPh") phonetic -= 1;
    else if (local === "si") {
      texts.push(current ?? "");
      current = null;
    }
  });
  parser.write(xml).close();
  return texts;
}
