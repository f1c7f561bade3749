import { type Receiver, startReceiver } from "@meetstream/core/testing/webhook-receiver";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { meetupInput } from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { newMember } from "./sign-in";
import { api } from "./talk-seed";
import { startTestHost, temporaryDataFolder } from "./test-host";

const confirmations = "An RSVP gets seats";

/**
 * An organiser's webhook, in order: Olga adds one for her community's RSVPs, pointing at a receiver this
 * test runs on loopback, copies its secret, sees the delivery Mia's RSVP causes in the log, and
 * redelivers it; then rotates the secret and disables the webhook. Axe-clean at 1280 and 360 px.
 */
describe("webhooks in the organiser console, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let receiver: Receiver;
  let olga: { context: BrowserContext; page: Page };
  let mia: { context: BrowserContext; page: Page };
  let communityId: string;
  let meetupId: string;
  let secret: string;

  const page = () => olga.page;
  const consolePage = () => `${host.url}/admin/webhooks`;

  beforeAll(async () => {
    [browser, dataFolder, receiver] = await Promise.all([
      launchChromium(),
      temporaryDataFolder(),
      startReceiver(),
    ]);
    host = await startTestHost(dataFolder.path);
    olga = await newMember(browser, host.url, "olga@example.org", "Olga Jansen", "olga");
    const { foundCommunity } = await api(
      olga.page,
      "mutation ($input: FoundCommunityInput!) { foundCommunity(input: $input) { ... on Community { id } } }",
      {
        input: { name: "Serverless Meetup Rotterdam", slug: "serverless-rotterdam", description: "Meetups." },
      },
    );
    communityId = foundCommunity.id;
    const { scheduleMeetup } = await api(
      olga.page,
      "mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { ... on Meetup { id } } }",
      { input: meetupInput(communityId, { capacity: 20 }) },
    );
    meetupId = scheduleMeetup.id;
    await api(olga.page, "mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }", {
      id: meetupId,
    });
    mia = await newMember(browser, host.url, "mia@example.org", "Mia de Vries", "mia");
    await api(mia.page, "mutation ($id: ID!) { joinCommunity(communityId: $id) { __typename } }", {
      id: communityId,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await receiver?.close();
    await dataFolder?.remove();
  });

  test("the console's menu leads to the webhooks, which start empty", async () => {
    await page().goto(`${host.url}/admin`);
    await page().getByRole("link", { name: "Webhooks" }).first().click();
    await page().waitForURL(consolePage());
    await page().getByRole("heading", { level: 1, name: "Webhooks" }).waitFor();
    await page().getByText("No webhook yet.").waitFor();
  });

  test("a URL that is not https is refused on its field, in words", async () => {
    await page().getByLabel("URL").fill("http://hooks.example.com/in");
    await page().getByRole("checkbox", { name: confirmations }).check();
    await page().getByRole("button", { name: "Add the webhook" }).click();
    await page().getByText("This URL cannot receive webhooks: it must start with https://.").waitFor();
  });

  test("an organiser adds a webhook to a receiver and is shown its secret once", async () => {
    await page().getByLabel("URL").fill(`${receiver.origin}/meetstream`);
    await page().getByRole("button", { name: "Add the webhook" }).click();
    const notice = page().getByRole("status").filter({ hasText: "The webhook is added" });
    await notice.waitFor();
    secret = (await notice.locator("code").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    await page()
      .getByRole("heading", { level: 3, name: `${receiver.origin}/meetstream` })
      .waitFor();
    await screenshot(page(), "webhooks-added-1280");
    await page().getByRole("button", { name: "I have copied it" }).click();
    expect(await page().getByText(secret).count()).toBe(0);
    // Gone for good: a reload shows no secret.
    await page().reload();
    await page()
      .getByRole("heading", { level: 3, name: `${receiver.origin}/meetstream` })
      .waitFor();
    expect(await page().locator("main").textContent()).not.toContain("whsec_");
  });

  test("an RSVP is delivered, signed, and shows in the log in the viewer's time; it is redelivered", async () => {
    await api(mia.page, "mutation ($id: ID!) { rsvp(meetupId: $id, guests: 1) { __typename } }", {
      id: meetupId,
    });
    const deadline = Date.now() + 10_000;
    while (receiver.requests.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const [request] = receiver.requests;
    if (!request) throw new Error("the receiver got nothing");
    const headers = {
      "webhook-id": String(request.headers["webhook-id"]),
      "webhook-timestamp": String(request.headers["webhook-timestamp"]),
      "webhook-signature": String(request.headers["webhook-signature"]),
    };
    expect(new Webhook(secret).verify(request.body, headers)).toMatchObject({ type: "rsvp.confirmed" });

    await page().getByRole("button", { name: "Refresh" }).click();
    const log = page().getByRole("list", {
      name: `Deliveries to ${receiver.origin}/meetstream, newest first`,
    });
    const row = log.getByRole("listitem").filter({ hasText: confirmations });
    await row.getByText("Delivered").waitFor();
    await row.getByText("1 try · last: HTTP 200 in").waitFor();
    // In the viewer's own zone, as people write times: no ISO instant, no id.
    const text = (await row.textContent()) ?? "";
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
    await screenshot(page(), "webhooks-delivered-1280");

    await row.getByRole("button", { name: /^Redeliver/ }).click();
    await page().getByText(`Sent again: ${confirmations}.`).waitFor();
    const again = Date.now() + 10_000;
    while (receiver.requests.length < 2 && Date.now() < again)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1]?.headers["webhook-id"]).toBe(request.headers["webhook-id"]);
    await page().getByRole("button", { name: "Refresh" }).click();
    await row.getByText("2 tries · last: HTTP 200 in").waitFor();
  });

  test("rotating shows the new secret once and says the old one keeps signing; disabling says so", async () => {
    await page().getByRole("button", { name: "Rotate the secret" }).click();
    const notice = page().getByRole("status").filter({ hasText: "A new signing secret" });
    await notice.waitFor();
    const rotated = (await notice.locator("code").textContent()) ?? "";
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await page().getByText("The previous secret signs beside the new one until").waitFor();
    await page().getByRole("button", { name: "I have copied it" }).click();
    await page().getByRole("button", { name: "Disable" }).click();
    await page().getByRole("button", { name: "Enable" }).waitFor();
    await page().getByText("Disabled", { exact: true }).waitFor();
  });

  test("a viewer in Tokyo reads the log's times in Tokyo's time", async () => {
    const context = await newContext(browser, {
      timezoneId: "Asia/Tokyo",
      storageState: await olga.context.storageState(),
    });
    const visit = await context.newPage();
    await visit.goto(consolePage());
    const row = visit
      .getByRole("list", { name: `Deliveries to ${receiver.origin}/meetstream, newest first` })
      .getByRole("listitem")
      .first();
    const createdAt = (await row.locator("time").getAttribute("datetime")) ?? "";
    const tokyo = new Date(Date.parse(createdAt) + 9 * 3_600_000);
    const clock = `${String(tokyo.getUTCHours()).padStart(2, "0")}:${String(tokyo.getUTCMinutes()).padStart(2, "0")}`;
    expect(await row.locator("time").textContent()).toMatch(new RegExp(`, ${clock} GMT\\+9$`));
    await context.close();
  });

  test("the page is axe-clean and fits 360 px without sideways scroll", async () => {
    for (const width of [1280, 360] as const) {
      const context = await newContext(browser, {
        viewport: { width, height: width === 360 ? 740 : 800 },
        ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
        storageState: await olga.context.storageState(),
      });
      const visit = await context.newPage();
      await visit.goto(consolePage());
      await visit.getByRole("heading", { level: 3, name: `${receiver.origin}/meetstream` }).waitFor();
      expect(await seriousViolations(visit), `webhooks at ${width} px`).toEqual([]);
      expect(await horizontalOverflow(visit), `webhooks at ${width} px`).toBe(0);
      await screenshot(visit, `webhooks-${width}`);
      await context.close();
    }
  });

  test("a disabled webhook's mail is a choice for organisers only, for the communities they organise", async () => {
    const label = "Webhooks of your communities that stopped";
    await olga.page.goto(`${host.url}/me/notifications`);
    await olga.page.getByRole("checkbox", { name: label, exact: true }).waitFor();
    expect(await olga.page.getByRole("checkbox", { name: label, exact: true }).isChecked()).toBe(true);
    await mia.page.goto(`${host.url}/me/notifications`);
    await mia.page.getByRole("checkbox", { name: "Your RSVP is confirmed", exact: true }).waitFor();
    expect(await mia.page.getByText(label).count()).toBe(0);
  });
});
