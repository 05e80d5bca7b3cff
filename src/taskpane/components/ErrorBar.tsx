import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ErrorMessage } from "../describeError";

/** An error in words, as a Fluent MessageBar the user can dismiss. */
export function ErrorBar({ error, onDismiss }: { error: ErrorMessage; onDismiss: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert" id="error-bar" tabIndex={-1}>
      <MessageBarBody>
        <MessageBarTitle>{error.title}.</MessageBarTitle> {error.body}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={onDismiss} />} />
    </MessageBar>
  );
}
