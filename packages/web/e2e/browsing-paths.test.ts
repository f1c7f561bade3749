import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { headerRows, horizontalOverflow } from "./layout";
import { communityIdOf, followPath, publishedPath, revisePath, type SeededPath } from "./path-seed";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

/** A tag only this test's paths carry, so whatever else the demo seeds stays out of the counts. */
const tag = "browse-paging";
const widths = [1280, 360] as const;

/**
 * Browsing the paths index: 23 paths of one tag (21 by the organiser for the demo community, 2 by Daan on
 * his own), one of Daan's followed by Emma; read by a visitor, 20 at a time, narrowed by tag, curator and
 * community in the address, ordered by learners, an empty filter that says how out, and a path whose goal
 * changed found by its former address.
 */
describe("browsing learning paths", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  let visitor: BrowserContext;
  let daan: Page;
  const daansPaths: SeededPath[] = [];

  const visitorAt = async (width: number, address: string) => {
    const page = await visitor.newPage();
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await page.goto(`${host.url}${address}`);
    await page.locator("h1").first().waitFor();
    await page.waitForFunction(() => document.querySelector(".loading-state") === null);
    return page;
  };

  /** Fits the screen, passes axe, and is kept as a screenshot. */
  const expectFine = async (page: Page, name: string) => {
    await page.waitForFunction(() => document.querySelector(".loading-state") === null);
    expect(await horizontalOverflow(page), `${name} overflows`).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page), name).toEqual([]);
    // On a laptop the top bar stays one row, My learning and all.
    if (page.viewportSize()?.width === 1280) expect(await headerRows(page), `${name}'s top bar`).toBe(1);
    await screenshot(page, name);
  };

  const cards = (page: Page) => page.locator(".path-card");
  const goals = (page: Page) => page.locator(".path-card__goal").allTextContents();

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    const signIn = async (email: string) => {
      const context = await newContext(browser, { timezoneId: "Europe/Amsterdam" });
      const page = await context.newPage();
      await signInThroughMailbox(page, host.url, email);
      return page;
    };
    const [organiser, emma] = await Promise.all([
      signIn(host.demo.organiserEmail),
      signIn("emma@example.org"),
    ]);
    daan = await signIn("daan@example.org");
    const communityId = await communityIdOf(organiser, host.demo.slug);
    const link = (n: number) => ({
      task: `Read part ${n}`,
      url: `https://docs.example.org/serverless/${n}`,
      title: `Serverless, part ${n}`,
    });
    for (let n = 1; n <= 21; n++) {
      await publishedPath(organiser, {
        goal: `Community path number ${String(n).padStart(2, "0")}`,
        tags: [tag, n % 2 === 0 ? "even" : "odd"],
        communityId,
        checkpoints: [link(n)],
      });
    }
    for (const goal of ["Daan's first path to Lambda", "Daan's path to Step Functions"]) {
      daansPaths.push(await publishedPath(daan, { goal, tags: [tag], checkpoints: [link(1), link(2)] }));
    }
    await followPath(emma, (daansPaths[0] as SeededPath).id);
    visitor = await newContext(browser, { timezoneId: "America/New_York" });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each(widths)(
    "a tag's paths come 20 at a time, newest first, and Show more brings the rest (%i px)",
    async (width) => {
      const page = await visitorAt(width, `/paths?tag=${tag}`);
      await expect.poll(() => cards(page).count()).toBe(20);
      // The newest first: Daan's two were published last.
      expect((await goals(page)).slice(0, 2)).toEqual([
        "Daan's path to Step Functions",
        "Daan's first path to Lambda",
      ]);
      await expectFine(page, `paths-tag-${width}`);
      await page.getByRole("button", { name: "Show more" }).click();
      await expect.poll(() => cards(page).count()).toBe(23);
      const all = await goals(page);
      expect(new Set(all).size).toBe(23);
      expect(await page.getByRole("button", { name: "Show more" }).count()).toBe(0);
      await page.close();
    },
  );

  test("the filters live in the address: typed, chosen, reloaded and cleared", async () => {
    const page = await visitorAt(1280, `/paths?tag=${tag}`);
    await page.getByLabel("Curator’s handle").fill("@Daan");
    await page.getByRole("button", { name: "Show paths" }).click();
    await page.waitForURL((url) => url.searchParams.get("curator") === "daan");
    expect(new URL(page.url()).searchParams.get("tag")).toBe(tag);
    await expect.poll(() => cards(page).count()).toBe(2);
    for (const card of await cards(page).all()) expect(await card.textContent()).toContain("By Daan Bakker");

    // Reloaded, the address gives the form its values back.
    await page.reload();
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await page.getByLabel("Curator’s handle").inputValue()).toBe("daan");
    expect(await page.getByLabel("Tag", { exact: true }).inputValue()).toBe(tag);

    // Daan's paths belong to no community: narrowed to the demo community too, nothing is left.
    await page.getByLabel("Community").selectOption(host.demo.slug);
    await page.waitForURL((url) => url.searchParams.get("community") === host.demo.slug);
    await page.getByRole("heading", { name: "No paths match these filters" }).waitFor();
    await page
      .getByText(
        `No published path is tagged “${tag}” and curated by @daan and of Serverless Meetup Rotterdam`,
      )
      .waitFor();
    await expectFine(page, "paths-empty-1280");
    await page.getByRole("main").getByRole("link", { name: "Clear the filters" }).last().click();
    await page.waitForURL(`${host.url}/paths`);
    await expect.poll(() => cards(page).count()).toBe(20);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("community") === host.demo.slug);
    await page.getByRole("heading", { name: "No paths match these filters" }).waitFor();
    await page.close();
  });

  test("New path leads a member to the editor, and a visitor to sign in first and then to the editor", async () => {
    const page = await visitorAt(1280, "/paths");
    expect(await page.getByRole("link", { name: "New path" }).getAttribute("href")).toBe(
      "/signin?next=%2Fpaths%2Fnew",
    );
    await page.close();
    await daan.goto(`${host.url}/paths`);
    await daan.getByRole("link", { name: "New path" }).click();
    await daan.waitForURL(`${host.url}/paths/new`);
    await daan.getByRole("heading", { level: 1 }).waitFor();
  });

  test("a community's paths, and a tag on a card narrows the index to it", async () => {
    const page = await visitorAt(1280, `/paths?community=${host.demo.slug}&tag=${tag}`);
    await expect.poll(() => cards(page).count()).toBe(20);
    expect(await page.getByText("Daan's path to Step Functions").count()).toBe(0);
    await page.getByRole("link", { name: "even", exact: true }).first().click();
    await page.waitForURL(
      (url) => url.searchParams.get("tag") === "even" && !url.searchParams.has("community"),
    );
    await expect.poll(() => cards(page).count()).toBe(10);
    await page.close();
  });

  test("most followed first puts the path with a learner on top", async () => {
    const page = await visitorAt(1280, `/paths?tag=${tag}`);
    await page.getByLabel("Order").selectOption("MOST_FOLLOWED");
    await page.waitForURL((url) => url.searchParams.get("order") === "most-followed");
    await expect.poll(async () => (await goals(page))[0]).toBe("Daan's first path to Lambda");
    expect(await cards(page).first().textContent()).toContain("1 learner");
    await page.close();
  });

  test.each(widths)("a path found by its former address moves to its current one (%i px)", async (width) => {
    const path = daansPaths[1] as SeededPath;
    const goal = `Daan's path to Step Functions, revised at ${width}`;
    const before = await visitorAt(width, `/paths/${path.slug}`);
    const formerSlug = new URL(before.url()).pathname.split("/").at(-1) as string;
    await before.close();
    const revised = await revisePath(
      daan,
      path.id,
      {
        goal,
        tags: [tag],
        checkpoints: path.checkpoints.map((checkpoint, n) => ({
          id: checkpoint.id,
          task: checkpoint.task,
          url: `https://docs.example.org/serverless/${n + 1}`,
          title: `Serverless, part ${n + 1}`,
        })),
      },
      "A goal that says where it ends.",
    );
    expect(revised.slug).not.toBe(formerSlug);
    daansPaths[1] = revised;

    const page = await visitorAt(width, "/paths");
    await page.goto(`${host.url}/paths/${formerSlug}`);
    await page.waitForURL(`${host.url}/paths/${revised.slug}`);
    await page.getByRole("heading", { level: 1, name: goal }).waitFor();
    await page.getByRole("heading", { name: "Revision 2" }).waitFor();
    await page.locator(".revision").first().getByText("Changed the goal").waitFor();
    await expectFine(page, `path-revised-visitor-${width}`);
    // The former address was replaced in the history: back goes to the index, not through the redirect again.
    await page.goBack();
    await page.waitForURL(`${host.url}/paths`);
    await page.close();
  });
});
