import type { Ref } from "react";

export interface WorkbookFileInputProps {
  inputRef: Ref<HTMLInputElement>;
  onOpenFile: (file: File) => void;
}

/**
 * The browser's file picker, opened by the "Open workbook" button or menu item. It is not shown and is
 * hidden from assistive technology, which would otherwise read it as a second "Open workbook" button.
 */
export function WorkbookFileInput({ inputRef, onOpenFile }: WorkbookFileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      hidden
      aria-hidden="true"
      tabIndex={-1}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      onChange={(event) => {
        const file = event.target.files?.[0];
        if (file !== undefined) onOpenFile(file);
        event.target.value = "";
      }}
    />
  );
}
