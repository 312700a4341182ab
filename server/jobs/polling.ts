// The worker's relays poll: one pass, then the next after intervalMs — never overlapping, and a failed
// pass is logged and followed by the next one as usual.
import { logger } from "~/server/lib/logger";

export function startPolling(name: string, pass: () => Promise<void>, intervalMs: number) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const run = async () => {
    try {
      await pass();
    } catch (err) {
      logger.error(`${name}: relay pass failed`, { error: err instanceof Error ? err.message : String(err) });
    }
    if (!stopped) timer = setTimeout(() => (current = run()), intervalMs);
  };
  current = run();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
