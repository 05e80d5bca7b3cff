// The command line as the user runs it (the compiled lib/, as `cqc-recovery analyse <in> --out <out>`),
// in a process of its own: prints { ms, cpuMs, peakRssMb, outBytes, exitCode } as JSON. The time runs
// from the process's start (Node's boot and loading our modules included) to the output written; the
// peak memory is the whole process's (Node's maxRSS), worker threads included.
// Usage: node bench/cliRun.js <input.xlsx> <output.xlsx>   (after `npm run build:cli`)
"use strict";
const { statSync } = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const { main } = require(path.join(__dirname, "..", "lib", "cli", "main.js"));

const [input, output] = process.argv.slice(2);
const io = { stdout: () => undefined, stderr: (text) => void process.stderr.write(text), now: () => new Date(Date.UTC(2026, 11, 31)) };

main(["analyse", input, "--as-of", "31/12/2026", "--out", output], io).then(
  (exitCode) => {
    const ms = performance.now();
    const cpu = process.cpuUsage();
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, outBytes: statSync(output).size, exitCode }));
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
