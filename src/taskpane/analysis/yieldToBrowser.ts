/**
 * Lets the browser paint and handle input before the next heavy step, so the task pane never holds
 * the thread for long (Office restarts an add-in that is unresponsive for five seconds).
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
