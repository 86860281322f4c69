// Shared by `npm run notebooks`, `npm run lab` and the notebook test: a project-local Jupyter data
// path holding the tslab kernel spec, so nothing is installed into the user's own Jupyter setup.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const JUPYTER_DIR = path.join(ROOT, ".jupyter");
const KERNEL_NAME = "tslab";

/** Writes .jupyter/kernels/tslab/kernel.json (absolute paths: the kernel must start from anywhere). */
function registerKernel() {
  const dir = path.join(JUPYTER_DIR, "kernels", KERNEL_NAME);
  fs.mkdirSync(dir, { recursive: true });
  const spec = {
    argv: [process.execPath, path.join(ROOT, "scripts", "tslab-kernel.js"), "{connection_file}"],
    display_name: "TypeScript (newscompare)",
    language: "typescript",
  };
  fs.writeFileSync(path.join(dir, "kernel.json"), JSON.stringify(spec, null, 2) + "\n");
  return dir;
}

/** Environment for Jupyter processes: our data path first, so our "tslab" kernel wins. */
function jupyterEnv(extra = {}) {
  const paths = [JUPYTER_DIR, process.env.JUPYTER_PATH].filter(Boolean).join(path.delimiter);
  return { ...process.env, JUPYTER_PATH: paths, ...extra };
}

/** A python that can import nbclient (Debian's python3-nbclient lives in /usr/bin/python3), or null. */
function findNbclientPython() {
  const candidates = [process.env.NEWSCOMPARE_PYTHON, "python3", "/usr/bin/python3", "python"].filter(Boolean);
  for (const py of candidates) {
    const r = spawnSync(py, ["-c", "import nbclient, nbformat"], { stdio: "ignore" });
    if (r.status === 0) return py;
  }
  return null;
}

const INSTALL_HINT =
  "Jupyter's nbclient was not found: install it with `apt-get install jupyter-nbconvert python3-nbclient` " +
  "(Debian/Ubuntu) or `pip install nbclient nbformat`, or set NEWSCOMPARE_PYTHON to a python that has it";

module.exports = { ROOT, JUPYTER_DIR, KERNEL_NAME, registerKernel, jupyterEnv, findNbclientPython, INSTALL_HINT };
