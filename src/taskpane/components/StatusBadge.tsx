import { Badge, type BadgeProps } from "@fluentui/react-components";
import { GROUP_STATUS_LABELS, type GroupStatus } from "../../core/compare";

const colours: Record<GroupStatus, BadgeProps["color"]> = {
  embedded: "success",
  improving: "brand",
  fragile: "warning",
  "below-target": "danger",
  deteriorating: "severe",
  "insufficient-evidence": "informative",
};

/** A group's status as a coloured badge with its words (never colour alone). */
export function StatusBadge({ status }: { status: GroupStatus }) {
  return (
    <Badge appearance="tint" color={colours[status]} shape="rounded">
      {GROUP_STATUS_LABELS[status]}
    </Badge>
  );
}
