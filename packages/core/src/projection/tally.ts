/**
 * A toy domain for the projected counter's tests, shaped as a community's memberships are: one stream
 * per item (`tally-<group>-<item>`), one document per stream, and one count per group that documents of
 * many streams add to. An item counts 1 while added (removing it removes its document); a note changes
 * its document and not the count.
 */
import type { DocumentKey } from "../documents/document-store";
import { eventCatalog } from "../eventstore/event-catalog";
import { defineEvent, type EventOf } from "../eventstore/event-type";
import * as z from "../validation/zod";
import type { DocumentKind, DocumentProjection } from "./projection";

export const ItemAdded = defineEvent("ItemAdded", () => z.object({}));
export const ItemRemoved = defineEvent("ItemRemoved", () => z.object({}));
export const ItemNoted = defineEvent("ItemNoted", () => z.object({ note: z.string() }));

export type TallyEvent = EventOf<typeof ItemAdded> | EventOf<typeof ItemRemoved> | EventOf<typeof ItemNoted>;

export const tallyEventTypes = [ItemAdded, ItemRemoved, ItemNoted] as const;
export const tallyCatalog = eventCatalog(...tallyEventTypes);

export interface TallyItem {
  added: boolean;
  note: string;
}

export const tallyStream = (group: string, item: string) => `tally-${group}-${item}`;

export const itemKey = (streamId: string): DocumentKey => ({ partition: streamId, sort: "item" });

export const groupCountKey = (group: string): DocumentKey => ({
  partition: `tally-group#${group}`,
  sort: "count",
});

/** The group named in an item's stream id, `tally-<group>-<item>`. */
const groupOf = (key: DocumentKey): string => key.partition.split("-")[1] as string;

export const itemDocuments: DocumentKind<TallyEvent, TallyItem> = {
  touches: (event) => [itemKey(event.streamId)],
  evolve({ body }, event) {
    const item = body ?? { added: false, note: "" };
    switch (event.type) {
      case "ItemAdded":
        return item.added ? { type: "unchanged" } : { type: "upsert", body: { ...item, added: true } };
      case "ItemRemoved":
        return item.added ? { type: "delete" } : { type: "unchanged" };
      case "ItemNoted":
        return { type: "upsert", body: { ...item, note: event.data.note } };
    }
  },
  counter: {
    key: (documentKey) => groupCountKey(groupOf(documentKey)),
    value: (item) => (item.added ? 1 : 0),
  },
};

export const tallyProjection: DocumentProjection<TallyEvent> = {
  name: "tally",
  categories: ["tally"],
  kinds: [itemDocuments],
};
