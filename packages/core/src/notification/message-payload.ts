import * as z from "../validation/zod";
import { isMessageKind, type MessageKind } from "./kinds";

/*
 * What the outbox keeps of a message: what it is about, never who it goes to (the address is read from
 * the member's stream when it is sent, so an erasure before then stops it) and nothing personal. The
 * template renders it; the schema reads it back, so a message recorded by an older Meetstream that no
 * longer fits is set aside instead of sent wrong.
 */

const venue = () =>
  z.object({
    name: z.string(),
    address: z.string(),
    coordinates: z.nullable(z.object({ latitude: z.number(), longitude: z.number() })),
  });

/** The meetup as the message tells it: what a calendar entry needs (`CalendarMeetup`), and its community's name. */
export const messageMeetup = () =>
  z.object({
    id: z.string(),
    status: z.enum(["draft", "published", "cancelled"]),
    title: z.string(),
    description: z.string(),
    venue: z.nullable(venue()),
    online: z.boolean(),
    timeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    sequence: z.int(),
    cancellationMessage: z.nullable(z.string()),
    updatedAt: z.string(),
    communityName: z.string(),
    communitySlug: z.string(),
  });

export type MessageMeetup = z.infer<ReturnType<typeof messageMeetup>>;

const payloadSchema = z.object({
  kind: z.string().check(z.refine(isMessageKind, "not a kind of message")),
  /** The community it is about, for the member's choice per community. */
  communityId: z.nullable(z.string()),
  meetup: messageMeetup(),
  /** The online join link: only in a message to a member holding a seat. */
  joinUrl: z.optional(z.nullable(z.string())),
  /** For a reminder: how long before the start it is sent ("24h", "2h"). */
  reminder: z.optional(z.enum(["24h", "2h"])),
  /** For a waitlist: the member's place in line when it was sent. */
  waitlistPosition: z.optional(z.nullable(z.int())),
});

export type MessagePayload = Omit<z.infer<typeof payloadSchema>, "kind"> & { kind: MessageKind };

/** The payload as the outbox gave it back; undefined for one that no longer fits the schema. */
export function readPayload(payload: unknown): MessagePayload | undefined {
  const parsed = payloadSchema.safeParse(payload);
  return parsed.success ? (parsed.data as MessagePayload) : undefined;
}
