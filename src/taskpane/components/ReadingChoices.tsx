import { Caption1, Checkbox, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { COLUMN_ROLE_WORDS, PARTIAL_ANSWER_RULES, PARTIAL_ANSWER_RULE_WORDS, type PartialAnswerRule } from "../../core/audit";
import { sameShapeSources, type ShapedSource } from "../analysis/sameShapeSources";
import type { TaskPaneChoices } from "../analysis/taskPaneChoices";
import { useChoiceLabelStyles } from "./choiceLabelStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  why: { color: tokens.colorNeutralForeground3, paddingLeft: "32px", display: "block", overflowWrap: "anywhere" },
});

export interface ReadingChoicesProps {
  sources: readonly ShapedSource[];
  choices: Pick<TaskPaneChoices, "sources" | "sheetsAsGroups" | "partialAnswers">;
  onChange: (change: Partial<TaskPaneChoices>) => void;
}

function namesInWords(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * How the chosen sheets are read: sheets with the same columns as one audit with the sheet name as the
 * group (offered only when there are such sheets), and how partial answers count.
 */
export function ReadingChoices({ sources, choices, onChange }: ReadingChoicesProps) {
  const styles = useStyles();
  const choiceStyles = useChoiceLabelStyles();
  const sets = sameShapeSources(sources, choices.sources);
  return (
    <div className={styles.root}>
      {sets.map((set) => (
        <div key={set.sheets.join("\u0000")}>
          <Checkbox
            className={choiceStyles.checkbox}
            label={`Read ${namesInWords(set.sheets)} as one audit, with the sheet name as ${COLUMN_ROLE_WORDS[set.role]}`}
            checked={choices.sheetsAsGroups}
            onChange={(_, data) => onChange({ sheetsAsGroups: data.checked === true })}
            aria-describedby="same-shape-why"
          />
          <Caption1 id="same-shape-why" className={styles.why}>
            These sheets have the same columns ({set.header}); read together,{" "}
            {set.role === "period" ? "they are one audit over time, each sheet its own week or month." : `their ${COLUMN_ROLE_WORDS[set.role].replace(/^an? /, "")}s are compared with each other.`}
          </Caption1>
        </div>
      ))}
      <Field label="Partial answers (“Partial”, “Partly”, “Partially met”, “Some”)">
        <RadioGroup value={choices.partialAnswers} onChange={(_, data) => onChange({ partialAnswers: data.value as PartialAnswerRule })} layout="horizontal">
          {PARTIAL_ANSWER_RULES.map((rule) => (
            <Radio key={rule} className={choiceStyles.radio} value={rule} label={PARTIAL_ANSWER_RULE_WORDS[rule].replace(/^counted as /, "")} />
          ))}
        </RadioGroup>
      </Field>
    </div>
  );
}
