import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, Checkbox, Subtitle1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { findGroupColumns, type ColumnRole } from "../../core/audit";
import { formatCount } from "../formatResult";
import { chosenSources, mappingOf, type SourceState, type TaskPaneState } from "../useTaskPane";
import { useChoiceLabelStyles } from "./choiceLabelStyles";
import { ColumnRoles } from "./ColumnRoles";
import { ReadingChoices } from "./ReadingChoices";
import { sourceDescription } from "./sourceDescription";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  checkbox: { minWidth: 0, overflowWrap: "anywhere" },
  badge: { whiteSpace: "normal", height: "auto", minHeight: "16px", maxWidth: "100%", textAlign: "center" },
  why: { color: tokens.colorNeutralForeground3, paddingLeft: "32px", display: "block", overflowWrap: "anywhere" },
  source: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  columns: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  panelHeading: { overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalM },
});

/** The tables chosen on a sheet, which the sheet is read through instead. */
function tablesChosenOn(source: SourceState, chosen: readonly SourceState[]): string[] {
  if (source.entry.kind !== "sheet") return [];
  return chosen.filter((other) => other.entry.kind === "table" && other.entry.sheet === source.entry.sheet).map((table) => table.entry.name);
}

export interface SourceStepProps {
  state: Pick<TaskPaneState, "sources" | "choices" | "session">;
  onToggle: (name: string, chosen: boolean) => void;
  onRoleChange: (sourceName: string, columnIndex: number, role: ColumnRole) => void;
  onNext: () => void;
  /** Changes how the chosen sheets are read (sheets as groups, partial answers); the control shows when given. */
  onChoicesChange?: (change: Partial<TaskPaneState["choices"]>) => void;
}

/** Step 1: which sheets and tables hold the audits, what each column is, and its first records. */
export function SourceStep({ state, onToggle, onRoleChange, onNext, onChoicesChange }: SourceStepProps) {
  const styles = useStyles();
  const choiceStyles = useChoiceLabelStyles();
  const sources = state.sources ?? [];
  const chosen = chosenSources(state);
  return (
    <section className={styles.root} aria-labelledby="source-heading">
      <div className={styles.intro}>
        <Subtitle1 as="h2" id="source-heading" tabIndex={-1} block>
          Choose the audit data
        </Subtitle1>
        {sources.length === 0 ? (
          <Body1 block>No sheets with data were found in {state.session?.title ?? "the workbook"}.</Body1>
        ) : (
          <Body1 block>Sheets and tables that look like audit results are ticked.</Body1>
        )}
      </div>
      {sources.length > 0 && (
        <ul className={styles.list} aria-label="Sheets and tables">
          {sources.map((source) => {
            const id = `source-why-${source.entry.name.replace(/\W/g, "-")}`;
            const description = sourceDescription(source.entry, source.proposal.likelihood, tablesChosenOn(source, chosen));
            return (
              <li key={`${source.entry.kind}:${source.entry.name}`}>
                <div className={styles.item}>
                  <Checkbox
                    className={mergeClasses(choiceStyles.checkbox, styles.checkbox)}
                    label={source.entry.name}
                    checked={state.choices.sources.includes(source.entry.name)}
                    onChange={(_, data) => onToggle(source.entry.name, data.checked === true)}
                    aria-describedby={id}
                  />
                  {description.badge && (
                    <Badge className={styles.badge} appearance="tint" color="brand" size="small">
                      Looks like audit data
                    </Badge>
                  )}
                </div>
                <Caption1 id={id} className={styles.why}>
                  {description.size}. {description.reason}
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
      {chosen.length > 0 && onChoicesChange !== undefined && <ReadingChoices sources={sources} choices={state.choices} onChange={onChoicesChange} />}
      {chosen.length > 0 && (
        <section aria-labelledby="columns-heading" className={styles.columns}>
          <Subtitle2 as="h3" id="columns-heading" block>
            What each column holds
          </Subtitle2>
          <Caption1 block>Open a sheet to check the role proposed for each column and its first records; correct any role read wrongly. Corrections are saved with the settings.</Caption1>
          <Accordion multiple collapsible>
            {chosen.map((source) => {
              const mapping = mappingOf(state, source);
              const headerIndex = source.proposal.headerIndex;
              return (
                <AccordionItem key={source.entry.name} value={source.entry.name}>
                  <AccordionHeader as="h4" className={styles.panelHeading}>
                    {source.entry.name}: {formatCount(mapping.length, "column")}
                  </AccordionHeader>
                  <AccordionPanel>
                    <div className={styles.source}>
                      {headerIndex === null ? (
                        <Body1 block>No header row was found in the first rows of this sheet.</Body1>
                      ) : (
                        <>
                          <Caption1 block>Header found on row {source.preview.grid.firstRow + headerIndex}.</Caption1>
                          <ColumnRoles
                            sourceName={source.entry.name}
                            mapping={mapping}
                            firstColumn={source.preview.grid.firstColumn}
                            rows={source.preview.grid.values.slice(headerIndex + 1)}
                            sideBySide={findGroupColumns(source.preview.grid.values, headerIndex, mapping)}
                            onRoleChange={(columnIndex, role) => onRoleChange(source.entry.name, columnIndex, role)}
                          />
                        </>
                      )}
                    </div>
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </section>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={chosen.length === 0} onClick={onNext}>
          Next: settings
        </Button>
      </div>
    </section>
  );
}
