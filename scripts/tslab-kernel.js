#!/usr/bin/env node
// Starts tslab with the project root as its working directory. tslab compiles notebook cells with
// rootDir = cwd, so a kernel started in notebooks/ could not import ../src; from the root, cells
// import "./src" and read "data/..." the same way in JupyterLab and in headless runs.
const path = require("path");
const root = path.resolve(__dirname, "..");
process.chdir(root);
const { startKernel } = require(path.join(root, "node_modules", "tslab", "dist", "main.js"));
startKernel({ configPath: process.argv[2], enableFindLocal: false });
