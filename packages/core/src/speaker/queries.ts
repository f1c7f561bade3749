import type { DocumentStore } from "../documents/document-store";
import { isUuid } from "../ids/new-id";
import { speakerProfileKey } from "./documents";
import { isPublic, type SpeakerProfile } from "./profile";
import type { SpeakerMembers } from "./speaker-members";
import type { TalkGiven, TalksGiven } from "./talks-given";

export interface SpeakerQueriesOptions {
  documents: DocumentStore;
  members: SpeakerMembers;
  talks: TalksGiven;
}

/**
 * Every read of the speaker context, each as the viewer (a member id, undefined for a visitor). A profile
 * is public once it has a headline and its member is not erased; before that only its owner sees it.
 */
export interface SpeakerQueries {
  /** The member's speaker profile as the viewer may see it; undefined when they may not, or it has none. */
  profileOf(memberId: string, viewerId: string | undefined): Promise<SpeakerProfile | undefined>;
  /** The public speaker profile of the member with this handle. */
  profileByHandle(handle: string, viewerId: string | undefined): Promise<SpeakerProfile | undefined>;
  /** The talks the member gave, when the viewer may see their profile; empty otherwise. */
  talksGivenBy(memberId: string, viewerId: string | undefined): Promise<readonly TalkGiven[]>;
}

export function speakerQueries({ documents, members, talks }: SpeakerQueriesOptions): SpeakerQueries {
  async function profileOf(memberId: string, viewerId: string | undefined) {
    if (typeof memberId !== "string" || !isUuid(memberId)) return undefined;
    const profile = (await documents.get<SpeakerProfile>(speakerProfileKey(memberId)))?.body ?? undefined;
    if (!profile) return undefined;
    if (!isPublic(profile) && viewerId !== memberId) return undefined;
    // The document goes with the erasure once it is projected; the member's stream says so at once.
    if (await members.isErased(memberId)) return undefined;
    return profile;
  }

  return {
    profileOf,

    async profileByHandle(handle, viewerId) {
      if (typeof handle !== "string") return undefined;
      const member = await members.byHandle(handle);
      if (!member || member.erased) return undefined;
      return profileOf(member.id, viewerId);
    },

    async talksGivenBy(memberId, viewerId) {
      if (!(await profileOf(memberId, viewerId))) return [];
      return talks.talksGivenBy(memberId);
    },
  };
}
