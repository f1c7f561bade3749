import type { DocumentKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, Projection } from "../projection/projection";
import { renderMarkdown } from "../text/markdown";
import type { SpeakerEvent } from "./events";
import type { SpeakerProfile } from "./profile";
import { memberIdOfSpeakerStream } from "./speaker-streams";

export const speakerProfileKey = (memberId: string): DocumentKey => ({
  partition: `speaker#${memberId}`,
  sort: "profile",
});

/**
 * One document per member who wrote a speaker profile. The member's erasure removes it (through
 * `SpeakerProfileErased`): the log's fields are sealed with the member's key, but the document holds them
 * opened, so it must go as well.
 */
const profileDocuments: DocumentKind<SpeakerEvent, SpeakerProfile> = {
  touches: (event) => [speakerProfileKey(memberIdOfSpeakerStream(event.streamId))],
  evolve({ body: profile }, event) {
    switch (event.type) {
      case "SpeakerProfileErased":
        return profile ? { type: "delete" } : { type: "unchanged" };
      case "SpeakerProfileUpdated": {
        const { headline, bio, links, photoKey } = event.data;
        // Null fields mean the key is gone (a rebuild after the erasure): nothing of the profile is shown.
        if (headline === null || bio === null || links === null)
          return profile ? { type: "delete" } : { type: "unchanged" };
        return {
          type: "upsert",
          body: {
            memberId: memberIdOfSpeakerStream(event.streamId),
            headline,
            bio,
            bioHtml: renderMarkdown(bio),
            links,
            photoKey: photoKey ?? null,
          },
        };
      }
    }
  },
};

export const speakerProfilesProjection: DocumentProjection<SpeakerEvent> = {
  name: "speaker-profiles",
  categories: ["speaker"],
  kinds: [profileDocuments],
};

export const speakerProjections: readonly Projection[] = [speakerProfilesProjection as Projection];
