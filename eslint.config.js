// ESLint flat config. Besides the usual TypeScript checks it enforces two things that matter here:
// the Office.js load/sync discipline (eslint-plugin-office-addins) and the dependency direction of
// STYLE.md (core imports nothing outside core; adapters never import each other).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const layer = (name) => [`**/${name}`, `**/${name}/**`];

/** Imports each folder may not make, with the reason users of lint see. */
const forbiddenImports = {
  "src/core": {
    patterns: [...layer("app"), ...layer("office"), ...layer("xlsx"), ...layer("taskpane"), ...layer("cli"), ...layer("functions")],
    paths: ["exceljs", "react", "react-dom", "@fluentui/react-components", "node:fs", "fs", "path", "node:path"],
    message: "src/core is pure: it may import only from src/core (STYLE.md).",
  },
  "src/app": {
    patterns: [...layer("office"), ...layer("xlsx"), ...layer("taskpane"), ...layer("cli"), ...layer("functions")],
    paths: ["exceljs", "react", "react-dom"],
    message: "src/app holds use cases over ports: it may import only src/core and its own ports.",
  },
  "src/functions": {
    patterns: [...layer("app"), ...layer("office"), ...layer("xlsx"), ...layer("taskpane"), ...layer("cli")],
    paths: ["exceljs", "react", "react-dom"],
    message: "Custom functions may import only src/core.",
  },
  "src/office": {
    patterns: [...layer("xlsx"), ...layer("taskpane"), ...layer("cli"), ...layer("functions")],
    paths: ["exceljs", "react", "react-dom"],
    message: "The Office.js adapter may import only src/app and src/core.",
  },
  "src/xlsx": {
    patterns: [...layer("office"), ...layer("taskpane"), ...layer("cli"), ...layer("functions")],
    paths: ["exceljs", "react", "react-dom"],
    message: "The .xlsx package adapter may import only src/app and src/core; ExcelJS is only the bench baseline's and the tests' (bench/exceljsBaseline).",
  },
  "src/cli": {
    patterns: [...layer("office"), ...layer("taskpane"), ...layer("functions")],
    paths: ["exceljs", "react", "react-dom"],
    message: "The command line may import src/app, src/xlsx and src/core; ExcelJS is only the bench baseline's and the tests' (bench/exceljsBaseline).",
  },
};

const layerConfigs = Object.entries(forbiddenImports).map(([folder, rule]) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: rule.paths.map((name) => ({ name, message: rule.message })),
        patterns: [{ group: rule.patterns, message: rule.message }],
      },
    ],
  },
}));

module.exports = tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "lib/**", "out/**", "coverage/**", "test-output/**", ".tmp/**", "scratch-*/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The load/sync rules recognise Office.js by shape (".value" on a range or cell), so they would
    // misfire on ExcelJS code: they apply where Office.js lives.
    files: ["src/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-console": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/core never reads the clock: pass the date in." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "src/core never reads the clock: pass the date in." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "src/core is deterministic: no Math.random." },
      ],
    },
  },
  ...layerConfigs,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/functions/**/*.ts"],
    // Excel passes ranges as any[][]: the custom functions metadata requires exactly that type.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  }
);
