/**
 * A progress line with rate and ETA, on stderr: redrawn in place on a terminal, otherwise one plain
 * line every `every` seconds (logs stay readable). ETA comes from bytes read, the one total known
 * before the records are counted.
 */
import type { ProgressSink } from "../report/progress";

export interface RateProgress {
  update(done: { bytes: number; articles: number }): void;
  note(message: string): void;
  done(): void;
}

const WIDTH = 24;

export function createRateProgress(sink: ProgressSink, label: string, totalBytes: number, every = 15): RateProgress {
  const start = Date.now();
  let last = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) sink.stderr("\r\x1b[2K");
    drawn = false;
  };
  return {
    update({ bytes, articles }) {
      const now = Date.now();
      if (now - last < (sink.isTTY ? 250 : every * 1000)) return;
      last = now;
      const secs = Math.max(0.001, (now - start) / 1000);
      const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
      const eta = share > 0 ? secs / share - secs : NaN;
      const filled = Math.round(share * WIDTH);
      const line =
        `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.round(share * 100)}% ` +
        `${articles.toLocaleString("en-US")} articles, ${Math.round(articles / secs)}/s, ${(bytes / 1e6 / secs).toFixed(1)} MB/s read` +
        (Number.isFinite(eta) ? `, ETA ${clock(eta)}` : "");
      if (sink.isTTY) {
        sink.stderr(`\r\x1b[2K${line}`);
        drawn = true;
      } else sink.stderr(`${line}\n`);
    },
    note(message) {
      clear();
      sink.stderr(`${label}: ${message}\n`);
    },
    done() {
      clear();
    },
  };
}

/** Seconds as h:mm:ss or m:ss. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
