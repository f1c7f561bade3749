/** A talk a member gave (or will give): a confirmed proposal they speak in. */
export interface TalkGiven {
  proposalId: string;
  title: string;
  communityId: string;
  /** The meetup whose agenda has it, once it has one. */
  meetupId?: string;
}

/** What the speaker context needs of the talk context: the talks a member speaks in. */
export interface TalksGiven {
  talksGivenBy(memberId: string): Promise<readonly TalkGiven[]>;
}

/**
 * Talks given, held in memory: for tests, and for a host run without the talk context, where every
 * member has given none.
 */
export function inMemoryTalksGiven(talks: Readonly<Record<string, readonly TalkGiven[]>> = {}): TalksGiven {
  return { talksGivenBy: async (memberId) => talks[memberId] ?? [] };
}
