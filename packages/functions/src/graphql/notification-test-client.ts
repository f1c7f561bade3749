/** Notification requests over the real local host, for the notification GraphQL tests. */
import { systemClock } from "@meetstream/core/clock/clock";
import { eventCatalog } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { type MessageKind, unsubscribeTokens } from "@meetstream/core/notification";
import { meetstreamModules } from "../composition/meetstream-modules";
import { openLocalStores } from "../stores/local-stores";
import { localSecrets } from "../stores/secrets";
import { communityClient, type Person } from "./community-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

export const settingsFields = `suppressed
  kinds { kind label enabled onByDefault communities { enabled community { id name } } }`;

const settingsResult = `__typename ... on NotificationSettings { ${settingsFields} } ... on Error { code message }`;

/** A member's plain id, as core names them, from their global (Member node) id. */
export const plainMemberId = (person: Person): string =>
  Buffer.from(person.id, "base64")
    .toString("utf8")
    .replace(/^Member:/, "");

/** The position of the last event in the data folder's log: unchanged when a request appended nothing. */
export async function lastPosition(dataFolder: string): Promise<number> {
  const stores = openLocalStores(dataFolder, eventCatalog(...meetstreamEventTypes));
  try {
    return await stores.events.lastPosition();
  } finally {
    stores.close();
  }
}

/** The one-click link's token the host would put in a message to the member: signed with its secret. */
export const unsubscribeTokenFor = (dataFolder: string, person: Person, kind: MessageKind): string =>
  unsubscribeTokens(localSecrets(dataFolder).emailSecret).tokenFor(plainMemberId(person), kind);

/**
 * Mail to the member bounced: what an SES notification does on AWS, which the local host has no way in
 * for. Done on the data folder of a stopped host; the host projects it when it starts again.
 */
export async function bounceWhileStopped(dataFolder: string, person: Person): Promise<void> {
  const stores = openLocalStores(dataFolder, eventCatalog(...meetstreamEventTypes));
  try {
    const { notifications } = meetstreamModules({
      store: personalDataStore(stores.events, stores.keys, meetstreamEventTypes),
      documents: stores.documents,
      keys: stores.keys,
      clock: systemClock,
      emailSecret: localSecrets(dataFolder).emailSecret,
    });
    await notifications.suppress({ memberId: plainMemberId(person), reason: "bounce" });
  } finally {
    stores.close();
  }
}

export function notificationClient(url: string) {
  const communities = communityClient(url);

  return {
    ...communities,
    /** Signs in and takes a name and a handle. */
    async person(name: string, handle: string): Promise<Person> {
      const person = await communities.signIn(`${handle}@example.com`);
      await communities.query(
        "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
        person,
        { input: { displayName: name, handle } },
      );
      return person;
    },
    /** `setNotificationPreference`, kind as the API names it (MEETUP_REMINDER); communityId a node id, or null. */
    async setPreference(
      person: Person | undefined,
      preference: { kind: string; communityId?: string | null; enabled: boolean; idempotencyKey?: string },
    ): Promise<Loose> {
      const data = await communities.query(
        `mutation ($kind: MessageKind!, $communityId: ID, $enabled: Boolean!, $idempotencyKey: String) {
          setNotificationPreference(kind: $kind, communityId: $communityId, enabled: $enabled,
            idempotencyKey: $idempotencyKey) { ${settingsResult} } }`,
        person,
        preference,
      );
      return data.setNotificationPreference;
    },
    async resume(person: Person | undefined): Promise<Loose> {
      return (await communities.query(`mutation { resumeNotifications { ${settingsResult} } }`, person))
        .resumeNotifications;
    },
    async unsubscribe(person: Person | undefined, token: string): Promise<Loose> {
      const data = await communities.query(
        `mutation ($token: String!) { unsubscribe(token: $token) {
          __typename ... on Unsubscribed { kind label } ... on Error { code message } } }`,
        person,
        { token },
      );
      return data.unsubscribe;
    },
    /** The viewer's own settings (`me`); undefined for a visitor, who has no `me`. */
    async ownSettings(person: Person | undefined): Promise<Loose> {
      const data = await communities.query(
        `{ me { member { notificationSettings { ${settingsFields} } } } }`,
        person,
      );
      return data.me?.member.notificationSettings;
    },
    /** A member's settings as the viewer reads them, by handle and by node id: the two answers. */
    async settingsOf(viewer: Person | undefined, member: Person, handle: string): Promise<Loose[]> {
      const data = await communities.query(
        `query ($handle: String!, $id: ID!) {
          member(handle: $handle) { notificationSettings { ${settingsFields} } }
          node(id: $id) { ... on Member { notificationSettings { ${settingsFields} } } } }`,
        viewer,
        { handle, id: member.id },
      );
      return [data.member.notificationSettings, data.node.notificationSettings];
    },
  };
}

export type NotificationClient = ReturnType<typeof notificationClient>;
