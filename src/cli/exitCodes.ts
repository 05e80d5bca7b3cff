/**
 * The command line's exit codes: 0 success, 1 an input that cannot be read (the message names the
 * file, sheet, row and column), 2 bad usage.
 *
 * @example
 * EXIT_CODES.badUsage; // => 2
 */
export const EXIT_CODES = { success: 0, unreadableInput: 1, badUsage: 2 } as const;
