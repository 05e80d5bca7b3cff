import { Body1, Caption1, Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, SpinButton, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { dimensionLabel } from "../../core/compare";
import type { ChoiceProblem } from "../analysis/settingsFromChoices";
import type { TaskPaneChoices } from "../analysis/taskPaneChoices";
import type { WorkProgress } from "../formatResult";
import { BusyButton } from "./BusyButton";
import { useChoiceLabelStyles } from "./choiceLabelStyles";
import { ProgressNote } from "./ProgressNote";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "34rem" },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  narrow: { maxWidth: "10rem" },
});

const periodLabels: Record<TaskPaneChoices["period"], string> = { auto: "Decide from the data", week: "Week", fortnight: "Fortnight", month: "Month" };

export interface SettingsStepProps {
  choices: TaskPaneChoices;
  asOfText: string;
  dimensions: readonly string[];
  /** The tables and sheets chosen on the Source step, each of which may have a target of its own. */
  sources: readonly string[];
  problems: readonly ChoiceProblem[];
  mode: "excel" | "browser";
  /** The analysis under way, with its progress, or null. */
  busy: WorkProgress | null;
  /** Other work is under way: Analyse waits. */
  waiting?: boolean;
  onChange: (change: Partial<TaskPaneChoices>) => void;
  onAsOfChange: (text: string) => void;
  onAnalyse: () => void;
}

/** Calls `use` with a SpinButton's number, whether stepped (value) or typed (displayValue); not for other text. */
function whenNumber(data: { value?: number | null; displayValue?: string }, use: (value: number) => void): void {
  const value = data.value ?? Number(data.displayValue);
  if (Number.isFinite(value)) use(value);
}

/** The targets with one audit's typed in: a number sets it, a blank clears it, anything else is ignored. */
function withTarget(targets: Readonly<Record<string, number>>, source: string, text: string): Record<string, number> {
  const rest = Object.fromEntries(Object.entries(targets).filter(([name]) => name !== source));
  if (text.trim() === "") return rest;
  // The field is in percent: "95" and "95%" are both 95%, and "1%" is 1%.
  const value = Number(text.trim().replace(/\s*%$/, ""));
  return Number.isFinite(value) ? { ...rest, [source]: value } : { ...targets };
}

/** The deadlines with one audit's typed in, kept as typed so a half-typed date stays in its box; a blank clears it. */
function withDeadline(deadlines: Readonly<Record<string, string>>, source: string, text: string): Record<string, string> {
  const rest = Object.fromEntries(Object.entries(deadlines).filter(([name]) => name !== source));
  return text.trim() === "" ? rest : { ...rest, [source]: text };
}

/** Step 2: the target, direction, what to compare by, period, deadline and who owns actions. */
export function SettingsStep({ choices, asOfText, dimensions, sources, problems, mode, busy, waiting = false, onChange, onAsOfChange, onAnalyse }: SettingsStepProps) {
  const styles = useStyles();
  const choiceStyles = useChoiceLabelStyles();
  const problemFor = (field: ChoiceProblem["field"]) => problems.find((problem) => problem.field === field)?.message;
  const selected = choices.dimensions ?? dimensions;
  const toggleDimension = (dimension: string, on: boolean) => {
    const next = on ? [...new Set([...selected, dimension])] : selected.filter((other) => other !== dimension);
    onChange({ dimensions: next.length === dimensions.length && dimensions.every((d) => next.includes(d)) ? null : dimensions.filter((d) => next.includes(d)) });
  };
  const roles = choices.ownerRoles;
  const problemForSource = (field: ChoiceProblem["field"], source: string) => problems.find((problem) => problem.field === field && problem.source === source)?.message;
  const ownGoalSet = [...Object.keys(choices.targetsBySource), ...Object.keys(choices.weeksBySource), ...Object.keys(choices.deadlinesBySource)].some((name) => sources.includes(name));
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <div className={styles.intro}>
        <Subtitle1 as="h2" id="settings-heading" tabIndex={-1} block>
          Settings
        </Subtitle1>
        <Body1 block>{mode === "excel" ? "Saved in the workbook, so the next opening remembers them." : "Remembered in this browser for this file."}</Body1>
      </div>

      <div className={styles.row}>
        <Field label="Target (%)" validationMessage={problemFor("targetPercent")} className={styles.narrow}>
          <SpinButton
            value={choices.targetPercent}
            min={1}
            max={100}
            onChange={(_, data) => whenNumber(data, (value) => onChange({ targetPercent: value }))}
          />
        </Field>
        <Field label="Results as of (dd/mm/yyyy)" validationMessage={problemFor("asOf")} className={styles.narrow}>
          <Input value={asOfText} onChange={(_, data) => onAsOfChange(data.value)} placeholder="dd/mm/yyyy" />
        </Field>
      </div>

      {sources.length > 0 && (
        <details>
          <summary>Different targets for particular audits{ownGoalSet ? " (set)" : ""}</summary>
          <fieldset className={styles.group}>
            <legend className={styles.legend}>Target for each audit (%)</legend>
            <Caption1 block>Leave blank to use the {choices.targetPercent}% target above; for example 95 for safeguarding checks.</Caption1>
            {sources.map((source) => (
              <Field
                key={source}
                label={source}
                validationMessage={problemForSource("targetsBySource", source)}
                className={styles.narrow}
              >
                <Input
                  type="number"
                  inputMode="decimal"
                  min={1}
                  max={100}
                  value={choices.targetsBySource[source] === undefined ? "" : String(choices.targetsBySource[source])}
                  onChange={(_, data) => onChange({ targetsBySource: withTarget(choices.targetsBySource, source, data.value) })}
                />
              </Field>
            ))}
          </fieldset>
          <fieldset className={styles.group}>
            <legend className={styles.legend}>Deadline for each audit</legend>
            <Caption1 block>Leave blank to use the deadline below. Give a date or a number of weeks, not both; for example 05/04/2026 for location recovery, or 10 weeks for safeguarding checks.</Caption1>
            {sources.map((source) => (
              <div key={source} className={styles.row}>
                <Field label={`${source}: deadline (dd/mm/yyyy)`} validationMessage={problemForSource("deadlinesBySource", source)} className={styles.narrow}>
                  <Input
                    value={choices.deadlinesBySource[source] ?? ""}
                    onChange={(_, data) => onChange({ deadlinesBySource: withDeadline(choices.deadlinesBySource, source, data.value) })}
                    placeholder="dd/mm/yyyy"
                  />
                </Field>
                <Field label={`${source}: weeks`} validationMessage={problemForSource("weeksBySource", source)} className={styles.narrow}>
                  <Input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={520}
                    value={choices.weeksBySource[source] === undefined ? "" : String(choices.weeksBySource[source])}
                    onChange={(_, data) => onChange({ weeksBySource: withTarget(choices.weeksBySource, source, data.value) })}
                  />
                </Field>
              </div>
            ))}
          </fieldset>
        </details>
      )}

      <Field
        label="Recovery plan started (dd/mm/yyyy, optional)"
        hint="SPC limits come from the periods from this date on, so a group is judged on what it does now."
        validationMessage={problemFor("recoveryStart")}
        className={styles.narrow}
      >
        <Input value={choices.recoveryStart} onChange={(_, data) => onChange({ recoveryStart: data.value })} placeholder="dd/mm/yyyy" />
      </Field>

      <Field label="Which way is better?">
        <RadioGroup value={choices.direction} onChange={(_, data) => onChange({ direction: data.value as "up" | "down" })} layout="horizontal">
          <Radio className={choiceStyles.radio} value="up" label="Higher is better" />
          <Radio className={choiceStyles.radio} value="down" label="Lower is better" />
        </RadioGroup>
      </Field>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Compare by</legend>
        {dimensions.length === 0 ? (
          <Caption1>No team, shift, location or staff group column was found in the chosen data: only the service as a whole will be shown.</Caption1>
        ) : (
          dimensions.map((dimension) => (
            <Checkbox key={dimension} className={choiceStyles.checkbox} label={dimensionLabel(dimension)} checked={selected.includes(dimension)} onChange={(_, data) => toggleDimension(dimension, data.checked === true)} />
          ))
        )}
        {dimensions.includes("team") && dimensions.includes("shift") && (
          <Checkbox className={choiceStyles.checkbox} label="Also compare each team's shifts (team × shift)" checked={choices.teamByShift} onChange={(_, data) => onChange({ teamByShift: data.checked === true })} />
        )}
        {problemFor("dimensions") !== undefined && (
          <Caption1 role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
            {problemFor("dimensions")}
          </Caption1>
        )}
      </fieldset>

      <Field label="Period">
        <Dropdown value={periodLabels[choices.period]} selectedOptions={[choices.period]} onOptionSelect={(_, data) => onChange({ period: data.optionValue as TaskPaneChoices["period"] })}>
          {Object.entries(periodLabels).map(([value, label]) => (
            <Option key={value} value={value}>
              {label}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field label="Deadline for reaching the target">
        <RadioGroup value={choices.deadlineKind} onChange={(_, data) => onChange({ deadlineKind: data.value as TaskPaneChoices["deadlineKind"] })}>
          <Radio className={choiceStyles.radio} value="none" label="No deadline" />
          <Radio className={choiceStyles.radio} value="date" label="By a date" />
          <Radio className={choiceStyles.radio} value="weeks" label="Within a number of weeks of the first audit" />
        </RadioGroup>
      </Field>
      {choices.deadlineKind === "date" && (
        <Field label="Deadline (dd/mm/yyyy)" validationMessage={problemFor("deadline")} className={styles.narrow}>
          <Input value={choices.deadline} onChange={(_, data) => onChange({ deadline: data.value })} placeholder="dd/mm/yyyy" />
        </Field>
      )}
      {choices.deadlineKind === "weeks" && (
        <Field label="Weeks" validationMessage={problemFor("weeks")} className={styles.narrow}>
          <SpinButton
            value={choices.weeks}
            min={1}
            max={520}
            onChange={(_, data) => whenNumber(data, (value) => onChange({ weeks: Math.round(value) }))}
          />
        </Field>
      )}

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Who owns the actions (job titles, never names)</legend>
        <Field label="Owns most actions">
          <Input value={roles.lead} onChange={(_, data) => onChange({ ownerRoles: { ...roles, lead: data.value } })} />
        </Field>
        <Field label="Owns handover and workload actions">
          <Input value={roles.support} onChange={(_, data) => onChange({ ownerRoles: { ...roles, support: data.value } })} />
        </Field>
        <Field label="Escalate first to">
          <Input value={roles.escalation[0] ?? ""} onChange={(_, data) => onChange({ ownerRoles: { ...roles, escalation: [data.value, roles.escalation[1] ?? ""] } })} />
        </Field>
        <Field label="Then to">
          <Input value={roles.escalation[1] ?? ""} onChange={(_, data) => onChange({ ownerRoles: { ...roles, escalation: [roles.escalation[0] ?? "", data.value] } })} />
        </Field>
      </fieldset>

      <div className={styles.actions}>
        <BusyButton appearance="primary" busy={busy !== null} waiting={waiting} aria-describedby="analyse-progress" onClick={onAnalyse}>
          Analyse
        </BusyButton>
        <ProgressNote id="analyse-progress" progress={busy} />
      </div>
    </section>
  );
}
