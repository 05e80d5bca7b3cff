// Where the add-in is served from. Development uses https://localhost:3000/; a production build
// for another host rewrites every occurrence (not only the first) in the manifest and functions.json.
const devHost = "https://localhost:3000/";

/**
 * The host the build targets: `--env host=https://example.org/addin/` or ADDIN_HOST, else localhost.
 * Always ends with a slash and must be https (Office refuses anything else).
 */
function addinHost(env) {
  const requested = (env && env.host) || process.env.ADDIN_HOST || devHost;
  const host = requested.endsWith("/") ? requested : `${requested}/`;
  if (!/^https:\/\/[^/\s]+\//.test(host)) {
    throw new Error(`The add-in host must be an https URL such as https://addins.example.org/cqc/ (got "${requested}").`);
  }
  return host;
}

/**
 * Replaces every development URL in `text` with `host`: full URLs get the host with its path, a bare
 * origin (an AppDomain) gets the host's origin.
 */
function rewriteUrls(text, host) {
  if (host === devHost) return text;
  const origin = new URL(host).origin;
  return text.replace(/https:\/\/localhost:3000(\/)?/g, (_match, slash) => (slash ? host : origin));
}

module.exports = { devHost, addinHost, rewriteUrls };
