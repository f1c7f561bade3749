import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

/** A phone held in one hand, and a laptop. */
const screens = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;
const pastTitle = "Serverless Rotterdam #3: Cold starts, costs and observability";

type Who = "organiser" | "host" | "daan" | "emma";

/** The API as the signed-in person of the page, for setting a meetup up: the door is what is tested. */
const api = async (page: Page, query: string, variables: Record<string, unknown> = {}) =>
  page.evaluate(
    async ({ query, variables }) => {
      const tokens = JSON.parse(localStorage.getItem("meetstream.tokens") ?? "null") as { access: string };
      const response = await fetch("/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-meetstream-csrf": "1",
          authorization: `Bearer ${tokens.access}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()).data;
    },
    { query, variables },
  );

/**
 * The door of a meetup of the demo community that starts in half an hour (the door is open from an hour
 * before), with Daan and two guests and Emma alone: four people expected.
 */
describe("door check-in on a phone, against the demo community", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  const people = {} as Record<Who, BrowserContext>;
  let meetups = 0;

  const pageOf = async (who: Who, screen: { width: number; height: number }) => {
    const page = await people[who].newPage();
    await page.setViewportSize(screen);
    await page.goto(`${host.url}/me`);
    return page;
  };

  async function meetupAtTheDoor(): Promise<string> {
    const organiser = await pageOf("organiser", screens[1]);
    const { community } = await api(organiser, `query { community(slug: "serverless-rotterdam") { id } }`);
    const start = Date.now() + 30 * 60 * 1000;
    const { scheduleMeetup } = await api(
      organiser,
      `mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { ... on Meetup { id publicId } } }`,
      {
        input: {
          communityId: community.id,
          title: `Serverless door night ${++meetups}`,
          timeZone: "Europe/Amsterdam",
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 2 * 60 * 60 * 1000).toISOString(),
          capacity: 40,
          guestLimit: 2,
          venue: { name: "CIC Rotterdam", address: "Stationsplein 45, Rotterdam" },
        },
      },
    );
    await api(organiser, `mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }`, {
      id: scheduleMeetup.id,
    });
    await organiser.close();
    for (const [who, guests] of [
      ["daan", 2],
      ["emma", 0],
    ] as const) {
      const member = await pageOf(who, screens[1]);
      const { rsvp } = await api(
        member,
        `mutation ($id: ID!, $guests: Int) { rsvp(meetupId: $id, guests: $guests) { __typename } }`,
        { id: scheduleMeetup.id, guests },
      );
      expect(rsvp.__typename).toBe("Meetup");
      await member.close();
    }
    return `${host.url}/admin/meetups/${scheduleMeetup.publicId}/door`;
  }

  const count = (page: Page) => page.locator(".door-count strong");
  const party = (page: Page, name: string) => page.locator(".door-party", { hasText: name });

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    for (const [who, email] of [
      ["organiser", host.demo.organiserEmail],
      ["host", host.demo.hostEmail],
      ["daan", "daan@example.org"],
      ["emma", "emma@example.org"],
    ] as const) {
      const context = await newContext(browser);
      await signInThroughMailbox(await context.newPage(), host.url, email);
      people[who] = context;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each(screens)(
    "a host searches, checks in a member and one of two guests, and undoes it, with the count following ($width px)",
    async (screen) => {
      const door = await meetupAtTheDoor();
      const page = await pageOf("host", screen);
      await page.goto(door);
      await page.getByRole("heading", { name: "Door check-in" }).waitFor();
      await expect.poll(() => count(page).textContent()).toBe("0 of 4 in");

      // Search first, and the first check-in within reach without scrolling.
      const search = page.getByRole("searchbox", { name: "Find a name" });
      const firstCheckIn = page.getByRole("button", { name: /^Check in / }).first();
      await firstCheckIn.waitFor();
      for (const target of [search, firstCheckIn]) {
        const box = await target.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(screen.height);
        expect(box?.height).toBeGreaterThanOrEqual(44);
      }
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `door-open-host-${screen.width}`);

      await search.fill("emm");
      await expect.poll(() => page.locator(".door-party").count()).toBe(1);
      await party(page, "Emma Visser").waitFor();
      await search.fill("");
      await expect.poll(() => page.locator(".door-party").count()).toBe(2);

      await page.getByRole("button", { name: "Check in Emma Visser" }).click();
      await expect.poll(() => count(page).textContent()).toBe("1 of 4 in");
      await party(page, "Emma Visser").getByText("Checked in").waitFor();
      await page.locator(".door-undo").getByText("Checked in Emma Visser").waitFor();

      await page.getByRole("button", { name: "One guest fewer with Daan Bakker" }).click();
      await page.getByRole("button", { name: "Check in Daan Bakker" }).click();
      await expect.poll(() => count(page).textContent()).toBe("3 of 4 in");
      await party(page, "Daan Bakker").getByText("Checked in with 1 of 2 guests").waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `door-checked-in-host-${screen.width}`);

      // The notice's undo takes back the last action; a row's undo takes back its check-in.
      await page.locator(".door-undo").getByRole("button", { name: "Undo" }).click();
      await expect.poll(() => count(page).textContent()).toBe("1 of 4 in");
      await party(page, "Daan Bakker").getByText("With 2 guests").waitFor();
      await page.getByRole("button", { name: "Undo the check-in of Emma Visser" }).click();
      await expect.poll(() => count(page).textContent()).toBe("0 of 4 in");
      await page.close();
    },
  );

  test("two phones at one door agree: the organiser's count follows the host's check-ins (360 px)", async () => {
    const door = await meetupAtTheDoor();
    const [hostPhone, organiserPhone] = [
      await pageOf("host", screens[0]),
      await pageOf("organiser", screens[0]),
    ];
    for (const phone of [hostPhone, organiserPhone]) {
      await phone.goto(door);
      await expect.poll(() => count(phone).textContent()).toBe("0 of 4 in");
    }
    await hostPhone.getByRole("button", { name: "Check in Daan Bakker" }).click();
    await expect.poll(() => count(hostPhone).textContent()).toBe("3 of 4 in");
    await expect.poll(() => count(organiserPhone).textContent(), { timeout: 10_000 }).toBe("3 of 4 in");
    await party(organiserPhone, "Daan Bakker").getByText("Checked in with 2 of 2 guests").waitFor();
    await screenshot(organiserPhone, "door-open-organiser-360");
    await hostPhone.close();
    await organiserPhone.close();
  });

  test.each(screens)(
    "a member is told the door is for its organisers and hosts ($width px)",
    async (screen) => {
      const door = await meetupAtTheDoor();
      const page = await pageOf("daan", screen);
      await page.goto(door);
      // A member who organises and hosts nowhere is turned away at the console's entrance.
      await page
        .getByRole("heading", { name: "This console is for community organisers and hosts" })
        .waitFor();
      expect(await page.getByRole("button", { name: /^Check in/ }).count()).toBe(0);
      expect(await page.getByRole("searchbox").count()).toBe(0);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `door-member-${screen.width}`);
      await page.close();
    },
  );

  test.each(screens)(
    "the console and the meetup page lead to the door while it is open; a past meetup's door has closed ($width px)",
    async (screen) => {
      const door = await meetupAtTheDoor();
      const page = await pageOf("host", screen);
      await page.goto(door.replace("/admin/meetups/", "/meetups/").replace(/\/door$/, ""));
      await page.getByRole("link", { name: "Check people in" }).click();
      await page.waitForURL(door);
      await page.goto(door.replace(/\/door$/, ""));
      await page.getByRole("link", { name: "Open the door check-in" }).click();
      await page.waitForURL(door);
      await count(page).waitFor();

      const organiser = await pageOf("organiser", screen);
      await organiser.goto(`${host.url}/communities/serverless-rotterdam`);
      const pastAddress = await organiser.getByRole("link", { name: pastTitle }).getAttribute("href");
      await organiser.goto(`${host.url}${pastAddress?.replace("/meetups/", "/admin/meetups/")}/door`);
      await organiser
        .getByText(/^Check-in has closed|^This meetup is over/)
        .first()
        .waitFor();
      await organiser.locator(".door-party").first().waitFor();
      expect(await organiser.getByRole("button", { name: /^Check in/ }).count()).toBe(0);
      expect(await horizontalOverflow(organiser)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(organiser)).toEqual([]);
      await screenshot(organiser, `door-past-organiser-${screen.width}`);
      await organiser.close();
      await page.close();
    },
  );
});
