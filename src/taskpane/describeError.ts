import { SettingsError } from "../app/analyseWorkbook";
import { WorkbookAccessError } from "../office/workbookAccessError";
import { WorkbookFileError } from "../xlsx/workbookFileError";

/** What the task pane was doing when something went wrong. */
export type TaskPaneActivity = "opening" | "listing" | "reading" | "analysing" | "writing" | "saving-settings" | "copying" | "downloading" | "showing-cell";

/** An error as a quality lead reads it: a short title and what to do. */
export interface ErrorMessage {
  title: string;
  body: string;
}

const titles: Record<TaskPaneActivity, string> = {
  opening: "The workbook could not be opened",
  listing: "The sheets could not be listed",
  reading: "The audit data could not be read",
  analysing: "The comparison could not be made",
  writing: "The sheets were not written",
  "saving-settings": "Your settings were not saved in the workbook",
  copying: "The summary was not copied",
  downloading: "The workbook could not be prepared for download",
  "showing-cell": "That cell could not be shown",
};

function accessAdvice(error: WorkbookAccessError): string {
  switch (error.code) {
    case "user-sheet-in-the-way":
      return `${error.message} Rename your sheet, or write again so the add-in chooses a name beside it.`;
    case "sheet-protected":
      return `${error.message} Unprotect it (Review > Unprotect Sheet) and write again. Nothing was changed.`;
    case "workbook-protected":
      return "Excel did not allow new sheets: the workbook's structure may be protected (Review > Protect Workbook) or the file may be read-only. Nothing was changed.";
    case "sheet-not-found":
    case "table-not-found":
      return `${error.message} Go back to Source to choose again.`;
    case "too-large":
      return "The data is larger than Excel accepts in one go. Try fewer sheets at a time. Nothing was changed.";
    case "write-failed":
      return "Excel stopped part-way, so the new sheets were removed and your workbook is as it was. Try again; if it happens again, save the workbook and reopen it.";
    case "read-failed":
      return "Excel could not hand over the data. Check that no cell is being edited, then try again.";
  }
}

/**
 * The one place where errors become words: Office.js adapter errors, workbook file errors, settings
 * problems and anything unexpected, for a Fluent MessageBar. Never a stack trace.
 */
export function describeError(error: unknown, activity: TaskPaneActivity): ErrorMessage {
  const title = titles[activity];
  if (error instanceof WorkbookAccessError) return { title, body: accessAdvice(error) };
  if (error instanceof WorkbookFileError) return { title, body: error.message };
  if (error instanceof SettingsError) return { title: "Some settings need correcting", body: error.problems.join(". ") + "." };
  if (activity === "copying") return { title, body: "Your browser did not allow copying. Select the text and press Ctrl+C (Cmd+C on a Mac)." };
  if (activity === "opening" && error instanceof TypeError) {
    return { title, body: "The sample workbook could not be fetched. Check your connection to the page and try again." };
  }
  const detail = error instanceof Error && error.message !== "" ? ` (${error.message})` : "";
  return { title, body: `Something unexpected happened${detail}. Your workbook was not changed. Try again, and if it happens again, close and reopen the pane.` };
}
