/**
 * What other folders may import from the speaker context: a member's speaker profile (headline, bio,
 * links, photo), one stream per member (`speaker-<memberId>`), its personal fields sealed with the
 * member's key, so that erasing the member erases it; `speakerErasureReactor` then removes its document.
 * Every read takes the viewer (queries.ts).
 */
export { type SpeakerModule, type SpeakerModuleOptions, speakerModule } from "./commands";
export { speakerProfileKey, speakerProjections } from "./documents";
export {
  InvalidSpeakerProfile,
  NotYourSpeakerProfile,
  SpeakerNotFound,
  type SpeakerProfileIssue,
} from "./errors";
export { type SpeakerEvent, SpeakerProfileUpdated, speakerEventTypes } from "./events";
export type { PhotoBlobs, PhotoUploads } from "./photo-uploads";
export type { SpeakerLink, SpeakerProfile, SpeakerProfileInput } from "./profile";
export { type SpeakerQueries, type SpeakerQueriesOptions, speakerQueries } from "./queries";
export { speakerErasureReactor } from "./speaker-erasure";
export { bioMaximumLength, headlineMaximumLength, linksMaximum } from "./speaker-input";
export type { SpeakerMembers } from "./speaker-members";
export { inMemoryTalksGiven, type TalkGiven, type TalksGiven } from "./talks-given";
