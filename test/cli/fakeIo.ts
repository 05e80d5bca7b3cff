import type { CliIo } from "../../src/cli/main";

/** Collects what the command line prints; the clock reads 16/03/2026 09:30 local time. */
export function fakeIo(now = new Date(2026, 2, 16, 9, 30)): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    now: () => now,
    out: () => out,
    err: () => err,
  };
}
