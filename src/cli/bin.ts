#!/usr/bin/env node
// The installed `cqc-recovery` command: wires the real process to main().
import { main } from "./main";

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
