import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

/**
 * Seeded fuzzing of every stage (issue 16): 200 inputs, a quarter of them pathological patterns
 * (repeated dates, dotted runs, repeated quotes, long lines without spaces, deep punctuation, mixed
 * scripts, page debris, tables, run-on text), the rest articles of the bundled story mutated
 * (test/robustness/mutate.ts), each up to 2,500 characters. Each input goes through loading and
 * cleaning, tokens and sentences, frequencies, the timeline, quotes and overlap's per-article
 * preparation, in a child process.
 *
 * What must hold: no input throws, every offset a stage reports lies in the text, and no input takes
 * more than WATCHDOG_MS — a hang detector, far above what any input needs (a few milliseconds to
 * a few hundred on a loaded machine), not a speed assertion. A stage that never returns is caught by
 * the child's overall time limit, which names the input it was on.
 */
const FIRST_SEED = 1;
const COUNT = 200;
const WATCHDOG_MS = 5000;
const CHILD_LIMIT_MS = 240_000;

interface Outcome {
  seed: number;
  name: string;
  chars: number;
  ms: number;
  outcome: string;
  error?: string;
}

describe("fuzzing every stage with mutated and pathological articles", function () {
  this.timeout(CHILD_LIMIT_MS + 30_000);

  it(`finishes ${COUNT} seeded inputs without an error, each under ${WATCHDOG_MS / 1000} s`, () => {
    const child = spawnSync(process.execPath, ["--require", "tsx/cjs", path.join(__dirname, "fuzz-child.ts"), String(FIRST_SEED), String(COUNT)], {
      encoding: "utf8",
      timeout: CHILD_LIMIT_MS,
      maxBuffer: 16 << 20,
      env: { ...process.env, DOTENV_CONFIG_QUIET: "true" },
    });
    const lines = child.stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Partial<Outcome> & { start?: number });
    const done = lines.filter((l): l is Outcome => l.seed !== undefined);
    const started = lines.filter((l) => l.start !== undefined);
    if (done.length < COUNT) {
      const stuck = started[started.length - 1];
      assert.fail(stuck && stuck.start !== done[done.length - 1]?.seed
        ? `input ${stuck.start} (${stuck.name}) did not finish within ${CHILD_LIMIT_MS / 1000} s of the run`
        : `the fuzz child stopped after ${done.length} inputs: ${(child.stderr || String(child.error ?? "")).trim().split("\n").slice(-3).join(" | ")}`);
    }
    const errors = done.filter((o) => o.error).map((o) => `seed ${o.seed} (${o.name}, ${o.chars} chars): ${o.error}`);
    assert.deepEqual(errors, []);
    const slow = done.filter((o) => o.ms > WATCHDOG_MS).map((o) => `seed ${o.seed} (${o.name}, ${o.chars} chars): ${Math.round(o.ms)} ms`);
    assert.deepEqual(slow, []);
    // the inputs are what they say: every pattern and every mutation turned up, and most inputs were analysed, not refused
    const names = done.map((o) => o.name).join(" ");
    for (const p of ["dates", "dotted", "quotes", "nospace", "punctuation", "mixed", "debris", "table", "runon"]) assert.ok(names.includes(`pattern ${p}`), `no ${p} input`);
    for (const m of ["repeatSlice", "strip", "punctuate", "oddChars", "words", "shuffle", "pattern", "cut", "recase"]) assert.ok(names.includes(m), `no ${m} mutation`);
    assert.ok(done.filter((o) => o.outcome.startsWith("refused")).length < COUNT / 20, "most inputs are analysed");
  });
});
