import type { MemberProfile } from "@meetstream/core/member/profile";
import * as z from "@meetstream/core/validation/zod";
import { builder } from "./builder";

const LinkRef = builder.objectRef<MemberProfile["links"][number]>("Link").implement({
  fields: (t) => ({
    label: t.exposeString("label"),
    url: t.exposeString("url"),
  }),
});

export const MemberRef = builder.objectRef<MemberProfile>("Member");

builder.node(MemberRef, {
  description: "A member's public profile: what anyone may see. An erased member keeps only their id.",
  id: { resolve: (member) => member.id },
  loadWithoutCache: (id, context) => context.memberById.load(id),
  fields: (t) => ({
    handle: t.exposeString("handle", {
      nullable: true,
      description: "Unique; null until the member chooses one.",
    }),
    displayName: t.exposeString("displayName"),
    bio: t.exposeString("bio"),
    links: t.field({ type: [LinkRef], resolve: (member) => member.links }),
    avatarUrl: t.exposeString("avatarUrl", { nullable: true }),
    erased: t.exposeBoolean("erased"),
    registeredAt: t.exposeString("registeredAt", { description: "ISO-8601 instant in UTC." }),
  }),
});

export interface Me {
  email: string;
  member: MemberProfile;
}

export const MeRef = builder.objectRef<Me>("Me").implement({
  description: "The signed-in member: their public profile and what only they may see.",
  fields: (t) => ({
    email: t.exposeString("email", { description: "Where sign-in codes are sent. Only the member sees it." }),
    member: t.field({ type: MemberRef, resolve: (me) => me.member }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: MeRef,
    nullable: true,
    description: "The signed-in member; null when anonymous, or once the member is erased.",
    resolve: async (_root, _arguments, { viewer, members, memberById }) => {
      if (!viewer) return null;
      const [member, email] = await Promise.all([
        memberById.load(viewer.memberId),
        members.emailOf(viewer.memberId),
      ]);
      return member && !member.erased && email !== undefined ? { email, member } : null;
    },
  }),

  member: t.field({
    type: MemberRef,
    nullable: true,
    description: "The member with this handle, if any.",
    args: {
      // Only a bound on what reaches the store; the handle rules themselves live in core.
      handle: t.arg.string({ required: true, validate: z.string().check(z.minLength(1), z.maxLength(100)) }),
    },
    resolve: async (_root, { handle }, { members, memberById }) => {
      const member = await members.byHandle(handle);
      if (member) memberById.prime(member.id, member);
      return member ?? null;
    },
  }),
}));
