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

const setDisplayName = "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }";

/**
 * Membership ending as its member and its organiser see it: leaving and removing each take a second,
 * informed click; a page that a refused command proves stale reads itself again; and an erased member's
 * other device signs out with a plain notice. The world is made over the API; the people use the browser.
 * Each test starts where the previous one left the browsers.
 */
describe("when membership ends, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let ada: Person;
  let communityId: string;
  let coffeeId: string;
  let riverId: string;
  let phone: Page;
  let laptop: Page;
  let organiserPage: Page;

  const tokensIn = (page: Page) =>
    page.evaluate(
      () => JSON.parse(localStorage.getItem("meetstream.tokens") ?? "null") as { access: string } | null,
    );
  const adaRsvpTo = async (meetupId: string) => (await client.meetup(ada, meetupId)).viewerRsvp?.status;
  /** The page at a desktop's width and at a small phone's, when screenshots are asked for. */
  const screenshots = async (page: Page, name: string) => {
    await screenshot(page, `${name}-1280`);
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, `${name}-360`);
    await page.setViewportSize({ width: 1280, height: 720 });
  };

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);

    const organiser = await client.signIn("olu@example.org");
    const bea = await client.signIn("bea@example.org");
    const community = await client.found(organiser, { name: "Rust Berlin", slug: "rust-berlin" });
    const elsewhere = await client.found(organiser, { name: "Go Rotterdam", slug: "go-rotterdam" });
    communityId = community.id;
    const published = async (id: string, overrides: Record<string, unknown>) => {
      const meetup = await client.schedule(organiser, meetupInput(id, { guestLimit: 0, ...overrides }));
      await client.publish(organiser, meetup.id);
      return meetup.id as string;
    };
    coffeeId = await published(community.id, { title: "Rust and coffee", capacity: 10 });
    riverId = await published(community.id, { title: "Rust by the river", capacity: 1 });
    const teaId = await published(elsewhere.id, { title: "Go and tea", capacity: 10 });
    await client.join(bea, community.id);
    await client.rsvp(bea, riverId);

    const phoneContext = await newContext(browser);
    phone = await phoneContext.newPage();
    await signInThroughMailbox(phone, host.url, "ada@example.org");
    ada = { token: (await tokensIn(phone))?.access, id: "" };
    await client.query(setDisplayName, ada, { input: { displayName: "Ada Lovelace" } });
    await client.join(ada, community.id);
    await client.join(ada, elsewhere.id);
    expect((await client.rsvp(ada, coffeeId)).viewerRsvp.status).toBe("CONFIRMED");
    expect((await client.rsvp(ada, riverId)).viewerRsvp.status).toBe("WAITLISTED");
    expect((await client.rsvp(ada, teaId)).viewerRsvp.status).toBe("CONFIRMED");

    laptop = await (await newContext(browser)).newPage();
    await signInThroughMailbox(laptop, host.url, "ada@example.org");
    organiserPage = await (await newContext(browser)).newPage();
    await signInThroughMailbox(organiserPage, host.url, "olu@example.org", "/admin/communities/rust-berlin");
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("leaving asks first, naming the upcoming places in this community it gives up", async () => {
    await phone.goto(`${host.url}/communities/rust-berlin`);
    await phone.getByRole("button", { name: "Leave community" }).click();

    const confirmation = phone.getByRole("region", { name: "Leave Rust Berlin?" });
    await confirmation
      .getByText("Leaving gives up your 1 RSVP and 1 waitlist place at its upcoming meetups")
      .waitFor();
    const listed = await confirmation.getByRole("listitem").allTextContents();
    expect(listed).toEqual(["Rust and coffee", "Rust by the river (waitlist)"]);
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe("Leave Rust Berlin?");
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshots(phone, "leave-community-confirmation");

    // The first click gave up nothing, and staying keeps everything.
    expect(await adaRsvpTo(coffeeId)).toBe("CONFIRMED");
    await confirmation.getByRole("button", { name: "Stay a member" }).click();
    await phone.getByText("You are a member").waitFor();
    expect(await adaRsvpTo(coffeeId)).toBe("CONFIRMED");

    await phone.getByRole("button", { name: "Leave community" }).click();
    await phone.getByRole("button", { name: "Leave Rust Berlin" }).click();
    await phone.getByRole("button", { name: "Join community" }).waitFor();
    expect(await adaRsvpTo(coffeeId)).not.toBe("CONFIRMED");
    expect(await adaRsvpTo(riverId)).not.toBe("WAITLISTED");

    // Back in, for the organiser to remove in the next test.
    await client.join(ada, communityId);
    expect((await client.rsvp(ada, coffeeId)).viewerRsvp.status).toBe("CONFIRMED");
  });

  test("removing a member asks first, naming them; their stale pages set themselves right when a command is refused", async () => {
    await phone.goto(`${host.url}/meetups/${coffeeId}`);
    await phone.getByText("You are going").waitFor();
    await phone.getByRole("link", { name: "Join online" }).waitFor();
    await laptop.goto(`${host.url}/communities/rust-berlin`);
    await laptop.getByText("You are a member").waitFor();

    await organiserPage.goto(`${host.url}/admin/communities/rust-berlin`);
    const members = organiserPage.getByRole("region", { name: /Members/ });
    const adaRow = members.getByRole("row").filter({ hasText: "Ada Lovelace" });
    await adaRow.waitFor();
    await adaRow.getByText("Actions").click();
    await members.getByRole("button", { name: "Remove Ada Lovelace" }).click();
    await members
      .getByText(
        "Remove Ada Lovelace from Rust Berlin? They lose their places at its upcoming meetups and the join links to them.",
      )
      .waitFor();
    expect(await organiserPage.evaluate(() => document.activeElement?.textContent)).toContain(
      "Remove Ada Lovelace from Rust Berlin?",
    );
    expect(await seriousViolations(organiserPage)).toEqual([]);
    await screenshots(organiserPage, "remove-member-confirmation");
    expect(await adaRsvpTo(coffeeId)).toBe("CONFIRMED");
    await members.getByRole("button", { name: "Remove Ada Lovelace" }).click();
    await expect.poll(() => adaRow.count()).toBe(0);

    // The meetup page still shows the seat it no longer holds, until a refused command reads it again.
    expect(await phone.getByText("You are going").count()).toBe(1);
    await phone.getByRole("button", { name: "Cancel my RSVP" }).click();
    await phone.getByRole("button", { name: "Yes, cancel my RSVP" }).click();
    await phone.getByText("You hold no place at this meetup (any more).").waitFor();
    await expect.poll(() => phone.getByText("You are going").count()).toBe(0);
    expect(await phone.getByRole("link", { name: "Join online" }).count()).toBe(0);
    await phone.getByText("Only members RSVP.").waitFor();
    expect(await phone.locator("main").textContent()).not.toContain(coffeeId);
    await screenshots(phone, "meetup-after-refusal");

    // The community page likewise: leaving is refused (no longer a member), and it says so and reads again.
    await laptop.getByRole("button", { name: "Leave community" }).click();
    await laptop.getByText("You hold no places at its upcoming meetups.").waitFor();
    await laptop.getByRole("button", { name: "Leave Rust Berlin" }).click();
    await laptop.getByText("You are not a member of this community (any more).").waitFor();
    await laptop.getByRole("button", { name: "Join community" }).waitFor();
    expect(await laptop.getByText("You are a member").count()).toBe(0);
    await screenshots(laptop, "community-after-refusal");
  });

  test("an erased member's other device signs out with a plain notice and shows nothing of the account", async () => {
    await laptop.goto(`${host.url}/me`);
    await laptop.getByText("ada@example.org").waitFor();

    await phone.goto(`${host.url}/me/erase`);
    await phone.getByLabel(/I understand that erasing my account/).check();
    await phone.getByRole("button", { name: "Erase my account" }).click();
    await phone.getByText("Your account has been erased").waitFor();

    // The laptop learns of it with its next request, whichever page makes it.
    await laptop.getByRole("link", { name: "Communities", exact: true }).first().click();
    await laptop.getByText("This account was erased").waitFor();
    await laptop.getByText("You have been signed out.", { exact: false }).waitFor();
    expect(new URL(laptop.url()).pathname).toBe("/");
    expect(await tokensIn(laptop)).toBeNull();
    expect(await laptop.getByText("ada@example.org").count()).toBe(0);
    expect(await laptop.getByText("Ada Lovelace").count()).toBe(0);
    expect(await laptop.getByRole("link", { name: "Sign in or join" }).count()).toBe(0);
    await screenshots(laptop, "erased-elsewhere-notice");

    // Back to the profile it showed a moment ago: none of it is kept, and no sign-in page invites a new account.
    await laptop.goBack();
    await laptop.getByText("This account was erased").waitFor();
    expect(new URL(laptop.url()).pathname).toBe("/");
    expect(await laptop.getByText("ada@example.org").count()).toBe(0);
    expect(await laptop.getByText("Ada Lovelace").count()).toBe(0);
  });
});
