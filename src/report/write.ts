import * as fs from "node:fs";
import * as path from "node:path";

/** The names a report owns in its folder; anything else there (a user's notes) is never touched. */
export const REPORT_ENTRIES = ["index.html", "results.json", "assets", "charts", "tables"];

/** A fresh staging folder next to `target` (same file system, so renames are atomic). */
export function makeStagingDir(target: string): string {
  const parent = path.dirname(path.resolve(target));
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.new-`));
}

/**
 * Move the report in `staging` into `target`: each owned entry of the old report is renamed aside,
 * the new one renamed in, then the old ones deleted. If a rename fails half way, what was moved is
 * put back, so the target holds the old report or the new one, never a mix. Other files in the
 * target stay as they were. The staging folder is removed in every case.
 */
export function swapReport(
  staging: string,
  target: string,
  entries = REPORT_ENTRIES,
  /** injectable so tests can make a rename fail half way */
  rename: (from: string, to: string) => void = fs.renameSync,
): void {
  const aside = fs.mkdtempSync(path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.old-`));
  const movedAside: string[] = [];
  const movedIn: string[] = [];
  try {
    fs.mkdirSync(target, { recursive: true });
    for (const name of entries) {
      if (fs.existsSync(path.join(target, name))) {
        rename(path.join(target, name), path.join(aside, name));
        movedAside.push(name);
      }
    }
    for (const name of entries) {
      if (fs.existsSync(path.join(staging, name))) {
        rename(path.join(staging, name), path.join(target, name));
        movedIn.push(name);
      }
    }
  } catch (err) {
    for (const name of movedIn) fs.rmSync(path.join(target, name), { recursive: true, force: true });
    for (const name of movedAside) fs.renameSync(path.join(aside, name), path.join(target, name));
    throw err;
  } finally {
    fs.rmSync(aside, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
