#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so `npx newscompare` works straight after `npm install`
// with no build step and can never run a stale build.
process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET || "true";
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`newscompare: ${err && err.message ? err.message : err}\n`); process.exitCode = 1; },
);
