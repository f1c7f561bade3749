import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import { personal } from "../keys/personal-field";
import * as z from "../validation/zod";

/*
 * Events record what was accepted; the rules for input (lengths, formats) live in `profile-input.ts` and
 * `email.ts`, so that a rule can change without making old events unreadable. Personal data is declared
 * with `personal`: the log stores it sealed with the member's key, and reads give it back as plaintext,
 * or null once the member is erased (see keys/personal-data-store.ts).
 */

const link = () => z.object({ label: z.string(), url: z.string() });

/** A member stream: `member-<memberId>`. */
export const MemberRegistered = defineEvent("MemberRegistered", () =>
  z.object({
    email: personal(z.string()),
    /**
     * Names the email's reservation stream (`email-<digest>`), so that erasure can release it after the
     * email itself is unreadable. It is the HMAC the reservation stream is named by anyway.
     */
    emailDigest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    registeredAt: z.iso.datetime(),
  }),
);

/** The whole profile after the change: projections and the decider need no earlier event to show it. */
export const ProfileUpdated = defineEvent("ProfileUpdated", () =>
  z.object({
    displayName: personal(z.string()),
    /** Not sealed: a handle is a public name, and its reservation stream carries it in the clear anyway. */
    handle: z.nullable(z.string().check(z.minLength(1))),
    bio: personal(z.string()),
    links: personal(z.array(link())),
    avatarUrl: personal(z.nullable(z.string())),
  }),
);

export const MemberErased = defineEvent("MemberErased", () => z.object({}));

export const reservationData = () => z.object({ memberId: z.string().check(z.minLength(1)) });

/** A handle stream: `handle-<handle>`. Whoever reserved it last, and has not released it, holds the handle. */
export const HandleReserved = defineEvent("HandleReserved", reservationData);
export const HandleReleased = defineEvent("HandleReleased", reservationData);

/** An email stream: `email-<digest>`, the digest an HMAC of the normalised email (see `email.ts`). */
export const EmailReserved = defineEvent("EmailReserved", reservationData);
export const EmailReleased = defineEvent("EmailReleased", reservationData);

export type MemberEvent =
  | EventOf<typeof MemberRegistered>
  | EventOf<typeof ProfileUpdated>
  | EventOf<typeof MemberErased>;

export type HandleReservationEvent = EventOf<typeof HandleReserved> | EventOf<typeof HandleReleased>;
export type EmailReservationEvent = EventOf<typeof EmailReserved> | EventOf<typeof EmailReleased>;

export const memberEventTypes: readonly EventType[] = [
  MemberRegistered,
  ProfileUpdated,
  MemberErased,
  HandleReserved,
  HandleReleased,
  EmailReserved,
  EmailReleased,
];
