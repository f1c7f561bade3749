import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const kickOff = "Serverless Rotterdam #1: Kick-off";
/** "Thu 24 Dec 2026, 17:30 CET": core's one shape, whatever the browser's locale and zone. */
const localTime = (clock: string) =>
  new RegExp(`[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{4}, ${clock} CES?T`);

describe("one local time, in the meetup's zone, for a viewer in New York (1,280 and 360 px)", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  let organiser: BrowserContext;
  let address = "";

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    organiser = await newContext(browser, { timezoneId: "America/New_York", locale: "en-US" });
    const page = await organiser.newPage();
    await signInThroughMailbox(page, host.url, host.demo.organiserEmail);
    await page.goto(`${host.url}/communities/${host.demo.slug}`);
    address = new URL((await page.getByRole("link", { name: kickOff }).getAttribute("href")) ?? "", host.url)
      .href;
    await page.close();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each([1280, 360])("the meetup page says its time as the history does (%i px)", async (width) => {
    const page = await organiser.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(address);
    const when = page.locator(".meetup-when").first();
    await when.waitFor();
    expect(await when.textContent()).toMatch(new RegExp(`^${localTime("18:00").source} to 21:00 CES?T`));
    await page.goto(address.replace("/meetups/", "/admin/meetups/"));
    await page.getByRole("heading", { name: "History" }).waitFor();
    const historyTime = await page
      .locator("section", { hasText: "History" })
      .locator("time")
      .first()
      .textContent();
    expect(historyTime).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d CES?T$/);
    await page.close();
  });

  test.each([1280, 360])(
    "the attendance chart reads in the meetup's zone, says so, keeps its labels apart and counts as the card does (%i px)",
    async (width) => {
      const page = await organiser.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(address.replace("/meetups/", "/admin/meetups/"));
      const chart = page.locator("figure.chart");
      await chart.waitFor();
      expect(await chart.textContent()).toMatch(
        /Times in Europe\/Amsterdam \(CES?T( and CES?T)?\), the meetup’s time zone\./,
      );
      const summary = (await page.locator("#chart-summary").textContent()) ?? "";
      expect(summary).toMatch(/ \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d CES?T to /);
      // The kick-off's RSVPs: twelve members, two with a guest; ten came, both guests among them.
      expect(summary).toContain("Now 14 confirmed, 12 checked in");
      await page.getByText("12 of 14 confirmed checked in, guests included.").waitFor();

      const dateLabels = chart.locator("text.chart-label").filter({ hasText: /\d\d:\d\d/ });
      expect(await dateLabels.count()).toBe(2);
      const [first, second] = await Promise.all([
        dateLabels.nth(0).boundingBox(),
        dateLabels.nth(1).boundingBox(),
      ]);
      if (!first || !second) throw new Error("The chart's date labels are not drawn");
      const apart =
        first.x + first.width <= second.x ||
        second.x + second.width <= first.x ||
        first.y + first.height <= second.y ||
        second.y + second.height <= first.y;
      expect(apart, `${JSON.stringify(first)} and ${JSON.stringify(second)}`).toBe(true);
      await screenshot(page, `local-times-console-${width}`);
      await page.close();
    },
  );

  test("the organiser's top bar keeps its account menu on one row of its own at 360 px", async () => {
    const page = await organiser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${host.url}/admin`);
    await page.getByRole("link", { name: "Console" }).first().waitFor();
    const rows = await page.locator(".account-menu > li").evaluateAll((items) =>
      items
        .map((item) => item.getBoundingClientRect())
        // An item hidden on a phone is on no row.
        .filter((box) => box.height > 0)
        .map((box) => box.top + box.height / 2),
    );
    // One row: every item's middle within a line's height of the others'.
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThan(20);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, "console-top-bar-360");
    await page.close();
  });

  test.each([1280, 360])(
    "the home page's Communities heading stands clear of the last meetup card (%i px)",
    async (width) => {
      const page = await organiser.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${host.url}/`);
      const heading = page.getByRole("heading", { name: "Communities", level: 2 });
      await heading.waitFor();
      await page.waitForFunction(() => document.querySelector(".loading-state") === null);
      const cardsBottom = await page
        .locator("section[aria-labelledby=upcoming-heading]")
        .evaluate((section) => section.getBoundingClientRect().bottom);
      const headingTop = (await heading.boundingBox())?.y ?? 0;
      expect(headingTop - cardsBottom).toBeGreaterThanOrEqual(32);
      await page.close();
    },
  );

  test("a history entry's 'As it stood then' keeps its '·' on its own line at 360 px", async () => {
    const page = await organiser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(address.replace("/meetups/", "/admin/meetups/"));
    await page.getByRole("button", { name: "As it stood then" }).first().waitFor();
    const apart = await page.getByRole("button", { name: "As it stood then" }).evaluateAll(
      (buttons) =>
        buttons.filter((button) => {
          const row = button.parentElement?.closest("span.muted") ?? button.parentElement;
          const walker = document.createTreeWalker(row as Node, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent?.indexOf("·") ?? -1;
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const dot = range.getBoundingClientRect();
            const box = button.getBoundingClientRect();
            return Math.abs(dot.top + dot.height / 2 - (box.top + box.height / 2)) > 12;
          }
          return false;
        }).length,
    );
    expect(apart).toBe(0);
    await page.close();
  });
});
