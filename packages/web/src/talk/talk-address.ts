/** The web app's addresses of a call and a talk: by their plain ids, as the API's `publicId` gives them. */
export const callPath = (communitySlug: string, call: { publicId: string }) =>
  `/communities/${communitySlug}/calls/${call.publicId}`;

export const talkPath = (talk: { publicId: string }) => `/talks/${talk.publicId}`;

export const talksArchivePath = (communitySlug: string) => `/communities/${communitySlug}/talks`;

export const editProposalPath = (proposal: { publicId: string }) => `/me/proposals/${proposal.publicId}/edit`;

/** A speaker's public page (the speaker context's). */
export const speakerPath = (handle: string) => `/speakers/${handle}`;
