import { UploadMissing } from "../blob/index";
import { type Clock, systemClock } from "../clock/clock";
import { commandHandler } from "../decider/command-handler";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import { PersonalDataErased } from "../keys/errors";
import type { KeyStore } from "../keys/key-store";
import { sealedIdempotencyStore } from "../keys/sealed-idempotency-store";
import type { EnvelopeOf } from "../projection/projection";
import { renderMarkdown } from "../text/markdown";
import { type Speaker, type SpeakerCommand, speakerDecider } from "./decider";
import { NotYourSpeakerProfile, SpeakerNotFound } from "./errors";
import type { SpeakerEvent } from "./events";
import type { PhotoBlobs, PhotoUploads } from "./photo-uploads";
import type { SpeakerProfile, SpeakerProfileInput } from "./profile";
import { type SpeakerQueries, speakerQueries } from "./queries";
import { parseSpeakerProfileInput } from "./speaker-input";
import type { SpeakerMembers } from "./speaker-members";
import { speakerStream } from "./speaker-streams";
import type { TalksGiven } from "./talks-given";

export interface SpeakerModuleOptions {
  /** Wrapped in `personalDataStore(...)`, as the member module's is: the profile is sealed with the member's key. */
  store: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  members: SpeakerMembers;
  talks: TalksGiven;
  clock?: Clock;
  /** Needed only for requests with an idempotency key. */
  idempotency?: IdempotencyStore;
  /** Where photos are uploaded: `uploadsModule(...)`. Without, `setSpeakerPhoto` finds no upload. */
  uploads?: PhotoUploads;
}

/** The speaker context: its write, and its reads (`SpeakerQueries`). */
export interface SpeakerModule extends SpeakerQueries {
  /** The profile as the change left it (from the command's new state, not from documents). */
  updateSpeakerProfile(request: {
    memberId: string;
    actor: string;
    input: SpeakerProfileInput;
    idempotencyKey?: string;
  }): Promise<SpeakerProfile>;
  /**
   * The member's photo, uploaded (through `startUpload({ kind: "photo" })`) under `uploadId`: a file that
   * is not a JPEG, PNG or WebP, is empty or too large is refused with the upload's typed error, deleted,
   * and nothing is recorded.
   */
  setSpeakerPhoto(request: { memberId: string; actor: string; uploadId: string }): Promise<SpeakerProfile>;
  removeSpeakerPhoto(request: { memberId: string; actor: string }): Promise<SpeakerProfile>;
  /**
   * Erases the member's speaker profile, after the member's own erasure (see speaker-erasure.ts). It may
   * run on the bare store: the event it records holds nothing personal.
   */
  eraseSpeakerProfile(request: { memberId: string; causationId?: string }): Promise<void>;
}

/** Who erases a speaker profile, in its stream: the system, finishing the member's erasure. */
export const speakerErasureActor = "system:erasure";

const profileOfState = (memberId: string, speaker: Speaker): SpeakerProfile => ({
  memberId,
  headline: speaker.headline,
  bio: speaker.bio,
  bioHtml: renderMarkdown(speaker.bio),
  links: speaker.links,
  photoKey: speaker.photoKey,
});

/**
 * The erasure alone, for the reactor that runs it (speaker-erasure.ts): it needs no keys, no members and
 * no personal data store, since the event it records holds nothing personal.
 */
export function speakerProfileErasure({
  store,
  blobs,
  clock = systemClock,
}: {
  store: EventStore;
  /** Where photos are kept: every photo the member ever set is deleted with the profile. */
  blobs?: PhotoBlobs;
  clock?: Clock;
}): Pick<SpeakerModule, "eraseSpeakerProfile"> {
  const handler = commandHandler({ store, decider: speakerDecider, clock });
  return {
    async eraseSpeakerProfile({ memberId, causationId }) {
      if (typeof memberId !== "string" || !isUuid(memberId)) return;
      // Photo keys are not sealed (a key names no one), so they are still readable once the key is gone.
      const events = (await store.readStream(speakerStream(memberId))) as EnvelopeOf<SpeakerEvent>[];
      const photoKeys = new Set(
        events.flatMap((event) =>
          event.type === "SpeakerProfileUpdated" && event.data.photoKey ? [event.data.photoKey] : [],
        ),
      );
      await handler.handle({
        streamId: speakerStream(memberId),
        command: { type: "EraseSpeakerProfile", memberId },
        metadata: { actor: speakerErasureActor, causationId },
      });
      // After the erasure is recorded: a redelivery deletes again, which is harmless.
      if (blobs) for (const key of photoKeys) await blobs.delete(key);
    },
  };
}

export function speakerModule(options: SpeakerModuleOptions): SpeakerModule {
  const { store, documents, keys, members, talks, clock = systemClock, idempotency, uploads } = options;
  const states = streamStates({ store, decider: speakerDecider });

  /** The member's own profile, changed by `command`: never a key made for an erased or unknown member. */
  async function changeOwnProfile(
    request: { memberId: string; actor: string; idempotencyKey?: string },
    command: SpeakerCommand,
  ): Promise<SpeakerProfile> {
    const { memberId, actor, idempotencyKey } = request;
    // The first append to a speaker stream makes a key for its subject: never for an erased member,
    // whose key must stay gone, nor for someone who never registered.
    const member = await members.byId(memberId);
    if (!member || member.erased || (await members.isErased(memberId))) throw new SpeakerNotFound(memberId);
    const handler = commandHandler({
      store,
      decider: speakerDecider,
      states,
      clock,
      idempotency: idempotency && sealedIdempotencyStore(idempotency, keys, memberId),
    });
    try {
      const { state } = await handler.handle({
        streamId: speakerStream(memberId),
        command,
        metadata: { actor, idempotencyKey },
      });
      return profileOfState(memberId, state);
    } catch (error) {
      if (error instanceof PersonalDataErased) throw new SpeakerNotFound(memberId);
      throw error;
    }
  }

  function assertOwnProfile(memberId: string, actor: string): void {
    if (actor !== memberId) throw new NotYourSpeakerProfile(String(memberId), actor);
    if (typeof memberId !== "string" || !isUuid(memberId)) throw new SpeakerNotFound(String(memberId));
  }

  return {
    ...speakerQueries({ documents, members, talks }),

    async updateSpeakerProfile({ memberId, actor, input, idempotencyKey }) {
      if (actor !== memberId) throw new NotYourSpeakerProfile(String(memberId), actor);
      const changes = parseSpeakerProfileInput(input);
      assertOwnProfile(memberId, actor);
      return changeOwnProfile(
        { memberId, actor, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
        { type: "UpdateSpeakerProfile", memberId, changes },
      );
    },

    async setSpeakerPhoto({ memberId, actor, uploadId }) {
      assertOwnProfile(memberId, actor);
      if (!uploads) throw new UploadMissing(String(uploadId));
      const { key } = await uploads.verifiedUpload({ uploadId: String(uploadId), kind: "photo", actor });
      return changeOwnProfile({ memberId, actor }, { type: "SetSpeakerPhoto", memberId, photoKey: key });
    },

    async removeSpeakerPhoto({ memberId, actor }) {
      assertOwnProfile(memberId, actor);
      return changeOwnProfile({ memberId, actor }, { type: "SetSpeakerPhoto", memberId, photoKey: null });
    },

    ...speakerProfileErasure({ store, clock }),
  };
}
