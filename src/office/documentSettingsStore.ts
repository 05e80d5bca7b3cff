/** The part of `Office.context.document.settings` the store uses. */
export interface DocumentSettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

/** Reads and writes one JSON value saved inside the workbook. */
export interface SettingsStore {
  load(): unknown;
  save(value: unknown): Promise<void>;
}

/** The key the task pane's choices are saved under. */
const settingsKey = "cqcRecovery.taskPaneSettings";

/**
 * Settings saved in the workbook through Office's document settings (the add-in's own property bag,
 * kept in the file's web-extension part). Chosen over a hidden sheet or custom XML because it adds
 * nothing a user can see, sort or print, needs no Excel.run and belongs to this add-in only; it
 * travels with the workbook, so the next opening, on any computer, remembers the choices.
 */
export function documentSettingsStore(settings: DocumentSettingsApi): SettingsStore {
  return {
    load: () => settings.get(settingsKey) ?? null,
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(settingsKey, value);
        settings.saveAsync((result) => {
          if (result.status === "failed" || result.error) reject(new Error(result.error?.message ?? "The settings could not be saved in the workbook."));
          else resolve();
        });
      }),
  };
}
