import type { AddressInfo } from "node:net";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBDocumentClient;
  stop(): Promise<void>;
}

/** A real DynamoDB API server (dynalite, in memory) on a free loopback port, for tests and benchmarks. */
export async function startDynalite(): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  // Node closes idle keep-alive sockets after 5 s; a client that picks one up at that moment gets
  // ECONNRESET. Backoffs in storm tests idle sockets for seconds, so keep them open far longer.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const base = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    // As on AWS: transient network failures are retried; conditional-check failures never are.
    maxAttempts: 3,
  });
  const client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  return {
    endpoint,
    client,
    async stop() {
      // The document client does not own its connections: destroying it alone leaves sockets open.
      base.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

let tableCounter = 0;

/** A table name no other test in this process uses (dynalite wants at least three characters). */
export const uniqueTableName = (prefix: string): string => `${prefix}-${process.pid}-${++tableCounter}`;
