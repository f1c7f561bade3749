import { CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from "@aws-sdk/lib-dynamodb";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";

/** OpenAuth joins key parts with the unit separator. */
const separator = "\u001f";

interface StoredItem {
  pk: string;
  sk: string;
  expiry?: number;
  value: string;
}

/** As OpenAuth's DynamoStorage splits a key: the first two parts name the partition, the rest the item. */
function keyOf(key: string[]): { pk: string; sk: string } {
  if (key.length === 2) return { pk: key[0] as string, sk: key[1] as string };
  return { pk: key.slice(0, 2).join(separator), sk: key.slice(2).join(separator) };
}

const live = (item: StoredItem, nowSeconds: number) => item.expiry === undefined || item.expiry >= nowSeconds;

/**
 * OpenAuth's storage in the AuthStorage table, item for item as OpenAuth's own DynamoStorage lays it out
 * (`pk`, `sk`, `value` as JSON, `expiry` in epoch seconds for the table's TTL), so either reads what the
 * other wrote. It reads consistently: sign-in's limits count attempts with a scan right after writing
 * one, and an eventually consistent query, as DynamoStorage makes, may miss the writes of other Lambda
 * instances a moment ago, which a burst would turn into an undercount. It also goes through the SDK's
 * client (retries, tracing) rather than a signed fetch of its own.
 */
export function dynamoAuthStorage({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): StorageAdapter {
  const nowSeconds = () => Date.now() / 1000;
  return {
    async get(key) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: keyOf(key), ConsistentRead: true }),
      );
      const item = Item as StoredItem | undefined;
      return item && live(item, nowSeconds()) ? JSON.parse(item.value) : undefined;
    },
    async set(key, value, expiry) {
      const item: StoredItem = {
        ...keyOf(key),
        ...(expiry ? { expiry: Math.floor(expiry.getTime() / 1000) } : {}),
        value: JSON.stringify(value),
      };
      await client.send(new PutCommand({ TableName: tableName, Item: item }));
    },
    async remove(key) {
      await client.send(new DeleteCommand({ TableName: tableName, Key: keyOf(key) }));
    },
    async *scan(prefix) {
      const pk = prefix.length >= 2 ? prefix.slice(0, 2).join(separator) : (prefix[0] as string);
      const sk = prefix.length > 2 ? prefix.slice(2).join(separator) : "";
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
            KeyConditionExpression: sk ? "pk = :pk AND begins_with(sk, :sk)" : "pk = :pk",
            ExpressionAttributeValues: sk ? { ":pk": pk, ":sk": sk } : { ":pk": pk },
          }),
        );
        const now = nowSeconds();
        for (const item of (page.Items ?? []) as StoredItem[])
          if (live(item, now)) yield [[item.pk, item.sk], JSON.parse(item.value)];
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    },
  };
}

/** The AuthStorage table as infra/auth.ts declares it (for tests and benchmarks on dynalite). */
export async function createAuthStorageTable(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
      ],
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
    }),
  );
  for (let attempt = 0; ; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === "ACTIVE") return;
    if (attempt >= 120) throw new Error(`table ${tableName} did not become active`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
