#!/usr/bin/env node
// `npm run lab`: registers the project's tslab kernel in a project-local Jupyter path and opens
// JupyterLab (or the classic Notebook) on notebooks/. Says how to install one when neither is there.
const { spawn, spawnSync } = require("child_process");
const path = require("path");
const { ROOT, registerKernel, jupyterEnv } = require("./jupyter-env");

const dir = registerKernel();
process.stderr.write(`tslab kernel "TypeScript (newscompare)" registered in ${path.relative(ROOT, dir)}\n`);

function has(args) {
  return spawnSync("jupyter", args, { stdio: "ignore", env: jupyterEnv() }).status === 0;
}

const app = has(["lab", "--version"]) ? "lab" : has(["notebook", "--version"]) ? "notebook" : null;
if (!app) {
  process.stderr.write(
    "Neither JupyterLab nor the classic Notebook is installed. Install one of:\n" +
      "  pip install jupyterlab            (JupyterLab)\n" +
      "  apt-get install jupyter-notebook  (classic Notebook, Debian/Ubuntu)\n" +
      "then run `npm run lab` again. Headless runs need only `npm run notebooks`.\n",
  );
  process.exit(1);
}
const args = [app, "--notebook-dir", ROOT, ...process.argv.slice(2)];
if (process.argv.includes("--check")) {
  process.stdout.write(`would run: jupyter ${args.join(" ")}\n`);
  process.exit(0);
}
const child = spawn("jupyter", args, { stdio: "inherit", env: jupyterEnv(), cwd: ROOT });
child.on("exit", (code) => process.exit(code ?? 0));
