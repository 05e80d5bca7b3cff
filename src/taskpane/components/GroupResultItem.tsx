import { AccordionHeader, AccordionItem, AccordionPanel, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent, type GroupResult } from "../../core/compare";
import { groupDetail } from "../formatResult";
import { SpcChart } from "./SpcChart";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  header: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gridTemplateAreas: `"title chart" "detail chart"`,
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
    width: "100%",
    minWidth: 0,
    "@media (max-width: 399px)": { gridTemplateColumns: "minmax(0, 1fr)", gridTemplateAreas: `"title" "detail" "chart"` },
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  title: { gridArea: "title", display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  detail: { gridArea: "detail", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  chart: { gridArea: "chart", display: "flex" },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  questions: { marginTop: tokens.spacingVerticalS },
});

/** Questions shown when a group is opened: the largest parts of its shortfall. */
const weakestQuestionsShown = 3;

export interface GroupResultItemProps {
  group: GroupResult;
  target: number;
  periodWord: string;
  value: string;
}

/** One group: status, value, interval, trend and SPC chart; its reasons when expanded. */
export function GroupResultItem({ group, target, periodWord, value }: GroupResultItemProps) {
  const styles = useStyles();
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h4" expandIconPosition="start">
        <span className={styles.header}>
          <span className={styles.title}>
            <Text className={styles.name}>{group.name}</Text>
            <StatusBadge status={group.status} />
            <Text className={styles.value}>{formatPercent(group.mean)}</Text>
          </span>
          <Caption1 className={styles.detail}>
            {groupDetail(group)}
          </Caption1>
          <span className={styles.chart}>
            <SpcChart group={group} target={target} periodWord={periodWord} />
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.reasons}>
          {group.reasons.map((reason, index) => (
            <li key={index}>
              <Text>{reason}</Text>
            </li>
          ))}
          {group.evidenceMismatch !== null && (
            <li>
              <Text weight="semibold">{group.evidenceMismatch}</Text>
            </li>
          )}
          {group.spc?.provisional === true && (
            <li>
              <Caption1>The SPC limits come from fewer than 12 points, so treat them as provisional.</Caption1>
            </li>
          )}
        </ul>
        {group.questionShortfall && group.questionShortfall.drivers.length > 0 && (
          <section className={styles.questions} aria-label={`${group.name}: weakest questions`}>
            <Text weight="semibold">Weakest questions</Text>
            <ul className={styles.reasons}>
              {group.questionShortfall.drivers.slice(0, weakestQuestionsShown).map((driver) => (
                <li key={driver.question}>
                  <Text>
                    {`${driver.question}: ${formatPercent(driver.groupMean)} against ${formatPercent(driver.comparedWith)} ${group.questionShortfall?.basis === "target" ? "(the target)" : "for the rest of the service"}, ${formatPercent(driver.share)} of the gap`}
                  </Text>
                </li>
              ))}
            </ul>
          </section>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
