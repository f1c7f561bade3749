/** What other folders may import from the community context. */
export type { Page } from "../documents/paged-query";
export { type CommunityModule, type CommunityModuleOptions, communityModule } from "./commands";
export type {
  CommunityDetails,
  CommunityMembership,
  CommunityRole,
  CommunityStanding,
  CommunitySummary,
  EditCommunityInput,
  FoundCommunityInput,
  JoinMode,
} from "./community";
export { isTag } from "./community-input";
export {
  type CommunityTagDocument,
  communityKey,
  communityProjections,
  communityStream,
  communityTagKey,
  membershipKey,
  membershipStream,
  partiesOfMembershipStream,
  slugIndexKey,
  taggedCommunitiesPartition,
} from "./documents";
export {
  AlreadyAMember,
  type CommunityIssue,
  CommunityNotFound,
  InvalidCommunity,
  LastOrganiser,
  NoPendingRequest,
  NotAMember,
  NotAnOrganiser,
  SlugTaken,
  type Subject,
} from "./errors";
export { type CommunityEvent, CommunityFounded, communityEventTypes } from "./events";
export { type CommunityHistoryEntry, communityHistoryOf } from "./history-summary";
export { type CommunityQueries, type CommunityQueriesOptions, communityQueries } from "./queries";
