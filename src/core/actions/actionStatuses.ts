/**
 * The statuses of an action, as the Action Tracker's dropdown offers them. The add-in sets "Open" on a
 * new action and may suggest "Ready to close"; only a person sets "Closed".
 *
 * @example
 * ACTION_STATUSES[2]; // => "Ready to close"
 */
export const ACTION_STATUSES = ["Open", "In progress", "Ready to close", "Closed"] as const;

/** One action status. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];
