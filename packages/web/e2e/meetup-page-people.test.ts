import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const lightningTalksTitle = "Serverless Rotterdam #5: Lightning talks and drinks";
const workshopTitle = "Serverless Rotterdam #4 workshop: event sourcing on DynamoDB";
/** The demo's library, where the lightning talks are: the seed gives its coordinates. */
const libraryMap = "https://www.openstreetmap.org/?mlat=51.9222&mlon=4.4893#map=17/51.9222/4.4893";

/** The spots left, as the RSVP panel says them ("48 of 60 spots left"). */
const spotsLeft = async (page: Page): Promise<number> => {
  const words = (await page.locator(".rsvp-panel__seats").textContent()) ?? "";
  const match = words.match(/^(\d+) of \d+ spots? left/);
  if (!match) throw new Error(`No spots left in "${words}"`);
  return Number(match[1]);
};

/**
 * The demo's lightning talks, which have seats and a guest limit of two: a member RSVPs, brings a guest
 * without cancelling, and chooses to be on the guest list; a visitor sees how many go but not who; anyone
 * sees who hosts it, where it is on OpenStreetMap, and copies the page's link. Each width has a member of
 * its own, since an RSVP changes the meetup.
 */
describe("the people on a meetup page, in the browser against the demo community", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  let address = "";
  let workshopAddress = "";
  const contexts: BrowserContext[] = [];

  /** A page in a browser context of its own, signed in when given an email, allowed to use the clipboard. */
  const pageAs = async (email: string | undefined, width: number) => {
    const context = await newContext(browser, { permissions: ["clipboard-read", "clipboard-write"] });
    contexts.push(context);
    if (email) await signInThroughMailbox(await context.newPage(), host.url, email);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(address);
    await page.getByRole("heading", { name: "Your place" }).waitFor();
    await page.getByRole("heading", { name: "Who's going" }).waitFor();
    return page;
  };

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${host.url}/communities/serverless-rotterdam`);
    const addressOf = async (title: string) =>
      new URL((await page.getByRole("link", { name: title }).getAttribute("href")) ?? "", host.url).href;
    address = await addressOf(lightningTalksTitle);
    workshopAddress = await addressOf(workshopTitle);
    await page.context().close();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each([
    [1280, "daan@example.org", "Daan Bakker", "daan", true],
    [360, "emma@example.org", "Emma Visser", "emma", false],
  ] as const)(
    "a member brings a guest without cancelling and is listed under Who's going (%i px)",
    async (width, email, name, handle, listedAtRsvp) => {
      const page = await pageAs(email, width);
      const going = page.locator("section", { has: page.getByRole("heading", { name: "Who's going" }) });
      expect(await going.getByRole("link", { name }).count(), "not going yet").toBe(0);
      const before = await spotsLeft(page);

      if (listedAtRsvp) await page.getByLabel("Show me on the guest list").check();
      await screenshot(page, `people-member-form-${width}`);
      await page.getByRole("button", { name: "RSVP", exact: true }).click();
      await page.getByText("You are going").waitFor();
      expect(await spotsLeft(page)).toBe(before - 1);
      expect(await going.getByRole("link", { name }).count()).toBe(listedAtRsvp ? 1 : 0);
      await screenshot(page, `people-member-rsvped-${width}`);

      await page.getByLabel("Guests").selectOption({ label: "1 guest" });
      await page.getByRole("button", { name: "Update my RSVP" }).click();
      await page.getByText("Your RSVP is updated").waitFor();
      await page.getByText("You now bring 1 guest.").waitFor();
      await page.getByText("With 1 guest. See you there.").waitFor();
      expect(await spotsLeft(page), "the guest takes a seat; the member keeps theirs").toBe(before - 2);
      expect(await page.getByText("Your RSVP is cancelled").count()).toBe(0);
      expect(await page.getByLabel("Guests").inputValue()).toBe("1");

      if (!listedAtRsvp) {
        await page.getByLabel("Show me on the guest list").check();
        await page.getByRole("button", { name: "Update my RSVP" }).click();
        await page.getByText("You are on the guest list.").waitFor();
      }
      const listed = going.getByRole("link", { name });
      await listed.waitFor();
      expect(await listed.getAttribute("href")).toBe(`/members/${handle}`);
      await going.getByText(/^and \d+ others$/).waitFor();
      expect(await page.getByRole("button", { name: "Update my RSVP" }).isDisabled()).toBe(true);

      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `people-member-changed-${width}`);
    },
  );

  test.each([1280, 360])(
    "a visitor sees how many are going, not who; the hosts; the venue on OpenStreetMap (%i px)",
    async (width) => {
      const page = await pageAs(undefined, width);
      const going = page.locator("section", { has: page.getByRole("heading", { name: "Who's going" }) });
      await going.getByText(/^\d+ people going$/).waitFor();
      await going.getByText("Members of Serverless Meetup Rotterdam see who is going.").waitFor();
      expect(await going.getByRole("link").count(), "no names for a visitor").toBe(0);

      const hosts = page.locator("section", { has: page.getByRole("heading", { name: "Hosted by" }) });
      for (const [person, role] of [
        ["Sanne de Vries", "Organiser"],
        ["Joost van den Berg", "Organiser"],
        ["Priya Raman", "Host"],
      ] as const) {
        const host = hosts.getByRole("listitem").filter({ hasText: person });
        await host.getByText(role).waitFor();
        // The role stands beside the name, not alone on a line of its own below it.
        const [name, label] = [
          await host.getByRole("link", { name: person }).boundingBox(),
          await host.getByText(role).boundingBox(),
        ];
        expect(label && name && label.y < name.y + name.height, `${person}'s role beside the name`).toBe(
          true,
        );
      }

      const map = page.getByRole("link", { name: /Hoogstraat 110.*OpenStreetMap/ });
      expect(await map.getAttribute("href")).toBe(libraryMap);
      expect(await map.getAttribute("target")).toBe("_blank");
      expect(await map.getAttribute("rel")).toBe("noopener noreferrer");

      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `people-visitor-${width}`);
    },
  );

  test.each([
    [1280, "lucas@example.org"],
    [360, "fatima@example.org"],
  ] as const)(
    "on a full meetup, a guest is offered greyed out: the seat a member holds is theirs to keep (%i px)",
    async (width, email) => {
      const context = await newContext(browser);
      contexts.push(context);
      await signInThroughMailbox(await context.newPage(), host.url, email);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(workshopAddress);
      await page.getByText("You are going").waitFor();
      const guest = page.getByRole("option", { name: "1 guest (not enough seats)" });
      expect(await guest.isDisabled()).toBe(true);
      await page.getByText("Up to 1, but no seat is left for another guest now.").waitFor();
      expect(await page.getByRole("button", { name: "Update my RSVP" }).isDisabled()).toBe(true);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `people-full-meetup-${width}`);
    },
  );

  test.each([1280, 360])(
    "copy link puts the page's address on the clipboard, and says so (%i px)",
    async (width) => {
      const page = await pageAs(undefined, width);
      await page.getByRole("button", { name: "Copy link" }).click();
      await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `people-copied-${width}`);
    },
  );

  // Daan chose the guest list in the first test.
  test.each([1280, 360])("an organiser sees the names too (%i px)", async (width) => {
    const page = await pageAs(host.demo?.organiserEmail, width);
    const going = page.locator("section", { has: page.getByRole("heading", { name: "Who's going" }) });
    await going.getByRole("link", { name: "Daan Bakker" }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `people-organiser-${width}`);
  });
});
