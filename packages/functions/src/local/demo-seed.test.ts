import { systemClock } from "@meetstream/core/clock/clock";
import { type EventEnvelope, eventCatalog } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { checkInProgressActor, progressStream, revisionCompletionActor } from "@meetstream/core/progress";
import { describe, expect, test } from "vitest";
import { meetstreamModules } from "../composition/meetstream-modules";
import { openLocalStores } from "../stores/local-stores";
import { localSecrets } from "../stores/secrets";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import { demoCommunitySlug, demoOrganiserEmail } from "./demo-seed";

const dataFolder = dataFoldersRemovedAfterAll();

interface MeetupSummary {
  id: string;
  title: string;
  startsAt: string;
  timeZone: string;
  venue: { name: string; address: string } | null;
  capacity: number | null;
  confirmedSeats: number;
  spotsLeft: number | null;
  waitlistLength: number;
}

interface CommunityAnswer {
  community: {
    name: string;
    memberCount: number;
    joinMode: string;
    organisers: { displayName: string }[];
    hosts: { displayName: string }[];
    upcomingMeetups: { edges: { node: MeetupSummary }[] };
    pastMeetups: { edges: { node: MeetupSummary }[] };
  } | null;
}

const communityQuery = `query ($slug: String!) {
  community(slug: $slug) {
    name memberCount joinMode
    organisers { displayName }
    hosts { displayName }
    upcomingMeetups { edges { node { ...summary } } }
    pastMeetups { edges { node { ...summary } } }
  }
}
fragment summary on Meetup {
  id title startsAt timeZone venue { name address } capacity confirmedSeats spotsLeft waitlistLength
}`;

interface AttendanceAnswer {
  meetup: {
    attendees: { edges: { node: { attendance: string | null; status: string } }[] } | null;
    timeline: { checkedIn: number }[] | null;
    waitlist: { member: { displayName: string } | null }[] | null;
  } | null;
}

const attendanceQuery = `query ($id: ID!) {
  meetup(id: $id) {
    attendees(first: 100) { edges { node { attendance status } } }
    timeline { checkedIn }
    waitlist { member { displayName } }
  }
}`;

interface TalkNode {
  title: string;
  speakers: { displayName: string }[] | null;
  slides: { url: string; bytes: number } | null;
  recording: { provider: string; url: string } | null;
  call: { meetup: { startsAt: string } | null } | null;
  slot: { startsAt: string; meetup: { title: string } } | null;
}

interface TalksAnswer {
  community: {
    calls: {
      edges: {
        node: {
          id: string;
          closesAt: string;
          accepting: boolean;
          anonymised: boolean;
          formats: { id: string; minutes: number }[];
          criteria: { id: string; weight: number }[];
          meetup: { id: string; title: string; startsAt: string } | null;
        };
      }[];
    };
    talks: { edges: { node: TalkNode }[] };
  } | null;
}

const talksQuery = `query ($slug: String!) {
  community(slug: $slug) {
    calls { edges { node {
      id closesAt accepting anonymised formats { id minutes } criteria { id weight } meetup { id title startsAt }
    } } }
    talks(first: 20) { edges { node {
      title speakers { displayName } slides { url bytes } recording { provider url } call { meetup { startsAt } }
      slot { startsAt meetup { title } }
    } } }
  }
}`;

interface BoardAnswer {
  call: {
    reviewers: { displayName: string }[] | null;
    board: {
      edges: {
        node: {
          title: string;
          status: string;
          reviewCount: number;
          reviewedByMe: boolean;
          weightedMean: number | null;
          proposal: {
            speakers: { displayName: string }[] | null;
            decisionMessage: string | null;
            coSpeakers: { status: string }[] | null;
            reviews: { reviewer: { displayName: string } | null }[] | null;
          } | null;
        };
      }[];
    } | null;
  } | null;
}

/** Every field of a row that could name a speaker, as a reviewer may ask for it. */
const boardQuery = `query ($id: ID!) {
  call(id: $id) {
    reviewers { displayName }
    board(first: 50) { edges { node {
      title status reviewCount reviewedByMe weightedMean
      proposal {
        speakers { displayName handle } owner { displayName handle }
        coSpeakers { status member { displayName handle } }
        decisionMessage note abstract slides { url } recording { url }
        reviews { reviewer { displayName } comment }
      }
    } } }
  }
}`;

interface AgendaAnswer {
  meetup: {
    agenda: {
      number: number;
      note: string;
      slots: { kind: string; title: string; startsAt: string }[];
      changesSince: { since: number; changes: { kind: string; title: string }[] } | null;
    } | null;
    agendaDraft: { releasable: boolean; releases: { number: number }[] } | null;
  } | null;
}

const agendaQuery = `query ($id: ID!) {
  meetup(id: $id) {
    agenda { number note slots { kind title startsAt } changesSince { since changes { kind title } } }
    agendaDraft { releasable releases { number } }
  }
}`;

interface CheckpointNode {
  id: string;
  task: string;
  resource:
    | { __typename: "LinkResource"; url: string; title: string }
    | {
        __typename: "TalkResource";
        talk: { title: string; slides: { url: string } | null; recording: { url: string } | null } | null;
      }
    | { __typename: "MeetupResource"; meetup: { title: string; startsAt: string } | null };
}

interface RevisionNode {
  revision: number;
  changeNote: string;
  changes: { kind: string; task: string }[];
}

interface PathNode {
  publicId: string;
  slug: string;
  goal: string;
  description: string;
  descriptionHtml: string;
  tags: string[];
  status: string;
  revision: number;
  curator: { handle: string } | null;
  community: { slug: string } | null;
  checkpoints: CheckpointNode[];
  revisions: RevisionNode[];
  learnerCount: number;
  completionCount: number;
  forkCount: number;
  forkedFrom: { revision: number; path: { publicId: string } | null; changesSince: RevisionNode[] } | null;
}

interface PathsAnswer {
  community: {
    paths: { edges: { node: PathNode }[] };
    talks: { edges: { node: { title: string; pathCount: number; paths: { goal: string }[] } }[] };
    upcomingMeetups: { edges: { node: { title: string; pathCount: number } }[] };
    pastMeetups: { edges: { node: { title: string; pathCount: number } }[] };
  } | null;
}

const pathFragments = `fragment revision on PathRevision { revision changeNote changes { kind task } }
fragment path on Path {
  publicId slug goal description descriptionHtml tags status revision
  curator { handle } community { slug }
  checkpoints { id task resource {
    __typename
    ... on LinkResource { url title }
    ... on TalkResource { talk { title slides { url } recording { url } } }
    ... on MeetupResource { meetup { title startsAt } }
  } }
  revisions { ...revision }
  learnerCount completionCount forkCount
  forkedFrom { revision path { publicId } changesSince { ...revision } }
}`;

const pathsQuery = `query ($slug: String!) {
  community(slug: $slug) {
    paths(first: 10) { edges { node { ...path } } }
    talks(first: 20) { edges { node { title pathCount paths(first: 10) { goal } } } }
    upcomingMeetups { edges { node { title pathCount } } }
    pastMeetups { edges { node { title pathCount } } }
  }
}
${pathFragments}`;

const forksQuery = `query ($slug: String!) {
  path(slug: $slug) { forks { edges { node { ...path } } } }
}
${pathFragments}`;

interface LearningNode {
  path: { goal: string };
  completion: number;
  doneCount: number;
  checkpointCount: number;
  completed: boolean;
  public: boolean;
  checkpoints: { checkpointId: string; done: boolean; source: string | null; note: string | null }[];
}

interface LearningAnswer {
  me: { learning: { edges: { node: LearningNode }[] } };
}

const myLearningQuery = `{ me { learning(first: 10) { edges { node {
  path { goal } completion doneCount checkpointCount completed public
  checkpoints { checkpointId done source note }
} } } } }`;

/** The demo's data folder opened as the host opens it, after the host closed: for what GraphQL does not tell. */
function openDemo(folder: string) {
  const stores = openLocalStores(folder, eventCatalog(...meetstreamEventTypes));
  const modules = meetstreamModules({
    store: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
    documents: stores.documents,
    keys: stores.keys,
    clock: systemClock,
    emailSecret: localSecrets(folder).emailSecret,
  });
  return { stores, ...modules };
}

/** Every event of the log, in order. */
async function logOf(folder: string): Promise<EventEnvelope[]> {
  const stores = openLocalStores(folder, eventCatalog(...meetstreamEventTypes));
  try {
    const events: EventEnvelope[] = [];
    for (let after = 0; ; ) {
      const page = await stores.events.readAll({ after, limit: 1_000 });
      events.push(...page.map((entry) => entry.event));
      after = page.at(-1)?.position ?? after;
      if (page.length < 1_000) return events;
    }
  } finally {
    stores.close();
  }
}

/** Ids, and the keyed hashes of emails (each data folder has its own key). */
const uuids = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}/g;

/** The log with every id replaced by the order it first appears in: two tellings of the story compare. */
function storyOf(events: readonly EventEnvelope[]): string[] {
  const named = new Map<string, string>();
  const name = (text: string) =>
    text.replace(uuids, (id) => {
      if (!named.has(id)) named.set(id, `#${named.size}`);
      return named.get(id) as string;
    });
  return events.map((event) =>
    name(
      [
        event.streamId,
        event.type,
        event.meta.occurredAt,
        event.meta.actor,
        event.meta.causationId ?? "",
      ].join(" "),
    ),
  );
}

const count = (values: readonly string[], wanted: string) =>
  values.filter((value) => value === wanted).length;

const eventCount = (folder: string): Promise<number> => {
  const stores = openLocalStores(folder, eventCatalog(...meetstreamEventTypes));
  return stores.events.lastPosition().finally(() => stores.close());
};

describe("the demo community", () => {
  test("a host starts empty unless told to seed the demo", async () => {
    const host = await startTestHost({ dataFolder: dataFolder() });
    try {
      expect(host.demo).toBeUndefined();
      const { body } = await graphqlRequest<CommunityAnswer>(host.url, communityQuery, {
        variables: { slug: demoCommunitySlug },
      });
      expect(body.data?.community).toBeNull();
    } finally {
      await host.close();
    }
  });

  test("is seeded on first start, with members, past meetups people came to, and a full upcoming one; and only once", async () => {
    const folder = dataFolder();
    const first = await startTestHost({ dataFolder: folder, seedDemo: true });
    let memberCount: number;
    try {
      expect(first.demo).toMatchObject({ slug: demoCommunitySlug, organiserEmail: demoOrganiserEmail });
      const { body } = await graphqlRequest<CommunityAnswer>(first.url, communityQuery, {
        variables: { slug: demoCommunitySlug },
      });
      expect(body.errors).toBeUndefined();
      const community = body.data?.community;
      if (!community) throw new Error("no demo community");
      expect(community).toMatchObject({ name: "Serverless Meetup Rotterdam", joinMode: "OPEN" });
      expect(community.memberCount).toBeGreaterThanOrEqual(25);
      expect(community.organisers).toHaveLength(2);
      expect(community.hosts).toHaveLength(1);
      memberCount = community.memberCount;

      const upcoming = community.upcomingMeetups.edges.map((edge) => edge.node);
      const past = community.pastMeetups.edges.map((edge) => edge.node);
      expect(past).toHaveLength(3);
      expect(upcoming).toHaveLength(2);
      for (const meetup of [...past, ...upcoming]) {
        expect(meetup.timeZone).toBe("Europe/Amsterdam");
        expect(meetup.venue?.address).toContain("Rotterdam");
      }
      const [full, open] = upcoming;
      expect(full).toMatchObject({ capacity: 20, confirmedSeats: 20, spotsLeft: 0 });
      expect(full?.waitlistLength).toBeGreaterThan(0);
      expect(open?.spotsLeft).toBeGreaterThan(0);

      // The organiser signs in the way anyone does, and finds the seeded account.
      const { access } = await signIn(first.url, demoOrganiserEmail);
      const me = await graphqlRequest<{ me: { organises: { slug: string }[] } }>(
        first.url,
        "{ me { organises { slug } } }",
        { token: access },
      );
      expect(me.body.data?.me.organises.map((community) => community.slug)).toEqual([demoCommunitySlug]);

      for (const meetup of past) {
        const { body: answer } = await graphqlRequest<AttendanceAnswer>(first.url, attendanceQuery, {
          variables: { id: meetup.id },
          token: access,
        });
        const attendance = answer.data?.meetup?.attendees?.edges.map((edge) => edge.node.attendance) ?? [];
        expect(attendance.filter((value) => value === "CHECKED_IN").length).toBeGreaterThan(5);
        expect(attendance).toContain("NO_SHOW");
        expect(answer.data?.meetup?.timeline?.at(-1)?.checkedIn).toBeGreaterThan(5);
      }
      const { body: waiting } = await graphqlRequest<AttendanceAnswer>(first.url, attendanceQuery, {
        variables: { id: full?.id },
        token: access,
      });
      expect(waiting.data?.meetup?.waitlist).toHaveLength(full?.waitlistLength ?? -1);
      expect(waiting.data?.meetup?.waitlist?.[0]?.member?.displayName).toMatch(/^\S+ \S+/);
    } finally {
      await first.close();
    }

    const events = await eventCount(folder);
    expect(events).toBeGreaterThan(0);
    const again = await startTestHost({ dataFolder: folder, seedDemo: true });
    try {
      expect(again.demo).toBeUndefined();
      const { body } = await graphqlRequest<CommunityAnswer>(again.url, communityQuery, {
        variables: { slug: demoCommunitySlug },
      });
      expect(body.data?.community?.memberCount).toBe(memberCount);
    } finally {
      await again.close();
    }
    expect(await eventCount(folder)).toBe(events);
  });

  test("has a closed call whose proposals were reviewed anonymously and decided, its talks given with slides and recordings, and an open call", async () => {
    const host = await startTestHost({ dataFolder: dataFolder(), seedDemo: true });
    try {
      const now = Date.now();
      const { body } = await graphqlRequest<TalksAnswer>(host.url, talksQuery, {
        variables: { slug: demoCommunitySlug },
      });
      expect(body.errors).toBeUndefined();
      const community = body.data?.community;
      if (!community) throw new Error("no demo community");
      const calls = community.calls.edges.map((edge) => edge.node);
      const closed = calls.find((call) => Date.parse(call.closesAt) < now);
      const open = calls.find((call) => call.accepting);
      if (!closed || !open) throw new Error("the demo needs a closed call and an open one");
      expect(calls).toHaveLength(2);
      expect(closed).toMatchObject({ anonymised: true, accepting: false });
      expect(closed.formats.map(({ id, minutes }) => [id, minutes])).toEqual([
        ["talk", 30],
        ["lightning", 5],
        ["workshop", 90],
      ]);
      expect(new Set(closed.criteria.map((criterion) => criterion.weight)).size).toBeGreaterThan(1);
      expect(Date.parse(closed.meetup?.startsAt ?? "")).toBeLessThan(now);
      expect(open.anonymised).toBe(true);
      expect(Date.parse(open.meetup?.startsAt ?? "")).toBeGreaterThan(now);

      // The talks given: every one at the past meetup has its slides, served as the PDF they are.
      const talks = community.talks.edges.map((edge) => edge.node);
      const given = talks.filter((talk) => Date.parse(talk.call?.meetup?.startsAt ?? "") < now);
      expect(given).toHaveLength(3);
      for (const talk of given) {
        if (!talk.slides) throw new Error(`${talk.title} has no slides`);
        const response = await fetch(talk.slides.url);
        expect(response.headers.get("content-type")).toBe("application/pdf");
        const pdf = new TextDecoder().decode(await response.arrayBuffer());
        expect(pdf.length).toBe(talk.slides.bytes);
        expect(pdf.startsWith("%PDF-")).toBe(true);
        expect(pdf).toContain(talk.title.split(" ").slice(0, 3).join(" ").replace(/[()]/g, "\\$&"));
      }
      // On the past meetup's agenda, as its description tells, in the order they were given.
      const onAgenda = given
        .map((talk) => [talk.slot?.startsAt ?? "", talk.slot?.meetup.title, talk.title])
        .sort(([left = ""], [right = ""]) => left.localeCompare(right));
      expect(onAgenda.map(([, meetup]) => meetup)).toEqual(Array(3).fill(closed.meetup?.title));
      expect(onAgenda.map(([, , title]) => title)).toEqual([
        "Cold starts are (mostly) a myth: measurements from a year of traffic",
        "Tracing across queues without losing your mind",
        "Cost alarms that wake the right person",
      ]);
      expect(given.flatMap((talk) => (talk.recording ? [talk.recording.provider] : [])).sort()).toEqual([
        "PEERTUBE",
        "YOUTUBE",
      ]);
      expect(talks.length - given.length).toBe(2);
      const speakerCounts = given.map((talk) => talk.speakers?.length);
      expect(speakerCounts).toContain(2);

      // The organiser's board: twelve proposals by weighted mean, the withdrawn one (never reviewed) last.
      const { access } = await signIn(host.url, demoOrganiserEmail);
      const { body: boardBody } = await graphqlRequest<BoardAnswer>(host.url, boardQuery, {
        variables: { id: closed.id },
        token: access,
      });
      expect(boardBody.errors).toBeUndefined();
      const board = boardBody.data?.call?.board?.edges.map((edge) => edge.node) ?? [];
      expect(board).toHaveLength(12);
      const means = board.map((row) => row.weightedMean);
      const reviewed = means.filter((mean): mean is number => mean !== null);
      expect(reviewed).toHaveLength(11);
      expect(reviewed).toEqual([...reviewed].sort((left, right) => right - left));
      expect(new Set(reviewed).size).toBeGreaterThan(8);
      expect(board.at(-1)).toMatchObject({ status: "WITHDRAWN", reviewCount: 0, weightedMean: null });
      expect(board.slice(0, -1).every((row) => row.reviewCount === 3)).toBe(true);
      const statuses = board.map((row) => row.status);
      expect(count(statuses, "CONFIRMED")).toBe(3);
      expect(count(statuses, "DECLINED")).toBe(1);
      expect(count(statuses, "REJECTED")).toBe(7);
      for (const row of board.filter((row) => row.status !== "WITHDRAWN")) {
        expect(row.proposal?.decisionMessage?.length).toBeGreaterThan(20);
        const reviewers = row.proposal?.reviews?.map((review) => review.reviewer?.displayName) ?? [];
        expect(reviewers.sort()).toEqual(["Joost van den Berg", "Julia Kowalska", "Mehmet Yılmaz"]);
      }
      expect(boardBody.data?.call?.reviewers?.map((member) => member.displayName).sort()).toEqual([
        "Julia Kowalska",
        "Mehmet Yılmaz",
      ]);
      expect(
        board.some((row) => row.proposal?.coSpeakers?.some((coSpeaker) => coSpeaker.status === "ACCEPTED")),
      ).toBe(true);

      // An appointed reviewer sees the open call's waiting proposals without a trace of who proposed them,
      // and the others' scores only on the one she reviewed herself.
      const reviewer = await signIn(host.url, "julia@example.org");
      const { body: reviewerBody } = await graphqlRequest<BoardAnswer>(host.url, boardQuery, {
        variables: { id: open.id },
        token: reviewer.access,
      });
      expect(reviewerBody.errors).toBeUndefined();
      const waiting = reviewerBody.data?.call?.board?.edges.map((edge) => edge.node) ?? [];
      expect(waiting.map((row) => row.status)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
      expect(waiting.filter((row) => row.reviewedByMe).map((row) => row.weightedMean)).toEqual([
        expect.any(Number),
      ]);
      expect(waiting.filter((row) => !row.reviewedByMe).map((row) => row.weightedMean)).toEqual([null, null]);
      const seen = JSON.stringify(reviewerBody.data);
      for (const name of ["Maud Kuipers", "Kofi Mensah", "Wouter Prins", "maud", "kofi", "wouter"])
        expect(seen).not.toContain(name);
      expect(waiting.every((row) => row.proposal !== null && row.proposal?.speakers === null)).toBe(true);

      // The lightning talk evening's agenda: version 2 for everyone, with what moved since version 1.
      const { body: agendaBody } = await graphqlRequest<AgendaAnswer>(host.url, agendaQuery, {
        variables: { id: open.meetup?.id },
      });
      expect(agendaBody.errors).toBeUndefined();
      const agenda = agendaBody.data?.meetup?.agenda;
      expect(agenda?.number).toBe(2);
      expect(agenda?.note).not.toBe("");
      expect(agenda?.slots.map((slot) => [slot.kind, slot.title])).toEqual([
        ["ITEM", "Doors open"],
        ["TALK", "The dead-letter queue is not a bin"],
        ["TALK", "Idempotency keys in five minutes"],
        ["ITEM", "Pizza"],
        ["ITEM", "Drinks"],
      ]);
      expect(agenda?.slots[0]?.startsAt).toBe(open.meetup?.startsAt);
      expect(agenda?.changesSince?.since).toBe(1);
      expect(agenda?.changesSince?.changes.map((change) => [change.kind, change.title]).sort()).toEqual([
        ["MOVED", "Idempotency keys in five minutes"],
        ["MOVED", "The dead-letter queue is not a bin"],
      ]);
      const { body: draftBody } = await graphqlRequest<AgendaAnswer>(host.url, agendaQuery, {
        variables: { id: open.meetup?.id },
        token: access,
      });
      expect(draftBody.data?.meetup?.agendaDraft?.releases.map((release) => release.number)).toEqual([2, 1]);
      expect(draftBody.data?.meetup?.agendaDraft?.releasable).toBe(false);

      const { body: speakerBody } = await graphqlRequest<{
        speakerProfile: { headline: string; talks: { title: string }[] } | null;
      }>(host.url, '{ speakerProfile(handle: "arjun") { headline talks { title } } }');
      expect(speakerBody.data?.speakerProfile?.headline).not.toBe("");
      expect(speakerBody.data?.speakerProfile?.talks.map((talk) => talk.title)).toEqual([
        "Cold starts are (mostly) a myth: measurements from a year of traffic",
      ]);
    } finally {
      await host.close();
    }
  });
  test("has learning paths: three of the community's, with links, its talks and its meetups; one forked, then revised upstream; followed, with the counts to show", async () => {
    const folder = dataFolder();
    const host = await startTestHost({ dataFolder: folder, seedDemo: true });
    let paths: PathNode[] = [];
    try {
      const now = Date.now();
      const { body } = await graphqlRequest<PathsAnswer>(host.url, pathsQuery, {
        variables: { slug: demoCommunitySlug },
      });
      expect(body.errors).toBeUndefined();
      const community = body.data?.community;
      if (!community) throw new Error("no demo community");
      // By their curators: Sem's of this morning, Daan's, and the organisers' (revised a few days ago).
      const byCurator = ["sem", "daan", "sanne"];
      paths = community.paths.edges
        .map((edge) => edge.node)
        .sort(
          (left, right) =>
            byCurator.indexOf(left.curator?.handle ?? "") - byCurator.indexOf(right.curator?.handle ?? ""),
        );
      expect(paths.map((path) => [path.curator?.handle, path.goal])).toEqual([
        ["sem", "Handle failures in event-driven systems"],
        ["daan", "Build your first event-driven app on AWS"],
        ["sanne", "Run serverless in production without surprises"],
      ]);
      for (const path of paths) {
        expect(path).toMatchObject({ status: "PUBLISHED", community: { slug: demoCommunitySlug } });
        expect(path.checkpoints.length).toBeGreaterThanOrEqual(4);
        expect(path.checkpoints.length).toBeLessThanOrEqual(7);
        expect(path.tags.length).toBeGreaterThan(1);
        expect(path.descriptionHtml).toMatch(/<(strong|em|ol|blockquote)>/);
        const kinds = path.checkpoints.map((checkpoint) => checkpoint.resource.__typename);
        expect(new Set(kinds)).toEqual(new Set(["LinkResource", "TalkResource", "MeetupResource"]));
        for (const { resource } of path.checkpoints) {
          if (resource.__typename === "LinkResource") expect(resource.url).toMatch(/^https:\/\//);
          if (resource.__typename === "TalkResource") expect(resource.talk?.title).toBeTruthy();
          if (resource.__typename === "MeetupResource") expect(resource.meetup?.title).toBeTruthy();
        }
      }
      const [failures, eventDriven, production] = paths as [PathNode, PathNode, PathNode];
      const meetupsOf = (path: PathNode) =>
        path.checkpoints.flatMap(({ resource }) =>
          resource.__typename === "MeetupResource" && resource.meetup ? [resource.meetup] : [],
        );
      // A past meetup members were checked in at, and one to come.
      expect(meetupsOf(production).map((meetup) => Date.parse(meetup.startsAt) < now)).toEqual([true, false]);
      expect(meetupsOf(eventDriven).map((meetup) => Date.parse(meetup.startsAt) < now)).toEqual([true]);
      expect(meetupsOf(failures).map((meetup) => Date.parse(meetup.startsAt) < now)).toEqual([false]);
      // The talks given at the third meetup, with their slides and recordings.
      const given = production.checkpoints.flatMap(({ resource }) =>
        resource.__typename === "TalkResource" && resource.talk ? [resource.talk] : [],
      );
      expect(given).toHaveLength(3);
      expect(given.every((talk) => talk.slides !== null)).toBe(true);
      expect(given.filter((talk) => talk.recording !== null)).toHaveLength(2);

      // Revised upstream: the workshop added, the reading on traces moved before the tracing talk.
      expect(production.revision).toBe(2);
      const [latest, first] = production.revisions;
      expect(first).toMatchObject({ revision: 1, changeNote: "", changes: [] });
      expect(latest?.revision).toBe(2);
      expect(latest?.changeNote).toContain("workshop");
      expect(latest?.changes).toContainEqual({
        kind: "ADDED",
        task: "Build an event-sourced service yourself at the hands-on workshop",
      });
      expect(latest?.changes.some((change) => change.kind === "MOVED")).toBe(true);
      expect(latest?.changes.every((change) => ["ADDED", "MOVED"].includes(change.kind))).toBe(true);

      // Lucas's fork: his own edits, published, with what changed upstream since he forked.
      expect(production.forkCount).toBe(1);
      const { body: forks } = await graphqlRequest<{
        path: { forks: { edges: { node: PathNode }[] } } | null;
      }>(host.url, forksQuery, { variables: { slug: production.slug } });
      expect(forks.errors).toBeUndefined();
      const fork = forks.data?.path?.forks.edges[0]?.node;
      if (!fork) throw new Error("the organisers' path has no fork");
      expect(fork).toMatchObject({
        goal: "See inside a serverless system: cold starts and traces",
        status: "PUBLISHED",
        revision: 1,
        curator: { handle: "lucas" },
        community: null,
        forkedFrom: { revision: 1, path: { publicId: production.publicId } },
      });
      expect(fork.forkedFrom?.changesSince.map((revision) => revision.revision)).toEqual([2]);
      expect(fork.forkedFrom?.changesSince[0]?.changeNote).toBe(latest?.changeNote);
      const forkTasks = fork.checkpoints.map((checkpoint) => checkpoint.task);
      expect(forkTasks).toContain("Add tracing to one of your own functions with Powertools' tracer");
      expect(forkTasks).not.toContain("Route cost anomalies to the team that caused them");
      // Kept checkpoints keep their ids: the fork's learners' progress is by them.
      const originalIds = new Set(production.checkpoints.map((checkpoint) => checkpoint.id));
      expect(fork.checkpoints.filter((checkpoint) => originalIds.has(checkpoint.id))).toHaveLength(5);

      // The counts: learners following now, and whose completion holds: Jesse completed Daan's path; Julia
      // completed revision 1, and revision 2's new checkpoint ended it (her progress shows it open).
      expect([...paths, fork].map((path) => [path.goal, path.learnerCount, path.completionCount])).toEqual([
        ["Handle failures in event-driven systems", 2, 0],
        ["Build your first event-driven app on AWS", 4, 1],
        ["Run serverless in production without surprises", 6, 0],
        ["See inside a serverless system: cold starts and traces", 1, 0],
      ]);
      const pathCounts = Object.fromEntries(
        community.talks.edges.map(({ node }) => [node.title, [node.pathCount, node.paths.length]]),
      );
      expect(pathCounts).toEqual({
        "Cold starts are (mostly) a myth: measurements from a year of traffic": [2, 2],
        "Tracing across queues without losing your mind": [3, 3],
        "Cost alarms that wake the right person": [1, 1],
        "Idempotency keys in five minutes": [1, 1],
        "The dead-letter queue is not a bin": [1, 1],
      });
      const meetupCounts = [...community.pastMeetups.edges, ...community.upcomingMeetups.edges]
        .map(({ node }) => [node.title.slice(0, "Serverless Rotterdam #1".length), node.pathCount])
        .sort();
      expect(meetupCounts).toEqual([
        ["Serverless Rotterdam #1", 0],
        ["Serverless Rotterdam #2", 1],
        ["Serverless Rotterdam #3", 2],
        ["Serverless Rotterdam #4", 1],
        ["Serverless Rotterdam #5", 1],
      ]);

      // Progress as members see it: their own learning, with the door's check-in and their notes; and
      // on a profile, only what they chose to show.
      const learning = async (email: string) => {
        const { access } = await signIn(host.url, email);
        const { body: answer } = await graphqlRequest<LearningAnswer>(host.url, myLearningQuery, {
          token: access,
        });
        expect(answer.errors).toBeUndefined();
        return answer.data?.me.learning.edges.map((edge) => edge.node) ?? [];
      };
      const [emmasPath, ...emmasOthers] = await learning("emma@example.org");
      expect(emmasOthers).toEqual([]);
      expect(emmasPath).toMatchObject({
        path: { goal: production.goal },
        doneCount: 3,
        checkpointCount: 7,
        completed: false,
        public: false,
      });
      const atTheDoor = production.checkpoints.find(
        (checkpoint) => checkpoint.resource.__typename === "MeetupResource",
      );
      expect(
        emmasPath?.checkpoints.find((checkpoint) => checkpoint.checkpointId === atTheDoor?.id),
      ).toMatchObject({ done: true, source: "CHECKED_IN" });
      const [sophiesPath] = await learning("sophie@example.org");
      expect(sophiesPath?.checkpoints.map((checkpoint) => checkpoint.note).filter(Boolean)).toEqual([
        expect.stringContaining("freeze between invocations"),
      ]);
      const profile = async (handle: string) => {
        const { body: answer } = await graphqlRequest<{
          member: { learning: LearningAnswer["me"]["learning"] };
        }>(
          host.url,
          `query ($handle: String!) { member(handle: $handle) { learning(first: 10) { edges { node {
            path { goal } completed completion checkpoints { note }
          } } } } }`,
          { variables: { handle } },
        );
        expect(answer.errors).toBeUndefined();
        return answer.data?.member.learning.edges.map((edge) => edge.node) ?? [];
      };
      expect(await profile("jesse")).toEqual([
        {
          path: { goal: eventDriven.goal },
          completed: true,
          completion: 1,
          checkpoints: Array(6).fill({ note: null }),
        },
      ]);
      for (const handle of ["emma", "sophie", "julia"]) expect(await profile(handle)).toEqual([]);
    } finally {
      await host.close();
    }

    // What lies under the answers, from the data folder as the host left it.
    const demo = openDemo(folder);
    try {
      const idOf = async (handle: string) => {
        const member = await demo.members.byHandle(handle);
        if (!member) throw new Error(`no @${handle}`);
        return member.id;
      };
      const [failures, eventDriven, production] = paths.map((path) => path.publicId) as [
        string,
        string,
        string,
      ];
      const productionPath = paths[2] as PathNode;
      const meetupCheckpoint = productionPath.checkpoints.find(
        (checkpoint) =>
          checkpoint.resource.__typename === "MeetupResource" &&
          checkpoint.resource.meetup?.title.startsWith("Serverless Rotterdam #3"),
      );
      if (!meetupCheckpoint) throw new Error("no checkpoint of the third meetup");
      const progressOf = async (handle: string, pathId: string) => {
        const memberId = await idOf(handle);
        const [progress] = await demo.progress.viewerProgress([pathId], memberId);
        if (!progress) throw new Error(`@${handle} does not follow ${pathId}`);
        return progress;
      };
      const shares = await Promise.all(
        ["julia", "emma", "tim", "sophie", "kofi", "fatima"].map(async (handle) => {
          const progress = await progressOf(handle, production);
          return [handle, progress.doneCount, progress.checkpointCount, progress.completed];
        }),
      );
      expect(shares).toEqual([
        ["julia", 6, 7, false],
        ["emma", 3, 7, false],
        ["tim", 4, 7, false],
        ["sophie", 1, 7, false],
        ["kofi", 0, 7, false],
        ["fatima", 2, 7, false],
      ]);

      // Emma followed before the meetup: the door's check-in completed its checkpoint, through the
      // check-in reactor, that evening.
      const emma = await progressOf("emma", production);
      const atTheDoor = emma.checkpoints.find(
        (checkpoint) => checkpoint.checkpointId === meetupCheckpoint.id,
      );
      expect(atTheDoor).toMatchObject({ done: true, source: "checked-in" });
      const emmaId = await idOf("emma");
      const marks = (await demo.stores.events.readStream(progressStream(emmaId, production))).filter(
        (event) => event.type === "CheckpointMarked",
      );
      const byTheDoor = marks.find(
        (event) => (event.data as { checkpointId: string }).checkpointId === meetupCheckpoint.id,
      );
      if (!byTheDoor) throw new Error("Emma's meetup checkpoint was never marked");
      expect(byTheDoor.meta.actor).toBe(checkInProgressActor);
      const cause = (byTheDoor.data as { cause?: string }).cause;
      const checkIns = (await logOf(folder)).filter(
        (event) =>
          event.type === "AttendeeCheckedIn" && (event.data as { memberId: string }).memberId === emmaId,
      );
      const checkIn = checkIns.find((event) => event.id === cause);
      if (!checkIn) throw new Error("the checkpoint's cause is none of Emma's check-ins");
      expect(atTheDoor?.doneAt).toBe(checkIn.meta.occurredAt);
      // Fatima followed only after the meetup she came to: the follow found her check-in.
      const fatima = await progressOf("fatima", production);
      expect(
        fatima.checkpoints.find((checkpoint) => checkpoint.checkpointId === meetupCheckpoint.id),
      ).toMatchObject({ done: true, source: "checked-in" });
      // Sophie cancelled her seat: that checkpoint is open, and her note is hers alone, sealed in the log.
      const sophie = await progressOf("sophie", production);
      const noted = sophie.checkpoints.find((checkpoint) => checkpoint.note !== null);
      expect(noted?.note).toContain("freeze between invocations");
      const raw = JSON.stringify(await logOf(folder));
      expect(raw).not.toContain("freeze between invocations");

      // Julia completed revision 1; revision 2's new checkpoint is still to come, so that completion
      // lapsed with the revision, recorded by the system.
      const juliaStream = await demo.stores.events.readStream(
        progressStream(await idOf("julia"), production),
      );
      expect(
        juliaStream
          .filter((event) => event.type === "PathCompleted" || event.type === "PathCompletionLapsed")
          .map((event) => [event.type, event.data, event.meta.actor]),
      ).toEqual([
        ["PathCompleted", { revision: 1 }, await idOf("julia")],
        ["PathCompletionLapsed", { revision: 2 }, revisionCompletionActor],
      ]);

      // Jesse completed Daan's path and shows it on his profile; no one else shows theirs.
      const jesse = await progressOf("jesse", eventDriven);
      expect(jesse).toMatchObject({ completed: true, completion: 1, public: true });
      expect(jesse.checkpoints.filter((checkpoint) => checkpoint.source === "checked-in")).toHaveLength(1);
      const shown = await demo.progress.publicLearning(await idOf("jesse"), undefined, { limit: 10 });
      expect(shown.edges.map((edge) => [edge.node.pathId, edge.node.completed])).toEqual([
        [eventDriven, true],
      ]);
      expect(shown.edges[0]?.node.checkpoints.every((checkpoint) => checkpoint.note === null)).toBe(true);
      for (const handle of ["julia", "emma", "sophie", "maud"])
        expect(
          (await demo.progress.publicLearning(await idOf(handle), undefined, { limit: 10 })).edges,
        ).toEqual([]);
      expect((await progressOf("maud", failures)).doneCount).toBe(1);
    } finally {
      demo.stores.close();
    }
  });

  test("is told the same each time: the same events, at the same instants, by the same people", async () => {
    const demoNow = new Date();
    const told = async () => {
      const folder = dataFolder();
      const host = await startTestHost({ dataFolder: folder, seedDemo: true, demoNow });
      await host.close();
      return storyOf(await logOf(folder));
    };
    const [once, again] = [await told(), await told()];
    expect(once.length).toBeGreaterThan(400);
    expect(again).toEqual(once);
    // Every event, the reactors' own too, happened before the story's end.
    const instants = once.map((line) => Date.parse(line.split(" ")[2] ?? ""));
    expect(Math.max(...instants)).toBeLessThanOrEqual(demoNow.getTime());
    expect(once.filter((line) => line.includes(checkInProgressActor)).length).toBeGreaterThan(2);
  });
});
