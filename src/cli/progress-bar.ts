// The progress bar of long CLI runs: drawn on stderr only when stderr is a terminal, silent otherwise
// (piped output and CI logs stay clean).
import cliProgress from 'cli-progress';

/** A progress sink: `update(done, total)` as work advances, `stop()` at the end. */
export interface ProgressSink {
  update: (done: number, total: number) => void;
  stop: () => void;
}

/** A bar labelled `label` when `enabled` (pass stderrIsTty()), else a no-op sink. */
export function createProgressBar(enabled: boolean, label: string): ProgressSink {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} files`, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
