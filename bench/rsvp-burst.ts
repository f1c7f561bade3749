import { Agent, request } from "node:http";
import { inParallel } from "@meetstream/core/concurrency/in-parallel";
import { csrfHeader } from "@meetstream/functions/graphql/server";
import { startLocalHost } from "@meetstream/functions/local/host";
import { graphqlRequest } from "@meetstream/functions/testing/graphql-request";
import { signIn } from "@meetstream/functions/testing/sign-in";
import { removeDataFolder, silentLogger, temporaryDataFolder } from "@meetstream/functions/testing/test-host";
import type { BenchmarkResults } from "./results";

const members = 500;
const connections = 50;
const capacity = 300;
/** Sign-ins at once while setting up: each is several requests, and the setup is not measured. */
const signInsAtOnce = 10;

const rsvpMutation = `mutation ($id: ID!) { rsvp(meetupId: $id) { __typename ... on Meetup { viewerRsvp { status } } } }`;

/** One GraphQL POST over a connection of the agent's pool; the status and the parsed answer. */
function post(agent: Agent, url: string, token: string, body: string) {
  return new Promise<{ status: number; body: { data?: { rsvp?: { viewerRsvp?: { status: string } } } } }>(
    (resolve, reject) => {
      const sent = request(
        `${url}/graphql`,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            [csrfHeader]: "1",
            authorization: `Bearer ${token}`,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            try {
              resolve({
                status: response.statusCode ?? 0,
                body: JSON.parse(Buffer.concat(chunks).toString()),
              });
            } catch (error) {
              reject(error);
            }
          });
          response.on("error", reject);
        },
      );
      sent.on("error", reject);
      sent.end(body);
    },
  );
}

const percentile = (values: readonly number[], fraction: number) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
};

/**
 * A burst over HTTP on the local host (its own temporary data folder, loopback): 500 signed-in members
 * of one community RSVP to one meetup (capacity 300) at the same moment over 50 keep-alive connections,
 * each RSVP projected before its answer, which must show the member's seat or place in line. The latency
 * of a request counts from when a connection sends it, as a browser's would.
 */
export async function rsvpBurstBenchmark(): Promise<BenchmarkResults> {
  const dataFolder = temporaryDataFolder();
  const host = await startLocalHost({ port: 0, dataFolder, logger: silentLogger() });
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  try {
    const organiser = await signIn(host.url, "burst-organiser@example.com");
    const founded = await graphqlRequest<{ foundCommunity: { id: string } }>(
      host.url,
      `mutation { foundCommunity(input: { name: "Burst Community", slug: "burst-community" }) { ... on Community { id } } }`,
      { token: organiser.access },
    );
    const communityId = founded.body.data?.foundCommunity.id;
    if (!communityId) throw new Error(`could not found the community: ${JSON.stringify(founded.body)}`);
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const scheduled = await graphqlRequest<{ scheduleMeetup: { id: string } }>(
      host.url,
      `mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { ... on Meetup { id } } }`,
      {
        token: organiser.access,
        variables: {
          input: {
            communityId,
            title: "A popular meetup",
            description: "Measures a burst of RSVPs.",
            venue: { name: "Burst Hall", address: "1 Benchmark Street, Rotterdam" },
            timeZone: "Europe/Amsterdam",
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
            capacity,
          },
        },
      },
    );
    const meetupId = scheduled.body.data?.scheduleMeetup.id;
    if (!meetupId) throw new Error(`could not schedule the meetup: ${JSON.stringify(scheduled.body)}`);
    await graphqlRequest(host.url, `mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }`, {
      token: organiser.access,
      variables: { id: meetupId },
    });

    const indexes = Array.from({ length: members }, (_, index) => index);
    const tokens: string[] = [];
    await inParallel(indexes, signInsAtOnce, async (index) => {
      const { access } = await signIn(host.url, `burst-member-${index}@example.com`);
      const joined = await graphqlRequest<{ joinCommunity: { __typename: string } }>(
        host.url,
        `mutation ($id: ID!) { joinCommunity(communityId: $id) { __typename } }`,
        { token: access, variables: { id: communityId } },
      );
      if (joined.body.data?.joinCommunity.__typename !== "Community")
        throw new Error(`member ${index} could not join: ${JSON.stringify(joined.body)}`);
      tokens[index] = access;
    });

    const body = JSON.stringify({ query: rsvpMutation, variables: { id: meetupId } });
    const latencies: number[] = [];
    const statuses = new Map<string, number>();
    const started = performance.now();
    await inParallel(tokens, connections, async (token) => {
      const sent = performance.now();
      const answer = await post(agent, host.url, token, body);
      latencies.push(performance.now() - sent);
      const status = answer.body.data?.rsvp?.viewerRsvp?.status ?? `HTTP ${answer.status}, no RSVP`;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
    const seconds = (performance.now() - started) / 1000;
    const seated = statuses.get("CONFIRMED") ?? 0;
    const waiting = statuses.get("WAITLISTED") ?? 0;
    if (seated !== capacity || waiting !== members - capacity)
      throw new Error(`the answers showed ${JSON.stringify(Object.fromEntries(statuses))}`);

    const rate = members / seconds;
    const p99 = percentile(latencies, 0.99);
    return {
      "RSVP burst over HTTP, 500 members, 50 connections, projected (local host)": {
        value: Math.round(rate),
        unit: `RSVPs/s (${seated} seated, ${waiting} waitlisted, all in the answers)`,
        target: "≥ 300 RSVPs/s",
        met: rate >= 300,
      },
      "RSVP burst over HTTP p99": {
        value: Math.round(p99),
        unit: `ms (median ${Math.round(percentile(latencies, 0.5))} ms)`,
        target: "< 1,000 ms",
        met: p99 < 1_000,
      },
    };
  } finally {
    agent.destroy();
    await host.close();
    removeDataFolder(dataFolder);
  }
}
