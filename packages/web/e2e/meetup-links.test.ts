import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Person } from "../../functions/src/graphql/community-test-client";
import { type MeetupClient, meetupClient, meetupInput } from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

/** iCalendar folds long lines at 75 octets: a URL is whole only once they are unfolded. */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

/**
 * A meetup's addresses as people meet them: the page's own, its "Add to calendar" links, the page links
 * in the community's calendar and Atom feed, and an address that leads nowhere. The world is made over
 * the API; the people use the browser.
 */
describe("a meetup's links, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let visitor: Page;
  let member: Page;
  let organiser: Page;
  let meetupPath: string;

  const tokensIn = (page: Page) =>
    page.evaluate(
      () => JSON.parse(localStorage.getItem("meetstream.tokens") ?? "null") as { access: string } | null,
    );
  const signedIn = async (email: string) => {
    const page = await (await newContext(browser)).newPage();
    await signInThroughMailbox(page, host.url, email);
    const person: Person = { token: (await tokensIn(page))?.access, id: "" };
    return { page, person };
  };
  /** The page at a desktop's width and at a small phone's, when screenshots are asked for. */
  const screenshots = async (page: Page, name: string) => {
    await screenshot(page, `${name}-1280`);
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, `${name}-360`);
    await page.setViewportSize({ width: 1280, height: 720 });
  };
  const overflows = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);
    visitor = await (await newContext(browser)).newPage();
    const olu = await signedIn("olu@example.org");
    const ada = await signedIn("ada@example.org");
    organiser = olu.page;
    member = ada.page;
    const community = await client.found(olu.person, { name: "Rust Berlin", slug: "rust-berlin" });
    await client.join(ada.person, community.id);
    const meetup = await client.schedule(
      olu.person,
      meetupInput(community.id, {
        title: "Rust & coffee",
        description: "We write **Rust**.",
        startsAt: "2030-06-12T17:00:00.000Z",
        endsAt: "2030-06-12T19:30:00.000Z",
        timeZone: "Europe/Berlin",
      }),
    );
    expect(meetup.__typename).toBe("Meetup");
    await client.publish(olu.person, meetup.id);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("the community page links the meetup by the plain id calendars and feeds carry", async () => {
    await visitor.goto(`${host.url}/communities/rust-berlin`);
    await visitor.getByRole("link", { name: "Rust & coffee" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Rust & coffee" }).waitFor();
    meetupPath = new URL(visitor.url()).pathname;
    expect(meetupPath).toMatch(/^\/meetups\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test("add to calendar: the .ics link gives the meetup's calendar; Google and Outlook get the same entry", async () => {
    await visitor.getByText("Add to calendar").click();
    const ics = await visitor.getByRole("link", { name: /\.ics file/ }).getAttribute("href");
    const response = await visitor.request.get(ics ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = unfolded(await response.text());
    expect(calendar).toContain("SUMMARY:Rust & coffee");
    expect(calendar).toContain(`URL;VALUE=URI:${host.url}${meetupPath}`);

    const page = `${host.url}${meetupPath}`;
    const google = new URL(
      (await visitor.getByRole("link", { name: "Google Calendar" }).getAttribute("href")) ?? "",
    );
    expect(`${google.origin}${google.pathname}`).toBe("https://calendar.google.com/calendar/render");
    expect(Object.fromEntries(google.searchParams)).toEqual({
      action: "TEMPLATE",
      text: "Rust & coffee",
      dates: "20300612T170000Z/20300612T193000Z",
      details: `We write **Rust**.\n\n${page}`,
      location: "Café Plume, Main street 1, Berlin",
    });
    const outlook = new URL(
      (await visitor.getByRole("link", { name: "Outlook" }).getAttribute("href")) ?? "",
    );
    expect(`${outlook.origin}${outlook.pathname}`).toBe(
      "https://outlook.live.com/calendar/0/deeplink/compose",
    );
    expect(Object.fromEntries(outlook.searchParams)).toEqual({
      path: "/calendar/action/compose",
      rru: "addevent",
      subject: "Rust & coffee",
      startdt: "2030-06-12T17:00:00Z",
      enddt: "2030-06-12T19:30:00Z",
      body: `We write **Rust**.\n\n${page}`,
      location: "Café Plume, Main street 1, Berlin",
    });
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.setViewportSize({ width: 360, height: 740 });
    expect(await overflows(visitor)).toBe(false);
    await visitor.setViewportSize({ width: 1280, height: 720 });
    await screenshots(visitor, "meetup-add-to-calendar-visitor");
  });

  test("members and organisers are offered the same links", async () => {
    for (const [page, name] of [
      [member, "member"],
      [organiser, "organiser"],
    ] as const) {
      await page.goto(`${host.url}${meetupPath}`);
      await page.getByText("Add to calendar").click();
      await page.getByRole("link", { name: "Google Calendar" }).waitFor();
      await screenshots(page, `meetup-add-to-calendar-${name}`);
    }
    await organiser.getByRole("link", { name: "Manage in the console" }).click();
    expect(new URL(organiser.url()).pathname).toBe(`/admin${meetupPath}`);
    await organiser.getByRole("heading", { level: 1, name: "Rust & coffee" }).waitFor();
  });

  test("the page links in the community's calendar and Atom feed open the meetup", async () => {
    const calendar = unfolded(await (await fetch(`${host.url}/feeds/communities/rust-berlin.ics`)).text());
    const atom = await (await fetch(`${host.url}/feeds/communities/rust-berlin.atom`)).text();
    const fromCalendar = calendar.match(/^URL;VALUE=URI:(.+)$/m)?.[1]?.trim();
    const fromAtom = atom.match(/<link href="([^"]+\/meetups\/[^"]+)"/)?.[1];
    expect(fromCalendar).toBe(`${host.url}${meetupPath}`);
    expect(fromAtom).toBe(fromCalendar);
    await visitor.goto(fromAtom ?? "");
    await visitor.getByRole("heading", { level: 1, name: "Rust & coffee" }).waitFor();
  });

  test.each(["/meetups/x", "/meetups/not-a-real-id", "/meetups/0190a8c4-0000-7000-8000-000000000000"])(
    "%s shows the not-found page, no error and no retry",
    async (path) => {
      await visitor.goto(`${host.url}${path}`);
      await visitor.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      const text = (await visitor.locator("main").textContent()) ?? "";
      expect(text).not.toMatch(/Invalid global ID|BAD_USER_INPUT|Try again/);
      expect(await visitor.getByRole("button", { name: "Try again" }).count()).toBe(0);
    },
  );

  test("the not-found page at a phone's width", async () => {
    await visitor.goto(`${host.url}/meetups/x`);
    await visitor.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await screenshots(visitor, "meetup-not-found");
  });
});
