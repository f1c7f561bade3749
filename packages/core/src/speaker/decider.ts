import type { Decider } from "../decider/decider";
import { SpeakerNotFound } from "./errors";
import { type SpeakerEvent, SpeakerProfileErased, SpeakerProfileUpdated } from "./events";
import type { SpeakerLink, SpeakerProfileInput } from "./profile";

export interface Speaker {
  status: "none" | "written" | "erased";
  headline: string;
  bio: string;
  links: SpeakerLink[];
  photoKey: string | null;
}

export type SpeakerCommand =
  /** `changes` have passed the speaker profile rules (`parseSpeakerProfileInput`). */
  | { type: "UpdateSpeakerProfile"; memberId: string; changes: SpeakerProfileInput }
  /** A photo checked by the Blob port (its key), or none. */
  | { type: "SetSpeakerPhoto"; memberId: string; photoKey: string | null }
  /** The member was erased: what the profile held goes with them. */
  | { type: "EraseSpeakerProfile"; memberId: string };

const noProfile: Speaker = { status: "none", headline: "", bio: "", links: [], photoKey: null };

type ProfileFields = Pick<Speaker, "headline" | "bio" | "links" | "photoKey">;

const fieldsOf = ({ headline, bio, links, photoKey }: Speaker): ProfileFields => ({
  headline,
  bio,
  links,
  photoKey,
});

const same = (left: ProfileFields, right: ProfileFields): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

export const speakerDecider: Decider<Speaker, SpeakerCommand, SpeakerEvent> = {
  initialState: noProfile,

  decide(command, speaker) {
    switch (command.type) {
      case "UpdateSpeakerProfile": {
        if (speaker.status === "erased") throw new SpeakerNotFound(command.memberId);
        const { changes } = command;
        const next: ProfileFields = {
          headline: changes.headline ?? speaker.headline,
          bio: changes.bio ?? speaker.bio,
          links: changes.links ?? speaker.links,
          photoKey: speaker.photoKey,
        };
        // Saving the editor unchanged records nothing.
        return same(next, fieldsOf(speaker)) ? [] : [SpeakerProfileUpdated(next)];
      }
      case "SetSpeakerPhoto": {
        if (speaker.status === "erased") throw new SpeakerNotFound(command.memberId);
        const next: ProfileFields = { ...fieldsOf(speaker), photoKey: command.photoKey };
        return same(next, fieldsOf(speaker)) ? [] : [SpeakerProfileUpdated(next)];
      }
      case "EraseSpeakerProfile":
        // A member who never wrote a profile has none to erase; erasing twice erases nothing more.
        return speaker.status === "written" ? [SpeakerProfileErased({})] : [];
    }
  },

  evolve(speaker, event) {
    switch (event.type) {
      case "SpeakerProfileUpdated":
        return {
          ...speaker,
          status: "written",
          // Null means the member's key is gone: they were erased, and so is what they wrote.
          headline: event.data.headline ?? "",
          bio: event.data.bio ?? "",
          links: event.data.links ?? [],
          photoKey: event.data.photoKey ?? null,
        };
      case "SpeakerProfileErased":
        return { ...noProfile, status: "erased" };
    }
  },
};
