// CustomFunctions exists only inside Office's runtime; jest gets a minimal stand-in with the
// same shape so that src/functions can be tested as plain functions.
const errorCodes = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsErrorStub extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsErrorStub,
  ErrorCode: errorCodes,
  associate: () => undefined,
};
