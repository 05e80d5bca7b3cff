import type { Direction } from "./direction";
import { StatsError } from "./errors";
import { nearlyEqualTolerance } from "./nearlyEqualTolerance";
import type { SpcMethod } from "./spcMethod";
import type { XmrLimits } from "./xmrLimits";

/**
 * Making Data Count's assurance icons: whether the process, as it runs now, will reliably meet a target.
 * `Pass`: it consistently meets it; `Fail`: it consistently misses it; `Hit or Miss`: sometimes each.
 *
 * @example
 * ASSURANCE_LABELS[1]; // => "Hit or Miss"
 */
export const ASSURANCE_LABELS = ["Pass", "Hit or Miss", "Fail"] as const;

/** One Making Data Count assurance label. */
export type AssuranceLabel = (typeof ASSURANCE_LABELS)[number];

/**
 * Making Data Count's assurance icon: whether the process, within its current limits, will reliably
 * meet `target` (NHS England Making Data Count; NHSRplotthedots R/ptd_calculate_point_type.R).
 *
 * For `up`: target below the lower process limit gives "Pass", above the upper gives "Fail", otherwise
 * "Hit or Miss"; `down` mirrors. A target exactly on a limit counts as beyond it with method "MDC"
 * (MDC SQL v2.1) and as "Hit or Miss" with "PLOTTHEDOTS". When the limits collapse onto the target (every
 * value equal to it) the target is always met: "Pass". "Exactly on" allows for rounding noise
 * (see `nearlyEqualTolerance`). Direction `neither` has no assurance: null.
 * The target is in the values' units. Throws a StatsError ("invalid-argument") if the target is not
 * a finite number.
 *
 * @example
 * assuranceLabel(4, { lpl: 5, upl: 7 }, "up"); // => "Pass"
 */
export function assuranceLabel(
  target: number,
  limits: Pick<XmrLimits, "lpl" | "upl">,
  direction: Direction,
  method: SpcMethod = "MDC",
): AssuranceLabel | null {
  if (!Number.isFinite(target)) {
    throw new StatsError("invalid-argument", `The target must be a finite number; got ${target}.`);
  }
  if (direction === "neither") return null;
  // "On a limit" allows for rounding noise, so a target of 0.9 sits on a computed limit of 0.9000000000000001.
  const tolerance = nearlyEqualTolerance(target, limits.lpl, limits.upl);
  const inclusive = method === "MDC";
  const belowLower = inclusive ? target <= limits.lpl + tolerance : target < limits.lpl - tolerance;
  const aboveUpper = inclusive ? target >= limits.upl - tolerance : target > limits.upl + tolerance;
  if (direction === "up") {
    if (belowLower) return "Pass";
    return aboveUpper ? "Fail" : "Hit or Miss";
  }
  if (aboveUpper) return "Pass";
  return belowLower ? "Fail" : "Hit or Miss";
}
