// The one file that names the reader worker's script the way webpack 5 recognises, `new Worker(new
// URL(..., import.meta.url))`. Only the composition root imports it: jest's CommonJS transform cannot
// compile `import.meta`, and tests read on the page.
import type { ReaderWorkerFactory } from "./openInWorker";

/** Starts the reader worker; throws where the host has no Worker. */
export const createReaderWorker: ReaderWorkerFactory = () =>
  new Worker(
    new URL(
      "./readerWorker.ts",
      // @ts-expect-error TS1343: tsc checks with module "commonjs" (for jest); webpack compiles this file as ES modules.
      import.meta.url,
    ),
    { name: "reader" },
  );
