import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { focusedNoticeTitle, seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { headerRows, horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { api, confirmTalk, decide, openCall, submitTalk } from "./talk-seed";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

type Who = "curator" | "forker" | "learner" | "organiser" | "visitor";

const communityName = "Serverless Meetup Rotterdam";
const tasks = {
  read: "Read the Lambda developer guide's first chapter",
  talk: "Watch how forty Lambdas were traced",
  meetup: "Come to the talk night and ask your questions",
  extra: "Read about Step Functions",
} as const;
const changeNote = "Step Functions get a path of their own.";

/** One walk per width, everyone on a laptop, then everyone on a phone. */
const widths = [1280, 360] as const;

/** A title as a name to find by: its parentheses and colons taken literally. */
const named = (title: string) => new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/**
 * The browser acceptance, each step in the browser of the person who takes it: Daan builds a path
 * in the editor, with a link, a talk and a meetup (both found as he types) and a second link, and
 * publishes it; a visitor reads it; Emma finds it in the paths index and forks it from its page; Lucas
 * follows the original and ticks two checkpoints (they show before the API answers), and RSVPs to the
 * meetup from its checkpoint; the organiser checks him in at the door from the console, and Lucas's page
 * shows that checkpoint done; Daan removes the second link in the editor with a change note (revision 2):
 * Lucas's tick on the page he still has open is taken back with a reason, his share becomes 100 % and
 * the revisions say what changed, and My learning lists the path completed; Emma's fork says what changed
 * upstream; his profile, Daan's and the talk's page lead to the path. Every page passes axe and fits the
 * screen, at 1,280 px and at 360 px.
 */
describe("a learning path from the editor to revision 2, in the browser", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  const people = {} as Record<Who, BrowserContext>;

  const loaded = (page: Page) =>
    page.waitForFunction(() => document.querySelector(".loading-state") === null);

  const pageOf = async (who: Who, width: number, address?: string) => {
    const page = await people[who].newPage();
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    if (address) {
      await page.goto(`${host.url}${address}`);
      await page.locator("h1").first().waitFor();
      await loaded(page);
    }
    return page;
  };

  /** Every page of the walk: no sideways scroll, no serious axe finding, then its screenshot. */
  const expectFine = async (page: Page, name: string) => {
    await loaded(page);
    expect(await horizontalOverflow(page), `${name} overflows`).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page), name).toEqual([]);
    // On a laptop the top bar stays one row, My learning and all.
    if (page.viewportSize()?.width === 1280) expect(await headerRows(page), `${name}'s top bar`).toBe(1);
    // A time or a count breaks between its parts on a phone, never inside one ("GMT-" above "5").
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll(".local-instant__part, .path-card__count")]
        .filter((part) => part.getClientRects().length > 1)
        .map((part) => part.textContent),
    );
    expect(broken, `${name}: broken inside`).toEqual([]);
    // Nothing shows an instant as the API holds it (UTC, ISO 8601) or a raw id.
    expect(await page.locator("main").textContent(), name).not.toMatch(
      /UTC|\d{4}-\d{2}-\d{2}T|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/,
    );
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

  /** A published meetup of the demo community that starts in half an hour: its door is open. */
  async function meetupAtTheDoor(organiser: Page, title: string) {
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
          title,
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
    return scheduleMeetup as { id: string; publicId: string };
  }

  test.each(widths)(
    "built in the editor, forked, followed and ticked, checked in at the door, revision 2 completes it (%i px)",
    async (width) => {
      const goal = `Run your first event-driven app on AWS (${width})`;
      const talkTitle = `Tracing a request across forty Lambdas (${width})`;
      const meetupTitle = `Serverless Rotterdam: tracing night (${width})`;
      const shot = (step: string, who: Who) => `path-walk-${step}-${who}-${width}`;

      // Setup, as the console would have it: Daan's confirmed talk, and a meetup whose door is open.
      const organiser = await pageOf("organiser", width, "/me");
      const curator = await pageOf("curator", width, "/me");
      const call = await openCall(organiser, host.demo.slug, `Talks for the tracing night (${width})`);
      const talk = await submitTalk(curator, call.id, talkTitle);
      await decide(organiser, "acceptProposal", talk.id, "Welcome aboard.");
      await confirmTalk(curator, talk.id);
      const meetup = await meetupAtTheDoor(organiser, meetupTitle);

      // 1. Daan builds the path in the editor, from his profile.
      await curator
        .getByRole("region", { name: "Your learning paths" })
        .getByRole("link", { name: "New path" })
        .click();
      await curator.getByRole("heading", { level: 1, name: "New learning path" }).waitFor();
      await curator.getByLabel("Goal").fill(goal);
      await curator
        .getByLabel("Description")
        .fill("From one function to a small **event-driven** app, with the people who built them.");
      await curator.getByLabel("Tags").fill("lambda, tracing");
      await curator.getByLabel("Community", { exact: true }).selectOption({ label: communityName });
      const rows = curator.getByRole("list", { name: "Checkpoints, in order" }).getByRole("listitem");
      const addCheckpoint = async (task: string) => {
        const count = await rows.count();
        await curator.getByRole("button", { name: "Add a checkpoint" }).click();
        await expect.poll(() => rows.count()).toBe(count + 1);
        await rows.nth(count).getByLabel("Task").fill(task);
        return rows.nth(count);
      };
      const addLink = async (row: ReturnType<typeof rows.nth>, url: string, title: string) => {
        await row.getByLabel("Address").fill(url);
        await row.getByLabel("Title").fill(title);
      };
      /** A talk or meetup, found by typing words of its title one key at a time, and picked. */
      const addFound = async (task: string, words: string, title: string) => {
        const row = await addCheckpoint(task);
        await row.getByLabel("A talk or a meetup").check();
        await row
          .getByRole("combobox", { name: `Find a talk or meetup of ${communityName}` })
          .pressSequentially(words);
        await row.getByRole("option", { name: named(title) }).click();
        await row.getByText(title, { exact: true }).waitFor();
      };
      await rows.nth(0).getByLabel("Task").fill(tasks.read);
      await addLink(
        rows.nth(0),
        "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html",
        "What is AWS Lambda?",
      );
      await addFound(tasks.talk, "forty lambdas", talkTitle);
      await addFound(tasks.meetup, "tracing night", meetupTitle);
      await addLink(
        await addCheckpoint(tasks.extra),
        "https://docs.aws.amazon.com/step-functions/",
        "AWS Step Functions",
      );
      await expectFine(curator, shot("1-editor", "curator"));

      // Published: the Publish button is gone with the draft, and the focus is on what happened.
      await curator.getByRole("button", { name: "Publish" }).click();
      await curator.getByText("The path is published: revision 1").waitFor();
      await expect.poll(() => focusedNoticeTitle(curator)).toBe("The path is published: revision 1");
      await curator.getByRole("heading", { level: 1, name: `Edit “${goal}”` }).waitFor();
      await expectFine(curator, shot("1-published", "curator"));

      // The notice leads to its page, where Daan may edit it, not fork it.
      await curator.getByRole("link", { name: "See its page" }).click();
      await curator.getByRole("heading", { level: 1, name: goal }).waitFor();
      const address = new URL(curator.url()).pathname;
      expect(address).toMatch(/^\/paths\/run-your-first-event-driven-app-on-aws-/);
      await curator.getByRole("link", { name: "Edit path" }).waitFor();
      expect(await curator.getByRole("button", { name: "Fork this path" }).count()).toBe(0);
      await expectFine(curator, shot("1-path", "curator"));

      // 2. A visitor reads it, and is offered a way to sign in that comes back here.
      const visitor = await pageOf("visitor", width, address);
      const signIn = visitor.getByRole("link", { name: "Sign in to fork or follow" });
      expect(await signIn.getAttribute("href")).toBe(`/signin?next=${encodeURIComponent(address)}`);
      await visitor.getByText("What is AWS Lambda?").waitFor();
      // Its talk and meetup lead to their pages.
      expect(await visitor.getByRole("link", { name: talkTitle }).getAttribute("href")).toBe(
        `/talks/${talk.publicId}`,
      );
      await visitor.locator(".resource-card--talk").getByText("By Daan Bakker").waitFor();
      expect(await visitor.getByRole("link", { name: meetupTitle }).getAttribute("href")).toBe(
        `/meetups/${meetup.publicId}`,
      );
      await visitor.locator(".resource-card--meetup").getByText("Upcoming").waitFor();
      // The meetup's time in the visitor's own zone (New York, as British English names it).
      expect(await visitor.locator(".resource-card--meetup time").textContent()).toMatch(/GMT-[45]$/);
      expect(await visitor.getByRole("checkbox").count()).toBe(0);
      await expectFine(visitor, shot("2-path", "visitor"));

      // 3. Emma finds it among the paths and forks it from its page; her draft says where it came from.
      const forker = await pageOf("forker", width, "/paths");
      await forker.getByRole("link", { name: goal, exact: true }).waitFor();
      await expectFine(forker, shot("3-paths", "forker"));
      await forker.getByRole("link", { name: goal, exact: true }).click();
      await forker.getByRole("heading", { level: 1, name: goal }).waitFor();
      await expectFine(forker, shot("3-path", "forker"));
      await forker.getByRole("button", { name: "Fork this path" }).click();
      await forker.waitForURL((url) => url.pathname !== address && url.pathname.startsWith("/paths/"));
      await forker.getByText("Your fork is ready").waitFor();
      await expect.poll(() => focusedNoticeTitle(forker)).toBe("Your fork is ready");
      await forker.getByRole("heading", { name: "Changed upstream since you forked" }).waitFor();
      await forker.getByText("The original has not changed since.").waitFor();
      // A fork is a path of her own, of no community: nobody but her reads the draft.
      await forker.getByText("A draft: only you see it until you publish it.").waitFor();
      expect(await forker.getByRole("link", { name: goal, exact: true }).getAttribute("href")).toBe(address);
      await expectFine(forker, shot("3-fork", "forker"));

      // 4. Lucas follows the original.
      const learner = await pageOf("learner", width, address);
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
      await expectFine(learner, shot("4-ticked", "learner"));

      // He goes to the meetup from its checkpoint and takes a place, then comes back to the path.
      await learner.getByRole("link", { name: meetupTitle }).click();
      await learner.getByRole("heading", { level: 1, name: meetupTitle }).waitFor();
      await learner.getByRole("button", { name: "RSVP", exact: true }).click();
      await learner.getByText("You are going").waitFor();
      await expectFine(learner, shot("4-meetup", "learner"));
      await learner.goBack();
      await learner.getByRole("heading", { level: 1, name: goal }).waitFor();

      // 5. The organiser opens the door from the console and checks Lucas in.
      await organiser.goto(`${host.url}/admin`);
      await organiser
        .getByRole("navigation", { name: "Organiser console" })
        .getByRole("link", { name: "Meetups" })
        .click();
      await organiser.getByRole("link", { name: meetupTitle }).click();
      await organiser.getByRole("link", { name: "Open the door check-in" }).click();
      await organiser.getByRole("heading", { level: 1, name: "Door check-in" }).waitFor();
      await organiser.getByRole("searchbox", { name: "Find a name" }).fill("lucas");
      await organiser.getByRole("button", { name: "Check in Lucas Jansen" }).click();
      await organiser.getByRole("button", { name: "Undo the check-in of Lucas Jansen" }).waitFor();
      await expect.poll(() => organiser.locator(".door-count strong").textContent()).toBe("1 of 1 in");
      await expectFine(organiser, shot("5-door", "organiser"));

      // 6. Lucas's page shows the meetup's checkpoint done, by the door.
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
      await expectFine(learner, shot("6-checked-in", "learner"));

      // 7. Daan removes the second link in the editor, with a note on what changed: revision 2.
      await curator.getByRole("link", { name: "Edit path" }).click();
      await curator.getByRole("heading", { level: 1, name: `Edit “${goal}”` }).waitFor();
      await curator.getByRole("heading", { name: "Revision 2" }).waitFor();
      await curator.getByRole("button", { name: `Remove ${tasks.extra}` }).click();
      await expect.poll(() => rows.count()).toBe(3);
      await curator.getByLabel("What changed").fill(changeNote);
      await expectFine(curator, shot("7-revising", "curator"));
      await curator.getByRole("button", { name: "Save revision 2" }).click();
      await curator.getByText("Revision 2 is published").waitFor();
      await expect.poll(() => focusedNoticeTitle(curator)).toBe("Revision 2 is published");
      await expectFine(curator, shot("7-revised", "curator"));

      // 8. Lucas, on the page he still has open, ticks the removed checkpoint: the tick is taken back with
      // the reason (a click, since the box does not stay checked), and the page reads the path as it now is.
      await tick(learner, tasks.extra).click();
      await learner.getByText(`“${tasks.extra}” could not be saved`).waitFor();
      await learner.getByText("no longer part of the path").waitFor();
      await expect.poll(() => tick(learner, tasks.extra).count()).toBe(0);
      await expect.poll(() => share(learner)).toBe("100 %");
      const revisions = learner.getByRole("region", { name: "Revisions" });
      await revisions.getByRole("heading", { name: "Revision 2" }).waitFor();
      await revisions.getByText(changeNote).waitFor();
      await revisions.getByText(`Removed “${tasks.extra}”`).waitFor();
      await expectFine(learner, shot("8-revision-2", "learner"));

      // 9. His learning lists it as completed.
      await learner.locator(".progress-panel").getByRole("link", { name: "My learning" }).click();
      await learner.getByRole("heading", { level: 1, name: "My learning" }).waitFor();
      const completed = learner
        .getByRole("region", { name: "Completed" })
        .getByRole("listitem")
        .filter({ has: learner.getByRole("link", { name: goal, exact: true }) });
      await completed.getByText("100 %").waitFor();
      await completed.getByText("Shown on your profile").waitFor();
      await learner.getByText("Nothing under way").waitFor();
      await expectFine(learner, shot("9-my-learning", "learner"));

      // 10. Emma's fork says what changed upstream since she forked it.
      await forker.reload();
      await forker.getByRole("heading", { name: "Changed upstream since you forked" }).waitFor();
      await forker.getByText(`Removed “${tasks.extra}”`).waitFor();
      // Ready was said once, when she forked it.
      expect(await forker.getByText("Your fork is ready").count()).toBe(0);
      await expectFine(forker, shot("10-fork-upstream", "forker"));

      // 11. A visitor finds the path from Lucas's profile, from Daan's, and from the talk's page.
      await visitor.goto(`${host.url}/members/lucas`);
      await visitor.getByRole("heading", { name: "Learning", exact: true }).waitFor();
      await visitor.getByRole("link", { name: goal, exact: true }).waitFor();
      await expectFine(visitor, shot("11-learner-profile", "visitor"));
      await visitor.goto(`${host.url}/members/daan`);
      await visitor.getByRole("heading", { name: "Learning paths Daan Bakker curates" }).waitFor();
      await visitor.getByRole("link", { name: goal, exact: true }).waitFor();
      await expectFine(visitor, shot("11-curator-profile", "visitor"));
      await visitor.goto(`${host.url}/talks/${talk.publicId}`);
      await visitor.getByRole("heading", { name: "Part of 1 learning path" }).waitFor();
      await expectFine(visitor, shot("11-talk", "visitor"));
      await visitor.getByRole("link", { name: goal, exact: true }).click();
      await visitor.waitForURL(`${host.url}${address}`);
      await visitor.getByText("1 member follows it").waitFor();
      await Promise.all([visitor, learner, forker, curator, organiser].map((page) => page.close()));
    },
    120_000,
  );

  test.each([1280, 360])(
    "following and unfollowing by keyboard keeps the focus on the button; only a follower is offered to show the path on their profile, and an unfollowed path leaves My learning (%i px)",
    async (width) => {
      const goal = "Handle failures in event-driven systems";
      const page = await pageOf("forker", width, "/paths?curator=sem");
      await page.getByRole("link", { name: goal }).click();
      await page.getByRole("heading", { level: 1, name: goal }).waitFor();
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

      // My learning lists only the paths followed now: this one is gone from it.
      await page.locator(".progress-panel").getByRole("link", { name: "My learning" }).click();
      await page.getByRole("heading", { level: 1, name: "My learning" }).waitFor();
      await page.getByRole("region", { name: "In progress" }).waitFor();
      await loaded(page);
      expect(await page.getByRole("link", { name: goal }).count()).toBe(0);
      await page.close();
    },
  );
});
