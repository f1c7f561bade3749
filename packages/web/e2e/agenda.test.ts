import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { slotRange } from "../src/agenda/agenda-words";
import { localPartsOf, zonedToUtc } from "../src/meetup/time-zones";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { api, confirmTalk, decide, openCall, submitTalk } from "./talk-seed";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const widths = [1280, 360] as const;
const meetupZone = "Europe/Amsterdam";
/** The visitor reads the agenda from New York: every slot then has a second time beside it. */
const visitorZone = "America/New_York";
const pastTitle = "Serverless Rotterdam #3: Cold starts, costs and observability";
const day = 24 * 60 * 60 * 1000;

type Who = "organiser" | "speaker" | "host" | "visitor";

/**
 * A meetup's agenda from draft to page, against the demo community: its organiser builds it in the
 * console from a confirmed talk and free items, releases version 1, moves slots by keyboard and by drag,
 * renames one and adds another, releases version 2; a visitor in another time zone reads version 2 on
 * the meetup's page with what changed since version 1, on a laptop and on a phone.
 */
describe("the agenda, built in the console and read on the meetup page, in the browser", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  const people = {} as Record<Who, BrowserContext>;

  const pageOf = async (who: Who, width: number) => {
    const page = await people[who].newPage();
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    return page;
  };

  /** What a careful person would trip over: overflow and serious axe findings. */
  const expectFine = async (page: Page, name: string) => {
    await page.waitForFunction(() => document.querySelector(".loading-state") === null);
    expect(await horizontalOverflow(page), `${name} overflows`).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page), name).toEqual([]);
    await screenshot(page, name);
  };

  /** A published meetup of the demo community, ten days out, 19:00 to 22:00 in Amsterdam. */
  async function scheduleMeetup(organiser: Page, title: string) {
    const date = localPartsOf(new Date(Date.now() + 10 * day).toISOString(), meetupZone).date;
    const startsAt = zonedToUtc(date, "19:00", meetupZone);
    const endsAt = zonedToUtc(date, "22:00", meetupZone);
    const { community } = await api(organiser, "query ($slug: String!) { community(slug: $slug) { id } }", {
      slug: host.demo.slug,
    });
    const { scheduleMeetup } = await api(
      organiser,
      `mutation ($input: ScheduleMeetupInput!) {
        scheduleMeetup(input: $input) { __typename ... on Meetup { id publicId } } }`,
      {
        input: {
          communityId: community.id,
          title,
          timeZone: meetupZone,
          startsAt,
          endsAt,
          capacity: 40,
          venue: { name: "CIC Rotterdam", address: "Stationsplein 45, Rotterdam" },
        },
      },
    );
    await api(organiser, "mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }", {
      id: scheduleMeetup.id,
    });
    return { ...(scheduleMeetup as { id: string; publicId: string }), startsAt, date };
  }

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    for (const [who, email] of [
      ["organiser", host.demo.organiserEmail],
      ["speaker", "daan@example.org"],
      ["host", host.demo.hostEmail],
    ] as const) {
      const context = await newContext(browser);
      await signInThroughMailbox(await context.newPage(), host.url, email);
      people[who] = context;
    }
    people.visitor = await newContext(browser, { timezoneId: visitorZone });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each(widths)(
    "an organiser builds, releases, reorders by keyboard and drag and releases again; a visitor reads what changed (%i px)",
    async (width) => {
      const meetupTitle = `Serverless Rotterdam agenda night (${width})`;
      const talkTitle = `Cold starts, measured (${width})`;
      const organiser = await pageOf("organiser", width);
      await organiser.goto(`${host.url}/me`);
      const meetup = await scheduleMeetup(organiser, meetupTitle);
      const at = (time: string) => zonedToUtc(meetup.date, time, meetupZone);

      // A talk proposed, accepted and confirmed: what a TALK slot is made of.
      const speaker = await pageOf("speaker", width);
      await speaker.goto(`${host.url}/me`);
      const call = await openCall(
        organiser,
        host.demo.slug,
        `Talks for the agenda night (${width})`,
        meetup.id,
      );
      const talk = await submitTalk(speaker, call.id, talkTitle);
      await decide(organiser, "acceptProposal", talk.id, "See you there.");
      await confirmTalk(speaker, talk.id);

      // From the meetup's console to its agenda: nothing is released, nothing is on the draft.
      await organiser.goto(`${host.url}/admin/meetups/${meetup.publicId}`);
      await organiser.getByRole("link", { name: "Agenda", exact: true }).click();
      await organiser.getByRole("heading", { name: `Agenda of ${meetupTitle}` }).waitFor();
      await organiser.getByText("No slot yet: add the first one below.").waitFor();
      await organiser.getByText("None yet: the public sees no agenda until the first release.").waitFor();
      expect(await organiser.getByRole("button", { name: "Release version 1" }).isDisabled()).toBe(true);

      const draft = organiser.getByRole("list", { name: "Slots of the draft, in order" });
      const rows = draft.getByRole("listitem");
      const addItem = async (label: string, time: string, minutes: string) => {
        await organiser.getByLabel("A free item").check();
        await organiser.getByLabel("Label").fill(label);
        await organiser.getByLabel(`Starts at (${meetupZone})`).fill(time);
        await organiser.getByLabel("Minutes").fill(minutes);
        await organiser.getByRole("button", { name: "Add to the draft" }).click();
      };
      await addItem("Doors open and pizza", "19:00", "30");
      await rows.filter({ hasText: "Doors open and pizza" }).getByText("19:00–19:30").waitFor();
      // The talk's length comes from its format (30 minutes) when the minutes are left empty.
      await organiser.getByLabel("A confirmed talk").check();
      await organiser
        .getByLabel("Talk", { exact: true })
        .selectOption({ label: `${talkTitle} (Daan Bakker)` });
      await expect.poll(() => organiser.getByLabel(`Starts at (${meetupZone})`).inputValue()).toBe("19:30");
      await organiser.getByRole("button", { name: "Add to the draft" }).click();
      await rows.filter({ hasText: talkTitle }).getByText("19:30–20:00").waitFor();
      await addItem("Drinks", "20:00", "30");
      await rows.filter({ hasText: "Drinks" }).getByText("20:00–20:30").waitFor();
      await addItem("Lightning talks", "20:30", "15");
      await expect.poll(() => rows.count()).toBe(4);

      // Refusals are said on the field they concern, and change nothing.
      await addItem("Raffle", "19:45", "10");
      await organiser.getByText(`It would overlap “${talkTitle}” (19:30–20:00).`).waitFor();
      await addItem("Raffle", "21:55", "10");
      await organiser.getByText("It must start and end within the meetup, 19:00–22:00.").waitFor();
      expect(await rows.count()).toBe(4);
      await expectFine(organiser, `agenda-builder-organiser-${width}`);

      // Version 1, with a note.
      await organiser.getByLabel("What changed (a note for attendees)").fill("Our first agenda.");
      await organiser.getByRole("button", { name: "Release version 1" }).click();
      await organiser.getByText("Version 1 is released").waitFor();
      const releases = organiser.getByRole("list", { name: "Released versions, newest first" });
      await releases.getByText("Version 1").waitFor();
      expect(await organiser.getByRole("button", { name: "Release version 2" }).isDisabled()).toBe(true);

      // By keyboard: Drinks' handle, the up arrow, and the new place is announced.
      const live = organiser.locator('[aria-live="polite"]').filter({ hasText: /moved to position/ });
      await organiser.getByRole("button", { name: "Reorder Drinks, position 3 of 4" }).focus();
      await organiser.keyboard.press("ArrowUp");
      await live
        .getByText("Drinks moved to position 2 of 4, now 19:30–20:00.")
        .waitFor({ state: "attached" });
      await expect.poll(() => rows.nth(1).textContent()).toMatch(/Drinks/);
      // The handle keeps the focus in its new place.
      await expect
        .poll(() => organiser.evaluate(() => document.activeElement?.getAttribute("aria-label")))
        .toBe("Reorder Drinks, position 2 of 4");

      // By drag: the lightning talks onto Drinks' place.
      await organiser
        .getByRole("button", { name: "Reorder Lightning talks, position 4 of 4" })
        .dragTo(rows.filter({ hasText: "Drinks" }));
      await live
        .getByText("Lightning talks moved to position 2 of 4, now 19:30–19:45.")
        .waitFor({ state: "attached" });
      await expect.poll(() => rows.nth(1).textContent()).toMatch(/Lightning talks/);
      await rows.filter({ hasText: "Drinks" }).getByText("19:45–20:15").waitFor();
      await rows.filter({ hasText: talkTitle }).getByText("20:15–20:45").waitFor();

      // An item renamed in place, and one added.
      await organiser.getByRole("button", { name: "Edit Doors open and pizza" }).click();
      const edit = organiser.getByRole("form", { name: "Edit Doors open and pizza" });
      await edit.getByLabel("Label").fill("Doors open, pizza and drinks");
      await edit.getByRole("button", { name: "Save Doors open and pizza" }).click();
      await rows.filter({ hasText: "Doors open, pizza and drinks" }).waitFor();
      await addItem("Raffle", "20:45", "10");
      await expect.poll(() => rows.count()).toBe(5);
      await expectFine(organiser, `agenda-builder-moved-organiser-${width}`);

      await organiser.getByLabel("What changed (a note for attendees)").fill("The lightning talks go first.");
      await organiser.getByRole("button", { name: "Release version 2" }).click();
      await organiser.getByText("Version 2 is released").waitFor();
      await releases.getByText("Version 2").waitFor();
      expect(await releases.getByRole("listitem").count()).toBe(2);
      await organiser.getByRole("link", { name: "View its page" }).click();
      await organiser.getByRole("list", { name: "Agenda, version 2" }).waitFor();
      await expectFine(organiser, `agenda-meetup-organiser-${width}`);
      await organiser.close();

      // A visitor in New York reads version 2, in Amsterdam's time and in their own.
      const visitor = await pageOf("visitor", width);
      await visitor.goto(`${host.url}/meetups/${meetup.publicId}`);
      await visitor.getByRole("heading", { name: "Agenda", exact: true }).waitFor();
      await visitor.getByText(/^Version 2, released /).waitFor();
      await visitor.getByText("The lightning talks go first.").waitFor();
      const agenda = visitor.getByRole("list", { name: "Agenda, version 2" });
      expect(await agenda.getByRole("listitem").count()).toBe(5);
      const lightning = agenda.getByRole("listitem").nth(1);
      await lightning.getByText("19:30–19:45", { exact: true }).waitFor();
      await lightning
        .getByText(`Your time ${slotRange(at("19:30"), at("19:45"), visitorZone, meetup.startsAt)}`)
        .waitFor();
      expect(await lightning.textContent()).toMatch(/Lightning talks/);
      const talkLink = agenda.getByRole("link", { name: talkTitle });
      expect(await talkLink.getAttribute("href")).toBe(`/talks/${talk.publicId}`);

      const changes = visitor.getByRole("list", { name: "Changed since version 1" });
      for (const words of [
        "Moved “Lightning talks” from 20:30 to 19:30.",
        "Moved “Drinks” from 20:00 to 19:45.",
        `Moved “${talkTitle}” from 19:30 to 20:15.`,
        "Renamed “Doors open and pizza” to “Doors open, pizza and drinks”.",
        "Added “Raffle”, 20:45–20:55.",
      ])
        await changes.getByText(words, { exact: true }).waitFor();
      // One earlier version leaves nothing to choose: it is said, not offered as a select of one.
      await visitor.getByText("Changed since version 1", { exact: true }).waitFor();
      expect(await visitor.getByRole("combobox", { name: /Changed since version/ }).count()).toBe(0);
      await expectFine(visitor, `agenda-meetup-visitor-${width}`);

      // The talk's page is one click away.
      await talkLink.click();
      await visitor.getByRole("heading", { name: talkTitle }).waitFor();
      await visitor.close();

      // The speaker, a member, reads the same agenda with their talk on it.
      const member = await pageOf("speaker", width);
      await member.goto(`${host.url}/meetups/${meetup.publicId}`);
      await member
        .getByRole("list", { name: "Agenda, version 2" })
        .getByRole("link", { name: talkTitle })
        .waitFor();
      await expectFine(member, `agenda-meetup-member-${width}`);
      await member.close();
      await speaker.close();
    },
  );

  test("a version before the last can be compared; an empty agenda shows nothing on the page", async () => {
    const organiser = await pageOf("organiser", 1280);
    await organiser.goto(`${host.url}/me`);
    const meetup = await scheduleMeetup(organiser, "Serverless Rotterdam three versions");
    const at = (time: string) => zonedToUtc(meetup.date, time, meetupZone);

    const visitor = await pageOf("visitor", 1280);
    await visitor.goto(`${host.url}/meetups/${meetup.publicId}`);
    await visitor.getByRole("heading", { name: "About" }).waitFor();
    await visitor.waitForLoadState("networkidle");
    expect(await visitor.getByRole("heading", { name: "Agenda", exact: true }).count()).toBe(0);

    const slotOf = async (title: string, time: string, minutes: number) => {
      const { addAgendaSlot } = await api(
        organiser,
        `mutation ($input: AddAgendaSlotInput!) { addAgendaSlot(input: $input) {
          __typename ... on AgendaDraft { slots { id title } } } }`,
        { input: { meetupId: meetup.id, title, startsAt: at(time), minutes } },
      );
      expect(addAgendaSlot.__typename).toBe("AgendaDraft");
    };
    const release = async (note: string) => {
      const { releaseAgenda } = await api(
        organiser,
        "mutation ($id: ID!, $note: String) { releaseAgenda(meetupId: $id, note: $note) { __typename } }",
        { id: meetup.id, note },
      );
      expect(releaseAgenda.__typename).toBe("AgendaVersion");
    };
    await slotOf("Doors open", "19:00", 30);
    await release("");
    await slotOf("Pizza", "19:30", 30);
    await release("Pizza.");
    await slotOf("Drinks", "20:00", 30);
    await release("Drinks.");

    await visitor.reload();
    await visitor.getByText(/^Version 3, released /).waitFor();
    const changes = (since: number) => visitor.getByRole("list", { name: `Changed since version ${since}` });
    await changes(2).getByText("Added “Drinks”, 20:00–20:30.", { exact: true }).waitFor();
    expect(await changes(2).getByRole("listitem").count()).toBe(1);
    await visitor.getByLabel("Changed since version", { exact: true }).selectOption("1");
    await changes(1).getByText("Added “Pizza”, 19:30–20:00.", { exact: true }).waitFor();
    expect(await changes(1).getByRole("listitem").count()).toBe(2);
    await visitor.close();
    await organiser.close();
  });

  test("the move buttons reorder too; an edit that overlaps is refused on its field; a slot comes off", async () => {
    const organiser = await pageOf("organiser", 360);
    await organiser.goto(`${host.url}/me`);
    const meetup = await scheduleMeetup(organiser, "Serverless Rotterdam, moved by buttons");
    for (const [title, time] of [
      ["Doors open", "19:00"],
      ["Pizza", "19:30"],
    ] as const) {
      const { addAgendaSlot } = await api(
        organiser,
        "mutation ($input: AddAgendaSlotInput!) { addAgendaSlot(input: $input) { __typename } }",
        {
          input: {
            meetupId: meetup.id,
            title,
            startsAt: zonedToUtc(meetup.date, time, meetupZone),
            minutes: 30,
          },
        },
      );
      expect(addAgendaSlot.__typename).toBe("AgendaDraft");
    }
    await organiser.goto(`${host.url}/admin/meetups/${meetup.publicId}/agenda`);
    const rows = organiser.getByRole("list", { name: "Slots of the draft, in order" }).getByRole("listitem");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await organiser.getByRole("button", { name: "Move up Doors open" }).isDisabled()).toBe(true);
    await organiser.getByRole("button", { name: "Move down Doors open" }).click();
    await organiser
      .locator('[aria-live="polite"]')
      .getByText("Doors open moved to position 2 of 2, now 19:30–20:00.")
      .waitFor({ state: "attached" });
    await expect.poll(() => rows.first().textContent()).toMatch(/Pizza/);
    await rows.first().getByText("19:00–19:30").waitFor();

    // A longer pizza would run into the doors opening: refused beside the slot's times, and nothing changes.
    await organiser.getByRole("button", { name: "Edit Pizza" }).click();
    const edit = organiser.getByRole("form", { name: "Edit Pizza" });
    await edit.getByLabel("Minutes").fill("45");
    await edit.getByRole("button", { name: "Save Pizza" }).click();
    await edit.getByText("It would overlap “Doors open” (19:30–20:00).").waitFor();
    await expectFine(organiser, "agenda-builder-edit-refused-organiser-360");
    await edit.getByRole("button", { name: "Cancel" }).click();
    await rows.first().getByText("19:00–19:30").waitFor();

    await organiser.getByRole("button", { name: "Remove Doors open" }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await organiser
      .locator('[aria-live="polite"]')
      .getByText("Doors open is off the draft.")
      .waitFor({ state: "attached" });
    await organiser.close();
  });

  test("only organisers build an agenda, and a past meetup's agenda is kept as it was", async () => {
    const organiser = await pageOf("organiser", 1280);
    await organiser.goto(`${host.url}/me`);
    const meetup = await scheduleMeetup(organiser, "Serverless Rotterdam, organisers only");

    // A host runs the door, not the programme; a member sees nothing of the console.
    const hostPage = await pageOf("host", 1280);
    await hostPage.goto(`${host.url}/admin/meetups/${meetup.publicId}/agenda`);
    await hostPage.getByRole("heading", { name: "Only organisers run this part of the console" }).waitFor();
    await hostPage.close();
    const member = await pageOf("speaker", 1280);
    await member.goto(`${host.url}/admin/meetups/${meetup.publicId}/agenda`);
    await member.getByRole("heading", { name: "Organisers and hosts only" }).waitFor();
    expect(await member.getByRole("heading", { name: "Add a slot" }).count()).toBe(0);
    await member.close();

    await organiser.goto(`${host.url}/communities/${host.demo.slug}`);
    const pastAddress = await organiser.getByRole("link", { name: pastTitle }).getAttribute("href");
    await organiser.goto(`${host.url}/admin${pastAddress}/agenda`);
    await organiser.getByText("This meetup is over").waitFor();
    await organiser.getByText("Its agenda is kept as it was: nothing on it changes any more.").waitFor();
    expect(await organiser.getByRole("heading", { name: "Add a slot" }).count()).toBe(0);
    expect(await organiser.getByRole("button", { name: /^Release version/ }).count()).toBe(0);
    await expectFine(organiser, "agenda-builder-past-organiser-1280");
    await organiser.close();
  });
});
