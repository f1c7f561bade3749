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
export { memberEventTypes } from "./events";
export { erasedMemberName, type MemberProfile, newMemberName, type ProfileInput } from "./profile";
export { type MemberQueries, type MemberQueriesOptions, memberQueries } from "./queries";
