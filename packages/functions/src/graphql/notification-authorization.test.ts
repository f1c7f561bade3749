import {
  type NotificationActor,
  type NotificationRead,
  notificationActors,
  notificationReadVisibility,
  notificationSettingsChangers,
} from "@meetstream/core/testing/authorization-actors";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import {
  bounceWhileStopped,
  type NotificationClient,
  notificationClient,
  unsubscribeTokenFor,
} from "./notification-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

/**
 * Who may do what to notification settings, mutation by mutation and read by read, over GraphQL on the
 * real local host, with core's table (testing/authorization-actors.ts). One community, organised by Olga,
 * that Mia (the member) belongs to; Otto belongs to none. Mia has chosen: announcements on for the
 * community, reminders off everywhere. Every mutation acts on the actor's own settings, so Mia's change
 * only when Mia acts, or when anyone follows Mia's unsubscribe link (the token is the authority).
 */
const folder = dataFoldersRemovedAfterAll()();
let host: LocalHost;
let notifications: NotificationClient;
const people = {} as Record<Exclude<NotificationActor, "anonymous">, Person>;
let communityId: string;

const personOf = (actor: NotificationActor): Person | undefined =>
  actor === "anonymous" ? undefined : people[actor];

const startHost = async (port = 0) => {
  host = await startTestHost({ dataFolder: folder, port });
  notifications = notificationClient(host.url);
};

/** Stops the host, bounces Mia's mail on its data folder, and starts it again on the same origin (tokens stay valid). */
async function bounceMiasMail() {
  const port = Number(new URL(host.url).port);
  await host.close();
  // As a real restart takes: fetch must first see that its kept-alive connections were closed (host.test.ts).
  await new Promise((resolve) => setTimeout(resolve, 100));
  await bounceWhileStopped(folder, people.member);
  await startHost(port);
}

/** Mia's settings as she chose them before each test. */
async function miasChoices() {
  await notifications.setPreference(people.member, {
    kind: "MEETUP_ANNOUNCED",
    communityId,
    enabled: true,
  });
  await notifications.setPreference(people.member, {
    kind: "MEETUP_ANNOUNCED",
    communityId: null,
    enabled: false,
  });
  await notifications.setPreference(people.member, {
    kind: "MEETUP_REMINDER",
    communityId: null,
    enabled: false,
  });
}

const miasSettings = () => notifications.ownSettings(people.member);
const kindIn = (settings: Loose, kind: string) =>
  settings.kinds.find((each: Loose) => each.kind === kind) as Loose;

beforeAll(async () => {
  await startHost();
  const names: Record<Exclude<NotificationActor, "anonymous">, string> = {
    member: "Mia",
    otherMember: "Otto",
    organiser: "Olga",
  };
  for (const [actor, name] of Object.entries(names) as [Exclude<NotificationActor, "anonymous">, string][])
    people[actor] = await notifications.person(name, `${name.toLowerCase()}-notify-matrix`);
  communityId = (
    await notifications.found(people.organiser, { name: "Notification matrix", slug: "notification-matrix" })
  ).id;
  await notifications.join(people.member, communityId);
  await miasChoices();
});
afterAll(() => host.close());

test("Mia's choices are what the matrix starts from", async () => {
  const settings = await miasSettings();
  expect(settings.suppressed).toBeNull();
  expect(kindIn(settings, "MEETUP_ANNOUNCED")).toMatchObject({
    enabled: false,
    communities: [{ enabled: true, community: { id: communityId, name: "Notification matrix" } }],
  });
  expect(kindIn(settings, "MEETUP_REMINDER")).toMatchObject({ enabled: false, communities: [] });
});

const answers = (signedIn: string, anonymous: string) =>
  Object.fromEntries(
    notificationActors.map((actor) => [actor, actor === "anonymous" ? anonymous : signedIn]),
  ) as Record<NotificationActor, string>;

const mutations: {
  mutation: keyof typeof notificationSettingsChangers;
  expected: Record<NotificationActor, string>;
  /** Puts Mia's settings where the mutation would change them. */
  prepare: () => Promise<void>;
  run: (person: Person | undefined) => Promise<Loose>;
  /** What the mutation does to Mia's settings, when it changes them. */
  changed: (before: Loose) => Loose;
}[] = [
  {
    mutation: "setNotificationPreference",
    expected: answers("NotificationSettings", "NotSignedIn"),
    prepare: miasChoices,
    run: (person) =>
      notifications.setPreference(person, { kind: "MEETUP_REMINDER", communityId: null, enabled: true }),
    changed: (before) => ({
      ...before,
      kinds: before.kinds.map((kind: Loose) =>
        kind.kind === "MEETUP_REMINDER" ? { ...kind, enabled: true } : kind,
      ),
    }),
  },
  {
    mutation: "resumeNotifications",
    expected: answers("NotificationSettings", "NotSignedIn"),
    prepare: bounceMiasMail,
    run: (person) => notifications.resume(person),
    changed: (before) => ({ ...before, suppressed: null }),
  },
  {
    // No sign-in: whoever holds Mia's link stops announcements for her, everywhere.
    mutation: "unsubscribe",
    expected: answers("Unsubscribed", "Unsubscribed"),
    prepare: miasChoices,
    run: (person) =>
      notifications.unsubscribe(person, unsubscribeTokenFor(folder, people.member, "meetup-announced")),
    changed: (before) => ({
      ...before,
      kinds: before.kinds.map((kind: Loose) =>
        kind.kind === "MEETUP_ANNOUNCED"
          ? {
              ...kind,
              enabled: false,
              communities: kind.communities.map((each: Loose) => ({ ...each, enabled: false })),
            }
          : kind,
      ),
    }),
  },
];

describe.each(mutations)("$mutation", ({ mutation, expected, prepare, run, changed }) => {
  beforeEach(prepare);

  test.each(notificationActors)("%s", async (actor) => {
    const before = await miasSettings();
    // Mia's settings are where the mutation would change them: staying the same then says something.
    expect(changed(before)).not.toEqual(before);
    const answer = await run(personOf(actor));
    expect(answer.__typename).toBe(expected[actor]);
    const changer = (notificationSettingsChangers[mutation] as readonly NotificationActor[]).includes(actor);
    expect(await miasSettings()).toEqual(changer ? changed(before) : before);
    // What a signed-in actor's own mutation answers is their own settings, never Mia's (unless they are Mia).
    if (answer.__typename === "NotificationSettings")
      expect(answer).toEqual({
        __typename: "NotificationSettings",
        ...(await notifications.ownSettings(personOf(actor))),
      });
    if (answer.__typename === "Unsubscribed")
      expect(answer).toEqual({
        __typename: "Unsubscribed",
        kind: "MEETUP_ANNOUNCED",
        label: "New meetups of your communities",
      });
  });
});

const reads: Record<NotificationRead, (person: Person | undefined) => Promise<boolean>> = {
  memberSettings: async (person) => {
    const answers = await notifications.settingsOf(person, people.member, "mia-notify-matrix");
    // Both ways to Mia's profile agree, and what shows is hers: her reminders are off.
    expect(answers[0]).toEqual(answers[1]);
    if (answers[0]) expect(kindIn(answers[0], "MEETUP_REMINDER").enabled).toBe(false);
    return answers[0] !== null;
  },
  ownSettings: async (person) => (await notifications.ownSettings(person)) != null,
};

describe.each(Object.keys(notificationReadVisibility) as NotificationRead[])("%s", (read) => {
  beforeAll(miasChoices);

  test.each(notificationActors)("%s", async (actor) => {
    expect(await reads[read](personOf(actor))).toBe(notificationReadVisibility[read][actor]);
  });
});
