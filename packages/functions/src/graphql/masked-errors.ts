import { IdempotencyInProgress, IdempotencyKeyReused } from "@meetstream/core/decider";
import { InvalidCursor } from "@meetstream/core/documents";
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

/**
 * Yoga's answer to a body that is not JSON carries the parser's own message in `originalError`, and
 * the parser quotes the body back: a client needs neither, and a log should not keep the body.
 */
const isInvalidJson = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError &&
  // Compiled execution (graphql-jit) builds its errors without extensions.
  error.extensions?.code === "BAD_REQUEST" &&
  error.extensions.originalError !== undefined &&
  error.originalError === undefined;

export interface ClientError {
  code: string;
  message: string;
}

/**
 * What a client is told when an error is its own doing (a reused key, a bad cursor, a body that is not
 * JSON), not a failure of ours; undefined for every other error.
 */
export function clientErrorOf(error: unknown): ClientError | undefined {
  if (isInvalidJson(error)) return { code: "BAD_REQUEST", message: "The request body is not valid JSON." };
  const original = error instanceof GraphQLError ? error.originalError : error;
  const known = clientErrors.find(({ type }) => original instanceof type);
  return known && { code: known.code, message: known.message };
}

export function maskUnexpectedError(error: unknown, message: string, isDevelopment?: boolean): Error {
  const known = clientErrorOf(error);
  if (known && error instanceof GraphQLError)
    return new GraphQLError(known.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: known.code, ...(error.extensions?.http ? { http: error.extensions.http } : {}) },
    });
  return maskError(error, message, isDevelopment);
}
