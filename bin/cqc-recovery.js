#!/usr/bin/env node
// The cqc-recovery command: runs the command line compiled to lib/ by `npm run build:cli`, which
// `npm ci`, `npm install` and `npm link` run through the "prepare" script.
const path = require("path");
const compiled = path.join(__dirname, "..", "lib", "cli", "bin.js");
try {
  require.resolve(compiled);
} catch {
  process.stderr.write("The cqc-recovery command has not been built yet. Run `npm run build:cli` in its folder, then try again.\n");
  process.exit(2);
}
require(compiled);
