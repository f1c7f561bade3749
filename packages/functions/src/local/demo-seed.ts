import { TZDate } from "@date-fns/tz";
import type { AgendaModule } from "@meetstream/core/agenda";
import type { UploadsModule } from "@meetstream/core/blob";
import type { Clock } from "@meetstream/core/clock/clock";
import type { CommunityModule } from "@meetstream/core/community";
import type { MeetupModule, ScheduleMeetupInput } from "@meetstream/core/meetup";
import type { MemberModule } from "@meetstream/core/member";
import type { CheckpointInput, PathModule } from "@meetstream/core/path";
import type { ProgressModule } from "@meetstream/core/progress";
import type { SpeakerModule, SpeakerProfileInput } from "@meetstream/core/speaker";
import type { TalkModule } from "@meetstream/core/talk";
import { type CheckpointPlan, type LearnerPlan, type PathContentPlan, pathPlans } from "./demo-paths";
import { demoSlides } from "./demo-slides";
import { agendaPlans, callPlans, speakerProfiles } from "./demo-talks";

/** The modules the demo is told through: what the local host builds, on the clock the demo moves. */
export interface DemoModules {
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  speakers: SpeakerModule;
  talks: TalkModule;
  agendas: AgendaModule;
  paths: PathModule;
  progress: ProgressModule;
  /** Where the speakers' slides go: the seed sends their bytes as the local host's upload route does. */
  uploads: Pick<UploadsModule, "startUpload" | "receiveUpload">;
}

export interface DemoSeeded {
  communityId: string;
  slug: string;
  /** Signs in (by email code, from the dev mailbox) as the community's first organiser. */
  organiserEmail: string;
  /** Signs in as its host, who checks people in. */
  hostEmail: string;
  /** Organisers, host and members. */
  memberCount: number;
  meetupCount: number;
}

export const demoCommunitySlug = "serverless-rotterdam";
export const demoOrganiserEmail = "organiser@example.org";
export const demoHostEmail = "host@example.org";

interface Person {
  displayName: string;
  handle: string;
  email: string;
  bio?: string;
  /** Their speaker profile, for those who speak at the demo's meetups. */
  speaker?: SpeakerProfileInput;
}

const organisers: readonly Person[] = [
  {
    displayName: "Sanne de Vries",
    handle: "sanne",
    email: demoOrganiserEmail,
    bio: "Cloud engineer in Rotterdam. Started Serverless Meetup Rotterdam to meet the people behind the functions.",
    speaker: {
      headline: "Event-driven systems on AWS, from the first Lambda to the hundredth",
      bio: "Sanne builds **event-sourced** backends for logistics in the port of Rotterdam.\n\nShe speaks about:\n\n- designing with events first\n- keeping serverless costs honest\n- what DynamoDB taught her about modelling",
      links: [
        { label: "Blog", url: "https://sanne.example.org" },
        { label: "Slides", url: "https://slides.example.org/sanne" },
      ],
    },
  },
  {
    displayName: "Joost van den Berg",
    handle: "joost",
    email: "joost@example.org",
    bio: "Platform team lead. Believes the best infrastructure is the infrastructure you don't run.",
  },
];

const host: Person = {
  displayName: "Priya Raman",
  handle: "priya",
  email: demoHostEmail,
  bio: "Backend developer, DynamoDB enthusiast, keeper of the door list.",
};

/** Members 0–13 join in the first weeks, 14–19 before the second meetup, 20–24 before the third. */
const members: readonly Person[] = [
  ["Daan Bakker", "daan"],
  ["Emma Visser", "emma"],
  ["Lucas Jansen", "lucas"],
  ["Fatima El Amrani", "fatima"],
  ["Milan Smit", "milan"],
  ["Sophie de Groot", "sophie"],
  ["Thijs Mulder", "thijs"],
  ["Noor Hendriks", "noor"],
  ["Sem Dekker", "sem"],
  ["Lotte Vermeulen", "lotte"],
  ["Mehmet Yılmaz", "mehmet"],
  ["Julia Kowalska", "julia"],
  ["Ruben Peters", "ruben"],
  ["Anouk Willems", "anouk"],
  ["Bram de Jong", "bram"],
  ["Isabel Santos", "isabel"],
  ["Jesse Koster", "jesse"],
  ["Femke Bos", "femke"],
  ["Arjun Mehta", "arjun"],
  ["Eva Hoekstra", "eva"],
  ["Tim van Leeuwen", "tim"],
  ["Lisa Brouwer", "lisa"],
  ["Kofi Mensah", "kofi"],
  ["Maud Kuipers", "maud"],
  ["Wouter Prins", "wouter"],
].map(([displayName = "", handle = ""]) => ({ displayName, handle, email: `${handle}@example.org` }));

const timeZone = "Europe/Amsterdam";

const venues = {
  cic: {
    name: "CIC Rotterdam",
    address: "Stationsplein 45, 3013 AK Rotterdam",
    coordinates: { latitude: 51.9238, longitude: 4.4714 },
  },
  blueCity: {
    name: "BlueCity",
    address: "Maasboulevard 100, 3011 TX Rotterdam",
    coordinates: { latitude: 51.9178, longitude: 4.4962 },
  },
  nieuweInstituut: {
    name: "Het Nieuwe Instituut",
    address: "Museumpark 25, 3015 CB Rotterdam",
    coordinates: { latitude: 51.914, longitude: 4.4718 },
  },
  library: {
    name: "Centrale Bibliotheek Rotterdam",
    address: "Hoogstraat 110, 3011 PV Rotterdam",
    coordinates: { latitude: 51.9222, longitude: 4.4893 },
  },
};

const communityDescription = `Serverless Meetup Rotterdam brings together developers, architects and operators who build
on serverless and event-driven cloud services: AWS Lambda, DynamoDB, EventBridge, Step Functions and
their friends on other clouds.

Every month or so we meet somewhere in Rotterdam for:

- **talks** from people running serverless in production: the war stories, not the keynote slides;
- **hands-on workshops** you leave with working code;
- **pizza and drinks**, with plenty of time to talk.

New to serverless? You are very welcome: every meetup opens with a short intro for first-timers.
Want to speak? Answer one of our calls for proposals, or tell one of the organisers at a meetup.

Be kind, be curious, be patient with each other: our code of conduct applies at every meetup.`;

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** The Thursday, in Rotterdam, of the week `weeks` from now (negative: ago), at a local time. */
function thursday(now: Date, weeks: number, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const today = new TZDate(now, timeZone);
  const fromMonday = (today.getDay() + 6) % 7;
  const thatThursday = today.getDate() + weeks * 7 + 3 - fromMonday;
  // Meetups are in the evening, far from the night hours in which a clock change makes a time ambiguous.
  const zoned = new TZDate(today.getFullYear(), today.getMonth(), thatThursday, hours, minutes, timeZone);
  return new Date(zoned.getTime());
}

/** `count` instants from `from` to `until`, closer together at the start: most RSVPs come right after the announcement. */
const frontLoaded = (from: number, until: number, count: number): number[] =>
  Array.from(
    { length: count },
    (_, index) => Math.round((from + (until - from) * (index / Math.max(1, count)) ** 2) / minute) * minute,
  );

interface Party {
  member: number;
  guests?: number;
}

interface MeetupPlan {
  input: Omit<ScheduleMeetupInput, "communityId" | "startsAt" | "endsAt" | "timeZone">;
  startsAt: Date;
  endsAt: Date;
  scheduledAt: number;
  /** The RSVPs come in from the first instant to the second, in this order. */
  rsvpWindow: [number, number];
  rsvps: readonly Party[];
  /** Members who cancel, and when. */
  cancellations?: readonly { member: number; at: number }[];
  /** For meetups that are over: who came, in the order they were checked in at the door. */
  checkIns?: readonly number[];
}

const party = (member: number, guests = 0): Party => ({ member, guests });

/** Members who choose to be shown on guest lists when they RSVP (Fatima, Noor, Lotte, Julia, Anouk, Maud); the rest keep to the count. */
const listedMembers = new Set([3, 7, 9, 11, 13, 23]);

/** Everyone in `rsvps` but those named: for check-in lists. */
const allBut = (parties: readonly Party[], ...absent: number[]): number[] =>
  parties.map((entry) => entry.member).filter((member) => !absent.includes(member));

function meetupPlans(now: number): MeetupPlan[] {
  const at = (start: Date, offset: number) => start.getTime() + offset;
  const plans: MeetupPlan[] = [];

  const kickOff = thursday(new Date(now), -13, "18:00");
  const kickOffRsvps = [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 12, 13].map((member) =>
    party(member, member === 2 || member === 7 ? 1 : 0),
  );
  plans.push({
    input: {
      title: "Serverless Rotterdam #1: Kick-off",
      description: `Our very first meetup! Meet the people in Rotterdam who build without servers.

- **18:00** doors open, pizza
- **18:45** *Why serverless, why now?* by Sanne de Vries
- **19:30** *Three years of Lambda in production: what we would do again* by Joost van den Berg
- **20:15** drinks

Bring a colleague: every RSVP may bring one guest.`,
      venue: venues.cic,
      capacity: 40,
      guestLimit: 1,
      waitlist: true,
    },
    startsAt: kickOff,
    endsAt: new Date(at(kickOff, 3 * hour)),
    scheduledAt: at(kickOff, -11 * day),
    rsvpWindow: [at(kickOff, -10 * day), at(kickOff, -6 * hour)],
    rsvps: kickOffRsvps,
    checkIns: allBut(kickOffRsvps, 3, 9),
  });

  const eventBridge = thursday(new Date(now), -9, "18:00");
  const eventBridgeRsvps = [14, 0, 1, 15, 2, 3, 16, 4, 5, 6, 17, 7, 8, 18, 10, 11, 12, 13].map((member) =>
    party(member, member === 16 || member === 18 ? 1 : 0),
  );
  plans.push({
    input: {
      title: "Serverless Rotterdam #2: EventBridge in production",
      description: `Two talks on event-driven architectures that carry real traffic.

- **18:00** doors open, food
- **18:45** *From a monolith to events, one queue at a time* by Noor Hendriks
- **19:30** *Schemas, retries and dead letters: EventBridge after the demo* by Daan Bakker
- **20:15** drinks on the terrace, weather permitting`,
      venue: venues.blueCity,
      capacity: 30,
      guestLimit: 1,
      waitlist: true,
    },
    startsAt: eventBridge,
    endsAt: new Date(at(eventBridge, 3 * hour)),
    scheduledAt: at(eventBridge, -11 * day),
    rsvpWindow: [at(eventBridge, -10 * day), at(eventBridge, -6 * hour)],
    rsvps: eventBridgeRsvps,
    cancellations: [
      { member: 4, at: at(eventBridge, -2 * day) },
      { member: 15, at: at(eventBridge, -1 * day) },
    ],
    checkIns: allBut(eventBridgeRsvps, 4, 15, 6, 12, 17),
  });

  // A small room: the first twenty get seats, three wait, and two cancellations let two of them in.
  const coldStarts = thursday(new Date(now), -4, "18:00");
  const coldStartsRsvps = [
    20, 21, 0, 1, 2, 14, 3, 4, 5, 22, 6, 7, 9, 10, 16, 11, 12, 13, 15, 17, 18, 23, 24,
  ].map((member) => party(member));
  plans.push({
    input: {
      title: "Serverless Rotterdam #3: Cold starts, costs and observability",
      description: `What does a serverless system really cost, and how do you see what it is doing?

- **18:00** doors open, food
- **18:45** *Cold starts are (mostly) a myth: measurements from a year of traffic* by Arjun Mehta
- **19:30** *Tracing across queues without losing your mind* by Lisa Brouwer and Ruben Peters
- **20:05** lightning talk: *Cost alarms that wake the right person* by Femke Bos
- **20:15** drinks

The room seats twenty: if you can't make it, please cancel your RSVP so someone on the waitlist can come.`,
      venue: venues.nieuweInstituut,
      capacity: 20,
      guestLimit: 0,
      waitlist: true,
    },
    startsAt: coldStarts,
    endsAt: new Date(at(coldStarts, 3 * hour)),
    scheduledAt: at(coldStarts, -11 * day),
    rsvpWindow: [at(coldStarts, -10 * day), at(coldStarts, -6 * hour)],
    rsvps: coldStartsRsvps,
    cancellations: [
      { member: 5, at: at(coldStarts, -3 * day) },
      { member: 10, at: at(coldStarts, -2 * day) },
    ],
    // 24 is still waiting when the meetup starts; 12 and 22 don't show up.
    checkIns: allBut(coldStartsRsvps, 5, 10, 24, 12, 22),
  });

  // Twenty seats, taken; six wait, and one cancellation lets the first of them in: five still wait.
  const workshop = thursday(new Date(now), 3, "17:30");
  plans.push({
    input: {
      title: "Serverless Rotterdam #4 workshop: event sourcing on DynamoDB",
      description: `A hands-on evening: build an event-sourced service on Lambda and DynamoDB, from the first
event to a projection that serves queries.

Bring a laptop with Node 20 and an AWS account you may deploy to (or use the local setup we hand out).
Seats are limited to the room: twenty people, guests included.

- **17:30** doors open, food
- **18:00** workshop, with coaches at every table
- **21:00** drinks`,
      venue: venues.cic,
      capacity: 20,
      guestLimit: 1,
      waitlist: true,
    },
    startsAt: workshop,
    endsAt: new Date(at(workshop, 3.5 * hour)),
    scheduledAt: now - 12 * day,
    rsvpWindow: [now - 11 * day, now - 3 * day],
    rsvps: [
      party(0),
      party(1, 1),
      party(2),
      party(3),
      party(4),
      party(5),
      party(6),
      party(7, 1),
      party(8),
      party(9),
      party(10),
      party(11),
      party(12),
      party(13),
      party(14, 1),
      party(15),
      party(16),
      party(17),
      party(18),
      party(19),
      party(20),
      party(21),
      party(22),
    ],
    cancellations: [{ member: 4, at: now - 2 * day }],
  });

  const lightningTalks = thursday(new Date(now), 7, "18:00");
  plans.push({
    input: {
      title: "Serverless Rotterdam #5: Lightning talks and drinks",
      description: `Five minutes, one idea: an evening of lightning talks from members, followed by drinks.

Want to give one? Propose it through the call for lightning talks: first-time speakers especially welcome.`,
      venue: venues.library,
      capacity: 60,
      guestLimit: 2,
      waitlist: true,
    },
    startsAt: lightningTalks,
    endsAt: new Date(at(lightningTalks, 3 * hour)),
    scheduledAt: now - 4 * day,
    rsvpWindow: [now - 4 * day + hour, now - 6 * hour],
    rsvps: [party(3), party(9, 2), party(13), party(20, 1), party(23), party(24), party(6), party(11)],
  });
  return plans;
}

/** A path of the demo once drafted, with its checkpoints' ids by their task (see `demo-paths.ts`). */
interface DemoPath {
  id: string;
  checkpointIds: Map<string, string>;
}

/** When member `index` joins, in days before now: see `members`. */
function joinedDaysAgo(index: number): number {
  if (index < 14) return 118 - index;
  if (index < 20) return 88 - (index - 14) * 2;
  return 58 - (index - 20) * 4;
}

/**
 * Seeds Serverless Meetup Rotterdam: two organisers, a host, 25 members, three past meetups with RSVPs
 * and check-ins (and no-shows), a full upcoming one with a waitlist and another with seats left; a closed
 * call for the third meetup (12 proposals, anonymised reviews by three reviewers, decided: its talks
 * given on its agenda, with slides and recordings), and an open one for the fifth, whose agenda is
 * released in two versions (see `demo-talks.ts`); three learning paths of the community with talks and
 * meetups among their checkpoints, one forked and then revised upstream, and members' progress on them,
 * a meetup checkpoint done by the door's check-in (see `demo-paths.ts`).
 *
 * Every change goes through the real commands, each at the moment it happens in the story (on the clock
 * `modulesAt` builds the modules on), so that the log, the history and the attendance charts read as if it
 * all happened. The content is fixed; the dates are relative to `now`, and every one of them is before it.
 */
export async function seedDemo(
  modulesAt: (clock: Clock) => DemoModules,
  now: Date = new Date(),
): Promise<DemoSeeded> {
  // Whole minutes: the times in the history read like a person's.
  const end = Math.floor(now.getTime() / minute) * minute;
  let current = end;
  const clock: Clock = { now: () => new Date(current) };
  const {
    members: memberModule,
    communities,
    meetups,
    speakers,
    talks,
    agendas,
    paths,
    progress,
    uploads,
  } = modulesAt(clock);

  const steps: { at: number; run: () => Promise<unknown> }[] = [];
  const at = (instant: number, run: () => Promise<unknown>) => steps.push({ at: instant, run });

  const ids = new Map<Person, string>();
  const idOf = (person: Person): string => {
    const id = ids.get(person);
    if (!id) throw new Error(`${person.displayName} has not signed up yet`);
    return id;
  };
  const memberId = (index: number) => idOf(members[index] as Person);
  let communityId = "";

  /** Signs up the way the first sign-in does, then fills in the profile. */
  const signUp = (person: Person, instant: number) => {
    at(instant, async () => ids.set(person, (await memberModule.signIn(person.email)).memberId));
    at(instant + 3 * minute, () =>
      memberModule.updateProfile({
        memberId: idOf(person),
        actor: idOf(person),
        input: {
          displayName: person.displayName,
          handle: person.handle,
          ...(person.bio ? { bio: person.bio } : {}),
        },
      }),
    );
    const { speaker } = person;
    if (speaker)
      at(instant + 4 * minute, () =>
        speakers.updateSpeakerProfile({ memberId: idOf(person), actor: idOf(person), input: speaker }),
      );
  };
  const join = (person: Person, instant: number) =>
    at(instant, () => communities.join({ actor: idOf(person), communityId }));

  const [founder, coOrganiser] = organisers as [Person, Person];
  const founded = end - 120 * day;
  signUp(founder, founded - hour);
  at(founded, async () => {
    communityId = (
      await communities.found({
        actor: idOf(founder),
        input: {
          name: "Serverless Meetup Rotterdam",
          slug: demoCommunitySlug,
          description: communityDescription,
          tags: ["serverless", "aws", "event-driven", "cloud", "rotterdam"],
          joinMode: "open",
        },
      })
    ).id;
  });
  signUp(coOrganiser, founded + 2 * hour);
  join(coOrganiser, founded + 2 * hour + 10 * minute);
  at(founded + 3 * hour, () =>
    communities.appointOrganiser({ actor: idOf(founder), communityId, memberId: idOf(coOrganiser) }),
  );
  signUp(host, founded + day);
  join(host, founded + day + 10 * minute);
  at(founded + day + hour, () =>
    communities.appointHost({ actor: idOf(founder), communityId, memberId: idOf(host) }),
  );
  members.forEach((member, index) => {
    const joined = end - joinedDaysAgo(index) * day;
    signUp(member, joined - 15 * minute);
    join(member, joined);
  });

  const plans = meetupPlans(end);
  /** By the meetup's place in `plans`, once scheduled. */
  const meetupIds: string[] = [];
  plans.forEach((plan, index) => {
    let meetupId = "";
    // The two organisers take turns.
    const organiser = index % 2 === 0 ? founder : coOrganiser;
    at(plan.scheduledAt, async () => {
      meetupIds[index] = meetupId = (
        await meetups.schedule({
          actor: idOf(organiser),
          input: {
            ...plan.input,
            communityId,
            timeZone,
            startsAt: plan.startsAt.toISOString(),
            endsAt: plan.endsAt.toISOString(),
          },
        })
      ).meetupId;
    });
    at(plan.scheduledAt + 20 * minute, () => meetups.publish({ actor: idOf(organiser), meetupId }));
    const [from, until] = plan.rsvpWindow;
    frontLoaded(from, until, plan.rsvps.length).forEach((instant, position) => {
      const { member, guests = 0 } = plan.rsvps[position] as Party;
      at(instant, () =>
        meetups.rsvp({ actor: memberId(member), meetupId, guests, listed: listedMembers.has(member) }),
      );
    });
    for (const { member, at: instant } of plan.cancellations ?? [])
      at(instant, () => meetups.cancelRsvp({ actor: memberId(member), meetupId }));
    // The host keeps the door; an organiser lends a hand with every fourth arrival.
    plan.checkIns?.forEach((member, position) => {
      const doorkeeper = position % 4 === 3 ? founder : host;
      at(plan.startsAt.getTime() - 20 * minute + position * 3 * minute, () =>
        meetups.checkIn({ actor: idOf(doorkeeper), meetupId, memberId: memberId(member) }),
      );
    });
  });

  const people = new Map([...organisers, host, ...members].map((person) => [person.handle, person]));
  const personOf = (handle: string): Person => {
    const person = people.get(handle);
    if (!person) throw new Error(`no one in the demo is @${handle}`);
    return person;
  };
  const idOfHandle = (handle: string) => idOf(personOf(handle));
  const meetupIdAt = (index: number) => {
    const meetupId = meetupIds[index];
    if (!meetupId) throw new Error(`meetup ${index + 1} has not been scheduled yet`);
    return meetupId;
  };
  /** When each speaker first proposes or joins a proposal: they write their speaker profile just before. */
  const firstSpoken = new Map<string, number>();
  const speaks = (handle: string, instant: number) =>
    firstSpoken.set(handle, Math.min(instant, firstSpoken.get(handle) ?? instant));
  const iso = (instant: number) => new Date(instant).toISOString();
  /** By their title: what the agenda is built from. */
  const proposalIds = new Map<string, string>();

  // The founder runs the calls and decides; the co-organiser reviews with the members appointed.
  const founderId = () => idOf(founder);
  for (const call of callPlans(end, plans, timeZone)) {
    let callId = "";
    const targetedInDraft = call.meetup.at <= call.draftedAt;
    at(call.draftedAt, async () => {
      callId = (
        await talks.draftCall({
          actor: founderId(),
          input: {
            ...call.input,
            communityId,
            opensAt: iso(call.opensAt),
            closesAt: iso(call.closesAt),
            ...(targetedInDraft ? { meetupId: meetupIdAt(call.meetup.index) } : {}),
          },
        })
      ).callId;
    });
    at(call.draftedAt + 15 * minute, () => talks.publishCall({ actor: founderId(), callId }));
    if (!targetedInDraft)
      at(call.meetup.at, () =>
        talks.editCall({ actor: founderId(), callId, input: { meetupId: meetupIdAt(call.meetup.index) } }),
      );
    for (const handle of call.reviewers)
      at(call.draftedAt + 75 * minute, () =>
        talks.appointReviewer({ actor: founderId(), callId, memberId: idOfHandle(handle) }),
      );

    const reviewsSoFar = new Map<string, number>();
    const meetupTitle = plans[call.meetup.index]?.input.title ?? "";
    for (const proposal of call.proposals) {
      let proposalId = "";
      const speaker = () => idOfHandle(proposal.speaker);
      const coSpeakers = proposal.coSpeakers ?? [];
      speaks(proposal.speaker, proposal.submittedAt);
      at(proposal.submittedAt, async () => {
        proposalId = (
          await talks.draftProposal({
            actor: speaker(),
            input: { ...proposal.input, callId, coSpeakerHandles: [...coSpeakers] },
            submit: true,
          })
        ).proposalId;
        proposalIds.set(proposal.input.title, proposalId);
      });
      coSpeakers.forEach((handle, position) => {
        const answeredAt = proposal.submittedAt + (3 + position) * hour;
        speaks(handle, answeredAt);
        at(answeredAt, () => talks.answerInvitation({ actor: idOfHandle(handle), proposalId, accept: true }));
      });
      for (const review of proposal.reviews ?? []) {
        const sitting = call.reviewSittings[review.reviewer];
        if (sitting === undefined) throw new Error(`@${review.reviewer} has no review sitting`);
        const position = reviewsSoFar.get(review.reviewer) ?? 0;
        reviewsSoFar.set(review.reviewer, position + 1);
        at(sitting + position * 20 * minute, () =>
          talks.reviewProposal({
            actor: idOfHandle(review.reviewer),
            proposalId,
            input: {
              scores: call.input.criteria.map((criterion, index) => ({
                criterionId: String(criterion.id),
                score: review.scores[index] ?? 0,
              })),
              comment: review.comment ?? "",
            },
          }),
        );
      }
      const { decision, withdrawnAt, slidesAt, recording } = proposal;
      if (decision) {
        const { accepted, message, answer } = decision;
        at(decision.at, () =>
          accepted
            ? talks.acceptProposal({ actor: founderId(), proposalId, message })
            : talks.rejectProposal({ actor: founderId(), proposalId, message }),
        );
        if (answer)
          at(answer.at, () =>
            answer.confirmed
              ? talks.confirmTalk({ actor: speaker(), proposalId })
              : talks.declineTalk({ actor: speaker(), proposalId }),
          );
      }
      if (withdrawnAt !== undefined)
        at(withdrawnAt, () => talks.withdrawProposal({ actor: speaker(), proposalId }));
      if (slidesAt !== undefined)
        at(slidesAt, async () => {
          const actor = speaker();
          const names = [proposal.speaker, ...coSpeakers].map((handle) => personOf(handle).displayName);
          const slides = demoSlides({
            title: proposal.input.title,
            byline: [names.join(" and "), meetupTitle],
          });
          const { uploadId } = await uploads.startUpload({ kind: "slides", actor });
          await uploads.receiveUpload({ kind: "slides", uploadId, actor, body: [slides] });
          await talks.attachSlides({ actor, proposalId, uploadId });
        });
      if (recording)
        at(recording.at, () => talks.linkRecording({ actor: founderId(), proposalId, url: recording.url }));
    }
  }
  // The founder builds the agendas from the talks the calls confirmed, and releases them.
  const known = (ids: ReadonlyMap<string, string>, title: string) => {
    const id = ids.get(title);
    if (!id) throw new Error(`the demo has no "${title}" yet`);
    return id;
  };
  for (const agenda of agendaPlans(end, plans)) {
    const meetupStart = plans[agenda.meetup]?.startsAt.getTime() ?? 0;
    const meetupId = () => meetupIdAt(agenda.meetup);
    /** By their title. */
    const slotIds = new Map<string, string>();
    agenda.slots.forEach((slot, position) => {
      at(agenda.draftedAt + position * minute, async () => {
        const startsAt = iso(meetupStart + slot.after * minute);
        const { slots } = await agendas.addSlot({
          actor: founderId(),
          input:
            "talk" in slot
              ? { meetupId: meetupId(), startsAt, proposalId: known(proposalIds, slot.talk) }
              : { meetupId: meetupId(), startsAt, title: slot.item, minutes: slot.minutes },
        });
        const added = slots.find((candidate) => candidate.startsAt === startsAt);
        if (added) slotIds.set(added.title, added.slotId);
      });
    });
    for (const release of agenda.releases) {
      for (const move of release.moves ?? [])
        at(release.at - 5 * minute, () =>
          agendas.moveSlot({
            actor: founderId(),
            meetupId: meetupId(),
            slotId: known(slotIds, move.slot),
            position: move.position,
          }),
        );
      at(release.at, () =>
        agendas.releaseAgenda({ actor: founderId(), meetupId: meetupId(), note: release.note }),
      );
    }
  }

  // The learning paths (see `demo-paths.ts`): each checkpoint known by its task, its id read back from the
  // path after each write (a kept checkpoint keeps its id, and its learners' progress, across revisions).
  // The door's check-ins at a meetup complete its checkpoint for the followers checked in without a word
  // here: on the local host the in-process bus runs the check-in reactor after each append, on the story's
  // clock (see `host.ts`), as it runs on every check-in after the demo.
  const checkpointInput = (checkpoint: CheckpointPlan, id: string | undefined): CheckpointInput => ({
    ...(id ? { id } : {}),
    task: checkpoint.task,
    ...("link" in checkpoint
      ? { url: checkpoint.link.url, title: checkpoint.link.title }
      : "talk" in checkpoint
        ? { talkId: known(proposalIds, checkpoint.talk) }
        : { meetupId: meetupIdAt(checkpoint.meetup) }),
  });
  const inputOf = (content: PathContentPlan, path: DemoPath | undefined) => ({
    goal: content.goal,
    description: content.description,
    tags: [...content.tags],
    checkpoints: content.checkpoints.map((checkpoint) =>
      checkpointInput(checkpoint, path?.checkpointIds.get(checkpoint.task)),
    ),
  });
  /** Reads the ids back, in the order the content gave its checkpoints. */
  const readIds = async (path: DemoPath, content: PathContentPlan) => {
    const current = await paths.currentCheckpoints(path.id);
    current?.checkpoints.forEach(({ id }, position) => {
      const task = content.checkpoints[position]?.task;
      if (task !== undefined) path.checkpointIds.set(task, id);
    });
  };
  const learns = (path: () => DemoPath, plan: LearnerPlan) => {
    const actor = () => idOfHandle(plan.learner);
    at(plan.followedAt, () => progress.followPath({ actor: actor(), pathId: path().id }));
    for (const mark of plan.marks ?? [])
      at(mark.at, () =>
        progress.markCheckpoint({
          actor: actor(),
          input: {
            pathId: path().id,
            checkpointId: known(path().checkpointIds, mark.task),
            done: true,
            ...(mark.note !== undefined && { note: mark.note }),
          },
        }),
      );
    if (plan.shownAt !== undefined)
      at(plan.shownAt, () =>
        progress.setProgressVisibility({ actor: actor(), pathId: path().id, public: true }),
      );
  };
  const drafted = (path: DemoPath | undefined, what: string): DemoPath => {
    if (!path) throw new Error(`the path "${what}" has not been drafted yet`);
    return path;
  };
  for (const plan of pathPlans(end, plans)) {
    let original: DemoPath | undefined;
    const path = () => drafted(original, plan.content.goal);
    const curator = () => idOfHandle(plan.curator);
    at(plan.draftedAt, async () => {
      const { pathId } = await paths.draftPath({
        actor: curator(),
        input: { ...inputOf(plan.content, undefined), communityId },
      });
      original = { id: pathId, checkpointIds: new Map() };
      await readIds(original, plan.content);
    });
    at(plan.publishedAt, () => paths.publishPath({ actor: curator(), pathId: path().id }));
    for (const revision of plan.revisions ?? [])
      at(revision.at, async () => {
        await paths.editPath({
          actor: curator(),
          pathId: path().id,
          input: inputOf(revision.content, path()),
          changeNote: revision.changeNote,
        });
        await readIds(path(), revision.content);
      });
    for (const learner of plan.learners) learns(path, learner);
    for (const fork of plan.forks ?? []) {
      let forked: DemoPath | undefined;
      const forkPath = () => drafted(forked, fork.content.goal);
      const forker = () => idOfHandle(fork.forker);
      at(fork.forkedAt, async () => {
        const { pathId } = await paths.forkPath({ actor: forker(), pathId: path().id });
        // A fork starts with the original's checkpoints, ids and all.
        forked = { id: pathId, checkpointIds: new Map(path().checkpointIds) };
      });
      at(fork.editedAt, async () => {
        await paths.editPath({
          actor: forker(),
          pathId: forkPath().id,
          input: inputOf(fork.content, forkPath()),
        });
        await readIds(forkPath(), fork.content);
      });
      at(fork.publishedAt, () => paths.publishPath({ actor: forker(), pathId: forkPath().id }));
      for (const learner of fork.learners) learns(forkPath, learner);
    }
  }

  for (const [handle, first] of firstSpoken) {
    const input = speakerProfiles[handle];
    if (input)
      at(first - 10 * minute, () =>
        speakers.updateSpeakerProfile({ memberId: idOfHandle(handle), actor: idOfHandle(handle), input }),
      );
  }

  // In the order the story happened; steps at the same instant in the order they were told.
  steps.sort((left, right) => left.at - right.at);
  for (const step of steps) {
    if (step.at > end) throw new Error("the demo story tells of something that has not happened yet");
    current = step.at;
    await step.run();
  }
  return {
    communityId,
    slug: demoCommunitySlug,
    organiserEmail: demoOrganiserEmail,
    hostEmail: demoHostEmail,
    memberCount: organisers.length + 1 + members.length,
    meetupCount: plans.length,
  };
}
