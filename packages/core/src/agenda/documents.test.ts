import { describe, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import { agendaKey, agendaProjection, agendaVersionKey, talkSlotKey, talkSlotsPartition } from "./documents";
import {
  AgendaReleased,
  type AgendaSlot,
  AgendaSlotAdded,
  AgendaSlotEdited,
  AgendaSlotRemoved,
  AgendaSlotsRescheduled,
} from "./events";

const meetupId = "0190aaaa-0000-7000-8000-0000000000m1";
const agenda = projectionSpecification(agendaProjection, `agenda-${meetupId}`);

const doors: AgendaSlot = {
  slotId: "doors",
  startsAt: "2026-06-04T16:00:00.000Z",
  minutes: 30,
  proposalId: null,
  title: "Doors open",
};
const talk: AgendaSlot = {
  slotId: "talk",
  startsAt: "2026-06-04T16:30:00.000Z",
  minutes: 30,
  proposalId: "p1",
  title: "Event sourcing without tears",
};

describe("the draft", () => {
  test("follows every edit, ordered by start", () =>
    agenda
      .given(
        AgendaSlotAdded(talk),
        AgendaSlotAdded(doors),
        AgendaSlotEdited({ ...doors, title: "Doors and coffee" }),
        AgendaSlotsRescheduled({
          starts: [
            { slotId: "talk", startsAt: "2026-06-04T16:00:00.000Z" },
            { slotId: "doors", startsAt: "2026-06-04T16:30:00.000Z" },
          ],
        }),
      )
      .thenMatching({
        key: agendaKey(meetupId),
        body: {
          meetupId,
          draft: [
            { slotId: "talk", startsAt: "2026-06-04T16:00:00.000Z" },
            { slotId: "doors", title: "Doors and coffee", startsAt: "2026-06-04T16:30:00.000Z" },
          ],
          latestNumber: 0,
          latestSlots: [],
        },
      }));

  test("loses a removed slot", () =>
    agenda
      .given(AgendaSlotAdded(doors), AgendaSlotAdded(talk), AgendaSlotRemoved({ slotId: "doors" }))
      .thenMatching({ key: agendaKey(meetupId), body: { draft: [{ slotId: "talk" }] } }));
});

describe("releases", () => {
  test("each is kept as released, with its note and moment; the talk on it has its slot", () =>
    agenda
      .given(
        AgendaSlotAdded(doors),
        AgendaSlotAdded(talk),
        {
          ...AgendaReleased({ number: 1, note: "First cut", slots: [doors, talk] }),
          at: "2026-05-20T09:00:00.000Z",
        },
        AgendaSlotEdited({ ...doors, title: "Doors and coffee" }),
      )
      .thenMatching(
        {
          key: agendaKey(meetupId),
          body: {
            latestNumber: 1,
            latestSlots: [doors, talk],
            latestNote: "First cut",
            latestReleasedAt: "2026-05-20T09:00:00.000Z",
            draft: [{ title: "Doors and coffee" }, talk],
          },
        },
        {
          key: talkSlotKey(meetupId, "p1"),
          body: {
            proposalId: "p1",
            meetupId,
            startsAt: "2026-06-04T16:30:00.000Z",
            endsAt: "2026-06-04T17:00:00.000Z",
            number: 1,
          },
          indexes: { first: { partition: talkSlotsPartition("p1"), sort: meetupId } },
        },
        {
          key: agendaVersionKey(meetupId, 1),
          body: {
            meetupId,
            number: 1,
            note: "First cut",
            releasedAt: "2026-05-20T09:00:00.000Z",
            slots: [doors, talk],
          },
        },
      ));

  test("a talk a later release leaves out loses its slot", () =>
    agenda
      .given(
        AgendaSlotAdded(talk),
        AgendaReleased({ number: 1, note: "", slots: [talk] }),
        AgendaSlotRemoved({ slotId: "talk" }),
        AgendaSlotAdded(doors),
        AgendaReleased({ number: 2, note: "The talk is off", slots: [doors] }),
      )
      .thenMatching(
        { key: agendaKey(meetupId), body: { latestNumber: 2 } },
        { key: talkSlotKey(meetupId, "p1"), body: null },
        { key: agendaVersionKey(meetupId, 1), body: { slots: [talk] } },
        { key: agendaVersionKey(meetupId, 2), body: { slots: [doors] } },
      ));
});
