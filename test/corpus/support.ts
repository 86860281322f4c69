import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Repo-relative fixture folder for the corpus tests. */
export const FIXTURES = path.join("test", "fixtures", "corpus");

/** A fresh temporary folder holding the given files (string = UTF-8 text, Buffer = bytes as is). */
export function tempCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newscompare-corpus-"));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

/** Real data shared by the project's developers; absent in a user's clone. */
export const SHARED_CORPORA = path.resolve(__dirname, "../../..", "shared/corpora");
