import type { AddressInfo } from "node:net";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";
import { dynamoDocumentClient } from "../dynamodb/client";

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBDocumentClient;
  stop(): Promise<void>;
}

/** A real DynamoDB API server (dynalite, in memory) on a free loopback port, for tests and benchmarks. */
export async function startDynalite(): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = dynamoDocumentClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  return {
    endpoint,
    client,
    async stop() {
      client.destroy();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

let tableCounter = 0;

/** A table name no other test in this process uses (dynalite wants at least three characters). */
export const uniqueTableName = (prefix: string): string => `${prefix}-${process.pid}-${++tableCounter}`;
