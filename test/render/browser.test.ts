import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { BrowserLaunchError, closeBrowser, isBrowserUnavailable, launchCommand, RENDERER_USES, RenderTimeoutError, withRenderer } from "../../src/render/browser";
import { requireChrome, withChromePath } from "./browser-available";

describe("the shared renderer (browser.ts)", function () {
  this.timeout(120_000);
  after(() => closeBrowser());

  it("starts Chromium so that it dies with this process: through setpriv's parent-death signal on Linux", function () {
    if (process.platform !== "linux" || !fs.existsSync("/usr/bin/setpriv")) this.skip();
    const { executablePath, env } = launchCommand("/usr/bin/chromium");
    assert.equal(executablePath, path.resolve(__dirname, "../../src/render/chromium-dies-with-parent.sh"));
    assert.equal(env.NEWSCOMPARE_CHROMIUM, "/usr/bin/chromium");
    assert.equal(env.NEWSCOMPARE_SETPRIV, "/usr/bin/setpriv");
    assert.match(fs.readFileSync(executablePath, "utf8"), /\nexec "\$NEWSCOMPARE_SETPRIV" --pdeathsig KILL -- "\$NEWSCOMPARE_CHROMIUM" "\$@"\n/);
  });

  it("says a browser that will not start is unavailable, naming it", async () => {
    await withChromePath("/bin/true", async () => {
      await assert.rejects(withRenderer(async () => 1), (err: Error) => {
        assert.ok(err instanceof BrowserLaunchError, String(err));
        assert.ok(isBrowserUnavailable(err));
        assert.match(err.message, /^Chromium at \/bin\/true would not start \(.+\): set CHROME_PATH to a working Chrome\/Chromium executable$/);
        return true;
      });
    });
    await withChromePath("/nonexistent/chromium", async () => {
      await assert.rejects(withRenderer(async () => 1), (err: Error) => isBrowserUnavailable(err) && /CHROME_PATH=\/nonexistent\/chromium does not exist/.test(err.message));
    });
    assert.equal(isBrowserUnavailable(new Error("page.evaluate: Target crashed")), false);
  });

  describe("in headless Chromium", function () {
    before(function () {
      requireChrome(this);
    });

    it("draws on a fresh page every RENDERER_USES calls, with plotly.js loaded", async () => {
      await closeBrowser();
      const counts: number[] = [];
      for (let i = 0; i < RENDERER_USES + 2; i++) {
        counts.push(await withRenderer((page) => page.evaluate(() => {
          const w = window as unknown as { calls?: number; Plotly?: unknown };
          if (!w.Plotly) throw new Error("no Plotly");
          return (w.calls = (w.calls ?? 0) + 1);
        })));
      }
      assert.deepEqual(counts, [...Array.from({ length: RENDERER_USES }, (_, i) => i + 1), 1, 2]);
    });

    it("tries once more on a fresh page when the page crashes, and names a second crash", async () => {
      let tries = 0;
      const drawn = await withRenderer(async (page) => {
        if (++tries === 1) await page.goto("chrome://crash").catch(() => undefined);
        return page.evaluate(() => typeof (window as unknown as { Plotly?: unknown }).Plotly);
      });
      assert.equal(tries, 2);
      assert.equal(drawn, "object");
      await assert.rejects(
        withRenderer(async (page) => {
          await page.goto("chrome://crash").catch(() => undefined);
          return page.evaluate(() => 1);
        }),
        /^Error: Chromium's page crashed drawing it, twice \(.*(crash|closed).*\)$/i,
      );
      assert.equal(await withRenderer((page) => page.evaluate(() => 1 + 1)), 2, "the next drawing works");
    });

    it("stops a drawing past the time limit by closing its page, and goes on", async () => {
      await assert.rejects(
        withRenderer((page) => page.evaluate(() => {
          for (;;) {
            // a figure that never finishes drawing
          }
        }), { timeoutMs: 2000 }),
        (err: Error) => err instanceof RenderTimeoutError && err.message === "not drawn within 2 s (stopped)",
      );
      assert.equal(await withRenderer((page) => page.evaluate(() => 40 + 2)), 42);
    });
  });
});
