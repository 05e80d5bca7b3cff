/**
 * Excel's error code from an error thrown by `context.sync()` (OfficeExtension.Error carries `code`,
 * such as "ItemNotFound", "AccessDenied" or "RequestPayloadSizeLimitExceeded"), or null.
 *
 * @example
 * excelErrorCode({ code: "ItemNotFound", message: "..." }); // => "ItemNotFound"
 */
export function excelErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** Excel's codes for a request or response over its payload limit. */
const payloadCodes = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge"]);

/** True when Excel refused a batch for being too large: the caller may retry in smaller pieces. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = excelErrorCode(error);
  return code !== null && payloadCodes.has(code);
}
