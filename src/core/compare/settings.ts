import { z } from "zod";
import { PERIOD_LENGTHS } from "./types";

/** The target when none is given: the article's "90% consistent record quality". */
export const defaultTarget = 0.9;
/** Fewer records than this in a group and we say the evidence is insufficient. */
export const defaultMinimumRecords = 5;
/** Fewer periods than this and a trend or SPC reading would be a guess. */
export const defaultMinimumPeriods = 3;
/** Periods in a row at target before a group counts as embedded and its action as ready to close. */
export const defaultPeriodsToClose = 3;

const percentOrProportion = z
  .number()
  .finite()
  .min(0, "must be between 0 and 100")
  .max(100, "must be between 0 and 100")
  // A target above 1 is a percentage (90 means 90%); 1 or less is already a proportion.
  .transform((value) => (value > 1 ? value / 100 : value));

/**
 * The settings a quality lead chooses, validated. Every field but `asOf` is optional; `resolveSettings`
 * fills the defaults and explains them.
 *
 * @example
 * analysisSettingsSchema.parse({ target: 95, asOf: 46112 }).target // => 0.95
 */
export const analysisSettingsSchema = z
  .object({
    target: percentOrProportion.optional(),
    direction: z.enum(["up", "down"]).optional(),
    dimensions: z.array(z.string().min(1)).optional(),
    crossDimensions: z.array(z.tuple([z.string().min(1), z.string().min(1)])).optional(),
    period: z.enum(PERIOD_LENGTHS).optional(),
    /** A deadline date (Excel serial), or... */
    deadline: z.number().finite().positive().optional(),
    /** ...weeks from the first period ("within twelve weeks"). */
    weeks: z.number().finite().positive().max(520).optional(),
    minimumRecords: z.number().int().min(1).optional(),
    minimumPeriods: z.number().int().min(1).optional(),
    maximumGap: percentOrProportion.optional(),
    /** The date the analysis is as of (Excel serial). Always passed in: the core never reads the clock. */
    asOf: z.number().finite().positive(),
    spcMethod: z.enum(["MDC", "PLOTTHEDOTS"]).optional(),
    periodsToClose: z.number().int().min(1).max(52).optional(),
    /** A different target for one sheet or table, by name ("Safeguarding checks": 95). */
    targetsBySource: z.record(z.string(), percentOrProportion).optional(),
    /** A deadline for one sheet or table, by name (Excel serial): each audit its own goal. */
    deadlinesBySource: z.record(z.string(), z.number().finite().positive()).optional(),
    /** Weeks from the first period for one sheet or table, by name ("Safeguarding checks": 10). */
    weeksBySource: z.record(z.string(), z.number().finite().positive().max(520)).optional(),
    /** The date the recovery plan started (Excel serial): SPC limits come from the periods from then on. */
    recoveryStart: z.number().finite().positive().optional(),
  })
  .strict()
  .refine((s) => s.deadline === undefined || s.weeks === undefined, { message: "Give a deadline or a number of weeks, not both." })
  .refine((s) => !Object.keys(s.deadlinesBySource ?? {}).some((name) => Object.keys(s.weeksBySource ?? {}).some((other) => other.trim().toLowerCase() === name.trim().toLowerCase())), {
    message: "Give one audit a deadline or a number of weeks, not both.",
  });

export type AnalysisSettingsInput = z.input<typeof analysisSettingsSchema>;
export type AnalysisSettings = z.output<typeof analysisSettingsSchema>;
