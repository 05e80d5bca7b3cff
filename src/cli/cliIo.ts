/**
 * What the command line needs from its process: two output streams and the clock. Tests pass fakes;
 * bin.ts passes the real ones. The clock is read here, at the edge, never in the core.
 *
 * @example
 * const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), now: () => new Date() };
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}
