import {
  type AgendaRead,
  agendaEditors,
  agendaReadVisibility,
  type TalkActor,
  talkActors,
} from "@meetstream/core/testing/authorization-actors";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";
import { type AgendaClient, agendaClient } from "./agenda-test-client";
import type { Person } from "./community-test-client";
import { meetupClient, meetupInput } from "./meetup-test-client";
import { callInput, proposalInput, type TalkClient, talkClient } from "./talk-test-client";

/**
 * Who may do what to a meetup's agenda, mutation by mutation and read by read, over GraphQL on the real
 * local host, with core's table (testing/authorization-actors.ts). One community: its organiser, a host, a
 * member, the speaker of the confirmed talk, another speaker, a member appointed to review; the organiser
 * of another community is a stranger. Each mutation acts, for each actor, on a slot of its own.
 */
let host: LocalHost;
let talks: TalkClient;
let agenda: AgendaClient;
const people = {} as Record<Exclude<TalkActor, "anonymous">, Person>;
let meetupPublicId: string;
let talkId: string;
let startsAt: string;
/** Each prepared slot takes the next free minute of the meetup. */
let nextMinute = 0;

const personOf = (actor: TalkActor): Person | undefined =>
  actor === "anonymous" ? undefined : people[actor];
const minuteSlot = () => ({
  startsAt: new Date(Date.parse(startsAt) + nextMinute++ * 60_000).toISOString(),
  minutes: 1,
  title: `Item ${nextMinute}`,
});

beforeAll(async () => {
  host = await startTestHost();
  talks = talkClient(host.url);
  const names: Record<Exclude<TalkActor, "anonymous">, string> = {
    organiser: "Olga",
    member: "Max",
    speaker: "Sara",
    otherSpeaker: "Otto",
    reviewer: "Rita",
    host: "Hana",
    strangerOrganiser: "Stan",
  };
  for (const [actor, name] of Object.entries(names) as [Exclude<TalkActor, "anonymous">, string][])
    people[actor] = await talks.person(name, `${name.toLowerCase()}-agendas`);
  const { id: communityId } = await talks.found(people.organiser, {
    name: "Agenda authorization",
    slug: "agenda-authorization",
  });
  for (const actor of ["member", "speaker", "otherSpeaker", "reviewer", "host"] as const)
    await talks.join(people[actor], communityId);
  await talks.onMember("appointHost", people.organiser, communityId, people.host.id);
  await talks.found(people.strangerOrganiser, { name: "Elsewhere", slug: "agenda-elsewhere" });
  startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const meetups = meetupClient(host.url);
  const meetup = await meetups.schedule(
    people.organiser,
    meetupInput(communityId, {
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 180 * 60_000).toISOString(),
    }),
  );
  meetupPublicId = meetup.publicId;
  await meetups.publish(people.organiser, meetup.id);
  agenda = agendaClient(host.url, meetup.id);
  const call = await talks.draftCall(people.organiser, callInput(communityId));
  await talks.publishCall(people.organiser, call.id);
  await talks.appointReviewer(people.organiser, call.id, people.reviewer.id);
  talkId = (await talks.submit(people.speaker, proposalInput(call.id))).id;
  await talks.submit(people.otherSpeaker, proposalInput(call.id, { title: "Another talk" }));
  await talks.accept(people.organiser, talkId);
  await talks.confirm(people.speaker, talkId);
  // The released agenda holds the talk; the draft has moved on since.
  await agenda.addSlot(people.organiser, {
    startsAt: new Date(Date.parse(startsAt) + 150 * 60_000).toISOString(),
    proposalId: talkId,
  });
  await agenda.release(people.organiser, "First");
});
afterAll(() => host.close());

/** A slot of the draft, made by the organiser for one actor's attempt. */
async function preparedSlot(): Promise<string> {
  const draft = await agenda.addSlot(people.organiser, minuteSlot());
  const slot = draft.slots.find((each: { title: string }) => each.title === `Item ${nextMinute}`);
  return slot.id;
}

const expectedOf = (success: string): Record<TalkActor, string> =>
  Object.fromEntries(
    talkActors.map((actor) => [
      actor,
      actor === "anonymous" ? "NotSignedIn" : agendaEditors.includes(actor) ? success : "NotAnOrganiser",
    ]),
  ) as Record<TalkActor, string>;

const cases: {
  mutation: string;
  success: string;
  run: (person: Person | undefined) => Promise<{ __typename: string }>;
}[] = [
  {
    mutation: "addAgendaSlot",
    success: "AgendaDraft",
    run: (person) => agenda.addSlot(person, minuteSlot()),
  },
  {
    mutation: "editAgendaSlot",
    success: "AgendaDraft",
    run: async (person) => agenda.editSlot(person, { slotId: await preparedSlot(), title: "Renamed" }),
  },
  {
    mutation: "moveAgendaSlot",
    success: "AgendaDraft",
    run: async (person) => agenda.moveSlot(person, await preparedSlot(), 0),
  },
  {
    mutation: "removeAgendaSlot",
    success: "AgendaDraft",
    run: async (person) => agenda.removeSlot(person, await preparedSlot()),
  },
  {
    mutation: "releaseAgenda",
    success: "AgendaVersion",
    run: async (person) => {
      await preparedSlot();
      return agenda.release(person, "Again");
    },
  },
];

describe.each(cases)("$mutation", ({ success, run }) => {
  const expected = expectedOf(success);
  test.each(talkActors)("%s", async (actor) => {
    expect((await run(personOf(actor))).__typename).toBe(expected[actor]);
  });
});

const reads: Record<AgendaRead, (person: Person | undefined) => Promise<boolean>> = {
  releasedAgenda: async (person) => {
    const meetup = await agenda.meetup(
      person,
      meetupPublicId,
      "agenda { number } agendaVersion(number: 1) { number }",
    );
    return meetup.agenda !== null && meetup.agendaVersion !== null;
  },
  draft: async (person) => {
    const meetup = await agenda.meetup(
      person,
      meetupPublicId,
      "agendaDraft { releasable availableTalks { id } }",
    );
    return meetup.agendaDraft !== null;
  },
  talkSlot: async (person) => (await talks.proposal(person, talkId, "slot { startsAt }"))?.slot != null,
};

describe.each(Object.keys(agendaReadVisibility) as AgendaRead[])("reading %s", (read) => {
  test.each(talkActors)("%s", async (actor) => {
    expect(await reads[read](personOf(actor))).toBe(agendaReadVisibility[read][actor]);
  });
});
