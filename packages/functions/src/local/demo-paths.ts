/*
 * The demo's learning paths: what they teach, who curates them, how one was forked and then changed
 * upstream, and who follows them and how far they got. The path half of the demo's story, told by
 * `seedDemo` through the path and progress modules' commands. People are named by their handle, talks by
 * their title and meetups by their place among the demo's meetups (see `meetupPlans`); a checkpoint is
 * named by its task, which is unique within its path. Every instant is one the story gives, relative to
 * the meetups and talks it tells of.
 */

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Where the meetups the paths go to stand among the demo's meetups. */
const eventBridgeMeetup = 1;
const coldStartsMeetup = 2;
const workshopMeetup = 3;
const lightningTalksMeetup = 4;

/** A checkpoint: a task, and one resource: a page on the web, a talk of the demo, or a meetup of the demo. */
export type CheckpointPlan = { task: string } & (
  | { link: { url: string; title: string } }
  | { talk: string }
  | { meetup: number }
);

export interface PathContentPlan {
  goal: string;
  description: string;
  tags: readonly string[];
  checkpoints: readonly CheckpointPlan[];
}

/** Someone who follows a path. */
export interface LearnerPlan {
  learner: string;
  followedAt: number;
  /** The checkpoints they tick off (by task), when, and what they noted for themselves. */
  marks?: readonly { task: string; at: number; note?: string }[];
  /** When they choose to show this progress on their profile. */
  shownAt?: number;
}

export interface ForkPlan {
  forker: string;
  forkedAt: number;
  /** The forker's own version, saved as the draft's edit: checkpoints kept from the original keep their task. */
  content: PathContentPlan;
  editedAt: number;
  publishedAt: number;
  learners: readonly LearnerPlan[];
}

export interface PathPlan {
  /** A member of the demo community: the path is the community's (its organisers look after it too). */
  curator: string;
  content: PathContentPlan;
  draftedAt: number;
  publishedAt: number;
  forks?: readonly ForkPlan[];
  /** Edits after the first publish, each a revision with its note: checkpoints kept keep their task. */
  revisions?: readonly { at: number; content: PathContentPlan; changeNote: string }[];
  learners: readonly LearnerPlan[];
}

const coldStartsTalk = "Cold starts are (mostly) a myth: measurements from a year of traffic";
const tracingTalk = "Tracing across queues without losing your mind";
const costAlarmsTalk = "Cost alarms that wake the right person";
const idempotencyTalk = "Idempotency keys in five minutes";
const deadLettersTalk = "The dead-letter queue is not a bin";

/**
 * The founder's path, drafted the day after the third meetup was scheduled: its talks (confirmed by then)
 * and the meetup itself. Members follow it before the meetup, so the door's check-ins complete its meetup
 * checkpoint through the check-in reactor; Lucas forks it once the recordings are out; a week before now
 * the founder adds the workshop (scheduled by then) and moves the reading on traces before the tracing talk.
 */
function productionPath(
  end: number,
  coldStarts: { startsAt: Date; scheduledAt: number },
  workshopScheduledAt: number,
): PathPlan {
  const meetupDay = coldStarts.startsAt.getTime();
  const drafted = coldStarts.scheduledAt + day;
  const lifecycle = "Learn how a Lambda function's execution environment starts, freezes and is reused";
  const coldStartsTask = "Watch Arjun's measurements of a year of cold starts, and note the p99s";
  const tracingTask = "Follow one order's trace across queues with Lisa and Ruben";
  const propagation = "Read how OpenTelemetry carries a trace's context from one service to the next";
  const costAlarms = "Route cost anomalies to the team that caused them";
  const attend = "Come to Serverless Rotterdam #3 and ask the speakers what the slides leave out";
  const workshop = "Build an event-sourced service yourself at the hands-on workshop";
  const checkpoints = {
    lifecycle: {
      task: lifecycle,
      link: {
        url: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html",
        title: "Understanding the Lambda execution environment lifecycle",
      },
    },
    coldStarts: { task: coldStartsTask, talk: coldStartsTalk },
    tracing: { task: tracingTask, talk: tracingTalk },
    propagation: {
      task: propagation,
      link: {
        url: "https://opentelemetry.io/docs/concepts/context-propagation/",
        title: "Context propagation (OpenTelemetry)",
      },
    },
    costAlarms: { task: costAlarms, talk: costAlarmsTalk },
    attend: { task: attend, meetup: coldStartsMeetup },
    workshop: { task: workshop, meetup: workshopMeetup },
  } satisfies Record<string, CheckpointPlan>;
  const content: PathContentPlan = {
    goal: "Run serverless in production without surprises",
    description: `What our third meetup was about, as a path: how fast your functions **really** start, how you see
what they are doing, and what they cost before the invoice tells you.

Work through it in order:

1. the execution environment, because every cold start story begins there;
2. the three talks of the evening, with their slides and recordings;
3. the meetup itself, to ask the speakers what the slides leave out.

Made by the organisers of Serverless Meetup Rotterdam. Found a better resource? Fork the path and
tell us at the next meetup.`,
    tags: ["serverless", "observability", "costs", "lambda"],
    checkpoints: [
      checkpoints.lifecycle,
      checkpoints.coldStarts,
      checkpoints.tracing,
      checkpoints.propagation,
      checkpoints.costAlarms,
      checkpoints.attend,
    ],
  };
  // After the recordings: Arjun's six days after the meetup, Lisa and Ruben's an hour later.
  const recorded = meetupDay + 6 * day + 2 * hour;
  return {
    curator: "sanne",
    content,
    draftedAt: drafted,
    publishedAt: drafted + 2 * hour,
    forks: [
      {
        forker: "lucas",
        forkedAt: meetupDay + 9 * day,
        editedAt: meetupDay + 9 * day + 40 * minute,
        publishedAt: meetupDay + 9 * day + hour,
        content: {
          goal: "See inside a serverless system: cold starts and traces",
          description: `My take on the organisers' path *Run serverless in production without surprises*: the
observability half only (costs are another team's job where I work), with the library we use to
instrument our functions.`,
          tags: ["observability", "opentelemetry", "lambda"],
          checkpoints: [
            checkpoints.lifecycle,
            checkpoints.coldStarts,
            checkpoints.propagation,
            checkpoints.tracing,
            {
              task: "Add tracing to one of your own functions with Powertools' tracer",
              link: {
                url: "https://docs.powertools.aws.dev/lambda/typescript/latest/core/tracer/",
                title: "Powertools for AWS Lambda (TypeScript): Tracer",
              },
            },
            checkpoints.attend,
          ],
        },
        learners: [
          {
            learner: "milan",
            followedAt: meetupDay + 12 * day,
            marks: [{ task: lifecycle, at: meetupDay + 12 * day + 2 * hour }],
          },
        ],
      },
    ],
    revisions: [
      {
        at: Math.max(end - 5 * day, workshopScheduledAt + day),
        changeNote:
          "The workshop is the next step after the talks, so it is on the path now; and the reading on context propagation comes before the tracing talk, which builds on it.",
        content: {
          ...content,
          checkpoints: [
            checkpoints.lifecycle,
            checkpoints.coldStarts,
            checkpoints.propagation,
            checkpoints.tracing,
            checkpoints.costAlarms,
            checkpoints.attend,
            checkpoints.workshop,
          ],
        },
      },
    ],
    learners: [
      // Checked in at the meetup: its checkpoint is done by the check-in, then she watches the talks.
      {
        learner: "julia",
        followedAt: drafted + 5 * hour,
        marks: [
          { task: lifecycle, at: drafted + day },
          { task: coldStartsTask, at: recorded + 3 * hour },
          { task: tracingTask, at: recorded + day },
          { task: propagation, at: recorded + day + 40 * minute },
          { task: costAlarms, at: recorded + 2 * day },
        ],
      },
      {
        learner: "emma",
        followedAt: drafted + day + 3 * hour,
        marks: [
          { task: lifecycle, at: drafted + 2 * day },
          { task: coldStartsTask, at: recorded + 4 * day },
        ],
      },
      {
        learner: "tim",
        followedAt: meetupDay - 3 * day,
        marks: [
          { task: lifecycle, at: meetupDay - 3 * day + 20 * minute },
          { task: coldStartsTask, at: recorded + 2 * hour },
          { task: tracingTask, at: recorded + 3 * day },
        ],
      },
      // Cancelled her seat at the meetup, so that checkpoint stays open; what she read, she noted.
      {
        learner: "sophie",
        followedAt: drafted + 2 * day,
        marks: [
          {
            task: lifecycle,
            at: drafted + 2 * day + hour,
            note: "The part about the freeze between invocations explains our timeouts: show this to the team on Monday.",
          },
        ],
      },
      // Had a seat but did not come.
      { learner: "kofi", followedAt: meetupDay - 2 * day },
      // Follows only after the meetup she came to: the follow finds her check-in.
      {
        learner: "fatima",
        followedAt: meetupDay + 10 * day,
        marks: [{ task: lifecycle, at: meetupDay + 10 * day + hour }],
      },
    ],
  };
}

/**
 * Daan's path for newcomers to events, drafted after the third meetup: the second meetup (where he spoke)
 * is a checkpoint of it, done for whoever was checked in there as they follow. Jesse works through all of
 * it and shows it on his profile.
 */
function eventDrivenPath(coldStarts: { startsAt: Date }): PathPlan {
  const meetupDay = coldStarts.startsAt.getTime();
  const drafted = meetupDay + 3 * day;
  const what = "Read what an event-driven architecture is, and when not to build one";
  const attend = "Hear how two teams run EventBridge in production, at Serverless Rotterdam #2";
  const patterns = "Write an EventBridge rule whose pattern matches only the events you want";
  const trace = "See one event's trace through EventBridge and SQS in Lisa and Ruben's talk";
  const deadLetters = "Give every queue a dead-letter queue, and learn to redrive it";
  const retries = "Make a handler safe to run twice";
  const jesse = meetupDay + 4 * day;
  return {
    curator: "daan",
    content: {
      goal: "Build your first event-driven app on AWS",
      description: `For everyone who came to a meetup and heard *EventBridge* once too often to keep nodding along.

Six steps, from **what an event is** to a handler you can safely retry. No prior AWS experience
needed; an account on the free tier is enough for the exercises.

> Start small: one rule, one queue, one function. The rest follows.`,
      tags: ["eventbridge", "event-driven", "beginners", "sqs"],
      checkpoints: [
        {
          task: what,
          link: {
            url: "https://aws.amazon.com/event-driven-architecture/",
            title: "What is an event-driven architecture? (AWS)",
          },
        },
        { task: attend, meetup: eventBridgeMeetup },
        {
          task: patterns,
          link: {
            url: "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html",
            title: "Amazon EventBridge event patterns",
          },
        },
        { task: trace, talk: tracingTalk },
        {
          task: deadLetters,
          link: {
            url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html",
            title: "Using dead-letter queues in Amazon SQS",
          },
        },
        {
          task: retries,
          link: {
            url: "https://docs.powertools.aws.dev/lambda/typescript/latest/utilities/idempotency/",
            title: "Powertools for AWS Lambda (TypeScript): Idempotency",
          },
        },
      ],
    },
    draftedAt: drafted,
    publishedAt: drafted + hour,
    learners: [
      // Checked in at the second meetup: following completes that checkpoint; he does the rest by hand.
      {
        learner: "jesse",
        followedAt: jesse,
        marks: [
          { task: what, at: jesse + hour },
          { task: patterns, at: jesse + 2 * day },
          { task: trace, at: jesse + 4 * day },
          { task: deadLetters, at: jesse + 7 * day },
          { task: retries, at: jesse + 11 * day },
        ],
        shownAt: jesse + 11 * day + 10 * minute,
      },
      {
        learner: "bram",
        followedAt: jesse + 2 * day,
        marks: [{ task: what, at: jesse + 2 * day + hour }],
      },
      {
        learner: "isabel",
        followedAt: jesse + 3 * day,
        marks: [
          { task: what, at: jesse + 3 * day + 30 * minute },
          { task: patterns, at: jesse + 5 * day },
          { task: trace, at: jesse + 8 * day },
        ],
      },
      { learner: "eva", followedAt: jesse + 13 * day },
    ],
  };
}

/**
 * Sem's path on failures, drafted this morning: the two lightning talks his call confirmed yesterday, and
 * the evening they are given at, still to come.
 */
function failurePath(end: number, lightningScheduledAt: number): PathPlan {
  const drafted = Math.max(end - 14 * hour, lightningScheduledAt + day);
  const retries = "Read why every retry is a chance to do it twice";
  const idempotency = "Learn the idempotency key pattern in five minutes with Noor";
  const deadLetters = "Learn to alarm on, look at and redrive a dead-letter queue";
  const attend = "Hear both talks live at the lightning talk evening, and bring your own failure story";
  return {
    curator: "sem",
    content: {
      goal: "Handle failures in event-driven systems",
      description: `Everything fails, all the time: in an event-driven system the question is only **what happens
next**. This path goes from retries to the messages nobody processed, and ends at our lightning talk
evening, where both talks on it are given.`,
      tags: ["sqs", "eventbridge", "idempotency", "operations"],
      checkpoints: [
        {
          task: retries,
          link: {
            url: "https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/",
            title: "Timeouts, retries and backoff with jitter (Amazon Builders' Library)",
          },
        },
        { task: idempotency, talk: idempotencyTalk },
        { task: deadLetters, talk: deadLettersTalk },
        { task: attend, meetup: lightningTalksMeetup },
      ],
    },
    draftedAt: drafted,
    publishedAt: drafted + hour,
    learners: [
      {
        learner: "maud",
        followedAt: drafted + 3 * hour,
        marks: [{ task: retries, at: drafted + 4 * hour }],
      },
      { learner: "anouk", followedAt: drafted + 5 * hour },
    ],
  };
}

/** The demo's paths, in the order they were drafted: relative to `end` (the seed's now) and to the meetups. */
export function pathPlans(
  end: number,
  meetups: readonly { startsAt: Date; scheduledAt: number }[],
): PathPlan[] {
  const meetup = (index: number) => {
    const plan = meetups[index];
    if (!plan) throw new Error(`the demo has no meetup ${index + 1}`);
    return plan;
  };
  return [
    productionPath(end, meetup(coldStartsMeetup), meetup(workshopMeetup).scheduledAt),
    eventDrivenPath(meetup(coldStartsMeetup)),
    failurePath(end, meetup(lightningTalksMeetup).scheduledAt),
  ];
}
