import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { meetupInput } from "../../functions/src/graphql/meetup-test-client";
import { bounceWhileStopped } from "../../functions/src/graphql/notification-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { newMember } from "./sign-in";
import { api } from "./talk-seed";
import { startTestHost, temporaryDataFolder } from "./test-host";

const reminders = "Reminders before a meetup you are going to";
const announcements = "New meetups of your communities";
const confirmations = "Your RSVP is confirmed";

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * One member's email settings, in order: each test starts where the previous one left them. Mia belongs
 * to two communities Olga organises; she turns reminders off everywhere and announcements on for one of
 * them, gets the announcement of its next meetup and follows the unsubscribe link at its foot as a visitor
 * would, is refused that link changed on its way, and resumes after her mail bounced.
 */
describe("email notification settings and the unsubscribe link, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let mia: BrowserContext;
  let page: Page;
  let olga: Awaited<ReturnType<typeof newMember>>;
  let miaId: string;
  let rotterdam: string;
  /** The link at the foot of the announcement Mia got. */
  let unsubscribeLink: URL;

  const settingsPage = () => `${host.url}/me/notifications`;
  /** The box of a kind, everywhere; or in one community, under the kind. */
  const box = (kind: string, community?: string) =>
    community
      ? page
          .getByRole("group", { name: `${kind}: in each community` })
          .getByRole("checkbox", { name: community })
      : page.getByRole("checkbox", { name: kind, exact: true });
  const checked = (kind: string, community?: string) => box(kind, community).isChecked();

  /** A page as someone else sees it, at a width: a visitor unless `as` shares a sign-in. */
  async function pageAt(width: 1280 | 360, as?: BrowserContext) {
    const context = await newContext(browser, {
      viewport: { width, height: width === 360 ? 740 : 800 },
      ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
      ...(as ? { storageState: await as.storageState() } : {}),
    });
    return { context, page: await context.newPage() };
  }

  /** Fits at 360 px without sideways scroll, and axe finds nothing serious, at both widths; screenshots of each. */
  async function checkedAtBothWidths(
    address: string,
    name: string,
    ready: (page: Page) => Promise<void>,
    as?: BrowserContext,
  ) {
    for (const width of [1280, 360] as const) {
      const visit = await pageAt(width, as);
      await visit.page.goto(address);
      await ready(visit.page);
      expect(await seriousViolations(visit.page), `${name} at ${width} px`).toEqual([]);
      expect(await horizontalOverflow(visit.page), `${name} at ${width} px`).toBe(0);
      await screenshot(visit.page, `${name}-${width}`);
      await visit.context.close();
    }
  }

  /** The newest message to `to` whose subject names `subject`, as soon as the dev mailbox has it. */
  async function mailWith(to: string, subject: string): Promise<Mail> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const messages = (await (await fetch(`${host.url}/dev/mailbox.json`)).json()) as Mail[];
      const mail = messages.find((candidate) => candidate.to === to && candidate.subject.includes(subject));
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no message about "${subject}" reached ${to}`);
  }

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    olga = await newMember(browser, host.url, "olga@example.org", "Olga Jansen", "olga");
    const communities: string[] = [];
    for (const [name, slug] of [
      ["Serverless Meetup Rotterdam", "serverless-rotterdam"],
      ["Cloud Native Utrecht", "cloud-native-utrecht"],
    ] as const) {
      const { foundCommunity } = await api(
        olga.page,
        `mutation ($input: FoundCommunityInput!) { foundCommunity(input: $input) { ... on Community { id } } }`,
        { input: { name, slug, description: `Meetups of ${name}.` } },
      );
      communities.push(foundCommunity.id);
    }
    rotterdam = communities[0] as string;

    ({ context: mia, page } = await newMember(browser, host.url, "mia@example.org", "Mia de Vries", "mia"));
    for (const communityId of communities)
      await api(page, "mutation ($id: ID!) { joinCommunity(communityId: $id) { __typename } }", {
        id: communityId,
      });
    miaId = (await api(page, "{ me { member { id } } }")).me.member.id;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("the member's profile leads to the settings, where every kind says what it is, in words", async () => {
    await page.goto(`${host.url}/me`);
    await page.getByRole("link", { name: "Choose what you get" }).click();
    await page.waitForURL(settingsPage());
    await page.getByRole("heading", { level: 1, name: "Email notifications" }).waitFor();

    // Defaults as Meetup members expect them: what concerns their own RSVPs on, announcements off.
    expect(await checked(confirmations)).toBe(true);
    expect(await checked(reminders)).toBe(true);
    expect(await checked(announcements)).toBe(false);
    await page.getByText("Off until you turn it on.").first().waitFor();
    // No kind named as the API names it, no id: labels in words.
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toMatch(/[A-Z]{3,}_[A-Z_]+|meetup-reminder|Q29tbXVuaXR5/);
    await screenshot(page, "notifications-defaults-1280");
  });

  test("one kind off everywhere, announcements on for one community: said at once, and kept after a reload", async () => {
    await box(reminders).uncheck();
    await page.getByRole("status").getByText(`Saved: “${reminders}” off everywhere.`).waitFor();
    expect(await checked(reminders)).toBe(false);

    await page.getByText(`Choose for each community: ${announcements}`).click();
    await box(announcements, "Serverless Meetup Rotterdam").check();
    await page
      .getByRole("status")
      .getByText(`Saved: “${announcements}” on in Serverless Meetup Rotterdam.`)
      .waitFor();
    await box(announcements)
      .locator("xpath=ancestor::li[1]")
      .getByText("chosen for this community")
      .waitFor();
    await screenshot(page, "notifications-changed-1280");

    await page.reload();
    await box(reminders).waitFor();
    expect(await checked(reminders)).toBe(false);
    expect(await checked(announcements)).toBe(false);
    // A kind chosen for a community opens on it.
    expect(await checked(announcements, "Serverless Meetup Rotterdam")).toBe(true);
    expect(await checked(announcements, "Cloud Native Utrecht")).toBe(false);
    expect(await checked(confirmations)).toBe(true);
  });

  test("the settings page passes axe and fits 360 px", () =>
    checkedAtBothWidths(
      settingsPage(),
      "notifications",
      (visit) => visit.getByRole("checkbox", { name: reminders, exact: true }).waitFor(),
      mia,
    ));

  test("the next meetup of the community she chose reaches her, and the link at its foot, followed by a visitor, stops that kind everywhere and says which", async () => {
    const { scheduleMeetup } = await api(
      olga.page,
      "mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { ... on Meetup { id } } }",
      { input: meetupInput(rotterdam, { title: "Step Functions in practice" }) },
    );
    await api(olga.page, "mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }", {
      id: scheduleMeetup.id,
    });
    const announcement = await mailWith("mia@example.org", "Step Functions in practice");
    const link = /(https?:\/\/\S+\/unsubscribe\?token=[^\s\]>)"]+)/.exec(announcement.text)?.[1];
    if (!link) throw new Error(`no unsubscribe link at the foot of "${announcement.subject}"`);
    unsubscribeLink = new URL(link);
    expect(unsubscribeLink.origin).toBe(host.url);

    const visitor = await pageAt(1280);
    await visitor.page.goto(unsubscribeLink.href);
    await visitor.page.getByRole("heading", { level: 1, name: "You are unsubscribed" }).waitFor();
    await visitor.page.getByText(`You will no longer get: ${announcements}`).waitFor();
    await screenshot(visitor.page, "unsubscribed-1280");

    // Its way to the settings asks the visitor to sign in first, saying why.
    await visitor.page.getByRole("link", { name: "Choose what you get" }).click();
    await visitor.page.getByText("Sign in to choose which emails you get.").waitFor();
    await visitor.context.close();

    // The link once more (a second click): the same words, at both widths, and nothing more changes.
    await checkedAtBothWidths(unsubscribeLink.href, "unsubscribed", (visit) =>
      visit.getByText(`You will no longer get: ${announcements}`).waitFor(),
    );

    await page.reload();
    await box(reminders).waitFor();
    expect(await checked(announcements)).toBe(false);
    expect(await checked(announcements, "Serverless Meetup Rotterdam")).toBe(false);
    // Only that kind stopped.
    expect(await checked(reminders)).toBe(false);
    expect(await checked(confirmations)).toBe(true);
  });

  test("that link changed on its way is refused in words, and changes nothing", async () => {
    // Announcements on again: a link that worked would turn them off.
    await box(announcements).check();
    await page.getByRole("status").getByText(`Saved: “${announcements}” on everywhere.`).waitFor();
    const token = unsubscribeLink.searchParams.get("token") ?? "";
    const [payload, signature = ""] = token.split(".");
    const tampered = new URL(unsubscribeLink);
    tampered.searchParams.set(
      "token",
      `${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`,
    );
    await checkedAtBothWidths(tampered.href, "unsubscribe-refused", async (visit) => {
      await visit.getByRole("heading", { level: 1, name: "This link did not work" }).waitFor();
      await visit.getByText("Nothing was changed").waitFor();
      await visit.getByText("This unsubscribe link is not valid").waitFor();
    });

    await page.reload();
    await box(announcements).waitFor();
    expect(await checked(announcements)).toBe(true);
  });

  test("after her mail bounced, the member is told why and resumes, and the notice goes", async () => {
    // A bounce comes from SES on AWS; locally it is written on the stopped host's data folder.
    const port = Number(new URL(host.url).port);
    await host.close();
    await bounceWhileStopped(dataFolder.path, { id: miaId });
    host = await startTestHost(dataFolder.path, port);

    await page.goto(settingsPage());
    const notice = page.getByRole("status").filter({ hasText: "We have stopped emailing you" });
    await notice.getByText("Emails to your address could not be delivered").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "notifications-suppressed-1280");

    await notice.getByRole("button", { name: "Resume" }).click();
    await page.getByText("Emails will reach you again").waitFor();
    await notice.waitFor({ state: "detached" });
    // What she chose stays as she chose it.
    expect(await checked(reminders)).toBe(false);
    await screenshot(page, "notifications-resumed-1280");

    await page.reload();
    await box(reminders).waitFor();
    expect(await page.getByText("We have stopped emailing you").count()).toBe(0);
  });
});
