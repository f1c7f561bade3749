import { systemClock } from "@meetstream/core/clock/clock";
import { inParallel } from "@meetstream/core/concurrency/in-parallel";
import { eventCatalog, type PendingEvent, sqliteEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { meetstreamModules } from "@meetstream/functions/composition/meetstream-modules";
import { openLocalStores } from "@meetstream/functions/stores/local-stores";
import { localSecrets } from "@meetstream/functions/stores/secrets";
import { graphqlRequest } from "@meetstream/functions/testing/graphql-request";
import { removeDataFolder, temporaryDataFolder } from "@meetstream/functions/testing/test-host";
import { type Load, meanOf, measure, startServer, stopServer } from "./http";
import type { BenchmarkResults } from "./results";

/** The call's size: `MEETSTREAM_BENCH_PROPOSALS=200 pnpm bench review-board` runs it small while developing. */
const proposals = Number(process.env.MEETSTREAM_BENCH_PROPOSALS ?? 2_000);
/** Each reviews every proposal: 2,000 proposals make 10,000 reviews. */
const reviewers = 5;
/** Each speaks on several proposals, as people who propose often do. */
const speakers = Math.max(1, Math.round(proposals / 10));
/** Commands in flight at once: reviewers scoring at the same moment. */
const concurrency = 50;
const rounds = 2;
const pageSize = 50;

const organiserEmail = "organiser@review-board.bench";
const reviewerEmail = (index: number) => `reviewer-${index}@review-board.bench`;
const speakerEmail = (index: number) => `speaker-${index}@review-board.bench`;

const criteria = [
  { id: "relevance", name: "Relevance", weight: 3, maximumScore: 5 },
  { id: "clarity", name: "Clarity", weight: 2, maximumScore: 5 },
  { id: "originality", name: "Originality", weight: 1, maximumScore: 5 },
];
const formats = [
  { id: "talk", name: "Talk", minutes: 30 },
  { id: "lightning", name: "Lightning talk", minutes: 5 },
  { id: "workshop", name: "Workshop", minutes: 90 },
];
const tags = ["serverless", "typescript", "event-sourcing", "graphql", "testing", "security"];

/**
 * What the review board page asks (the web app's ReviewBoardQuery, packages/web/src/talk/review-documents.ts,
 * with its BoardRowFields, field for field), as an appointed reviewer: the call, and the first page
 * of the board with each row's weighted mean, review count, the viewer's own-review flag, its proposal's
 * ids and its speakers (with anonymised review, none). The page holds 50 rows, as the issue measures it, where the
 * web app pages by 25.
 */
const boardQuery = `query ReviewBoard($id: ID!) {
  call(id: $id) {
    id publicId title anonymised viewerIsOrganiser
    formats { id name }
    community { id name }
    board(first: ${pageSize}) {
      edges {
        node {
          title status formatId level tags reviewCount reviewedByMe viewerIsSpeaker weightedMean
          proposalId publicId speakers { id displayName }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface BoardAnswer {
  call: {
    board: {
      edges: {
        node: {
          weightedMean: number | null;
          reviewCount: number;
          proposalId: string;
          speakers: unknown[] | null;
        };
      }[];
      pageInfo: { hasNextPage: boolean };
    } | null;
  } | null;
}

const rate = (count: number, started: number) => count / ((performance.now() - started) / 1000);

/** A reviewer's scores for a proposal: spread, so that the board's order means something. */
const scoresOf = (proposal: number, reviewer: number) =>
  criteria.map((criterion, position) => ({
    criterionId: criterion.id,
    score: 1 + ((proposal * 7 + reviewer * 3 + position * 5) % criterion.maximumScore),
  }));

interface Seeded {
  callId: string;
  proposalRate: number;
  reviewRate: number;
  reviewCount: number;
}

/**
 * Seeds a data folder the way the local host opens it (its secrets, its stores, `personalDataStore`,
 * the modules it composes), through the modules' commands only: members, a community, a published open
 * call (weighted criteria, anonymised review, appointed reviewers), the proposals submitted, then every
 * reviewer reviews every proposal. The reviews are the measured commands (distinct proposals ×
 * reviewers, 50 at once); the host projects them when it starts, so projections are not in the figure.
 */
export async function seed(dataFolder: string): Promise<Seeded> {
  const secrets = localSecrets(dataFolder);
  const stores = openLocalStores(dataFolder, eventCatalog(...meetstreamEventTypes));
  try {
    const { members, communities, talks } = meetstreamModules({
      store: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
      documents: stores.documents,
      keys: stores.keys,
      idempotency: stores.idempotency,
      snapshots: stores.snapshots,
      clock: systemClock,
      emailSecret: secrets.emailSecret,
    });
    const signUp = async (email: string) => (await members.signIn(email)).memberId;
    const organiser = await signUp(organiserEmail);
    const community = await communities.found({
      actor: organiser,
      input: { name: "Review Board Bench", slug: "review-board-bench", joinMode: "open" },
    });
    const join = async (email: string) => {
      const memberId = await signUp(email);
      await communities.join({ actor: memberId, communityId: community.id });
      return memberId;
    };
    const reviewerIds: string[] = [];
    for (let index = 0; index < reviewers; index++) reviewerIds.push(await join(reviewerEmail(index)));
    const speakerIds: string[] = [];
    for (let index = 0; index < speakers; index++) speakerIds.push(await join(speakerEmail(index)));

    const now = Date.now();
    const { callId } = await talks.draftCall({
      actor: organiser,
      input: {
        communityId: community.id,
        title: "Talks for the winter season",
        description: "Tell us what you learned: **any** level is welcome.",
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        formats,
        criteria,
        anonymised: true,
      },
    });
    await talks.publishCall({ actor: organiser, callId });
    for (const memberId of reviewerIds) await talks.appointReviewer({ actor: organiser, callId, memberId });

    const submissions = Array.from({ length: proposals }, (_, index) => ({
      actor: speakerIds[index % speakers] as string,
      submit: true,
      input: {
        callId,
        title: `What we learned from incident ${index + 1}`,
        abstract: `A story of **incident ${index + 1}**: what broke, how we found it, and what we changed.`,
        formatId: (formats[index % formats.length] as { id: string }).id,
        level: (["beginner", "intermediate", "advanced"] as const)[index % 3],
        tags: [tags[index % tags.length] as string, tags[(index + 2) % tags.length] as string],
        note: "I can bring a demo.",
      },
    }));
    const proposalIds: string[] = new Array(proposals);
    let started = performance.now();
    await inParallel(
      submissions.map((submission, index) => ({ submission, index })),
      concurrency,
      async ({ submission, index }) => {
        proposalIds[index] = (await talks.draftProposal(submission)).proposalId;
      },
    );
    const proposalRate = rate(proposals, started);

    // Reviewer by reviewer, as a board is worked through: the 50 in flight are on 50 proposals.
    const reviews = reviewerIds.flatMap((actor, reviewer) =>
      proposalIds.map((proposalId, proposal) => ({
        actor,
        proposalId,
        input: { scores: scoresOf(proposal, reviewer), comment: "Clear story; the demo would help." },
      })),
    );
    started = performance.now();
    await inParallel(reviews, concurrency, (review) => talks.reviewProposal(review));
    const reviewRate = rate(reviews.length, started);
    return { callId, proposalRate, reviewRate, reviewCount: reviews.length };
  } finally {
    stores.close();
  }
}

/**
 * The baseline of the review rate: the same number of review-shaped events appended straight through
 * the SQLite event store, one per stream at its next version, 50 at once, on a file of its own. The
 * command path adds the reads (proposal, call, the reviewer's standing), the decision and the personal
 * data wrapping on top of this write.
 */
async function bareAppendRate(dataFolder: string, count: number): Promise<number> {
  const database = openDatabase(`${dataFolder}/bare-appends.sqlite`);
  try {
    const store = sqliteEventStore(database, eventCatalog(...meetstreamEventTypes));
    const streams = Array.from({ length: proposals }, () => `proposal-${newId()}`);
    const occurredAt = new Date().toISOString();
    const appends = Array.from({ length: count }, (_, index) => {
      const event: PendingEvent = {
        id: newId(),
        type: "ProposalReviewed",
        data: {
          reviewerId: newId(),
          scores: scoresOf(index, 0).map((score, position) => ({
            ...score,
            weight: (criteria[position] as { weight: number }).weight,
          })),
          comment: "Clear story; the demo would help.",
        },
        meta: { actor: newId(), occurredAt, correlationId: newId(), causationId: null },
      };
      return {
        streamId: streams[index % proposals] as string,
        version: Math.floor(index / proposals),
        event,
      };
    });
    const started = performance.now();
    await inParallel(appends, concurrency, ({ streamId, version, event }) =>
      store.append(streamId, [event], { expectedVersion: version }),
    );
    return rate(count, started);
  } finally {
    database.close();
  }
}

/** The first page once, checked: 50 rows, every one with its weighted mean and its proposal, best first. */
async function checkedFirstPage(url: string, token: string, callId: string): Promise<void> {
  const { body } = await graphqlRequest<BoardAnswer>(url, boardQuery, { token, variables: { id: callId } });
  const board = body.data?.call?.board;
  const rows = board?.edges.map((edge) => edge.node) ?? [];
  const expected = Math.min(pageSize, proposals);
  const ordered = rows.every(
    (row, index) => index === 0 || (row.weightedMean ?? 0) <= (rows[index - 1]?.weightedMean ?? 0),
  );
  // Anonymised: the reviewer sees each proposal, and no speaker on any.
  const complete = rows.every(
    (row) =>
      row.weightedMean !== null &&
      row.reviewCount === reviewers &&
      row.proposalId !== "" &&
      row.speakers === null,
  );
  if (rows.length !== expected || !ordered || !complete)
    throw new Error(`the review board's first page is not what a reviewer sees: ${JSON.stringify(body)}`);
}

/**
 * A call with 2,000 proposals and 10,000 reviews. Review submission through the talk module's commands
 * on the local host's stores, beside bare event-store appends; then the review board's first page (50
 * rows with their weighted means) over HTTP on the local host, as an appointed reviewer of an anonymised
 * call asks it, against a bare graphql-yoga hello-world server in the same run, loaded in turn by
 * autocannon in alternating rounds (as the http benchmark does). Latencies are the worst round's.
 */
export async function reviewBoardBenchmark(): Promise<BenchmarkResults> {
  const dataFolder = temporaryDataFolder();
  try {
    const seeded = await seed(dataFolder);
    const bareRate = await bareAppendRate(dataFolder, seeded.reviewCount);

    const startedHost = performance.now();
    const host = await startServer<{ token: string; projectedMilliseconds: number }>("signed-in-host.ts", {
      MEETSTREAM_BENCH_DATA_FOLDER: dataFolder,
      MEETSTREAM_BENCH_SIGN_IN_EMAIL: reviewerEmail(0),
    });
    const hostSeconds = (performance.now() - startedHost) / 1000;
    const bare = await startServer("bare-yoga.ts");
    const bareLoads: Load[] = [];
    const boardLoads: Load[] = [];
    try {
      await checkedFirstPage(host.url, host.token, seeded.callId);
      for (let round = 0; round < rounds; round++) {
        bareLoads.push(await measure(bare.url, "{ hello }"));
        boardLoads.push(await measure(host.url, boardQuery, host.token, { id: seeded.callId }));
      }
    } finally {
      await Promise.all([stopServer(bare), stopServer(host)]);
    }
    const baseline = meanOf(bareLoads);
    const board = meanOf(boardLoads);
    const ratio = board.requestsPerSecond / baseline.requestsPerSecond;
    const reviewRatio = seeded.reviewRate / bareRate;
    const size = `${proposals.toLocaleString("en-US")} proposals, ${seeded.reviewCount.toLocaleString("en-US")} reviews`;
    return {
      [`review board first page (${pageSize}) over HTTP, ${size}`]: {
        value: Math.round(board.requestsPerSecond),
        unit: `req/s (p50 ${board.p50Milliseconds} ms)`,
        baseline: Math.round(baseline.requestsPerSecond),
        ratio,
        target: "ratio ≥ 0.4 of bare yoga",
        met: ratio >= 0.4,
      },
      "review board first page p99": {
        value: board.p99Milliseconds,
        unit: "ms",
        target: "< 50 ms",
        met: board.p99Milliseconds < 50,
      },
      "bare graphql-yoga hello world (review board run)": {
        value: Math.round(baseline.requestsPerSecond),
        unit: `req/s (p50 ${baseline.p50Milliseconds} ms, p99 ${baseline.p99Milliseconds} ms)`,
      },
      "reviews submitted, distinct proposals × reviewers, 50 at once (SQLite)": {
        value: Math.round(seeded.reviewRate),
        unit: "commands/s",
        baseline: Math.round(bareRate),
        ratio: reviewRatio,
        target: "≥ 1,000 commands/s",
        met: seeded.reviewRate >= 1_000,
      },
      "proposals submitted, 50 at once (SQLite)": {
        value: Math.round(seeded.proposalRate),
        unit: "commands/s",
      },
      [`local host start, projecting the call's ${size}`]: {
        value: Math.round(host.projectedMilliseconds),
        unit: `ms (${hostSeconds.toFixed(1)} s with sign-in and process start)`,
      },
    };
  } finally {
    removeDataFolder(dataFolder);
  }
}
