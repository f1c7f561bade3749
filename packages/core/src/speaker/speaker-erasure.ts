import type { Clock } from "../clock/clock";
import type { EventStore } from "../eventstore/event-store";
import type { Reactor } from "../reactor/reactor";
import { speakerProfileErasure } from "./commands";
import type { PhotoBlobs } from "./photo-uploads";

/**
 * When a member is erased, so is their speaker profile: its document goes (the log's fields are unreadable
 * already, their key deleted). Until this has run, the queries hide the profile, asking the member's
 * stream. Erasing a profile erased already records nothing: a redelivered erasure is harmless.
 */
export function speakerErasureReactor(options: {
  store: EventStore;
  /** Where the member's photos are kept: deleted with the profile, since they show the member's face. */
  blobs?: PhotoBlobs;
  clock?: Clock;
}): Reactor {
  const speakers = speakerProfileErasure(options);
  return {
    name: "speaker-erasure",
    eventTypes: ["MemberErased"],
    react: (event) =>
      speakers.eraseSpeakerProfile({
        memberId: event.streamId.slice("member-".length),
        causationId: event.id,
      }),
  };
}
