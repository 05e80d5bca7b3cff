import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import { GROUP_STATUS_LABELS, type GroupStatus } from "../../core/compare";

const colours: Record<GroupStatus, BadgeProps["color"]> = {
  embedded: "success",
  improving: "brand",
  fragile: "warning",
  "below-target": "danger",
  deteriorating: "severe",
  "insufficient-evidence": "informative",
};

const useStyles = makeStyles({
  // Fluent's badge is one line of fixed height: in a 320 px pane "Insufficient evidence" spilled out of
  // it. Here the words wrap inside the badge instead, and the badge grows to hold them.
  badge: { whiteSpace: "normal", height: "auto", minHeight: "20px", maxWidth: "100%", textAlign: "center", overflowWrap: "anywhere", flexShrink: 1 },
});

/** A group's status as a coloured badge with its words (never colour alone). */
export function StatusBadge({ status }: { status: GroupStatus }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={colours[status]} shape="rounded">
      {GROUP_STATUS_LABELS[status]}
    </Badge>
  );
}
