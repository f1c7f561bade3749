/** What the notification context needs of the member context (its module satisfies it). */
export interface NotificationMembers {
  /** From the member's stream (strongly consistent). */
  isErased(memberId: string): Promise<boolean>;
  /** The member's address, read from their stream (so undefined once they are erased). */
  emailOf(memberId: string): Promise<string | undefined>;
}
