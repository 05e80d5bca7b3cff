import { makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { WorkProgress } from "../formatResult";
import { BusyButton } from "./BusyButton";
import { ProgressNote } from "./ProgressNote";
import { WorkbookFileInput } from "./WorkbookFileInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface OpenWorkbookActionsProps {
  /** What is being opened, while it is. */
  opening: WorkProgress | null;
  /** Which button started the opening, to show it busy. */
  openingWith: "file" | "sample" | null;
  onOpenFile: (file: File) => void;
  onTrySample: () => void;
}

/** Outside Office, before a workbook is open: open an .xlsx file, or try the sample workbook. */
export function OpenWorkbookActions({ opening, openingWith, onOpenFile, onTrySample }: OpenWorkbookActionsProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const busy = opening !== null;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <WorkbookFileInput inputRef={input} onOpenFile={onOpenFile} />
        <BusyButton appearance="primary" icon={<FolderOpenRegular />} busy={busy && openingWith === "file"} waiting={busy} aria-describedby="open-progress" onClick={() => input.current?.click()}>
          Open workbook
        </BusyButton>
        <BusyButton icon={<DocumentTableRegular />} busy={busy && openingWith === "sample"} waiting={busy} aria-describedby="open-progress" onClick={onTrySample}>
          Try the sample workbook
        </BusyButton>
      </div>
      <ProgressNote id="open-progress" progress={opening} />
    </div>
  );
}
