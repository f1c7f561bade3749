/**
 * What the agenda needs of the talk context: a confirmed talk (its community, title and length), and a
 * community's confirmed talks to choose from. `talkModule(...)` provides it; only confirmed talks are
 * public, so the agenda never shows another.
 */
export interface ConfirmedTalks {
  confirmedTalk(proposalId: string): Promise<ConfirmedTalk | undefined>;
  /** Newest first. */
  talksOf(
    communityId: string,
    page?: { limit?: number },
  ): Promise<{ edges: readonly { node: { id: string } }[] }>;
}

export interface ConfirmedTalk {
  proposalId: string;
  communityId: string;
  title: string;
  minutes: number;
}
