import { expect, test } from "vitest";
import { fold } from "../decider/decider";
import { meetupDecider } from "./decider";
import { MeetupPublished, MeetupScheduled, RsvpConfirmed, RsvpReleased, RsvpWaitlisted } from "./events";
import { meetupStateCodec } from "./meetup-state-codec";

const meetup = fold(meetupDecider, [
  MeetupScheduled({
    communityId: "c1",
    timeZone: "Europe/Berlin",
    startsAt: "2026-06-10T18:00:00.000Z",
    endsAt: "2026-06-10T21:00:00.000Z",
    capacity: 1,
    title: "Event sourcing in practice",
    description: "Talks and **pizza**.",
    venue: null,
    joinUrl: "https://meet.example/abc",
    guestLimit: 3,
    rsvpOpensAt: null,
    rsvpClosesAt: null,
    waitlist: true,
  }),
  MeetupPublished({}),
  RsvpConfirmed({ memberId: "cy", guests: 0 }),
  RsvpWaitlisted({ memberId: "ann", guests: 2 }),
  RsvpWaitlisted({ memberId: "bob", guests: 0 }),
  RsvpReleased({ memberId: "ann", reason: "left", cause: "left-1" }),
]);

test("a snapshot is plain JSON that decodes to the state it was taken of", () => {
  const json = JSON.parse(JSON.stringify(meetupStateCodec.toJson(meetup)));
  expect(json).toMatchObject({
    rsvps: {
      ann: { status: "cancelled", guests: 2 },
      bob: { status: "waitlisted" },
      cy: { status: "confirmed" },
    },
    waitlist: [{ memberId: "bob", guests: 0 }],
    releaseCauses: ["left-1"],
  });
  expect(meetupStateCodec.fromJson(json)).toStrictEqual(meetup);
});

test("a snapshot lists the RSVPs by member id, whatever order they came in: the same state encodes the same", () => {
  expect(Object.keys((meetupStateCodec.toJson(meetup) as { rsvps: object }).rsvps)).toEqual([
    "ann",
    "bob",
    "cy",
  ]);
});
