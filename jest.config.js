/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsStub.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/testingLibrary.ts"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/setup/officeAddinManifestShim.ts",
  },
  testTimeout: 30000,
};
