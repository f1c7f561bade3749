/**
 * The Lambda handlers as they deploy: each bundled as SST bundles it (see `bundle`),
 * measured for size, and started in a fresh Node process for a first invocation with an event of the
 * shape AWS sends (cold start = import + first invocation, median of 7), then invoked warm. The graphql
 * handler is compared with a bare graphql-yoga + DynamoDB client handler built and run the same way.
 *
 * DynamoDB is dynalite, reached through AWS_ENDPOINT_URL_DYNAMODB (which SDK v3 honours), so first
 * invocations do their real reads. Each process gets the environment Lambda gives a function, so a traced
 * handler traces as it does there: its segments go to a UDP socket standing in for the X-Ray daemon. Publisher and archiver get an empty batch and the projector a
 * notification for a stream with no events: their cold start is import, set-up and a handler run without
 * a call to EventBridge or S3. Node 20 here, Node 22 on Lambda: figures are relative, not Lambda's.
 */
import { spawn } from "node:child_process";
import { createSocket } from "node:dgram";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { createIdempotencyTable } from "@meetstream/core/decider";
import { createDocumentTable } from "@meetstream/core/documents";
import { createEventTable } from "@meetstream/core/eventstore";
import { createKeyTable } from "@meetstream/core/keys";
import { createOutboxTable } from "@meetstream/core/outbox/dynamodb";
import { startDynalite } from "@meetstream/core/testing/dynalite";
import { build } from "esbuild";
import { functionDefaults } from "../infra/lambda";
import { eventSource, pointerDetailType } from "../packages/functions/src/fan-out/bus-detail";
import { apiGatewayEvent } from "../packages/functions/src/testing/api-gateway-event";
import { type BenchmarkResults, median } from "./results";

const coldStarts = 7;
const warmInvocations = 30;
const handlersFolder = join(import.meta.dirname, "../packages/functions/src/handlers");

/**
 * The options SST's node runtime gives esbuild when it deploys a function (pkg/runtime/node/build.go):
 * ESM with `require` and `__dirname` restored, "module" before "main" when a package has both, names
 * kept, no target but what the runtime runs; then what infra/lambda.ts sets (minify, splitting, external).
 */
const sstBanner = [
  `import { createRequire as topLevelCreateRequire } from 'module';`,
  `const require = topLevelCreateRequire(import.meta.url);`,
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
  `const __filename = topLevelFileUrlToPath(import.meta.url)`,
  `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
].join("\n");

interface Bundle {
  /** The file Lambda imports. */
  entry: string;
  /** The entry's own size: what every cold start reads, before any chunk it imports on demand. */
  entryBytes: number;
  /** Every file deployed: the entry and, with splitting, the chunks it may import later. */
  bytes: number;
  gzipBytes: number;
}

async function bundle(source: string, outdir: string): Promise<Bundle> {
  const { nodejs } = functionDefaults;
  const result = await build({
    entryPoints: [source],
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "esnext",
    mainFields: ["module", "main"],
    keepNames: true,
    banner: { js: sstBanner },
    minify: nodejs.minify,
    splitting: nodejs.splitting,
    external: ["sharp", "pg-native", ...nodejs.esbuild.external],
    // The bare handler lives here but uses the functions package's dependencies, as the handlers do.
    nodePaths: ["functions", "core"].map((name) =>
      join(import.meta.dirname, `../packages/${name}/node_modules`),
    ),
    metafile: true,
    logLevel: "silent",
  });
  let entry: string | undefined;
  let entryBytes = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const size = statSync(file).size;
    // With splitting, each `import()` target is an entry point of its own: the handler's is the source.
    if (output.entryPoint && resolve(output.entryPoint) === resolve(source)) {
      entry = resolve(file);
      entryBytes = size;
    }
    bytes += size;
    gzipBytes += gzipSync(readFileSync(file)).length;
  }
  if (!entry) throw new Error(`${source}: esbuild wrote no entry`);
  return { entry, entryBytes, bytes, gzipBytes };
}

interface Run {
  coldMilliseconds: number;
  importMilliseconds: number;
  warmMilliseconds: number[];
  status?: number;
}

const runner = `
const started = performance.now();
const { handler } = await import(process.env.BENCH_BUNDLE);
const importMilliseconds = performance.now() - started;
const event = JSON.parse(process.env.BENCH_EVENT);
const context = { functionName: "bench", awsRequestId: "bench", getRemainingTimeInMillis: () => 10000 };
const first = await handler(event, context);
const coldMilliseconds = performance.now() - started;
const warmMilliseconds = [];
for (let i = 0; i < ${warmInvocations}; i++) {
  const at = performance.now();
  await handler(event, context);
  warmMilliseconds.push(performance.now() - at);
}
console.log(JSON.stringify({ coldMilliseconds, importMilliseconds, warmMilliseconds, status: first?.statusCode }));
`;

/** A fresh Node process: import the bundle, invoke it once (cold), then keep invoking it (warm). */
function runOnce(bundleFile: string, event: unknown, environment: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", runner], {
      env: {
        ...process.env,
        ...environment,
        BENCH_BUNDLE: pathToFileURL(bundleFile).href,
        BENCH_EVENT: JSON.stringify(event),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.on("exit", (code) => {
      const line = output.split("\n").find((candidate) => candidate.startsWith('{"coldMilliseconds"'));
      if (code === 0 && line) resolve(JSON.parse(line) as Run);
      else reject(new Error(`${bundleFile} failed (${code}): ${errors.slice(-2000)}`));
    });
  });
}

interface Measured {
  cold: number;
  /** The fastest and slowest cold start: on a shared machine they lie far apart, and the reader should see it. */
  coldRange: [number, number];
  imported: number;
  warm: number;
  status?: number;
}

const summary = (runs: Run[]): Measured => ({
  cold: median(runs.map((run) => run.coldMilliseconds)),
  coldRange: [
    Math.min(...runs.map((run) => run.coldMilliseconds)),
    Math.max(...runs.map((run) => run.coldMilliseconds)),
  ],
  imported: median(runs.map((run) => run.importMilliseconds)),
  warm: median(runs.flatMap((run) => run.warmMilliseconds)),
  status: runs[0]?.status,
});

async function measure(bundleFile: string, event: unknown, environment: Record<string, string>) {
  const runs: Run[] = [];
  for (let run = 0; run < coldStarts; run++) runs.push(await runOnce(bundleFile, event, environment));
  return summary(runs);
}

/** A bundle to start, the event its first invocation gets, and what its process adds to the environment. */
interface Started {
  file: string;
  event: unknown;
  environment?: Record<string, string>;
}

/**
 * Bundles started in turn, run after run: compared bundles meet the same machine, so a busy moment
 * (cold starts move by tens of milliseconds between runs here) weighs on all alike.
 */
async function measureInTurn(
  bundles: readonly Started[],
  environment: Record<string, string>,
): Promise<{ measured: Measured[]; pairedRatio(of: number, to: number): number }> {
  const runs: Run[][] = bundles.map(() => []);
  for (let run = 0; run < coldStarts; run++)
    for (const [index, started] of bundles.entries())
      runs[index]?.push(
        await runOnce(started.file, started.event, { ...environment, ...started.environment }),
      );
  return {
    measured: runs.map(summary),
    // Two bundles' runs of one round ran back to back: the median of their ratios shrugs off a slow
    // spell that one side's median alone would not.
    pairedRatio: (of, to) =>
      median(
        (runs[of] ?? []).map(
          (run, round) => run.coldMilliseconds / (runs[to]?.[round]?.coldMilliseconds ?? Number.NaN),
        ),
      ),
  };
}

const resource = (value: unknown) => JSON.stringify(value);

const coldStartUnit = ({ coldRange: [fastest, slowest] }: Measured) =>
  `ms (runs ${Math.round(fastest)}–${Math.round(slowest)})`;

/** The public query both graphql figures start with: a page of communities, read from the documents table. */
const graphqlQueryEvent = apiGatewayEvent({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json", "x-meetstream-csrf": "1" },
  body: JSON.stringify({ query: "{ communities(first: 5) { edges { node { name } } } }" }),
});

/** The bare baseline's query: one item, read from the documents table. */
const bareQueryEvent = apiGatewayEvent({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query: '{ item(id: "a") }' }),
});

const bareSource = (name: string) => join(import.meta.dirname, `${name}.ts`);

const handlerSource = (name: string) => join(handlersFolder, `${name}.ts`);

/**
 * Where the handlers run here: dynalite with Meetstream's tables, a folder for bundles, a Lambda
 * environment, and a UDP socket on loopback standing in for the X-Ray daemon.
 */
interface LambdaStandIn {
  folder: string;
  environment: Record<string, string>;
  /** The X-Ray segments received since the last call: a traced cold start must have sent some. */
  takeSegments(): number;
}

/** Runs `measure` beside dynalite holding the deployed tables (empty), then stops it and removes the bundles. */
async function withLambdaStandIn<Result>(
  measure: (standIn: LambdaStandIn) => Promise<Result>,
): Promise<Result> {
  // Beside the functions package, so that what the bundles leave out (the SDK) resolves as on Lambda.
  const folder = mkdtempSync(join(import.meta.dirname, "../packages/functions/.bundles-"));
  const dynamo = await startDynalite();
  const xrayDaemon = createSocket("udp4");
  let segments = 0;
  xrayDaemon.on("message", () => segments++);
  await new Promise<void>((resolve) => xrayDaemon.bind(0, "127.0.0.1", resolve));
  try {
    await createEventTable(dynamo.client, "bench-events");
    await createDocumentTable(dynamo.client, "bench-documents");
    await createIdempotencyTable(dynamo.client, "bench-idempotency");
    await createKeyTable(dynamo.client, "bench-keys");
    await createOutboxTable(dynamo.client, "bench-outbox");

    // What SST puts in a linked function's environment, so `Resource.<Name>` reads work outside SST.
    const environment = {
      // As infra deploys every function: production mode, traced unless `MEETSTREAM_TRACING=off`.
      ...functionDefaults.environment,
      // What Lambda tells a function about itself: Tracer traces only where it finds it, and the X-Ray SDK
      // then records each invocation under the request's trace and sends it to the daemon.
      LAMBDA_TASK_ROOT: folder,
      AWS_EXECUTION_ENV: `AWS_Lambda_${functionDefaults.runtime}`,
      _HANDLER: "bundle.handler",
      _X_AMZN_TRACE_ID: "Root=1-6745a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1",
      AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${(xrayDaemon.address() as AddressInfo).port}`,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_REGION: "eu-west-1",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      POWERTOOLS_LOG_LEVEL: "SILENT",
      POWERTOOLS_METRICS_DISABLED: "true",
      MEETSTREAM_APP_ORIGIN: "https://meetstream.example",
      SST_RESOURCE_App: resource({ name: "meetstream", stage: "bench" }),
      SST_RESOURCE_Events: resource({ name: "bench-events" }),
      SST_RESOURCE_Documents: resource({ name: "bench-documents" }),
      SST_RESOURCE_Idempotency: resource({ name: "bench-idempotency" }),
      SST_RESOURCE_Keys: resource({ name: "bench-keys" }),
      SST_RESOURCE_Outbox: resource({ name: "bench-outbox" }),
      SST_RESOURCE_Reminders: resource({
        groupName: "bench-reminders",
        roleArn: "arn:aws:iam::123456789012:role/bench-reminder-scheduler",
        deadLetterArn: "arn:aws:sqs:eu-west-1:123456789012:bench-notifier-dead-letters",
      }),
      SST_RESOURCE_AuthStorage: resource({ name: "bench-auth" }),
      SST_RESOURCE_Auth: resource({ url: "https://meetstream.example" }),
      SST_RESOURCE_EmailSecret: resource({ value: "bench-email-secret-of-at-least-32-characters" }),
      SST_RESOURCE_Mail: resource({ sender: "signin@meetstream.example", configSet: "bench" }),
      SST_RESOURCE_Bus: resource({
        name: "bench-bus",
        arn: "arn:aws:events:eu-west-1:123456789012:event-bus/bench-bus",
      }),
      SST_RESOURCE_Archive: resource({ name: "bench-archive" }),
    };
    return await measure({
      folder,
      environment,
      takeSegments: () => {
        const taken = segments;
        segments = 0;
        return taken;
      },
    });
  } finally {
    xrayDaemon.close();
    await dynamo.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

export const handlersBenchmark = (): Promise<BenchmarkResults> =>
  withLambdaStandIn(async ({ folder, environment, takeSegments }) => {
    const events: Record<string, unknown> = {
      graphql: graphqlQueryEvent,
      auth: apiGatewayEvent({ method: "GET", path: "/auth/.well-known/oauth-authorization-server" }),
      // The tables are empty: the community is looked up in the documents and not found (404).
      feeds: apiGatewayEvent({ method: "GET", path: "/feeds/communities/serverless-rotterdam.ics" }),
      publisher: { Records: [] },
      archiver: { Records: [] },
      projector: {
        version: "0",
        id: "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
        "detail-type": pointerDetailType,
        source: eventSource,
        account: "123456789012",
        time: "2026-03-01T10:00:00Z",
        region: "eu-west-1",
        resources: [],
        detail: { streamId: "meetup-00000000-0000-7000-8000-000000000000", firstVersion: 1, lastVersion: 1 },
      },
      // The same pointer as the projector's: the notifier reads the stream, finds nothing, mails nobody.
      notifier: {
        version: "0",
        id: "6a7e8feb-b491-4cf7-a9f1-bf3703467719",
        "detail-type": pointerDetailType,
        source: eventSource,
        account: "123456789012",
        time: "2026-03-01T10:00:00Z",
        region: "eu-west-1",
        resources: [],
        detail: { streamId: "meetup-00000000-0000-7000-8000-000000000000", firstVersion: 1, lastVersion: 1 },
      },
      // The sweep finds the outbox empty: each of its due shards is queried once.
      "message-retries": {
        version: "0",
        id: "6a7e8feb-b491-4cf7-a9f1-bf370346771a",
        "detail-type": "Scheduled Event",
        source: "aws.events",
        account: "123456789012",
        time: "2026-03-01T10:00:00Z",
        region: "eu-west-1",
        resources: [],
        detail: {},
      },
      // A permanent bounce for an address nobody holds: its reservation stream is read, nothing written.
      "mail-feedback": {
        version: "0",
        id: "6a7e8feb-b491-4cf7-a9f1-bf370346771b",
        "detail-type": "Email Bounced",
        source: "aws.ses",
        account: "123456789012",
        time: "2026-03-01T10:00:00Z",
        region: "eu-west-1",
        resources: [],
        detail: {
          eventType: "Bounce",
          bounce: { bounceType: "Permanent", bouncedRecipients: [{ emailAddress: "nobody@example.com" }] },
          mail: { tags: { "ses:configuration-set": ["bench"] } },
        },
      },
      // A token that is no token: refused (400) before any read.
      unsubscribe: apiGatewayEvent({ method: "POST", path: "/unsubscribe/one-click?token=not-a-token" }),
    };

    const results: BenchmarkResults = {};
    const bareBundle = await bundle(bareSource("bare-graphql-handler"), join(folder, "bare"));
    const bareTracedBundle = await bundle(
      bareSource("bare-traced-graphql-handler"),
      join(folder, "bare-traced"),
    );
    results["handler bundle: bare yoga + DynamoDB (minified)"] = {
      value: bareBundle.bytes / 1024,
      unit: "KB",
    };

    const sizeTargets: Record<string, number> = {
      graphql: 1536,
      publisher: 400,
      projector: 400,
      archiver: 400,
    };
    /**
     * What a cold start reads of handlers that load their heavy parts on demand: the notifier's mail
     * templates (React Email) and Scheduler client come with the first message or reminder, in chunks of
     * their own that the deployed total above counts.
     */
    const entryTargets: Record<string, number> = { notifier: 600 };
    let bare: Measured | undefined;
    for (const name of Object.keys(events)) {
      let handlerBundle: Bundle;
      try {
        handlerBundle = await bundle(handlerSource(name), join(folder, name));
      } catch (error) {
        console.error(`${name}: not bundled (${(error as Error).message.split("\n")[0]})`);
        continue;
      }
      const kilobytes = handlerBundle.bytes / 1024;
      const target = sizeTargets[name];
      results[`handler bundle: ${name} (minified)`] = {
        value: kilobytes,
        unit: "KB",
        ...(target === undefined ? {} : { target: `≤ ${target} KB`, met: kilobytes <= target }),
      };
      results[`handler bundle: ${name} (gzip)`] = { value: handlerBundle.gzipBytes / 1024, unit: "KB" };
      const entryKilobytes = handlerBundle.entryBytes / 1024;
      const entryTarget = entryTargets[name];
      results[`handler entry: ${name} (minified, read by every cold start)`] = {
        value: entryKilobytes,
        unit: "KB",
        ...(entryTarget === undefined
          ? {}
          : { target: `≤ ${entryTarget} KB`, met: entryKilobytes <= entryTarget }),
      };
      try {
        if (name === "graphql") {
          takeSegments();
          const {
            measured: [bareRun, run, untracedRun, bareTracedRun],
            pairedRatio,
          } = await measureInTurn(
            [
              { file: bareBundle.entry, event: bareQueryEvent },
              { file: handlerBundle.entry, event: graphqlQueryEvent },
              // As `MEETSTREAM_TRACING=off` deploys it: Tracer and the X-Ray SDK are not loaded.
              {
                file: handlerBundle.entry,
                event: graphqlQueryEvent,
                environment: { POWERTOOLS_TRACE_ENABLED: "false" },
              },
              { file: bareTracedBundle.entry, event: bareQueryEvent },
            ],
            environment,
          );
          if (!bareRun || !run || !untracedRun || !bareTracedRun) throw new Error("measured nothing");
          // Both traced bundles send segments: an invocation and its DynamoDB call, each invocation.
          const segmentsPerProcess = takeSegments() / (2 * coldStarts);
          if (segmentsPerProcess === 0) console.error("graphql: traced runs sent no X-Ray segments");
          results["handler X-Ray segments sent per traced process"] = {
            value: segmentsPerProcess,
            unit: `segments (${warmInvocations + 1} invocations)`,
          };
          bare = bareRun;
          results["handler cold start: bare yoga + DynamoDB"] = {
            value: bare.cold,
            unit: coldStartUnit(bare),
          };
          results["handler import: bare yoga + DynamoDB"] = { value: bare.imported, unit: "ms" };
          compareColdStarts(results, "graphql", run, bare, pairedRatio(1, 0), 1.2);
          compareColdStarts(results, "graphql, tracing off", untracedRun, bare, pairedRatio(2, 0));
          // Tracing's own share: the bare baseline with Tracer, and the graphql handler against it.
          compareColdStarts(results, "bare yoga + DynamoDB, traced", bareTracedRun, bare, pairedRatio(3, 0));
          compareColdStarts(
            results,
            "graphql against bare, both traced",
            run,
            bareTracedRun,
            pairedRatio(1, 3),
          );
          recordRun(results, name, run, false);
        } else recordRun(results, name, await measure(handlerBundle.entry, events[name], environment), true);
      } catch (error) {
        console.error(`${name}: not measured (${(error as Error).message.slice(-600)})`);
      }
    }
    if (bare) results["handler warm invocation: bare yoga + DynamoDB"] = { value: bare.warm, unit: "ms" };
    return results;
  });

/**
 * A cold start against a baseline's: the medians and their ratio (with the target, if any), and the
 * median of the ratios of the runs started back to back.
 */
function compareColdStarts(
  results: BenchmarkResults,
  name: string,
  measured: Measured,
  baseline: Measured,
  pairedRatio: number,
  targetRatio?: number,
) {
  const ratio = measured.cold / baseline.cold;
  results[`handler cold start: ${name}`] = {
    value: measured.cold,
    unit: coldStartUnit(measured),
    baseline: baseline.cold,
    ratio,
    ...(targetRatio === undefined ? {} : { target: `ratio ≤ ${targetRatio}`, met: ratio <= targetRatio }),
  };
  results[`handler cold start: ${name}, median of the pairs' ratios`] = { value: pairedRatio, unit: "×" };
}

function recordRun(results: BenchmarkResults, name: string, run: Measured, withColdStart: boolean) {
  if (withColdStart) results[`handler cold start: ${name}`] = { value: run.cold, unit: coldStartUnit(run) };
  results[`handler import: ${name}`] = { value: run.imported, unit: "ms" };
  results[`handler warm invocation: ${name}`] = { value: run.warm, unit: "ms" };
  const expected = ({ feeds: 404, unsubscribe: 400 } as Record<string, number>)[name];
  if (run.status !== undefined && run.status >= 400 && run.status !== expected)
    console.error(`${name}: first invocation answered ${run.status}`);
}
