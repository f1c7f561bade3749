import { localClockTimeOf } from "@meetstream/core/clock/local-time";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatInZone, localPartsOf, zonedToUtc } from "../src/meetup/time-zones";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { smallPdf } from "./small-pdf";
import { api, openCall } from "./talk-seed";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const meetupZone = "Europe/Amsterdam";
/** The visitor reads from New York, so every time on the pages they read has a second one beside it. */
const visitorZone = "America/New_York";
const day = 24 * 60 * 60 * 1000;

/** One walk per width; the slot moves by drag on the laptop and by keyboard on the phone. */
const walks = [
  { width: 1280, move: "drag" },
  { width: 360, move: "keyboard" },
] as const;

type Who = "organiser" | "speaker" | "reviewer" | "visitor";

/**
 * A talk from proposal to agenda through the browser, against the demo community: Daan submits it on the
 * call page; Emma (appointed) and the organiser score it on the board of an anonymised call, Emma never
 * seeing who proposed it; the organiser accepts it in the console; Daan confirms it and attaches slides;
 * the organiser puts it on the agenda, releases version 1, moves a slot and releases version 2; a visitor
 * reads version 2 and what changed on the meetup page, and the talk's slides and slot on its page.
 */
describe("a talk from the call to the agenda, in the browser", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  const people = {} as Record<Who, BrowserContext>;

  const pageOf = async (who: Who, width: number) => {
    const page = await people[who].newPage();
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    return page;
  };

  /** Every step: no horizontal overflow, then its screenshot. */
  const look = async (page: Page, name: string) => {
    await page.waitForFunction(() => document.querySelector(".loading-state") === null);
    expect(await horizontalOverflow(page), `${name} overflows`).toBeLessThanOrEqual(0);
    await screenshot(page, name);
  };

  /** The pages the acceptance names: also no serious or critical axe finding. */
  const expectFine = async (page: Page, name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
    await look(page, name);
  };

  /** A published meetup of the demo community, ten days out, 19:00 to 22:00 in Amsterdam. */
  async function scheduleMeetup(organiser: Page, title: string) {
    const date = localPartsOf(new Date(Date.now() + 10 * day).toISOString(), meetupZone).date;
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
          startsAt: zonedToUtc(date, "19:00", meetupZone),
          endsAt: zonedToUtc(date, "22:00", meetupZone),
          capacity: 40,
          venue: { name: "CIC Rotterdam", address: "Stationsplein 45, Rotterdam" },
        },
      },
    );
    await api(organiser, "mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }", {
      id: scheduleMeetup.id,
    });
    return { ...(scheduleMeetup as { id: string; publicId: string }), date };
  }

  /** The member of this handle reviews the call, appointed by its organiser. */
  async function appointReviewer(organiser: Page, callId: string, handle: string) {
    const { member } = await api(organiser, "query ($handle: String!) { member(handle: $handle) { id } }", {
      handle,
    });
    const { appointReviewer } = await api(
      organiser,
      "mutation ($callId: ID!, $memberId: ID!) { appointReviewer(callId: $callId, memberId: $memberId) { __typename } }",
      { callId, memberId: member.id },
    );
    expect(appointReviewer.__typename).toBe("CallForProposals");
  }

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    for (const [who, email] of [
      ["organiser", host.demo.organiserEmail],
      ["speaker", "daan@example.org"],
      ["reviewer", "emma@example.org"],
    ] as const) {
      const context = await newContext(browser, { timezoneId: meetupZone });
      await signInThroughMailbox(await context.newPage(), host.url, email);
      people[who] = context;
    }
    people.visitor = await newContext(browser, { timezoneId: visitorZone });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each(walks)(
    "submitted, reviewed blind, accepted, confirmed with slides, on agenda version 2, read by a visitor ($width px)",
    async ({ width, move }) => {
      const meetupTitle = `Serverless Rotterdam talk night (${width})`;
      const callTitle = `Talks for the talk night (${width})`;
      const talkTitle = `Tracing a request across forty Lambdas (${width})`;
      const slides = smallPdf(talkTitle);
      const shot = (step: string, who: Who) => `flow-${step}-${who}-${width}`;

      // Setup, as the console would: the meetup, its call with anonymised review, Emma appointed.
      const organiser = await pageOf("organiser", width);
      await organiser.goto(`${host.url}/me`);
      const meetup = await scheduleMeetup(organiser, meetupTitle);
      const at = (time: string) => zonedToUtc(meetup.date, time, meetupZone);
      const call = await openCall(organiser, host.demo.slug, callTitle, meetup.id);
      await appointReviewer(organiser, call.id, "emma");

      // 1. Daan finds the call on the community's page and submits a talk on its form.
      const speaker = await pageOf("speaker", width);
      await speaker.goto(`${host.url}/communities/${host.demo.slug}`);
      await speaker.getByRole("link", { name: callTitle }).click();
      await speaker.getByRole("heading", { name: "Propose a talk" }).waitFor();
      await speaker.getByLabel("Title").fill(talkTitle);
      await speaker
        .getByLabel("Abstract")
        .fill("One request, forty functions, and the **trace** that finally told us where the time went.");
      await speaker.getByLabel("Talk, 30 minutes").check();
      await speaker.getByLabel("Level").selectOption("INTERMEDIATE");
      await speaker.getByLabel("Tags").fill("tracing, lambda");
      await speaker.getByLabel("Note to the organisers").fill("I bring my own adapter.");
      await look(speaker, shot("1-call", "speaker"));
      await speaker.getByRole("button", { name: "Submit proposal" }).click();
      await speaker.waitForURL(`${host.url}/me/proposals`);
      await speaker.getByText("Your proposal is submitted").waitFor();
      const card = speaker.getByRole("article", { name: talkTitle });
      await card.getByText("Submitted: the organisers are reviewing it").waitFor();
      await look(speaker, shot("1-submitted", "speaker"));

      // 2. Emma, appointed, scores it by keyboard from her board, and sees nobody's name on it.
      const reviewer = await pageOf("reviewer", width);
      await reviewer.goto(`${host.url}/me`);
      await reviewer.getByRole("link", { name: "Reviews" }).click();
      await reviewer.getByRole("link", { name: callTitle }).click();
      await reviewer.getByRole("heading", { name: callTitle }).waitFor();
      await reviewer.getByRole("link", { name: talkTitle }).waitFor();
      const speakerIdentity = /Daan|daan|Bakker|own adapter/;
      expect(await reviewer.locator("main").textContent()).not.toMatch(speakerIdentity);
      await look(reviewer, shot("2-board", "reviewer"));
      await reviewer.getByRole("link", { name: talkTitle }).click();
      await reviewer.getByRole("heading", { name: talkTitle }).waitFor();
      await reviewer.getByText("Anonymised review: the speakers stay hidden from you.").waitFor();
      expect(await reviewer.locator("main").textContent()).not.toMatch(speakerIdentity);
      await reviewer
        .getByRole("group", { name: /Relevance/ })
        .getByRole("radio")
        .first()
        .focus();
      await reviewer.keyboard.press("4");
      await expect.poll(() => reviewer.evaluate(() => document.activeElement?.id)).toBe("review-comment");
      await reviewer.keyboard.type("A story every team with more than ten functions needs.");
      await reviewer.keyboard.press("Control+Enter");
      await reviewer.getByText("Your review is saved").waitFor();
      expect(await reviewer.locator("main").textContent()).not.toMatch(speakerIdentity);
      await look(reviewer, shot("2-reviewed", "reviewer"));
      await reviewer.close();

      // The organiser, a reviewer of every call of the community, scores it on the same board.
      await organiser.goto(`${host.url}/review/${call.publicId}`);
      await organiser.getByRole("link", { name: talkTitle, exact: true }).click();
      await organiser.getByRole("heading", { name: talkTitle }).waitFor();
      await organiser
        .getByRole("group", { name: /Relevance/ })
        .getByLabel("2", { exact: true })
        .check();
      await organiser.getByLabel("Comment").fill("Good, if it stays practical.");
      await organiser.getByRole("button", { name: "Submit my review" }).click();
      await organiser.getByText("Your review is saved").waitFor();
      await organiser.getByRole("list", { name: "Other reviews" }).getByText("Emma Visser").waitFor();
      await look(organiser, shot("2-reviewed", "organiser"));

      // 3. On the board: two reviews, a mean of 3; the organiser accepts it in the console.
      await organiser.goto(`${host.url}/review/${call.publicId}`);
      const row = organiser.getByRole("listitem").filter({ hasText: talkTitle });
      // (4 + 2) / 2, over one criterion.
      await expect.poll(() => row.locator("dd").allTextContents()).toEqual(["3.0", "2", "Reviewed"]);
      await look(organiser, shot("3-board", "organiser"));
      await row.getByRole("link", { name: `Details of ${talkTitle}` }).click();
      await organiser.getByRole("heading", { name: talkTitle }).waitFor();
      expect(await organiser.getByRole("list", { name: "Reviews" }).getByRole("listitem").count()).toBe(2);
      await organiser.getByLabel("Message to the speakers").fill("Yes please: you open the night.");
      await organiser.getByRole("button", { name: `Accept ${talkTitle}` }).click();
      await organiser.getByText("Accepted, awaiting the speaker").first().waitFor();
      await look(organiser, shot("3-accepted", "organiser"));

      // 4. Daan reads the decision on My proposals, confirms, and attaches the slides.
      // Daan comes back to My proposals from his profile once it is decided: the notice of his
      // submission is gone, the decision is there.
      await speaker.goto(`${host.url}/me`);
      await speaker
        .getByRole("region", { name: "Your talks" })
        .getByRole("link", { name: "My proposals" })
        .click();
      await speaker.waitForURL(`${host.url}/me/proposals`);
      await card.getByText("Accepted: confirm that you will give it").waitFor();
      await card.getByText("Yes please: you open the night.").waitFor();
      expect(await speaker.getByText("Your proposal is submitted").count()).toBe(0);
      await card.getByRole("button", { name: "Confirm I will give it" }).click();
      await card.getByText("Confirmed: on the programme").waitFor();
      await card
        .getByLabel("Upload slides (PDF, up to 20 MB)")
        .setInputFiles({ name: "tracing.pdf", mimeType: "application/pdf", buffer: slides });
      await card.getByText("Your slides are attached (tracing.pdf).").waitFor();
      await card.getByRole("link", { name: `Slides (PDF, ${slides.length} bytes)` }).waitFor();
      await look(speaker, shot("4-confirmed", "speaker"));
      await speaker.close();

      // 5. The organiser builds the agenda in the console: doors, the talk, pizza.
      await organiser.goto(`${host.url}/admin/meetups/${meetup.publicId}`);
      await organiser.getByRole("link", { name: "Agenda", exact: true }).click();
      await organiser.getByRole("heading", { name: `Agenda of ${meetupTitle}` }).waitFor();
      const rows = organiser
        .getByRole("list", { name: "Slots of the draft, in order" })
        .getByRole("listitem");
      const addItem = async (label: string, time: string, minutes: string) => {
        await organiser.getByLabel("A free item").check();
        await organiser.getByLabel("Label").fill(label);
        await organiser.getByLabel(`Starts at (${meetupZone})`).fill(time);
        await organiser.getByLabel("Minutes").fill(minutes);
        await organiser.getByRole("button", { name: "Add to the draft" }).click();
      };
      await addItem("Doors open", "19:00", "30");
      await rows.filter({ hasText: "Doors open" }).getByText("19:00–19:30").waitFor();
      await organiser.getByLabel("A confirmed talk").check();
      await organiser
        .getByLabel("Talk", { exact: true })
        .selectOption({ label: `${talkTitle} (Daan Bakker)` });
      await expect.poll(() => organiser.getByLabel(`Starts at (${meetupZone})`).inputValue()).toBe("19:30");
      await organiser.getByRole("button", { name: "Add to the draft" }).click();
      await rows.filter({ hasText: talkTitle }).getByText("19:30–20:00").waitFor();
      await addItem("Pizza", "20:00", "30");
      await rows.filter({ hasText: "Pizza" }).getByText("20:00–20:30").waitFor();
      await expectFine(organiser, shot("5-agenda-draft", "organiser"));

      await organiser.getByLabel("What changed (a note for attendees)").fill("Our first agenda.");
      await organiser.getByRole("button", { name: "Release version 1" }).click();
      await organiser.getByText("Version 1 is released").waitFor();

      // Pizza before the talk, so nobody speaks to an empty stomach.
      const live = organiser.locator('[aria-live="polite"]').filter({ hasText: /moved to position/ });
      const pizzaHandle = organiser.getByRole("button", { name: "Reorder Pizza, position 3 of 3" });
      if (move === "keyboard") {
        await pizzaHandle.focus();
        await organiser.keyboard.press("ArrowUp");
      } else {
        await pizzaHandle.dragTo(rows.filter({ hasText: talkTitle }));
      }
      await live.getByText("Pizza moved to position 2 of 3, now 19:30–20:00.").waitFor({ state: "attached" });
      await rows.filter({ hasText: talkTitle }).getByText("20:00–20:30").waitFor();
      await expectFine(organiser, shot("5-agenda-moved", "organiser"));
      await organiser.getByLabel("What changed (a note for attendees)").fill("Pizza comes before the talk.");
      await organiser.getByRole("button", { name: "Release version 2" }).click();
      await organiser.getByText("Version 2 is released").waitFor();
      const releases = organiser.getByRole("list", { name: "Released versions, newest first" });
      await expect.poll(() => releases.getByRole("listitem").count()).toBe(2);
      await look(organiser, shot("5-agenda-released", "organiser"));
      await organiser.close();

      // 6. A visitor, not signed in, reads version 2 on the meetup page and what changed since version 1.
      const visitor = await pageOf("visitor", width);
      await visitor.goto(`${host.url}/meetups/${meetup.publicId}`);
      await visitor.getByRole("heading", { name: "Agenda" }).waitFor();
      await visitor.getByText(/^Version 2, released /).waitFor();
      await visitor.getByText("Pizza comes before the talk.").waitFor();
      const agenda = visitor.getByRole("list", { name: "Agenda, version 2" });
      expect(await agenda.getByRole("listitem").count()).toBe(3);
      await agenda.getByRole("listitem").nth(1).getByText("Pizza").waitFor();
      const changes = visitor.getByRole("list", { name: "Changed since version 1" });
      for (const words of ["Moved “Pizza” from 20:00 to 19:30.", `Moved “${talkTitle}” from 19:30 to 20:00.`])
        await changes.getByText(words, { exact: true }).waitFor();
      expect(await changes.getByRole("listitem").count()).toBe(2);
      expect(await visitor.locator("main").textContent()).not.toMatch(/UTC|\d{4}-\d{2}-\d{2}T/);
      await expectFine(visitor, shot("6-meetup", "visitor"));

      // 7. From the agenda to the talk: its slides download as the PDF Daan attached, its slot is said.
      await agenda.getByRole("link", { name: talkTitle }).click();
      await visitor.getByRole("heading", { name: talkTitle, level: 1 }).waitFor();
      const slidesLink = visitor.getByRole("link", { name: `Slides (PDF, ${slides.length} bytes)` });
      const served = await visitor.request.get((await slidesLink.getAttribute("href")) ?? "");
      expect(served.headers()["content-type"]).toBe("application/pdf");
      expect(Buffer.from(await served.body()).equals(slides)).toBe(true);
      const atTheMeetup = visitor.getByRole("region", { name: "At the meetup" });
      await atTheMeetup.getByRole("link", { name: meetupTitle }).waitFor();
      const onTheAgenda = atTheMeetup.getByRole("heading", { name: "On the agenda" });
      // The slot's heading stands apart from the meetup's times above it, not pressed against them.
      const gapAbove = await onTheAgenda.evaluate(
        (heading) =>
          heading.getBoundingClientRect().top -
          (heading.previousElementSibling?.getBoundingClientRect().bottom ?? 0),
      );
      expect(gapAbove).toBeGreaterThanOrEqual(12);
      // The slot's times follow the heading, in the meetup's zone and then in the visitor's.
      const slotWhen = atTheMeetup.locator("h3 ~ .meetup-when");
      expect(await slotWhen.allTextContents()).toEqual([
        `${formatInZone(at("20:00"), meetupZone)} to ${localClockTimeOf(at("20:30"), meetupZone)} (${meetupZone})`,
        `Your time: ${formatInZone(at("20:00"), visitorZone)} to ${localClockTimeOf(at("20:30"), visitorZone)}`,
      ]);
      expect(await visitor.locator("main").textContent()).not.toMatch(/UTC|own adapter/);
      await expectFine(visitor, shot("7-talk", "visitor"));
      await visitor.close();
    },
  );
});
