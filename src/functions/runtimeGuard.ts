// The functions bundle ends with CustomFunctions.associate(...) calls added at build time. Inside
// Excel, office.js defines CustomFunctions first; when the same page opens in a plain browser it does
// not, so this stand-in keeps those calls harmless there. It never replaces Office's own object.
const runtime = globalThis as unknown as { CustomFunctions?: unknown };

if (typeof runtime.CustomFunctions === "undefined") {
  class CustomFunctionError extends Error {
    constructor(
      public readonly code: string,
      message?: string
    ) {
      super(message);
    }
  }
  runtime.CustomFunctions = {
    associate: () => undefined,
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
}

export {};
