import { IdempotencyInProgress, IdempotencyKeyReused } from "@meetstream/core/decider/idempotency-store";
import { InvalidCursor } from "@meetstream/core/documents/errors";
import { GraphQLError } from "graphql";
import { maskError } from "graphql-yoga";

/**
 * Errors a client can act on, with a fixed message: the core's own messages carry internal keys.
 * Everything else that is not a GraphQLError is an unexpected failure and reaches clients masked.
 */
const clientErrors = [
  {
    type: IdempotencyKeyReused,
    code: "IDEMPOTENCY_KEY_REUSED",
    message: "This idempotency key was already used for a different request: use a new key.",
  },
  {
    type: IdempotencyInProgress,
    code: "IDEMPOTENCY_IN_PROGRESS",
    message: "The first request with this idempotency key is still running: retry shortly.",
  },
  {
    type: InvalidCursor,
    code: "BAD_USER_INPUT",
    message: "The cursor is not one this list gave out: page from the start, or from a cursor it returned.",
  },
] as const;

export function maskUnexpectedError(error: unknown, message: string, isDevelopment?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const known = clientErrors.find(({ type }) => original instanceof type);
  if (known && error instanceof GraphQLError)
    return new GraphQLError(known.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: known.code },
    });
  return maskError(error, message, isDevelopment);
}
