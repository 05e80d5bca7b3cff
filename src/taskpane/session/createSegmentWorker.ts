// The one file that names the segment worker's script the way webpack 5 recognises, `new Worker(new
// URL(..., import.meta.url))`. Only the reader worker's script imports it: jest's CommonJS transform
// cannot compile `import.meta`.
import type { SegmentWorkerFactory } from "./browserSegmentScanners";

/** Starts a segment worker; throws where the host has no Worker (in a worker, some browsers have none). */
export const createSegmentWorker: SegmentWorkerFactory = () =>
  new Worker(
    new URL(
      "./segmentWorker.ts",
      // @ts-expect-error TS1343: tsc checks with module "commonjs" (for jest); webpack compiles this file as ES modules.
      import.meta.url,
    ),
    { name: "segment" },
  );
