/** Where the console manages a call, by its plain id. */
export const callConsolePath = (call: { publicId: string }): string => `/admin/calls/${call.publicId}`;

/** Where a call's reviewers (organisers and members appointed) score its proposals. */
export const reviewBoardPath = (call: { publicId: string }): string => `/review/${call.publicId}`;

/** Where a reviewer scores one proposal of a call. */
export const reviewProposalPath = (call: { publicId: string }, proposal: { publicId: string }): string =>
  `${reviewBoardPath(call)}/proposals/${proposal.publicId}`;

/** Where the console shows a proposal whole: its reviews, history and decisions. */
export const proposalConsolePath = (proposal: { publicId: string }): string =>
  `/admin/proposals/${proposal.publicId}`;
