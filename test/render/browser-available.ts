import { hasChrome } from "../../src/render/browser";

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
