import { envelopeSchema } from "@meetstream/core/eventstore";
import type { StreamNotification } from "@meetstream/core/projection/projection";
import * as z from "@meetstream/core/validation/zod";

/*
 * What the publisher puts on the EventBridge bus and every subscriber reads back: one schema, so the two
 * sides cannot drift apart. zod/mini, like the stream record schema, to keep the publisher's bundle small.
 */

/** The `source` of every entry the publisher sends: rules match on it (infra/bus.ts: `{ source: ["meetstream"] }`). */
export const eventSource = "meetstream";

/** The `detail-type` of a pointer: an event too big to travel stands in as its stream and versions. */
export const pointerDetailType = "StreamAppended";

const positiveVersion = z.int().check(z.positive());
const nonEmpty = z.string().check(z.minLength(1));

/** Events of a stream that exceeded the entry size limit: readers find them in the event store. */
export const streamPointerSchema = z
  .object({ streamId: nonEmpty, firstVersion: positiveVersion, lastVersion: positiveVersion })
  .check(
    z.refine((pointer) => pointer.firstVersion <= pointer.lastVersion, {
      message: "firstVersion must not exceed lastVersion",
    }),
  );

/** An event (detail-type: its type) as core's envelope schema, or a pointer to events too big to travel. */
export const busDetailSchema = z.union([envelopeSchema, streamPointerSchema]);

/** An EventBridge event as a rule delivers it to a target, with a Meetstream detail. */
export const busEventSchema = z.object({
  id: z.string(),
  source: z.literal(eventSource),
  "detail-type": z.string(),
  time: z.string(),
  detail: busDetailSchema,
});

/** An event as the bus carries it: the envelope, personal fields still sealed. */
export type PublishedEvent = z.infer<typeof envelopeSchema>;
export type StreamPointer = z.infer<typeof streamPointerSchema>;
export type BusDetail = z.infer<typeof busDetailSchema>;

/** Either kind of detail tells the projector the same thing: catch this stream up to this version. */
export const notificationOf = (detail: BusDetail): StreamNotification =>
  "version" in detail
    ? { streamId: detail.streamId, version: detail.version }
    : { streamId: detail.streamId, version: detail.lastVersion };
