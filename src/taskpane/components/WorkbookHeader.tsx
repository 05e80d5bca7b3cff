import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular, MoreHorizontalRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { WorkbookFileInput } from "./WorkbookFileInput";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0, minHeight: "32px" },
  icon: { flexShrink: 0, fontSize: "20px", color: tokens.colorBrandForeground1 },
  title: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export interface WorkbookHeaderProps {
  /** The file name in the browser, "This workbook" in Excel. */
  title: string;
  /** Something is under way: the menu waits. */
  busy: boolean;
  /** Outside Office: open another file. */
  onOpenFile?: (file: File) => void;
  /** Outside Office: open the sample workbook. */
  onTrySample?: () => void;
}

/**
 * Once a workbook is open, the pane's header is one line: the workbook's name (the full name in a
 * tooltip when it is cut short) and, outside Office, a menu to open another or the sample.
 */
export function WorkbookHeader({ title, busy, onOpenFile, onTrySample }: WorkbookHeaderProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className={styles.root}>
      <DocumentTableRegular className={styles.icon} aria-hidden="true" />
      <Tooltip content={title} relationship="description" positioning="below-start">
        <h1 className={styles.title} id="app-title" tabIndex={-1}>
          <span className={styles.visuallyHidden}>Compare teams, shifts and locations: </span>
          {title}
        </h1>
      </Tooltip>
      {busy && <Spinner size="extra-tiny" aria-hidden="true" />}
      {onOpenFile !== undefined && onTrySample !== undefined && (
        <>
          <WorkbookFileInput inputRef={input} onOpenFile={onOpenFile} />
          <Menu positioning="below-end">
            <MenuTrigger disableButtonEnhancement>
              <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label="Open another workbook" disabledFocusable={busy} />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
                  Open workbook…
                </MenuItem>
                <MenuItem icon={<DocumentTableRegular />} onClick={onTrySample}>
                  Try the sample workbook
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </>
      )}
    </header>
  );
}
