import { singleLineText } from "@meetstream/core/validation/text";
import * as z from "@meetstream/core/validation/zod";
import { checkedArguments } from "./arguments";
import type { GraphqlContext } from "./context";
import { NotSignedIn } from "./rejections";

/** The member the mutation acts for: every mutation needs one. */
export function signedIn({ viewer }: GraphqlContext): string {
  if (!viewer) throw new NotSignedIn();
  return viewer.memberId;
}

/** GraphQL lets a client send null for any optional field: where null means the same as leaving it out. */
export const withoutNulls = <Input extends Record<string, unknown>>(input: Input) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));

export interface Idempotent {
  idempotencyKey?: string | null;
}

// A key left out (or null) is not checked: there is nothing to check.
const idempotencyKeyArguments = z.object({
  idempotencyKey: z.nullish(singleLineText().check(z.minLength(1), z.maxLength(128))),
});

/**
 * The idempotency key, if the client sent one (null is none); a malformed one is the client's mistake.
 * Checked before anything else, as argument rules are.
 */
export const idempotencyKeyOf = (args: Idempotent): string | undefined =>
  checkedArguments(idempotencyKeyArguments, args).idempotencyKey ?? undefined;
