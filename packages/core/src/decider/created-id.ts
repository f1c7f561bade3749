import { v5 } from "uuid";
import { newId } from "../ids/new-id";
import type { RequestMetadata } from "./command-handler";

/** Fixed for ever: ids derived under it name streams in every log. */
const namespace = "4f1c2b8e-6a0d-4e57-9a3b-2d7c9e51f08a";

/**
 * The id of what a request creates (a meetup, a community). A request with an idempotency key gets the
 * same id on every retry, so that the retry reaches the stream the first one created and the command
 * handler's idempotency answers it; without a key, every request creates something new.
 */
export function createdId(kind: string, { actor, idempotencyKey }: RequestMetadata): string {
  return idempotencyKey === undefined
    ? newId()
    : v5(JSON.stringify([kind, actor, idempotencyKey]), namespace);
}
