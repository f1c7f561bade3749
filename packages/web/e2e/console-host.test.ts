import { readFileSync } from "node:fs";
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

/** The console reads attendees 40 at a time (the API's query cost limit): four more make a second page. */
const pageSize = 40;
const attendeeCount = pageSize + 4;
const nameOf = (index: number) => `Attendee ${String(index + 1).padStart(2, "0")}`;

/**
 * A meetup with more attendees than one page, in a community with an organiser and a host: the world is
 * made over the API, then the organiser and the host use the console in the browser.
 */
describe("the console's attendee list, for organisers and hosts, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let meetupId: string;
  /** The id the meetup's addresses carry. */
  let publicId: string;
  let organiserPage: Page;
  let hostPage: Page;

  const attendeeList = (page: Page) => page.getByRole("list", { name: "Attendees", exact: true });
  const attendeeRow = (page: Page, name: string) =>
    attendeeList(page).getByRole("listitem").filter({ hasText: name });

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);

    const organiser = await client.signIn("olu@example.org");
    const hostPerson = await client.signIn("hana@example.org");
    const attendees: Person[] = [];
    // Sign-ins in small batches: each is several requests through the issuer.
    for (let start = 0; start < attendeeCount; start += 10)
      attendees.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, attendeeCount - start) }, async (_, offset) => {
            const person = await client.signIn(`attendee-${start + offset}@example.org`);
            await client.query(
              "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
              person,
              { input: { displayName: nameOf(start + offset) } },
            );
            return person;
          }),
        )),
      );
    await client.query(
      "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
      hostPerson,
      { input: { displayName: "Hana Host" } },
    );

    const community = await client.found(organiser, { name: "Rust Berlin", slug: "rust-berlin" });
    await client.join(hostPerson, community.id);
    expect((await client.onMember("appointHost", organiser, community.id, hostPerson.id)).__typename).toBe(
      "Community",
    );
    const meetup = await client.schedule(
      organiser,
      meetupInput(community.id, { title: "Rust and coffee", capacity: 100, guestLimit: 0 }),
    );
    meetupId = meetup.id;
    publicId = meetup.publicId;
    await client.publish(organiser, meetupId);
    // One at a time, so the list (confirmed, by RSVP) holds them in this order.
    for (const attendee of attendees) {
      await client.join(attendee, community.id);
      expect((await client.rsvp(attendee, meetupId)).viewerRsvp.status).toBe("CONFIRMED");
    }

    organiserPage = await (await newContext(browser, { acceptDownloads: true })).newPage();
    await signInThroughMailbox(organiserPage, host.url, "olu@example.org", "/admin");
    hostPage = await (await newContext(browser, { acceptDownloads: true })).newPage();
    await signInThroughMailbox(hostPage, host.url, "hana@example.org", "/admin/meetups");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("the organiser sees the first page of attendees, loads the rest, and checks in someone from it", async () => {
    const page = organiserPage;
    await page.goto(`${host.url}/admin/meetups/${meetupId}`);
    await attendeeRow(page, nameOf(pageSize - 1)).waitFor();
    expect(await attendeeList(page).getByRole("listitem").count()).toBe(pageSize);
    expect(await attendeeRow(page, nameOf(pageSize)).count()).toBe(0);
    // The count is the meetup's, not the page's: every confirmed person, before the rest are loaded.
    await page.getByText(`0 of ${attendeeCount} confirmed checked in, guests included.`).waitFor();

    const loadMore = page.getByRole("button", { name: "Load more", exact: true });
    await loadMore.click();
    await attendeeRow(page, nameOf(attendeeCount - 1)).waitFor();
    await loadMore.waitFor({ state: "detached" });
    expect(await attendeeList(page).getByRole("listitem").count()).toBe(attendeeCount);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "console-meetup-all-attendees");

    // Search covers the rows loaded with the second page, and check-in works there too.
    const latecomer = nameOf(attendeeCount - 2);
    await page.getByLabel("Find an attendee").fill(latecomer);
    await attendeeRow(page, nameOf(0)).waitFor({ state: "detached" });
    expect(await attendeeList(page).getByRole("listitem").count()).toBe(1);
    await page.getByRole("button", { name: `Check in ${latecomer}`, exact: true }).click();
    await attendeeRow(page, latecomer).getByText("Checked in", { exact: true }).waitFor();

    // The second page stays loaded after the check-in made the console read the list again.
    await page.getByLabel("Find an attendee").fill("");
    await attendeeRow(page, nameOf(attendeeCount - 1)).waitFor();
    expect(await attendeeList(page).getByRole("listitem").count()).toBe(attendeeCount);
    await page.getByText(`1 of ${attendeeCount} confirmed checked in, guests included.`).waitFor();
  });

  test("the organiser's CSV export holds every attendee, not just the pages on screen", async () => {
    const page = organiserPage;
    await page.reload();
    await attendeeRow(page, nameOf(0)).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV", exact: true }).click(),
    ]);
    const lines = readFileSync((await download.path()) as string, "utf8")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(1 + attendeeCount);
    expect(lines).toContain(`${nameOf(attendeeCount - 1)},,confirmed,0,no,expected,`);
    expect(lines).toContain(`${nameOf(attendeeCount - 2)},,confirmed,0,yes,attended,`);
  });

  test("a host opens the console and lands on the meetups of the community they host", async () => {
    const page = hostPage;
    await page.goto(`${host.url}/admin`);
    await page.waitForURL(`${host.url}/admin/meetups`);
    const navigation = page.getByRole("navigation", { name: "Host console", exact: true });
    await navigation.waitFor();
    expect(await navigation.getByRole("link").allTextContents()).toEqual(["Meetups"]);
    await page.getByRole("heading", { level: 2, name: "Rust Berlin You host it", exact: true }).waitFor();
    await page.getByRole("link", { name: "Rust and coffee", exact: true }).waitFor();
    expect(await page.getByRole("link", { name: /^Schedule a meetup/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "console-host-meetups");

    await page.getByRole("link", { name: "Rust and coffee", exact: true }).click();
    await page.waitForURL(`${host.url}/admin/meetups/${publicId}`);
    await page.getByRole("heading", { level: 1, name: "Rust and coffee", exact: true }).waitFor();
  });

  test("the host checks someone in with one tap on a phone and sees nothing to edit, publish or cancel", async () => {
    const phone = await newContext(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      storageState: await hostPage.context().storageState(),
    });
    const page = await phone.newPage();
    await page.goto(`${host.url}/admin/meetups/${meetupId}`);
    const arriving = nameOf(1);
    const checkIn = page.getByRole("button", { name: `Check in ${arriving}`, exact: true });
    expect((await checkIn.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await checkIn.tap();
    await attendeeRow(page, arriving).getByText("Checked in", { exact: true }).waitFor();

    expect(await page.getByRole("link", { name: "Edit or reschedule", exact: true }).count()).toBe(0);
    for (const button of ["Publish", "Cancel the meetup for good"])
      expect(await page.getByRole("button", { name: button, exact: true }).count()).toBe(0);
    for (const heading of ["History", "Cancel the meetup"])
      expect(await page.getByRole("heading", { name: heading, exact: true }).count()).toBe(0);
    // What hosts may see: the whole list a page at a time, and the chart.
    await page.getByRole("button", { name: "Load more", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Attendance over time", exact: true }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "console-host-meetup-phone");
    await phone.close();
  });

  test("the host is told that the community and meetup editors are for organisers", async () => {
    const page = hostPage;
    for (const path of [
      "/admin/communities/rust-berlin",
      `/admin/meetups/${meetupId}/edit`,
      "/admin/history",
    ]) {
      await page.goto(`${host.url}${path}`);
      await page.getByRole("heading", { level: 1, name: "Organisers only", exact: true }).waitFor();
      expect(await page.getByRole("button", { name: "Save meetup", exact: true }).count()).toBe(0);
      expect(await page.getByRole("button", { name: /^Make (host|organiser)/ }).count()).toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Go to your meetups", exact: true }).click();
    await page.waitForURL(`${host.url}/admin/meetups`);
  });

  test("a host who founds a community of their own organises it, and still only hosts the other", async () => {
    const page = hostPage;
    const hana = await client.signIn("hana@example.org");
    expect((await client.found(hana, { name: "Hana's club", slug: "hanas-club" })).__typename).toBe(
      "Community",
    );

    await page.goto(`${host.url}/admin/meetups`);
    await page.getByRole("navigation", { name: "Organiser console", exact: true }).waitFor();
    await page.getByRole("link", { name: "Schedule a meetup for Hana's club", exact: true }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Rust Berlin You host it", exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${host.url}/admin/communities/rust-berlin`);
    await page
      .getByRole("heading", { name: "Only organisers of Rust Berlin do this", exact: true })
      .waitFor();
    expect(await page.getByRole("button", { name: /^Make (host|organiser)/ }).count()).toBe(0);
    await page.goto(`${host.url}/admin/meetups/${meetupId}/edit`);
    await page
      .getByRole("heading", { name: "Only organisers of Rust Berlin do this", exact: true })
      .waitFor();
    await page.goto(`${host.url}/admin/meetups/${meetupId}`);
    await attendeeRow(page, nameOf(0)).waitFor();
    expect(await page.getByRole("link", { name: "Edit or reschedule", exact: true }).count()).toBe(0);
  });

  test("the meetup page offers its host the way to check-in", async () => {
    const page = hostPage;
    await page.goto(`${host.url}/meetups/${publicId}`);
    await page.getByRole("link", { name: "Check people in", exact: true }).click();
    await page.waitForURL(`${host.url}/admin/meetups/${publicId}/door`);
    expect(await page.getByRole("link", { name: "Manage in the console", exact: true }).count()).toBe(0);
  });
});
