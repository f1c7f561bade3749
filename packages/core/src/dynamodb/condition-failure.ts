import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";

/**
 * Whether a conditional write was refused by its condition. By name too: with two copies of the SDK in
 * a bundle, `instanceof` fails across them.
 */
export const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException ||
  (error as { name?: unknown } | null)?.name === "ConditionalCheckFailedException";
