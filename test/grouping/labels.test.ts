import { strict as assert } from "node:assert";
import { articleLabel, articleLabels, looksLikeId, shortTitle } from "../../src/grouping/labels";

const sestak = { id: "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1", title: "Sestak says White House offered him a job to quit the Senate race", outlet: "Fox News", published: "2012-06-03T10:00:00Z" };

describe("article labels", () => {
  it("read outlet · day · short title by default, and leave a UUID out", () => {
    assert.equal(articleLabel(sestak), "Fox News · 2012-06-03 · Sestak says White House offered him…");
    assert.equal(articleLabel(sestak, "title"), "Sestak says White House offered him…");
    assert.equal(articleLabel(sestak, "outlet"), "Fox News · 2012-06-03");
    assert.equal(articleLabel(sestak, "id"), sestak.id);
  });

  it("use a readable id where there is no title, and the id when nothing else exists", () => {
    assert.equal(articleLabel({ id: "wapo-call", title: null, outlet: "unknown", published: "2025-01-24" }), "2025-01-24 · wapo-call");
    assert.equal(articleLabel({ id: "004Gt3gcsotuiYmz", title: null, outlet: "unknown", published: null }), "004Gt3gcsotuiYmz");
    assert.equal(articleLabel({ id: "004Gt3gcsotuiYmz", title: null, outlet: "Vox", published: null }), "Vox");
  });

  it("make labels unique with the end of the id", () => {
    const labels = articleLabels([
      { id: "x_1", title: null, outlet: "NYT", published: "2010-01-01" },
      { id: "9fc321f774faf36d_2", title: null, outlet: "NYT", published: "2010-01-01" },
      { id: "9fc321f774faf36d_3", title: null, outlet: "NYT", published: "2010-01-01" },
    ]);
    assert.deepEqual([...labels.values()], ["NYT · 2010-01-01 · x_1", "NYT · 2010-01-01 · #2", "NYT · 2010-01-01 · #3"]);
  });

  it("cut titles at a word boundary", () => {
    assert.equal(shortTitle("Short title"), "Short title");
    assert.equal(shortTitle("Trump and Putin signal they will have a phone call soon", 30), "Trump and Putin signal they…");
  });

  it("tell ids from names", () => {
    for (const id of [sestak.id, "2b95d2cf…934f23_1", "004Gt3gcsotuiYmz", "000_9fc321f774faf36d", "12345"]) assert.equal(looksLikeId(id), true, id);
    for (const name of ["wapo-call", "ParisAttacks2015 (1)", "NBA.draft.2", "G20 summit", "Fox News · 2012-06-03", "deadbeef", "2010-12-01", "2012"]) assert.equal(looksLikeId(name), false, name);
  });
});
