import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { headerRows, horizontalOverflow } from "./layout";
import { type CheckpointInput, communityIdOf, publishedPath, revisePath, type SeededPath } from "./path-seed";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { api, confirmTalk, decide, openCall, submitTalk } from "./talk-seed";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

type Who = "curator" | "forker" | "learner" | "organiser" | "visitor";

const goal = "Run your first event-driven app on AWS";
const tasks = {
  read: "Read the Lambda developer guide's first chapter",
  talk: "Watch how forty Lambdas were traced",
  meetup: "Come to the talk night and ask your questions",
  extra: "Read about Step Functions",
} as const;

/**
 * The browser acceptance, as far as the reading side goes (the editor is its own helper's: the
 * curator builds and revises the path through the API, as the editor would): Daan curates a path with a
 * link, a talk and a meetup checkpoint for the demo community; Emma forks it; Lucas, on his phone, follows
 * the original and ticks two checkpoints (the ticks show before the API answers); the organiser checks him
 * in at the meetup's door and his page shows that checkpoint done; Daan's revision 2 removes a checkpoint,
 * Lucas's tick on the page he still had open is taken back with a reason, and his share becomes 100 %;
 * Emma's fork says what changed upstream; his profile shows the path he chose to show; the talk's page
 * says it is part of the path. Every page passes axe and fits 360 px.
 */
describe("learning a path: follow, tick, check in, revision 2", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  const people = {} as Record<Who, BrowserContext>;

  /** Lucas reads on a phone; everyone else on a laptop. */
  const pageOf = async (who: Who, address: string) => {
    const page = await people[who].newPage();
    if (who === "learner") await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${host.url}${address}`);
    await page.locator("h1").first().waitFor();
    await page.waitForFunction(() => document.querySelector(".loading-state") === null);
    return page;
  };

  const expectFine = async (page: Page, name: string) => {
    await page.waitForFunction(() => document.querySelector(".loading-state") === null);
    expect(await horizontalOverflow(page), `${name} overflows`).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page), name).toEqual([]);
    // On a laptop the top bar stays one row, My learning and all.
    if (page.viewportSize()?.width === 1280) expect(await headerRows(page), `${name}'s top bar`).toBe(1);
    await screenshot(page, name);
  };

  const tick = (page: Page, task: string) => page.getByRole("checkbox", { name: new RegExp(task) });
  const share = (page: Page) => page.locator(".progress-panel .progress-share strong").textContent();

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    for (const [who, email] of [
      ["curator", "daan@example.org"],
      ["forker", "emma@example.org"],
      ["learner", "lucas@example.org"],
      ["organiser", host.demo.organiserEmail],
    ] as const) {
      const context = await newContext(browser, { timezoneId: "Europe/Amsterdam" });
      await signInThroughMailbox(await context.newPage(), host.url, email);
      people[who] = context;
    }
    people.visitor = await newContext(browser, { timezoneId: "America/New_York" });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  /** A meetup of the demo community that starts in half an hour (its door is open), Lucas holding a place. */
  async function meetupAtTheDoor(organiser: Page, learner: Page) {
    const { community } = await api(organiser, "query ($slug: String!) { community(slug: $slug) { id } }", {
      slug: host.demo.slug,
    });
    const start = Date.now() + 30 * 60 * 1000;
    const { scheduleMeetup } = await api(
      organiser,
      `mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { ... on Meetup { id publicId } } }`,
      {
        input: {
          communityId: community.id,
          title: "Serverless Rotterdam: tracing night",
          timeZone: "Europe/Amsterdam",
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 2 * 60 * 60 * 1000).toISOString(),
          capacity: 40,
          venue: { name: "CIC Rotterdam", address: "Stationsplein 45, Rotterdam" },
        },
      },
    );
    await api(organiser, "mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }", {
      id: scheduleMeetup.id,
    });
    const { rsvp } = await api(learner, "mutation ($id: ID!) { rsvp(meetupId: $id) { __typename } }", {
      id: scheduleMeetup.id,
    });
    expect(rsvp.__typename).toBe("Meetup");
    return scheduleMeetup as { id: string; publicId: string };
  }

  test("Lucas follows, ticks two, is checked in, and revision 2 completes his path", async () => {
    // Setup, as the console and the editor would: Daan's confirmed talk, the meetup, the path.
    const organiser = await pageOf("organiser", "/me");
    const curator = await pageOf("curator", "/me");
    const learnerSetup = await pageOf("learner", "/me");
    const call = await openCall(organiser, host.demo.slug, "Talks for the tracing night");
    const talk = await submitTalk(curator, call.id, "Tracing a request across forty Lambdas");
    await decide(organiser, "acceptProposal", talk.id, "Welcome aboard.");
    await confirmTalk(curator, talk.id);
    const meetup = await meetupAtTheDoor(organiser, learnerSetup);
    await learnerSetup.close();
    const checkpoints: CheckpointInput[] = [
      {
        task: tasks.read,
        url: "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html",
        title: "What is AWS Lambda?",
      },
      { task: tasks.talk, talkId: talk.publicId },
      { task: tasks.meetup, meetupId: meetup.publicId },
      { task: tasks.extra, url: "https://docs.aws.amazon.com/step-functions/", title: "AWS Step Functions" },
    ];
    const content = {
      goal,
      description: "From one function to a small **event-driven** app, with the people who built them.",
      tags: ["lambda", "tracing"],
      communityId: await communityIdOf(curator, host.demo.slug),
      checkpoints,
    };
    const path: SeededPath = await publishedPath(curator, content);
    const address = `/paths/${path.slug}`;

    // Daan reads his own path: he may edit it, not fork it.
    await curator.goto(`${host.url}${address}`);
    await curator.getByRole("heading", { level: 1, name: goal }).waitFor();
    await curator.getByRole("link", { name: "Edit path" }).waitFor();
    expect(await curator.getByRole("button", { name: "Fork this path" }).count()).toBe(0);
    await expectFine(curator, "learning-1-path-curator-1280");

    // A visitor is offered a way to sign in that comes back here.
    const visitor = await pageOf("visitor", address);
    const signIn = visitor.getByRole("link", { name: "Sign in to fork or follow" });
    expect(await signIn.getAttribute("href")).toBe(`/signin?next=${encodeURIComponent(address)}`);
    await visitor.getByText("What is AWS Lambda?").waitFor();
    await visitor.getByRole("link", { name: "Tracing a request across forty Lambdas" }).waitFor();
    await visitor.locator(".resource-card--talk").getByText("By Daan Bakker").waitFor();
    await visitor.getByRole("link", { name: "Serverless Rotterdam: tracing night" }).waitFor();
    await visitor.locator(".resource-card--meetup").getByText("Upcoming").waitFor();
    // The meetup's time in the visitor's own zone (New York, as British English names it), not in UTC.
    expect(await visitor.locator(".resource-card--meetup time").textContent()).toMatch(/GMT-[45]$/);
    expect(await visitor.getByRole("checkbox").count()).toBe(0);
    await expectFine(visitor, "learning-1-path-visitor-1280");

    // 1. Emma forks it, and lands on her draft, which says it came from Daan's and nothing changed since.
    const forker = await pageOf("forker", address);
    await forker.getByRole("button", { name: "Fork this path" }).click();
    await forker.getByText("Your fork is ready").waitFor();
    await forker.waitForURL((url) => url.pathname !== address && url.pathname.startsWith("/paths/"));
    const forkAddress = new URL(forker.url()).pathname;
    await forker.getByRole("heading", { name: "Changed upstream since you forked" }).waitFor();
    await forker.getByText("The original has not changed since.").waitFor();
    expect(await forker.getByRole("link", { name: goal }).getAttribute("href")).toBe(address);
    await expectFine(forker, "learning-2-fork-forker-1280");

    // 2. Lucas follows the original on his phone.
    const learner = await pageOf("learner", address);
    await learner.getByRole("button", { name: "Follow this path" }).click();
    await learner.getByRole("button", { name: "Unfollow" }).waitFor();
    await expect.poll(() => share(learner)).toBe("0 %");
    await learner.getByText("1 member follows it").waitFor();

    // He ticks the first checkpoint: it shows done before the API has answered.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holdMarks = async (route: Route) => {
      if (route.request().postData()?.includes("markCheckpoint")) await held;
      await route.continue();
    };
    await learner.route("**/graphql", holdMarks);
    await tick(learner, tasks.read).check();
    expect(await tick(learner, tasks.read).isChecked()).toBe(true);
    expect(await share(learner)).toBe("25 %");
    const answered = learner.waitForResponse((response) =>
      Boolean(response.request().postData()?.includes("markCheckpoint")),
    );
    release();
    await answered;
    await learner.unroute("**/graphql", holdMarks);
    await tick(learner, tasks.talk).check();
    await expect.poll(() => share(learner)).toBe("50 %");
    await learner.reload();
    await expect.poll(() => share(learner)).toBe("50 %");
    expect(await tick(learner, tasks.read).isChecked()).toBe(true);
    expect(await tick(learner, tasks.talk).isChecked()).toBe(true);
    expect(await tick(learner, tasks.meetup).isChecked()).toBe(false);
    await learner.getByLabel("Show on my profile").check();
    await expect.poll(() => learner.getByLabel("Show on my profile").isChecked()).toBe(true);
    await expectFine(learner, "learning-3-ticked-learner-360");

    // 3. The organiser checks Lucas in at the door; his page shows the meetup checkpoint done.
    const door = await pageOf("organiser", `/admin/meetups/${meetup.publicId}/door`);
    await door.getByRole("button", { name: "Check in Lucas Jansen" }).click();
    await door.getByRole("button", { name: "Undo the check-in of Lucas Jansen" }).waitFor();
    await door.close();
    await expect
      .poll(
        async () => {
          await learner.reload();
          await learner.locator(".progress-panel").waitFor();
          return tick(learner, tasks.meetup).isChecked();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await learner.getByText("checked in at the door").waitFor();
    await expect.poll(() => share(learner)).toBe("75 %");
    await expectFine(learner, "learning-4-checked-in-learner-360");

    // 4. Daan's revision 2 removes the checkpoint Lucas has not done. Lucas, on the page he still has open,
    // ticks it: the tick is taken back with the reason, and the page reads the path as it now is.
    const kept = path.checkpoints.filter((checkpoint) => checkpoint.task !== tasks.extra);
    await revisePath(
      curator,
      path.id,
      {
        ...content,
        checkpoints: checkpoints
          .slice(0, 3)
          .map((checkpoint, index) => ({ ...checkpoint, id: kept[index]?.id })),
      },
      "Step Functions get a path of their own.",
    );
    // Refused at once, the tick is taken back: a click, since the box does not stay checked.
    await tick(learner, tasks.extra).click();
    await learner.getByText(`“${tasks.extra}” could not be saved`).waitFor();
    await learner.getByText("no longer part of the path").waitFor();
    await expect.poll(() => tick(learner, tasks.extra).count()).toBe(0);
    await expect.poll(() => share(learner)).toBe("100 %");
    await learner.getByRole("heading", { name: "Revision 2" }).waitFor();
    await learner.getByText("Step Functions get a path of their own.").waitFor();
    await learner.getByText(`Removed “${tasks.extra}”`).waitFor();
    await expectFine(learner, "learning-5-revision-2-learner-360");

    // His learning lists it as completed.
    await learner.getByRole("link", { name: "My learning" }).click();
    await learner.getByRole("heading", { level: 1, name: "My learning" }).waitFor();
    const completed = learner.getByRole("region", { name: "Completed" });
    await completed.getByRole("link", { name: goal }).waitFor();
    await completed.getByText("100 %").waitFor();
    await completed.getByText("Shown on your profile").waitFor();
    await learner.getByText("Nothing under way").waitFor();
    await expectFine(learner, "learning-6-my-learning-learner-360");

    // 5. Emma's fork says what changed upstream since she forked it.
    await forker.reload();
    await forker.getByRole("heading", { name: "Changed upstream since you forked" }).waitFor();
    await forker.getByText(`Removed “${tasks.extra}”`).waitFor();
    await expectFine(forker, "learning-7-fork-upstream-forker-1280");

    // 6. A visitor reads Lucas's shown learning and Daan's curated path on their profiles, and the talk's
    // page names the path.
    await visitor.goto(`${host.url}/members/lucas`);
    await visitor.getByRole("heading", { name: "Learning", exact: true }).waitFor();
    await visitor.getByRole("link", { name: goal }).waitFor();
    await expectFine(visitor, "learning-8-member-visitor-1280");
    await visitor.goto(`${host.url}/members/daan`);
    await visitor.getByRole("heading", { name: "Learning paths Daan Bakker curates" }).waitFor();
    await visitor.getByRole("link", { name: goal }).waitFor();
    await visitor.goto(`${host.url}/talks/${talk.publicId}`);
    await visitor.getByRole("heading", { name: "Part of 1 learning path" }).waitFor();
    await visitor.getByRole("link", { name: goal }).click();
    await visitor.waitForURL(`${host.url}${address}`);
    // Its learners, counted in public. (Its completions are not checked here: the count is projected from
    // marks, and Lucas completed it by a revision, not a mark; reported to the progress context.)
    await visitor.getByText("1 member follows it").waitFor();
    expect(forkAddress).not.toBe(address);
    await Promise.all([visitor.close(), learner.close(), forker.close(), curator.close(), organiser.close()]);
  });

  test.each([1280, 360])(
    "following and unfollowing by keyboard keeps the focus on the button; only a follower is offered to show the path on their profile (%i px)",
    async (width) => {
      const page = await people.forker.newPage();
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
      await page.goto(`${host.url}/paths?curator=sem`);
      await page.getByRole("link", { name: "Handle failures in event-driven systems" }).click();
      await page
        .getByRole("heading", { level: 1, name: "Handle failures in event-driven systems" })
        .waitFor();
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
      const showOnProfile = page.getByRole("checkbox", { name: "Show on my profile" });

      await page.getByRole("button", { name: "Follow this path" }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Unfollow" }).waitFor();
      await expect.poll(focused).toBe("Unfollow");
      await showOnProfile.check();
      await expect.poll(() => showOnProfile.isChecked()).toBe(true);
      await expectFine(page, `path-followed-member-${width}`);

      await page.getByRole("button", { name: "Unfollow" }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Follow this path" }).waitFor();
      await expect.poll(focused).toBe("Follow this path");
      // Unfollowed, the path is off the profile: a ticked box would say otherwise, and the API refuses it.
      expect(await showOnProfile.count()).toBe(0);
      await expectFine(page, `path-unfollowed-member-${width}`);
      await page.close();
    },
  );
});
