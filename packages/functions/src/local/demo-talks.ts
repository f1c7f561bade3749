import { TZDate } from "@date-fns/tz";
import type { SpeakerProfileInput } from "@meetstream/core/speaker";
import type { CallInput, ProposalInput } from "@meetstream/core/talk";

/*
 * What the demo's calls for proposals say, who proposed what, how the reviewers scored it and what came
 * of it: the talk half of the demo's story, told by `seedDemo` through the talk module's commands. People
 * are named by their handle in the demo; every instant is one the story gives, relative to the meetups.
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Where the meetups the calls are for stand among the demo's meetups (see `meetupPlans`). */
const coldStartsMeetup = 2;
const lightningTalksMeetup = 4;

/**
 * The instant at `time` in Rotterdam on the day `instant` falls on there: a call opens and closes at an
 * hour a person would pick, not at whatever minute the seed happens to run.
 */
function onTheDayOf(instant: number, time: string, timeZone: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const local = new TZDate(instant, timeZone);
  return new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    hours,
    minutes,
    timeZone,
  ).getTime();
}

/** Scores in the order of the call's criteria. */
export interface ReviewPlan {
  reviewer: string;
  scores: readonly number[];
  comment?: string;
}

export interface ProposalPlan {
  speaker: string;
  /** Invited when it is submitted; each accepts a few hours later. */
  coSpeakers?: readonly string[];
  input: Omit<ProposalInput, "callId" | "coSpeakerHandles">;
  submittedAt: number;
  /** In the order of the reviewers' sittings (see `CallPlan.reviewSittings`). */
  reviews?: readonly ReviewPlan[];
  /** The organisers' decision, and the speaker's answer to an acceptance. */
  decision?: { accepted: boolean; message: string; at: number; answer?: { confirmed: boolean; at: number } };
  withdrawnAt?: number;
  /** After the meetup: the speaker uploads the slides, an organiser links the recording. */
  slidesAt?: number;
  recording?: { url: string; at: number };
}

export interface CallPlan {
  input: Omit<CallInput, "communityId" | "opensAt" | "closesAt" | "meetupId">;
  draftedAt: number;
  opensAt: number;
  closesAt: number;
  /**
   * The meetup (its place among the demo's meetups) the call is for, and when the call is set to it: in
   * the draft if the meetup was scheduled by then, else by an edit.
   */
  meetup: { index: number; at: number };
  /** Appointed members, an hour after the call is published; the organisers review without appointment. */
  reviewers: readonly string[];
  /** When each reviewer sits down to review: their reviews follow 20 minutes apart. */
  reviewSittings: Readonly<Record<string, number>>;
  proposals: readonly ProposalPlan[];
}

/** The speaker profiles of the members who propose talks (the founder has hers from the start). */
export const speakerProfiles: Readonly<Record<string, SpeakerProfileInput>> = {
  arjun: {
    headline: "Performance engineer: measures first, optimises second",
    bio: "Arjun keeps a payments platform fast at a Rotterdam scale-up.\n\nHe collects **latency histograms** the way others collect vinyl, and likes nothing better than a myth that the numbers disprove.",
    links: [{ label: "Blog", url: "https://arjun.example.org" }],
  },
  lisa: {
    headline: "Site reliability engineer, tracer of lost requests",
    bio: "Lisa runs the on-call rota for a logistics platform built on SQS, EventBridge and Lambda.\n\nShe talks about:\n\n- distributed tracing with OpenTelemetry\n- alerts people don't mute\n- writing postmortems that get read",
    links: [
      { label: "Mastodon", url: "https://mastodon.example.org/@lisa" },
      { label: "Blog", url: "https://lisa.example.org" },
    ],
  },
  ruben: {
    headline: "Backend developer and OpenTelemetry contributor",
    bio: "Ruben builds the event pipelines behind a Dutch energy supplier's smart-meter readings, and fixes the instrumentation libraries he depends on.",
  },
  femke: {
    headline: "FinOps lead: makes cloud bills boring again",
    bio: "Femke helps product teams see what their architecture costs **before** the invoice arrives.",
    links: [{ label: "LinkedIn", url: "https://www.linkedin.com/in/femke-bos-example" }],
  },
  thijs: {
    headline: "Workflow engineer, Step Functions since the first release",
    bio: "Thijs designs payment and refund workflows. He believes a state machine diagram is the best documentation a team can have.",
  },
  noor: {
    headline: "Architect, migrating a monolith to events one queue at a time",
    bio: "Noor spoke at our second meetup about moving a monolith to events. She now helps other teams do the same, and collects the patterns that make retries safe.",
    links: [{ label: "Blog", url: "https://noor.example.org" }],
  },
  sem: {
    headline: "Integration developer, keeper of the dead letters",
    bio: "Sem runs the integrations of a Rotterdam retailer on EventBridge and CloudFront, and has opinions on schemas, retries and what happens when both fail.",
  },
};

const talkFormats = [
  { id: "talk", name: "Talk", minutes: 30 },
  { id: "lightning", name: "Lightning talk", minutes: 5 },
  { id: "workshop", name: "Workshop", minutes: 90 },
];

/**
 * The call for the third meetup, closed long since and decided: it opened before the meetup was planned,
 * and was set to it once the meetup was scheduled with the talks it chose. Scores follow its criteria:
 * relevance (weight 3), a clear takeaway (2), originality (1).
 */
function coldStartsCall(end: number, coldStarts: Date, timeZone: string): CallPlan {
  const meetupDay = coldStarts.getTime();
  const decided = end - 45 * day;
  const accepted = (message: string, confirmed: boolean, answeredAfter: number) => ({
    accepted: true,
    message,
    at: decided,
    answer: { confirmed, at: decided + answeredAfter },
  });
  const rejected = (message: string, after: number) => ({ accepted: false, message, at: decided + after });
  return {
    input: {
      title: "Call for talks: cold starts, costs and observability",
      description: `Our third meetup is about what a serverless system **really** costs, how fast it really is,
and how you see what it is doing. We are looking for:

- **talks** (30 minutes) with measurements, war stories and the mistakes you would rather we didn't repeat;
- **lightning talks** (5 minutes): one idea, one demo, one lesson;
- **workshops** (90 minutes) for a later hands-on evening.

First-time speakers are very welcome: an organiser will gladly look at your slides with you before the
meetup. Review is anonymised, so tell us about the talk, not about yourself.`,
      formats: talkFormats,
      criteria: [
        { id: "relevance", name: "Relevance to the community", weight: 3 },
        { id: "takeaway", name: "Clear takeaway", weight: 2 },
        { id: "originality", name: "Originality", weight: 1 },
      ],
      anonymised: true,
    },
    draftedAt: end - 76 * day,
    // Within a day after these, and so after the draft and the first proposal, and before the first review.
    opensAt: onTheDayOf(end - 76 * day, "23:59", timeZone),
    closesAt: onTheDayOf(end - 50 * day, "23:59", timeZone),
    meetup: { index: coldStartsMeetup, at: meetupDay - 11 * day + 30 * minute },
    reviewers: ["julia", "mehmet"],
    reviewSittings: {
      joost: end - 49 * day + 2 * hour,
      julia: end - 48 * day + 3 * hour,
      mehmet: end - 47 * day + 5 * hour,
    },
    proposals: [
      {
        speaker: "arjun",
        input: {
          title: "Cold starts are (mostly) a myth: measurements from a year of traffic",
          abstract: `Everyone has an opinion about cold starts. We have **a year of measurements**: 2.1 billion
invocations across 140 functions, in Node.js, Python and Java, with and without provisioned concurrency.

You will see:

- how often a cold start actually happens at our traffic, and to whom;
- what moves the needle (bundle size, runtime, memory) and what doesn't;
- the three cases where provisioned concurrency paid for itself, and the many where it didn't.

Every chart comes with the query behind it, so you can measure your own.`,
          formatId: "talk",
          level: "intermediate",
          tags: ["lambda", "performance", "measurements"],
          note: "I can bring the dashboards live if there is a screen with HDMI.",
        },
        submittedAt: end - 72 * day + 3 * hour,
        reviews: [
          { reviewer: "joost", scores: [5, 5, 4], comment: "Exactly the kind of data-driven talk we want." },
          {
            reviewer: "julia",
            scores: [5, 4, 5],
            comment: "Measurements, not opinions. Please show the p99s, not only the averages.",
          },
          { reviewer: "mehmet", scores: [5, 5, 4] },
        ],
        decision: accepted(
          "We'd love to have this as the opening talk of our third meetup. The date and room follow as soon as the venue confirms.",
          true,
          3 * hour,
        ),
        slidesAt: meetupDay + day + 2 * hour,
        recording: { url: "https://www.youtube.com/watch?v=Xq3rT9vLm2A", at: meetupDay + 6 * day },
      },
      {
        speaker: "lisa",
        coSpeakers: ["ruben"],
        input: {
          title: "Tracing across queues without losing your mind",
          abstract: `A request enters through API Gateway, fans out over EventBridge, waits in two SQS queues and
ends in a Step Functions execution. Where did the trace go?

We instrumented a logistics platform with **OpenTelemetry** end to end, and this is what we learned:

1. carrying context through queues and batches, without changing every consumer;
2. sampling that keeps the interesting traces and drops the rest;
3. what it costs, in money and in milliseconds.

With a live demo of one order's journey, from click to truck.`,
          formatId: "talk",
          level: "intermediate",
          tags: ["observability", "opentelemetry", "sqs"],
          note: "Ruben and I would present together: he did the instrumentation, I run the on-call.",
        },
        submittedAt: end - 53 * day,
        reviews: [
          { reviewer: "joost", scores: [5, 4, 4] },
          {
            reviewer: "julia",
            scores: [4, 5, 4],
            comment: "A real need: half of us have lost a trace at an SQS hop.",
          },
          {
            reviewer: "mehmet",
            scores: [5, 4, 3],
            comment: "I would like to hear about the costs of tracing, too.",
          },
        ],
        decision: accepted(
          "Accepted: this is the talk half our members asked for. One of the reviewers asks to hear what tracing costs, if you can fit it in.",
          true,
          20 * hour,
        ),
        slidesAt: meetupDay + 2 * day,
        recording: {
          url: "https://tube.example.org/w/kD8vQ2mXpR7sT4nW9yZbEc",
          at: meetupDay + 6 * day + hour,
        },
      },
      {
        speaker: "thijs",
        input: {
          title: "Step Functions in anger: a payment workflow, step by step",
          abstract: `Refunds, chargebacks, partial captures: a payment is a workflow long before anyone draws it.
This talk walks through the **Step Functions** state machine that runs our payments, including
the parts we got wrong the first time:

- retries that paid twice;
- waiting for a human for three days;
- versioning a workflow while thousands of executions are still running.`,
          formatId: "talk",
          level: "advanced",
          tags: ["step-functions", "workflows", "payments"],
        },
        submittedAt: end - 66 * day + 5 * hour,
        reviews: [
          { reviewer: "joost", scores: [4, 4, 5] },
          { reviewer: "julia", scores: [4, 5, 4], comment: "Clear and honest about the failures." },
          { reviewer: "mehmet", scores: [5, 4, 4] },
        ],
        decision: accepted(
          "Accepted for our third meetup: thank you! Let us know if the evening works for you.",
          false,
          day + 2 * hour,
        ),
      },
      {
        speaker: "femke",
        input: {
          title: "Cost alarms that wake the right person",
          abstract: `A budget alert that mails the finance team on the 28th of the month is not an alarm. In five
minutes: how we route **cost anomalies** to the team that caused them, within the hour, with one
EventBridge rule and a tag policy.`,
          formatId: "lightning",
          level: "beginner",
          tags: ["costs", "finops", "alerting"],
        },
        submittedAt: end - 61 * day + 4 * hour,
        reviews: [
          { reviewer: "joost", scores: [4, 4, 3] },
          { reviewer: "julia", scores: [4, 4, 4], comment: "Short, practical, and everyone needs it." },
          {
            reviewer: "mehmet",
            scores: [5, 3, 3],
            comment: "The takeaway could be sharper: one rule, one policy?",
          },
        ],
        decision: accepted(
          "Accepted as the lightning talk of the evening, right before the drinks.",
          true,
          5 * hour,
        ),
        slidesAt: meetupDay + day + 5 * hour,
      },
      {
        speaker: "lotte",
        input: {
          title: "DynamoDB single-table design: three regrets",
          abstract: `We went all in on single-table design for a marketplace. Two years later, three decisions
still cost us every sprint: a **GSI** we can't change, a sort key that mixed two concerns, and item
collections that grew past what we had planned. What we would do instead, with the migration that
got us halfway there.`,
          formatId: "talk",
          level: "advanced",
          tags: ["dynamodb", "data-modelling"],
        },
        submittedAt: end - 70 * day + 2 * hour,
        reviews: [
          {
            reviewer: "joost",
            scores: [4, 3, 4],
            comment: "Good material, but it overlaps the DynamoDB workshop we plan for the fourth meetup.",
          },
          { reviewer: "julia", scores: [4, 4, 3] },
          { reviewer: "mehmet", scores: [3, 4, 4] },
        ],
        decision: rejected(
          "A close one. Our fourth meetup is a workshop on event sourcing with DynamoDB, which covers much of this: please propose it again for a meetup after that, we would like to have it.",
          10 * minute,
        ),
      },
      {
        speaker: "sophie",
        coSpeakers: ["noor"],
        input: {
          title: "Hands-on: your first event-driven app with EventBridge Pipes",
          abstract: `Bring a laptop: in ninety minutes you build a small order service where **EventBridge Pipes**
connect a DynamoDB stream to a Step Functions workflow, with filtering and enrichment on the way.
No prior EventBridge experience needed; an AWS account helps, but we bring a local setup too.`,
          formatId: "workshop",
          level: "beginner",
          tags: ["eventbridge", "workshop", "beginners"],
          note: "We need tables and power sockets for about twenty people.",
        },
        submittedAt: end - 68 * day + 6 * hour,
        reviews: [
          { reviewer: "joost", scores: [4, 4, 3] },
          {
            reviewer: "julia",
            scores: [3, 4, 3],
            comment: "Lovely for beginners; a talk evening has no room for ninety minutes, though.",
          },
          { reviewer: "mehmet", scores: [4, 3, 3] },
        ],
        decision: rejected(
          "A workshop does not fit a talk evening of three hours, and our workshop evening is planned already. We would love to run this one at the next workshop night: we will ask you first.",
          20 * minute,
        ),
      },
      {
        speaker: "milan",
        input: {
          title: "Why we moved back from Lambda to containers (and kept the events)",
          abstract: `At a steady 400 requests per second, our Lambda bill passed what a few containers would cost.
We moved the hot path back to **ECS on Fargate**, kept EventBridge and SQS for everything else,
and learned where the line between the two really lies for us.`,
          formatId: "talk",
          level: "intermediate",
          tags: ["containers", "lambda", "architecture"],
        },
        submittedAt: end - 58 * day + 2 * hour,
        reviews: [
          { reviewer: "joost", scores: [3, 4, 4] },
          { reviewer: "julia", scores: [3, 3, 5], comment: "Provocative, in a good way." },
          { reviewer: "mehmet", scores: [4, 3, 4] },
        ],
        decision: rejected(
          "We liked this, but the evening is about cold starts, costs and observability, and we had more talks than slots. It would make a great counterpoint at a later meetup.",
          30 * minute,
        ),
      },
      {
        speaker: "anouk",
        input: {
          title: "Accessibility checks in a serverless CI pipeline",
          abstract:
            "Five minutes on running **axe** against every preview deployment, in a Lambda, and failing the build when a page gets worse.",
          formatId: "lightning",
          level: "beginner",
          tags: ["accessibility", "ci"],
        },
        submittedAt: end - 56 * day + 7 * hour,
        reviews: [
          { reviewer: "joost", scores: [3, 4, 4] },
          {
            reviewer: "julia",
            scores: [2, 4, 4],
            comment: "Great topic, but only loosely about serverless.",
          },
          { reviewer: "mehmet", scores: [3, 4, 3] },
        ],
        decision: rejected(
          "A topic we care about, but not one for this evening's theme. Our lightning talk evening later this year would suit it well.",
          40 * minute,
        ),
      },
      {
        speaker: "isabel",
        input: {
          title: "Terraform, CDK or SST? A bake-off on one small app",
          abstract:
            "The same small app (an API, a queue, a table) deployed three times, with **Terraform**, the **CDK** and **SST**: what each made easy, what each made hard, and how long each took a newcomer.",
          formatId: "talk",
          level: "beginner",
          tags: ["infrastructure-as-code", "cdk", "terraform"],
        },
        submittedAt: end - 63 * day + day / 2,
        reviews: [
          { reviewer: "joost", scores: [3, 3, 2] },
          { reviewer: "julia", scores: [4, 3, 2] },
          { reviewer: "mehmet", scores: [3, 3, 3], comment: "Comparisons like this age quickly." },
        ],
        decision: rejected(
          "Thank you for proposing! The reviewers found it further from this evening's theme than the talks we chose.",
          50 * minute,
        ),
      },
      {
        speaker: "bram",
        input: {
          title: "GraphQL subscriptions over API Gateway WebSockets",
          abstract: `Live updates for a sports app: GraphQL subscriptions on **API Gateway WebSockets**, with
connection state in DynamoDB and fan-out through EventBridge.`,
          formatId: "talk",
          level: "advanced",
          tags: ["graphql", "websockets", "api-gateway"],
        },
        submittedAt: end - 51 * day + 3 * hour,
        reviews: [
          { reviewer: "joost", scores: [3, 2, 3], comment: "The abstract doesn't say what we would learn." },
          { reviewer: "julia", scores: [3, 3, 3] },
          { reviewer: "mehmet", scores: [4, 2, 3] },
        ],
        decision: rejected(
          "Not this time: the reviewers wanted to know more about what the audience would take home. Tell us more in a next call!",
          60 * minute,
        ),
      },
      {
        speaker: "sem",
        input: {
          title: "Resizing images at the edge with Lambda@Edge",
          abstract:
            "How we replaced an image server with forty lines of **Lambda@Edge**, and the one CloudFront setting that made it cheap.",
          formatId: "lightning",
          level: "intermediate",
          tags: ["lambda-edge", "cloudfront"],
        },
        submittedAt: end - 57 * day + 9 * hour,
        reviews: [
          { reviewer: "joost", scores: [3, 3, 2] },
          { reviewer: "julia", scores: [3, 2, 2] },
          { reviewer: "mehmet", scores: [3, 3, 2] },
        ],
        decision: rejected(
          "Thank you! We had more lightning talks than the evening could hold, and chose one on costs.",
          70 * minute,
        ),
      },
      {
        speaker: "jesse",
        input: {
          title: "Serverless on a student budget",
          abstract:
            "Three student projects, one free tier, zero euros: what fits in AWS's free tier and what to watch out for.",
          formatId: "lightning",
          level: "beginner",
          tags: ["costs", "students"],
        },
        submittedAt: end - 65 * day + 4 * hour,
        // Exams, and no time to prepare: withdrawn before the call closed.
        withdrawnAt: end - 55 * day,
      },
    ],
  };
}

/**
 * The call for the lightning talk evening, open now: two talks were accepted early and confirmed (the
 * agenda starts from them), three wait for review. Scores: relevance (weight 2), one clear idea (1).
 */
function lightningCall(end: number, lightningTalks: Date, scheduledAt: number): CallPlan {
  const drafted = scheduledAt + hour;
  const decided = end - 21 * hour;
  return {
    input: {
      title: "Call for lightning talks: Serverless Rotterdam #5",
      description: `Five minutes, one idea: propose a lightning talk for our fifth meetup.

Anything you learned building with serverless and events counts: a trick, a tool, a mistake, a
library you love. First-time speakers especially welcome; we pair every first-timer with an
organiser to rehearse once. Review is anonymised.`,
      formats: [{ id: "lightning", name: "Lightning talk", minutes: 5 }],
      criteria: [
        { id: "relevance", name: "Relevance to the community", weight: 2 },
        { id: "idea", name: "One clear idea", weight: 1 },
      ],
      anonymised: true,
    },
    draftedAt: drafted,
    opensAt: drafted + hour,
    closesAt: lightningTalks.getTime() - 14 * day,
    meetup: { index: lightningTalksMeetup, at: drafted },
    reviewers: ["julia", "mehmet"],
    reviewSittings: { julia: end - 24 * hour, joost: end - 23 * hour, mehmet: end - 22 * hour },
    proposals: [
      {
        speaker: "noor",
        input: {
          title: "Idempotency keys in five minutes",
          abstract:
            "Every retry is a chance to pay twice. One table, one conditional write, and a key the client sends: **idempotency** in five minutes, with the two mistakes everyone makes once.",
          formatId: "lightning",
          level: "beginner",
          tags: ["idempotency", "lambda"],
        },
        submittedAt: end - 3 * day + 2 * hour,
        reviews: [
          { reviewer: "julia", scores: [5, 4] },
          {
            reviewer: "joost",
            scores: [5, 5],
            comment: "Yes, please: our members ask about this every time.",
          },
        ],
        decision: {
          accepted: true,
          message: "Accepted early, so that we can start the agenda with it. Thank you, Noor!",
          at: decided,
          answer: { confirmed: true, at: decided + hour },
        },
      },
      {
        speaker: "sem",
        input: {
          title: "The dead-letter queue is not a bin",
          abstract:
            "Messages in a dead-letter queue are customers waiting. How we alarm on them, look at them and **redrive** them safely, in five minutes.",
          formatId: "lightning",
          level: "intermediate",
          tags: ["sqs", "eventbridge", "operations"],
        },
        submittedAt: end - 3 * day + 7 * hour,
        reviews: [
          { reviewer: "julia", scores: [5, 4], comment: "A good follow-up to the EventBridge evening." },
          { reviewer: "joost", scores: [4, 5] },
        ],
        decision: {
          accepted: true,
          message: "Accepted: a perfect second talk after Noor's on idempotency.",
          at: decided + 10 * minute,
          answer: { confirmed: true, at: decided + 2 * hour },
        },
      },
      {
        speaker: "maud",
        input: {
          title: "My first Lambda, from a spreadsheet macro",
          abstract:
            "I turned a spreadsheet macro my team ran every Monday into a scheduled **Lambda**. What surprised a first-timer, in five minutes.",
          formatId: "lightning",
          level: "beginner",
          tags: ["beginners", "lambda"],
          note: "It would be my first talk ever: I'd be glad of the rehearsal.",
        },
        submittedAt: end - 2 * day + 3 * hour,
        reviews: [
          {
            reviewer: "julia",
            scores: [4, 5],
            comment: "A first-timer's view is exactly what a lightning evening is for.",
          },
        ],
      },
      {
        speaker: "kofi",
        input: {
          title: "Testing EventBridge rules before you deploy them",
          abstract:
            "An event pattern is code: test it like code. How we run every **EventBridge** rule against recorded events in CI, without an AWS account.",
          formatId: "lightning",
          level: "intermediate",
          tags: ["eventbridge", "testing"],
        },
        submittedAt: end - 2 * day + 9 * hour,
        reviews: [{ reviewer: "mehmet", scores: [4, 3] }],
      },
      {
        speaker: "wouter",
        input: {
          title: "SQS FIFO queues, and why you probably don't need one",
          abstract:
            "Ordering is expensive. Five minutes on what **FIFO** queues guarantee, what they cost you in throughput, and the designs that need no ordering at all.",
          formatId: "lightning",
          level: "intermediate",
          tags: ["sqs"],
        },
        submittedAt: end - 26 * hour,
      },
    ],
  };
}

/** The demo's calls, oldest first: relative to `end` (the seed's now) and to the meetups they are for. */
export function callPlans(
  end: number,
  meetups: readonly { startsAt: Date; scheduledAt: number }[],
  timeZone: string,
): CallPlan[] {
  const meetup = (index: number) => {
    const plan = meetups[index];
    if (!plan) throw new Error(`the demo has no meetup ${index + 1}`);
    return plan;
  };
  return [
    coldStartsCall(end, meetup(coldStartsMeetup).startsAt, timeZone),
    lightningCall(end, meetup(lightningTalksMeetup).startsAt, meetup(lightningTalksMeetup).scheduledAt),
  ];
}

/** A slot of the demo's agenda, some minutes after the meetup starts: a talk (by its title) or a free item. */
export type AgendaSlotPlan = { after: number } & ({ talk: string } | { item: string; minutes: number });

export interface AgendaPlan {
  /** The meetup's place among the demo's meetups. */
  meetup: number;
  /** When the founder builds the first draft, a slot a minute. */
  draftedAt: number;
  slots: readonly AgendaSlotPlan[];
  /** Each release, after moving slots (by title) to another place in the order, a few minutes before. */
  releases: readonly { at: number; note: string; moves?: readonly { slot: string; position: number }[] }[];
}

/**
 * The agendas the founder built from the confirmed talks: the third meetup's, released once before it
 * took place, as its description tells it; and the lightning talk evening's, built from the two talks its
 * call confirmed early, released once, then again after the two talks swap places.
 */
export function agendaPlans(
  end: number,
  meetups: readonly { startsAt: Date; scheduledAt: number }[],
): AgendaPlan[] {
  const coldStarts = meetups[coldStartsMeetup];
  if (!coldStarts) throw new Error(`the demo has no meetup ${coldStartsMeetup + 1}`);
  const idempotency = "Idempotency keys in five minutes";
  const deadLetters = "The dead-letter queue is not a bin";
  return [
    {
      meetup: coldStartsMeetup,
      draftedAt: coldStarts.scheduledAt + 2 * hour,
      slots: [
        { after: 0, item: "Doors open, food", minutes: 45 },
        { after: 45, talk: "Cold starts are (mostly) a myth: measurements from a year of traffic" },
        { after: 90, talk: "Tracing across queues without losing your mind" },
        { after: 125, talk: "Cost alarms that wake the right person" },
        { after: 135, item: "Drinks", minutes: 45 },
      ],
      releases: [{ at: coldStarts.scheduledAt + 3 * hour, note: "" }],
    },
    {
      meetup: lightningTalksMeetup,
      draftedAt: end - 18 * hour,
      slots: [
        { after: 0, item: "Doors open", minutes: 30 },
        { after: 30, talk: idempotency },
        { after: 40, talk: deadLetters },
        { after: 50, item: "Pizza", minutes: 40 },
        { after: 90, item: "Drinks", minutes: 90 },
      ],
      releases: [
        {
          at: end - 17 * hour,
          note: "The first two lightning talks are in. More follow as the call runs: propose yours!",
        },
        {
          at: end - 3 * hour,
          moves: [{ slot: deadLetters, position: 1 }],
          note: "The two lightning talks swap places: Noor comes straight from work.",
        },
      ],
    },
  ];
}
