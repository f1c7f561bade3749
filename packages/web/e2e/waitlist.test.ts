import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Person } from "../../functions/src/graphql/community-test-client";
import {
  type MeetupClient,
  meetupClient,
  meetupInput,
  minutesFromNow,
} from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const setDisplayName = "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }";

/**
 * The meetup console's waitlist as its organiser acts on it, on a laptop and on a phone: a full meetup with
 * three waiting, each listed once; the second promoted ahead of the line, one removed after confirming.
 * Each width gets a meetup of its own, made over the API.
 */
describe("the console's waitlist, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let organiserPage: Page;
  let communityId: string;
  const people = {} as Record<"organiser" | "seated" | "ana" | "ben" | "cleo", Person>;
  const names = {
    organiser: "Olu Okafor",
    seated: "Sam Seated",
    ana: "Ana Waiting",
    ben: "Ben Waiting",
    cleo: "Cleo Waiting",
  } as const;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);
    for (const [who, name] of Object.entries(names) as [keyof typeof names, string][]) {
      people[who] = await client.signIn(`${who}@example.org`);
      await client.query(setDisplayName, people[who], { input: { displayName: name } });
    }
    ({ id: communityId } = await client.found(people.organiser, {
      name: "Rust Berlin",
      slug: "rust-berlin",
    }));
    for (const who of ["seated", "ana", "ben", "cleo"] as const) await client.join(people[who], communityId);
    organiserPage = await (await newContext(browser)).newPage();
    await signInThroughMailbox(organiserPage, host.url, "organiser@example.org", "/admin");
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  for (const width of [1280, 360]) {
    test(`at ${width} px: each person listed once; promote the second in line, remove one after confirming`, async () => {
      const { id: meetupId, publicId } = await client.schedule(
        people.organiser,
        meetupInput(communityId, {
          title: `Rust night at ${width} px`,
          capacity: 1,
          guestLimit: 1,
          startsAt: minutesFromNow(60 * 24 * 7),
          endsAt: minutesFromNow(60 * 24 * 7 + 120),
        }),
      );
      await client.publish(people.organiser, meetupId);
      await client.rsvp(people.seated, meetupId);
      await client.rsvp(people.ana, meetupId);
      await client.rsvp(people.ben, meetupId, 1);
      await client.rsvp(people.cleo, meetupId);

      await organiserPage.setViewportSize({ width, height: 800 });
      await organiserPage.goto(`${host.url}/admin/meetups/${publicId}`);
      const waitlist = organiserPage.getByRole("region", { name: /^Waitlist/ });
      const attendees = organiserPage.getByRole("region", { name: "Attendees" });
      /** A person as the console names them: avatar and name, not the buttons' hidden labels. */
      const named = (region: typeof waitlist, name: string) =>
        region.locator(".member-name", { hasText: name });
      const rows = () => waitlist.getByRole("listitem").allTextContents();
      /** Who waits, in line, each row starting with its place. */
      const lineOrder = async () =>
        (await rows()).map((row, index) => {
          const who = [names.ana, names.ben, names.cleo].find((name) => row.includes(name));
          return row.startsWith(`${index + 1}.`) ? who : `${who} out of place`;
        });
      await named(waitlist, names.cleo).waitFor();
      await named(attendees, names.seated).waitFor();

      // Each person once on the page: the waitlisted in the waitlist only, in line order.
      for (const name of [names.seated, names.ana, names.ben, names.cleo])
        expect((await named(attendees, name).count()) + (await named(waitlist, name).count())).toBe(1);
      expect(await named(attendees, names.ana).count()).toBe(0);
      expect(await lineOrder()).toEqual([names.ana, names.ben, names.cleo]);
      const line = await rows();
      expect(line[1]).toContain("+1 guest");
      // When they joined, in the meetup's zone (Europe/Berlin), as the history reads times: no UTC instant.
      expect(line[0]).toMatch(/joined \d{1,2} \w{3} \d{4}, \d{2}:\d{2} CES?T/);
      expect(line.join(" ")).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      const details = organiserPage.locator(".details-list");
      expect(await details.textContent()).toContain("1 taken");
      expect(await details.textContent()).toContain("3 waiting");
      expect(await horizontalOverflow(organiserPage)).toBe(0);
      await screenshot(organiserPage, `waitlist-full-${width}`);

      // Promote the second: no seat is free, so the organiser confirms going over the capacity.
      const ben = waitlist.getByRole("listitem").filter({ hasText: names.ben });
      await ben.getByText("Actions").click();
      await ben.getByRole("button", { name: `Promote now ${names.ben}` }).click();
      await ben.getByText(`No seat is free for ${names.ben} and 1 guest`, { exact: false }).waitFor();
      expect(await seriousViolations(organiserPage)).toEqual([]);
      expect(await horizontalOverflow(organiserPage)).toBe(0);
      await screenshot(organiserPage, `waitlist-promote-confirm-${width}`);
      await ben.getByRole("button", { name: `Promote ${names.ben} over capacity` }).click();
      await waitlist.getByText(`${names.ben} has a seat now, over the capacity.`).waitFor();
      await expect.poll(rows).toHaveLength(2);
      expect(await lineOrder()).toEqual([names.ana, names.cleo]);
      await expect.poll(async () => details.textContent()).toContain("3 taken");
      expect(await details.textContent()).toContain("2 waiting");
      expect(await details.textContent()).toContain("2 over the capacity of 1");
      await named(attendees, names.ben).waitFor();
      const history = organiserPage.getByRole("region", { name: "History" });
      await history
        .getByText(
          `${names.ben} got a seat from the waitlist, promoted by ${names.organiser} over the capacity`,
        )
        .waitFor();

      // Remove Ana: asked first, kept on "Keep", gone on the second click; Cleo moves up.
      const ana = waitlist.getByRole("listitem").filter({ hasText: names.ana });
      await ana.getByText("Actions").click();
      await ana.getByRole("button", { name: `Remove ${names.ana}` }).click();
      await ana.getByText(`Remove ${names.ana} from the waitlist?`, { exact: false }).waitFor();
      expect(await organiserPage.evaluate(() => document.activeElement?.textContent)).toContain(
        `Remove ${names.ana} from the waitlist?`,
      );
      expect(await seriousViolations(organiserPage)).toEqual([]);
      expect(await horizontalOverflow(organiserPage)).toBe(0);
      await screenshot(organiserPage, `waitlist-remove-confirm-${width}`);
      await ana.getByRole("button", { name: `Keep ${names.ana}` }).click();
      expect(await rows()).toHaveLength(2);
      await ana.getByRole("button", { name: `Remove ${names.ana}` }).click();
      await ana.getByRole("button", { name: `Remove ${names.ana}` }).click();
      await waitlist.getByText(`${names.ana} is off the waitlist.`).waitFor();
      await expect.poll(rows).toHaveLength(1);
      expect(await lineOrder()).toEqual([names.cleo]);
      await expect.poll(async () => details.textContent()).toContain("1 waiting");
      expect(await seriousViolations(organiserPage)).toEqual([]);
      expect(await horizontalOverflow(organiserPage)).toBe(0);
      await screenshot(organiserPage, `waitlist-after-${width}`);
    });
  }
});
