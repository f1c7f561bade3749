import {
  type WebhookActor,
  webhookActors,
  webhookManagers,
} from "@meetstream/core/testing/authorization-actors";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { idPattern } from "../testing/authorization-actors";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { type WebhookClient, webhookClient } from "./webhook-test-client";

/**
 * Who may manage a community's webhooks, over GraphQL on the real local host: its organiser (Olga) alone.
 * Mia is a member of it; Oscar organises another community; a visitor is signed in as nobody. Each row
 * asks every mutation and read, and only Olga's change anything (core's table: testing/authorization-actors.ts).
 */

let host: LocalHost;
let client: WebhookClient;
const people = {} as Record<Exclude<WebhookActor, "anonymous">, Person>;
let communityId: string;
const slug = "webhook-matrix";
let webhookId: string;

const personOf = (actor: WebhookActor) => (actor === "anonymous" ? undefined : people[actor]);

beforeAll(async () => {
  host = await startTestHost();
  client = webhookClient(host.url);
  people.organiser = await client.signIn("olga-webhooks@example.com");
  people.member = await client.signIn("mia-webhooks@example.com");
  people.otherOrganiser = await client.signIn("oscar-webhooks@example.com");
  ({ id: communityId } = await client.found(people.organiser, { name: "Webhook matrix", slug }));
  await client.join(people.member, communityId);
  await client.found(people.otherOrganiser, { name: "Another community", slug: "webhook-elsewhere" });
});
afterAll(() => host.close());

beforeEach(async () => {
  // Each case starts from one webhook: a community holds 20 at most.
  for (const { id } of await client.webhooksOf(people.organiser, slug))
    await client.remove(people.organiser, id);
  const created = await client.createWebhook(people.organiser, {
    communityId,
    url: "https://hooks.example.com/in",
    kinds: ["MEETUP_PUBLISHED"],
  });
  expect(created.__typename).toBe("WebhookWithSecret");
  webhookId = created.webhook.id;
});

const refusedAs = (actor: WebhookActor) => (actor === "anonymous" ? "NotSignedIn" : "NotAWebhookOrganiser");

describe.each(webhookActors)("%s", (actor) => {
  const allowed = webhookManagers.includes(actor);

  test(allowed ? "creates a webhook and sees its secret once" : "creates none", async () => {
    const answer = await client.createWebhook(personOf(actor), {
      communityId,
      url: "https://other.example.com/in",
      kinds: ["RSVP_CONFIRMED"],
    });
    expect(answer.__typename).toBe(allowed ? "WebhookWithSecret" : refusedAs(actor));
    if (allowed) expect(answer.secret).toMatch(/^whsec_[\w+/]+=*$/);
    else expect(answer.message).not.toMatch(idPattern);
  });

  test(allowed ? "sees the community's webhooks, never a secret" : "sees none of them", async () => {
    const webhooks = await client.webhooksOf(personOf(actor), slug);
    if (!allowed) return expect(webhooks).toBeNull();
    expect(webhooks.map(({ id }: { id: string }) => id)).toContain(webhookId);
    expect(JSON.stringify(webhooks)).not.toContain("whsec_");
  });

  test.each([
    ["rotate", "WebhookWithSecret"],
    ["disable", "Webhook"],
    ["enable", "Webhook"],
    ["remove", "WebhookDeleted"],
  ] as const)(`${allowed ? "may" : "may not"} %s one`, async (change, success) => {
    const answer = await client[change](personOf(actor), webhookId);
    expect(answer.__typename).toBe(allowed ? success : refusedAs(actor));
    const still = await client.webhooksOf(people.organiser, slug);
    expect(still.some(({ id }: { id: string }) => id === webhookId)).toBe(!(allowed && change === "remove"));
  });

  test(`${allowed ? "is told there is no such delivery" : "is refused"} when redelivering one that is not there`, async () => {
    const answer = await client.redeliver(
      personOf(actor),
      webhookId,
      "0190c0de-0000-7000-8000-000000000001.meetup.published",
    );
    expect(answer.__typename).toBe(allowed ? "WebhookDeliveryNotFound" : refusedAs(actor));
  });
});
