import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, Checkbox, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnRole } from "../../core/audit";
import { chosenSources, mappingOf, type SourceState, type TaskPaneState } from "../useTaskPane";
import { ColumnRoles } from "./ColumnRoles";
import { GridPreview } from "./GridPreview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  why: { color: tokens.colorNeutralForeground3, paddingLeft: "2rem", display: "block" },
  source: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  columns: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalM },
});

function describeSize(source: SourceState): string {
  const { entry } = source;
  const what = entry.kind === "table" ? `Table on “${entry.sheet}”` : "Sheet";
  return `${what}, ${entry.rowCount.toLocaleString("en-GB")} rows × ${entry.columnCount} columns${entry.hidden ? " (hidden)" : ""}`;
}

export interface SourceStepProps {
  state: Pick<TaskPaneState, "sources" | "choices" | "session">;
  onToggle: (name: string, chosen: boolean) => void;
  onRoleChange: (sourceName: string, columnIndex: number, role: ColumnRole) => void;
  onNext: () => void;
}

/** Step 1: which sheets and tables hold the audits, what each column is, and a preview. */
export function SourceStep({ state, onToggle, onRoleChange, onNext }: SourceStepProps) {
  const styles = useStyles();
  const sources = state.sources ?? [];
  const chosen = chosenSources(state);
  return (
    <section className={styles.root} aria-labelledby="source-heading">
      <Title3 as="h2" id="source-heading" tabIndex={-1}>
        Choose the audit data
      </Title3>
      {sources.length === 0 ? (
        <Body1>No sheets with data were found in {state.session?.title ?? "the workbook"}.</Body1>
      ) : (
        <>
          <Body1>Sheets and tables that look like audit results are ticked. Tick or untick to choose.</Body1>
          <ul className={styles.list} aria-label="Sheets and tables">
            {sources.map((source) => {
              const suggested = source.proposal.likelihood.suggested;
              const id = `source-why-${source.entry.name.replace(/\W/g, "-")}`;
              return (
                <li key={`${source.entry.kind}:${source.entry.name}`}>
                  <div className={styles.item}>
                    <Checkbox
                      label={source.entry.name}
                      checked={state.choices.sources.includes(source.entry.name)}
                      onChange={(_, data) => onToggle(source.entry.name, data.checked === true)}
                      aria-describedby={id}
                    />
                    {suggested && (
                      <Badge appearance="tint" color="brand" size="small">
                        Looks like audit data
                      </Badge>
                    )}
                  </div>
                  <Caption1 id={id} className={styles.why}>
                    {describeSize(source)}. {source.proposal.likelihood.reason}
                  </Caption1>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {chosen.length > 0 && (
        <section aria-labelledby="columns-heading" className={styles.columns}>
          <Subtitle2 as="h3" id="columns-heading">
            What each column holds
          </Subtitle2>
          <Caption1>Open a sheet to check the column roles the add-in proposes and correct any it has read wrongly; your corrections are saved with the settings.</Caption1>
          <Accordion multiple collapsible>
            {chosen.map((source) => (
              <AccordionItem key={source.entry.name} value={source.entry.name}>
                <AccordionHeader as="h4">
                  {source.entry.name}: {mappingOf(state, source).length} columns
                </AccordionHeader>
                <AccordionPanel>
                  <div className={styles.source}>
                    {source.proposal.headerIndex === null ? (
                      <Body1>No header row was found in the first rows of this sheet.</Body1>
                    ) : (
                      <>
                        <Caption1>Header found on row {source.preview.grid.firstRow + source.proposal.headerIndex}.</Caption1>
                        <ColumnRoles
                          sourceName={source.entry.name}
                          mapping={mappingOf(state, source)}
                          firstColumn={source.preview.grid.firstColumn}
                          onRoleChange={(columnIndex, role) => onRoleChange(source.entry.name, columnIndex, role)}
                        />
                        <Subtitle2 as="h5">Preview of {source.entry.name}</Subtitle2>
                        <GridPreview name={source.entry.name} rows={source.preview.grid.values} headerIndex={source.proposal.headerIndex} mapping={mappingOf(state, source)} />
                      </>
                    )}
                  </div>
                </AccordionPanel>
              </AccordionItem>
            ))}
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
