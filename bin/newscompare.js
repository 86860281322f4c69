#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so `npx newscompare` works straight after `npm install`
// with no build step and can never run a stale build.
process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET || "true";
// `newscompare timeline data --json | head`: the reader has what it wanted and closed the pipe; stop
// quietly instead of dying on an unhandled EPIPE with a stack trace
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(0);
  throw err;
});
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`newscompare: ${err && err.message ? err.message : err}\n`); process.exitCode = 1; },
);
