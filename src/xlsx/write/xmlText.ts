// eslint-disable-next-line no-control-regex
const invalidXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text escaped for XML content or a double-quoted attribute; characters XML 1.0 cannot hold are dropped.
 *
 * @example
 * escapeXml('Team "A" & <B>'); // => "Team &quot;A&quot; &amp; &lt;B&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(invalidXmlCharacters, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * XML character data with its entity and character references replaced.
 *
 * @example
 * decodeXmlText("&apos;A &amp; B&apos;!$A$1"); // => "'A & B'!$A$1"
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}
