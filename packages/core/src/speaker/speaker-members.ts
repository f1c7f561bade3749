/** What the speaker context needs of the member context (its module satisfies it). */
export interface SpeakerMembers {
  /** From the member's stream (strongly consistent). */
  isErased(memberId: string): Promise<boolean>;
  /** A member's public profile; an erased member has no handle. */
  byHandle(handle: string): Promise<{ id: string; erased: boolean } | undefined>;
  byId(memberId: string): Promise<{ id: string; erased: boolean } | undefined>;
}
