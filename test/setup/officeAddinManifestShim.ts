// office-addin-mock imports only the OfficeApp enum from office-addin-manifest, whose ESM-only
// dependencies jest cannot load (jest runs CommonJS; see office-addin-mock's and office-addin-manifest's
// package.json on npm); this shim provides that enum.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
