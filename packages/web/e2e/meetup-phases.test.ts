import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const widths = [1280, 360] as const;
const pastTitle = "Serverless Rotterdam #3: Cold starts, costs and observability";
const fullTitle = "Serverless Rotterdam #4 workshop: event sourcing on DynamoDB";
const laterTitle = "Serverless Rotterdam #5: Lightning talks and drinks";

/** The date and time of an instant in UTC, as date and time inputs take them. */
const utcParts = (instant: Date) => ({
  date: instant.toISOString().slice(0, 10),
  time: instant.toISOString().slice(11, 16),
});

/**
 * The demo community's meetups, past and upcoming, seen in each phase as a visitor, a member, its host and
 * its organiser would, on a laptop and on a phone.
 */
describe("a meetup page that knows its phase, in the browser against the demo community", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  const people: Record<string, BrowserContext> = {};
  const addresses = new Map<string, string>();

  /** A page of a person's own at a width; the person's cookies and storage are shared across widths. */
  const pageOf = async (who: "visitor" | "member" | "host" | "organiser", width: number) => {
    const page = await (people[who] as BrowserContext).newPage();
    await page.setViewportSize({ width, height: 800 });
    return page;
  };

  const meetupAddress = async (title: string): Promise<string> => {
    const known = addresses.get(title);
    if (known) return known;
    const page = await pageOf("visitor", 1280);
    await page.goto(`${host.url}/communities/serverless-rotterdam`);
    const address = new URL(
      (await page.getByRole("link", { name: title }).getAttribute("href")) ?? "",
      host.url,
    ).href;
    await page.close();
    addresses.set(title, address);
    return address;
  };

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    for (const [who, email] of [
      ["visitor", undefined],
      ["member", "daan@example.org"],
      ["host", host.demo.hostEmail],
      ["organiser", host.demo.organiserEmail],
    ] as const) {
      const context = await newContext(browser);
      if (email) await signInThroughMailbox(await context.newPage(), host.url, email);
      people[who] = context;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each(widths)(
    "a past meetup shows how many came, and no RSVP, seats, calendar, edit or cancel (%i px)",
    async (width) => {
      const address = await meetupAddress(pastTitle);
      for (const who of ["visitor", "member", "host", "organiser"] as const) {
        const page = await pageOf(who, width);
        await page.goto(address);
        await page.getByRole("heading", { name: "How it went" }).waitFor();
        expect(await page.getByText(/^\d+ people came$/).count()).toBe(1);
        const main = page.locator("main");
        for (const offer of [
          /Sign in to RSVP/,
          /^RSVP$/,
          /Join the waitlist/,
          /spots? left/,
          /Add to calendar/,
        ])
          expect(await main.getByText(offer).count(), `${who} sees ${offer}`).toBe(0);
        expect(await page.getByRole("heading", { name: "Your place" }).count()).toBe(0);
        if (who === "member") await page.getByText("You were there.").waitFor();
        expect(await page.getByRole("link", { name: "Check people in" }).count()).toBe(0);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `meetup-past-${who}-${width}`);
        await page.close();
      }

      const page = await pageOf("organiser", width);
      await page.goto(address.replace("/meetups/", "/admin/meetups/"));
      await page.getByText("This meetup is over").waitFor();
      await page.getByRole("list", { name: "Attendees" }).waitFor();
      expect(await page.getByRole("link", { name: "Edit or reschedule" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Cancel the meetup for good" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: /^Check in/ }).count()).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `console-past-meetup-${width}`);
      await page.close();
    },
  );

  test.each(widths)(
    "an upcoming meetup offers RSVPs and calendars, and no check-in before its window (%i px)",
    async (width) => {
      const address = await meetupAddress(laterTitle);
      const visitor = await pageOf("visitor", width);
      await visitor.goto(address);
      await visitor.getByRole("link", { name: "Sign in to RSVP" }).waitFor();
      await visitor.getByText("Add to calendar").waitFor();
      expect(await visitor.getByText(/spots? left/).count()).toBe(1);
      expect(await visitor.getByRole("heading", { name: "How it went" }).count()).toBe(0);
      await visitor.close();

      for (const who of ["host", "organiser"] as const) {
        const page = await pageOf(who, width);
        await page.goto(address);
        await page.getByRole("heading", { name: "Your place" }).waitFor();
        expect(await page.getByRole("link", { name: "Check people in" }).count()).toBe(0);
        await page.goto(address.replace("/meetups/", "/admin/meetups/"));
        await page.getByRole("list", { name: "Attendees" }).waitFor();
        await page.getByText("Check-in opens an hour before the start.").waitFor();
        expect(await page.getByRole("button", { name: /^Check in/ }).count()).toBe(0);
        await screenshot(page, `console-upcoming-meetup-${who}-${width}`);
        await page.close();
      }
    },
  );

  test("check-in buttons show once the door opens, for organisers and hosts (1,280 and 360 px)", async () => {
    const page = await pageOf("organiser", 1280);
    await page.goto(`${host.url}/admin/communities/serverless-rotterdam`);
    await page.getByRole("link", { name: "Schedule a meetup" }).click();
    // Within the hour (the minute it is in): inside the window that opens an hour before the start.
    const start = new Date(Date.now() + 50 * 60 * 1000);
    const end = new Date(start.getTime() + 2 * 60 * 60 * 1000);
    await page.getByLabel("Title").fill("Serverless coffee");
    await page.getByLabel("Time zone").selectOption("UTC");
    await page.getByLabel("Date", { exact: true }).fill(utcParts(start).date);
    await page.getByLabel("Starts at").fill(utcParts(start).time);
    await page.getByLabel("End date").fill(utcParts(end).date);
    await page.getByLabel("Ends at").fill(utcParts(end).time);
    await page.getByLabel("Venue name").fill("CIC Rotterdam");
    await page.getByLabel("Venue address").fill("Stationsplein 45, Rotterdam");
    await page.getByRole("button", { name: "Schedule as a draft", exact: true }).click();
    await page.waitForURL(/\/admin\/meetups\/[^/]+$/);
    const consoleUrl = page.url();
    const address = consoleUrl.replace("/admin/meetups/", "/meetups/");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Published", { exact: true }).waitFor();
    await page.close();

    for (const who of ["organiser", "host"] as const) {
      const own = await pageOf(who, 1280);
      await own.goto(address);
      await own.getByRole("button", { name: "RSVP", exact: true }).click();
      await own.getByText("You are going").waitFor();
      await own.getByRole("link", { name: "Check people in" }).waitFor();
      await own.close();
    }

    for (const [width, who, name] of [
      [1280, "organiser", "Priya Raman"],
      [360, "host", "Sanne de Vries"],
    ] as const) {
      const door = await pageOf(who, width);
      await door.goto(address);
      await door.getByRole("link", { name: "Check people in" }).click();
      await door.waitForURL(`${consoleUrl}/door`);
      const checkIn = door.getByRole("button", { name: `Check in ${name}` });
      await checkIn.click();
      await door.locator(".door-party", { hasText: name }).getByText("Checked in").waitFor();
      expect(await horizontalOverflow(door)).toBeLessThanOrEqual(0);
      await screenshot(door, `console-check-in-${who}-${width}`);
      await door.close();
    }
  });

  test.each(widths)(
    "lowering capacity below the seats taken asks for confirmation, and the seated keep their seats (%i px)",
    async (width) => {
      const page = await pageOf("organiser", width);
      const consoleUrl = (await meetupAddress(fullTitle)).replace("/meetups/", "/admin/meetups/");
      await page.goto(consoleUrl);
      const places = (await page.getByText(/^\d+ taken · /).textContent()) ?? "";
      const taken = Number(places.match(/^(\d+) taken/)?.[1]);
      expect(taken).toBeGreaterThan(1);

      await page.goto(`${consoleUrl}/edit`);
      // Each width lowers it one further: the phone's run starts where the laptop's left it.
      const lower = Math.min(taken, Number(await page.getByLabel("Capacity").inputValue())) - 1;
      await page.getByLabel("Capacity").fill(String(lower));
      await page.getByText(`${taken} seats are taken, more than ${lower}`).waitFor();
      await screenshot(page, `console-capacity-warning-${width}`);
      await page.getByRole("button", { name: "Save meetup" }).click();
      await page
        .getByText(`${taken} seats are taken: confirm below to keep everyone seated`)
        .first()
        .waitFor();
      expect(page.url()).toBe(`${consoleUrl}/edit`);

      await page.getByLabel("Lower the capacity anyway and keep everyone seated").check();
      await page.getByRole("button", { name: "Save meetup" }).click();
      await page.waitForURL(consoleUrl);
      await page.getByText("The meetup is saved").waitFor();
      await page.getByText(`${taken} taken · ${taken - lower} over the capacity of ${lower}`).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
