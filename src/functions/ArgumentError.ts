/**
 * What a custom function says when its arguments cannot be used: the Excel error to show ("#VALUE!" for
 * input that cannot be read, "#N/A" for too little data) and a complete message naming the function,
 * the argument and the position, such as `CQC.TREND: dates, row 4: "next week" is not a date`.
 */
export class ArgumentError extends Error {
  /** "invalid-value" shows as #VALUE!; "not-available" as #N/A. */
  readonly code: "invalid-value" | "not-available";

  constructor(code: "invalid-value" | "not-available", message: string) {
    super(message);
    this.name = "ArgumentError";
    this.code = code;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
