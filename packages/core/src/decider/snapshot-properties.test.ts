import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type CommunityCommand,
  communityDecider,
  type Departure,
  type MembershipStanding,
} from "../community/decider";
import type { DomainEvent } from "../eventstore/envelope";
import { type MeetupCommand, meetupDecider } from "../meetup/decider";
import { meetupStateCodec } from "../meetup/meetup-state-codec";
import { decodeState, encodeState, jsonStateCodec, type StateCodec } from "../snapshot/state-snapshots";
import type { Decider, WithMetadata } from "./decider";

type Decision = { events: DomainEvent[] } | { rejected: string };

/** What the command handler does with each command, without a store: decide, then fold what was decided. */
function run<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  commands: readonly WithMetadata<Command>[],
  from: State,
): { decisions: Decision[]; state: State } {
  let state = from;
  const decisions: Decision[] = [];
  for (const command of commands) {
    try {
      const events = decider.decide(command, state);
      state = events.reduce(decider.evolve, state);
      decisions.push({ events });
    } catch (error) {
      decisions.push({ rejected: (error as { code?: string }).code ?? String(error) });
    }
  }
  return { decisions, state };
}

/**
 * For any command sequence cut anywhere, the state taken through a snapshot (JSON, compressed, and back)
 * decides the rest of the commands exactly as the state folded all along, and ends equal to it.
 */
async function snapshotLoadedEqualsFolded<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  commands: readonly WithMetadata<Command>[],
  cut: number,
  codec: StateCodec<State> = jsonStateCodec<State>(),
): Promise<void> {
  const before = run(decider, commands.slice(0, cut), decider.initialState);
  const snapshotted = await decodeState(await encodeState(before.state, codec), codec);
  expect(snapshotted).toStrictEqual(before.state);

  const folded = run(decider, commands.slice(cut), before.state);
  const loaded = run(decider, commands.slice(cut), snapshotted);
  expect(loaded.decisions).toStrictEqual(folded.decisions);
  expect(loaded.state).toStrictEqual(folded.state);
}

const members = ["ann", "bob", "cy", "dee", "eve", "fay"].map((name, index) => `0190${index}a00-${name}`);
const member = fc.constantFrom(...members);
const meetupId = "0190aaaa-meetup";
const at = "2026-06-03T12:00:00.000Z";
type Meetup = WithMetadata<MeetupCommand>;
type Community = WithMetadata<CommunityCommand>;
/** Who asks is part of no meetup rule: the time is. */
const inTime = (when = at) => ({ at: when, actor: "organiser" });
const by = (actor: string) => ({ at, actor });

const meetupCommand: fc.Arbitrary<Meetup> = fc.oneof(
  fc
    .record({ memberId: member, guests: fc.integer({ min: 0, max: 3 }) })
    .map(
      ({ memberId, guests }): Meetup => ({ type: "Rsvp", meetupId, metadata: inTime(), memberId, guests }),
    ),
  member.map((memberId): Meetup => ({ type: "CancelRsvp", meetupId, metadata: inTime(), memberId })),
  member.map((memberId): Meetup => ({ type: "RemoveRsvp", meetupId, metadata: inTime(), memberId })),
  fc.record({ memberId: member, cause: fc.constantFrom("cause-1", "cause-2", "cause-3") }).map(
    ({ memberId, cause }): Meetup => ({
      type: "ReleaseRsvp",
      meetupId,
      metadata: inTime(),
      memberId,
      reason: "left",
      cause,
    }),
  ),
  fc
    .option(fc.integer({ min: 0, max: 8 }))
    .map((capacity): Meetup => ({ type: "ChangeCapacity", meetupId, metadata: inTime(), capacity })),
  member.map(
    (memberId): Meetup => ({
      type: "CheckIn",
      meetupId,
      metadata: inTime("2026-06-10T18:30:00.000Z"),
      memberId,
      byOrganiser: true,
    }),
  ),
);

const opening: Meetup[] = [
  {
    type: "Schedule",
    meetupId,
    metadata: inTime(),
    communityId: "0190cccc-community",
    schedule: {
      timeZone: "Europe/Amsterdam",
      startsAt: "2026-06-10T18:00:00.000Z",
      endsAt: "2026-06-10T21:00:00.000Z",
    },
    capacity: 4,
    details: {
      title: "Event sourcing in practice",
      description: "Talks and **pizza**.",
      venue: { name: "Library", address: "1 Main St", coordinates: null },
      joinUrl: "https://meet.example/abc",
      guestLimit: 2,
      rsvpOpensAt: null,
      rsvpClosesAt: null,
      waitlist: true,
    },
  },
  { type: "Publish", meetupId, metadata: inTime() },
];

const communityId = "0190cccc-community";
const communityCommand: fc.Arbitrary<Community> = fc.oneof(
  fc
    .record({
      actor: member,
      memberId: member,
      membership: fc.constantFrom<MembershipStanding>("member", "pending", null),
    })
    .chain(({ actor, memberId, membership }) =>
      fc.constantFrom<Community>(
        { type: "AppointOrganiser", communityId, metadata: by(actor), memberId, membership },
        { type: "AppointHost", communityId, metadata: by(actor), memberId, membership },
        { type: "RevokeRole", communityId, metadata: by(actor), memberId, membership },
      ),
    ),
  fc
    .record({
      actor: member,
      memberId: member,
      departure: fc.constantFrom<Departure>("leave", "remove", "erased"),
    })
    .map(
      ({ actor, memberId, departure }): Community => ({
        type: "EndRole",
        communityId,
        metadata: by(actor),
        memberId,
        departure,
      }),
    ),
  fc.record({ actor: member, joinMode: fc.constantFrom<"open" | "approval">("open", "approval") }).map(
    ({ actor, joinMode }): Community => ({
      type: "Edit",
      communityId,
      metadata: by(actor),
      changes: { joinMode },
    }),
  ),
);

const founding: Community = {
  type: "Found",
  communityId,
  metadata: by(members[0] as string),
  details: {
    name: "Rust Berlin",
    slug: "rust-berlin",
    description: "We write **Rust**.",
    tags: ["rust"],
    joinMode: "approval",
  },
};

describe("a state loaded from a snapshot decides as the folded state does", () => {
  test("meetups: RSVPs, cancellations, removals, releases, capacity changes and check-ins in any order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(meetupCommand, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        async (commands, cutAt) => {
          const all = [...opening, ...commands];
          await snapshotLoadedEqualsFolded(meetupDecider, all, cutAt % (all.length + 1), meetupStateCodec);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("communities: roles given, revoked and ended with memberships, and edits, in any order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(communityCommand, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        async (commands, cutAt) => {
          const all = [founding, ...commands];
          await snapshotLoadedEqualsFolded(communityDecider, all, cutAt % (all.length + 1));
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the generated sequences reach the states worth snapshotting: waitlists, releases, roles", () => {
    const meetup = run(
      meetupDecider,
      [
        ...opening,
        ...members.map(
          (memberId): Meetup => ({ type: "Rsvp", meetupId, metadata: inTime(), memberId, guests: 0 }),
        ),
        {
          type: "ReleaseRsvp",
          meetupId,
          metadata: inTime(),
          memberId: members[0] as string,
          reason: "left",
          cause: "cause-1",
        },
      ],
      meetupDecider.initialState,
    ).state;
    expect(meetup.waitlist.size).toBeGreaterThan(0);
    expect(meetup.releaseCauses.toArray()).toEqual(["cause-1"]);
    const community = run(
      communityDecider,
      [
        founding,
        {
          type: "AppointHost",
          communityId,
          metadata: by(members[0] as string),
          memberId: members[1] as string,
          membership: "member",
        },
      ],
      communityDecider.initialState,
    ).state;
    expect(community.roles[members[1] as string]).toBe("host");
  });
});
