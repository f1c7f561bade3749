import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { type AgendaCommand, agendaDecider, type MeetupTimes } from "./decider";
import {
  AgendaClosed,
  InvalidAgendaSlot,
  NothingToRelease,
  SlotNotFound,
  SlotOutsideMeetup,
  SlotOverlaps,
  TalkAlreadyOnAgenda,
} from "./errors";
import {
  AgendaReleased,
  type AgendaSlot,
  AgendaSlotAdded,
  AgendaSlotEdited,
  AgendaSlotRemoved,
  AgendaSlotsRescheduled,
} from "./events";

const { given } = deciderSpecification(agendaDecider);

const meetup: MeetupTimes = {
  startsAt: "2026-06-04T16:00:00.000Z",
  endsAt: "2026-06-04T19:00:00.000Z",
  closed: false,
};
const at = (hours: number, minutes = 0) =>
  new Date(Date.parse(meetup.startsAt) + (hours * 60 + minutes) * 60_000).toISOString();

const doors: AgendaSlot = {
  slotId: "doors",
  startsAt: at(0),
  minutes: 30,
  proposalId: null,
  title: "Doors open",
};
const talk: AgendaSlot = {
  slotId: "talk",
  startsAt: at(0, 30),
  minutes: 30,
  proposalId: "p1",
  title: "Compilers, gently",
};
const pizza: AgendaSlot = {
  slotId: "pizza",
  startsAt: at(1, 15),
  minutes: 45,
  proposalId: null,
  title: "Pizza",
};

type CommandData = AgendaCommand extends infer Each
  ? Each extends unknown
    ? Omit<Each, "meetupId" | "meetup">
    : never
  : never;
const command = (body: CommandData, times: MeetupTimes = meetup) =>
  ({ meetupId: "m1", meetup: times, ...body }) as AgendaCommand;

describe("adding slots", () => {
  test("an organiser adds a free item inside the meetup", () =>
    given()
      .when(command({ type: "AddSlot", slot: doors }))
      .then(AgendaSlotAdded(doors)));

  test("a slot starts no earlier than the meetup", () =>
    given()
      .when(command({ type: "AddSlot", slot: { ...doors, startsAt: at(0, -5) } }))
      .thenThrows(SlotOutsideMeetup));

  test("a slot ends no later than the meetup", () =>
    given()
      .when(command({ type: "AddSlot", slot: { ...pizza, startsAt: at(2, 30) } }))
      .thenThrows(SlotOutsideMeetup));

  test("slots do not overlap", () =>
    given(AgendaSlotAdded(doors))
      .when(command({ type: "AddSlot", slot: { ...talk, startsAt: at(0, 20) } }))
      .thenThrows(SlotOverlaps));

  test("a slot may start the minute the one before ends", () =>
    given(AgendaSlotAdded(doors))
      .when(command({ type: "AddSlot", slot: talk }))
      .then(AgendaSlotAdded(talk)));

  test("a talk has one slot at most", () =>
    given(AgendaSlotAdded(talk))
      .when(command({ type: "AddSlot", slot: { ...talk, slotId: "again", startsAt: at(2) } }))
      .thenThrows(TalkAlreadyOnAgenda));

  test("a slot lasts 1 to 600 minutes and has a label", () => {
    given()
      .when(command({ type: "AddSlot", slot: { ...doors, minutes: 0 } }))
      .thenThrows(InvalidAgendaSlot);
    given()
      .when(command({ type: "AddSlot", slot: { ...doors, title: "  " } }))
      .thenThrows(InvalidAgendaSlot);
  });

  test("a retried add finds its slot and adds nothing again", () =>
    given(AgendaSlotAdded(doors))
      .when(command({ type: "AddSlot", slot: doors }))
      .thenNothing());

  test("the agenda of a past or cancelled meetup no longer changes", () =>
    given()
      .when(command({ type: "AddSlot", slot: doors }, { ...meetup, closed: true }))
      .thenThrows(AgendaClosed));
});

describe("editing, moving and removing", () => {
  test("an item's start, length and label change", () =>
    given(AgendaSlotAdded(pizza))
      .when(
        command({ type: "EditSlot", slotId: "pizza", changes: { minutes: 30, title: "Pizza and drinks" } }),
      )
      .then(AgendaSlotEdited({ ...pizza, minutes: 30, title: "Pizza and drinks" })));

  test("a talk's title stays the talk's", () =>
    given(AgendaSlotAdded(talk))
      .when(command({ type: "EditSlot", slotId: "talk", changes: { title: "Something else" } }))
      .thenNothing());

  test("an edit that would overlap is refused", () =>
    given(AgendaSlotAdded(doors), AgendaSlotAdded(talk))
      .when(command({ type: "EditSlot", slotId: "doors", changes: { minutes: 40 } }))
      .thenThrows(SlotOverlaps));

  test("an unknown slot is not found", () =>
    given()
      .when(command({ type: "EditSlot", slotId: "nope", changes: { minutes: 5 } }))
      .thenThrows(SlotNotFound));

  test("moving a slot lays the order out again from the first start, lengths and gaps kept", () =>
    given(AgendaSlotAdded(doors), AgendaSlotAdded(talk), AgendaSlotAdded(pizza))
      // doors 0:00–0:30, talk 0:30–1:00, (15 min gap), pizza 1:15–2:00 → pizza first.
      .when(command({ type: "MoveSlot", slotId: "pizza", position: 0 }))
      .then(
        AgendaSlotsRescheduled({
          starts: [
            { slotId: "pizza", startsAt: at(0) },
            { slotId: "doors", startsAt: at(0, 45) },
            { slotId: "talk", startsAt: at(1, 30) },
          ],
        }),
      ));

  test("moving a slot to where it is changes nothing", () =>
    given(AgendaSlotAdded(doors), AgendaSlotAdded(talk))
      .when(command({ type: "MoveSlot", slotId: "talk", position: 1 }))
      .thenNothing());

  test("a removed slot leaves the draft; removing it again changes nothing", () => {
    given(AgendaSlotAdded(doors))
      .when(command({ type: "RemoveSlot", slotId: "doors" }))
      .then(AgendaSlotRemoved({ slotId: "doors" }));
    given(AgendaSlotAdded(doors), AgendaSlotRemoved({ slotId: "doors" }))
      .when(command({ type: "RemoveSlot", slotId: "doors" }))
      .thenNothing();
  });
});

describe("releasing", () => {
  test("a release is the next numbered version, with its note and the slots by start", () =>
    given(AgendaSlotAdded(talk), AgendaSlotAdded(doors))
      .when(command({ type: "ReleaseAgenda", note: " First agenda " }))
      .then(AgendaReleased({ number: 1, note: "First agenda", slots: [doors, talk] })));

  test("a release needs a slot", () =>
    given()
      .when(command({ type: "ReleaseAgenda", note: "" }))
      .thenThrows(NothingToRelease));

  test("a release needs a draft that differs from the latest release", () =>
    given(AgendaSlotAdded(doors), AgendaReleased({ number: 1, note: "", slots: [doors] }))
      .when(command({ type: "ReleaseAgenda", note: "again" }))
      .thenThrows(NothingToRelease));

  test("after a change the next release is version 2", () =>
    given(
      AgendaSlotAdded(doors),
      AgendaReleased({ number: 1, note: "", slots: [doors] }),
      AgendaSlotAdded(pizza),
    )
      .when(command({ type: "ReleaseAgenda", note: "Pizza added" }))
      .then(AgendaReleased({ number: 2, note: "Pizza added", slots: [doors, pizza] })));

  test("a note is up to 500 characters", () =>
    given(AgendaSlotAdded(doors))
      .when(command({ type: "ReleaseAgenda", note: "x".repeat(501) }))
      .thenThrows(InvalidAgendaSlot));
});
