import { localClockTimeOf, zoneNameAt } from "@meetstream/core/clock/local-time";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";
import { type AgendaClient, agendaClient } from "./agenda-test-client";
import type { Person } from "./community-test-client";
import { meetupClient, meetupInput } from "./meetup-test-client";
import { callInput, proposalInput, type TalkClient, talkClient } from "./talk-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

let host: LocalHost;
let talks: TalkClient;
const people = {} as Record<"organiser" | "host" | "member" | "speaker" | "stranger", Person>;
let meetupId: string;
let meetupPublicId: string;
let talkId: string;
let startsAt: string;
let agenda: AgendaClient;

/** Minutes after the meetup's start, as an instant. */
const minutesIn = (minutes: number) => new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();

const addSlot = (input: Record<string, unknown>, person = people.organiser) => agenda.addSlot(person, input);
const editSlot = (input: Record<string, unknown>, person = people.organiser) =>
  agenda.editSlot(person, input);
const moveSlot = (slotId: string, position: number, person = people.organiser) =>
  agenda.moveSlot(person, slotId, position);
const release = (note: string, person: Person | undefined = people.organiser) => agenda.release(person, note);
const meetupAgenda = (person: Person | undefined, fields: string) =>
  agenda.meetup(person, meetupPublicId, fields);

beforeAll(async () => {
  host = await startTestHost();
  talks = talkClient(host.url);
  const meetups = meetupClient(host.url);
  people.organiser = await talks.person("Olga", "olga");
  people.host = await talks.person("Hana", "hana");
  people.member = await talks.person("Max", "max");
  people.speaker = await talks.person("Sara", "sara");
  people.stranger = await talks.person("Stan", "stan");
  const { id: communityId } = await talks.found(people.organiser, { name: "Agendas", slug: "agendas" });
  for (const person of [people.host, people.member, people.speaker]) await talks.join(person, communityId);
  await talks.onMember("appointHost", people.organiser, communityId, people.host.id);
  await talks.found(people.stranger, { name: "Elsewhere", slug: "elsewhere" });
  startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const meetup = await meetups.schedule(
    people.organiser,
    meetupInput(communityId, { startsAt, endsAt: minutesIn(180), capacity: 40 }),
  );
  meetupId = meetup.id;
  meetupPublicId = meetup.publicId;
  agenda = agendaClient(host.url, meetupId);
  await meetups.publish(people.organiser, meetupId);
  const call = await talks.draftCall(people.organiser, callInput(communityId));
  await talks.publishCall(people.organiser, call.id);
  const proposal = await talks.submit(people.speaker, proposalInput(call.id));
  talkId = proposal.id;
  await talks.accept(people.organiser, talkId);
  await talks.confirm(people.speaker, talkId);
});
afterAll(() => host.close());

describe("an organiser builds and releases an agenda; the public reads its versions", () => {
  let talkSlotId: string;

  test("the draft takes free items and the confirmed talk, which brings its title and length", async () => {
    expect((await addSlot({ startsAt: minutesIn(0), minutes: 30, title: "Doors open" })).__typename).toBe(
      "AgendaDraft",
    );
    await addSlot({ startsAt: minutesIn(30), minutes: 20, title: "Pizza" });
    const draft = await addSlot({ startsAt: minutesIn(60), proposalId: talkId });
    expect(draft.slots.map(({ kind, title, minutes }: Loose) => [kind, title, minutes])).toEqual([
      ["ITEM", "Doors open", 30],
      ["ITEM", "Pizza", 20],
      ["TALK", "Event sourcing without tears", 30],
    ]);
    expect(draft.slots[2].talk).toEqual({ id: talkId, title: "Event sourcing without tears" });
    expect(draft.availableTalks).toEqual([]);
    expect(draft.releasable).toBe(true);
    talkSlotId = draft.slots[2].id;
  });

  test("nothing is public before the release; the draft is the organisers' alone", async () => {
    expect(await meetupAgenda(undefined, "agenda { number } agendaDraft { releasable }")).toEqual({
      agenda: null,
      agendaDraft: null,
    });
    for (const person of [people.member, people.host, people.speaker, people.stranger])
      expect((await meetupAgenda(person, "agendaDraft { releasable }")).agendaDraft).toBeNull();
  });

  test("version 1, then a move, then version 2 that says what changed", async () => {
    expect(await release("First cut")).toMatchObject({
      __typename: "AgendaVersion",
      number: 1,
      note: "First cut",
      slots: [{ title: "Doors open" }, { title: "Pizza" }, { title: "Event sourcing without tears" }],
    });
    expect(await release("Again")).toMatchObject({
      __typename: "NothingToRelease",
      code: "NOTHING_TO_RELEASE",
    });
    const moved = await moveSlot(talkSlotId, 1);
    expect(moved.slots.map((slot: Loose) => slot.title)).toEqual([
      "Doors open",
      "Event sourcing without tears",
      "Pizza",
    ]);
    expect((await release("The talk before the pizza")).number).toBe(2);

    const { agenda, agendaVersion } = await meetupAgenda(
      undefined,
      `agenda { number note slots { title startsAt endsAt }
         changesSince { since changes { kind title startsAt previousStartsAt } } }
       agendaVersion(number: 1) { number slots { title } }`,
    );
    expect(agenda).toMatchObject({ number: 2, note: "The talk before the pizza" });
    expect(agenda.slots[1]).toEqual({
      title: "Event sourcing without tears",
      startsAt: minutesIn(30),
      endsAt: minutesIn(60),
    });
    expect(agenda.changesSince).toEqual({
      since: 1,
      changes: [
        {
          kind: "MOVED",
          title: "Event sourcing without tears",
          startsAt: minutesIn(30),
          previousStartsAt: minutesIn(60),
        },
        { kind: "MOVED", title: "Pizza", startsAt: minutesIn(70), previousStartsAt: minutesIn(30) },
      ],
    });
    expect(agendaVersion.slots.map((slot: Loose) => slot.title)).toEqual([
      "Doors open",
      "Pizza",
      "Event sourcing without tears",
    ]);
  });

  test("the meetup's .ics lists version 2 in Berlin time; the community's Atom feed tells each release", async () => {
    const berlin = (minutes: number) =>
      localClockTimeOf(minutesIn(minutes), "Europe/Berlin", { zoneName: false });
    const ics = (await (await fetch(`${host.url}/feeds/meetups/${meetupPublicId}.ics`)).text()).replace(
      /\r\n[ \t]/g,
      "",
    );
    expect(ics).toContain(
      `Agenda (version 2\\, times in ${zoneNameAt(minutesIn(0), "Europe/Berlin")})\\n${berlin(0)}–${berlin(30)} Doors open\\n${berlin(30)}–${berlin(60)} Event sourcing without tears\\n${berlin(70)}–${berlin(90)} Pizza`,
    );
    const atom = await (await fetch(`${host.url}/feeds/communities/agendas.atom`)).text();
    expect(atom).toContain(`/meetups/${meetupPublicId}#agenda-v1`);
    expect(atom).toContain(`/meetups/${meetupPublicId}#agenda-v2`);
    expect(atom).toContain("Agenda v2: Rust and coffee");
    expect(atom).toContain("The talk before the pizza<br />");
  });

  test("the talk knows its slot", async () => {
    const talk = await talks.proposal(undefined, talkId, "slot { startsAt endsAt meetup { publicId } }");
    expect(talk.slot).toEqual({
      startsAt: minutesIn(30),
      endsAt: minutesIn(60),
      meetup: { publicId: meetupPublicId },
    });
  });

  test("the speaker's talks given name the meetup whose agenda has the talk", async () => {
    await talks.query(
      `mutation { updateSpeakerProfile(input: { headline: "Event sourcing at work" }) { __typename } }`,
      people.speaker,
    );
    const { speakerProfile } = await talks.query(
      `{ speakerProfile(handle: "sara") { talks { proposalId meetup { publicId } } } }`,
      undefined,
    );
    expect(speakerProfile.talks).toEqual([
      { proposalId: expect.any(String), meetup: { publicId: meetupPublicId } },
    ]);
  });

  test("the draft lists every release, newest first", async () => {
    const { agendaDraft } = await meetupAgenda(
      people.organiser,
      "agendaDraft { releasable releases { number } }",
    );
    expect(agendaDraft).toEqual({ releasable: false, releases: [{ number: 2 }, { number: 1 }] });
  });
});

describe("what the API refuses, changing nothing", () => {
  test.each([
    ["a host", "host"],
    ["a member", "member"],
    ["another community's organiser", "stranger"],
  ] as const)("%s may not edit the agenda", async (_, who) => {
    expect(
      await addSlot({ startsAt: minutesIn(170), minutes: 5, title: "Goodbye" }, people[who]),
    ).toMatchObject({
      __typename: "NotAnOrganiser",
      code: "NOT_AN_ORGANISER",
    });
  });

  test("a visitor must sign in", async () => {
    const answer = await agenda.addSlot(undefined, {
      startsAt: minutesIn(170),
      minutes: 5,
      title: "Goodbye",
    });
    expect(answer.__typename).toBe("NotSignedIn");
  });

  test("an overlap names the slot it would overlap", async () => {
    expect(await addSlot({ startsAt: minutesIn(10), minutes: 5, title: "Coffee" })).toMatchObject({
      __typename: "SlotOverlaps",
      overlapping: { title: "Doors open" },
    });
  });

  test.each([
    ["startsAt", "words", { startsAt: "next tuesday", minutes: 5, title: "Coffee" }],
    ["startsAt", "no offset", { startsAt: "2026-06-04T18:00:00", minutes: 5, title: "Coffee" }],
    ["minutes", "negative", { startsAt: "2026-06-04T18:00:00Z", minutes: -5, title: "Coffee" }],
    ["title", "a control character", { startsAt: "2026-06-04T18:00:00Z", minutes: 5, title: "\u0000" }],
    ["title", "5,000 characters", { startsAt: "2026-06-04T18:00:00Z", minutes: 5, title: "x".repeat(5000) }],
  ])("an invalid slot names the field: %s (%s)", async (field, _, input) => {
    const answer = await addSlot(input);
    expect(answer).toMatchObject({ __typename: "InvalidAgendaSlot", code: "INVALID_AGENDA_SLOT" });
    expect(answer.issues[0].path).toEqual([field]);
  });

  test("outside the meetup; an unknown slot; a talk that is not confirmed", async () => {
    expect((await addSlot({ startsAt: minutesIn(-30), minutes: 10, title: "Early" })).__typename).toBe(
      "SlotOutsideMeetup",
    );
    expect((await editSlot({ slotId: "no-such-slot", minutes: 10 })).__typename).toBe("SlotNotFound");
    expect((await moveSlot("no-such-slot", 0)).__typename).toBe("SlotNotFound");
    expect((await addSlot({ startsAt: minutesIn(120), proposalId: talkId })).__typename).toBe(
      "TalkAlreadyOnAgenda",
    );
  });

  test("a global id of the wrong type is the client's mistake", async () => {
    const { body } = await fetch(`${host.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-meetstream-csrf": "1",
        authorization: `Bearer ${people.organiser.token}`,
      },
      body: JSON.stringify({
        query: `mutation { releaseAgenda(meetupId: "${talkId}") { __typename } }`,
      }),
    }).then(async (response) => ({ body: await response.json() }));
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  test("after all that, version 2 is still the latest and the draft unchanged", async () => {
    const { agenda, agendaDraft } = await meetupAgenda(
      people.organiser,
      "agenda { number } agendaDraft { releasable slots { title } }",
    );
    expect(agenda.number).toBe(2);
    expect(agendaDraft.releasable).toBe(false);
    expect(agendaDraft.slots).toHaveLength(3);
  });
});
