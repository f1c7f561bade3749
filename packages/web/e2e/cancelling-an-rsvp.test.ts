import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const workshopTitle = "Serverless Rotterdam #4 workshop: event sourcing on DynamoDB";

/**
 * The demo's workshop is full, in person, with five waiting: a confirmed member gives a seat up, a
 * waitlisted one leaves the line, each asked first and told after. Cancelling changes the meetup, so each
 * width has people of its own.
 */
describe("cancelling an RSVP, in the browser against the demo community", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  let workshopAddress = "";

  const signedInPage = async (email: string, width: number) => {
    const context = await newContext(browser);
    await signInThroughMailbox(await context.newPage(), host.url, email);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(workshopAddress);
    await page.getByRole("heading", { name: "Your place" }).waitFor();
    return page;
  };

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${host.url}/communities/serverless-rotterdam`);
    workshopAddress = new URL(
      (await page.getByRole("link", { name: workshopTitle }).getAttribute("href")) ?? "",
      host.url,
    ).href;
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each([
    [1280, "daan@example.org"],
    [360, "lucas@example.org"],
  ] as const)(
    "giving a seat up is asked first, then said, with the seat passed on (%i px)",
    async (width, email) => {
      const page = await signedInPage(email, width);
      await page.getByText("You are going").waitFor();

      await page.getByRole("button", { name: "Cancel my RSVP" }).click();
      await page.getByText("Cancel your RSVP? Your seat goes to the next in line").waitFor();
      expect(await page.getByText("You are going").count(), "nothing is cancelled yet").toBe(1);
      await page.getByRole("button", { name: "Keep it" }).click();
      await page.getByRole("button", { name: "Cancel my RSVP" }).waitFor();
      expect(await page.getByText("You are going").count()).toBe(1);

      await page.getByRole("button", { name: "Cancel my RSVP" }).click();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `cancel-confirm-${width}`);
      await page.getByRole("button", { name: "Yes, cancel my RSVP" }).click();
      await page.getByText("Your RSVP is cancelled").waitFor();
      await page.getByText("Your seat went to the next in line.").waitFor();
      expect(await page.getByText("You are going").count()).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `cancel-done-${width}`);
      await page.context().close();
    },
  );

  test.each([
    [1280, "tim@example.org"],
    [360, "lisa@example.org"],
  ] as const)(
    "the waitlist of an in-person meetup promises no join link, and leaving it is asked first (%i px)",
    async (width, email) => {
      const page = await signedInPage(email, width);
      await page.getByText(/You are number \d+ on the waitlist/).waitFor();
      await page
        .getByText("If a place frees up, it is yours at once, and this page says you are going.")
        .waitFor();
      expect(await page.getByText(/join link/).count()).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `cancel-waitlisted-${width}`);

      await page.getByRole("button", { name: "Leave the waitlist" }).click();
      await page
        .getByText("Leave the waitlist? Your place in the queue goes to whoever is behind you.")
        .waitFor();
      await page.getByRole("button", { name: "Yes, leave the waitlist" }).click();
      await page.getByText("Your RSVP is cancelled").waitFor();
      await page.getByText("You can RSVP again while RSVPs are open.").waitFor();
      expect(await page.getByText(/on the waitlist/).count()).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `cancel-left-waitlist-${width}`);
      await page.context().close();
    },
  );
});
