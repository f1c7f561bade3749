import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { systemClock } from "@meetstream/core/clock/clock";
import { inParallel } from "@meetstream/core/concurrency/in-parallel";
import { eventCatalog, type PendingEvent, sqliteEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { progressStream } from "@meetstream/core/progress";
import { projector } from "@meetstream/core/projection/projector";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { meetstreamModules } from "@meetstream/functions/composition/meetstream-modules";
import { openLocalStores } from "@meetstream/functions/stores/local-stores";
import { localSecrets } from "@meetstream/functions/stores/secrets";
import { graphqlRequest } from "@meetstream/functions/testing/graphql-request";
import { removeDataFolder, temporaryDataFolder } from "@meetstream/functions/testing/test-host";
import { type Load, meanOf, measure, startServer, stopServer } from "./http";
import type { BenchmarkResults } from "./results";

/** `MEETSTREAM_BENCH_LEARNERS=1000 pnpm bench paths` runs it small while developing. */
const learners = Number(process.env.MEETSTREAM_BENCH_LEARNERS ?? 10_000);
const pathCount = 100;
const checkpointsPerPath = 10;
/** Each learner marks this many checkpoints, on as many paths. */
const marksPerLearner = 2;
/** The member whose "my learning" is read follows this many paths. */
const followedByReader = 50;
/** Commands in flight at once: learners ticking checkpoints at the same moment. */
const concurrency = 50;
const rounds = 2;
/** The rebuild's log: 100,000 progress streams of 10 events. */
const rebuildStreams = Number(process.env.MEETSTREAM_BENCH_REBUILD_STREAMS ?? 100_000);
const rebuildEventsPerStream = 10;

const curatorEmail = "curator@paths.bench";
const readerEmail = "reader@paths.bench";
const learnerEmail = (index: number) => `learner-${index}@paths.bench`;

/**
 * What the web app's My learning page asks first (packages/web/src/path/path-documents.ts: MyLearningQuery
 * with its LearningFields, field for field, for the paths under way), as the reader, who follows 50: the
 * page's first 20 of them, as the page shows them.
 */
const learningPageSize = 20;
const myLearningQuery = `query MyLearning($filter: LearningFilter!, $after: String) {
  me {
    member { id handle }
    learning(filter: $filter, first: ${learningPageSize}, after: $after) {
      edges {
        node {
          completion doneCount checkpointCount completed completedAt followedAt public
          path { id slug goal curatorErased curator { id handle displayName } community { id slug name } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const myLearningVariables = { filter: "IN_PROGRESS" };

interface LearningAnswer {
  me: { learning: { edges: { node: { doneCount: number; checkpointCount: number } }[] } } | null;
}

const rate = (count: number, started: number) => count / ((performance.now() - started) / 1000);

interface Seeded {
  markRate: number;
  markCount: number;
  pathIds: string[];
  checkpointIds: string[][];
}

/**
 * Seeds a data folder the way the local host opens it, through the modules' commands only: a curator
 * publishes 100 paths of 10 link checkpoints, 10,000 learners sign up, then each ticks two checkpoints on
 * two paths (the first mark of a path follows it): those marks are the measured commands, 50 at once.
 * The reader follows 50 paths and ticks one checkpoint of each. The host projects all of it as it starts.
 */
export async function seed(dataFolder: string): Promise<Seeded> {
  const secrets = localSecrets(dataFolder);
  const stores = openLocalStores(dataFolder, eventCatalog(...meetstreamEventTypes));
  try {
    const store = personalDataStore(stores.events, stores.keys, meetstreamEventTypes);
    const { members, paths, progress } = meetstreamModules({
      store,
      documents: stores.documents,
      keys: stores.keys,
      idempotency: stores.idempotency,
      snapshots: stores.snapshots,
      clock: systemClock,
      emailSecret: secrets.emailSecret,
    });
    const signUp = async (email: string) => (await members.signIn(email)).memberId;
    const curator = await signUp(curatorEmail);
    const pathIds: string[] = [];
    for (let index = 0; index < pathCount; index++) {
      const { pathId } = await paths.draftPath({
        actor: curator,
        input: {
          goal: `Learn event sourcing, part ${index + 1}`,
          description: "Read, then **build** it yourself.",
          tags: ["event-sourcing", index % 2 === 0 ? "serverless" : "typescript"],
          checkpoints: Array.from({ length: checkpointsPerPath }, (_, checkpoint) => ({
            task: `Read chapter ${checkpoint + 1}`,
            url: `https://example.org/paths/${index}/chapter-${checkpoint + 1}`,
            title: `Chapter ${checkpoint + 1}`,
          })),
        },
      });
      await paths.publishPath({ actor: curator, pathId });
      pathIds.push(pathId);
    }
    // A mark reads its path's document (who may see it): the paths are projected before the marks.
    await projector({ store, documents: stores.documents, projections: meetstreamProjections }).rebuild();
    const checkpointIds = await Promise.all(
      pathIds.map(async (pathId) => {
        const current = await paths.currentCheckpoints(pathId);
        return (current?.checkpoints ?? []).map((checkpoint) => checkpoint.id);
      }),
    );
    const learnerIds: string[] = new Array(learners);
    await inParallel(
      Array.from({ length: learners }, (_, index) => index),
      concurrency,
      async (index) => {
        learnerIds[index] = await signUp(learnerEmail(index));
      },
    );

    // Spread: learner i ticks checkpoint (i + k) of path (i·7 + k·31) mod 100, distinct paths per learner.
    const marks = learnerIds.flatMap((actor, learner) =>
      Array.from({ length: marksPerLearner }, (_, mark) => {
        const path = (learner * 7 + mark * 31) % pathCount;
        return {
          actor,
          input: {
            pathId: pathIds[path] as string,
            checkpointId: checkpointIds[path]?.[(learner + mark) % checkpointsPerPath] as string,
            done: true,
          },
        };
      }),
    );
    const started = performance.now();
    await inParallel(marks, concurrency, (mark) => progress.markCheckpoint(mark));
    const markRate = rate(marks.length, started);

    const reader = await signUp(readerEmail);
    for (let path = 0; path < followedByReader; path++)
      await progress.markCheckpoint({
        actor: reader,
        input: {
          pathId: pathIds[path] as string,
          checkpointId: checkpointIds[path]?.[path % checkpointsPerPath] as string,
          done: true,
        },
      });
    return { markRate, markCount: marks.length, pathIds, checkpointIds };
  } finally {
    stores.close();
  }
}

/** A mark as the progress context appends it: to its member's and path's stream, at its next version. */
const markEvent = (checkpointId: string, occurredAt: string): PendingEvent => ({
  id: newId(),
  type: "CheckpointMarked",
  data: { checkpointId, done: true, source: "marked" },
  meta: { actor: newId(), occurredAt, correlationId: newId(), causationId: null },
});

/**
 * The baseline of the mark rate: as many mark events appended straight through the SQLite event store,
 * one per progress stream, 50 at once, on a file of its own. The command path adds the reads (the path's
 * stream and document, the progress stream), the decision and the personal data wrapping.
 */
async function bareAppendRate(dataFolder: string, count: number): Promise<number> {
  const database = openDatabase(`${dataFolder}/bare-appends.sqlite`);
  try {
    const store = sqliteEventStore(database, eventCatalog(...meetstreamEventTypes));
    const occurredAt = new Date().toISOString();
    const appends = Array.from({ length: count }, () => ({
      streamId: progressStream(newId(), newId()),
      event: markEvent(newId(), occurredAt),
    }));
    const started = performance.now();
    await inParallel(appends, concurrency, ({ streamId, event }) =>
      store.append(streamId, [event], { expectedVersion: "no stream" }),
    );
    return rate(count, started);
  } finally {
    database.close();
  }
}

/**
 * 1,000,000 progress events (100,000 streams: 10,000 members × 10 of 100 paths; each followed, then nine
 * checkpoints ticked) written to a file, then rebuilt into the progress documents and the paths' counters
 * in a fresh process (`rebuild-worker.ts progress`), so that its time and peak RSS are the rebuild's own.
 */
export async function progressRebuild(dataFolder: string) {
  const file = join(dataFolder, "progress-rebuild.sqlite");
  await writeProgressLog(file);
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "rebuild-worker.ts"), file, "progress"],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split("\n").at(-1) as string) as {
    events: number;
    seconds: number;
    peakRssMegabytes: number;
  };
}

/** The rebuild benchmark's log, and nothing else, in the database file given. */
export async function writeProgressLog(file: string): Promise<void> {
  const database = openDatabase(file);
  try {
    const store = sqliteEventStore(database, eventCatalog(...meetstreamEventTypes));
    const pathIds = Array.from({ length: pathCount }, () => newId());
    const memberIds = Array.from({ length: rebuildStreams / 10 }, () => newId());
    const checkpointIds = Array.from({ length: rebuildEventsPerStream - 1 }, () => newId());
    const started = Date.UTC(2026, 0, 1);
    for (let stream = 0; stream < rebuildStreams; stream++) {
      const memberId = memberIds[stream % memberIds.length] as string;
      const pathId = pathIds[Math.floor(stream / memberIds.length) * 10 + (stream % 10)] as string;
      const occurredAt = new Date(started + stream * 1000).toISOString();
      const meta = { actor: memberId, occurredAt, correlationId: newId(), causationId: null };
      const events: PendingEvent[] = [
        { id: newId(), type: "PathFollowed", data: {}, meta },
        ...checkpointIds.map(
          (checkpointId): PendingEvent => ({
            id: newId(),
            type: "CheckpointMarked",
            data: { checkpointId, done: true, source: "marked" },
            meta,
          }),
        ),
      ];
      await store.append(progressStream(memberId, pathId), events, { expectedVersion: "no stream" });
    }
  } finally {
    database.close();
  }
}

/** The reader's learning once, checked: the first 20 of the 50 paths under way, each with its share. */
async function checkedLearning(url: string, token: string): Promise<void> {
  const { body } = await graphqlRequest<LearningAnswer>(url, myLearningQuery, {
    token,
    variables: myLearningVariables,
  });
  const edges = body.data?.me?.learning.edges ?? [];
  const complete = edges.every(
    (edge) => edge.node.doneCount === 1 && edge.node.checkpointCount === checkpointsPerPath,
  );
  if (edges.length !== learningPageSize || !complete)
    throw new Error(`my learning is not what the reader sees: ${JSON.stringify(body)}`);
}

/**
 * Learning paths: progress marks through the progress module's commands on the local host's stores,
 * beside bare event-store appends; the "my learning" query of a member following 50 paths over HTTP on the
 * local host against a bare graphql-yoga hello world in the same run (autocannon, alternating rounds, as
 * the http benchmark does; latencies the worst round's); a rebuild of 1,000,000 progress events.
 */
export async function pathsBenchmark(): Promise<BenchmarkResults> {
  const dataFolder = temporaryDataFolder();
  try {
    const seeded = await seed(dataFolder);
    const bareRate = await bareAppendRate(dataFolder, seeded.markCount);

    const host = await startServer<{ token: string; projectedMilliseconds: number }>("signed-in-host.ts", {
      MEETSTREAM_BENCH_DATA_FOLDER: dataFolder,
      MEETSTREAM_BENCH_SIGN_IN_EMAIL: readerEmail,
    });
    const bare = await startServer("bare-yoga.ts");
    const bareLoads: Load[] = [];
    const learningLoads: Load[] = [];
    try {
      await checkedLearning(host.url, host.token);
      for (let round = 0; round < rounds; round++) {
        bareLoads.push(await measure(bare.url, "{ hello }"));
        learningLoads.push(await measure(host.url, myLearningQuery, host.token, myLearningVariables));
      }
    } finally {
      await Promise.all([stopServer(bare), stopServer(host)]);
    }
    const rebuilt = await progressRebuild(dataFolder);

    const baseline = meanOf(bareLoads);
    const learning = meanOf(learningLoads);
    const ratio = learning.requestsPerSecond / baseline.requestsPerSecond;
    const rebuildRate = rebuilt.events / rebuilt.seconds;
    const spread = `${learners.toLocaleString("en-US")} members, ${pathCount} paths`;
    return {
      [`progress marks, ${spread}, 50 at once (SQLite)`]: {
        value: Math.round(seeded.markRate),
        unit: "commands/s",
        baseline: Math.round(bareRate),
        ratio: seeded.markRate / bareRate,
        target: "≥ 2,000 commands/s",
        met: seeded.markRate >= 2_000,
      },
      [`my learning, first page (${learningPageSize} of ${followedByReader} paths followed) over HTTP`]: {
        value: Math.round(learning.requestsPerSecond),
        unit: `req/s (p50 ${learning.p50Milliseconds} ms)`,
        baseline: Math.round(baseline.requestsPerSecond),
        ratio,
        target: "ratio ≥ 0.4 of bare yoga",
        met: ratio >= 0.4,
      },
      "my learning p99": {
        value: learning.p99Milliseconds,
        unit: "ms",
        target: "< 50 ms",
        met: learning.p99Milliseconds < 50,
      },
      "bare graphql-yoga hello world (paths run)": {
        value: Math.round(baseline.requestsPerSecond),
        unit: `req/s (p50 ${baseline.p50Milliseconds} ms, p99 ${baseline.p99Milliseconds} ms)`,
      },
      [`progress rebuild events/s (${(rebuilt.events / 1e6).toFixed(1)}M events, ${rebuildStreams.toLocaleString("en-US")} streams)`]:
        {
          value: Math.round(rebuildRate),
          unit: `events/s (peak RSS ${Math.round(rebuilt.peakRssMegabytes)} MB)`,
          target: "≥ 100,000 events/s",
          met: rebuildRate >= 100_000,
        },
    };
  } finally {
    removeDataFolder(dataFolder);
  }
}
