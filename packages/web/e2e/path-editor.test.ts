import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { api } from "./talk-seed";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const communityName = "Serverless Meetup Rotterdam";
/** A confirmed talk of the demo community (its lightning talk call), and its workshop meetup. */
const talkTitle = "Idempotency keys in five minutes";
const meetupTitle = "Serverless Rotterdam #4 workshop: event sourcing on DynamoDB";

const tasks = {
  link: "Read the Lambda developer guide",
  talk: "Watch the talk on idempotency keys",
  meetup: "Build it at the workshop",
};

/** The path as the API holds it: what the editor saved, read back as its curator. */
async function savedPath(page: Page, slug: string) {
  const { path } = await api(
    page,
    `query ($slug: String!) { path(slug: $slug) {
      slug goal status revision tags community { name }
      checkpoints { id task resource { __typename
        ... on LinkResource { url title } ... on TalkResource { talk { title } } ... on MeetupResource { meetup { title } } } }
      revisions { revision changeNote } } }`,
    { slug },
  );
  return path as {
    slug: string;
    goal: string;
    status: string;
    revision: number;
    tags: string[];
    community: { name: string } | null;
    checkpoints: { id: string; task: string; resource: Record<string, unknown> }[];
    revisions: { revision: number; changeNote: string }[];
  };
}

/**
 * The path editor against the demo community: a member curates a path of the community with a link, a
 * talk and a meetup checkpoint (picked by search), is refused in words for an http link and a goal too
 * short, reorders by keyboard and by drag and publishes it; edits it (a checkpoint removed, a change
 * note) into revision 2; the community's organiser finds it in the console, and the curator unpublishes
 * and archives it. On a laptop and on a phone, axe clean and without sideways scroll.
 */
describe("the path editor, in the browser", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  let curator: BrowserContext;
  let organiser: BrowserContext;

  const pageOf = async (context: BrowserContext, width: number) => {
    const page = await context.newPage();
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

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    curator = await newContext(browser);
    await signInThroughMailbox(await curator.newPage(), host.url, "daan@example.org");
    organiser = await newContext(browser);
    await signInThroughMailbox(await organiser.newPage(), host.url, host.demo.organiserEmail);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("a curator builds, reorders and publishes a path, then makes revision 2; the console lists it", async () => {
    const page = await pageOf(curator, 1280);
    await page.goto(`${host.url}/me`);
    await page
      .getByRole("region", { name: "Your learning paths" })
      .getByRole("link", { name: "New path" })
      .click();
    await page.getByRole("heading", { level: 1, name: "New learning path" }).waitFor();

    await page.getByLabel("Goal").fill("Go");
    await page.getByLabel("Description").fill("From a first function to an **event-driven** backend.");
    await page.getByLabel("Tags").fill("Serverless, AWS");
    await page.getByLabel("Community", { exact: true }).selectOption({ label: communityName });

    const list = page.getByRole("list", { name: "Checkpoints, in order" });
    const rows = list.getByRole("listitem");
    const row = (index: number) => rows.nth(index);

    // A page on the web.
    await row(0).getByLabel("Task").fill(tasks.link);
    await row(0).getByLabel("Address").fill("http://docs.aws.amazon.com/lambda/");
    await row(0).getByLabel("Title").fill("AWS Lambda developer guide");

    // A talk, found by typing and picked by keyboard.
    await page.getByRole("button", { name: "Add a checkpoint" }).click();
    await expect.poll(() => rows.count()).toBe(2);
    // The new checkpoint's task has the focus.
    await page.keyboard.type(tasks.talk);
    await row(1).getByLabel("A talk or a meetup").check();
    const talkSearch = row(1).getByRole("combobox", { name: `Find a talk or meetup of ${communityName}` });
    await talkSearch.fill("idempotency");
    const talkOption = row(1).getByRole("option", { name: new RegExp(talkTitle) });
    await talkOption.waitFor();
    await row(1)
      .getByText(/^1 match/)
      .waitFor({ state: "attached" });
    await talkSearch.press("ArrowDown");
    expect(await talkOption.getAttribute("aria-selected")).toBe("true");
    // The open list passes axe too.
    expect(await seriousViolations(page), "the open list of matches").toEqual([]);
    expect(await talkSearch.getAttribute("aria-activedescendant")).toBe(await talkOption.getAttribute("id"));
    await talkSearch.press("Enter");
    await row(1).getByText(talkTitle, { exact: true }).waitFor();
    expect(await talkSearch.getAttribute("aria-expanded")).toBe("false");

    // A meetup, picked with the pointer.
    await page.getByRole("button", { name: "Add a checkpoint" }).click();
    await row(2).getByLabel("Task").fill(tasks.meetup);
    await row(2).getByLabel("A talk or a meetup").check();
    await row(2).getByRole("combobox").fill("workshop event");
    await row(2)
      .getByRole("option", { name: new RegExp(meetupTitle.replace(/[#:]/g, ".")) })
      .click();
    await row(2).getByText(meetupTitle, { exact: true }).waitFor();
    // A search that matches nothing says so.
    await row(2).getByRole("combobox").fill("no such thing at all");
    await row(2)
      .getByText(`Nothing of ${communityName} matches “no such thing at all”.`)
      .waitFor({ state: "attached" });
    await row(2).getByRole("combobox").fill("");

    // Refused in words, on their fields: the goal too short, a link that is not https.
    await page.getByRole("button", { name: "Publish" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "The path was not drafted" });
    await summary.getByText("Goal: The goal must be 5 to 80 characters.").waitFor();
    await summary
      .getByText(
        "Checkpoint 1, its address: The link must be an https address (starting with https://), up to 2,000 characters.",
      )
      .waitFor();
    expect(await page.getByLabel("Goal").getAttribute("aria-invalid")).toBe("true");
    expect(await row(0).getByLabel("Address").getAttribute("aria-invalid")).toBe("true");
    expect(new URL(page.url()).pathname).toBe("/paths/new");
    await expectFine(page, "path-editor-refused-member-1280");

    await page.getByLabel("Goal").fill("Build an event-driven backend on AWS");
    await row(0).getByLabel("Address").fill("https://docs.aws.amazon.com/lambda/");

    // By keyboard: the meetup up one place, announced, and its handle keeps the focus.
    const live = page.locator('[aria-live="polite"]').filter({ hasText: /moved to position/ });
    await page.getByRole("button", { name: `Reorder ${tasks.meetup}, position 3 of 3` }).focus();
    await page.keyboard.press("ArrowUp");
    await live.getByText(`${tasks.meetup} moved to position 2 of 3.`).waitFor({ state: "attached" });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toBe(`Reorder ${tasks.meetup}, position 2 of 3`);
    expect(await row(1).getByLabel("Task").inputValue()).toBe(tasks.meetup);

    // By drag: the link onto the last place. A tall window holds every row, as a drag does not scroll.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page
      .getByRole("button", { name: `Reorder ${tasks.link}, position 1 of 3` })
      .dragTo(row(2).getByRole("heading", { name: "Checkpoint 3" }));
    await live.getByText(`${tasks.link} moved to position 3 of 3.`).waitFor({ state: "attached" });
    await expect
      .poll(async () => Promise.all([0, 1, 2].map((index) => row(index).getByLabel("Task").inputValue())))
      .toEqual([tasks.meetup, tasks.talk, tasks.link]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectFine(page, "path-editor-new-member-1280");

    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("The path is published: revision 1").waitFor();
    const slug = new URL(page.url()).pathname.replace(/^\/paths\//, "").replace(/\/edit$/, "");
    expect(slug).toMatch(/^build-an-event-driven-backend-on-aws-[0-9a-f]{6}$/);
    await page
      .getByRole("heading", { level: 1, name: "Edit “Build an event-driven backend on AWS”" })
      .waitFor();

    const first = await savedPath(page, slug);
    expect(first).toMatchObject({
      goal: "Build an event-driven backend on AWS",
      status: "PUBLISHED",
      revision: 1,
      tags: ["serverless", "aws"],
      community: { name: communityName },
    });
    expect(first.checkpoints.map((checkpoint) => checkpoint.task)).toEqual([
      tasks.meetup,
      tasks.talk,
      tasks.link,
    ]);
    expect(first.checkpoints.map((checkpoint) => checkpoint.resource)).toEqual([
      { __typename: "MeetupResource", meetup: { title: meetupTitle } },
      { __typename: "TalkResource", talk: { title: talkTitle } },
      {
        __typename: "LinkResource",
        url: "https://docs.aws.amazon.com/lambda/",
        title: "AWS Lambda developer guide",
      },
    ]);

    // Revision 2: the talk is removed, and the change note is asked for.
    await page.getByRole("heading", { name: "Revision 2" }).waitFor();
    await page.getByRole("button", { name: `Remove ${tasks.talk}` }).click();
    await page
      .locator('[aria-live="polite"]')
      .getByText(`${tasks.talk} is removed.`)
      .waitFor({ state: "attached" });
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole("button", { name: "Save revision 2" }).click();
    await page
      .getByRole("alert")
      .getByText("What changed: Say what changed: readers see it with the new revision.")
      .waitFor();
    await page.getByLabel("What changed").fill("The talk moves to a path of its own.");
    await expectFine(page, "path-editor-revision-member-1280");
    await page.getByRole("button", { name: "Save revision 2" }).click();
    await page.getByText("Revision 2 is published").waitFor();
    await page.getByRole("heading", { name: "Revision 3" }).waitFor();

    const second = await savedPath(page, slug);
    expect(second.revision).toBe(2);
    expect(second.checkpoints.map((checkpoint) => checkpoint.task)).toEqual([tasks.meetup, tasks.link]);
    // The kept checkpoints keep their ids, and so their learners' progress.
    expect(second.checkpoints.map((checkpoint) => checkpoint.id)).toEqual([
      first.checkpoints[0]?.id,
      first.checkpoints[2]?.id,
    ]);
    expect(second.revisions[0]).toMatchObject({
      revision: 2,
      changeNote: "The talk moves to a path of its own.",
    });
    // Nothing changed: no revision 3.
    await page.getByLabel("What changed").fill("Nothing, really.");
    await page.getByRole("button", { name: "Save revision 3" }).click();
    await page.getByText("Nothing changed: change the path first, then save the new revision.").waitFor();

    // The organiser of its community finds it in the console, with its state, and may edit it.
    const console = await pageOf(organiser, 1280);
    await console.goto(`${host.url}/admin`);
    await console
      .getByRole("navigation", { name: "Organiser console" })
      .getByRole("link", { name: "Paths" })
      .click();
    const paths = console.getByRole("list", { name: `Paths of ${communityName}` });
    const listed = paths.getByRole("listitem").filter({ hasText: "Build an event-driven backend on AWS" });
    await listed.getByText(/Published, revision 2 · No learners · changed /).waitFor();
    await expectFine(console, "admin-paths-organiser-1280");
    await listed.getByRole("link", { name: "Edit Build an event-driven backend on AWS" }).click();
    await console
      .getByRole("heading", { level: 1, name: "Edit “Build an event-driven backend on AWS”" })
      .waitFor();
    await console.getByText(`A path of ${communityName}: its organisers may edit it too.`).waitFor();
    await console.close();

    // Unpublished, then archived after a confirmation.
    await page.getByRole("button", { name: "Unpublish" }).click();
    await page.getByText("The path is unpublished", { exact: true }).waitFor();
    expect((await savedPath(page, slug)).status).toBe("UNPUBLISHED");
    await page.getByRole("button", { name: "Archive…" }).click();
    await page.getByText("Archive “Build an event-driven backend on AWS”?").waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Archive “Build an event-driven backend on AWS”?");
    await page.getByRole("button", { name: "Keep it" }).click();
    expect((await savedPath(page, slug)).status).toBe("UNPUBLISHED");
    await page.getByRole("button", { name: "Archive…" }).click();
    await page.getByRole("button", { name: "Archive the path" }).click();
    await page.getByText("This path is archived").waitFor();
    await page
      .getByText("It stays readable at its address and changes no more: no edit, no publish, no fork.")
      .waitFor();
    expect((await savedPath(page, slug)).status).toBe("ARCHIVED");
    await expectFine(page, "path-editor-archived-member-1280");
    await page.close();
  });

  test("on a phone, a draft is built and reordered by its buttons, without sideways scroll", async () => {
    const page = await pageOf(curator, 360);
    await page.goto(`${host.url}/paths/new`);
    await page.getByRole("heading", { level: 1, name: "New learning path" }).waitFor();
    await page.getByLabel("Goal").fill("Measure cold starts before you fix them");
    const rows = page.getByRole("list", { name: "Checkpoints, in order" }).getByRole("listitem");
    await rows.nth(0).getByLabel("Task").fill("Read about cold starts");
    await rows.nth(0).getByLabel("Address").fill("https://aws.amazon.com/blogs/compute/");
    await rows.nth(0).getByLabel("Title").fill("AWS Compute Blog");
    await page.getByRole("button", { name: "Add a checkpoint" }).click();
    await rows.nth(1).getByLabel("Task").fill("Watch the talk");
    await rows.nth(1).getByLabel("A talk or a meetup").check();
    await rows.nth(1).getByRole("combobox").fill("idempotency");
    await rows
      .nth(1)
      .getByRole("option", { name: new RegExp(talkTitle) })
      .click();
    await expectFine(page, "path-editor-new-member-360");

    await page.getByRole("button", { name: "Move up Watch the talk" }).click();
    await expect.poll(() => rows.nth(0).getByLabel("Task").inputValue()).toBe("Watch the talk");
    await page
      .locator('[aria-live="polite"]')
      .getByText("Watch the talk moved to position 1 of 2.")
      .waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Your draft is saved").waitFor();
    await page.getByText("Only you see it until you publish it.").waitFor();
    await page.getByText("Draft, never published · No learners").waitFor();
    await expectFine(page, "path-editor-draft-member-360");

    // A new goal is a new address; the former one leads to it.
    const former = page.url();
    await page.getByLabel("Goal").fill("Measure cold starts, then fix them");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\/paths\/measure-cold-starts-then-fix-them-[0-9a-f]{6}\/edit$/);
    await page
      .getByRole("heading", { level: 1, name: "Edit “Measure cold starts, then fix them”" })
      .waitFor();
    const current = page.url();
    expect(current).not.toBe(former);
    await page.goto(former);
    await page.waitForURL(current);
    await page
      .getByRole("heading", { level: 1, name: "Edit “Measure cold starts, then fix them”" })
      .waitFor();

    // Its own editor is the curator's: another member is told so.
    const other = await pageOf(organiser, 360);
    await other.goto(current);
    await other.getByText("There is no path at this address that you may edit.").waitFor();
    await expectFine(other, "path-editor-not-yours-organiser-360");
    await other.close();
    await page.close();
  });

  test.each([1280, 360])(
    "a member who opens another's published path in the editor is told it is not theirs, not that it is missing (%i px)",
    async (width) => {
      const emma = await newContext(browser);
      const page = await pageOf(emma, width);
      const production = "/paths/run-serverless-in-production-without-surprises";
      await signInThroughMailbox(page, host.url, "emma@example.org", "/paths");
      const address = await page.locator(`a[href^="${production}"]`).first().getAttribute("href");
      await page.goto(`${host.url}${address}/edit`);
      await page
        .getByRole("heading", { level: 1, name: "Edit “Run serverless in production without surprises”" })
        .waitFor();
      expect(await page.getByText("Page not found").count()).toBe(0);
      expect(await page.getByText("Nothing lives at this address").count()).toBe(0);
      await page.getByText("Only its curator and its community's organisers edit this path").waitFor();
      await expectFine(page, `path-editor-not-theirs-member-${width}`);
      await page.getByRole("link", { name: "Read the path" }).click();
      await page.waitForURL(`${host.url}${address}`);
      await page.getByRole("button", { name: "Fork this path" }).waitFor();
      await emma.close();
    },
  );
});
