import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { DocumentStore } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import type { EventEnvelope } from "../eventstore/envelope";
import { newId } from "../ids/new-id";
import { projector } from "../projection/projector";
import { openDatabase } from "../sqlite/database";
import { memberProjections } from "./documents";
import { erasureFinishedReactor } from "./erasure-finished";
import { MemberNotFound, MemberErased as MemberWasErased, NotYourProfile } from "./errors";
import { MemberErased } from "./events";
import { type MemberWorld, memberWorld } from "./test-world";

let world: MemberWorld;
beforeEach(() => {
  world = memberWorld();
});
afterEach(() => {
  world.close();
});

const ann = {
  email: "ann.lovelace@example.com",
  displayName: "Ann Lovelace",
  bio: "Ada's biographer, on weekends.",
  links: [{ label: "Homepage", url: "https://lovelace.example/ann" }],
  avatarUrl: "https://lovelace.example/ann.png",
};
/** Everything personal about Ann: none of it may survive her erasure. */
const annTraces = ["ann.lovelace", "Ann Lovelace", "biographer", "lovelace.example"];

async function registerAnn(): Promise<string> {
  const { memberId } = await world.members.signIn(ann.email);
  const { email: _email, ...profile } = ann;
  await world.members.updateProfile({ memberId, actor: memberId, input: { displayName: "Ann L" } });
  await world.members.updateProfile({ memberId, actor: memberId, input: { ...profile, handle: "ann" } });
  return memberId;
}

async function registerBob(): Promise<string> {
  const { memberId } = await world.members.signIn("bob.babbage@example.com");
  await world.members.updateProfile({
    memberId,
    actor: memberId,
    input: { displayName: "Bob Babbage", handle: "bob", bio: "Builds engines." },
  });
  return memberId;
}

/** The member's erasure recorded, then the process stopped: the key, the handle and the email remain. */
async function erasureCutShort(memberId: string) {
  const version = (await world.store.readStream(`member-${memberId}`)).length;
  const { events } = await world.store.append(
    `member-${memberId}`,
    [
      {
        id: newId(),
        ...MemberErased({}),
        meta: {
          actor: memberId,
          occurredAt: "2026-05-01T10:00:00.000Z",
          correlationId: newId(),
          causationId: null,
        },
      },
    ],
    { expectedVersion: version },
  );
  return events[0];
}

async function everyDocumentBody(documents: DocumentStore): Promise<string> {
  const bodies: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await documents.scan({ cursor, limit: 1000 });
    bodies.push(...page.documents.map((document) => document.body));
    cursor = page.cursor;
  } while (cursor);
  return JSON.stringify(bodies);
}

async function everyEventAsRead(): Promise<string> {
  const events = await Promise.all(
    (await world.streamIds()).map((streamId) => world.store.readStream(streamId)),
  );
  return JSON.stringify(events);
}

const containsAny = (text: string, traces: readonly string[]) =>
  traces.filter((trace) => text.toLowerCase().includes(trace.toLowerCase()));

describe("erasing a member", () => {
  test("after erasure and a rebuild, no document and no event as read holds the member's email or name", async () => {
    const annId = await registerAnn();
    await registerBob();
    // Before: the searches do find what they look for, so finding nothing afterwards means something.
    expect(containsAny(await everyEventAsRead(), annTraces)).toEqual(annTraces);
    expect(containsAny(await everyDocumentBody(world.documents), ["Ann Lovelace"])).toEqual(["Ann Lovelace"]);

    await world.members.erase({ memberId: annId, actor: annId });

    const fresh = sqliteDocumentStore(openDatabase(":memory:"));
    const progress = await projector({
      store: world.store,
      documents: fresh,
      projections: memberProjections,
    }).rebuild();
    expect(progress.streamsDone).toBeGreaterThan(0);

    expect(containsAny(await everyDocumentBody(fresh), annTraces)).toEqual([]);
    expect(containsAny(await everyDocumentBody(world.documents), annTraces)).toEqual([]);
    expect(containsAny(await everyEventAsRead(), annTraces)).toEqual([]);
    const log = JSON.stringify(world.database.prepare("SELECT * FROM events").all());
    expect(containsAny(log, annTraces)).toEqual([]);
    // Bob is untouched: his profile survives the rebuild in full.
    expect(await everyDocumentBody(fresh)).toContain("Bob Babbage");
  });

  test("the member shows as erased, without handle or anything they wrote", async () => {
    const annId = await registerAnn();

    await world.members.erase({ memberId: annId, actor: annId });

    const erased = {
      id: annId,
      handle: null,
      displayName: "Erased member",
      bio: "",
      links: [],
      avatarUrl: null,
      erased: true,
      registeredAt: "2026-05-01T10:00:00.000Z",
    };
    expect(await world.members.byId(annId)).toEqual(erased);
    expect(await world.members.byIds([annId])).toEqual([erased]);
    expect(await world.members.byHandle("ann")).toBeUndefined();
    expect(await world.members.emailOf(annId)).toBeUndefined();
    expect(await world.keys.get(annId)).toBeUndefined();
  });

  test("an erased member changes no more, not even by a repeated request", async () => {
    const annId = await registerAnn();
    const request = { memberId: annId, actor: annId, input: { bio: "Still here" }, idempotencyKey: "bio-1" };
    await world.members.updateProfile(request);

    await world.members.erase({ memberId: annId, actor: annId });

    await expect(world.members.updateProfile(request)).rejects.toBeInstanceOf(MemberWasErased);
    await expect(
      world.members.updateProfile({ memberId: annId, actor: annId, input: { bio: "Back" } }),
    ).rejects.toBeInstanceOf(MemberWasErased);
  });

  test("the email and the handle are free again: the email registers a new member", async () => {
    const annId = await registerAnn();
    await world.members.erase({ memberId: annId, actor: annId });

    const again = await world.members.signIn(ann.email);
    const bob = await registerBob();
    await world.members.updateProfile({ memberId: bob, actor: bob, input: { handle: "ann" } });

    expect(again.firstSignIn).toBe(true);
    expect(again.memberId).not.toBe(annId);
    expect(await world.members.emailOf(again.memberId)).toBe(ann.email);
    expect((await world.members.byHandle("ann"))?.id).toBe(bob);
  });

  test("an erasure cut short locks nothing, and running it again finishes it", async () => {
    const annId = await registerAnn();
    await erasureCutShort(annId);

    const again = await world.members.signIn(ann.email);
    const bob = await registerBob();
    await world.members.updateProfile({ memberId: bob, actor: bob, input: { handle: "ann" } });
    expect(again.memberId).not.toBe(annId);
    expect((await world.members.byHandle("ann"))?.id).toBe(bob);

    await world.members.erase({ memberId: annId, actor: annId });
    expect(await world.keys.get(annId)).toBeUndefined();
    expect(world.log.statistics().eventsByType.MemberErased).toBe(1);
  });

  test("an erasure cut short before its key went is finished by the erasure reactor, with no one asking again", async () => {
    const annId = await registerAnn();
    const erased = await erasureCutShort(annId);
    expect(await world.keys.get(annId)).toBeDefined();

    const reactor = erasureFinishedReactor({ keys: world.keys });
    await reactor.react(erased as EventEnvelope);
    await reactor.react(erased as EventEnvelope);

    expect(await world.keys.get(annId)).toBeUndefined();
    expect(await world.members.emailOf(annId)).toBeUndefined();
  });

  test("erasing twice is harmless", async () => {
    const annId = await registerAnn();
    await world.members.erase({ memberId: annId, actor: annId });
    await world.members.erase({ memberId: annId, actor: "system:erasure-request" });
    expect(world.log.statistics().eventsByType.MemberErased).toBe(1);
  });

  test("only the member themself, or the system, erases a member", async () => {
    const annId = await registerAnn();
    const bob = await registerBob();
    await expect(world.members.erase({ memberId: annId, actor: bob })).rejects.toBeInstanceOf(NotYourProfile);
    expect((await world.members.byId(annId))?.erased).toBe(false);
  });

  test("there is no erasing a member who never registered", async () => {
    const memberId = newId();
    await expect(world.members.erase({ memberId, actor: memberId })).rejects.toBeInstanceOf(MemberNotFound);
  });
});
