import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/** Where to keep screenshots of the pages: MEETSTREAM_SCREENSHOTS (a folder outside the repository), else none. */
export const screenshotFolder = process.env.MEETSTREAM_SCREENSHOTS;

/**
 * A full-page screenshot, when screenshots are asked for. Chromium captures a full page by growing the
 * viewport and shrinking it back; if a text field has focus then, the next pointer press first scrolls the
 * page back to where that field was (some 300 px on the meetup form), so the press lands on a button and
 * the release somewhere else, and the click never happens. Focus leaves the field first: no test step may
 * depend on it surviving a screenshot.
 */
export async function screenshot(page: Page, name: string) {
  if (!screenshotFolder) return;
  mkdirSync(screenshotFolder, { recursive: true });
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.screenshot({ path: join(screenshotFolder, `${name}.png`), fullPage: true });
}
