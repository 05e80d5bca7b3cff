import { Body1, Button, Caption1, Link, Subtitle1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CheckmarkCircleRegular } from "@fluentui/react-icons";
import type { OutputSheets } from "../../core/sheets";
import { formatCount, type WorkProgress } from "../formatResult";
import type { WrittenSheetLink } from "../session/workbookSession";
import { BusyButton } from "./BusyButton";
import { ProgressNote } from "./ProgressNote";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "36rem" },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  work: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  done: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  doneHeading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
  doneText: { color: tokens.colorNeutralForeground1 },
});

export interface WriteStepProps {
  mode: "excel" | "browser";
  outputs: Pick<OutputSheets, "models">;
  /** The write under way, with its progress, or null. */
  progress: WorkProgress | null;
  /** The download being prepared, or null. */
  downloading?: WorkProgress | null;
  /** Other work is under way: the buttons wait. */
  waiting?: boolean;
  written: WrittenSheetLink[] | null;
  /** Sheets of the add-in already in the workbook: the button then says "Refresh". */
  refreshing: boolean;
  onWrite: () => void;
  onShowSheet?: (sheet: string) => void;
  onDownload?: () => void;
  onNext: () => void;
}

/**
 * Step 4: write or refresh the four sheets. The button comes first, its progress beside it; when the
 * sheets are written the focus moves to the list of them (or to the download, in the browser).
 */
export function WriteStep({ mode, outputs, progress, downloading = null, waiting = false, written, refreshing, onWrite, onShowSheet, onDownload, onNext }: WriteStepProps) {
  const styles = useStyles();
  const writing = progress !== null;
  return (
    <section className={styles.root} aria-labelledby="write-heading">
      <div className={styles.intro}>
        <Subtitle1 as="h2" id="write-heading" tabIndex={-1} block>
          Write the sheets
        </Subtitle1>
        <Body1 block>{mode === "excel" ? "Adds four sheets to this workbook, or refreshes the add-in's own from last time." : "Adds four sheets to a copy of your workbook for you to download."}</Body1>
      </div>
      <div className={styles.work}>
        <BusyButton appearance="primary" busy={writing} waiting={waiting || downloading !== null} aria-describedby="write-progress" onClick={onWrite}>
          {refreshing || written !== null ? "Refresh the four sheets" : "Write the four sheets"}
        </BusyButton>
        <ProgressNote id="write-progress" progress={progress} />
      </div>
      {written !== null && !writing && (
        <div className={styles.done}>
          <Subtitle2 as="h3" id="written-heading" tabIndex={-1} block className={styles.doneHeading}>
            <CheckmarkCircleRegular aria-hidden="true" />
            <span className={styles.doneText}>{mode === "excel" ? `${formatCount(written.length, "sheet")} written` : "The sheets are ready."}</span>
          </Subtitle2>
          {mode === "excel" && onShowSheet !== undefined ? (
            <ul className={styles.list} aria-label="Sheets written">
              {written.map((sheet) => (
                <li key={sheet.role}>
                  <Link as="button" onClick={() => onShowSheet(sheet.name)}>
                    {sheet.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <Body1 block>Download the updated workbook to keep them.</Body1>
          )}
          <div className={styles.work}>
            <div className={styles.actions}>
              {onDownload !== undefined && (
                <BusyButton appearance="primary" icon={<ArrowDownloadRegular />} busy={downloading !== null} waiting={waiting} aria-describedby="download-progress" onClick={onDownload}>
                  Download updated workbook
                </BusyButton>
              )}
              <Button onClick={onNext}>Next: summary</Button>
            </div>
            {onDownload !== undefined && <ProgressNote id="download-progress" progress={downloading} />}
          </div>
        </div>
      )}
      <div className={styles.intro}>
        <Caption1 block>The sheets it writes:</Caption1>
        <ul className={styles.list} aria-label="Sheets it writes">
          {outputs.models.map((model) => (
            <li key={model.role}>
              <Caption1>{model.name}</Caption1>
            </li>
          ))}
        </ul>
        <Caption1 block>Your own sheets are never changed. What you typed in the Action Tracker (owners, due dates, status, notes) is kept.</Caption1>
      </div>
    </section>
  );
}
