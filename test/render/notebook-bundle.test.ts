import { strict as assert } from "node:assert";
import { show } from "../../src/render/notebook";
import { figure } from "../../src/charts/theme";

// In-process: capture what show() hands tslab's display writer (the kernel test runs the real thing).
type Message = { data: Record<string, string>; metadata: Record<string, unknown> };
const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: ((m: Message, update: boolean) => void) | null };

describe("show() display bundle", () => {
  const sent: Message[] = [];
  const saved = { writer: jupyter.lastWriteDisplayData, env: process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY };
  before(() => (jupyter.lastWriteDisplayData = (m) => void sent.push(m)));
  after(() => {
    jupyter.lastWriteDisplayData = saved.writer;
    if (saved.env === undefined) delete process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY;
    else process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY = saved.env;
  });
  const fig = figure([{ type: "bar", x: ["a"], y: [2] }], { title: { text: "Probe" } });

  it("with NEWSCOMPARE_NOTEBOOK_PLOTLY=none inlines no library unless asked", async () => {
    process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY = "none";
    await show(fig, { static: false });
    await show(fig, { static: false, inlinePlotly: true });
    assert.equal(sent.length, 2);
    assert.deepEqual(Object.keys(sent[0].data).sort(), ["text/html", "text/plain"]);
    assert.equal(sent[0].data["text/plain"], "[chart] Probe");
    assert.ok(!sent[0].data["text/html"].includes("plotly.js v3.7.0"));
    assert.ok(sent[1].data["text/html"].includes("plotly.js v3.7.0"));
  });

  it("says what to do instead when called outside a notebook", async () => {
    jupyter.lastWriteDisplayData = null;
    await assert.rejects(show(fig, { static: false }), /show\(\) draws in a tslab notebook \(Not ready\); outside one, use saveChart\(figure, "chart.html"\)/);
  });
});
