import { closeBrowser, hasChrome } from "../../src/render/browser";

/**
 * For browser tests: skip (pending, with the reason) when no Chromium is installed, except under
 * CI=true, where a missing browser must fail the run instead of silently passing it.
 */
export function requireChrome(ctx: Mocha.Context): void {
  if (hasChrome()) return;
  const reason = "no Chromium (install Debian's chromium or set CHROME_PATH)";
  if (process.env.CI === "true") throw new Error(`browser tests need Chromium under CI: ${reason}`);
  console.log(`  skipping browser tests: ${reason}`);
  ctx.skip();
}

/** Run `fn` with CHROME_PATH set to `value`, restoring it and starting the next test with a fresh browser. */
export async function withChromePath<T>(value: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.CHROME_PATH;
  await closeBrowser();
  process.env.CHROME_PATH = value;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = before;
    await closeBrowser();
  }
}
