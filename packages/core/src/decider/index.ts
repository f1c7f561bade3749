// The test helpers (`given-when-then.ts`, `idempotency-contract.ts`) import vitest, so they are imported
// by path from tests and stay out of this entry point.

export { fullJitter } from "./backoff";
export {
  type CommandHandler,
  type CommandHandlerOptions,
  type CommandRequest,
  type CommandResult,
  commandHandler,
  fullJitterDelay,
  IdempotencyStoreMissing,
} from "./command-handler";
export { type Decider, fold } from "./decider";
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
