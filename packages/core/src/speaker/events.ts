import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import { personal } from "../keys/personal-field";
import * as z from "../validation/zod";

/*
 * The rules for input (lengths, https links) live in `speaker-input.ts`, so that a rule can change without
 * making old events unreadable. The personal fields are sealed with the member's own key: a speaker
 * stream (`speaker-<memberId>`) has the member as its subject, so erasing the member erases the profile.
 */

const link = () => z.object({ label: z.string(), url: z.string() });

/** The whole profile after the change: projections and the decider need no earlier event to show it. */
export const SpeakerProfileUpdated = defineEvent("SpeakerProfileUpdated", () =>
  z.object({
    headline: personal(z.string()),
    bio: personal(z.string()),
    links: personal(z.array(link())),
    /**
     * The blob key of the photo, once an upload is attached (absent in events recorded before photos,
     * read as none). A key is a random id that names no one; the photo itself goes with the member.
     */
    photoKey: z.optional(z.nullable(z.string())),
  }),
);

/**
 * The member was erased, so their speaker profile is too: recorded by `speakerErasureReactor` after the
 * member's erasure. It holds nothing personal, so it can be appended once the member's key is gone, and it
 * is what removes the profile's document: a document is owned by one stream, its version that stream's.
 */
export const SpeakerProfileErased = defineEvent("SpeakerProfileErased", () => z.object({}));

export type SpeakerEvent = EventOf<typeof SpeakerProfileUpdated> | EventOf<typeof SpeakerProfileErased>;

export const speakerEventTypes: readonly EventType[] = [SpeakerProfileUpdated, SpeakerProfileErased];
