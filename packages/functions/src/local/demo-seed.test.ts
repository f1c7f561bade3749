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
});
