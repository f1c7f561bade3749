// The test helpers (`given-when-then.ts`, `idempotency-contract.ts`) import vitest, so they are imported
// by path from tests and stay out of this entry point.

export { fullJitter } from "./backoff";
export {
  type Answer,
  type CommandHandler,
  type CommandHandlerOptions,
  type CommandRequest,
  type CommandResult,
  commandHandler,
  fullJitterDelay,
  IdempotencyStoreMissing,
  type RequestMetadata,
} from "./command-handler";
export { createdId } from "./created-id";
export { type CommandMetadata, type Decider, fold, type WithMetadata } from "./decider";
export {
  createIdempotencyTable,
  type DynamoIdempotencyOptions,
  dynamoIdempotencyStore,
  idempotencyExpiryAttribute,
  idempotencyKeyAttribute,
} from "./idempotency-dynamodb";
export {
  releaseInProgressIdempotency,
  type SqliteIdempotencyOptions,
  sqliteIdempotencyStore,
} from "./idempotency-sqlite";
export { IdempotencyInProgress, IdempotencyKeyReused, type IdempotencyStore } from "./idempotency-store";
