import { type Receiver, startReceiver } from "@meetstream/core/testing/webhook-receiver";
import { afterAll, beforeAll, expect, test } from "vitest";
import { meetupInput } from "../graphql/meetup-test-client";
import { type WebhookClient, webhookClient } from "../graphql/webhook-test-client";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import type { LocalHost } from "./host";

/**
 * Webhooks ride the local host's messaging turn beside the mail: a receiver that never answers costs its
 * own deliveries their timeout, and nobody's mail. Its tries are logged as timeouts and come due again.
 */
const dataFolder = dataFoldersRemovedAfterAll()();
let host: LocalHost;
let hanging: Receiver;
let client: WebhookClient;

beforeAll(async () => {
  hanging = await startReceiver(() => "hang");
  host = await startTestHost({ dataFolder, webhookPolicy: { timeoutMilliseconds: 3_000 } });
  client = webhookClient(host.url);
});
afterAll(async () => {
  await host.close();
  await hanging.close();
});

test("an RSVP's mail arrives while the webhook for it hangs, and the hanging try is logged as a timeout", async () => {
  const organiser = await client.signIn("olga-hanging@example.com");
  const ann = await client.signIn("ann-hanging@example.com");
  const { id: communityId } = await client.found(organiser, { name: "Hanging receivers", slug: "hanging" });
  await client.join(ann, communityId);
  const created = await client.createWebhook(organiser, {
    communityId,
    url: `${hanging.origin}/never`,
    kinds: ["MEETUP_PUBLISHED", "RSVP_CONFIRMED"],
  });
  expect(created.__typename).toBe("WebhookWithSecret");
  const scheduled = await client.schedule(organiser, meetupInput(communityId));
  await client.publish(organiser, scheduled.id);
  const rsvpAt = performance.now();
  await client.rsvp(ann, scheduled.id);

  const deadline = performance.now() + 2_000;
  let mailed = false;
  while (!mailed && performance.now() < deadline) {
    const messages = (await (await fetch(`${host.url}/dev/mailbox.json`)).json()) as { to: string }[];
    mailed = messages.some((message) => message.to === "ann-hanging@example.com");
    if (!mailed) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(mailed, "the RSVP's mail arrived within a second or two").toBe(true);
  expect(performance.now() - rsvpAt).toBeLessThan(2_000);
  // The RSVP's delivery went out too while the publication's still hung: neither waited for the other.
  const sent = performance.now() + 2_000;
  while (hanging.requests.length < 2 && performance.now() < sent)
    await new Promise((resolve) => setTimeout(resolve, 20));
  expect(hanging.requests.map(({ path }) => path)).toEqual(["/never", "/never"]);
  expect(performance.now() - rsvpAt).toBeLessThan(2_500);

  const webhooks = await (async () => {
    const until = performance.now() + 8_000;
    for (;;) {
      const found = await client.webhooksOf(organiser, "hanging");
      const attempts = found[0].deliveries.edges.flatMap(
        ({ node }: { node: { attempts: unknown[] } }) => node.attempts,
      );
      if (attempts.length >= 2 || performance.now() > until) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  for (const { node } of webhooks[0].deliveries.edges)
    expect(node).toMatchObject({ status: "PENDING", attempts: [{ outcome: "timeout" }] });
}, 20_000);
