import { UploadEmpty, UploadMissing, UploadTooLarge, UploadWrongType } from "@meetstream/core/blob";
import { SpeakerNotFound, type SpeakerProfile } from "@meetstream/core/speaker";
import {
  InvalidRecording,
  NotAnAcceptedTalk,
  NotASpeaker,
  ProposalNotFound,
  type ProposalView,
} from "@meetstream/core/talk";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import { NotSignedIn } from "./rejections";
import { idOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, type Rejection, resultOf } from "./results";

/*
 * Slides, recordings and speaker photos: the talk's and the speaker's modules check uploads through the
 * Blob port; here they are only asked, and their keys turned into addresses.
 */

const uploadRejections = [UploadMissing, UploadEmpty, UploadTooLarge, UploadWrongType] as const;
const talkRejections = [NotSignedIn, ProposalNotFound, NotASpeaker, NotAnAcceptedTalk] as const;

function signedIn(context: GraphqlContext): string {
  if (!context.viewer) throw new NotSignedIn();
  return context.viewer.memberId;
}

/** The proposal as the caller may see it after the change. */
async function answeredProposal(proposalId: string, context: GraphqlContext): Promise<ProposalView> {
  const proposal = await context.talks.proposalById(proposalId, context.viewer?.memberId);
  if (!proposal) throw new ProposalNotFound(proposalId);
  context.proposalById.clear(proposalId).prime(proposalId, proposal);
  return proposal;
}

const onTalk = <Arguments extends { proposalId: string }>(
  rejections: readonly Rejection[],
  change: (
    request: { proposalId: string; actor: string },
    args: Arguments,
    context: GraphqlContext,
  ) => Promise<unknown>,
) =>
  answeringRejections([...talkRejections, ...rejections], async (_root, args: Arguments, context) => {
    const actor = signedIn(context);
    const proposalId = idOf(args.proposalId, "Proposal");
    await change({ proposalId, actor }, args, context);
    return answeredProposal(proposalId, context);
  });

const mutation: MutationResolvers<GraphqlContext> = {
  attachSlides: onTalk(
    uploadRejections,
    (request, args: { proposalId: string; uploadId: string }, { talks }) =>
      talks.attachSlides({ ...request, uploadId: args.uploadId }),
  ),
  removeSlides: onTalk([], (request, _args, { talks }) => talks.removeSlides(request)),
  linkRecording: onTalk([InvalidRecording], (request, args: { proposalId: string; url: string }, { talks }) =>
    talks.linkRecording({ ...request, url: args.url }),
  ),
  unlinkRecording: onTalk([], (request, _args, { talks }) => talks.unlinkRecording(request)),
  setSpeakerPhoto: answeringRejections(
    [NotSignedIn, SpeakerNotFound, ...uploadRejections],
    (_root, args: { uploadId: string }, context) => {
      const memberId = signedIn(context);
      return context.speakers.setSpeakerPhoto({ memberId, actor: memberId, uploadId: args.uploadId });
    },
  ),
  removeSpeakerPhoto: answeringRejections([NotSignedIn, SpeakerNotFound], (_root, _args, context) => {
    const memberId = signedIn(context);
    return context.speakers.removeSpeakerPhoto({ memberId, actor: memberId });
  }),
};

export const attachmentResolvers: ContextResolvers = {
  Mutation: mutation,
  Proposal: {
    slides: (proposal: ProposalView, _arguments: unknown, { uploads }: GraphqlContext) =>
      proposal.slides === null
        ? null
        : { bytes: proposal.slides.bytes, url: uploads.publicUrl(proposal.slides.key) },
    recording: (proposal: ProposalView) => proposal.recording,
  },
  SpeakerProfile: {
    photoUrl: (profile: SpeakerProfile, _arguments: unknown, { uploads }: GraphqlContext) =>
      profile.photoKey ? uploads.publicUrl(profile.photoKey) : null,
  },
  RecordingProvider: internalEnumValues.RecordingProvider,
  UploadTooLarge: { maxBytes: (error: UploadTooLarge) => error.maxBytes },
  AttachSlidesResult: { __resolveType: resultOf("Proposal") },
  RemoveSlidesResult: { __resolveType: resultOf("Proposal") },
  LinkRecordingResult: { __resolveType: resultOf("Proposal") },
  UnlinkRecordingResult: { __resolveType: resultOf("Proposal") },
  SetSpeakerPhotoResult: { __resolveType: resultOf("SpeakerProfile") },
  RemoveSpeakerPhotoResult: { __resolveType: resultOf("SpeakerProfile") },
} as ContextResolvers;
