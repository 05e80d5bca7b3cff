import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Fluent greys the label of an unselected radio button or unticked checkbox (colorNeutralForeground3),
 * which reads as "not available". A choice the user can make keeps the normal text colour; only a
 * disabled one is greyed. The selectors are as specific as Fluent's own so that they win.
 */
export const useChoiceLabelStyles = makeStyles({
  radio: {
    "& input:enabled:not(:checked) ~ .fui-Radio__label": { color: tokens.colorNeutralForeground1 },
    "& input:enabled:not(:checked):hover ~ .fui-Radio__label": { color: tokens.colorNeutralForeground1 },
  },
  checkbox: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1 },
  },
});
