import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyItemAlreadyExistsError,
  IdempotencyItemNotFoundError,
  IdempotencyValidationError,
  makeIdempotent,
} from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
} from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  IdempotencyInProgress,
  IdempotencyKeyReused,
  type IdempotencyStore,
  resultAsJson,
} from "./idempotency-store";

/** Powertools' default partition key attribute: the table must be keyed on it. */
export const idempotencyKeyAttribute = "id";
/** Powertools' default expiry attribute (epoch seconds): the table's TTL attribute on AWS. */
export const idempotencyExpiryAttribute = "expiration";

export interface DynamoIdempotencyOptions {
  /** The document client the other DynamoDB adapters use. */
  client: DynamoDBDocumentClient;
  tableName: string;
  /** How long a completed result is remembered (default one day). */
  expiresAfterSeconds?: number;
  /**
   * The longest a run may hold its key before the key counts as abandoned (default 10 seconds, the API
   * Lambda's timeout), so that a Lambda that dies mid-run blocks a retry for seconds, not until the
   * record expires.
   */
  inProgressExpiresAfterSeconds?: number;
  /**
   * The time the running invocation has left (the Lambda context's `getRemainingTimeInMillis`): no run
   * outlives its invocation, so its claim ends with it when that is sooner than the bound above.
   */
  remainingMilliseconds?: () => number | undefined;
  /**
   * Prefixed to every stored key. Powertools defaults to the Lambda function's name, which would give
   * each function its own keys: a command retried through another function would run twice.
   */
  keyPrefix?: string;
}

/**
 * The client a document client wraps. The document client keeps no public handle on it, but it is built
 * on that client's config and middleware stack, so it sends plain (marshalled) commands, such as
 * Powertools', exactly as the wrapped client would: translation happens only in the document commands.
 */
const underlyingClient = (client: DynamoDBDocumentClient): DynamoDBClient =>
  client as unknown as DynamoDBClient;

/** What the idempotent function is called with: Powertools hashes `key` for the record and `payload` for validation. */
interface IdempotentCall {
  key: string;
  payload: unknown;
}

/** A first run can fail and free its key between our claim attempt and our read of the record. */
const maximumClaimAttempts = 3;

/**
 * Idempotency on DynamoDB through Powertools: `makeIdempotent` around a function that runs the caller's
 * work, with a `DynamoDBPersistenceLayer` on `tableName`. Results are stored as JSON text.
 */
export function dynamoIdempotencyStore({
  client,
  tableName,
  expiresAfterSeconds = 86_400,
  inProgressExpiresAfterSeconds = 10,
  remainingMilliseconds = () => undefined,
  keyPrefix = "meetstream",
}: DynamoIdempotencyOptions): IdempotencyStore {
  const persistenceStore = new DynamoDBPersistenceLayer({
    tableName,
    awsSdkV3Client: underlyingClient(client),
  });
  const config = new IdempotencyConfig({
    eventKeyJmesPath: "key",
    payloadValidationJmesPath: "payload",
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds,
  });
  // Powertools reads only `getRemainingTimeInMillis` from the context, at each claim, for the in-progress
  // expiry; it sets none for 0, so a claim holds at least a millisecond.
  config.registerLambdaContext({
    getRemainingTimeInMillis: () =>
      Math.max(1, Math.min(inProgressExpiresAfterSeconds * 1000, remainingMilliseconds() ?? Infinity)),
  } as Parameters<IdempotencyConfig["registerLambdaContext"]>[0]);

  // Powertools hashes the first argument unless `dataIndexArgument` says otherwise: the call, not the work.
  const runIdempotently = makeIdempotent(
    (_call: IdempotentCall, work: () => Promise<string>): Promise<string> => work(),
    { persistenceStore, config, keyPrefix },
  );

  return {
    async once<Result>(key: string, payload: unknown, work: () => Promise<Result>): Promise<Result> {
      const runWork = async () => resultAsJson(await work());
      for (let attempt = 1; ; attempt++) {
        try {
          const json = await runIdempotently({ key, payload: payload ?? null }, runWork);
          return JSON.parse(json) as Result;
        } catch (error) {
          if (error instanceof IdempotencyValidationError) throw new IdempotencyKeyReused(key);
          if (
            error instanceof IdempotencyAlreadyInProgressError ||
            error instanceof IdempotencyItemAlreadyExistsError
          )
            throw new IdempotencyInProgress(key);
          if (error instanceof IdempotencyItemNotFoundError && attempt < maximumClaimAttempts) continue;
          throw error;
        }
      }
    },
  };
}

/**
 * Creates the table Powertools expects (partition key `id`, a string), for tests and local DynamoDB.
 * On AWS the table is declared in infra, with TTL on `expiration` so that expired records disappear
 * (the local DynamoDB server has no TTL; Powertools ignores expired records either way).
 */
export async function createIdempotencyTable(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
): Promise<void> {
  const client = underlyingClient(documentClient);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [{ AttributeName: idempotencyKeyAttribute, AttributeType: "S" }],
        KeySchema: [{ AttributeName: idempotencyKeyAttribute, KeyType: "HASH" }],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (let check = 1; ; check++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === "ACTIVE") return;
    if (check >= tableActiveChecks) throw new Error(`table ${tableName} is still not active`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A new on-demand table is active within seconds; a minute means something is wrong. */
const tableActiveChecks = 600;
