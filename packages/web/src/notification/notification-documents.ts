import { graphql, type ResultOf } from "../graphql/graphql";

export const NotificationSettingsFields = graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    suppressed
    kinds {
      kind
      label
      enabled
      onByDefault
      communities {
        enabled
        community {
          id
          name
        }
      }
    }
  }
`);

export type NotificationSettings = ResultOf<typeof NotificationSettingsFields>;
export type MessageKindSetting = NotificationSettings["kinds"][number];

/** The member's settings, and the communities they belong to: each may be chosen for apart. */
export const NotificationSettingsQuery = graphql(
  `
    query NotificationSettings {
      me {
        member {
          id
          notificationSettings {
            ...NotificationSettingsFields
          }
        }
        communities {
          role
          community {
            id
            name
          }
        }
      }
    }
  `,
  [NotificationSettingsFields],
);

export const SetNotificationPreferenceMutation = graphql(
  `
    mutation SetNotificationPreference(
      $kind: MessageKind!
      $communityId: ID
      $enabled: Boolean!
      $idempotencyKey: String
    ) {
      setNotificationPreference(
        kind: $kind
        communityId: $communityId
        enabled: $enabled
        idempotencyKey: $idempotencyKey
      ) {
        __typename
        ... on NotificationSettings {
          ...NotificationSettingsFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [NotificationSettingsFields],
);

export const ResumeNotificationsMutation = graphql(
  `
    mutation ResumeNotifications {
      resumeNotifications {
        __typename
        ... on NotificationSettings {
          ...NotificationSettingsFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [NotificationSettingsFields],
);

/** The link at the foot of every message: no sign-in, the token is the authority. */
export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      __typename
      ... on Unsubscribed {
        kind
        label
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
