import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium } from "playwright-core";

/**
 * Debian's Chromium (`apt-get install chromium`): Playwright's own browser downloads cannot run here.
 * MEETSTREAM_CHROMIUM points elsewhere when it lives somewhere else.
 */
export const chromiumPath = process.env.MEETSTREAM_CHROMIUM ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The browser tests need Chromium at ${chromiumPath}: install it with \`apt-get install chromium\` or set MEETSTREAM_CHROMIUM.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Every page here answers in well under a second: a step that waits 10 s has failed, so say so early. */
export const stepTimeout = 10_000;

export async function newContext(
  browser: Browser,
  options?: Parameters<Browser["newContext"]>[0],
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(stepTimeout);
  return context;
}
