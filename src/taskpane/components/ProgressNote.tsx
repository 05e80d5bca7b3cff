import { Caption1, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { progressFraction, progressText, type WorkProgress } from "../formatResult";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { overflowWrap: "anywhere" },
});

export interface ProgressNoteProps {
  /** The work under way, or null when there is none (the live region stays, so the next report is read out). */
  progress: WorkProgress | null;
  /** The id the busy button points at with aria-describedby. */
  id?: string;
}

/**
 * Progress shown beside the button that started the work, where the user is looking: the stage in
 * words with its numbers, and a bar when the share done is known, else a spinner.
 */
export function ProgressNote({ progress, id }: ProgressNoteProps) {
  const styles = useStyles();
  const fraction = progress === null ? undefined : progressFraction(progress);
  return (
    <div className={styles.root} id={id} role="status" aria-live="polite">
      {progress !== null && (
        <>
          <span className={styles.line}>
            {fraction === undefined && <Spinner size="extra-tiny" aria-hidden="true" />}
            <Caption1 className={styles.text}>{progressText(progress)}</Caption1>
          </span>
          {fraction !== undefined && <ProgressBar value={fraction} max={1} thickness="large" aria-label={progress.stage} />}
        </>
      )}
    </div>
  );
}
