import type { UploadKind } from "@meetstream/core/blob";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import { NotSignedIn } from "./rejections";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultOf } from "./results";

const mutation: MutationResolvers<GraphqlContext> = {
  startUpload: answeringRejections(
    [NotSignedIn],
    async (_root, { kind }: { kind: UploadKind }, { viewer, uploads }) => {
      if (!viewer) throw new NotSignedIn();
      const { headers, ...target } = await uploads.startUpload({ kind, actor: viewer.memberId });
      return { ...target, headers: Object.entries(headers).map(([name, value]) => ({ name, value })) };
    },
  ),
};

export const blobMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  UploadKind: internalEnumValues.UploadKind,
  StartUploadResult: { __resolveType: resultOf("UploadTarget") },
};
