import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { failuresBeforeDisabling, webhookDecider } from "./decider";
import { WebhookNotFound } from "./errors";
import {
  WebhookDeleted,
  WebhookDeliveryFailed,
  WebhookDeliverySucceeded,
  WebhookDisabled,
  WebhookEnabled,
  WebhookSecretRotated,
  WebhookSubscribed,
} from "./events";

const { given } = deciderSpecification(webhookDecider);

const subscribed = WebhookSubscribed({
  communityId: "community-1",
  url: "https://hooks.example.com/meetstream",
  kinds: ["meetup.published", "rsvp.confirmed"],
});
const failed = (eventId: string) => WebhookDeliveryFailed({ eventId, outcome: "HTTP 503" });
const failures = (count: number) => Array.from({ length: count }, (_, index) => failed(`event-${index}`));

describe("webhook subscriptions", () => {
  test("an organiser subscribes a URL to kinds of their community", () =>
    given()
      .when({
        type: "Subscribe",
        communityId: "community-1",
        url: "https://hooks.example.com/meetstream",
        kinds: ["meetup.published", "rsvp.confirmed"],
      })
      .then(subscribed));

  test("a subscription asked for again records nothing more", () =>
    given(subscribed)
      .when({ type: "Subscribe", communityId: "community-1", url: "https://other.example", kinds: [] })
      .thenNothing());

  test("rotating the secret keeps the previous one signing for the overlap", () =>
    given(subscribed)
      .when({
        type: "RotateSecret",
        overlapMilliseconds: 60 * 60 * 1000,
        metadata: { at: "2026-06-01T10:00:00.000Z", actor: "organiser" },
      })
      .then(WebhookSecretRotated({ generation: 2, previousValidUntil: "2026-06-01T11:00:00.000Z" })));

  test("each rotation signs with the next generation", () =>
    given(subscribed, WebhookSecretRotated({ generation: 2, previousValidUntil: "2026-06-01T11:00:00.000Z" }))
      .when({
        type: "RotateSecret",
        overlapMilliseconds: 0,
        metadata: { at: "2026-06-02T10:00:00.000Z", actor: "organiser" },
      })
      .then(WebhookSecretRotated({ generation: 3, previousValidUntil: "2026-06-02T10:00:00.000Z" })));

  test("a failed try is counted", () =>
    given(subscribed)
      .when({ type: "RecordFailure", eventId: "event-1", outcome: "HTTP 503" })
      .then(failed("event-1")));

  test(`the ${failuresBeforeDisabling}th failure in a row disables the subscription`, () =>
    given(subscribed, ...failures(failuresBeforeDisabling - 1))
      .when({ type: "RecordFailure", eventId: "event-last", outcome: "timeout" })
      .then(
        WebhookDeliveryFailed({ eventId: "event-last", outcome: "timeout" }),
        WebhookDisabled({ reason: "failures" }),
      ));

  test("a success after failures starts the count again", () =>
    given(subscribed, ...failures(failuresBeforeDisabling - 1), WebhookDeliverySucceeded({ eventId: "ok" }))
      .when({ type: "RecordFailure", eventId: "event-next", outcome: "HTTP 503" })
      .then(failed("event-next")));

  test("a success with no failures before it records nothing", () =>
    given(subscribed).when({ type: "RecordSuccess", eventId: "event-1" }).thenNothing());

  test("a success after a failure is recorded", () =>
    given(subscribed, failed("event-1"))
      .when({ type: "RecordSuccess", eventId: "event-2" })
      .then(WebhookDeliverySucceeded({ eventId: "event-2" })));

  test("a failure of a try in flight while the subscription was disabled counts for nothing", () =>
    given(subscribed, WebhookDisabled({ reason: "organiser" }))
      .when({ type: "RecordFailure", eventId: "event-1", outcome: "HTTP 503" })
      .thenNothing());

  test("an organiser disables an active subscription", () =>
    given(subscribed)
      .when({ type: "Disable" })
      .then(WebhookDisabled({ reason: "organiser" })));

  test("disabling a disabled subscription records nothing", () =>
    given(subscribed, WebhookDisabled({ reason: "failures" }))
      .when({ type: "Disable" })
      .thenNothing());

  test("enabling a subscription disabled by failures starts its count afresh", () =>
    given(subscribed, ...failures(failuresBeforeDisabling), WebhookDisabled({ reason: "failures" }))
      .when({ type: "Enable" })
      .then(WebhookEnabled({})));

  test("after enabling, one failure does not disable it again", () =>
    given(
      subscribed,
      ...failures(failuresBeforeDisabling),
      WebhookDisabled({ reason: "failures" }),
      WebhookEnabled({}),
    )
      .when({ type: "RecordFailure", eventId: "event-1", outcome: "HTTP 503" })
      .then(failed("event-1")));

  test("enabling an active subscription records nothing", () =>
    given(subscribed).when({ type: "Enable" }).thenNothing());

  test("a deleted subscription takes no more commands", () =>
    given(subscribed, WebhookDeleted({})).when({ type: "Enable" }).thenThrows(WebhookNotFound));

  test("a subscription that never was takes no commands", () =>
    given().when({ type: "Delete" }).thenThrows(WebhookNotFound));

  test("an organiser deletes a subscription", () =>
    given(subscribed).when({ type: "Delete" }).then(WebhookDeleted({})));
});
