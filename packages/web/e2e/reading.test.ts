import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MeetupClient, meetupClient, meetupInput } from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const desktop = { width: 1280, height: 800 };
/** The narrowest phone the app promises to fit. */
const phone = { width: 360, height: 740 };
const viewports = [
  ["1,280", desktop],
  ["360", phone],
] as const;

const organiserEmail = "adaeze.okafor@example.org";
const description = "Doors open at six, and we start on time,\nso the talk begins at seven sharp.";

/** The text of an element as it is laid out: one string per line on screen. */
const renderedLines = (element: Locator) =>
  element.evaluate((root) => {
    const lines: string[] = [];
    let lineTop: number | undefined;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
      for (let index = 0; index < node.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        const character = node.data.charAt(index);
        if (lineTop === undefined || box.top > lineTop + box.height / 2) {
          lines.push(character);
          lineTop = box.top;
        } else lines.push(`${lines.pop() ?? ""}${character}`);
      }
    return lines.map((line) => line.trim()).filter((line) => line !== "");
  });

/** Where a line ends inside a word: a letter or digit on both sides of the break. */
const midWordBreaks = (lines: readonly string[]) =>
  lines.slice(1).flatMap((line, index) => {
    const before = lines[index] ?? "";
    return /[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(line) ? [`${before} | ${line}`] : [];
  });

/**
 * What a person reads on the pages, at a laptop's and a phone's width: descriptions that flow as written,
 * addresses that never break inside a word, and an attendance chart whose text can be read on a phone and
 * whose axis says the range its caption says.
 */
describe("what a person reads, at 1,280 and 360 px", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let meetupId: string;
  let organiserPage: Page;
  let visitorPage: Page;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);
    const organiser = await client.signIn(organiserEmail);
    const community = await client.found(organiser, {
      name: "Rust Berlin",
      slug: "rust-berlin",
      description,
    });
    const meetup = await client.schedule(organiser, meetupInput(community.id, { capacity: 10 }));
    meetupId = meetup.id;
    await client.publish(organiser, meetupId);
    for (const email of ["ann@example.org", "bo@example.org"]) {
      const member = await client.signIn(email);
      await client.join(member, community.id);
      await client.rsvp(member, meetupId);
    }
    organiserPage = await (await newContext(browser)).newPage();
    await signInThroughMailbox(organiserPage, host.url, organiserEmail, "/me");
    visitorPage = await (await newContext(browser)).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each(viewports)(
    "a single line break in a description goes on with the sentence, at %s px",
    async (name, size) => {
      await visitorPage.setViewportSize(size);
      await visitorPage.goto(`${host.url}/communities/rust-berlin`);
      const paragraph = visitorPage.locator(".markdown p");
      await paragraph.waitFor();
      // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, where a kept line break shows
      expect(await paragraph.innerText()).toBe(description.replace("\n", " "));
      await screenshot(visitorPage, `reading-description-${name}`);
    },
  );

  test("a description nested as deep as it may be, or with a wide code line, stays inside a phone's width", async () => {
    const organiser = await client.signIn(organiserEmail);
    const community = await client.found(organiser, { name: "Deep quotes", slug: "deep-quotes" });
    const deep = `${"> ".repeat(16)}${"Nested-words-without-a-break ".repeat(8)}\n\n\`\`\`\n${"code ".repeat(60)}\n\`\`\``;
    const meetup = await client.schedule(organiser, meetupInput(community.id, { description: deep }));
    await client.publish(organiser, meetup.id);
    await visitorPage.setViewportSize(phone);
    await visitorPage.goto(`${host.url}/meetups/${meetup.publicId}`);
    await visitorPage.locator(".markdown blockquote").first().waitFor();
    const { scrollWidth, innerWidth } = await visitorPage.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    await screenshot(visitorPage, "reading-deep-description-360");
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  test.each(viewports)(
    "the address field's /communities/ prefix stays whole, at %s px",
    async (name, size) => {
      await organiserPage.setViewportSize(size);
      await organiserPage.goto(`${host.url}/admin/communities/rust-berlin`);
      const prefix = organiserPage.locator(".input-with-prefix__prefix");
      await prefix.waitFor();
      expect(await renderedLines(prefix)).toEqual(["/communities/"]);
      await screenshot(organiserPage, `reading-community-console-${name}`);
    },
  );

  test.each(viewports)(
    "an email address on /me breaks, if it must, only before its @ or a dot, at %s px",
    async (name, size) => {
      await organiserPage.setViewportSize(size);
      await organiserPage.goto(`${host.url}/me`);
      const address = organiserPage.getByText(organiserEmail, { exact: true });
      await address.waitFor();
      const lines = await renderedLines(address);
      expect(lines.join("")).toBe(organiserEmail);
      expect(midWordBreaks(lines)).toEqual([]);
      await screenshot(organiserPage, `reading-me-${name}`);
    },
  );

  test.each(viewports)("the attendance chart's text is at least 12 px, at %s px", async (name, size) => {
    await organiserPage.setViewportSize(size);
    await organiserPage.goto(`${host.url}/admin/meetups/${meetupId}`);
    await organiserPage.locator(".chart__svg .chart-label").first().waitFor();
    const sizes = await organiserPage.locator(".chart__svg").evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll("text")].map(
        (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      );
    });
    expect(sizes.length).toBeGreaterThan(0);
    for (const rendered of sizes) expect(rendered).toBeGreaterThanOrEqual(12);
    await screenshot(organiserPage, `reading-chart-${name}`);
  });

  test("the chart's axis ends where its caption's range ends, days after the last RSVP too", async () => {
    const page = await organiserPage.context().newPage();
    await page.setViewportSize(phone);
    await page.clock.setFixedTime(new Date(Date.now() + 3 * 86_400_000));
    await page.goto(`${host.url}/admin/meetups/${meetupId}`);
    await page.locator(".chart__svg .chart-label").first().waitFor();
    const caption = (await page.locator("#chart-summary").textContent()) ?? "";
    const [, from, to] = / from (.+) to (.+?)\. Now/.exec(caption) ?? [];
    const axisText = await page.locator(".chart__svg text").allTextContents();
    // The axis's own words: its first and last instants (the rest are counts and the axis's name), the
    // caption's day and time without the year and zone the caption gives once.
    const axisTimes = axisText.filter((text) => !text.startsWith("People") && !/^\d+$/.test(text));
    const shortly = (time = "") => time.replace(/ \d{4},/, ",").replace(/ [A-Z][A-Za-z]*[+-]?\d*$/, "");
    expect(axisTimes).toEqual([shortly(from), shortly(to)]);
    await page.close();
  });
});
