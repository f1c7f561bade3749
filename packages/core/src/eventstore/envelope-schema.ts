import * as z from "../validation/zod";

/**
 * An event envelope as JSON carries it out of the store (an archive line, a bus entry): checked whole
 * when it comes back in. The data is not checked here but by the catalog of whoever reads it, and
 * personal fields are still sealed.
 */
export const envelopeSchema = z.object({
  id: z.string(),
  streamId: z.string().check(z.minLength(1)),
  version: z.int().check(z.positive()),
  type: z.string().check(z.minLength(1)),
  schemaVersion: z.int().check(z.positive()),
  data: z.unknown(),
  meta: z.object({
    actor: z.string(),
    occurredAt: z.string(),
    correlationId: z.string(),
    causationId: z.nullable(z.string()),
  }),
});
