// office-addin-mock imports only the OfficeApp enum from office-addin-manifest, whose ESM-only
// dependencies jest cannot load; this shim provides that enum (see shared/reference/office-addin.md).
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
