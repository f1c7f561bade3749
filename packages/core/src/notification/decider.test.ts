import { describe, expect, test } from "vitest";
import { fold } from "../decider/decider";
import { deciderSpecification } from "../decider/given-when-then";
import { type NotificationCommand, noSettings, notificationDecider, wants } from "./decider";
import type { NotificationEvent } from "./events";
import { NotificationPreferenceSet, NotificationsResumed, NotificationsSuppressed } from "./events";

const community = "0190f5a0-0000-7000-8000-0000000c0001";
const other = "0190f5a0-0000-7000-8000-0000000c0002";
const set = (
  kind: string,
  communityId: string | null,
  enabled: boolean,
  via: "settings" | "unsubscribe-link" = "settings",
) => NotificationPreferenceSet({ kind, communityId, enabled, via });
const settingsAfter = (...events: NotificationEvent[]) => fold(notificationDecider, events);

describe("notification settings", () => {
  const { given } = deciderSpecification(notificationDecider);

  test("a member turns a kind on in one community", () =>
    given()
      .when({ type: "SetPreference", kind: "meetup-announced", communityId: community, enabled: true })
      .then(set("meetup-announced", community, true)));

  test("choosing what is already chosen records nothing", () =>
    given(set("meetup-announced", community, true))
      .when({ type: "SetPreference", kind: "meetup-announced", communityId: community, enabled: true })
      .thenNothing());

  test("choosing the default is recorded: it sticks if the default changes", () =>
    given()
      .when({ type: "SetPreference", kind: "rsvp-confirmed", communityId: null, enabled: true })
      .then(set("rsvp-confirmed", null, true)));

  test("the one-click link turns its kind off everywhere, and in every community it was on in", () =>
    given(
      set("meetup-announced", community, true),
      set("meetup-announced", other, false),
      set("rsvp-confirmed", community, true),
    )
      .when({ type: "Unsubscribe", kind: "meetup-announced" })
      .then(
        set("meetup-announced", null, false, "unsubscribe-link"),
        set("meetup-announced", community, false, "unsubscribe-link"),
      ));

  test("a second click of the link records nothing", () =>
    given(set("meetup-reminder", null, false, "unsubscribe-link"))
      .when({ type: "Unsubscribe", kind: "meetup-reminder" } satisfies NotificationCommand)
      .thenNothing());

  test("a bounce suppresses the address once; a complaint after it is recorded as the reason", () => {
    given()
      .when({ type: "Suppress", reason: "bounce" })
      .then(NotificationsSuppressed({ reason: "bounce" }));
    given(NotificationsSuppressed({ reason: "bounce" }))
      .when({ type: "Suppress", reason: "bounce" })
      .thenNothing();
    given(NotificationsSuppressed({ reason: "bounce" }))
      .when({ type: "Suppress", reason: "complaint" })
      .then(NotificationsSuppressed({ reason: "complaint" }));
  });

  test("resuming lifts a suppression, and is nothing without one", () => {
    given(NotificationsSuppressed({ reason: "bounce" }))
      .when({ type: "Resume" })
      .then(NotificationsResumed({}));
    given().when({ type: "Resume" }).thenNothing();
  });
});

describe("who wants a message", () => {
  test("what the member never chose follows the kind's default: their own RSVPs yes, announcements no", () => {
    expect(wants(noSettings, "rsvp-confirmed", community)).toBe(true);
    expect(wants(noSettings, "meetup-announced", community)).toBe(false);
    expect(wants(noSettings, "path-completed", null)).toBe(false);
  });

  test("a choice for the community wins over the choice everywhere, which wins over the default", () => {
    const settings = settingsAfter(
      set("meetup-announced", null, true),
      set("meetup-announced", other, false),
    );
    expect(wants(settings, "meetup-announced", community)).toBe(true);
    expect(wants(settings, "meetup-announced", other)).toBe(false);
  });

  test("the link stops its kind only", () => {
    const settings = settingsAfter(set("meetup-reminder", null, false, "unsubscribe-link"));
    expect(wants(settings, "meetup-reminder", community)).toBe(false);
    expect(wants(settings, "rsvp-confirmed", community)).toBe(true);
  });

  test("nothing reaches a suppressed address, until the member resumes", () => {
    const suppressed = settingsAfter(NotificationsSuppressed({ reason: "complaint" }));
    expect(wants(suppressed, "rsvp-confirmed", community)).toBe(false);
    expect(
      wants(
        settingsAfter(NotificationsSuppressed({ reason: "complaint" }), NotificationsResumed({})),
        "rsvp-confirmed",
        community,
      ),
    ).toBe(true);
  });
});
