import type { Decider } from "../decider/decider";
import { MemberNotFound, MemberErased as MemberWasErased } from "./errors";
import { MemberErased, type MemberEvent, MemberRegistered, ProfileUpdated } from "./events";
import {
  erasedMemberName,
  erasedProfile,
  type MemberProfile,
  newMemberName,
  type ProfileInput,
} from "./profile";

type Link = { label: string; url: string };

export interface Member {
  status: "unregistered" | "registered" | "erased";
  /** Plaintext, read through the personal data store; null once the member is erased. */
  email: string | null;
  emailDigest: string | null;
  registeredAt: string;
  /** Kept after erasure, so that an erasure cut short can still release the handle when it is retried. */
  handle: string | null;
  displayName: string;
  bio: string;
  links: Link[];
  avatarUrl: string | null;
}

export type MemberCommand =
  /** The member registers at the command's `metadata.at`. */
  | { type: "Register"; memberId: string; email: string; emailDigest: string }
  /** `changes` have passed the profile rules (`parseProfileInput`). */
  | { type: "UpdateProfile"; memberId: string; changes: ProfileInput }
  | { type: "Erase"; memberId: string };

const unregistered: Member = {
  status: "unregistered",
  email: null,
  emailDigest: null,
  registeredAt: "",
  handle: null,
  displayName: newMemberName,
  bio: "",
  links: [],
  avatarUrl: null,
};

type ProfileFields = Pick<Member, "displayName" | "handle" | "bio" | "links" | "avatarUrl">;

const profileFields = ({ displayName, handle, bio, links, avatarUrl }: Member): ProfileFields => ({
  displayName,
  handle,
  bio,
  links,
  avatarUrl,
});

const sameProfile = (left: ProfileFields, right: ProfileFields): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

function assertActive(memberId: string, member: Member): void {
  if (member.status === "unregistered") throw new MemberNotFound(memberId);
  if (member.status === "erased") throw new MemberWasErased(memberId);
}

export const memberDecider: Decider<Member, MemberCommand, MemberEvent> = {
  initialState: unregistered,

  decide(command, member) {
    switch (command.type) {
      case "Register":
        // Signing in again finds the member registered: nothing new happened.
        if (member.status === "registered") return [];
        if (member.status === "erased") throw new MemberWasErased(command.memberId);
        return [
          MemberRegistered({
            email: command.email,
            emailDigest: command.emailDigest,
            registeredAt: command.metadata.at,
          }),
        ];
      case "UpdateProfile": {
        assertActive(command.memberId, member);
        const { changes } = command;
        const next: ProfileFields = {
          displayName: changes.displayName ?? member.displayName,
          handle: changes.handle ?? member.handle,
          bio: changes.bio ?? member.bio,
          links: changes.links ?? member.links,
          avatarUrl: changes.avatarUrl === undefined ? member.avatarUrl : changes.avatarUrl,
        };
        return sameProfile(next, profileFields(member)) ? [] : [ProfileUpdated(next)];
      }
      case "Erase":
        if (member.status === "unregistered") throw new MemberNotFound(command.memberId);
        // Erasing again decides nothing, so that an erasure cut short can be run again to its end.
        return member.status === "erased" ? [] : [MemberErased({})];
    }
  },

  evolve(member, event) {
    switch (event.type) {
      case "MemberRegistered":
        return {
          ...unregistered,
          // Unreadable personal data means the key is gone: only erasure deletes it.
          status: event.data.email === null ? "erased" : "registered",
          email: event.data.email,
          emailDigest: event.data.emailDigest,
          registeredAt: event.data.registeredAt,
        };
      case "ProfileUpdated":
        return {
          ...member,
          displayName: event.data.displayName ?? erasedMemberName,
          handle: event.data.handle,
          bio: event.data.bio ?? "",
          links: event.data.links ?? [],
          avatarUrl: event.data.avatarUrl ?? null,
        };
      case "MemberErased":
        return {
          ...member,
          status: "erased",
          email: null,
          displayName: erasedMemberName,
          bio: "",
          links: [],
          avatarUrl: null,
        };
    }
  },
};

/** The profile a member's state shows: an erased member shows nothing of themself. */
export function profileOf(memberId: string, member: Member): MemberProfile {
  if (member.status === "erased") return erasedProfile(memberId, member.registeredAt);
  return { id: memberId, ...profileFields(member), erased: false, registeredAt: member.registeredAt };
}
