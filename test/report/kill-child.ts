// Run by kill.test.ts in a child process: `node -r tsx/cjs kill-child.ts OUT LABEL STEP` builds a
// report of the bundled story into OUT whose one section's results say LABEL, and kills itself with
// SIGKILL at publish step STEP (see PublishStep in src/report/write.ts), as `kill -9` would.
import * as path from "node:path";
import { buildReport } from "../../src/report/build";
import { labelled } from "./labelled-section";

const [out, label, step] = process.argv.slice(2);

buildReport({
  paths: path.resolve(__dirname, "../../data/trump-putin-call"),
  out,
  formats: ["html"],
  sections: [labelled(label)],
  publishHook: (at) => {
    if (at === step) process.kill(process.pid, "SIGKILL");
  },
}).then(
  () => process.stdout.write("published\n"),
  (err) => {
    process.stderr.write(`${err?.message ?? err}\n`);
    process.exitCode = 1;
  },
);
