import { Agent, request } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { csrfHeader, maximumRequestBytes } from "../graphql/server";
import { removeDataFolder, startTestHost, temporaryDataFolder } from "../testing/test-host";
import type { LocalHost } from "./host";

let host: LocalHost;
let folder: string;

beforeAll(async () => {
  folder = temporaryDataFolder();
  host = await startTestHost({ dataFolder: folder });
});

afterAll(async () => {
  await host.close();
  removeDataFolder(folder);
});

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

/**
 * One request through `agent`; a body given as chunks is sent chunked (no content-length) unless
 * `declared` says to send its length up front.
 */
function send(agent: Agent, path: string, chunks?: Buffer[], declared = false): Promise<Answer> {
  const length = chunks?.reduce((total, chunk) => total + chunk.byteLength, 0);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${host.url}${path}`,
      {
        agent,
        method: chunks ? "POST" : "GET",
        headers: {
          "content-type": "application/json",
          [csrfHeader]: "1",
          ...(declared ? { "content-length": String(length) } : {}),
        },
      },
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            connection: response.headers.connection,
            body: Buffer.concat(parts).toString(),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    // Without a declared length node:http sends the body chunked, as a streaming client does.
    for (const chunk of chunks ?? []) outgoing.write(chunk);
    outgoing.end();
  });
}

/** Over the limit in 16 KB chunks, streamed: the server sees no length up front. */
const oversizedChunks = () =>
  Array.from({ length: Math.ceil((maximumRequestBytes * 1.5) / 16_384) }, () => Buffer.alloc(16_384, 0x20));

describe("a body over the limit", () => {
  for (const [route, path, following] of [
    ["the API", "/graphql", "/graphql?query=%7B__typename%7D"],
    ["the other routes", "/auth/token", "/dev/mailbox.json"],
  ] as const) {
    for (const declared of [false, true])
      test(`${declared ? "with its length declared" : "chunked"}, on ${route}: 413, and the next request on the same keep-alive agent succeeds`, async () => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        try {
          for (let round = 0; round < 5; round++) {
            const refused = await send(agent, path, oversizedChunks(), declared);
            expect(refused.status).toBe(413);
            // A body left unread ends its connection, and the answer says so; a declared one is drained.
            if (!declared) expect(refused.connection).toBe("close");
            const next = await send(agent, following);
            expect(next.status).toBe(200);
          }
        } finally {
          agent.destroy();
        }
      });
  }
});

test("a chunked body under the limit is served, and its connection stays usable", async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const query = Buffer.from(JSON.stringify({ query: "{ __typename }" }));
    for (let round = 0; round < 3; round++) {
      const answered = await send(agent, "/graphql", [query.subarray(0, 5), query.subarray(5)]);
      expect(answered).toMatchObject({ status: 200, body: '{"data":{"__typename":"Query"}}' });
    }
  } finally {
    agent.destroy();
  }
});
