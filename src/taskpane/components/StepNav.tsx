import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STEPS, type StepId } from "../useTaskPane";

/** Each step's name, as the navigation and the step's own panel say it. */
export const STEP_LABELS: Record<StepId, string> = { source: "Source", settings: "Settings", results: "Results", write: "Write", summary: "Summary" };

/** Below this width the steps not shown are numbers only, so the five fit one row in a 320 px pane. */
const compactBelow = "(max-width: 479px)";

const useStyles = makeStyles({
  list: { flexWrap: "nowrap", columnGap: tokens.spacingHorizontalXXS, minWidth: 0 },
  tab: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "20px",
    height: "20px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "18px",
    boxSizing: "border-box",
  },
  numberCurrent: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}` },
  content: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, whiteSpace: "nowrap" },
  otherLabel: {
    [`@media ${compactBelow}`]: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  },
});

export interface StepNavProps {
  current: StepId;
  reachable: Record<StepId, boolean>;
  onSelect: (step: StepId) => void;
}

/**
 * The five steps in one row: numbered, the current one named; at 480 px and wider every one is named.
 * Tabs, so the arrow keys move between them; each keeps its full name ("2 Settings") for screen readers
 * and as a tooltip where only its number shows.
 */
export function StepNav({ current, reachable, onSelect }: StepNavProps) {
  const styles = useStyles();
  return (
    <nav aria-label="Steps">
      <TabList className={styles.list} size="small" selectedValue={current} onTabSelect={(_, data) => onSelect(data.value as StepId)}>
        {STEPS.map((step, index) => (
          <Tab key={step} value={step} disabled={!reachable[step]} className={styles.tab} title={step === current ? undefined : `${index + 1} ${STEP_LABELS[step]}`}>
            <span className={styles.content}>
              <span className={mergeClasses(styles.number, step === current && styles.numberCurrent)}>{index + 1}</span>{" "}
              <span className={step === current ? undefined : styles.otherLabel}>{STEP_LABELS[step]}</span>
            </span>
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
