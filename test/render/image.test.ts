import { strict as assert } from "node:assert";
import { imageProblem, ImageTooLargeError, MAX_FIGURE_BYTES, MAX_IMAGE_SIDE, renderPng, renderSvg, staticFigure } from "../../src/render/image";
import { closeBrowser } from "../../src/render/browser";
import type { Figure } from "../../src/charts/figure";

describe("static images (image.ts)", () => {
  it("drops what only a hover shows and keeps what is drawn", () => {
    const fig: Figure = {
      data: [
        { type: "heatmap", z: [[1, 2]], text: [["a", "b"]], hovertemplate: "%{text}", customdata: [[1, 2]] },
        { type: "heatmap", z: [[1]], text: [["shown"]], texttemplate: "%{text}" },
        { type: "heatmap", z: [[1]], text: [["hover only"]], texttemplate: "%{z:.0%}", hovertemplate: "%{text}" },
        { type: "bar", x: ["a"], y: [1], text: ["on the bar"], hovertext: ["hover"], hoverinfo: "text" },
        { type: "bar", x: ["a"], y: [1], text: ["hover only"], textposition: "none" },
        { type: "scatter", x: [1], y: [1], mode: "markers", text: ["hover"] },
        { type: "scatter", x: [1], y: [1], mode: "markers+text", text: ["label"], customdata: ["c"], texttemplate: "%{customdata}" },
      ],
      layout: { height: 300 },
    };
    assert.deepEqual(staticFigure(fig), {
      data: [
        { type: "heatmap", z: [[1, 2]] },
        { type: "heatmap", z: [[1]], text: [["shown"]], texttemplate: "%{text}" },
        { type: "heatmap", z: [[1]], texttemplate: "%{z:.0%}" },
        { type: "bar", x: ["a"], y: [1], text: ["on the bar"] },
        { type: "bar", x: ["a"], y: [1], textposition: "none" },
        { type: "scatter", x: [1], y: [1], mode: "markers" },
        { type: "scatter", x: [1], y: [1], mode: "markers+text", customdata: ["c"], texttemplate: "%{customdata}" },
      ],
      layout: { height: 300 },
    });
  });

  it("refuses a figure too tall or too heavy for an image, saying why", () => {
    const tall: Figure = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: { height: 96_940 } };
    assert.equal(imageProblem(tall, "svg"), "96,940 px tall, over the 32,000 px an image may be");
    assert.equal(imageProblem({ ...tall, layout: { height: 20_000 } }, "png", { scale: 2 }), "40,000 px tall, over the 32,000 px an image may be");
    assert.equal(imageProblem({ ...tall, layout: { height: 20_000 } }, "svg", { scale: 2 }), null, "an SVG is not drawn in pixels");
    assert.equal(imageProblem({ ...tall, layout: { height: MAX_IMAGE_SIDE } }, "png"), null);
    const heavy: Figure = { data: [{ type: "scatter", x: [1], y: [1], name: "x".repeat(MAX_FIGURE_BYTES) }], layout: {} };
    assert.equal(imageProblem(heavy, "png"), "32 MB of figure data, over the 32 MB an image may draw");
    const hoverOnly: Figure = { data: [{ type: "heatmap", z: [[1]], text: ["x".repeat(MAX_FIGURE_BYTES)] }], layout: {} };
    assert.equal(imageProblem(hoverOnly, "png"), null, "hover text does not count: it is not drawn");
    const cells = Array.from({ length: 300 }, () => Array.from({ length: 300 }, () => 0.5));
    assert.equal(imageProblem({ data: [{ type: "heatmap", z: cells, texttemplate: "%{z:.0%}" }], layout: {} }, "png"), "90,000 text labels, over the 50,000 an image may draw");
    assert.equal(imageProblem({ data: [{ type: "heatmap", z: cells }], layout: {} }, "png"), null, "a heatmap without labels is one image");
  });

  it("refuses before starting any browser", async () => {
    const before = process.env.CHROME_PATH;
    await closeBrowser();
    process.env.CHROME_PATH = "/nonexistent/chromium"; // a browser launch would fail with another error
    try {
      const tall: Figure = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: { height: 50_000 } };
      await assert.rejects(renderPng(tall), (err: Error) => err instanceof ImageTooLargeError && err.message === "50,000 px tall, over the 32,000 px an image may be");
      await assert.rejects(renderSvg(tall), ImageTooLargeError);
    } finally {
      if (before === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = before;
    }
  });
});
