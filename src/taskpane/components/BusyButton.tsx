import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";

export type BusyButtonProps = ButtonProps & {
  /** The work this button started is under way. */
  busy: boolean;
  /** Another piece of work is under way: the button waits. */
  waiting?: boolean;
};

/**
 * A button that shows when its work is under way. It stays focusable while busy (aria-disabled rather
 * than disabled), so the keyboard focus never falls to the page when the work starts or ends.
 */
export function BusyButton({ busy, waiting = false, icon, disabled, ...rest }: BusyButtonProps) {
  const unavailable = busy || waiting;
  return (
    <Button
      {...rest}
      icon={busy ? <Spinner size="extra-tiny" aria-hidden="true" /> : icon}
      disabled={disabled === true && !unavailable}
      disabledFocusable={unavailable}
      aria-busy={busy || undefined}
    />
  );
}
