/** What other folders may import from the community context. */
export {
  type CommunityModule,
  type CommunityModuleOptions,
  communityModule,
  type Page,
} from "./commands";
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
export {
  communityKey,
  communityProjections,
  membershipKey,
  membershipStream,
  partiesOfMembershipStream,
  slugIndexKey,
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
export { CommunityFounded, communityEventTypes } from "./events";
