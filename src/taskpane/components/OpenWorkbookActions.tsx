import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export interface OpenWorkbookActionsProps {
  /** The workbook open now, if any. */
  title: string | null;
  busy: boolean;
  onOpenFile: (file: File) => void;
  onTrySample: () => void;
}

/** Outside Office: open an .xlsx file, or try the sample workbook. */
export function OpenWorkbookActions({ title, busy, onOpenFile, onTrySample }: OpenWorkbookActionsProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      {title !== null && <Body1>Working on {title}.</Body1>}
      <div className={styles.actions}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Open workbook"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) onOpenFile(file);
            event.target.value = "";
          }}
        />
        <Button appearance={title === null ? "primary" : "secondary"} icon={<FolderOpenRegular />} disabled={busy} onClick={() => input.current?.click()}>
          Open workbook
        </Button>
        <Button icon={<DocumentTableRegular />} disabled={busy} onClick={onTrySample}>
          Try the sample workbook
        </Button>
      </div>
    </div>
  );
}
