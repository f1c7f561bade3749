import type { Page } from "playwright-core";

/** How far the page scrolls sideways: more than 0 means something sticks out of the screen. */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** How many rows the top bar's brand, sections and account links take: one on a laptop. */
export const headerRows = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const middles = [...document.querySelectorAll(".brand, .primary-navigation li, .account-menu > li")]
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map((box) => box.top + box.height / 2)
      .sort((a, b) => a - b);
    return middles.filter((middle, index) => index === 0 || middle - (middles[index - 1] ?? 0) > 12).length;
  });
