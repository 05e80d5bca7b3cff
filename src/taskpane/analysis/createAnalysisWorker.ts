// The one file that names the worker's script the way webpack 5 recognises, `new Worker(new URL(...,
// import.meta.url))`, so webpack bundles the worker as its own chunk. Only the composition root imports
// it: jest's CommonJS transform cannot compile `import.meta`, and tests use the in-thread path.
import type { AnalysisWorkerFactory } from "./analyseInWorker";

/** Starts the analysis worker; throws where the host has no Worker. */
export const createAnalysisWorker: AnalysisWorkerFactory = () =>
  new Worker(
    new URL(
      "./analysisWorker.ts",
      // @ts-expect-error TS1343: tsc checks with module "commonjs" (for jest); webpack compiles this file as ES modules.
      import.meta.url,
    ),
    { name: "analysis" },
  );
