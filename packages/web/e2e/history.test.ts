import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { newMember } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
/** A time as people read it in Berlin: "2 Dec 2026, 15:40 CET" (CEST in summer). */
const berlinTime = /^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} CES?T$/;

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A meetup in Berlin with one place: Ada takes it, Bea waits, Ada cancels and Bea gets the seat. */
describe("the meetup history in words, and the meetup as it stood, in the browser", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let organiser: { context: BrowserContext; page: Page };
  let ada: { context: BrowserContext; page: Page };
  let bea: { context: BrowserContext; page: Page };
  let consoleUrl: string;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    organiser = await newMember(browser, host.url, "olu@example.org", "Olu Organiser", "olu");
    ada = await newMember(browser, host.url, "ada@example.org", "Ada Attendee", "ada");
    bea = await newMember(browser, host.url, "bea@example.org", "Bea Waitlisted", "bea");

    const { page } = organiser;
    await page.goto(`${host.url}/admin/communities/new`);
    await page.getByLabel("Name").fill("Rust Berlin");
    await page.getByLabel("Address").fill("rust-berlin");
    await page.getByRole("button", { name: "Found community" }).click();
    await page.waitForURL(`${host.url}/admin/communities/rust-berlin`);
    await page.getByRole("link", { name: "Schedule a meetup" }).click();
    const day = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await page.getByLabel("Title").fill("Rust and coffee");
    await page.getByLabel("Time zone").selectOption("Europe/Berlin");
    await page.getByLabel("Date", { exact: true }).fill(day);
    await page.getByLabel("Starts at").fill("19:00");
    await page.getByLabel("End date").fill(day);
    await page.getByLabel("Ends at").fill("21:00");
    await page.getByLabel("Venue name").fill("c-base");
    await page.getByLabel("Venue address").fill("Rungestraße 20, Berlin");
    await page.getByLabel("Capacity").fill("1");
    await page.getByRole("button", { name: "Schedule as a draft", exact: true }).click();
    await page.waitForURL(/\/admin\/meetups\/[^/]+$/);
    consoleUrl = page.url();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Published", { exact: true }).waitFor();

    const meetupUrl = consoleUrl.replace("/admin/meetups/", "/meetups/");
    for (const member of [ada, bea]) {
      await member.page.goto(`${host.url}/communities/rust-berlin`);
      await member.page.getByRole("button", { name: "Join community" }).click();
      await member.page.getByText("You are a member").waitFor();
      await member.page.goto(meetupUrl);
    }
    await ada.page.getByRole("button", { name: "RSVP", exact: true }).click();
    await ada.page.getByText("You are going").waitFor();
    await bea.page.reload();
    await bea.page.getByRole("button", { name: "Join the waitlist" }).click();
    await bea.page.getByText("You are number 1 on the waitlist").waitFor();
    await ada.page.getByRole("button", { name: "Cancel my RSVP" }).click();
    await ada.page.getByRole("button", { name: "Yes, cancel my RSVP" }).click();
    await ada.page.getByRole("button", { name: "Join the waitlist", exact: true }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("the console reads the history in names and Berlin times; the promotion follows Ada's cancellation", async () => {
    const { page } = organiser;
    await page.goto(consoleUrl);
    const history = page.getByRole("list", { name: "Changes, newest first" });
    await history.getByText("Bea Waitlisted got a seat from the waitlist").waitFor();
    const summaries = await history.locator("strong").allTextContents();
    expect(summaries.slice(0, 4)).toEqual([
      "Bea Waitlisted got a seat from the waitlist when Ada Attendee cancelled their RSVP",
      "Ada Attendee cancelled their RSVP",
      "Bea Waitlisted joined the waitlist",
      "Ada Attendee RSVPed",
    ]);
    expect(summaries.at(-1)).toMatch(
      /^Olu Organiser scheduled "Rust and coffee" for \d{1,2} \w{3} \d{4}, 19:00 – 21:00 CES?T, 1 seat$/,
    );
    for (const time of await history.locator("time").allTextContents()) expect(time).toMatch(berlinTime);
    expect(await history.textContent()).not.toMatch(uuid);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "console-history-desktop");
  });

  test("the as-of picker shows the meetup as it stood when Ada held the seat, and before it was scheduled", async () => {
    const { page } = organiser;
    const asOf = page.getByRole("region", { name: "The meetup as it stood" });
    const rsvp = page.getByRole("listitem").filter({ hasText: "Ada Attendee RSVPed" });
    await rsvp.getByRole("button", { name: "As it stood then" }).click();
    await asOf.getByText("1 taken · capacity 1").waitFor();
    await screenshot(page, "console-as-of-desktop");
    expect(await asOf.getByText("0 waiting").count()).toBe(1);

    await asOf.getByLabel("Date").fill("2020-01-01");
    await asOf.getByLabel("Time (Europe/Berlin)").fill("12:00");
    await asOf.getByRole("button", { name: "Show it then" }).click();
    await asOf.getByText("It was not scheduled yet at").waitFor();
    // In the meetup's zone, in the browser's words: "Wed, Jan 1, 2020, 12:00 PM GMT+1" for en-US.
    expect(await asOf.textContent()).toMatch(/Jan 1, 2020, 12:00 PM|1 Jan 2020, 12:00/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("on a 360 px phone the history and the picker fit the screen", async () => {
    const phone = await newContext(browser, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      storageState: await organiser.context.storageState(),
    });
    const page = await phone.newPage();
    await page.goto(consoleUrl);
    await page.getByText("Bea Waitlisted got a seat from the waitlist").waitFor();
    expect(await noOverflow(page)).toBe(0);
    await screenshot(page, "console-history-phone");
    await page.goto(`${host.url}/admin/history`);
    await page.getByText("Ada Attendee cancelled their RSVP", { exact: true }).waitFor();
    expect(await noOverflow(page)).toBe(0);
    await screenshot(page, "admin-history-phone");
    await phone.close();
  });

  test("/admin/history lists the community's changes newest first, each a link to its meetup", async () => {
    const { page } = organiser;
    await page.goto(`${host.url}/admin/history`);
    const history = page.getByRole("list", { name: "Changes, newest first" });
    await history.getByText("Bea Waitlisted got a seat from the waitlist").waitFor();
    expect((await history.locator("strong").allTextContents())[0]).toBe(
      "Bea Waitlisted got a seat from the waitlist when Ada Attendee cancelled their RSVP",
    );
    expect(await history.getByRole("link", { name: "Rust and coffee" }).first().getAttribute("href")).toBe(
      new URL(consoleUrl).pathname,
    );
    expect((await history.locator("strong").allTextContents()).at(-1)).toBe(
      'Olu Organiser founded "Rust Berlin"',
    );
    expect(await page.getByText("No history yet").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "admin-history-desktop");
  });

  test("a member who organises nothing is told the history is for organisers; a visitor is sent to sign in", async () => {
    await ada.page.goto(`${host.url}/admin/history`);
    await ada.page.locator("h1").first().waitFor();
    expect(await ada.page.getByText("Ada Attendee cancelled their RSVP").count()).toBe(0);
    await screenshot(ada.page, "admin-history-member");

    const visitor = await newContext(browser);
    const page = await visitor.newPage();
    await page.goto(`${host.url}/admin/history`);
    await page.waitForURL((url) => url.pathname === "/signin");
    await visitor.close();
  });
});
