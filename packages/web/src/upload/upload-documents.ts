import { graphql } from "../graphql/graphql";

/** Where to send one file of `kind`: a fresh address, valid for a quarter of an hour. */
export const StartUploadMutation = graphql(`
  mutation StartUpload($kind: UploadKind!) {
    startUpload(kind: $kind) {
      __typename
      ... on UploadTarget {
        uploadId
        url
        method
        headers {
          name
          value
        }
        maxBytes
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
