import { StatsError } from "../core/stats";
import { ArgumentError } from "./ArgumentError";

/**
 * The one place where errors become what Excel shows: `#VALUE!` for input that cannot be read,
 * `#N/A` for too little data or a trend that never reaches its target, each with a message.
 *
 * ArgumentErrors already carry their full message. StatsErrors from the core are prefixed with the
 * function's name ("CQC.WEEKSTOTARGET: The trend is flat, ..."). Anything else is a fault of ours and is
 * shown as `#VALUE!` with its message rather than as an unexplained error.
 */
export function toCustomFunctionsError(functionName: string, error: unknown): CustomFunctions.Error {
  const { invalidValue, notAvailable } = CustomFunctions.ErrorCode;
  if (error instanceof ArgumentError) {
    return new CustomFunctions.Error(error.code === "not-available" ? notAvailable : invalidValue, error.message);
  }
  if (error instanceof StatsError) {
    const code = error.code === "insufficient-data" || error.code === "flat-trend" ? notAvailable : invalidValue;
    return new CustomFunctions.Error(code, `${functionName}: ${error.message}`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(invalidValue, `${functionName} could not calculate: ${detail}`);
}
