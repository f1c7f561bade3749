import type { MemberProfile } from "@meetstream/core/member";
import type { SpeakerProfile, TalkGiven } from "@meetstream/core/speaker";
import { singleLineText } from "@meetstream/core/validation/text";
import * as z from "@meetstream/core/validation/zod";
import { checkedArguments } from "./arguments";
import type { GraphqlContext } from "./context";
import type {
  MemberResolvers,
  QueryResolvers,
  SpeakerProfileResolvers,
  TalkGivenResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { inputIssue } from "./results";

// Only a bound on what reaches the store; the handle rules themselves live in core.
const handleArguments = z.object({ handle: singleLineText().check(z.minLength(1), z.maxLength(100)) });

const query: QueryResolvers<GraphqlContext> = {
  speakerProfile: async (_root, args: { handle: string }, { speakers, viewer }) => {
    const { handle } = checkedArguments(handleArguments, args);
    return (await speakers.profileByHandle(handle, viewer?.memberId)) ?? null;
  },
};

const member: MemberResolvers<GraphqlContext, MemberProfile> = {
  speakerProfile: async (member, _arguments, { speakers, viewer }) =>
    (await speakers.profileOf(member.id, viewer?.memberId)) ?? null,
};

const speakerProfile: SpeakerProfileResolvers<GraphqlContext, SpeakerProfile> = {
  // Loaded in one batch with the other members the request names; a profile's member is always projected
  // before it (they register first), and an erased member's profile is never returned.
  member: (profile, _arguments, { memberById }) =>
    memberById.load(profile.memberId) as Promise<MemberProfile>,
  talks: async (profile, _arguments, { speakers, viewer }) => [
    ...(await speakers.talksGivenBy(profile.memberId, viewer?.memberId)),
  ],
};

const talkGiven: TalkGivenResolvers<GraphqlContext, TalkGiven> = {
  community: async (talk, _arguments, { communityById }) =>
    (await communityById.load(talk.communityId)) ?? null,
  meetup: async (talk, _arguments, { meetupById }) =>
    talk.meetupId ? ((await meetupById.load(talk.meetupId)) ?? null) : null,
};

export const speakerResolvers: ContextResolvers = {
  Query: query,
  Member: member,
  SpeakerProfile: speakerProfile,
  TalkGiven: talkGiven,
  SpeakerProfileIssue: inputIssue,
};
