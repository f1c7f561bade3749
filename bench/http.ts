import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import type { BenchmarkResults } from "./results";

const measureSeconds = 8;
const warmUpSeconds = 2;
const connections = 10;
const csrfHeader = "x-meetstream-csrf";

export interface Server {
  url: string;
  token?: string;
  process: ChildProcess;
}

/**
 * Starts a server script in a process of its own and waits for the JSON line that says where it listens
 * (and whatever else the script tells its benchmark).
 */
export async function startServer<Told extends object = object>(
  script: string,
  environment: Record<string, string> = {},
): Promise<Server & Told> {
  // MEETSTREAM_BENCH_CPU_PROFILE=<folder> profiles each server into that folder (`--cpu-prof`).
  const profile = process.env.MEETSTREAM_BENCH_CPU_PROFILE;
  const profiling = profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(
    process.execPath,
    [...profiling, "--import", "tsx", join(import.meta.dirname, "servers", script)],
    {
      stdio: ["ignore", "pipe", "inherit"],
      // As `pnpm start` runs them: graphql-js skips its development checks in production.
      env: { ...process.env, ...environment, POWERTOOLS_LOG_LEVEL: "SILENT", NODE_ENV: "production" },
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    if (line.startsWith("{"))
      return { ...(JSON.parse(line) as { url: string; token?: string } & Told), process: child };
  }
  throw new Error(`${script} ended before it listened`);
}

export async function stopServer(server: Server): Promise<void> {
  server.process.kill("SIGTERM");
  await once(server.process, "exit");
}

export interface Load {
  requestsPerSecond: number;
  p50Milliseconds: number;
  p99Milliseconds: number;
  errors: number;
}

/** How a query travels: in a JSON body (POST), or in the query string (GET), as cacheable reads do. */
export type Method = "POST" | "GET";

async function load(
  url: string,
  query: string,
  token?: string,
  seconds = measureSeconds,
  variables?: Record<string, unknown>,
  method: Method = "POST",
): Promise<Load> {
  const headers = { [csrfHeader]: "1", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const target = new URL(`${url}/graphql`);
  if (method === "GET") {
    target.searchParams.set("query", query);
    if (variables) target.searchParams.set("variables", JSON.stringify(variables));
  }
  const result = await autocannon({
    url: target.toString(),
    method,
    connections,
    duration: seconds,
    ...(method === "POST"
      ? {
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify(variables ? { query, variables } : { query }),
        }
      : { headers }),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Milliseconds: result.latency.p50,
    p99Milliseconds: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** A warm-up, then the measured load: bounded by time, so a slow server is measured, not waited on. */
export async function measure(
  url: string,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
  method: Method = "POST",
): Promise<Load> {
  await load(url, query, token, warmUpSeconds, variables, method);
  const measured = await load(url, query, token, measureSeconds, variables, method);
  if (measured.errors > 0) throw new Error(`${measured.errors} requests failed against ${url}`);
  return measured;
}

const rounds = 2;

/** What the community page asks for (the web app's UpcomingMeetups query, 20 meetups). */
const upcomingMeetupsQuery = `{
  community(slug: "bench-community") {
    id
    upcomingMeetups(first: 20) {
      edges { node { id title status startsAt endsAt timeZone online capacity spotsLeft venue { name } } }
    }
  }
}`;

/** The rounds' mean rate, and their worst latencies. */
export const meanOf = (loads: readonly Load[]): Load => ({
  requestsPerSecond: loads.reduce((sum, load) => sum + load.requestsPerSecond, 0) / loads.length,
  p50Milliseconds: Math.max(...loads.map((load) => load.p50Milliseconds)),
  p99Milliseconds: Math.max(...loads.map((load) => load.p99Milliseconds)),
  errors: loads.reduce((sum, load) => sum + load.errors, 0),
});

/**
 * GraphQL over HTTP on the local host against a bare graphql-yoga hello-world server, each in its own
 * process, loaded in turn by autocannon from this process with the same connections and time, over
 * alternating rounds so that both meet the same machine. The p99 reported is the worst round's.
 */
export async function httpBenchmark(): Promise<BenchmarkResults> {
  const bare = await startServer("bare-yoga.ts");
  const host = await startServer("local-host.ts");
  const bareLoads: Load[] = [];
  const publicLoads: Load[] = [];
  const meLoads: Load[] = [];
  const upcomingLoads: Load[] = [];
  const bareGetLoads: Load[] = [];
  const cachedLoads: Load[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      bareLoads.push(await measure(bare.url, "{ hello }"));
      publicLoads.push(
        await measure(host.url, `{ member(handle: "bench") { id handle displayName bio avatarUrl } }`),
      );
      meLoads.push(
        await measure(host.url, "{ me { email member { id handle displayName bio } } }", host.token),
      );
      upcomingLoads.push(await measure(host.url, upcomingMeetupsQuery));
      // A visitor's read as the web app sends it: over GET, answered from the host's response cache.
      bareGetLoads.push(await measure(bare.url, "{ hello }", undefined, undefined, "GET"));
      cachedLoads.push(await measure(host.url, upcomingMeetupsQuery, undefined, undefined, "GET"));
    }
  } finally {
    await Promise.all([stopServer(bare), stopServer(host)]);
  }
  const baseline = meanOf(bareLoads);
  const publicQuery = meanOf(publicLoads);
  const meQuery = meanOf(meLoads);
  const upcomingQuery = meanOf(upcomingLoads);
  const bareGet = meanOf(bareGetLoads);
  const cachedQuery = meanOf(cachedLoads);
  const cachedRatio = cachedQuery.requestsPerSecond / bareGet.requestsPerSecond;
  const ratio = publicQuery.requestsPerSecond / baseline.requestsPerSecond;
  const upcomingRatio = upcomingQuery.requestsPerSecond / baseline.requestsPerSecond;
  return {
    "bare graphql-yoga hello world": {
      value: Math.round(baseline.requestsPerSecond),
      unit: `req/s (p99 ${baseline.p99Milliseconds} ms)`,
    },
    "public member(handle) query over HTTP": {
      value: Math.round(publicQuery.requestsPerSecond),
      unit: "req/s",
      baseline: Math.round(baseline.requestsPerSecond),
      ratio,
      target: "ratio ≥ 0.6 of bare yoga",
      met: ratio >= 0.6,
    },
    "public member(handle) query p99": {
      value: publicQuery.p99Milliseconds,
      unit: "ms",
      target: "< 50 ms",
      met: publicQuery.p99Milliseconds < 50,
    },
    "upcoming meetups of a community (20) over HTTP": {
      value: Math.round(upcomingQuery.requestsPerSecond),
      unit: `req/s (p99 ${upcomingQuery.p99Milliseconds} ms)`,
      baseline: Math.round(baseline.requestsPerSecond),
      ratio: upcomingRatio,
      target: "ratio ≥ 0.5 of bare yoga",
      met: upcomingRatio >= 0.5,
    },
    "bare graphql-yoga hello world over GET": {
      value: Math.round(bareGet.requestsPerSecond),
      unit: `req/s (p99 ${bareGet.p99Milliseconds} ms)`,
    },
    "cached public query over GET (upcoming meetups of a community, 20)": {
      value: Math.round(cachedQuery.requestsPerSecond),
      unit: `req/s (p99 ${cachedQuery.p99Milliseconds} ms)`,
      baseline: Math.round(bareGet.requestsPerSecond),
      ratio: cachedRatio,
      target: "ratio ≥ 2 of bare yoga over GET",
      met: cachedRatio >= 2,
    },
    "signed-in me query over HTTP": {
      value: Math.round(meQuery.requestsPerSecond),
      unit: `req/s (p99 ${meQuery.p99Milliseconds} ms)`,
      baseline: Math.round(baseline.requestsPerSecond),
      ratio: meQuery.requestsPerSecond / baseline.requestsPerSecond,
    },
  };
}
