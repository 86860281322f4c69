#!/usr/bin/env node
// `npm run notebooks:clear [-- NOTEBOOK...] [--check]`: strips outputs, execution counts and run
// timings from notebooks (default: every notebooks/*.ipynb) and writes them in the committed form, so
// `npm run notebooks && npm run notebooks:clear` leaves the tree as it was. --check only reports.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { ROOT, findNbclientPython, INSTALL_HINT } = require("./jupyter-env");

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write("usage: npm run notebooks:clear [-- NOTEBOOK.ipynb...] [--check]\n");
  process.exit(0);
}
const files = args.filter((a) => !a.startsWith("-"));
const notebooks = files.length
  ? files
  : fs.readdirSync(path.join(ROOT, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort().map((f) => path.join(ROOT, "notebooks", f));
const python = findNbclientPython();
if (!python) {
  process.stderr.write(`notebooks:clear: ${INSTALL_HINT}\n`);
  process.exit(1);
}
const r = spawnSync(python, [path.join(__dirname, "clear_notebooks.py"), ...args.filter((a) => a === "--check"), ...notebooks], { stdio: "inherit" });
process.exit(r.status ?? 1);
