import { eventCatalog } from "@meetstream/core/eventstore";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { describe, expect, test } from "vitest";
import { openLocalStores } from "../stores/local-stores";
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
});
