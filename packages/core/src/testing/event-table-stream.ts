import { DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import type { LocalDynamo } from "./dynalite";

/** The parts of a DynamoDB stream record the handlers read; dynalite has no streams, so tests make them. */
export interface SynthesizedStreamRecord {
  eventID: string;
  eventName: "INSERT";
  eventVersion: "1.1";
  eventSource: "aws:dynamodb";
  awsRegion: string;
  eventSourceARN: string;
  dynamodb: {
    Keys: Record<string, unknown>;
    NewImage: Record<string, unknown>;
    SequenceNumber: string;
    SizeBytes: number;
    StreamViewType: "NEW_IMAGE";
  };
}

/**
 * What the event table's stream would deliver had every item just been written: one INSERT record per
 * item (commits and event id claims alike), marshalled as the stream marshals them.
 */
export async function insertRecordsOfTable(
  dynamo: Pick<LocalDynamo, "endpoint">,
  tableName: string,
): Promise<SynthesizedStreamRecord[]> {
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const records: SynthesizedStreamRecord[] = [];
  try {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey as never, ConsistentRead: true }),
      );
      for (const item of page.Items ?? []) {
        const sequence = String(records.length + 1).padStart(21, "0");
        records.push({
          eventID: `record-${sequence}`,
          eventName: "INSERT",
          eventVersion: "1.1",
          eventSource: "aws:dynamodb",
          awsRegion: "local",
          eventSourceARN: `arn:aws:dynamodb:local:000000000000:table/${tableName}/stream/2026-01-01T00:00:00.000`,
          dynamodb: {
            Keys: { stream: item.stream, firstVersion: item.firstVersion },
            NewImage: item,
            SequenceNumber: sequence,
            SizeBytes: JSON.stringify(item).length,
            StreamViewType: "NEW_IMAGE",
          },
        });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  } finally {
    client.destroy();
  }
  return records;
}
