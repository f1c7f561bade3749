import type { Clock } from "@meetstream/core/clock/clock";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MeetupClient, meetupClient } from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const phone = { width: 360, height: 740 } as const;
const laptop = { width: 1280, height: 800 } as const;
const hour = 60 * 60 * 1000;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The wall clock of Berlin at an instant, as the meetup form's date and time inputs take it. */
function berlinParts(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map(({ type, value }) => [type, value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Two people's first hour with Meetstream, each as one walk through the real local host in Chromium: a
 * newcomer from the first sign-in to a cancelled RSVP, and an organiser from scheduling a meetup to reading
 * its history after the end. The domain's clock runs with real time plus an offset the organiser's walk
 * moves, so that one meetup goes through its phases while the browser keeps real time (tokens, polling).
 */
describe("a newcomer's walk and an organiser's walk, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let offset = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offset) };
  let communityId: string;
  let meetupId: string;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path, 0, { clock });
    client = meetupClient(host.url);
    const organiser = await client.signIn("olu@example.org");
    await client.query(
      "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
      organiser,
      { input: { displayName: "Olu Organiser", handle: "olu" } },
    );
    const founded = await client.found(organiser, {
      name: "Rust Berlin",
      slug: "rust-berlin",
      tags: ["rust"],
    });
    communityId = founded.id;
    const start = Date.now() + 3 * 24 * hour;
    const scheduled = await client.schedule(organiser, {
      communityId,
      title: "Rust and coffee",
      description: "We write **Rust** over coffee.",
      timeZone: "Europe/Berlin",
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * hour).toISOString(),
      capacity: 20,
      guestLimit: 2,
      venue: { name: "Café Plume", address: "Oranienstraße 1, Berlin" },
    });
    meetupId = scheduled.id;
    expect((await client.publish(organiser, meetupId)).__typename).toBe("Meetup");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  const contextAt = (screen: { width: number; height: number }) =>
    newContext(browser, {
      viewport: screen,
      ...(screen.width < 600 && { isMobile: true, hasTouch: true }),
    });

  test.each([
    ["phone", phone],
    ["laptop", laptop],
  ] as const)(
    "a newcomer: first sign-in → welcome → join → RSVP with a guest → Google Calendar → cancel, confirmed (%s)",
    async (name, screen) => {
      const page = await (await contextAt(screen)).newPage();
      await signInThroughMailbox(page, host.url, `nia-${name}@example.org`, "/meetups", "stay");

      // The welcome: a name and a handle, then a community to join, in place.
      await page.getByRole("heading", { level: 1, name: "Welcome to Meetstream" }).waitFor();
      await page.getByRole("textbox", { name: "Display name" }).fill("Nia Newcomer");
      await page.getByRole("textbox", { name: "Handle", exact: true }).fill(`nia-${name}`);
      await page.getByRole("button", { name: "Save and continue" }).click();
      const suggestions = page.getByRole("region", { name: /Communities to join/ });
      const rust = suggestions.getByRole("listitem").filter({ hasText: "Rust Berlin" });
      await rust.getByRole("button", { name: "Join community" }).click();
      await rust.getByText("You are a member").waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await suggestions.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL(`${host.url}/meetups`);

      // The meetup, found from the list the sign-in was headed for.
      await page.getByRole("link", { name: "Rust and coffee" }).click();
      await page.getByRole("heading", { level: 1, name: "Rust and coffee" }).waitFor();
      await page.getByLabel("Guests").selectOption({ label: "1 guest" });
      await page.getByRole("button", { name: "RSVP", exact: true }).click();
      await page.getByText("You are going").waitFor();
      await page.getByText("With 1 guest. See you there.").waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `walk-newcomer-going-${name}`);

      // Google Calendar gets the meetup's own title, time and page: checked, not fetched.
      await page.getByText("Add to calendar").click();
      const google = new URL(
        (await page.getByRole("link", { name: "Google Calendar" }).getAttribute("href")) ?? "",
      );
      expect(`${google.origin}${google.pathname}`).toBe("https://calendar.google.com/calendar/render");
      expect(google.searchParams.get("text")).toBe("Rust and coffee");
      const meetup = await client.meetup(undefined, meetupId);
      const compact = (instant: string) => instant.replace(/[-:]/g, "").replace(/\.\d{3}/, "");
      expect(google.searchParams.get("dates")).toBe(`${compact(meetup.startsAt)}/${compact(meetup.endsAt)}`);
      expect(google.searchParams.get("details")).toContain(page.url());

      // Cancelling is asked first, then said.
      await page.getByRole("button", { name: "Cancel my RSVP" }).click();
      await page.getByRole("button", { name: "Yes, cancel my RSVP" }).click();
      await page.getByText("Your RSVP is cancelled").waitFor();
      expect(await page.getByText("You are going").count()).toBe(0);
      await page.getByRole("button", { name: "RSVP", exact: true }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `walk-newcomer-cancelled-${name}`);
      await page.context().close();
    },
  );

  test("an organiser: schedule → publish → door check-in on a phone → recap after the end → history in words → as of", async () => {
    offset = 0;
    const organiser: BrowserContext = await contextAt(laptop);
    const page = await organiser.newPage();
    await signInThroughMailbox(page, host.url, "olu@example.org", "/admin");

    // Scheduled for three hours from now, in Berlin, and published.
    await page.goto(`${host.url}/admin/communities/rust-berlin`);
    await page.getByRole("link", { name: "Schedule a meetup" }).click();
    const start = new Date(Date.now() + 3 * hour);
    const end = new Date(start.getTime() + 2 * hour);
    await page.getByLabel("Title").fill("Rust at the door");
    await page.getByLabel("Time zone").selectOption("Europe/Berlin");
    await page.getByLabel("Date", { exact: true }).fill(berlinParts(start).date);
    await page.getByLabel("Starts at").fill(berlinParts(start).time);
    await page.getByLabel("End date").fill(berlinParts(end).date);
    await page.getByLabel("Ends at").fill(berlinParts(end).time);
    await page.getByLabel("Venue name").fill("Café Plume");
    await page.getByLabel("Venue address").fill("Oranienstraße 1, Berlin");
    await page.getByLabel("Capacity").fill("30");
    await page.getByLabel("Guests per RSVP").fill("2");
    await page.getByRole("button", { name: "Schedule as a draft", exact: true }).click();
    await page.waitForURL(/\/admin\/meetups\/[^/]+$/);
    const consoleUrl = page.url();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Published", { exact: true }).waitFor();
    const publicId = consoleUrl.split("/").at(-1) ?? "";

    // A member comes with a guest.
    const ada = await client.signIn("ada@example.org");
    await client.query(
      "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
      ada,
      { input: { displayName: "Ada Attendee", handle: "ada" } },
    );
    await client.join(ada, communityId);
    const { id: scheduledId } = await client.meetup(undefined, publicId);
    expect((await client.rsvp(ada, scheduledId, 1)).__typename).toBe("Meetup");

    // Half an hour before the start the door is open: on a phone, search first, then one tap.
    offset = 2.5 * hour;
    const door = await (
      await newContext(browser, {
        viewport: phone,
        isMobile: true,
        hasTouch: true,
        storageState: await organiser.storageState(),
      })
    ).newPage();
    await door.goto(`${consoleUrl}/door`);
    await door.getByRole("heading", { name: "Door check-in" }).waitFor();
    const count = door.locator(".door-count strong");
    await expect.poll(() => count.textContent()).toBe("0 of 2 in");
    await door.getByRole("searchbox", { name: "Find a name" }).fill("ada");
    await door.getByRole("button", { name: "Check in Ada Attendee" }).click();
    await expect.poll(() => count.textContent()).toBe("2 of 2 in");
    expect(await horizontalOverflow(door)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(door)).toEqual([]);
    await screenshot(door, "walk-organiser-door-360");
    await door.context().close();

    // After the end: the page is a recap, and nothing offers an RSVP.
    offset = 6 * hour;
    await page.goto(consoleUrl.replace("/admin/meetups/", "/meetups/"));
    await page.getByRole("heading", { name: "How it went" }).waitFor();
    await page.getByText("2 people came").waitFor();
    expect(await page.getByRole("button", { name: "RSVP", exact: true }).count()).toBe(0);
    await screenshot(page, "walk-organiser-recap");

    // The history in names and Berlin times; the as-of view shows the meetup before the door opened.
    await page.goto(consoleUrl);
    const history = page.getByRole("list", { name: "Changes, newest first" });
    await history.getByText("Olu Organiser checked in Ada Attendee with 1 guest").waitFor();
    const summaries = await history.locator("strong").allTextContents();
    expect(summaries.slice(0, 3)).toEqual([
      "Olu Organiser checked in Ada Attendee with 1 guest",
      "Ada Attendee RSVPed with 1 guest",
      "Olu Organiser published the meetup",
    ]);
    expect(await history.textContent()).not.toMatch(uuid);
    for (const time of await history.locator("time").allTextContents())
      expect(time).toMatch(/\d{4}, \d{2}:\d{2} CES?T/);
    await page
      .getByRole("listitem")
      .filter({ hasText: "Ada Attendee RSVPed" })
      .getByRole("button", { name: "As it stood then" })
      .click();
    const asOf = page.getByRole("region", { name: "The meetup as it stood" });
    await asOf.getByText("2 taken · capacity 30").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "walk-organiser-as-of");
    await organiser.close();
  });
});
