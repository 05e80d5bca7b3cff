#!/usr/bin/env node
// The cqc-recovery command: runs the TypeScript command line through ts-node (transpile only).
require("ts-node").register({ transpileOnly: true, project: require("path").join(__dirname, "..", "tsconfig.json") });
require("../src/cli/bin.ts");
