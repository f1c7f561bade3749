import { afterAll, beforeAll, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { type MeetupClient, meetupClient, meetupInput } from "./meetup-test-client";

/**
 * Sixty members RSVP to a meetup of twenty seats at the same moment, over HTTP, some with guests: the
 * meetup's stream admits no more than its seats, and every member ends with exactly one RSVP.
 */
const capacity = 20;
const stormSize = 60;

let host: LocalHost;
let client: MeetupClient;
let organiser: Person;
let members: Person[];
beforeAll(async () => {
  host = await startTestHost();
  client = meetupClient(host.url);
  organiser = await client.signIn("organiser@example.com");
  members = [];
  // Sign-ins in small batches: each is several requests through the issuer.
  for (let start = 0; start < stormSize; start += 10)
    members.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, (_, index) => client.signIn(`storm-${start + index}@example.com`)),
      )),
    );
}, 120_000);
afterAll(() => host.close());

const guestsOf = (index: number) => index % 3; // 0, 1 or 2 guests

test("sixty concurrent RSVPs never overbook twenty seats, and each member has one outcome", async () => {
  const { id: communityId } = await client.found(organiser, { name: "Storm", slug: "storm" });
  for (const member of members) await client.join(member, communityId);
  const { id: meetupId } = await client.schedule(
    organiser,
    meetupInput(communityId, { capacity, guestLimit: 2 }),
  );
  await client.publish(organiser, meetupId);

  const results = await Promise.all(
    members.map((member, index) => client.rsvp(member, meetupId, guestsOf(index), `storm-${index}`)),
  );

  for (const result of results) expect(result.__typename).toBe("Meetup");
  const statuses = results.map((result) => result.viewerRsvp.status);
  for (const status of statuses) expect(["CONFIRMED", "WAITLISTED"]).toContain(status);

  const seen = await client.meetup(
    organiser,
    meetupId,
    "attendees(first: 100) { edges { node { member { id } status guests } } }",
  );
  const attendees: { member: { id: string }; status: string; guests: number }[] = seen.attendees.edges.map(
    (edge: { node: unknown }) => edge.node,
  );
  expect(attendees).toHaveLength(stormSize);
  expect(new Set(attendees.map((attendee) => attendee.member.id))).toEqual(
    new Set(members.map((member) => member.id)),
  );
  const confirmedSeats = attendees
    .filter((attendee) => attendee.status === "CONFIRMED")
    .reduce((sum, attendee) => sum + 1 + attendee.guests, 0);
  expect(confirmedSeats).toBeLessThanOrEqual(capacity);
  expect(seen.confirmedSeats).toBe(confirmedSeats);
  expect(seen.waitlistLength).toBe(attendees.filter((attendee) => attendee.status === "WAITLISTED").length);
  // No one cancelled, so each member's answer is still what the list says.
  const statusOf = new Map(attendees.map((attendee) => [attendee.member.id, attendee.status]));
  expect(members.map((member) => statusOf.get(member.id))).toEqual(statuses);
}, 120_000);
