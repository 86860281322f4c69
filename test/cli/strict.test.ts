import { strict as assert } from "node:assert";
import * as path from "node:path";
import { runCli as run } from "../support/cli";
import { tempCorpus } from "../corpus/support";

describe("a bad metadata field on the command line: a warning, or with --strict a refusal", function () {
  this.timeout(60000);

  it("a bad metadata date: the article loads with no date and ONE warning naming file, line and field; --strict refuses it", async () => {
    const dir = tempCorpus({
      "d.jsonl": '{"id":"ok","text":"Talks began on Monday.","date":"2017-09-16"}\n\n{"id":"bad","text":"Talks went on.","date":"0001-11-30"}\n',
    });
    const file = path.join(dir, "d.jsonl");
    const warning = `${file}: warning: line 3: field 'date': implausible date '0001-11-30' (year 1); loaded with no date\n`;
    const loose = await run("corpus", file, "--json");
    assert.equal(loose.code, 0);
    assert.equal(loose.stderr, warning);
    assert.deepEqual(JSON.parse(loose.stdout).articles.map((a: { id: string; published: string | null }) => [a.id, a.published]), [["ok", "2017-09-16"], ["bad", null]]);
    // every command loads the same way: one warning, the analysis goes on
    const timeline = await run("timeline", file, "--json");
    assert.equal(timeline.code, 0);
    assert.equal(timeline.stderr.split("\n").filter((l) => l.includes("field 'date'")).join("\n") + "\n", warning);
    const strict = await run("corpus", file, "--strict");
    assert.deepEqual([strict.code, strict.stderr], [1, `${file}: line 3: field 'date': implausible date '0001-11-30' (year 1)\n`]);
    const skipped = await run("corpus", file, "--strict", "--skip-bad", "--json");
    assert.equal(skipped.code, 0);
    assert.equal(skipped.stderr, `${file}: skipped: line 3: field 'date': implausible date '0001-11-30' (year 1)\n`);
  });
});
