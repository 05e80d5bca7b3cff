// Emits help.html, the page each custom function's help URL points at, from the functions.json that
// custom-functions-metadata-plugin generated in the same compilation: one source for the text users
// see in Excel's formula autocomplete and on the help page.
const { sources, Compilation } = require("webpack");
const { rewriteUrls } = require("./addinHost");

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function renderHelpPage(metadata, namespace) {
  const sections = metadata.functions
    .map((fn) => {
      const params = (fn.parameters || [])
        .map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}: ${escapeHtml(p.description || "")}</li>`)
        .join("");
      const signature = `${namespace}.${fn.name}(${(fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      return `<section id="${escapeHtml(fn.id.toLowerCase())}"><h2><code>${escapeHtml(signature)}</code></h2><p>${escapeHtml(fn.description || "")}</p>${params ? `<ul>${params}</ul>` : ""}</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'">
<title>${namespace} formulas: help</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}code{font-family:Consolas,monospace}section{border-top:1px solid #ddd;padding-top:.5rem}</style>
</head><body><h1>${namespace} formulas</h1>
<p>Formulas for comparing care audit results by team, shift, location and staff group. Type <code>=${namespace}.</code> in a cell to see them.</p>
${sections}
</body></html>
`;
}

class HelpPagePlugin {
  constructor({ metadataAsset = "functions.json", output = "help.html", namespace = "CQC", host }) {
    Object.assign(this, { metadataAsset, output, namespace, host });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.metadataAsset);
        if (!asset) return; // metadata errors are already reported by the metadata plugin
        const json = rewriteUrls(asset.source.source().toString(), this.host);
        compilation.updateAsset(this.metadataAsset, new sources.RawSource(json));
        compilation.emitAsset(this.output, new sources.RawSource(renderHelpPage(JSON.parse(json), this.namespace)));
      });
    });
  }
}

module.exports = { HelpPagePlugin, renderHelpPage };
