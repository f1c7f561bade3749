/** Meetup requests over the real local host, for the meetup GraphQL tests. */
import { communityClient, type Person } from "./community-test-client";

export const meetupFields = `
  id publicId title status timeZone startsAt endsAt capacity guestLimit confirmedSeats spotsLeft waitlistLength online joinUrl
  cancellationMessage
  viewerRsvp { status guests waitlistPosition checkedIn attendance listed }`;

const withInvalidMeetup = new Set([
  "checkInGuests",
  "scheduleMeetup",
  "publishMeetup",
  "editMeetup",
  "rescheduleMeetup",
  "changeMeetupCapacity",
  "cancelMeetup",
  "rsvp",
  "changeRsvp",
]);

const resultSelection = (name: string) => `
  __typename
  ... on Meetup { ${meetupFields} }
  ... on Error { code message }
  ${withInvalidMeetup.has(name) ? "... on InvalidMeetup { issues { path message } }" : ""}
  ${name === "rsvp" || name === "changeRsvp" ? "... on TooManyGuests { allowedGuests }" : ""}
  ${name === "changeRsvp" ? "... on NotEnoughSeats { seatsAvailable guestsAdded }" : ""}
  ${name === "promoteFromWaitlist" ? "... on NoSeatsForParty { seatsNeeded seatsLeft }" : ""}`;

const variableTypes: Record<string, string> = {
  scheduleInput: "ScheduleMeetupInput!",
  editInput: "EditMeetupInput!",
  rescheduleInput: "RescheduleMeetupInput!",
  idempotencyKey: "String",
  meetupId: "ID!",
  memberId: "ID!",
  capacity: "Int",
  guests: "Int",
  listed: "Boolean",
  guestsArrived: "Int!",
  message: "String!",
  overCapacity: "Boolean",
};

/** An instant this many minutes from now, as the API takes it. */
export const minutesFromNow = (minutes: number): string =>
  new Date(Date.now() + minutes * 60_000).toISOString();

export function meetupClient(url: string) {
  const communities = communityClient(url);

  /** A mutation's result union, whatever it turned out to be. */
  const mutate = async (
    name: string,
    argumentList: string,
    variables: Record<string, unknown>,
    person?: Person,
  ) => {
    const declared = Object.keys(variables)
      .map((variable) => `$${variable}: ${variableTypes[variable]}`)
      .join(", ");
    const data = await communities.query(
      `mutation (${declared}) { ${name}(${argumentList}) { ${resultSelection(name)} } }`,
      person,
      variables,
    );
    return data[name];
  };

  const onMeetup =
    (name: string) => (person: Person | undefined, meetupId: string, idempotencyKey?: string) =>
      mutate(
        name,
        "meetupId: $meetupId, idempotencyKey: $idempotencyKey",
        { meetupId, idempotencyKey },
        person,
      );

  const onAttendee =
    (name: string) =>
    (person: Person | undefined, meetupId: string, memberId: string, idempotencyKey?: string) =>
      mutate(
        name,
        "meetupId: $meetupId, memberId: $memberId, idempotencyKey: $idempotencyKey",
        { meetupId, memberId, idempotencyKey },
        person,
      );

  return {
    ...communities,
    schedule: (person: Person | undefined, input: Record<string, unknown>, idempotencyKey?: string) =>
      mutate(
        "scheduleMeetup",
        "input: $scheduleInput, idempotencyKey: $idempotencyKey",
        { scheduleInput: input, idempotencyKey },
        person,
      ),
    publish: onMeetup("publishMeetup"),
    edit: (person: Person | undefined, meetupId: string, input: Record<string, unknown>) =>
      mutate("editMeetup", "meetupId: $meetupId, input: $editInput", { meetupId, editInput: input }, person),
    reschedule: (person: Person | undefined, meetupId: string, input: Record<string, unknown>) =>
      mutate(
        "rescheduleMeetup",
        "meetupId: $meetupId, input: $rescheduleInput",
        { meetupId, rescheduleInput: input },
        person,
      ),
    changeCapacity: (person: Person | undefined, meetupId: string, capacity: number | null) =>
      mutate(
        "changeMeetupCapacity",
        "meetupId: $meetupId, capacity: $capacity",
        { meetupId, capacity },
        person,
      ),
    cancel: (person: Person | undefined, meetupId: string, message: string) =>
      mutate("cancelMeetup", "meetupId: $meetupId, message: $message", { meetupId, message }, person),
    rsvp: (person: Person | undefined, meetupId: string, guests?: number, idempotencyKey?: string) =>
      mutate(
        "rsvp",
        "meetupId: $meetupId, guests: $guests, idempotencyKey: $idempotencyKey",
        { meetupId, guests, idempotencyKey },
        person,
      ),
    /** Left out of `change`: that part of the RSVP stays as it is. */
    changeRsvp: (
      person: Person | undefined,
      meetupId: string,
      change: { guests?: number; listed?: boolean },
      idempotencyKey?: string,
    ) =>
      mutate(
        "changeRsvp",
        "meetupId: $meetupId, guests: $guests, listed: $listed, idempotencyKey: $idempotencyKey",
        { meetupId, guests: change.guests, listed: change.listed, idempotencyKey },
        person,
      ),
    cancelRsvp: onMeetup("cancelRsvp"),
    removeRsvp: onAttendee("removeRsvp"),
    checkIn: onAttendee("checkIn"),
    promoteFromWaitlist: (
      person: Person | undefined,
      meetupId: string,
      memberId: string,
      { overCapacity, idempotencyKey }: { overCapacity?: boolean; idempotencyKey?: string } = {},
    ) =>
      mutate(
        "promoteFromWaitlist",
        "meetupId: $meetupId, memberId: $memberId, overCapacity: $overCapacity, idempotencyKey: $idempotencyKey",
        { meetupId, memberId, overCapacity, idempotencyKey },
        person,
      ),
    checkInGuests: (
      person: Person | undefined,
      meetupId: string,
      memberId: string,
      guests: number,
      idempotencyKey?: string,
    ) =>
      mutate(
        "checkInGuests",
        "meetupId: $meetupId, memberId: $memberId, guests: $guestsArrived, idempotencyKey: $idempotencyKey",
        { meetupId, memberId, guestsArrived: guests, idempotencyKey },
        person,
      ),
    undoCheckIn: onAttendee("undoCheckIn"),
    /** The meetup as this person sees it, with `extra` fields selected too. */
    meetup: async (person: Person | undefined, meetupId: string, extra = "") =>
      (
        await communities.query(`query ($id: ID!) { meetup(id: $id) { ${meetupFields} ${extra} } }`, person, {
          id: meetupId,
        })
      ).meetup,
  };
}

export type MeetupClient = ReturnType<typeof meetupClient>;

/** A meetup input that passes every rule: an hour from now (check-in is open), for three hours. */
export const meetupInput = (communityId: string, overrides: Record<string, unknown> = {}) => ({
  communityId,
  title: "Rust and coffee",
  description: "We write **Rust**.",
  timeZone: "Europe/Berlin",
  startsAt: minutesFromNow(60),
  endsAt: minutesFromNow(180),
  capacity: 2,
  guestLimit: 1,
  venue: { name: "Café Plume", address: "Main street 1, Berlin" },
  joinUrl: "https://meet.example/rust-and-coffee",
  ...overrides,
});
