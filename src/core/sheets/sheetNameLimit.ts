/**
 * The longest sheet name Excel accepts.
 *
 * @example
 * "Location Assurance Dashboard".length <= SHEET_NAME_LIMIT; // => true
 */
export const SHEET_NAME_LIMIT = 31;
