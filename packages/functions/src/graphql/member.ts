import type { MemberProfile } from "@meetstream/core/member";
import { singleLineText } from "@meetstream/core/validation/text";
import * as z from "@meetstream/core/validation/zod";
import { checkedArguments } from "./arguments";
import type { GraphqlContext } from "./context";
import { globalIdOf } from "./relay";
import type { MemberResolvers, MeResolvers, QueryResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

/** The signed-in member: their public profile and what only they may see. */
export interface Me {
  email: string;
  member: MemberProfile;
}

/** The member a membership, RSVP or place in line names: null only for a moment after they sign up. */
export const memberOf = async (
  parent: { memberId: string },
  _arguments: unknown,
  { memberById }: GraphqlContext,
) => (await memberById.load(parent.memberId)) ?? null;

/** The members of a list of ids, as many as are found. */
export const membersOf = async (ids: readonly string[], { memberById }: GraphqlContext) =>
  (await memberById.loadMany(ids)).flatMap((member) =>
    member && !(member instanceof Error) ? [member] : [],
  );

// Only a bound on what reaches the store; the handle rules themselves live in core.
const handleArguments = z.object({ handle: singleLineText().check(z.minLength(1), z.maxLength(100)) });

const member: MemberResolvers<GraphqlContext, MemberProfile> = {
  id: (member) => globalIdOf("Member", member.id),
};

const me: MeResolvers<GraphqlContext, Me> = {
  // From the stream, not the documents: right after a first sign-in the profile may not be projected yet.
  newcomer: (me, _arguments, { members }) => members.isNewcomer(me.member.id),
};

const query: QueryResolvers<GraphqlContext> = {
  me: async (_root, _arguments, { viewer, members, memberById }): Promise<Me | null> => {
    if (!viewer) return null;
    const [member, email] = await Promise.all([
      memberById.load(viewer.memberId),
      members.emailOf(viewer.memberId),
    ]);
    return member && !member.erased && email !== undefined ? { email, member } : null;
  },

  member: async (_root, args: { handle: string }, { members, memberById }) => {
    const { handle } = checkedArguments(handleArguments, args);
    const member = await members.byHandle(handle);
    if (member) memberById.prime(member.id, member);
    return member ?? null;
  },
};

export const memberResolvers: ContextResolvers = {
  Member: member,
  Me: me,
  Query: query,
};
