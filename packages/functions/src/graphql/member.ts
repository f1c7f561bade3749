import type { MemberProfile } from "@meetstream/core/member/profile";
import * as z from "@meetstream/core/validation/zod";
import { checkedArguments } from "./arguments";
import { globalIdOf } from "./relay";
import type { ObjectResolvers, Resolvers } from "./resolvers";

/** The signed-in member: their public profile and what only they may see. */
export interface Me {
  email: string;
  member: MemberProfile;
}

const member: ObjectResolvers<MemberProfile> = {
  id: (member) => globalIdOf("Member", member.id),
};

const query: ObjectResolvers<unknown> = {
  me: async (_root, _arguments, { viewer, members, memberById }): Promise<Me | null> => {
    if (!viewer) return null;
    const [member, email] = await Promise.all([
      memberById.load(viewer.memberId),
      members.emailOf(viewer.memberId),
    ]);
    return member && !member.erased && email !== undefined ? { email, member } : null;
  },

  member: async (_root, args: { handle: string }, { members, memberById }) => {
    // Only a bound on what reaches the store; the handle rules themselves live in core.
    const { handle } = checkedArguments(
      z.object({ handle: z.string().check(z.minLength(1), z.maxLength(100)) }),
      args,
    );
    const member = await members.byHandle(handle);
    if (member) memberById.prime(member.id, member);
    return member ?? null;
  },
};

export const memberResolvers: Resolvers = {
  Member: member,
  Query: query,
};
