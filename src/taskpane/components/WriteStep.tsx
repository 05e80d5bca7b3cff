import { Body1, Button, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { OutputSheets } from "../../core/sheets";
import type { WriteStage, WrittenSheetLink } from "../session/workbookSession";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "36rem" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export interface WriteStepProps {
  mode: "excel" | "browser";
  outputs: Pick<OutputSheets, "models">;
  stage: WriteStage | null;
  written: WrittenSheetLink[] | null;
  /** Sheets of the add-in already in the workbook: the button then says "Refresh". */
  refreshing: boolean;
  onWrite: () => void;
  onShowSheet?: (sheet: string) => void;
  onDownload?: () => void;
  onNext: () => void;
}

/** Step 4: write or refresh the four sheets, with progress, then links to them (or the download). */
export function WriteStep({ mode, outputs, stage, written, refreshing, onWrite, onShowSheet, onDownload, onNext }: WriteStepProps) {
  const styles = useStyles();
  const writing = stage !== null && written === null;
  return (
    <section className={styles.root} aria-labelledby="write-heading">
      <Title3 as="h2" id="write-heading" tabIndex={-1}>
        Write the sheets
      </Title3>
      <Body1>
        {mode === "excel" ? "The add-in adds these sheets to this workbook, or refreshes its own from last time:" : "The add-in adds these sheets to a copy of your workbook for you to download:"}
      </Body1>
      <ul className={styles.list}>
        {outputs.models.map((model) => (
          <li key={model.role}>
            <Body1>{model.name}</Body1>
          </li>
        ))}
      </ul>
      <Body1>Your own sheets are never changed. What you typed in the Action Tracker (owners, due dates, status, notes) is kept.</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={writing} onClick={onWrite}>
          {refreshing || written !== null ? "Refresh the four sheets" : "Write the four sheets"}
        </Button>
      </div>
      {stage !== null && (
        <Field label="Progress" hint={stage.label}>
          <ProgressBar value={stage.value} max={1} thickness="large" />
        </Field>
      )}
      <div aria-live="polite" role="status">
        <span className={styles.visuallyHidden}>{stage?.label ?? ""}</span>
        {written !== null && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{mode === "excel" ? "The sheets are written." : "The sheets are ready."}</MessageBarTitle>
              {mode === "excel" ? "Open one:" : "Download the updated workbook to keep them."}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {written !== null && mode === "excel" && onShowSheet !== undefined && (
        <ul className={styles.list} aria-label="Sheets written">
          {written.map((sheet) => (
            <li key={sheet.role}>
              <Link as="button" onClick={() => onShowSheet(sheet.name)}>
                {sheet.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {written !== null && (
        <div className={styles.actions}>
          {onDownload !== undefined && (
            <Button appearance="primary" onClick={onDownload}>
              Download updated workbook
            </Button>
          )}
          <Button onClick={onNext}>Next: summary</Button>
        </div>
      )}
    </section>
  );
}
