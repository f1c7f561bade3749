import { describe, expect, test } from "vitest";
import type { DocumentStore, StoredDocument } from "../documents/document-store";
import { eventCatalog } from "../eventstore/event-catalog";
import { newId } from "../ids/new-id";
import { checkpointKey, projector } from "../projection/projector";
import { bothStores } from "../testing/both-stores";
import { projectionSpecification } from "../testing/projecting";
import {
  type AttendeeDocument,
  attendeeKey,
  guestListEntryKey,
  guestsCheckedInOf,
  type MeetupDocument,
  meetupGuestListPartition,
  meetupKey,
  meetupsProjection,
  peopleCheckedInOf,
  publishedMeetupsPartition,
  timelinePointKey,
} from "./documents";
import {
  AttendeeCheckedIn,
  CapacityChanged,
  CheckInUndone,
  GuestsCheckedIn,
  MeetupCancelled,
  MeetupDetailsChanged,
  MeetupPublished,
  MeetupRescheduled,
  MeetupScheduled,
  meetupEventTypes,
  RsvpCancelled,
  RsvpConfirmed,
  RsvpGuestsChanged,
  RsvpListingChanged,
  RsvpRemoved,
  RsvpWaitlisted,
  WaitlistPromoted,
  WaitlistPromotedByOrganiser,
} from "./events";

const meetupId = "0190aaaa-0000-7000-8000-000000000001";
const streamId = `meetup-${meetupId}`;
const scheduled = MeetupScheduled({
  communityId: "c1",
  timeZone: "Europe/Amsterdam",
  startsAt: "2026-06-01T17:00:00.000Z",
  endsAt: "2026-06-01T19:00:00.000Z",
  capacity: 3,
  title: "Rust night",
  description: "",
  venue: { name: "Hall", address: "Street 1", coordinates: null },
  joinUrl: null,
  guestLimit: 2,
  rsvpOpensAt: null,
  rsvpClosesAt: null,
  waitlist: true,
});

const find = <Body>(documents: StoredDocument[], key: { partition: string; sort: string }) =>
  documents.find((document) => document.key.partition === key.partition && document.key.sort === key.sort) as
    | StoredDocument<Body>
    | undefined;

describe("meetup documents, projected without a store", () => {
  const { given } = projectionSpecification(meetupsProjection, streamId);
  const history = [
    scheduled,
    MeetupPublished({}),
    RsvpConfirmed({ memberId: "ann", guests: 2 }),
    RsvpWaitlisted({ memberId: "bob", guests: 1 }),
    RsvpWaitlisted({ memberId: "cy", guests: 0 }),
    RsvpCancelled({ memberId: "ann" }),
    WaitlistPromoted({ memberId: "bob" }),
    WaitlistPromoted({ memberId: "cy" }),
    AttendeeCheckedIn({ memberId: "cy" }),
  ];

  test("the meetup counts seats and the line without listing them", () =>
    given(...history).thenDocuments((documents) => {
      const meetup = find<MeetupDocument>(documents, meetupKey(meetupId));
      expect(meetup).toMatchObject({
        version: 9,
        body: { confirmedSeats: 3, spotsLeft: 0, waitlistLength: 0, waitlistedSeats: 0, checkedInSeats: 1 },
      });
      expect(meetup?.body).not.toHaveProperty("waitlist");
      expect(meetup?.body).not.toHaveProperty("timeline");
    }));

  test("each RSVP event leaves a timeline point of its own, with the counts right after it", () =>
    given(...history).thenDocuments((documents) => {
      const points = documents.filter((document) => document.key.sort.startsWith("timeline#"));
      expect(points.map((point) => point.body)).toEqual([
        { at: "2026-01-01T00:02:00.000Z", confirmed: 3, waitlisted: 0, checkedIn: 0 },
        { at: "2026-01-01T00:03:00.000Z", confirmed: 3, waitlisted: 2, checkedIn: 0 },
        { at: "2026-01-01T00:04:00.000Z", confirmed: 3, waitlisted: 3, checkedIn: 0 },
        { at: "2026-01-01T00:05:00.000Z", confirmed: 0, waitlisted: 3, checkedIn: 0 },
        { at: "2026-01-01T00:06:00.000Z", confirmed: 2, waitlisted: 1, checkedIn: 0 },
        { at: "2026-01-01T00:07:00.000Z", confirmed: 3, waitlisted: 0, checkedIn: 0 },
        { at: "2026-01-01T00:08:00.000Z", confirmed: 3, waitlisted: 0, checkedIn: 1 },
      ]);
      expect(find(documents, timelinePointKey(meetupId, 3))?.version).toBe(3);
    }));

  test("guests are checked in apart: the meetup counts the people in as its attendees do, through changes and an undo", () => {
    const door = [
      scheduled,
      MeetupPublished({}),
      RsvpConfirmed({ memberId: "ann", guests: 2 }),
      RsvpConfirmed({ memberId: "bob", guests: 0 }),
      GuestsCheckedIn({ memberId: "ann", guests: 1 }),
      AttendeeCheckedIn({ memberId: "bob" }),
    ];
    const peopleIn = (documents: StoredDocument[]) => ({
      meetup: find<MeetupDocument>(documents, meetupKey(meetupId))?.body?.checkedInSeats,
      attendees: ["ann", "bob"]
        .map((memberId) =>
          peopleCheckedInOf(
            find<AttendeeDocument>(documents, attendeeKey(meetupId, memberId))?.body ?? undefined,
          ),
        )
        .reduce((sum, people) => sum + people, 0),
    });
    given(...door).thenDocuments((documents) => {
      expect(peopleIn(documents)).toEqual({ meetup: 3, attendees: 3 });
      expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, "ann"))?.body).toMatchObject({
        checkedIn: true,
        checkedInAt: "2026-01-01T00:04:00.000Z",
        guestsCheckedIn: 1,
      });
    });
    // The second guest arrives: the member's time of arrival stays.
    given(...door, GuestsCheckedIn({ memberId: "ann", guests: 2 })).thenDocuments((documents) => {
      expect(peopleIn(documents)).toEqual({ meetup: 4, attendees: 4 });
      expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, "ann"))?.body?.checkedInAt).toBe(
        "2026-01-01T00:04:00.000Z",
      );
    });
    given(...door, CheckInUndone({ memberId: "ann" })).thenDocuments((documents) => {
      expect(peopleIn(documents)).toEqual({ meetup: 1, attendees: 1 });
      expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, "ann"))?.body).toMatchObject({
        checkedIn: false,
        checkedInAt: null,
        guestsCheckedIn: 0,
      });
      const points = documents.filter((document) => document.key.sort.startsWith("timeline#"));
      expect(points.map((point) => (point.body as { checkedIn: number }).checkedIn)).toEqual([0, 0, 2, 3, 1]);
    });
    // The whole party after part of it counts the rest once.
    given(...door, AttendeeCheckedIn({ memberId: "ann" })).thenDocuments((documents) =>
      expect(peopleIn(documents)).toEqual({ meetup: 4, attendees: 4 }),
    );
  });

  test("an attendee projected before guests were checked in apart came with the whole party", () => {
    expect(guestsCheckedInOf({ checkedIn: true, guests: 2 })).toBe(2);
    expect(guestsCheckedInOf({ checkedIn: false, guests: 2 })).toBe(0);
    expect(peopleCheckedInOf({ checkedIn: true, guests: 2 })).toBe(3);
  });

  test("a promotion moves nobody else in the attendee list: it is ordered by when each party RSVPed", () =>
    given(...history.slice(0, 7)).thenDocuments((documents) => {
      const cy = find<AttendeeDocument>(documents, attendeeKey(meetupId, "cy"));
      expect(cy).toMatchObject({ version: 5, body: { status: "waitlisted", rsvpVersion: 5 } });
      expect(cy?.indexes.second?.sort).toBe("2-waitlisted#0000000005#cy");
      expect(find(documents, attendeeKey(meetupId, "bob"))?.indexes.second?.sort).toBe(
        "1-confirmed#0000000004#bob",
      );
    }));

  describe("the waitlist an organiser acts on", () => {
    const line = [
      scheduled,
      MeetupPublished({}),
      RsvpConfirmed({ memberId: "ann", guests: 2 }),
      RsvpWaitlisted({ memberId: "bob", guests: 0 }),
      RsvpWaitlisted({ memberId: "cy", guests: 1 }),
      RsvpWaitlisted({ memberId: "dee", guests: 0 }),
    ];
    const sortOf = (documents: StoredDocument[], memberId: string) =>
      find(documents, attendeeKey(meetupId, memberId))?.indexes.second?.sort;

    test("a promotion out of line seats the party over the capacity and leaves the others where they were", () =>
      given(...line, WaitlistPromotedByOrganiser({ memberId: "cy", overCapacity: true })).thenDocuments(
        (documents) => {
          expect(find<MeetupDocument>(documents, meetupKey(meetupId))?.body).toMatchObject({
            confirmedSeats: 5,
            spotsLeft: 0,
            waitlistLength: 2,
            waitlistedSeats: 2,
          });
          expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, "cy"))?.body?.status).toBe(
            "confirmed",
          );
          expect(["bob", "cy", "dee"].map((memberId) => sortOf(documents, memberId))).toEqual([
            "2-waitlisted#0000000004#bob",
            "1-confirmed#0000000005#cy",
            "2-waitlisted#0000000006#dee",
          ]);
          expect(find<{ confirmed: number }>(documents, timelinePointKey(meetupId, 7))?.body).toMatchObject({
            confirmed: 5,
            waitlisted: 2,
          });
        },
      ));

    test("a removal takes the party out of line and leaves the others where they were", () =>
      given(...line, RsvpRemoved({ memberId: "cy" })).thenDocuments((documents) => {
        expect(find<MeetupDocument>(documents, meetupKey(meetupId))?.body).toMatchObject({
          confirmedSeats: 3,
          waitlistLength: 2,
          waitlistedSeats: 2,
        });
        expect(["bob", "cy", "dee"].map((memberId) => sortOf(documents, memberId))).toEqual([
          "2-waitlisted#0000000004#bob",
          "4-removed#0000000005#cy",
          "2-waitlisted#0000000006#dee",
        ]);
      }));
  });

  test("only a published meetup is listed among every community's: not a draft, not once cancelled", () => {
    const listed = (documents: StoredDocument[]) => find(documents, meetupKey(meetupId))?.indexes.second;
    given(scheduled).thenDocuments((documents) => expect(listed(documents)).toBeUndefined());
    given(scheduled, MeetupPublished({})).thenDocuments((documents) =>
      expect(listed(documents)).toEqual({
        partition: publishedMeetupsPartition,
        sort: `2026-06-01T17:00:00.000Z#${meetupId}`,
      }),
    );
    given(scheduled, MeetupPublished({}), MeetupCancelled({ message: "Sorry" })).thenDocuments((documents) =>
      expect(listed(documents)).toBeUndefined(),
    );
  });

  test("a reschedule and a cancellation reach every attendee document", () =>
    given(
      ...history.slice(0, 5),
      MeetupRescheduled({
        timeZone: "Europe/Amsterdam",
        startsAt: "2026-06-08T17:00:00.000Z",
        endsAt: "2026-06-08T19:00:00.000Z",
      }),
      CapacityChanged({ capacity: 10 }),
      MeetupCancelled({ message: "Sorry" }),
    ).thenDocuments((documents) => {
      for (const memberId of ["ann", "bob", "cy"])
        expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, memberId))?.body).toMatchObject({
          meetupStatus: "cancelled",
          startsAt: "2026-06-08T17:00:00.000Z",
        });
      expect(find<MeetupDocument>(documents, meetupKey(meetupId))?.body).toMatchObject({
        status: "cancelled",
        rsvpClosesAt: "2026-06-08T17:00:00.000Z",
        spotsLeft: 7,
        sequence: 2,
      });
    }));

  test("a change of guests moves the seats it frees or takes, and the timeline shows it", () =>
    given(
      scheduled,
      MeetupPublished({}),
      RsvpConfirmed({ memberId: "ann", guests: 0 }),
      RsvpWaitlisted({ memberId: "bob", guests: 2 }),
      RsvpGuestsChanged({ memberId: "ann", guests: 2 }),
      RsvpGuestsChanged({ memberId: "bob", guests: 0 }),
      RsvpGuestsChanged({ memberId: "ann", guests: 1 }),
    ).thenDocuments((documents) => {
      expect(find<MeetupDocument>(documents, meetupKey(meetupId))?.body).toMatchObject({
        confirmedSeats: 2,
        spotsLeft: 1,
        waitlistLength: 1,
        waitlistedSeats: 1,
      });
      expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, "bob"))?.body).toMatchObject({
        status: "waitlisted",
        guests: 0,
        rsvpVersion: 4,
      });
      const points = documents.filter((document) => document.key.sort.startsWith("timeline#"));
      expect(points.map((point) => (point.body as { confirmed: number }).confirmed)).toEqual([1, 1, 3, 3, 2]);
    }));

  test("the guest list holds confirmed members who chose it, in the order they RSVPed", () =>
    given(
      scheduled,
      MeetupPublished({}),
      RsvpConfirmed({ memberId: "ann", guests: 0 }),
      RsvpConfirmed({ memberId: "bob", guests: 1, listed: true }),
      RsvpWaitlisted({ memberId: "cy", guests: 0, listed: true }),
      RsvpListingChanged({ memberId: "ann", listed: true }),
    ).thenDocuments((documents) => {
      const ann = find(documents, guestListEntryKey(meetupId, "ann"));
      const bob = find(documents, guestListEntryKey(meetupId, "bob"));
      expect(ann?.body).toEqual({ meetupId, memberId: "ann" });
      expect(ann?.indexes.first).toEqual({
        partition: meetupGuestListPartition(meetupId),
        sort: "0000000003#ann",
      });
      expect(bob?.indexes.first?.sort).toBe("0000000004#bob");
      expect(find(documents, guestListEntryKey(meetupId, "cy")), "waitlisted: not going yet").toBeUndefined();
      expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, "ann"))?.body?.listed).toBe(true);
    }));

  test("an RSVP before the listing choice existed is not listed, and leaving the list or the meetup takes the entry away", () => {
    given(scheduled, MeetupPublished({}), RsvpConfirmed({ memberId: "ann", guests: 0 })).thenDocuments(
      (documents) => {
        expect(find(documents, guestListEntryKey(meetupId, "ann"))).toBeUndefined();
        expect(find<AttendeeDocument>(documents, attendeeKey(meetupId, "ann"))?.body?.listed).toBe(false);
      },
    );
    given(
      scheduled,
      MeetupPublished({}),
      RsvpConfirmed({ memberId: "ann", guests: 0, listed: true }),
      RsvpListingChanged({ memberId: "ann", listed: false }),
      RsvpConfirmed({ memberId: "bob", guests: 0, listed: true }),
      RsvpCancelled({ memberId: "bob" }),
    ).thenDocuments((documents) => {
      expect(find(documents, guestListEntryKey(meetupId, "ann"))?.body ?? null).toBeNull();
      expect(find(documents, guestListEntryKey(meetupId, "bob"))?.body ?? null).toBeNull();
    });
  });

  test("a waitlisted member who chose the list is on it once promoted", () =>
    given(
      scheduled,
      MeetupPublished({}),
      RsvpConfirmed({ memberId: "ann", guests: 2 }),
      RsvpWaitlisted({ memberId: "cy", guests: 0, listed: true }),
      RsvpCancelled({ memberId: "ann" }),
      WaitlistPromoted({ memberId: "cy" }),
    ).thenDocuments((documents) =>
      expect(find(documents, guestListEntryKey(meetupId, "cy"))?.indexes.first?.sort).toBe("0000000004#cy"),
    ));

  test("the description is rendered once, when projected, and again when it changes", () => {
    const { communityId, timeZone, startsAt, endsAt, capacity, ...details } = scheduled.data;
    given(
      MeetupScheduled({ ...scheduled.data, description: "Bring **snacks**" }),
      MeetupDetailsChanged({ ...details, description: "<b>No</b> snacks" }),
    ).thenDocuments((documents) =>
      expect(find<MeetupDocument>(documents, meetupKey(meetupId))?.body).toMatchObject({
        description: "<b>No</b> snacks",
        descriptionHtml: "<p>&lt;b&gt;No&lt;/b&gt; snacks</p>",
      }),
    );
    given(scheduled).thenDocuments((documents) =>
      expect(find<MeetupDocument>(documents, meetupKey(meetupId))?.body).toMatchObject({
        descriptionHtml: "",
      }),
    );
  });
});

const stores = bothStores(eventCatalog(...meetupEventTypes));

describe.each(stores)("meetup documents on %s", (_name, open) => {
  test("an RSVP writes four documents and a cancellation with its promotion seven (three an event, and the checkpoint), however big the meetup", async () => {
    const { log: store, documents, close } = await open();
    const meta = () => ({
      actor: "tester",
      occurredAt: "2026-01-01T00:00:00.000Z",
      correlationId: newId(),
      causationId: null,
    });
    const append = async (events: { type: string; data: unknown }[]) => {
      const version = (await store.readStream(streamId)).length;
      await store.append(
        streamId,
        events.map((event) => ({ id: newId(), ...event, meta: meta() })),
        { expectedVersion: version || "no stream" },
      );
      return version + events.length;
    };
    const writes: string[] = [];
    const counting: DocumentStore = {
      ...documents,
      put: (document, options) => {
        writes.push(document.key.sort);
        return documents.put(document, options);
      },
    };
    const meetups = projector({ store, documents: counting, projections: [meetupsProjection] });
    const parties = Array.from({ length: 300 }, (_, index) =>
      index < 3
        ? RsvpConfirmed({ memberId: `m${index}`, guests: 0 })
        : RsvpWaitlisted({ memberId: `m${index}`, guests: 0 }),
    );
    await meetups.handle({ streamId, version: await append([scheduled, MeetupPublished({}), ...parties]) });

    const writtenBy = async (events: { type: string; data: unknown }[]) => {
      writes.length = 0;
      await meetups.handle({ streamId, version: await append(events) });
      return [...writes];
    };
    expect(await writtenBy([RsvpWaitlisted({ memberId: "late", guests: 0 })])).toHaveLength(4);
    const cancellation = await writtenBy([
      RsvpCancelled({ memberId: "m0" }),
      WaitlistPromoted({ memberId: "m3" }),
    ]);
    expect(cancellation).toHaveLength(7);
    expect(cancellation.filter((sort) => sort === "projection#meetups")).toHaveLength(1);

    const checkpoint = await documents.get(checkpointKey(meetupsProjection, streamId));
    expect(checkpoint).toMatchObject({ version: 305, body: {} });
    const meetup = await documents.get(meetupKey(meetupId));
    expect(JSON.stringify(meetup).length).toBeLessThan(2000);
    expect(meetup?.body).toMatchObject({ confirmedSeats: 3, waitlistLength: 297 });
    await close();
  }, 120_000);
});
