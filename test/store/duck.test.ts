import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { closeDuck, openDuck, rowsOf, SPILL_PREFIX, sweepStaleSpills, tempTableOf } from "../../src/store/duck";
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

describe("tempTableOf (src/store/duck.ts)", () => {
  it("holds every row, a thousand per INSERT, strings quoted (an apostrophe kept) and numbers as they are", async () => {
    const duck = await openDuck({ threads: 1 });
    try {
      const statements: string[] = [];
      const run = (sql: string) => {
        statements.push(sql);
        return duck.connection.run(sql);
      };
      const rows = Array.from({ length: 2500 }, (_, i) => [i % 7 === 0 ? `O'Brien ${i}` : `id-${i}`, i]);
      await tempTableOf(run, "kept", "id VARCHAR, n INTEGER", rows);
      assert.equal(statements.length, 1 + 3);
      assert.deepEqual(await rowsOf(duck.connection, "SELECT count(*) AS rows, sum(n) AS total FROM kept"), [{ rows: 2500, total: (2499 * 2500) / 2 }]);
      assert.deepEqual(await rowsOf(duck.connection, "SELECT id, n FROM kept WHERE n IN (7, 8) ORDER BY n"), [{ id: "O'Brien 7", n: 7 }, { id: "id-8", n: 8 }]);
      // made again: replaced, not appended to
      await tempTableOf(run, "kept", "id VARCHAR, n INTEGER", []);
      assert.deepEqual(await rowsOf(duck.connection, "SELECT count(*) AS rows FROM kept"), [{ rows: 0 }]);
    } finally {
      closeDuck(duck);
    }
  });
});
