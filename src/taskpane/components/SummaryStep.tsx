import { Body1, Button, Subtitle1, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { width: "100%", minHeight: "24rem", fontFamily: tokens.fontFamilyBase },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface SummaryStepProps {
  text: string;
  /** Copies text to the clipboard; rejects when the browser refuses. */
  copy: (text: string) => Promise<void>;
  onCopyFailed: (error: unknown) => void;
}

/** Step 5: the Assurance Summary as text, for commissioners and inspectors, with a copy button. */
export function SummaryStep({ text, copy, onCopyFailed }: SummaryStepProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  return (
    <section className={styles.root} aria-labelledby="summary-heading">
      <div className={styles.intro}>
        <Subtitle1 as="h2" id="summary-heading" tabIndex={-1} block>
          Assurance summary
        </Subtitle1>
        <Body1 block>For commissioners and inspectors, from the results and the Action Tracker.</Body1>
      </div>
      <div className={styles.actions}>
        <Button
          icon={<CopyRegular />}
          onClick={() => {
            setCopied(false);
            copy(text).then(
              () => setCopied(true),
              (error: unknown) => onCopyFailed(error),
            );
          }}
        >
          Copy summary
        </Button>
        <span role="status" aria-live="polite">
          {copied ? "Copied to the clipboard." : ""}
        </span>
      </div>
      <Textarea className={styles.text} textarea={{ className: styles.text }} value={text} readOnly resize="vertical" aria-label="Assurance summary text" />
    </section>
  );
}
