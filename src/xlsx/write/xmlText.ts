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
