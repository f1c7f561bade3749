/**
 * Runs `work` every `intervalMilliseconds` until stopped. A tick while a run is in flight is skipped, not
 * queued: the next run picks up whatever came due, and runs never overlap. The timer does not keep the
 * process alive.
 */
export function repeatedly(
  work: () => Promise<unknown>,
  {
    intervalMilliseconds,
    onError = () => {},
  }: { intervalMilliseconds: number; onError?: (error: unknown) => void },
): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const interval = setInterval(() => {
    running ??= work()
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  }, intervalMilliseconds);
  interval.unref();
  return {
    async stop() {
      clearInterval(interval);
      await running;
    },
  };
}
