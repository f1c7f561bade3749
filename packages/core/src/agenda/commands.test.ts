import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { agendaStream } from "./documents";
import {
  AgendaClosed,
  InvalidAgendaSlot,
  MeetupNotFound,
  NotAnOrganiser,
  NothingToRelease,
  SlotOverlaps,
  TalkAlreadyOnAgenda,
  TalkNotConfirmed,
} from "./errors";
import {
  type AgendaCast,
  type AgendaWorld,
  agendaCast,
  agendaWorld,
  meetupEndsAt,
  minutesIn,
} from "./test-world";

let world: AgendaWorld;
let cast: AgendaCast;

beforeEach(async () => {
  world = agendaWorld();
  cast = await agendaCast(world);
});
afterEach(() => world.close());

const doors = () => ({ meetupId: cast.meetupId, startsAt: minutesIn(0), minutes: 30, title: "Doors open" });
const talkAt = (minutes: number) => ({
  meetupId: cast.meetupId,
  startsAt: minutesIn(minutes),
  proposalId: cast.talkId,
});

async function streamLength(): Promise<number> {
  return (await world.store.readStream(agendaStream(cast.meetupId))).length;
}

describe("building the draft", () => {
  test("an organiser adds a free item and a confirmed talk, which brings its title and length", async () => {
    await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    const draft = await world.agendas.addSlot({ actor: cast.organiser, input: talkAt(30) });
    expect(
      draft.slots.map(({ title, minutes, proposalId, endsAt }) => ({ title, minutes, proposalId, endsAt })),
    ).toEqual([
      { title: "Doors open", minutes: 30, proposalId: null, endsAt: minutesIn(30) },
      { title: "Event sourcing without tears", minutes: 30, proposalId: cast.talkId, endsAt: minutesIn(60) },
    ]);
    expect(draft.releasable).toBe(true);
  });

  test("the organiser's form may send its own offset: the slot starts at the same instant", async () => {
    // 18:00 in Berlin (UTC+2) is 16:00 UTC, the meetup's start.
    const draft = await world.agendas.addSlot({
      actor: cast.organiser,
      input: { ...doors(), startsAt: "2026-06-04T18:00:00+02:00" },
    });
    expect(draft.slots[0]?.startsAt).toBe(minutesIn(0));
  });

  test.each([
    ["an accepted talk not yet confirmed", () => cast.acceptedId],
    ["another community's talk", () => cast.strangerTalkId],
    ["no talk at all", () => "0190aaaa-0000-7000-8000-000000000000"],
  ])("%s is refused as not confirmed, and nothing is recorded", async (_, proposalId) => {
    await expect(
      world.agendas.addSlot({ actor: cast.organiser, input: { ...talkAt(0), proposalId: proposalId() } }),
    ).rejects.toBeInstanceOf(TalkNotConfirmed);
    expect(await streamLength()).toBe(0);
  });

  test("a talk goes on the agenda once", async () => {
    await world.agendas.addSlot({ actor: cast.organiser, input: talkAt(0) });
    await expect(world.agendas.addSlot({ actor: cast.organiser, input: talkAt(60) })).rejects.toBeInstanceOf(
      TalkAlreadyOnAgenda,
    );
  });

  test("an overlapping slot is refused and names the slot it overlaps", async () => {
    const { slots } = await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    const refusal = await world.agendas
      .addSlot({ actor: cast.organiser, input: { ...doors(), startsAt: minutesIn(15), title: "Pizza" } })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SlotOverlaps);
    expect((refusal as SlotOverlaps).overlapping.slotId).toBe(slots[0]?.slotId);
  });

  test.each([
    ["a free item without a label", { title: undefined }, ["title"]],
    ["a free item without a length", { minutes: undefined }, ["minutes"]],
    ["a length of 0", { minutes: 0 }, ["minutes"]],
    ["a length of 601 minutes", { minutes: 601 }, ["minutes"]],
    ["a fractional length", { minutes: 2.5 }, ["minutes"]],
    ["a label of 121 characters", { title: "x".repeat(121) }, ["title"]],
    ["a label with a line break", { title: "Doors\nopen" }, ["title"]],
    ["a start that is no instant", { startsAt: "tomorrow" }, ["startsAt"]],
    ["an unknown field", { colour: "red" }, []],
  ])("%s is an invalid slot, with the field named, and nothing is recorded", async (_, changes, path) => {
    const refusal = await world.agendas
      .addSlot({ actor: cast.organiser, input: { ...doors(), ...changes } as never })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidAgendaSlot);
    expect((refusal as InvalidAgendaSlot).issues[0]?.path).toEqual(path);
    expect(await streamLength()).toBe(0);
  });

  test("a slot must fit inside the meetup", async () => {
    await expect(
      world.agendas.addSlot({ actor: cast.organiser, input: { ...doors(), startsAt: meetupEndsAt } }),
    ).rejects.toMatchObject({ code: "SLOT_OUTSIDE_MEETUP" });
  });
});

describe("who may edit the agenda", () => {
  test.each([
    ["a host", () => cast.host],
    ["a member", () => cast.member],
    ["the speaker", () => cast.speaker],
    ["another community's organiser", () => cast.strangerOrganiser],
  ])("%s may not, and nothing is recorded", async (_, actor) => {
    await expect(world.agendas.addSlot({ actor: actor(), input: doors() })).rejects.toBeInstanceOf(
      NotAnOrganiser,
    );
    expect(await streamLength()).toBe(0);
  });

  test("an unknown meetup is not found", async () => {
    await expect(
      world.agendas.addSlot({ actor: cast.organiser, input: { ...doors(), meetupId: "no-such-meetup" } }),
    ).rejects.toBeInstanceOf(MeetupNotFound);
  });

  test("a cancelled meetup's agenda is closed", async () => {
    await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    await world.meetups.cancel({ actor: cast.organiser, meetupId: cast.meetupId, message: "Venue flooded" });
    await expect(
      world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId }),
    ).rejects.toBeInstanceOf(AgendaClosed);
  });

  test("a past meetup's agenda is closed", async () => {
    await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    world.clock.set(meetupEndsAt);
    await expect(world.agendas.addSlot({ actor: cast.organiser, input: talkAt(30) })).rejects.toBeInstanceOf(
      AgendaClosed,
    );
  });
});

describe("releases and what the public sees", () => {
  test("nobody but organisers sees the draft; a visitor sees only what was released", async () => {
    await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    for (const viewer of [undefined, cast.member, cast.host, cast.speaker, cast.strangerOrganiser])
      expect(await world.agendas.agendaDraft(cast.meetupId, viewer)).toBeUndefined();
    expect((await world.agendas.agendaDraft(cast.meetupId, cast.organiser))?.slots).toHaveLength(1);
    expect(await world.agendas.agendaOf(cast.meetupId, undefined)).toBeUndefined();

    const released = await world.agendas.releaseAgenda({
      actor: cast.organiser,
      meetupId: cast.meetupId,
      note: "First",
    });
    expect(released).toMatchObject({ number: 1, note: "First" });
    await world.agendas.addSlot({ actor: cast.organiser, input: talkAt(30) });
    const seen = await world.agendas.agendaOf(cast.meetupId, undefined);
    expect(seen?.slots.map((slot) => slot.title)).toEqual(["Doors open"]);
  });

  test("a draft meetup's agenda is seen by its organisers only", async () => {
    const { meetupId } = await world.meetups.schedule({
      actor: cast.organiser,
      input: {
        communityId: cast.communityId,
        title: "Not announced yet",
        venue: { name: "Library", address: "1 Main St" },
        timeZone: "Europe/Berlin",
        capacity: null,
        startsAt: minutesIn(0),
        endsAt: meetupEndsAt,
      },
    });
    await world.agendas.addSlot({ actor: cast.organiser, input: { ...doors(), meetupId } });
    await world.agendas.releaseAgenda({ actor: cast.organiser, meetupId });
    expect(await world.agendas.agendaOf(meetupId, cast.member)).toBeUndefined();
    expect(await world.agendas.agendaOf(meetupId, cast.organiser)).toMatchObject({ number: 1 });
  });

  test("a release needs a slot, and a change since the last release", async () => {
    await expect(
      world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId }),
    ).rejects.toBeInstanceOf(NothingToRelease);
    await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    await world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId });
    expect((await world.agendas.agendaDraft(cast.meetupId, cast.organiser))?.releasable).toBe(false);
    await expect(
      world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId }),
    ).rejects.toBeInstanceOf(NothingToRelease);
  });

  test("a note of 501 characters is refused", async () => {
    await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    await expect(
      world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId, note: "x".repeat(501) }),
    ).rejects.toMatchObject({ code: "INVALID_AGENDA_SLOT", issues: [{ path: ["note"] }] });
  });

  test("version 2 says what changed since version 1; version 1 stays as it was released", async () => {
    const { slots } = await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    const doorsId = slots[0]?.slotId as string;
    await world.agendas.addSlot({
      actor: cast.organiser,
      input: { meetupId: cast.meetupId, startsAt: minutesIn(30), minutes: 20, title: "Pizza" },
    });
    await world.agendas.addSlot({ actor: cast.organiser, input: talkAt(60) });
    await world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId, note: "First cut" });

    const talkSlot = (await world.agendas.agendaDraft(cast.meetupId, cast.organiser))?.slots[2];
    await world.agendas.moveSlot({
      actor: cast.organiser,
      meetupId: cast.meetupId,
      slotId: talkSlot?.slotId as string,
      position: 1,
    });
    await world.agendas.editSlot({
      actor: cast.organiser,
      input: { meetupId: cast.meetupId, slotId: doorsId, title: "Doors and coffee" },
    });
    await world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId, note: "Talk first" });

    const latest = await world.agendas.agendaOf(cast.meetupId, undefined);
    expect(latest?.slots.map((slot) => [slot.title, slot.startsAt])).toEqual([
      ["Doors and coffee", minutesIn(0)],
      ["Event sourcing without tears", minutesIn(30)],
      // The gap after the second place (10 minutes) stays after the second place.
      ["Pizza", minutesIn(70)],
    ]);
    const changes = await world.agendas.agendaChangesOf(cast.meetupId, 2, undefined, undefined);
    expect(changes?.since).toBe(1);
    expect(changes?.changes.map((change) => [change.kind, change.title])).toEqual([
      ["renamed", "Doors and coffee"],
      ["moved", "Event sourcing without tears"],
      ["moved", "Pizza"],
    ]);
    const first = await world.agendas.agendaVersion(cast.meetupId, 1, undefined);
    expect(first?.slots.map((slot) => slot.title)).toEqual([
      "Doors open",
      "Pizza",
      "Event sourcing without tears",
    ]);
    expect(
      (await world.agendas.agendaVersions(cast.meetupId, undefined)).map((version) => version.number),
    ).toEqual([2, 1]);
    expect(await world.agendas.agendaChangesOf(cast.meetupId, 1, undefined, undefined)).toBeUndefined();
  });

  test("a released talk knows its slot, and loses it when a later release drops it", async () => {
    const { slots } = await world.agendas.addSlot({ actor: cast.organiser, input: talkAt(30) });
    expect(await world.agendas.slotOfTalk(cast.talkId, undefined)).toBeUndefined();
    await world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId });
    expect(await world.agendas.slotOfTalk(cast.talkId, undefined)).toEqual({
      meetupId: cast.meetupId,
      startsAt: minutesIn(30),
      endsAt: minutesIn(60),
    });
    await world.agendas.removeSlot({
      actor: cast.organiser,
      meetupId: cast.meetupId,
      slotId: slots[0]?.slotId as string,
    });
    await world.agendas.addSlot({ actor: cast.organiser, input: doors() });
    await world.agendas.releaseAgenda({ actor: cast.organiser, meetupId: cast.meetupId });
    expect(await world.agendas.slotOfTalk(cast.talkId, undefined)).toBeUndefined();
  });

  test("the talks to choose from are the community's confirmed ones not on the draft, for organisers", async () => {
    expect(await world.agendas.availableTalkIds(cast.meetupId, cast.organiser)).toEqual([cast.talkId]);
    expect(await world.agendas.availableTalkIds(cast.meetupId, cast.host)).toEqual([]);
    await world.agendas.addSlot({ actor: cast.organiser, input: talkAt(0) });
    expect(await world.agendas.availableTalkIds(cast.meetupId, cast.organiser)).toEqual([]);
  });

  test("a retried add with the same key adds one slot and answers the same", async () => {
    const request = { actor: cast.organiser, input: doors(), idempotencyKey: "add-doors-1" };
    const first = await world.agendas.addSlot(request);
    const retried = await world.agendas.addSlot(request);
    expect(retried).toEqual(first);
    expect(await streamLength()).toBe(1);
  });
});
