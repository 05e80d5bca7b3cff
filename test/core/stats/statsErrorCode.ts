import { StatsError } from "../../../src/core/stats";

/** The StatsError code `run` throws, "not a StatsError" for any other error, or undefined when it does not throw. */
export function statsErrorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof StatsError ? error.code : "not a StatsError";
  }
  return undefined;
}
