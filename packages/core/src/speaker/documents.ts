import type { DocumentKey } from "../documents/document-store";
import type { EventOf } from "../eventstore/event-type";
import type { MemberErasedEvent } from "../member";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import { renderMarkdown } from "../text/markdown";
import type { SpeakerEvent } from "./events";
import type { SpeakerProfile } from "./profile";
import { memberIdOfSpeakerStream } from "./speaker-streams";

type ProjectedEvent = SpeakerEvent | EventOf<typeof MemberErasedEvent>;

export const speakerProfileKey = (memberId: string): DocumentKey => ({
  partition: `speaker#${memberId}`,
  sort: "profile",
});

const memberIdOf = (event: EnvelopeOf<ProjectedEvent>): string =>
  event.type === "MemberErased"
    ? event.streamId.slice("member-".length)
    : memberIdOfSpeakerStream(event.streamId);

/**
 * One document per member who wrote a speaker profile. The member's erasure removes it: the profile's
 * fields are sealed with the member's key, but the document holds them opened, so it must go as well.
 */
const profileDocuments: DocumentKind<ProjectedEvent, SpeakerProfile> = {
  // A member stream's other events (registration, the member's own profile) touch no speaker profile.
  touches: (event) =>
    event.type === "SpeakerProfileUpdated" || event.type === "MemberErased"
      ? [speakerProfileKey(memberIdOf(event))]
      : [],
  evolve({ body: profile }, event) {
    switch (event.type) {
      case "MemberErased":
        return profile ? { type: "delete" } : { type: "unchanged" };
      case "SpeakerProfileUpdated": {
        const { headline, bio, links, photoKey } = event.data;
        // Null fields mean the key is gone (a rebuild after the erasure): nothing of the profile is shown.
        if (headline === null || bio === null || links === null)
          return profile ? { type: "delete" } : { type: "unchanged" };
        return {
          type: "upsert",
          body: {
            memberId: memberIdOf(event),
            headline,
            bio,
            bioHtml: renderMarkdown(bio),
            links,
            photoKey: photoKey ?? null,
          },
        };
      }
      default:
        return { type: "unchanged" };
    }
  },
};

export const speakerProfilesProjection: DocumentProjection<ProjectedEvent> = {
  name: "speaker-profiles",
  categories: ["speaker", "member"],
  kinds: [profileDocuments],
};

export const speakerProjections: readonly Projection[] = [speakerProfilesProjection as Projection];
