import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { api, openCall, submitProposal } from "./talk-setup";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

type Who = "organiser" | "emma" | "lucas" | "daan";

/**
 * How many rows the top bar takes: its brand, sections and account links, grouped by their middles. On a
 * laptop one; on a phone three by design (brand, account, sections).
 */
const headerRows = (page: Page) =>
  page.evaluate(() => {
    const middles = [...document.querySelectorAll(".brand, .primary-navigation li, .account-menu > li")]
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map((box) => box.top + box.height / 2)
      .sort((a, b) => a - b);
    return middles.filter((middle, index) => index === 0 || middle - (middles[index - 1] ?? 0) > 12).length;
  });

const headerRowsAt = (width: number) => (width === 1280 ? 1 : 3);

/** A date as a date input takes it, some days from today (in UTC, the browser's zone here). */
const dateIn = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/**
 * The organiser's console for talks and its review board, against the demo community: a call with two
 * criteria and anonymised review, two appointed reviewers who score by keyboard and never see the speaker,
 * and the organiser's acceptance from the board, on a laptop and on a phone.
 */
describe("a call for proposals reviewed in the console, in the browser", () => {
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

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    for (const [who, email] of [
      ["organiser", host.demo.organiserEmail],
      ["emma", "emma@example.org"],
      ["lucas", "lucas@example.org"],
      ["daan", "daan@example.org"],
    ] as const) {
      const context = await newContext(browser);
      await signInThroughMailbox(await context.newPage(), host.url, email);
      people[who] = context;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test.each([1280, 360])(
    "the organiser drafts, publishes and staffs a call; two reviewers score blind; the organiser accepts (%i px)",
    async (width) => {
      const callTitle = `Lightning talks call (${width})`;
      const proposalTitle = `Cold starts in practice (${width})`;

      // The organiser drafts the call in the console: two criteria, anonymised review.
      const organiser = await pageOf("organiser", width);
      await organiser.goto(`${host.url}/admin/talks`);
      await organiser.getByRole("link", { name: "New call" }).first().click();
      await organiser.getByRole("heading", { name: "New call for proposals" }).waitFor();
      await organiser.getByLabel("Title").fill(callTitle);
      await organiser.getByLabel("Opens on").fill(dateIn(-1));
      await organiser.getByLabel("Closes on").fill(dateIn(30));
      await organiser.getByRole("button", { name: "Add a criterion" }).click();
      await organiser.getByLabel("Criterion 2", { exact: true }).fill("Clarity");
      await organiser.getByLabel("Weight of criterion 2").fill("2");
      await expect.poll(() => organiser.getByLabel(/Anonymised review/).isChecked()).toBe(true);
      await expectFine(organiser, `talk-call-new-organiser-${width}`);
      await organiser.getByRole("button", { name: "Draft the call" }).click();
      await organiser.getByRole("heading", { name: callTitle }).waitFor();
      await organiser.getByText("The call is saved").waitFor();
      await organiser.getByRole("button", { name: "Publish" }).click();
      await organiser.getByText("Open for proposals").first().waitFor();

      for (const handle of ["emma", "lucas"]) {
        await organiser.getByLabel("Appoint a reviewer by handle").fill(`@${handle}`);
        await organiser.getByRole("button", { name: "Appoint" }).click();
        await organiser
          .getByRole("list", { name: "Appointed reviewers" })
          .getByRole("link", { name: handle === "emma" ? "Emma Visser" : "Lucas Jansen" })
          .waitFor();
      }
      // A handle nobody has is told so, and appoints nobody.
      await organiser.getByLabel("Appoint a reviewer by handle").fill("nobody-at-all");
      await organiser.getByRole("button", { name: "Appoint" }).click();
      await organiser.getByText("No member has the handle @nobody-at-all.").waitFor();
      expect(
        await organiser.getByRole("list", { name: "Appointed reviewers" }).getByRole("listitem").count(),
      ).toBe(2);
      // The organiser's top bar, with its console link, stays one row on a laptop.
      expect(await headerRows(organiser)).toBe(headerRowsAt(width));
      await expectFine(organiser, `talk-call-console-organiser-${width}`);
      const callPublicId = new URL(organiser.url()).pathname.split("/").pop() ?? "";

      // Daan proposes a talk, as the call page would send it.
      const daan = await pageOf("daan", width);
      await daan.goto(`${host.url}/me`);
      const { call } = await api<{ call: { id: string } }>(
        daan,
        "query ($id: ID!) { call(id: $id) { id } }",
        {
          id: callPublicId,
        },
      );
      const proposal = await submitProposal(daan, call, {
        title: proposalTitle,
        abstract: "What **really** happens when a function starts cold.",
        tags: ["lambda"],
      });
      await daan.close();

      // Emma, appointed, reaches the board from her menu; she sees no speaker, and nothing of the console.
      const emma = await pageOf("emma", width);
      await emma.goto(`${host.url}/me`);
      await emma.getByRole("link", { name: "Reviews" }).click();
      await emma.getByRole("link", { name: callTitle }).click();
      await emma.getByRole("heading", { name: callTitle }).waitFor();
      await emma.getByRole("link", { name: proposalTitle }).waitFor();
      expect(await emma.locator("main").textContent()).not.toMatch(/Daan|daan|Bakker/);
      await emma.getByText("Anonymised review: the speakers stay hidden from you.").waitFor();
      // So does the reviewer's, with its reviews link.
      expect(await headerRows(emma)).toBe(headerRowsAt(width));
      await expectFine(emma, `talk-board-reviewer-${width}`);
      await emma.getByRole("link", { name: proposalTitle }).click();
      await emma.getByRole("heading", { name: proposalTitle }).waitFor();
      await emma.getByText("Anonymised review: the speakers stay hidden from you.").waitFor();
      await emma.getByText("Others' scores show once you have submitted your own.").waitFor();
      expect(await emma.locator("main").textContent()).not.toMatch(/Daan|daan|Bakker|another date/);
      await expectFine(emma, `talk-review-reviewer-${width}`);

      // By keyboard: a number key scores a criterion and goes on; Ctrl+Enter in the comment submits.
      await emma
        .getByRole("group", { name: /Relevance/ })
        .getByRole("radio")
        .first()
        .focus();
      await emma.keyboard.press("4");
      await emma.keyboard.press("5");
      await expect.poll(() => emma.evaluate(() => document.activeElement?.id)).toBe("review-comment");
      await emma.keyboard.type("Clear and useful.");
      await emma.keyboard.press("Control+Enter");
      await emma.getByText("Your review is saved").waitFor();
      await emma.getByText("Nobody else has reviewed it yet.").waitFor();

      // Emma sees nothing else of the console.
      await emma.goto(`${host.url}/admin/talks/calls/${callPublicId}`);
      await emma.getByRole("heading", { name: "Organisers and hosts only" }).waitFor();
      expect(await emma.getByRole("navigation", { name: "Organiser console" }).count()).toBe(0);
      await emma.getByRole("link", { name: "The calls you review" }).click();
      await emma.getByRole("heading", { name: "Reviews" }).waitFor();
      await emma.close();

      // Lucas scores by keyboard too (Tab through, Enter to submit); Emma's scores show only after his.
      const lucas = await pageOf("lucas", width);
      await lucas.goto(`${host.url}/review/${callPublicId}/proposals/${proposal.publicId}`);
      await lucas.getByRole("heading", { name: proposalTitle }).waitFor();
      await lucas.getByText("Others' scores show once you have submitted your own.").waitFor();
      expect(await lucas.getByRole("list", { name: "Other reviews" }).count()).toBe(0);
      expect(await lucas.locator("main").textContent()).not.toMatch(/Daan|daan|Bakker|Clear and useful/);
      await lucas
        .getByRole("group", { name: /Relevance/ })
        .getByRole("radio")
        .first()
        .focus();
      await lucas.keyboard.press("3");
      await lucas.keyboard.press("2");
      await lucas.keyboard.press("Tab");
      await expect
        .poll(() => lucas.evaluate(() => document.activeElement?.textContent))
        .toBe("Submit my review");
      await lucas.keyboard.press("Enter");
      await lucas.getByText("Your review is saved").waitFor();
      const others = lucas.getByRole("list", { name: "Other reviews" });
      await others.getByText("Emma Visser").waitFor();
      await others.getByText("Clear and useful.").waitFor();
      expect(await lucas.locator("main").textContent()).not.toMatch(/Daan|daan|Bakker/);
      await expectFine(lucas, `talk-review-after-reviewer-${width}`);
      await lucas.close();

      // The organiser sees who speaks, and is told that the appointed reviewers do not: on the proposal…
      const organiserSees =
        "Anonymised review: appointed reviewers do not see who speaks; you do, as an organiser.";
      await organiser.goto(`${host.url}/review/${callPublicId}/proposals/${proposal.publicId}`);
      await organiser.getByText("By Daan Bakker").waitFor();
      await organiser.getByText(organiserSees).waitFor();
      expect(await organiser.getByText(/hidden from you/).count()).toBe(0);

      // …and on the board, where the organiser accepts, with a message; the mean is (4·1+5·2)/3 and (3·1+2·2)/3.
      await organiser.goto(`${host.url}/review/${callPublicId}`);
      const row = organiser.getByRole("listitem").filter({ hasText: proposalTitle });
      await row.getByText("3.5").waitFor();
      await row.getByText(/Daan Bakker/).waitFor();
      await organiser.getByText(organiserSees).waitFor();
      expect(await organiser.getByText(/hidden from/).count()).toBe(0);
      await row.getByRole("button", { name: `Decide on ${proposalTitle}` }).click();
      await row.getByLabel("Message to the speakers").fill("See you on stage!");
      await expectFine(organiser, `talk-board-organiser-${width}`);
      await row.getByRole("button", { name: `Accept ${proposalTitle}` }).click();
      await row.getByText("Accepted, awaiting the speaker").waitFor();

      // The talks list and the proposal in the console say so, with both reviews and the history.
      await organiser.goto(`${host.url}/admin/talks/${host.demo.slug}`);
      await organiser.getByRole("heading", { name: /Talks of/ }).waitFor();
      await expectFine(organiser, `talk-talks-organiser-${width}`);
      await organiser
        .getByRole("list", { name: "Accepted, awaiting the speaker" })
        .getByRole("link", { name: proposalTitle })
        .click();
      await organiser.getByRole("heading", { name: proposalTitle }).waitFor();
      await organiser.getByText("See you on stage!", { exact: true }).waitFor();
      const reviews = organiser.getByRole("list", { name: "Reviews" });
      expect(await reviews.getByRole("listitem").count()).toBe(2);
      await reviews.getByText("Clarity").first().waitFor();
      expect(
        await organiser.getByRole("list", { name: "Changes, newest first" }).getByRole("listitem").count(),
      ).toBeGreaterThanOrEqual(2);
      await expectFine(organiser, `talk-proposal-console-organiser-${width}`);
      await organiser.close();
    },
  );

  test("the organiser opens a call early, edits it, takes a reviewer off and closes it; the board filters and pages", async () => {
    const organiser = await pageOf("organiser", 1280);
    await organiser.goto(`${host.url}/me`);
    const call = await openCall(organiser, host.demo.slug, "Spring call, not open yet", ["emma", "lucas"], {
      opensInDays: 3,
      formats: [
        { name: "Talk", minutes: 30 },
        { name: "Lightning", minutes: 5 },
      ],
    });
    await organiser.goto(`${host.url}/admin/talks/calls/${call.publicId}`);
    await organiser.getByText("Published, not open yet").waitFor();
    await organiser.getByRole("button", { name: "Open now" }).click();
    await organiser.getByText("Open for proposals").waitFor();

    // Twenty-six talks and one lightning talk: more than the board's page of 25.
    const daan = await pageOf("daan", 1280);
    await daan.goto(`${host.url}/me`);
    for (let index = 1; index <= 26; index += 1) {
      await submitProposal(daan, call, {
        title: `Spring talk ${index}`,
        abstract: "A talk.",
        tags: ["spring"],
      });
    }
    await submitProposal(daan, call, {
      title: "A lightning talk on the edge",
      abstract: "Five minutes.",
      tags: ["edge"],
      format: "Lightning",
    });
    await daan.close();

    // The edit keeps what it does not change and says it saved.
    await organiser.getByRole("link", { name: "Edit" }).click();
    await organiser.getByLabel("Title").fill("Spring call for lightning and longer talks");
    await organiser.getByRole("button", { name: "Save the call" }).click();
    await organiser.getByRole("heading", { name: "Spring call for lightning and longer talks" }).waitFor();
    await organiser.getByText("The call is saved").waitFor();
    expect(await organiser.getByText("Talk (30 min), Lightning (5 min)").count()).toBe(1);

    await organiser.getByRole("button", { name: "Remove Lucas Jansen" }).click();
    await expect
      .poll(() => organiser.getByRole("list", { name: "Appointed reviewers" }).getByRole("listitem").count())
      .toBe(1);
    await organiser
      .getByRole("list", { name: "Appointed reviewers" })
      .getByText("Emma Visser")
      .first()
      .waitFor();

    // Emma's board: a page of 25 and the next, and filters by format and tag.
    const emma = await pageOf("emma", 1280);
    await emma.goto(`${host.url}/review/${call.publicId}`);
    const rows = emma.getByRole("list", { name: "Proposals by weighted mean" }).getByRole("listitem");
    await expect.poll(() => rows.count()).toBe(25);
    await emma.getByRole("button", { name: "Next page" }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await emma.getByRole("button", { name: "Previous page" }).click();
    await expect.poll(() => rows.count()).toBe(25);
    await emma.getByLabel("Format").selectOption({ label: "Lightning" });
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByText("A lightning talk on the edge").waitFor();
    await emma.getByLabel("Format").selectOption({ label: "Every format" });
    await emma.getByLabel("Tag").fill("edge");
    await emma.getByLabel("Tag").press("Enter");
    await expect.poll(() => rows.count()).toBe(1);
    await emma.getByLabel("Not yet reviewed by me").check();
    await expect.poll(() => rows.count()).toBe(1);
    await expectFine(emma, "talk-board-filtered-reviewer-1280");
    // Taken off the call, Lucas no longer reaches its board.
    const lucas = await pageOf("lucas", 1280);
    await lucas.goto(`${host.url}/review/${call.publicId}`);
    await lucas.getByRole("heading", { name: "Only the reviewers of this call see its board" }).waitFor();
    await lucas.close();
    await emma.close();

    await organiser.getByRole("button", { name: "Close now" }).click();
    await organiser.getByText("It takes no more proposals: its reviewers score what came in.").waitFor();
    expect(await organiser.getByRole("button", { name: "Close now" }).count()).toBe(0);
    await organiser.close();
  });

  test("an organiser appointed to review too keeps the top bar in one row, the name said by the avatar's link", async () => {
    const organiser = await pageOf("organiser", 1280);
    await organiser.goto(`${host.url}/me`);
    await openCall(organiser, host.demo.slug, "Call the organiser reviews too", ["sanne"]);
    await organiser.goto(`${host.url}/review`);
    const menu = organiser.getByRole("list", { name: "Your account" });
    await menu.getByRole("link", { name: "Reviews" }).waitFor();
    await menu.getByRole("link", { name: "Console" }).waitFor();
    await menu.getByRole("link", { name: "Sanne de Vries (your profile)" }).waitFor();
    expect(await headerRows(organiser)).toBe(1);
    await expectFine(organiser, "talk-reviews-organiser-reviewer-1280");
    // On a phone every link is still there, on the page's width.
    await organiser.setViewportSize({ width: 360, height: 740 });
    for (const name of ["Console", "Reviews", "My meetups", "Sanne de Vries (your profile)"])
      expect(await menu.getByRole("link", { name }).isVisible(), name).toBe(true);
    expect(await menu.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    await expectFine(organiser, "talk-reviews-organiser-reviewer-360");
    await organiser.close();
  });

  test("the organiser rejects a proposal and cancels a confirmed talk from the console, each with a message", async () => {
    const organiser = await pageOf("organiser", 1280);
    await organiser.goto(`${host.url}/me`);
    const call = await openCall(organiser, host.demo.slug, "Autumn call", ["emma"]);
    const daan = await pageOf("daan", 1280);
    await daan.goto(`${host.url}/me`);
    const kept = await submitProposal(daan, call, {
      title: "Step Functions at scale",
      abstract: "Many steps.",
    });
    const refused = await submitProposal(daan, call, {
      title: "Yet another hello world",
      abstract: "Hello.",
    });
    await api(organiser, "mutation ($id: ID!) { acceptProposal(proposalId: $id) { __typename } }", {
      id: kept.id,
    });
    await api(daan, "mutation ($id: ID!) { confirmTalk(proposalId: $id) { __typename } }", { id: kept.id });
    await daan.close();

    await organiser.goto(`${host.url}/admin/talks/proposals/${refused.publicId}`);
    await organiser
      .getByLabel("Message to the speakers")
      .fill("We had many of these; thank you all the same.");
    await organiser.getByRole("button", { name: "Reject Yet another hello world" }).click();
    await organiser.getByText("Rejected", { exact: true }).waitFor();
    await organiser.getByText("We had many of these; thank you all the same.", { exact: true }).waitFor();

    await organiser.goto(`${host.url}/admin/talks/proposals/${kept.publicId}`);
    await organiser.getByText("Confirmed", { exact: true }).waitFor();
    // A cancellation without a reason is refused before it reaches the API, and nothing changes.
    await organiser.getByRole("button", { name: "Cancel the talk Step Functions at scale" }).click();
    await organiser.getByText("Tell its speakers why, in a sentence or two.").waitFor();
    await organiser.getByText("Confirmed", { exact: true }).waitFor();
    await organiser
      .getByLabel("Why the talk is cancelled")
      .fill("The venue fell through; we will ask again.");
    await organiser.getByRole("button", { name: "Cancel the talk Step Functions at scale" }).click();
    await organiser.getByText("Cancelled", { exact: true }).waitFor();
    await expectFine(organiser, "talk-proposal-cancelled-organiser-1280");

    await organiser.goto(`${host.url}/admin/talks/${host.demo.slug}`);
    await organiser
      .getByRole("region", { name: "Autumn call" })
      .getByRole("list", { name: "Cancelled" })
      .getByRole("link", { name: "Step Functions at scale" })
      .waitFor();
    await organiser.close();
  });
});
