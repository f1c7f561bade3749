import { graphql, type ResultOf, type VariablesOf } from "../graphql/graphql";

export const SpeakerProfileFields = graphql(`
  fragment SpeakerProfileFields on SpeakerProfile {
    headline
    bio
    bioHtml
    links {
      label
      url
    }
    photoUrl
  }
`);

export type SpeakerProfileData = ResultOf<typeof SpeakerProfileFields>;

/** The signed-in member's own speaker profile, published or not, for the editor. */
export const MySpeakerProfileQuery = graphql(
  `
    query MySpeakerProfile {
      me {
        member {
          id
          handle
          speakerProfile {
            ...SpeakerProfileFields
          }
        }
      }
    }
  `,
  [SpeakerProfileFields],
);

export const SpeakerPageQuery = graphql(
  `
    query SpeakerPage($handle: String!) {
      speakerProfile(handle: $handle) {
        ...SpeakerProfileFields
        member {
          id
          handle
          displayName
          avatarUrl
        }
        talks {
          proposalId
          title
          community {
            id
            slug
            name
          }
          meetup {
            id
            publicId
            title
          }
        }
      }
    }
  `,
  [SpeakerProfileFields],
);

export type SpeakerPageProfile = NonNullable<ResultOf<typeof SpeakerPageQuery>["speakerProfile"]>;

export const UpdateSpeakerProfileMutation = graphql(
  `
    mutation UpdateSpeakerProfile($input: SpeakerProfileInput!, $idempotencyKey: String) {
      updateSpeakerProfile(input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on SpeakerProfile {
          ...SpeakerProfileFields
          # A Member in the answer makes the cache read again every query of members, the editor's too.
          member {
            id
          }
        }
        ... on InvalidSpeakerProfile {
          issues {
            path
            message
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProfileFields],
);

export type SpeakerProfileInput = VariablesOf<typeof UpdateSpeakerProfileMutation>["input"];

/** The signed-in member's photo, uploaded with startUpload(kind: PHOTO). */
export const SetSpeakerPhotoMutation = graphql(
  `
    mutation SetSpeakerPhoto($uploadId: ID!) {
      setSpeakerPhoto(uploadId: $uploadId) {
        __typename
        ... on SpeakerProfile {
          ...SpeakerProfileFields
          # A Member in the answer makes the cache read again every query of members, the speaker page's too.
          member {
            id
          }
        }
        ... on Error {
          code
          message
        }
        ... on UploadTooLarge {
          maxBytes
        }
      }
    }
  `,
  [SpeakerProfileFields],
);

export const RemoveSpeakerPhotoMutation = graphql(
  `
    mutation RemoveSpeakerPhoto {
      removeSpeakerPhoto {
        __typename
        ... on SpeakerProfile {
          ...SpeakerProfileFields
          member {
            id
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProfileFields],
);
