import { expect, test } from "vitest";
import type { EnvelopeOf } from "../projection/projection";
import type { CommunityEvent } from "./events";
import { CommunityFounded, HostAppointed, MemberRemoved, RoleRevoked } from "./events";
import { communityHistoryOf } from "./history-summary";

const names: Record<string, string> = { ann: "Ann Lee", bob: "Bob Ray", erased: "an erased member" };

const stored = (event: CommunityEvent, version: number, actor = "ann") =>
  ({
    ...event,
    id: `event-${version}`,
    streamId: "community-1",
    version,
    schemaVersion: 1,
    meta: { actor, occurredAt: "2026-12-24T16:30:00.000Z", correlationId: "c", causationId: null },
  }) as EnvelopeOf<CommunityEvent>;

test("a community's own changes read in words, members by name, at the time in the zone given", () => {
  const history = communityHistoryOf(
    [
      stored(
        CommunityFounded({
          name: "Rust Berlin",
          slug: "rust-berlin",
          description: "",
          tags: [],
          joinMode: "open",
          founderId: "ann",
          foundedAt: "2026-12-24T16:30:00.000Z",
        }),
        1,
      ),
      stored(HostAppointed({ memberId: "bob" }), 2),
      stored(RoleRevoked({ memberId: "bob", role: "host" }), 3),
      stored(MemberRemoved({ memberId: "erased", reason: "erased" }), 4, "system:erasure"),
    ],
    (memberId) => names[memberId],
    "Europe/Berlin",
  );
  expect(history.map(({ summary, localTime }) => [summary, localTime])).toEqual([
    ['Ann Lee founded "Rust Berlin"', "24 Dec 2026, 17:30 CET"],
    ["Ann Lee made Bob Ray a host", "24 Dec 2026, 17:30 CET"],
    ["Ann Lee made Bob Ray a member again, no longer a host", "24 Dec 2026, 17:30 CET"],
    ["An erased member left: the member was erased", "24 Dec 2026, 17:30 CET"],
  ]);
});
