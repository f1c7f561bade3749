import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { InvalidCursor } from "../documents/errors";
import {
  NotAWebhookOrganiser,
  TooManyWebhooks,
  UnknownWebhookKind,
  WebhookDeliveryNotFound,
  WebhookNotFound,
  WebhookUrlRefused,
} from "./errors";
import { webhooksPerCommunity } from "./queries";
import { type WebhookWorld, webhookWorld } from "./test-world";

let world: WebhookWorld;
let organiser: string;
let communityId: string;
let stranger: string;
let member: string;
let otherOrganiser: string;
let webhookId: string;

beforeEach(async () => {
  world = webhookWorld();
  organiser = await world.register("olga");
  ({ id: communityId } = await world.communities.found({
    actor: organiser,
    input: { name: "Serverless Rotterdam", slug: "serverless-rotterdam", joinMode: "open" },
  }));
  member = await world.register("mia");
  await world.communities.join({ actor: member, communityId });
  stranger = await world.register("sam");
  otherOrganiser = await world.register("oscar");
  await world.communities.found({
    actor: otherOrganiser,
    input: { name: "Elsewhere", slug: "elsewhere", joinMode: "open" },
  });
  ({
    webhook: { id: webhookId },
  } = await world.webhooks.subscribe({
    communityId,
    url: "https://hooks.example.com/in",
    kinds: ["meetup.published"],
    actor: organiser,
  }));
});
afterEach(() => world.close());

describe("who manages a community's webhooks", () => {
  test("its organisers see them, without their secret", async () => {
    const listed = await world.webhooks.webhooksOf(communityId, organiser);
    expect(listed?.map(({ id, url }) => ({ id, url }))).toEqual([
      { id: webhookId, url: "https://hooks.example.com/in" },
    ]);
    expect(JSON.stringify(listed)).not.toContain("whsec_");
  });

  test.each([
    ["a member", () => member],
    ["a signed-in stranger", () => stranger],
    ["another community's organiser", () => otherOrganiser],
    ["a visitor", () => undefined],
  ])("%s sees none of them, nor their deliveries", async (_, viewer) => {
    expect(await world.webhooks.webhooksOf(communityId, viewer())).toBeNull();
    expect(await world.webhooks.webhookOf(webhookId, viewer())).toBeUndefined();
    expect(await world.webhooks.deliveriesOf(webhookId, viewer(), { first: 10 })).toBeUndefined();
  });

  test.each([
    ["a member", () => member],
    ["another community's organiser", () => otherOrganiser],
  ])("%s may neither subscribe nor change one", async (_, actor) => {
    await expect(
      world.webhooks.subscribe({
        communityId,
        url: "https://x.example",
        kinds: ["meetup.published"],
        actor: actor(),
      }),
    ).rejects.toThrow(NotAWebhookOrganiser);
    for (const change of [
      world.webhooks.rotateSecret,
      world.webhooks.disable,
      world.webhooks.enable,
      world.webhooks.delete,
    ])
      await expect(change({ webhookId, actor: actor() })).rejects.toThrow(NotAWebhookOrganiser);
    await expect(world.webhooks.redeliver({ webhookId, deliveryId: "x", actor: actor() })).rejects.toThrow(
      NotAWebhookOrganiser,
    );
  });

  test("a deleted subscription is gone for everyone", async () => {
    await world.webhooks.delete({ webhookId, actor: organiser });
    expect(await world.webhooks.webhooksOf(communityId, organiser)).toEqual([]);
    await expect(world.webhooks.enable({ webhookId, actor: organiser })).rejects.toThrow(WebhookNotFound);
  });
});

describe("what an organiser may not ask", () => {
  test.each([
    ["http://hooks.example.com/in", WebhookUrlRefused],
    ["https://u:p@hooks.example.com/", WebhookUrlRefused],
    ["x".repeat(5000), WebhookUrlRefused],
  ])("a URL like %s", async (url, error) => {
    await expect(
      world.webhooks.subscribe({ communityId, url, kinds: ["meetup.published"], actor: organiser }),
    ).rejects.toThrow(error);
  });

  test("a kind Meetstream does not send", async () => {
    await expect(
      world.webhooks.subscribe({
        communityId,
        url: "https://x.example",
        kinds: ["RsvpConfirmed"],
        actor: organiser,
      }),
    ).rejects.toThrow(UnknownWebhookKind);
  });

  test(`more than ${webhooksPerCommunity} subscriptions`, async () => {
    for (let index = 1; index < webhooksPerCommunity; index++)
      await world.webhooks.subscribe({
        communityId,
        url: `https://x.example/${index}`,
        kinds: ["meetup.published"],
        actor: organiser,
      });
    await expect(
      world.webhooks.subscribe({
        communityId,
        url: "https://x.example/last",
        kinds: ["meetup.published"],
        actor: organiser,
      }),
    ).rejects.toThrow(TooManyWebhooks);
  });

  test("ids that are no ids, a delivery that is not one, a cursor it was not given", async () => {
    await expect(world.webhooks.disable({ webhookId: "../../etc", actor: organiser })).rejects.toThrow(
      WebhookNotFound,
    );
    await expect(
      world.webhooks.redeliver({ webhookId, deliveryId: "nope", actor: organiser }),
    ).rejects.toThrow(WebhookDeliveryNotFound);
    await expect(
      world.webhooks.deliveriesOf(webhookId, organiser, { first: 10, after: "%%%" }),
    ).rejects.toThrow(InvalidCursor);
    expect(await world.webhooks.webhooksOf("not-an-id", organiser)).toBeNull();
  });
});
