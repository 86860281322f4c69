import * as fs from "node:fs";
import * as path from "node:path";
import { CorpusError, type LoadWarning } from "./article";
import { MANIFEST_NAME, readManifest, type Manifest } from "./manifest";
import { fsProblem } from "./read-file";

/** A file found in a folder, with what the folder's manifests say about it. */
export interface FoundFile {
  /** path to open */
  full: string;
  /** path to show: the folder as the user gave it joined with the path inside it */
  shown: string;
  /** metadata from the nearest `articles.csv` listing this file, if any */
  manifest?: Record<string, string>;
  /** set when the entry cannot be loaded (a sub-folder that cannot be listed): the loader reports it as this file's problem */
  problem?: string;
}

/**
 * Files under a folder that look like articles, in a stable order (code-point order of their paths
 * inside the folder, so the same corpus always loads the same way on every machine). Hidden files, files
 * starting with "_", README files and manifests are not articles and are passed over quietly; any other
 * file whose extension no reader knows is passed over with a warning, so nothing vanishes unannounced.
 * Links to folders are not followed (a link loop would never end); a link named like an article is
 * listed, and the reader refuses it if it does not lead to a regular file. A sub-folder that cannot be
 * listed comes back as an entry with a `problem`, so the rest of the folder still loads.
 */
export function listFolder(
  folder: string,
  shownFolder: string,
  known: (ext: string, name: string) => boolean,
  warnings: LoadWarning[],
): FoundFile[] {
  const out: FoundFile[] = [];
  const manifests: Array<{ dir: string; manifest: Manifest; used: Set<string> }> = [];
  const visit = (rel: string) => {
    const dir = path.join(folder, rel);
    const manifest = readManifest(dir, path.join(shownFolder, rel));
    if (manifest) manifests.push({ dir: rel, manifest, used: new Set() });
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      const shown = path.join(shownFolder, rel);
      if (rel === "") throw new CorpusError(shown, fsProblem(err));
      out.push({ full: dir, shown, problem: `cannot list folder: ${fsProblem(err).replace(/^cannot read: /, "")}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      const relPath = rel ? `${rel}/${name}` : name;
      if (name.startsWith(".") || name.startsWith("_")) continue;
      if (entry.isDirectory()) {
        visit(relPath);
        continue;
      }
      if (name === MANIFEST_NAME || /^readme(\.|$)/i.test(name)) continue;
      const shown = path.join(shownFolder, relPath);
      const ext = path.extname(name).toLowerCase();
      if (!known(ext, name)) {
        warnings.push({ file: shown, message: `skipped: ${ext ? `unknown format '${ext}'` : "no file extension"}` });
        continue;
      }
      const found: FoundFile = { full: path.join(folder, relPath), shown };
      // The nearest manifest (the deepest folder) that lists the file wins.
      for (let i = manifests.length - 1; i >= 0; i--) {
        const m = manifests[i];
        if (m.dir && relPath !== m.dir && !relPath.startsWith(`${m.dir}/`)) continue;
        const key = m.dir ? relPath.slice(m.dir.length + 1) : relPath;
        const meta = m.manifest.entries.get(key);
        if (meta) {
          found.manifest = meta;
          m.used.add(key);
          break;
        }
      }
      out.push(found);
    }
  };
  visit("");
  for (const m of manifests) {
    for (const key of m.manifest.entries.keys()) {
      if (!m.used.has(key)) warnings.push({ file: m.manifest.file, message: `lists '${key}', which is not an article file in this folder` });
    }
  }
  return out;
}
