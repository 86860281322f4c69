import { strict as assert } from "node:assert";
import { jupyterPlotlyLoader, show } from "../../src/render/notebook";
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

  const html = (i: number) => sent[i].data["text/html"];
  const INLINED = "plotly.js v3.7.0";
  const LOADER = 'files/" + "node_modules/plotly.js-dist-min/plotly.min.js"';

  it("by default carries a loader for the Jupyter server's /files/ path, never the library", async () => {
    delete process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY;
    sent.length = 0;
    await show(fig, { static: false });
    await show(fig, { static: false });
    assert.equal(sent.length, 2);
    assert.deepEqual(Object.keys(sent[0].data).sort(), ["text/html", "text/plain"]);
    assert.equal(sent[0].data["text/plain"], "[chart] Probe");
    for (const i of [0, 1]) {
      assert.ok(html(i).includes(LOADER), html(i).slice(0, 400));
      assert.ok(!html(i).includes(INLINED));
      assert.ok(html(i).length < 20_000);
    }
  });

  it("the loader is valid JavaScript and builds the URL from the page's base URL", () => {
    const body = /<script>([\s\S]*)<\/script>/.exec(jupyterPlotlyLoader("node_modules/p%20q/plotly.min.js"))![1];
    const added: Array<{ src: string }> = [];
    const page = (config: string | null, bodyBase: string | null) => {
      added.length = 0;
      const document = {
        querySelector: () => null,
        getElementById: () => (config === null ? null : { textContent: config }),
        body: { getAttribute: () => bodyBase },
        createElement: () => ({ setAttribute() {}, src: "" }),
        head: { appendChild: (s: { src: string }) => added.push(s) },
      };
      new Function("window", "document", "console", body)({}, document, console);
      return added.map((s) => s.src);
    };
    assert.deepEqual(page('{"baseUrl": "/user/me/"}', null), ["/user/me/files/node_modules/p%20q/plotly.min.js"]);
    assert.deepEqual(page('{"baseUrl": "/lab"}', null), ["/lab/files/node_modules/p%20q/plotly.min.js"]);
    assert.deepEqual(page(null, "/"), ["/files/node_modules/p%20q/plotly.min.js"]); // the classic Notebook
    assert.deepEqual(page(null, null), []); // not a Jupyter page
  });

  it("NEWSCOMPARE_NOTEBOOK_PLOTLY=inline inlines it in the first chart of the session only; inlinePlotly forces it", async () => {
    process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY = "inline";
    sent.length = 0;
    await show(fig, { static: false });
    await show(fig, { static: false });
    await show(fig, { static: false, inlinePlotly: true });
    assert.deepEqual([0, 1, 2].map((i) => html(i).includes(INLINED)), [true, false, true]);
    assert.deepEqual([0, 1, 2].map((i) => html(i).includes(LOADER)), [false, false, false]);
  });

  it("NEWSCOMPARE_NOTEBOOK_PLOTLY=none carries neither unless asked", async () => {
    process.env.NEWSCOMPARE_NOTEBOOK_PLOTLY = "none";
    sent.length = 0;
    await show(fig, { static: false });
    await show(fig, { static: false, inlinePlotly: true });
    assert.deepEqual([0, 1].map((i) => [html(i).includes(INLINED), html(i).includes(LOADER)]), [[false, false], [true, false]]);
  });

  it("says what to do instead when called outside a notebook", async () => {
    jupyter.lastWriteDisplayData = null;
    await assert.rejects(show(fig, { static: false }), /show\(\) draws in a tslab notebook \(Not ready\); outside one, use saveChart\(figure, "chart.html"\)/);
  });
});
