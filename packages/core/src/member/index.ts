/** What other folders may import from the member context. */
export { type MemberModule, type MemberModuleOptions, memberModule } from "./commands";
export { emailLookupKey, handleIndexKey, memberProfileKey, memberProjections } from "./documents";
export { emailDigest, normaliseEmail } from "./email";
export { erasureFinishedReactor } from "./erasure-finished";
export {
  HandleTaken,
  InvalidEmail,
  InvalidProfile,
  MemberErased,
  MemberNotFound,
  NotYourProfile,
  type ProfileIssue,
} from "./errors";
// The error `MemberErased` holds the plain name; the fact is exported beside it under its own.
export { MemberErased as MemberErasedEvent, memberEventTypes } from "./events";
export { erasedMemberName, type MemberProfile, newMemberName, type ProfileInput } from "./profile";
export { type MemberQueries, type MemberQueriesOptions, memberQueries } from "./queries";
