import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { newMember } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

/** The wall-clock date and time of an instant in UTC, as date and time inputs take them. */
const utcParts = (instant: Date) => ({
  date: instant.toISOString().slice(0, 10),
  time: instant.toISOString().slice(11, 16),
});

/** One community's first meetup, in order: each test starts where the previous one left the browsers. */
describe("a meetup from founding to check-in, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let organiser: { context: BrowserContext; page: Page };
  let ada: { context: BrowserContext; page: Page };
  let bea: { context: BrowserContext; page: Page };
  let meetupUrl: string;
  let consoleUrl: string;
  let startsAt: Date;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    organiser = await newMember(browser, host.url, "olu@example.org", "Olu Organiser", "olu");
    ada = await newMember(browser, host.url, "ada@example.org", "Ada Attendee", "ada");
    bea = await newMember(browser, host.url, "bea@example.org", "Bea Waitlisted", "bea");
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("the organiser founds a community in the console; the form shows the API's field errors first", async () => {
    const { page } = organiser;
    await page.goto(`${host.url}/admin/communities/new`);
    await page.getByLabel("Name").fill("Rust Berlin");
    await page.getByLabel("Address").fill("-bad-");
    await page.getByRole("button", { name: "Found community" }).click();
    await page.getByText("The community was not founded").waitFor();
    expect(await page.getByLabel("Address").getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "console-found-community-errors");

    await page.getByLabel("Address").fill("rust-berlin");
    await page
      .getByLabel("Description")
      .fill(
        "We meet monthly to **write Rust**.\n\n- talks\n- pairing\n\n<script>alert(1)</script> [site](https://example.org)",
      );
    await page.getByLabel("Tags").fill("rust, systems");
    await page.getByRole("button", { name: "Found community" }).click();
    await page.waitForURL(`${host.url}/admin/communities/rust-berlin`);
    await page.getByText("The community is saved").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the organiser schedules a meetup for one and publishes it", async () => {
    const { page } = organiser;
    await page.getByRole("link", { name: "Schedule a meetup" }).click();
    await page.getByRole("heading", { level: 1, name: "Schedule a meetup" }).waitFor();
    const start = new Date(Date.now() + 60 * 60 * 1000);
    startsAt = start;
    const end = new Date(start.getTime() + 2 * 60 * 60 * 1000);
    await page.getByLabel("Title").fill("Rust and coffee");
    await page.getByLabel("Time zone").selectOption("UTC");
    await page.getByLabel("Date", { exact: true }).fill(utcParts(start).date);
    await page.getByLabel("Starts at").fill(utcParts(start).time);
    await page.getByLabel("End date").fill(utcParts(end).date);
    await page.getByLabel("Ends at").fill(utcParts(end).time);
    await page.getByLabel("Venue name").fill("c-base");
    await page.getByLabel("Venue address").fill("Rungestraße 20, Berlin");
    await page.getByLabel("Online join link").fill("https://meet.example.org/rust");
    await page.getByLabel("Capacity").fill("1");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "console-schedule-meetup");
    await page.getByRole("button", { name: "Schedule as a draft", exact: true }).click();
    await page.waitForURL(/\/admin\/meetups\/[^/]+$/);
    consoleUrl = page.url();
    meetupUrl = consoleUrl.replace("/admin/meetups/", "/meetups/");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Published", { exact: true }).waitFor();
  });

  test("member A joins and takes the only place; member B joins and is waitlisted, without the join link", async () => {
    for (const member of [ada, bea]) {
      await member.page.goto(`${host.url}/communities/rust-berlin`);
      await member.page.getByRole("button", { name: "Join community" }).click();
      await member.page.getByText("You are a member").waitFor();
    }
    const description = await ada.page.locator(".markdown").innerHTML();
    expect(description).toContain("<strong>write Rust</strong>");
    expect(description).not.toContain("<script");
    expect(await seriousViolations(ada.page)).toEqual([]);
    await screenshot(ada.page, "community-page");

    await ada.page.goto(meetupUrl);
    // Typed as a wall-clock time in UTC, it is that instant, shown in the meetup's zone with the zone's name.
    const when = ada.page.locator(".meetup-when time").first();
    const { date, time } = utcParts(startsAt);
    expect(await when.getAttribute("datetime")).toBe(`${date}T${time}:00.000Z`);
    expect(await when.textContent()).toMatch(/UTC$/);
    await ada.page.getByRole("button", { name: "RSVP", exact: true }).click();
    await ada.page.getByText("You are going").waitFor();
    expect(await ada.page.getByRole("link", { name: "Join online" }).getAttribute("href")).toBe(
      "https://meet.example.org/rust",
    );

    await bea.page.goto(meetupUrl);
    await bea.page.getByRole("button", { name: "Join the waitlist" }).click();
    await bea.page.getByText("You are number 1 on the waitlist").waitFor();
    expect(await bea.page.getByRole("link", { name: "Join online" }).count()).toBe(0);
    expect(await seriousViolations(bea.page)).toEqual([]);
    await screenshot(bea.page, "meetup-page-waitlisted");
  });

  test("when A cancels, B is promoted and sees the join link; both see it under my meetups", async () => {
    await ada.page.getByRole("button", { name: "Cancel my RSVP" }).click();
    await ada.page.getByRole("button", { name: "Yes, cancel my RSVP" }).click();
    // B took the freed seat in the same commit, so the meetup is full again for A.
    await ada.page.getByRole("button", { name: "Join the waitlist", exact: true }).waitFor();

    await bea.page.reload();
    await bea.page.getByText("You are going").waitFor();
    expect(await bea.page.getByRole("link", { name: "Join online" }).getAttribute("href")).toBe(
      "https://meet.example.org/rust",
    );
    await bea.page.goto(`${host.url}/me/meetups`);
    await bea.page.getByRole("link", { name: "Rust and coffee" }).waitFor();
    expect(await seriousViolations(bea.page)).toEqual([]);
    await screenshot(bea.page, "my-meetups");
  });

  test("the organiser checks B in from a phone, and the CSV lists B as checked in", async () => {
    const phone = await newContext(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      storageState: await organiser.context.storageState(),
      acceptDownloads: true,
    });
    const page = await phone.newPage();
    await page.goto(consoleUrl);
    const checkIn = page.getByRole("button", { name: "Check in Bea Waitlisted" });
    // boundingBox does not wait: a console still loading has no button to measure yet.
    await checkIn.waitFor();
    const box = await checkIn.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await checkIn.tap();
    await page
      .locator(".attendee-row")
      .filter({ hasText: "Bea Waitlisted" })
      .getByText("Checked in")
      .waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "console-meetup-phone");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("name,handle,status,guests,checked in,attendance,waitlist position");
    expect(lines).toContain("Bea Waitlisted,bea,confirmed,0,yes,attended,");
    expect(lines).toContain("Ada Attendee,ada,cancelled,0,no,,");
    await phone.close();

    await organiser.page.goto(consoleUrl);
    await organiser.page.getByRole("heading", { name: "History" }).waitFor();
    await organiser.page.locator("figure.chart svg").waitFor();
    expect(await seriousViolations(organiser.page)).toEqual([]);
    await screenshot(organiser.page, "console-meetup-desktop");
  });

  test("the community list, the community page and the console community page pass axe", async () => {
    const { page } = organiser;
    for (const path of [
      "/communities",
      "/communities/rust-berlin",
      "/admin/communities/rust-berlin",
      "/admin",
    ]) {
      await page.goto(`${host.url}${path}`);
      await page.locator("h1").first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `organiser${path.replaceAll("/", "-")}`);
    }
  });
});
