/** Where the console manages a call, by its plain id. */
export const callConsolePath = (call: { publicId: string }): string => `/admin/talks/calls/${call.publicId}`;

/** Where a call's reviewers (organisers and members appointed) score its proposals. */
export const reviewBoardPath = (call: { publicId: string }): string => `/review/${call.publicId}`;

/** Where a reviewer scores one proposal of a call. */
export const reviewProposalPath = (call: { publicId: string }, proposal: { publicId: string }): string =>
  `${reviewBoardPath(call)}/proposals/${proposal.publicId}`;

/** Where the console shows a proposal whole: its reviews, history and decisions. */
export const proposalConsolePath = (proposal: { publicId: string }): string =>
  `/admin/talks/proposals/${proposal.publicId}`;

/** Where the console lists a community's talks. */
export const communityTalksPath = (community: { slug: string }): string => `/admin/talks/${community.slug}`;

/** Where the console drafts a new call for a community. */
export const newCallPath = (community: { slug: string }): string =>
  `/admin/talks/${community.slug}/calls/new`;
