import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { plotlySource } from "./plotly-source";

/** Where a Chromium is looked for when CHROME_PATH is not set (Debian's package first: CI installs it). */
export const CHROME_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The network is closed wherever this runs (CI, offline laptops): these flags stop Chromium from
 * trying to phone home and filling the log with failed connections. (Not --disable-crashpad-for-testing:
 * it would keep chrome_crashpad_handler, which detaches from the browser's process tree, from
 * starting, but Chromium 156 then never finishes loading a file:// page. The handler exits by itself
 * once the browser is gone.)
 */
export const CHROME_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `no Chromium found to render PNG/SVG (${detail}): install Debian's chromium package ` +
        "(apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium executable",
    );
    this.name = "BrowserNotFoundError";
  }
}

/** Chromium was found but would not start (a broken install, a CHROME_PATH that is not a browser). */
export class BrowserLaunchError extends Error {
  constructor(executable: string, cause: unknown) {
    const first = String((cause as Error)?.message ?? cause).split("\n").find((l) => l.trim()) ?? "unknown error";
    super(`Chromium at ${executable} would not start (${first.trim()}): set CHROME_PATH to a working Chrome/Chromium executable`);
    this.name = "BrowserLaunchError";
  }
}

/** True for the errors that mean "no browser to draw with here", as opposed to one drawing that failed. */
export function isBrowserUnavailable(err: unknown): boolean {
  return err instanceof BrowserNotFoundError || err instanceof BrowserLaunchError;
}

/** The browser executable: $CHROME_PATH if set (and present), else the first candidate that exists. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, candidates = CHROME_CANDIDATES): string {
  const given = env.CHROME_PATH;
  if (given) {
    if (!fs.existsSync(given)) throw new BrowserNotFoundError(`CHROME_PATH=${given} does not exist`);
    return given;
  }
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new BrowserNotFoundError(`none of ${candidates.join(", ")} exists`);
  return found;
}

/** True when a browser can be launched; tests use it to decide between running and pending. */
export function hasChrome(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    findChrome(env);
    return true;
  } catch {
    return false;
  }
}

let browser: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
/**
 * Close the browser after this long without use. Chromium's pipes keep Node running while it is open,
 * so a script that saved a chart ends this soon after its last one (closeBrowser() ends it at once);
 * short gaps between charts (a report, a loop) still reuse one browser. A notebook kernel lives on
 * anyway and keeps it longer (keepBrowserOpen), since launching Chromium costs seconds per chart.
 */
let idleMs = 2_000;

/** Keep the shared browser open this long after its last use (a long-lived process such as a notebook kernel). */
export function keepBrowserOpen(ms: number): void {
  idleMs = ms;
}

/** Linux: the launcher that makes the kernel end Chromium with the node process (see the script). */
const DIES_WITH_PARENT = path.join(__dirname, "chromium-dies-with-parent.sh");
const SETPRIV = ["/usr/bin/setpriv", "/bin/setpriv"];

/**
 * How to start `executable` so that it dies with this process: on Linux through
 * chromium-dies-with-parent.sh (util-linux's setpriv sets the parent-death signal), elsewhere or
 * without setpriv as it is (Chromium still quits when its DevTools pipe closes).
 */
export function launchCommand(executable: string): { executablePath: string; env: NodeJS.ProcessEnv } {
  const usable = (file: string) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const setpriv = SETPRIV.find(usable);
  if (process.platform === "linux" && setpriv && usable(DIES_WITH_PARENT)) {
    return { executablePath: DIES_WITH_PARENT, env: { ...process.env, NEWSCOMPARE_SETPRIV: setpriv, NEWSCOMPARE_CHROMIUM: executable } };
  }
  return { executablePath: executable, env: process.env };
}

/** One shared headless browser, launched on first use: a report exports many charts. */
export function getBrowser(): Promise<Browser> {
  // Whoever takes the browser itself (not through withRenderer) is using it now: no idle close under it.
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!browser) {
    const executablePath = findChrome();
    const launching: Promise<Browser> = (async () => {
      const { chromium } = require("playwright-core") as typeof import("playwright-core");
      let launched: Browser;
      try {
        launched = await chromium.launch({ ...launchCommand(executablePath), args: CHROME_ARGS, headless: true });
      } catch (err) {
        throw new BrowserLaunchError(executablePath, err);
      }
      // A browser that died (killed, out of memory) is forgotten, so the next use launches a new one.
      launched.on("disconnected", () => {
        if (browser === launching) {
          browser = null;
          renderer = null;
        }
      });
      return launched;
    })();
    browser = launching;
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
  }
  return browser;
}

/** Close the shared browser (and its renderer page). Safe to call when none is open. */
export async function closeBrowser(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const open = browser;
  browser = null;
  renderer = null;
  if (open) await (await open.catch(() => null))?.close();
}

/**
 * The renderer page is replaced after this many drawings: what drawings leave behind in a page (V8
 * garbage, Plotly's caches, fonts and images of earlier figures) goes with it, so a report of many
 * charts runs in the memory of a few.
 */
export const RENDERER_USES = 8;

/** A drawing still running after this long is stopped (its page closed) and fails: one figure must not stall a report. */
export const RENDER_TIMEOUT_MS = 120_000;

/** A drawing stopped by the time limit. */
export class RenderTimeoutError extends Error {
  constructor(ms: number) {
    super(`not drawn within ${Math.round(ms / 1000)} s (stopped)`);
    this.name = "RenderTimeoutError";
  }
}

interface Renderer {
  page: Promise<Page>;
  uses: number;
}

let renderer: Renderer | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Close the renderer page, if any: its renderer process and everything it held go with it. */
async function dropRenderer(): Promise<void> {
  const old = renderer;
  renderer = null;
  if (old) await (await old.page.catch(() => null))?.close().catch(() => undefined);
}

/** A blank page with plotly.js loaded once from node_modules (set as script content, never fetched). */
async function freshRenderer(): Promise<Renderer> {
  await dropRenderer();
  const page = (async () => {
    const opened = await (await getBrowser()).newPage();
    await opened.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>");
    await opened.addScriptTag({ content: plotlySource() });
    return opened;
  })();
  const made: Renderer = { page, uses: 0 };
  renderer = made;
  page.catch(() => {
    if (renderer === made) renderer = null;
  });
  return made;
}

/** A page that crashed or a browser that went away: worth one more try on a fresh page. */
function isCrash(err: unknown): boolean {
  return !isBrowserUnavailable(err) && /has been closed|crash|disconnected/i.test(String((err as Error)?.message));
}

/** The first line of a Playwright error (the rest is its call log). */
function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split("\n")[0];
}

export interface RendererOptions {
  /** stop the drawing after this many ms; default RENDER_TIMEOUT_MS */
  timeoutMs?: number;
}

/**
 * Run `fn` on the shared renderer page (see freshRenderer). Calls are queued one at a time, since
 * Plotly.toImage draws into the page. The page is replaced every RENDERER_USES calls and after any
 * failure; a call that crashes the page (or the browser) is tried once more on a fresh one; a call
 * past the time limit is stopped by closing its page and fails with RenderTimeoutError.
 */
export function withRenderer<T>(fn: (page: Page) => Promise<T>, options: RendererOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? RENDER_TIMEOUT_MS;
  const attempt = async (): Promise<T> => {
    if (idleTimer) clearTimeout(idleTimer);
    const current = renderer && renderer.uses < RENDERER_USES ? renderer : await freshRenderer();
    current.uses++;
    let timer: NodeJS.Timeout | undefined;
    try {
      const page = await current.page;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new RenderTimeoutError(timeoutMs)), timeoutMs);
      });
      return await Promise.race([fn(page), limit]);
    } catch (err) {
      // Whatever went wrong (a crash, the time limit, an error in the figure), the next call gets a clean page.
      if (renderer === current) await dropRenderer();
      throw err;
    } finally {
      clearTimeout(timer);
      idleTimer = setTimeout(() => void closeBrowser(), idleMs);
      idleTimer.unref();
    }
  };
  const run = async (): Promise<T> => {
    try {
      return await attempt();
    } catch (err) {
      if (!isCrash(err)) throw err;
      try {
        return await attempt();
      } catch (again) {
        throw isCrash(again) ? new Error(`Chromium's page crashed drawing it, twice (${firstLine(again)})`) : again;
      }
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
