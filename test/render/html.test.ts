import { strict as assert } from "node:assert";
import { chartFragment, chartPage, scriptJson } from "../../src/render/html";
import { figure } from "../../src/charts/theme";

describe("chart HTML", () => {
  const fig = figure([{ type: "bar", x: ["a"], y: [1], name: "</script><b>x" }], { title: { text: "T & <U>" } });

  it("keeps figure JSON inside its script element", () => {
    const html = chartFragment(fig, { id: "c1" });
    assert.equal(html.match(/<\/script>/g)!.length, 1);
    assert.ok(html.includes("\\u003c/script>\\u003cb>x"));
    assert.equal(scriptJson({ s: "a\u2028b" }), '{"s":"a\\u2028b"}');
  });

  it("shows a static image until plotly.js draws, when given one", () => {
    const html = chartFragment(fig, { id: "c2", fallbackPng: Buffer.from([1, 2, 3]), fallbackWidth: 400, alt: "T" });
    assert.ok(html.startsWith('<img id="c2-static" class="nc-chart-static" src="data:image/png;base64,AQID" width="400" alt="T"'));
    assert.ok(html.includes('<div id="c2" class="nc-chart" style="display:none;'));
  });

  it("inlines plotly.js in a standalone page, or links it when told", () => {
    const inline = chartPage(fig);
    assert.ok(inline.includes("plotly.js v3.7.0"));
    assert.ok(inline.includes("<title>T &amp; &lt;U&gt;</title>"));
    assert.ok(!/<script src=/.test(inline));
    const linked = chartPage(fig, { plotly: { src: "../assets/plotly.min.js" } });
    assert.ok(linked.includes('<script src="../assets/plotly.min.js"></script>'));
    assert.ok(!linked.includes("plotly.js v3.7.0"));
  });
});
