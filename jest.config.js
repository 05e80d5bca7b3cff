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
  // A guard against a hung test, not a measure of speed (timings live in `npm run bench`): on a loaded
  // 2-core machine one task pane test that clicks through every step took over 30 s.
  testTimeout: 90000,
};
