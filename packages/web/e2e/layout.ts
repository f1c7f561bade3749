import type { Page } from "playwright-core";

/** How far the page scrolls sideways: more than 0 means something sticks out of the screen. */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
