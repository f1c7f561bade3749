/** What anyone may see of a member: no email, and nothing personal once the member is erased. */
export interface MemberProfile {
  id: string;
  handle: string | null;
  displayName: string;
  bio: string;
  links: { label: string; url: string }[];
  avatarUrl: string | null;
  erased: boolean;
  registeredAt: string;
}

/** The fields of a profile a member changes; those left out keep their value. */
export interface ProfileInput {
  displayName?: string;
  handle?: string;
  bio?: string;
  links?: { label: string; url: string }[];
  avatarUrl?: string | null;
}

/**
 * A new member has no handle until they choose one: a handle derived from the email would put part of
 * the email in the clear in a stream name, and one derived from nothing tells nobody anything.
 */
export const newMemberName = "New member";
export const erasedMemberName = "Erased member";

export const erasedProfile = (id: string, registeredAt: string): MemberProfile => ({
  id,
  handle: null,
  displayName: erasedMemberName,
  bio: "",
  links: [],
  avatarUrl: null,
  erased: true,
  registeredAt,
});
