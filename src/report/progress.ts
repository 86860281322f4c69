/** Where progress goes: stderr, and whether it is a terminal. */
export interface ProgressSink {
  stderr: (text: string) => void;
  isTTY: boolean;
}

export interface Progress {
  /** a counted step: advances the bar */
  step(label: string): void;
  /** set (or raise) the number of counted steps expected */
  setTotal(total: number): void;
  /** a message that is not a step (sections' own progress, warnings) */
  note(message: string): void;
  /** finish: clear the bar line */
  done(): void;
}

const WIDTH = 24;

/**
 * Progress on stderr: on a terminal one line redrawn in place ("[#####-----] 3/12 label"), otherwise
 * (CI logs, pipes) one plain line per step, so logs stay readable.
 */
export function createProgress(sink: ProgressSink, prefix = "report"): Progress {
  let total = 0;
  let count = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) sink.stderr("\r\x1b[2K");
    drawn = false;
  };
  const draw = (label: string) => {
    const filled = total ? Math.min(WIDTH, Math.round((count / total) * WIDTH)) : 0;
    const bar = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
    const columns = (process.stderr.columns || 100) - 1;
    const line = `${prefix} ${bar} ${count}/${total || "?"} ${label}`;
    sink.stderr(`\r\x1b[2K${line.length > columns ? line.slice(0, columns) : line}`);
    drawn = true;
  };
  return {
    setTotal(n) {
      total = Math.max(n, count);
    },
    step(label) {
      count++;
      if (count > total) total = count;
      if (sink.isTTY) draw(label);
      else sink.stderr(`${prefix}: ${label}\n`);
    },
    note(message) {
      if (sink.isTTY) {
        clear();
        sink.stderr(`${prefix}: ${message}\n`);
      } else sink.stderr(`${prefix}: ${message}\n`);
    },
    done() {
      clear();
    },
  };
}

/** Progress that says nothing (library use, tests). */
export const silentProgress: Progress = { step() {}, setTotal() {}, note() {}, done() {} };
