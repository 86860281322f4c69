import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/*
 * How a report is put into its folder so that a kill at any moment leaves the old report or the new
 * one, never a mix, and never touches the user's own files there.
 *
 *   reports/<corpus>/
 *     index.html                 the report a person opens: a regular file, the one pointer
 *     report-<pid>-<random>/     this version's own files: assets/ charts/ tables/ results.json
 *     .current -> report-…       (POSIX) the version the stable names below show
 *     charts -> .current/charts  (POSIX) stable names, made once, never rewritten
 *     tables -> .current/tables
 *     results.json -> .current/results.json
 *
 * A run writes a whole new version folder, then swaps the report with ONE rename: a fresh index.html,
 * whose links all point into the new version folder, renamed over the old one. Then `.current` flips
 * (one more rename) so the stable names show the new version, and old versions are deleted.
 *
 * Trade-off: index.html is a regular file with plain relative links, so the report opens by
 * double-click on Linux, macOS and Windows and survives being zipped or copied anywhere; that is why
 * it, not a symlink, is the pointer. The price is that a chart's real path names its version
 * (report-123-AbC/charts/x.png). The stable names charts/, tables/, results.json are symlinks through
 * `.current`, so they exist where symlinks do (Linux, macOS; not Windows without the privilege to make
 * them, where they are skipped) and they follow index.html by one rename: a kill between the two
 * renames leaves index.html on the new version and the stable names on the old, each complete; the
 * next run sets them right.
 *
 * Versions carry the pid of the run that wrote them and a marker file, so a run cleans what killed
 * runs left (an unfinished version, an old one not yet deleted, temporary files) and never a live
 * run's folder or a user's folder that happens to have such a name.
 */

/** Version folders are named `report-<pid>-<random>`. */
export const VERSION_PREFIX = "report-";
/** The symlink to the version the stable names show. */
export const CURRENT_LINK = ".current";
/** Stable names, each a symlink to the same name inside `.current`. */
export const STABLE_LINKS = ["charts", "tables", "results.json"];
/** What the report owned in its folder before versions (real files and folders there): removed once the new index.html is in. */
export const LEGACY_ENTRIES = ["results.json", "assets", "charts", "tables"];
/** index.html names its version folder here, so a later run knows which version is in use. */
export const VERSION_META = "newscompare-files";

/** Written first into every version folder: cleaning deletes only folders that hold it (or nothing). */
export const VERSION_MARKER = ".newscompare-version";

/** The steps of publishing; a test hook can stop the process at any of them. */
export type PublishStep = "version-written" | "index-swapped" | "current-swapped" | "links-made";

const VERSION_NAME = /^report-(\d+)-[A-Za-z0-9]{6}$/;
const TEMP_NAME = /^\.(index\.html|\.current|current|charts|tables|results\.json)\.\d+\.[a-z0-9]+\.tmp$/;

/** The pid that wrote a version folder, or null when the name is not one of ours. */
export function versionPid(name: string): number | null {
  const m = VERSION_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // someone else's live process
  }
}

/** The version folder index.html in `out` points to (read from its head), or null. */
export function indexVersion(out: string): string | null {
  let fd: number;
  try {
    fd = fs.openSync(path.join(out, "index.html"), "r");
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(4096);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const m = new RegExp(`<meta name="${VERSION_META}" content="([^"]+)">`).exec(head.subarray(0, n).toString("utf8"));
    return m && versionPid(m[1]) !== null ? m[1] : null;
  } finally {
    fs.closeSync(fd);
  }
}

/** The version folder `.current` points to, or null. */
export function currentVersion(out: string): string | null {
  try {
    const target = fs.readlinkSync(path.join(out, CURRENT_LINK));
    return versionPid(target) !== null ? target : null;
  } catch {
    return null;
  }
}

/** A version folder we made: it holds our marker, or nothing (killed before the marker was written). */
function isOurs(folder: string): boolean {
  try {
    const names = fs.readdirSync(folder);
    return names.length === 0 || names.includes(VERSION_MARKER);
  } catch {
    return false;
  }
}

function rmQuiet(file: string): void {
  fs.rmSync(file, { recursive: true, force: true });
}

/**
 * Delete what killed runs left in `out`: versions that nothing points to and whose run is gone,
 * temporary files of a publish, and the staging folders (`.<out>.new-*`, `.<out>.old-*`) next to
 * `out` that versions before this layout used. `keep` names versions to keep whatever their pid.
 */
export function cleanStale(out: string, keep: string[] = []): string[] {
  const removed: string[] = [];
  const inUse = new Set([indexVersion(out), currentVersion(out), ...keep]);
  let names: string[] = [];
  try {
    names = fs.readdirSync(out);
  } catch {
    // no folder yet: nothing of ours in it
  }
  for (const name of names) {
    const pid = versionPid(name);
    const staleVersion = pid !== null && !inUse.has(name) && (pid === process.pid || !isAlive(pid)) && isOurs(path.join(out, name));
    const parts = name.split(".");
    const staleTemp = TEMP_NAME.test(name) && !isAlive(Number(parts[parts.length - 3]));
    if (staleVersion || staleTemp) {
      rmQuiet(path.join(out, name));
      removed.push(name);
    }
  }
  const parent = path.dirname(path.resolve(out));
  const legacy = new RegExp(`^\\.${path.basename(path.resolve(out)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(new|old)-[A-Za-z0-9]{6}$`);
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    if (legacy.test(name)) {
      rmQuiet(path.join(parent, name));
      removed.push(path.join("..", name));
    }
  }
  return removed;
}

/** A new, empty `report-<pid>-<random>` folder: mkdir, not mkdtemp, so it gets the usual permissions (mkdtemp's are owner-only). */
function makeVersionFolder(out: string): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (;;) {
    const random = Array.from(crypto.randomBytes(6), (b) => letters[b % letters.length]).join("");
    const folder = path.join(out, `${VERSION_PREFIX}${process.pid}-${random}`);
    try {
      fs.mkdirSync(folder);
      return folder;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
}

/**
 * Start a new version of the report in `out`: clean what killed runs left, then make an empty
 * version folder. Returns its absolute path; write the report's own files into it, then
 * `publishReport`. Nothing a reader sees changes until then.
 */
export function beginReport(out: string): string {
  fs.mkdirSync(out, { recursive: true });
  cleanStale(out);
  const version = makeVersionFolder(path.resolve(out));
  fs.writeFileSync(path.join(version, VERSION_MARKER), `newscompare report version written by pid ${process.pid}\n`);
  return version;
}

/** Give up on a version that was not published. */
export function discardReport(version: string): void {
  rmQuiet(version);
}

/** A file or symlink put in place by one rename from a temporary name beside it. */
function replaceByRename(target: string, make: (tmp: string) => void): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    make(tmp);
    fs.renameSync(tmp, target);
  } catch (err) {
    rmQuiet(tmp);
    throw err;
  }
}

/** Symlinks where the system lets us make them; false (and nothing made) where it does not. */
function trySymlink(target: string, link: string): boolean {
  try {
    replaceByRename(link, (tmp) => fs.symlinkSync(target, tmp));
    return true;
  } catch (err) {
    if (["EPERM", "EACCES", "ENOSYS", "EOPNOTSUPP", "EINVAL"].includes((err as NodeJS.ErrnoException).code ?? "")) return false;
    throw err;
  }
}

function isSymlinkTo(file: string, target: string): boolean {
  try {
    return fs.readlinkSync(file) === target;
  } catch {
    return false;
  }
}

/**
 * Publish `version` (a folder made by `beginReport`, now complete) as the report in `out`:
 * `indexHtml` (whose links point into the version folder and whose head names it, see VERSION_META)
 * replaces out/index.html by one rename; that is the swap. Then the stable names are pointed at the
 * new version and older versions deleted. `hook` is called after each step (tests stop the process
 * there to check that every state a kill can leave is a whole report).
 */
export function publishReport(out: string, version: string, indexHtml: string, hook: (step: PublishStep) => void = () => {}): void {
  const name = path.basename(version);
  if (path.resolve(path.dirname(version)) !== path.resolve(out) || versionPid(name) === null) {
    throw new Error(`publishReport: ${version} is not a version folder of ${out}`);
  }
  if (!indexHtml.includes(`<meta name="${VERSION_META}" content="${name}">`)) {
    throw new Error(`publishReport: index.html does not name its version folder ${name}`);
  }
  hook("version-written");
  replaceByRename(path.join(out, "index.html"), (tmp) => fs.writeFileSync(tmp, indexHtml));
  hook("index-swapped");
  const linked = trySymlink(name, path.join(out, CURRENT_LINK));
  hook("current-swapped");
  for (const legacy of LEGACY_ENTRIES) {
    const file = path.join(out, legacy);
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (stat && !stat.isSymbolicLink()) rmQuiet(file); // the pre-version layout's own entry
  }
  if (linked) {
    for (const stable of STABLE_LINKS) {
      const target = path.join(CURRENT_LINK, stable);
      if (!isSymlinkTo(path.join(out, stable), target)) trySymlink(target, path.join(out, stable));
    }
  } else {
    for (const stable of [CURRENT_LINK, ...STABLE_LINKS]) {
      if (fs.lstatSync(path.join(out, stable), { throwIfNoEntry: false })?.isSymbolicLink()) rmQuiet(path.join(out, stable));
    }
  }
  hook("links-made");
  cleanStale(out, [name]);
}
