import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { focusedNoticeTitle, seriousViolations } from "./accessibility";
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
 * The path editor's details, against the demo community (the walk from the editor to revision 2 is
 * learning-paths.test.ts): a member curates a draft of the community with a link, a talk picked by
 * keyboard and a meetup picked by pointer, is refused in words for an http link and a goal too short,
 * reorders by keyboard and by drag and saves it in that order; publishes it, is refused a revision without
 * a note and one that changes nothing; the community's organiser finds it in the console; the curator
 * unpublishes, publishes again and archives it, the focus landing on what happened each time, as the
 * button pressed is gone. On a laptop and on a phone, axe clean and without sideways scroll.
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

  test("a draft refused in words, reordered by keyboard and by drag, saved in that order; published, unpublished, published again and archived, each time the focus on what happened; the console lists it", async () => {
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

    // Saved as a draft, in the order it was given.
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Your draft is saved").waitFor();
    await expect.poll(() => focusedNoticeTitle(page)).toBe("Your draft is saved");
    await page.waitForURL(/\/paths\/build-an-event-driven-backend-on-aws-[0-9a-f]{6}\/edit$/);
    const slug = new URL(page.url()).pathname.replace(/^\/paths\//, "").replace(/\/edit$/, "");
    await page
      .getByRole("heading", { level: 1, name: "Edit “Build an event-driven backend on AWS”" })
      .waitFor();
    const draft = await savedPath(page, slug);
    expect(draft).toMatchObject({
      goal: "Build an event-driven backend on AWS",
      status: "DRAFT",
      tags: ["serverless", "aws"],
      community: { name: communityName },
    });
    expect(draft.checkpoints.map((checkpoint) => checkpoint.task)).toEqual([
      tasks.meetup,
      tasks.talk,
      tasks.link,
    ]);
    expect(draft.checkpoints.map((checkpoint) => checkpoint.resource)).toEqual([
      { __typename: "MeetupResource", meetup: { title: meetupTitle } },
      { __typename: "TalkResource", talk: { title: talkTitle } },
      {
        __typename: "LinkResource",
        url: "https://docs.aws.amazon.com/lambda/",
        title: "AWS Lambda developer guide",
      },
    ]);

    // Published from its editor: the Publish button is gone, the focus is on the notice that says so.
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("The path is published: revision 1").waitFor();
    await expect.poll(() => focusedNoticeTitle(page)).toBe("The path is published: revision 1");
    expect(await savedPath(page, slug)).toMatchObject({ status: "PUBLISHED", revision: 1 });

    // Revision 2 asks what changed, and is refused when nothing did.
    await page.getByRole("heading", { name: "Revision 2" }).waitFor();
    await page.getByRole("button", { name: "Save revision 2" }).click();
    await page
      .getByRole("alert")
      .getByText("What changed: Say what changed: readers see it with the new revision.")
      .waitFor();
    await page.getByLabel("What changed").fill("Nothing, really.");
    await expectFine(page, "path-editor-revision-member-1280");
    await page.getByRole("button", { name: "Save revision 2" }).click();
    await page.getByText("Nothing changed: change the path first, then save the new revision.").waitFor();
    expect((await savedPath(page, slug)).revision).toBe(1);

    // The organiser of its community finds it in the console, with its state, and may edit it.
    const console = await pageOf(organiser, 1280);
    await console.goto(`${host.url}/admin`);
    await console
      .getByRole("navigation", { name: "Organiser console" })
      .getByRole("link", { name: "Paths" })
      .click();
    const paths = console.getByRole("list", { name: `Paths of ${communityName}` });
    const listed = paths.getByRole("listitem").filter({ hasText: "Build an event-driven backend on AWS" });
    await listed.getByText(/Published, revision 1 · No learners · changed /).waitFor();
    await expectFine(console, "admin-paths-organiser-1280");
    await listed.getByRole("link", { name: "Edit Build an event-driven backend on AWS" }).click();
    await console
      .getByRole("heading", { level: 1, name: "Edit “Build an event-driven backend on AWS”" })
      .waitFor();
    await console.getByText(`A path of ${communityName}: its organisers may edit it too.`).waitFor();
    await console.close();

    // Unpublished, published again, then archived after a confirmation: each button pressed is gone with
    // the status it changed, and the focus lands on the notice that says what happened.
    await page.getByRole("button", { name: "Unpublish" }).click();
    await page.getByText("The path is unpublished", { exact: true }).waitFor();
    await expect.poll(() => focusedNoticeTitle(page)).toBe("The path is unpublished");
    expect((await savedPath(page, slug)).status).toBe("UNPUBLISHED");
    await page.getByRole("button", { name: "Publish again" }).click();
    await page.getByText("The path is published: revision 1").waitFor();
    await expect.poll(() => focusedNoticeTitle(page)).toBe("The path is published: revision 1");
    expect((await savedPath(page, slug)).status).toBe("PUBLISHED");
    // Said once: a reload does not say it again.
    await page.reload();
    await page.getByRole("heading", { name: "Revision 2" }).waitFor();
    expect(await page.getByText("The path is published: revision 1").count()).toBe(0);
    await page.getByRole("button", { name: "Archive…" }).click();
    await page.getByText("Archive “Build an event-driven backend on AWS”?").waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Archive “Build an event-driven backend on AWS”?");
    await page.getByRole("button", { name: "Keep it" }).click();
    expect((await savedPath(page, slug)).status).toBe("PUBLISHED");
    await page.getByRole("button", { name: "Archive…" }).click();
    await page.getByRole("button", { name: "Archive the path" }).click();
    await page.getByText("This path is archived").waitFor();
    await expect.poll(() => focusedNoticeTitle(page)).toBe("This path is archived");
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
    await expect.poll(() => focusedNoticeTitle(page)).toBe("Your draft is saved");
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
