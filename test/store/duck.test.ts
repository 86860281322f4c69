import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { SPILL_PREFIX, sweepStaleSpills } from "../../src/store/duck";
import { tempDir } from "./support";

describe("DuckDB's spill folders (src/store/duck.ts sweepStaleSpills)", () => {
  it("removes this machine's folders of processes that are gone, keeps this process's, a running one's, another machine's and anything else", () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!; // exited by the time spawnSync returns
    const folders = {
      gone: `${SPILL_PREFIX}${gone}`,
      self: `${SPILL_PREFIX}${process.pid}`,
      parent: `${SPILL_PREFIX}${process.ppid}`,
      other: "newscompare-bench-ingest-x",
      odd: `${SPILL_PREFIX}notapid`,
      // another machine's (a container sharing /tmp): its pids are not this machine's
      elsewhere: `newscompare-duckdb-some-other-host-${gone}`,
    };
    for (const name of Object.values(folders)) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "spill.block"), "x".repeat(1000));
    }
    // written a moment ago: left alone until it has been untouched for a while
    assert.deepEqual(sweepStaleSpills(dir), []);
    assert.deepEqual(sweepStaleSpills(dir, 0), [folders.gone]);
    assert.deepEqual(fs.readdirSync(dir).sort(), [folders.other, folders.odd, folders.parent, folders.self, folders.elsewhere].sort());
    // nothing more to do the second time, and a folder that is not there is no error
    assert.deepEqual(sweepStaleSpills(dir, 0), []);
    assert.deepEqual(sweepStaleSpills(path.join(dir, "missing"), 0), []);
  });
});
