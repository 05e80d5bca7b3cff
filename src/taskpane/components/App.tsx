import { FluentProvider, webLightTheme, webDarkTheme, Title2, Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { HostMode } from "../officeHost";

export interface AppProps {
  /** Inside Excel, or a plain browser working on an .xlsx file. */
  mode: HostMode;
  /** Follow Office's dark theme when the host reports one. */
  dark?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" },
});

/** The task pane: compare teams, shifts, locations and staff groups against the target. */
export function App({ mode, dark = false }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root} aria-labelledby="app-title">
        <Title2 as="h1" id="app-title">
          Compare teams, shifts and locations
        </Title2>
        <Body1>
          {mode === "excel"
            ? "Analyse the audit tables in this workbook and see where improvement is uneven."
            : "Open an audit workbook (.xlsx) to see where improvement is uneven. Your data stays on this computer."}
        </Body1>
      </main>
    </FluentProvider>
  );
}
