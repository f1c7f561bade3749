import {
  InvalidSpeakerProfile,
  type SpeakerLink,
  SpeakerNotFound,
  type SpeakerProfileInput,
} from "@meetstream/core/speaker";
import type { GraphqlContext } from "./context";
import { idempotencyKeyOf } from "./mutations";
import { NotSignedIn } from "./rejections";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultOf } from "./results";

/** SpeakerProfileInput as GraphQL delivers it: any optional field may be null as well as left out. */
interface SpeakerProfileArguments {
  headline?: string | null;
  bio?: string | null;
  links?: SpeakerLink[] | null;
}

/** null means the same as leaving the field out: an empty headline is how a profile is unpublished. */
function speakerProfileInput(input: SpeakerProfileArguments): SpeakerProfileInput {
  const changes: SpeakerProfileInput = {};
  if (input.headline != null) changes.headline = input.headline;
  if (input.bio != null) changes.bio = input.bio;
  if (input.links != null) changes.links = input.links.map(({ label, url }) => ({ label, url }));
  return changes;
}

const mutation: MutationResolvers<GraphqlContext> = {
  updateSpeakerProfile: answeringRejections(
    [NotSignedIn, InvalidSpeakerProfile, SpeakerNotFound],
    async (
      _root,
      args: { input: SpeakerProfileArguments; idempotencyKey?: string | null },
      { viewer, speakers },
    ) => {
      const idempotencyKey = idempotencyKeyOf(args);
      if (!viewer) throw new NotSignedIn();
      return speakers.updateSpeakerProfile({
        memberId: viewer.memberId,
        actor: viewer.memberId,
        input: speakerProfileInput(args.input),
        idempotencyKey,
      });
    },
  ),
};

export const speakerMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  UpdateSpeakerProfileResult: { __resolveType: resultOf("SpeakerProfile") },
};
