import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MeetupClient, meetupClient, meetupInput } from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;
type Size = keyof typeof sizes;
type Viewer = "visitor" | "member" | "organiser";

/** One more published meetup than `/meetups` shows on its first page (20), so that it has a second. */
const rustMeetups = 21;
const day = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => ({
  startsAt: new Date(Date.now() + days * day).toISOString(),
  endsAt: new Date(Date.now() + days * day + 2 * 60 * 60 * 1000).toISOString(),
});
const rustTitle = (number: number) => `Rust night ${String(number).padStart(2, "0")}`;

/** How many pixels the page is wider than the viewport: 0 means no sideways scrolling. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * How people find meetups: `/meetups` across communities, the home page, the menus (the top menu, the
 * member's and the console's), My meetups. The world is made over the API; each viewer looks at 1,280 and
 * 360 px.
 */
describe("finding meetups, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let draftTitle: string;
  let firstMeetupPath: string;
  const pages = {} as Record<`${Viewer}-${Size}`, Page>;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);

    const organiser = await client.signIn("olu@example.org");
    const member = await client.signIn("ada@example.org");
    for (const [person, displayName] of [
      [organiser, "Olu Organiser"],
      [member, "Ada Attendee"],
    ] as const)
      await client.query(
        "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
        person,
        {
          input: { displayName },
        },
      );
    const rust = await client.found(organiser, { name: "Rust Berlin", slug: "rust-berlin", tags: ["rust"] });
    const go = await client.found(organiser, { name: "Go Amsterdam", slug: "go-amsterdam", tags: ["go"] });
    await client.join(member, rust.id);

    const publish = async (communityId: string, title: string, days: number) => {
      const meetup = await client.schedule(
        organiser,
        meetupInput(communityId, { title, ...daysFromNow(days) }),
      );
      await client.publish(organiser, meetup.id);
      return meetup;
    };
    // Scheduled latest first, so that an order by scheduling would not pass for an order by start.
    for (let number = rustMeetups; number >= 1; number--) {
      const meetup = await publish(rust.id, rustTitle(number), number * 2);
      if (number === 1) firstMeetupPath = `/meetups/${meetup.publicId}`;
    }
    await publish(go.id, "Go and gophers", 3);
    const cancelled = await publish(rust.id, "Called-off Rust night", 1);
    await client.rsvp(member, cancelled.id);
    await client.cancel(organiser, cancelled.id, "The venue closed.");
    draftTitle = "Rust draft, not yet announced";
    await client.schedule(organiser, meetupInput(rust.id, { title: draftTitle, ...daysFromNow(1) }));

    for (const size of Object.keys(sizes) as Size[]) {
      const options = { viewport: sizes[size], ...(size === "phone" && { isMobile: true, hasTouch: true }) };
      pages[`visitor-${size}`] = await (await newContext(browser, options)).newPage();
      for (const [viewer, email] of [
        ["member", "ada@example.org"],
        ["organiser", "olu@example.org"],
      ] as const) {
        const page = await (await newContext(browser, options)).newPage();
        await signInThroughMailbox(page, host.url, email, "/me");
        pages[`${viewer}-${size}`] = page;
      }
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  const everyViewer = (Object.keys(sizes) as Size[]).flatMap((size) =>
    (["visitor", "member", "organiser"] as const).map((viewer) => ({ viewer, size })),
  );

  const meetupTitles = (page: Page) => page.locator(".meetup-card__title").allTextContents();

  async function open(page: Page, path: string) {
    await page.goto(`${host.url}${path}`);
    await page.locator("h1").first().waitFor();
    await page.locator(".loading-state").first().waitFor({ state: "detached" });
  }

  test.each(everyViewer)(
    "/meetups lists the published meetups of every community soonest first, in pages ($viewer, $size)",
    async ({ viewer, size }) => {
      const page = pages[`${viewer}-${size}`];
      await open(page, "/meetups");
      await page.getByRole("link", { name: rustTitle(1) }).waitFor();
      const firstPage = await meetupTitles(page);
      expect(firstPage).toHaveLength(20);
      expect(firstPage.slice(0, 3)).toEqual([rustTitle(1), "Go and gophers", rustTitle(2)]);
      expect(firstPage).not.toContain(draftTitle);
      expect(firstPage).not.toContain("Called-off Rust night");
      expect(await page.getByRole("link", { name: "Go Amsterdam", exact: true }).count()).toBe(1);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `meetups-${viewer}-${size}`);

      await page.getByRole("button", { name: "Show later meetups" }).click();
      await page.getByRole("link", { name: rustTitle(rustMeetups) }).waitFor();
      expect(await meetupTitles(page)).toHaveLength(rustMeetups + 1);
      expect(await page.getByRole("button", { name: "Show later meetups" }).count()).toBe(0);
    },
  );

  test.each(everyViewer)("/meetups filters by community ($viewer, $size)", async ({ viewer, size }) => {
    const page = pages[`${viewer}-${size}`];
    await open(page, "/meetups");
    await page.getByLabel("Community").selectOption({ label: "Go Amsterdam" });
    await page.waitForURL(`${host.url}/meetups?community=go-amsterdam`);
    // The list across communities may still show while the community's own loads.
    await expect.poll(() => meetupTitles(page)).toEqual(["Go and gophers"]);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `meetups-go-amsterdam-${viewer}-${size}`);
  });

  test.each(everyViewer)(
    "/meetups filters by topic and community in its address, pages, and the back button undoes a filter ($viewer, $size)",
    async ({ viewer, size }) => {
      const page = pages[`${viewer}-${size}`];
      await open(page, "/meetups");
      await page.getByRole("link", { name: rustTitle(1) }).waitFor();
      await page.getByLabel("Topic").selectOption("go");
      await page.waitForURL(`${host.url}/meetups?tag=go`);
      await expect.poll(() => meetupTitles(page)).toEqual(["Go and gophers"]);

      await page.getByLabel("Topic").selectOption("rust");
      await page.waitForURL(`${host.url}/meetups?tag=rust`);
      await expect.poll(async () => (await meetupTitles(page))[0]).toBe(rustTitle(1));
      const firstPage = await meetupTitles(page);
      expect(firstPage).toHaveLength(20);
      expect(firstPage).not.toContain("Go and gophers");
      expect(firstPage).not.toContain("Called-off Rust night");
      await page.getByRole("button", { name: "Show later meetups" }).click();
      await page.getByRole("link", { name: rustTitle(rustMeetups) }).waitFor();
      expect(await meetupTitles(page)).toHaveLength(rustMeetups);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `meetups-tag-rust-${viewer}-${size}`);

      // Both at once: a community without the topic has nothing, and says how to get out.
      await page.getByLabel("Community").selectOption({ label: "Go Amsterdam" });
      await page.waitForURL(`${host.url}/meetups?community=go-amsterdam&tag=rust`);
      const empty = page.getByRole("region", { name: "No meetups match" });
      await empty.waitFor();
      expect(await empty.textContent()).toContain("Go Amsterdam has no meetup coming up on “rust”.");
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `meetups-empty-${viewer}-${size}`);

      await page.goBack();
      await page.waitForURL(`${host.url}/meetups?tag=rust`);
      expect(await page.getByLabel("Topic").inputValue()).toBe("rust");
      expect(await page.getByLabel("Community").inputValue()).toBe("");
      await expect.poll(async () => (await meetupTitles(page))[0]).toBe(rustTitle(1));

      // A linked view opens as it was shared; the way out shows every meetup again.
      await open(page, "/meetups?community=no-such-community");
      await page.getByText("No community has the address “no-such-community”.").waitFor();
      await page
        .getByRole("region", { name: "No meetups match" })
        .getByRole("link", { name: "Show every meetup" })
        .click();
      await page.waitForURL(`${host.url}/meetups`);
      await page.getByRole("link", { name: rustTitle(1) }).waitFor();
    },
  );

  test.each(everyViewer)(
    "the top menu highlights Meetups on /meetups only, and Paths on /paths ($viewer, $size)",
    async ({ viewer, size }) => {
      const page = pages[`${viewer}-${size}`];
      const menu = page.getByRole("navigation", { name: "Main" });
      await open(page, "/meetups");
      expect(await menu.getByRole("link", { name: "Meetups" }).getAttribute("aria-current")).toBe("page");
      expect(await menu.getByRole("link", { name: "Paths" }).getAttribute("aria-current")).toBeNull();
      await open(page, firstMeetupPath);
      await page.getByRole("heading", { level: 1, name: rustTitle(1) }).waitFor();
      expect(await menu.locator('[aria-current="page"]').count()).toBe(0);
      await open(page, "/paths");
      await page.getByRole("heading", { level: 1, name: "Learning paths" }).waitFor();
      expect(await menu.getByRole("link", { name: "Paths" }).getAttribute("aria-current")).toBe("page");
      expect(await menu.getByRole("link", { name: "Meetups" }).getAttribute("aria-current")).toBeNull();
    },
  );

  test.each(everyViewer)(
    "the home page shows upcoming meetups and communities ($viewer, $size)",
    async ({ viewer, size }) => {
      const page = pages[`${viewer}-${size}`];
      await open(page, "/");
      const comingUp = page.getByRole("region", { name: "Coming up" });
      await comingUp.getByRole("link", { name: rustTitle(1) }).waitFor();
      expect(await comingUp.locator(".meetup-card__title").count()).toBe(6);
      const communities = page.getByRole("region", { name: "Communities" });
      await communities.getByRole("link", { name: "Rust Berlin" }).waitFor();
      await communities.getByRole("link", { name: "Go Amsterdam" }).waitFor();
      expect(await page.getByRole("link", { name: "Learning paths" }).count()).toBe(0);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `home-${viewer}-${size}`);
    },
  );

  test.each(Object.keys(sizes) as Size[])(
    "My meetups is in the member menu, and marks a meetup its organisers cancelled (%s)",
    async (size) => {
      const page = pages[`member-${size}`];
      await open(page, "/");
      await page
        .getByRole("list", { name: "Your account" })
        .getByRole("link", { name: "My meetups" })
        .click();
      await page.waitForURL(`${host.url}/me/meetups`);
      const card = page.locator(".meetup-card").filter({ hasText: "Called-off Rust night" });
      await card.waitFor();
      expect(await card.locator(".badge").textContent()).toBe("Cancelled");
      expect(await card.textContent()).not.toContain("Going");
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `my-meetups-member-${size}`);
    },
  );

  test.each(Object.keys(sizes) as Size[])(
    "the console lists its sections that exist, and each community's drafts and upcoming meetups (%s)",
    async (size) => {
      const page = pages[`organiser-${size}`];
      await open(page, "/admin/meetups");
      const menu = page.getByRole("navigation", { name: "Organiser console" });
      expect(await menu.getByRole("link").allTextContents()).toEqual([
        "Overview",
        "Communities",
        "Meetups",
        "Talks",
        "Paths",
        "Webhooks",
        "History",
      ]);
      const rust = page.getByRole("region", { name: /Rust Berlin/ });
      await rust.getByRole("link", { name: draftTitle }).waitFor();
      expect(await rust.getByRole("link", { name: draftTitle }).getAttribute("href")).toMatch(
        /^\/admin\/meetups\//,
      );
      await rust.getByRole("link", { name: rustTitle(1) }).waitFor();
      await page
        .getByRole("region", { name: /Go Amsterdam/ })
        .getByRole("link", { name: "Go and gophers" })
        .waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `console-meetups-${size}`);

      await open(page, "/admin/paths");
      await page.getByRole("heading", { level: 1, name: "Paths" }).waitFor();
    },
  );

  test("no page says a feature lands soon", async () => {
    const everyRoute = [
      "/",
      "/communities",
      "/communities/rust-berlin",
      "/meetups",
      firstMeetupPath,
      "/paths",
      "/me",
      "/me/meetups",
      "/admin",
      "/admin/communities",
      "/admin/communities/rust-berlin",
      "/admin/meetups",
      "/admin/history",
      "/admin/talks",
      "/admin/paths",
    ];
    for (const viewer of ["visitor", "organiser"] as const) {
      const page = pages[`${viewer}-desktop`];
      for (const path of everyRoute) {
        await open(page, path);
        expect({ path, text: await page.locator("main").textContent() }).not.toMatchObject({
          text: expect.stringMatching(/lands? soon/i),
        });
      }
    }
  });
});
