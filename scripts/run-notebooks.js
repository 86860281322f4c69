#!/usr/bin/env node
// `npm run notebooks [-- NOTEBOOK...] [--out DIR]`: executes notebooks headlessly through Jupyter
// (nbclient + the project's tslab kernel) and saves them with their outputs. Fails (exit 1) when any
// cell errors; a failed notebook's saved copy is left untouched.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { ROOT, registerKernel, jupyterEnv, findNbclientPython, INSTALL_HINT } = require("./jupyter-env");

function parse(argv) {
  const files = [];
  let out = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") out = argv[++i];
    else if (argv[i] === "--help" || argv[i] === "-h") {
      process.stdout.write("usage: npm run notebooks [-- NOTEBOOK.ipynb...] [--out DIR]\n" +
        "Executes the notebooks (default: every notebooks/*.ipynb) and saves them with outputs,\n" +
        "in place or into DIR. NEWSCOMPARE_DATA=path runs them on another corpus.\n");
      process.exit(0);
    } else if (argv[i].startsWith("-")) {
      process.stderr.write(`run-notebooks: unknown option ${argv[i]}\n`);
      process.exit(2);
    } else files.push(argv[i]);
  }
  return { files, out };
}

function main() {
  const { files, out } = parse(process.argv.slice(2));
  const notebooks = files.length
    ? files.map((f) => path.resolve(f))
    : fs.readdirSync(path.join(ROOT, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort()
        .map((f) => path.join(ROOT, "notebooks", f));
  for (const nb of notebooks) {
    if (!fs.existsSync(nb)) {
      process.stderr.write(`${nb}: no such notebook\n`);
      return 1;
    }
  }
  const python = findNbclientPython();
  if (!python) {
    process.stderr.write(`run-notebooks: ${INSTALL_HINT}\n`);
    return 1;
  }
  registerKernel();
  if (out) fs.mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const nb of notebooks) {
    const rel = path.relative(process.cwd(), nb);
    const target = out ? path.join(path.resolve(out), path.basename(nb)) : nb;
    const started = Date.now();
    process.stderr.write(`executing ${rel} ...`);
    const r = spawnSync(python, [path.join(__dirname, "execute_notebook.py"), nb, target, ROOT], {
      env: jupyterEnv(),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status === 0) process.stderr.write(` ok (${seconds} s)\n`);
    else {
      failed++;
      const lines = (r.stderr || "").trim().split("\n").filter((l) => l.includes(".ipynb:"));
      process.stderr.write(` FAILED (${seconds} s)\n${lines.join("\n") || (r.stderr || "").trim().split("\n").slice(-3).join("\n")}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
