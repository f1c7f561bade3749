/**
 * A confirmed proposal, as other contexts see it: the agenda puts it in a slot, the speaker profile lists
 * it among the talks a member gave. Only confirmed proposals are public, so only they are this.
 */
export interface ConfirmedTalk {
  proposalId: string;
  communityId: string;
  title: string;
  minutes: number;
  speakerIds: readonly string[];
}
