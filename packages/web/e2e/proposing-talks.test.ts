import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { api, closeCall, confirmTalk, decide, openCall, submitTalk } from "./talk-seed";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const widths = [1280, 360] as const;
const slug = "serverless-rotterdam";
const callTitle = "Speakers wanted for the winter meetups";
const firstTitle = "Idempotent handlers, the hard way";
const editedTitle = "Idempotent Lambda handlers, the hard way";
const meetupTitle = "Serverless Rotterdam #5: Lightning talks and drinks";

type Who = "visitor" | "speaker" | "coSpeaker" | "member" | "organiser";

/**
 * A member proposes a talk to an open call of the demo community with a co-speaker, edits it, and follows
 * it through My proposals: the co-speaker accepts, the organiser accepts it (through the API), the speaker
 * confirms, and a visitor reads the talk. Withdrawn and rejected proposals stay with their speakers.
 */
describe("proposing a talk, in the browser against the demo community", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  const people = {} as Record<Who, BrowserContext>;
  let callId = "";
  let meetupId = "";
  /** When the call's meetup starts, as Amsterdam reads it: the demo's meetups are weeks from now. */
  let meetupStart = "";
  let callAddress = "";
  let talkId = "";

  const pageOf = async (who: Who, width: number = 1280) => {
    const page = await people[who].newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${host.url}/`);
    return page;
  };

  /** The speaker's proposals by title, with their plain ids, as the API tells the speaker. */
  const proposalsOf = async (who: Who) => {
    const page = await pageOf(who);
    const { me } = await api(
      page,
      "query { me { proposals(first: 50) { edges { node { id publicId title status } } } } }",
    );
    await page.close();
    return (
      me.proposals.edges as { node: { id: string; publicId: string; title: string; status: string } }[]
    ).map((edge) => edge.node);
  };

  const proposalNamed = async (who: Who, title: string) => {
    const proposal = (await proposalsOf(who)).find((candidate) => candidate.title === title);
    if (!proposal) throw new Error(`${who} has no proposal named ${title}`);
    return proposal;
  };

  const asOrganiser = async (
    decision: "acceptProposal" | "rejectProposal",
    proposalId: string,
    message: string,
  ) => {
    const page = await pageOf("organiser");
    await decide(page, decision, proposalId, message);
    await page.close();
  };

  const submitThroughApi = async (title: string) => {
    const page = await pageOf("speaker");
    const proposal = await submitTalk(page, callId, title);
    await page.close();
    return proposal;
  };

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    for (const [who, email] of [
      ["visitor", undefined],
      ["speaker", "daan@example.org"],
      ["coSpeaker", "emma@example.org"],
      ["member", "lucas@example.org"],
      ["organiser", host.demo.organiserEmail],
    ] as const) {
      // Everyone here reads times in Amsterdam's zone, which is not the host's (UTC).
      const context = await newContext(browser, { timezoneId: "Europe/Amsterdam" });
      if (email) await signInThroughMailbox(await context.newPage(), host.url, email);
      people[who] = context;
    }

    const organiser = await pageOf("organiser");
    const { community } = await api(
      organiser,
      "query ($slug: String!) { community(slug: $slug) { upcomingMeetups(first: 10) { edges { node { id publicId title startsAt } } } } }",
      { slug },
    );
    const meetup = community.upcomingMeetups.edges.find(
      (edge: { node: { title: string } }) => edge.node.title === meetupTitle,
    ).node;
    meetupId = meetup.publicId;
    const day = new Intl.DateTimeFormat("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "Europe/Amsterdam",
    })
      .format(new Date(meetup.startsAt))
      .replace(",", "");
    meetupStart = `${day}, 18:00 CET`;
    const call = await openCall(organiser, slug, callTitle, meetup.id);
    await organiser.close();
    callId = call.id;
    callAddress = `${host.url}/communities/${slug}/calls/${call.publicId}`;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("a visitor finds the open call from the community page, in their own time, and is asked to sign in", async () => {
    const page = await pageOf("visitor");
    await page.goto(`${host.url}/communities/${slug}`);
    await page.getByRole("link", { name: callTitle }).click();
    await page.getByRole("heading", { name: callTitle, level: 1 }).waitFor();
    expect(page.url()).toBe(callAddress);
    await page.getByText(/^Open for proposals until .* CET$/).waitFor();
    await page.getByText("Talk, 30 minutes").waitFor();
    await page.getByText("Lightning talk, 5 minutes").waitFor();
    await page.getByRole("link", { name: "Sign in to propose a talk" }).waitFor();
    expect(await page.getByRole("link", { name: meetupTitle }).getAttribute("href")).toBe(
      `/meetups/${meetupId}`,
    );
    await page.getByText(meetupStart).waitFor();
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).not.toMatch(/UTC|\d{4}-\d{2}-\d{2}T/);
    expect(main).not.toContain(callAddress.split("/").at(-1));
    expect(await page.getByLabel("Title").count()).toBe(0);
    await page.close();
  });

  test("a member submits to the open call, with a co-speaker, errors beside their fields, and edits it", async () => {
    const page = await pageOf("speaker");
    await page.goto(callAddress);
    await page.getByRole("heading", { name: "Propose a talk" }).waitFor();
    await page.getByLabel("Title").fill(firstTitle);
    await page.getByLabel("Abstract").fill("Retries happen. **Exactly once** is a story we tell ourselves.");
    await page.getByLabel("Lightning talk, 5 minutes").check();
    await page.getByLabel("Level").selectOption("INTERMEDIATE");
    await page.getByLabel("Tags").fill("lambda, idempotency");
    await page.getByLabel("Co-speakers").fill("@emma, @nobody-of-that-name");
    await page.getByLabel("Note to the organisers").fill("I can also give it as a full talk.");
    await page.getByRole("button", { name: "Submit proposal" }).click();

    // An unknown handle is said beside its field, and nothing was proposed.
    await page
      .locator("#proposal-coSpeakerHandles-error")
      .getByText("No member has the handle @nobody-of-that-name.")
      .waitFor();
    expect(await page.getByLabel("Co-speakers").getAttribute("aria-invalid")).toBe("true");
    expect(await proposalsOf("speaker")).toEqual([]);

    await page.getByLabel("Co-speakers").fill("@emma");
    await page.getByRole("button", { name: "Submit proposal" }).click();
    await page.waitForURL(`${host.url}/me/proposals`);
    await page.getByText("Your proposal is submitted").waitFor();
    const card = page.getByRole("article", { name: firstTitle });
    await card.getByText("Submitted: the organisers are reviewing it").waitFor();
    await card.getByText("Lightning talk, 5 minutes · Intermediate").waitFor();
    await card.getByText("Invited, has not answered yet").waitFor();
    // The notice is said once: a reload, or the page opened again from history, does not bring it back.
    await page.reload();
    await card.getByText("Submitted: the organisers are reviewing it").waitFor();
    expect(await page.getByText("Your proposal is submitted").count()).toBe(0);
    await page.goto(`${host.url}/me`);
    await page.goBack();
    await card.getByText("Submitted: the organisers are reviewing it").waitFor();
    expect(await page.getByText("Your proposal is submitted").count()).toBe(0);

    await card.getByRole("link", { name: /^Edit/ }).click();
    await page.getByRole("heading", { name: "Edit your proposal" }).waitFor();
    expect(await page.getByLabel("Co-speakers").inputValue()).toBe("emma");
    await page.getByLabel("Title").fill(editedTitle);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`${host.url}/me/proposals`);
    await page.getByText("Your proposal is saved").waitFor();
    await page.getByRole("article", { name: editedTitle }).waitFor();
    expect(await page.getByRole("article", { name: firstTitle }).count()).toBe(0);

    // The member menu leads here from every page.
    await page.goto(`${host.url}/me`);
    await page
      .getByRole("list", { name: "Your account" })
      .getByRole("link", { name: "My proposals" })
      .click();
    await page.waitForURL(`${host.url}/me/proposals`);
    await page.close();
  });

  test("the co-speaker accepts, the organiser accepts, the speaker confirms, and a visitor reads the talk", async () => {
    const coSpeaker = await pageOf("coSpeaker");
    await coSpeaker.goto(`${host.url}/me/proposals`);
    const invitation = coSpeaker.getByRole("article", { name: editedTitle });
    await invitation.getByText("You are invited to speak on it").waitFor();
    await invitation.getByRole("button", { name: "Accept the invitation" }).click();
    await invitation.getByText("Submitted: the organisers are reviewing it").waitFor();
    await invitation.getByText("Co-speaker").waitFor();
    // Only the owner edits it.
    expect(await invitation.getByRole("link", { name: /^Edit/ }).count()).toBe(0);
    await coSpeaker.close();

    const proposal = await proposalNamed("speaker", editedTitle);
    talkId = proposal.publicId;
    await asOrganiser("acceptProposal", proposal.id, "See you on stage in January!");

    const speaker = await pageOf("speaker");
    await speaker.goto(`${host.url}/me/proposals`);
    const card = speaker.getByRole("article", { name: editedTitle });
    await card.getByText("Accepted: confirm that you will give it").waitFor();
    await card.getByText("See you on stage in January!").waitFor();
    await card.getByRole("button", { name: "Confirm I will give it" }).click();
    await card.getByText("Confirmed: on the programme").waitFor();
    expect(await card.getByRole("button", { name: "Confirm I will give it" }).count()).toBe(0);
    await card.getByRole("link", { name: editedTitle }).click();
    await speaker.waitForURL(`${host.url}/talks/${talkId}`);
    await speaker.close();

    const visitor = await pageOf("visitor");
    await visitor.goto(`${host.url}/talks/${talkId}`);
    await visitor.getByRole("heading", { name: editedTitle, level: 1 }).waitFor();
    await visitor.getByText("Exactly once").waitFor();
    await visitor.getByText("Lightning talk, 5 minutes · Intermediate").waitFor();
    const speakers = visitor.getByRole("list", { name: "Speakers" });
    expect(await speakers.getByRole("link", { name: "Daan Bakker" }).getAttribute("href")).toBe(
      "/speakers/daan",
    );
    expect(await speakers.getByRole("link", { name: "Emma Visser" }).getAttribute("href")).toBe(
      "/speakers/emma",
    );
    expect(await visitor.getByRole("link", { name: meetupTitle }).getAttribute("href")).toBe(
      `/meetups/${meetupId}`,
    );
    // The private note stays with the speakers and organisers.
    expect(await visitor.getByText("I can also give it as a full talk.").count()).toBe(0);

    await visitor.getByRole("link", { name: /More talks at/ }).click();
    await visitor.getByRole("heading", { name: /^Talks at/ }).waitFor();
    await visitor.getByRole("link", { name: editedTitle }).waitFor();
    await visitor.getByText("Daan Bakker and Emma Visser · Lightning talk, 5 minutes").waitFor();
    await visitor.close();
  });

  test("a withdrawn or a rejected proposal is seen by its speaker and nobody else", async () => {
    const withdrawn = await submitThroughApi("A talk I will not give after all");
    const rejected = await submitThroughApi("A talk the organisers pass on");
    await asOrganiser("rejectProposal", rejected.id, "Not this time: we had many talks on this.");

    const speaker = await pageOf("speaker");
    await speaker.goto(`${host.url}/me/proposals`);
    const card = speaker.getByRole("article", { name: "A talk I will not give after all" });
    await card.getByRole("button", { name: "Withdraw…" }).click();
    await card.getByText("Withdraw “A talk I will not give after all”?").waitFor();
    await card.getByRole("button", { name: "Keep it" }).click();
    await card.getByText("Submitted: the organisers are reviewing it").waitFor();
    await card.getByRole("button", { name: "Withdraw…" }).click();
    await card.getByRole("button", { name: "Withdraw it" }).click();
    await card.getByText("Withdrawn", { exact: true }).waitFor();
    expect(await card.getByRole("button", { name: "Withdraw…" }).count()).toBe(0);
    expect(await card.getByRole("link", { name: /^Edit/ }).count()).toBe(0);
    const rejection = speaker.getByRole("article", { name: "A talk the organisers pass on" });
    await rejection.getByText("Not accepted").waitFor();
    await rejection.getByText("Not this time: we had many talks on this.").waitFor();
    await speaker.close();

    for (const who of ["visitor", "member", "coSpeaker"] as const) {
      for (const proposal of [withdrawn, rejected]) {
        const page = await pageOf(who);
        const answer = await api(
          page,
          "query ($id: ID!) { proposal(id: $id) { title } talk(id: $id) { title } }",
          {
            id: proposal.publicId,
          },
        );
        expect(answer, `${who} reads ${proposal.publicId}`).toEqual({ proposal: null, talk: null });
        await page.goto(`${host.url}/talks/${proposal.publicId}`);
        await page.getByRole("heading", { name: "Page not found" }).waitFor();
        await page.goto(`${host.url}/communities/${slug}/talks`);
        await page.getByRole("link", { name: editedTitle }).waitFor();
        for (const title of ["A talk I will not give after all", "A talk the organisers pass on"]) {
          expect(await page.getByText(title).count(), `${who} sees ${title}`).toBe(0);
        }
        await page.close();
      }
    }
  });

  test("a speaker declines an accepted talk and a co-speaker an invitation; neither talk is public", async () => {
    const declined = await submitThroughApi("A talk I cannot make in the end");
    await asOrganiser("acceptProposal", declined.id, "Accepted, if you can make it.");
    const speaker = await pageOf("speaker");
    const invitingPage = await pageOf("speaker");
    await submitTalk(invitingPage, callId, "A talk for two, or one", ["emma"]);
    await invitingPage.close();

    await speaker.goto(`${host.url}/me/proposals`);
    const card = speaker.getByRole("article", { name: "A talk I cannot make in the end" });
    await card.getByRole("button", { name: "Decline the talk" }).click();
    await card.getByText("Declined by its speakers").waitFor();
    expect(await card.getByRole("button", { name: "Confirm I will give it" }).count()).toBe(0);
    await speaker.close();

    const coSpeaker = await pageOf("coSpeaker");
    await coSpeaker.goto(`${host.url}/me/proposals`);
    const invitation = coSpeaker.getByRole("article", { name: "A talk for two, or one" });
    await invitation.getByRole("button", { name: "Decline the invitation" }).click();
    await invitation.getByRole("button", { name: "Accept the invitation" }).waitFor({ state: "detached" });
    await coSpeaker.close();

    const owner = await pageOf("speaker");
    await owner.goto(`${host.url}/me/proposals`);
    await owner
      .getByRole("article", { name: "A talk for two, or one" })
      .getByText("Declined", { exact: true })
      .waitFor();
    await owner.close();

    const visitor = await pageOf("visitor");
    await visitor.goto(`${host.url}/talks/${declined.publicId}`);
    await visitor.getByRole("heading", { name: "Page not found" }).waitFor();
    await visitor.close();
  });

  test("a call not open yet takes drafts only, a closed call takes nothing, and the community page lists only calls not yet closed", async () => {
    const organiser = await pageOf("organiser");
    const later = await openCall(
      organiser,
      slug,
      "Lightning talks for the summer",
      undefined,
      new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
    );
    const over = await openCall(organiser, slug, "Speakers for the autumn, long ago");
    await closeCall(organiser, over.id);
    await organiser.close();

    const speaker = await pageOf("speaker");
    await speaker.goto(`${host.url}/communities/${slug}/calls/${later.publicId}`);
    await speaker.getByText(/^Not open yet: opens .* CE[S]?T, closes .* CE[S]?T$/).waitFor();
    await speaker
      .getByText("The call is not open yet: save your proposal as a draft and submit it once it opens.")
      .waitFor();
    expect(await speaker.getByRole("button", { name: "Submit proposal" }).count()).toBe(0);
    await speaker.getByLabel("Title").fill("Cold starts in ninety seconds");
    await speaker.getByLabel("Abstract").fill("A quick tour.");
    await speaker.getByRole("button", { name: "Save as draft" }).click();
    await speaker.waitForURL(`${host.url}/me/proposals`);
    await speaker.getByText("Your draft is saved").waitFor();
    const draft = speaker.getByRole("article", { name: "Cold starts in ninety seconds" });
    await draft.getByText("Draft: not submitted yet").waitFor();
    await draft.getByRole("link", { name: /^Edit/ }).waitFor();

    await speaker.goto(`${host.url}/communities/${slug}/calls/${over.publicId}`);
    await speaker.getByText(/^Closed on /).waitFor();
    await speaker.getByText("This call is closed").waitFor();
    expect(await speaker.getByLabel("Title").count()).toBe(0);

    await speaker.goto(`${host.url}/communities/${slug}`);
    const calls = speaker.getByRole("list", { name: "Calls for proposals" });
    await calls.getByRole("link", { name: "Lightning talks for the summer" }).waitFor();
    await calls.getByRole("link", { name: callTitle }).waitFor();
    expect(await calls.getByRole("link", { name: "Speakers for the autumn, long ago" }).count()).toBe(0);
    await speaker.close();
  });

  test("the talks archive lists the latest confirmed talk first, 20 at a time", async () => {
    const organiser = await pageOf("organiser");
    const speaker = await pageOf("speaker");
    // The demo's own talks, and the one confirmed above: all older than those confirmed here.
    const { community } = await api(
      organiser,
      "query ($slug: String!) { community(slug: $slug) { talks(first: 50) { edges { cursor } } } }",
      { slug },
    );
    const olderTalks: number = community.talks.edges.length;
    for (let number = 1; number <= 20; number++) {
      const talk = await submitTalk(speaker, callId, `Archive talk ${number}`);
      await decide(organiser, "acceptProposal", talk.id, "");
      await confirmTalk(speaker, talk.id);
    }
    await Promise.all([organiser.close(), speaker.close()]);

    const visitor = await pageOf("visitor");
    await visitor.goto(`${host.url}/communities/${slug}/talks`);
    const talks = visitor.getByRole("region", { name: "Talks" }).getByRole("heading", { level: 2 });
    await talks.first().waitFor();
    expect(await talks.count()).toBe(20);
    expect(await talks.first().textContent()).toBe("Archive talk 20");
    expect(await talks.last().textContent()).toBe("Archive talk 1");
    expect(await visitor.getByRole("link", { name: editedTitle }).count()).toBe(0);
    await visitor.getByRole("button", { name: "Older talks" }).click();
    await visitor.getByRole("link", { name: editedTitle }).waitFor();
    expect(await talks.count()).toBe(20 + olderTalks);
    expect(await visitor.getByRole("button", { name: "Older talks" }).count()).toBe(0);
    // Each talk says the meetup it is given at, in the meetup's own time.
    await visitor.getByText(`At ${meetupTitle}, ${meetupStart}`).first().waitFor();
    await visitor.close();
  });

  test.each(widths)(
    "a speaker's page links each talk to its page, and to the meetup whose agenda has it (%i px)",
    async (width) => {
      const visitor = await pageOf("visitor", width);
      await visitor.goto(`${host.url}/speakers/noor`);
      const talks = visitor.locator("section", { has: visitor.getByRole("heading", { name: "Talks" }) });
      const meetupLink = talks.getByRole("link", { name: meetupTitle });
      await meetupLink.waitFor();
      // The meetup's address carries its plain id, as every meetup address does.
      expect(await meetupLink.getAttribute("href")).toMatch(/^\/meetups\/[0-9a-f-]{36}$/);
      const talkLink = talks.getByRole("link").first();
      const title = (await talkLink.textContent()) ?? "";
      await talkLink.click();
      await visitor.getByRole("heading", { level: 1, name: title }).waitFor();
      await visitor.getByRole("heading", { name: "On the agenda" }).waitFor();
      expect(await horizontalOverflow(visitor)).toBeLessThanOrEqual(0);
      await screenshot(visitor, `talks-speaker-page-talk-${width}`);
      await visitor.goBack();
      await meetupLink.click();
      await visitor.getByRole("heading", { level: 1, name: meetupTitle }).waitFor();
      await visitor.close();
    },
  );

  test.each(widths)(
    "the call, My proposals, the talk and the archive fit and pass axe (%i px)",
    async (width) => {
      const visits: [Who, string, string][] = [
        ["visitor", callAddress, "call-visitor"],
        ["speaker", callAddress, "call-member"],
        ["speaker", `${host.url}/me/proposals`, "my-proposals-speaker"],
        ["coSpeaker", `${host.url}/me/proposals`, "my-proposals-co-speaker"],
        ["speaker", `${host.url}/me/proposals/${talkId}/edit`, "edit-proposal-speaker"],
        ["visitor", `${host.url}/talks/${talkId}`, "talk-visitor"],
        ["speaker", `${host.url}/talks/${talkId}`, "talk-speaker"],
        ["visitor", `${host.url}/communities/${slug}/talks`, "talks-archive-visitor"],
        ["member", `${host.url}/communities/${slug}`, "community-member"],
      ];
      for (const [who, address, name] of visits) {
        const page = await pageOf(who, width);
        await page.goto(address);
        await page.locator("h1").first().waitFor();
        expect(await horizontalOverflow(page), `${name} at ${width} px`).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([]);
        await screenshot(page, `talks-${name}-${width}`);
        await page.close();
      }
    },
  );
});
