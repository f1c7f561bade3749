import { describe, expect, test } from "vitest";
import { agendaRefusalWords, slotErrorsOf } from "./slot-rejections";

/** 19:00 to 22:00 in Amsterdam (CEST). */
const meetup = {
  startsAt: "2026-06-10T17:00:00.000Z",
  endsAt: "2026-06-10T20:00:00.000Z",
  timeZone: "Europe/Amsterdam",
};

describe("an agenda's refusals, on the field they concern", () => {
  test("an overlap names the slot it would overlap, at its times in the meetup's zone", () => {
    const overlap = {
      __typename: "SlotOverlaps",
      code: "SLOT_OVERLAPS",
      message: "Slot 0190… overlaps slot 0191…",
      overlapping: {
        title: "Pizza",
        startsAt: "2026-06-10T17:30:00.000Z",
        endsAt: "2026-06-10T18:00:00.000Z",
      },
    };
    expect(slotErrorsOf(overlap, meetup)).toEqual({ startsAt: "It would overlap “Pizza” (19:30–20:00)." });
  });

  test("a slot outside the meetup is told the meetup's times", () => {
    expect(slotErrorsOf({ __typename: "SlotOutsideMeetup", message: "outside" }, meetup)).toEqual({
      startsAt: "It must start and end within the meetup, 19:00–22:00.",
    });
  });

  test("the input's issues go on their fields, a talk's refusal on the talk", () => {
    const invalid = {
      __typename: "InvalidAgendaSlot",
      message: "invalid",
      issues: [{ path: ["minutes"], message: "at most 600" }],
    };
    expect(slotErrorsOf(invalid, meetup)).toEqual({ minutes: "At most 600." });
    expect(slotErrorsOf({ __typename: "TalkAlreadyOnAgenda", message: "on it" }, meetup)).toEqual({
      proposalId: "This talk is on the agenda already.",
    });
  });

  test("a closed agenda is said for the form as a whole, in words", () => {
    expect(
      slotErrorsOf({ __typename: "AgendaClosed", code: "AGENDA_CLOSED", message: "closed" }, meetup),
    ).toEqual({
      form: "This meetup is over or cancelled: its agenda stays as it was.",
    });
    expect(agendaRefusalWords({ code: "SOMETHING_NEW", message: "The API's own words." })).toBe(
      "The API's own words.",
    );
  });
});
