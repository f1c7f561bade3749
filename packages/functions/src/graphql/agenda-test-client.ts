/** Agenda requests over the real local host, for the agenda GraphQL tests. */
import type { Person } from "./community-test-client";
import { talkClient } from "./talk-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

const slotFields = "id kind title startsAt endsAt minutes talk { id title }";
const draftSelection = `
  __typename
  ... on AgendaDraft { releasable slots { ${slotFields} } availableTalks { id title } }
  ... on Error { code message }
  ... on InvalidAgendaSlot { issues { path message } }
  ... on SlotOverlaps { overlapping { id title } }`;

const variableTypes: Record<string, string> = {
  meetupId: "ID!",
  slotId: "ID!",
  position: "Int!",
  note: "String",
};

/** The agenda of one meetup (by its global id), as a client of the API edits and reads it. */
export function agendaClient(url: string, meetupId: string) {
  const { query } = talkClient(url);

  async function draftMutation(
    name: string,
    args: string,
    variables: Record<string, unknown>,
    person?: Person,
  ) {
    const declared = Object.keys(variables).map((variable) =>
      variable === "input"
        ? `$input: ${name === "addAgendaSlot" ? "AddAgendaSlotInput!" : "EditAgendaSlotInput!"}`
        : `$${variable}: ${variableTypes[variable]}`,
    );
    const data = await query(
      `mutation (${declared.join(", ")}) { ${name}(${args}) { ${draftSelection} } }`,
      person,
      variables,
    );
    return data[name] as Loose;
  }

  return {
    draftMutation,
    addSlot: (person: Person | undefined, input: Record<string, unknown>) =>
      draftMutation("addAgendaSlot", "input: $input", { input: { meetupId, ...input } }, person),
    editSlot: (person: Person | undefined, input: Record<string, unknown>) =>
      draftMutation("editAgendaSlot", "input: $input", { input: { meetupId, ...input } }, person),
    moveSlot: (person: Person | undefined, slotId: string, position: number) =>
      draftMutation(
        "moveAgendaSlot",
        "meetupId: $meetupId, slotId: $slotId, position: $position",
        { meetupId, slotId, position },
        person,
      ),
    removeSlot: (person: Person | undefined, slotId: string) =>
      draftMutation("removeAgendaSlot", "meetupId: $meetupId, slotId: $slotId", { meetupId, slotId }, person),
    async release(person: Person | undefined, note: string): Promise<Loose> {
      const data = await query(
        `mutation ($meetupId: ID!, $note: String) { releaseAgenda(meetupId: $meetupId, note: $note) {
          __typename ... on AgendaVersion { number note releasedAt slots { title } } ... on Error { code message } } }`,
        person,
        { meetupId, note },
      );
      return data.releaseAgenda;
    },
    /** Fields of the meetup, found by its plain or global id. */
    async meetup(person: Person | undefined, id: string, fields: string): Promise<Loose> {
      return (await query(`query ($id: ID!) { meetup(id: $id) { ${fields} } }`, person, { id })).meetup;
    },
  };
}

export type AgendaClient = ReturnType<typeof agendaClient>;
