import { describe, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import {
  CalendarFeedTokenIssued,
  CalendarFeedTokenRevoked,
  feedTokenKey,
  feedTokenProjection,
} from "./feed-tokens";

const first = "1".repeat(64);
const second = "2".repeat(64);

const { given } = projectionSpecification(feedTokenProjection, "feed-token-m1");

describe("calendar feed token documents, projected without a store", () => {
  test("a reset removes the old token's lookup and writes the new one's", () =>
    given(
      CalendarFeedTokenIssued({ tokenHash: first }),
      CalendarFeedTokenRevoked({ tokenHash: first }),
      CalendarFeedTokenIssued({ tokenHash: second }),
    ).then(
      { key: feedTokenKey(first), version: 2, body: null, indexes: {} },
      { key: feedTokenKey(second), version: 3, body: { memberId: "m1" }, indexes: {} },
    ));

  test("revoking a token that was never issued writes nothing", () =>
    given(CalendarFeedTokenRevoked({ tokenHash: first })).thenNothing());
});
