import type { DocumentKind, DocumentProjection } from "@meetstream/core/projection/projection";
import type { LedgerEvent } from "@meetstream/core/testing/ledger";

interface AccountSummary {
  owner: string;
  balance: number;
  deposits: number;
  lastActivity: string;
}

const summaries: DocumentKind<LedgerEvent, AccountSummary> = {
  touches: (event) => [{ partition: event.streamId, sort: "summary" }],
  evolve({ body }, event) {
    const summary = body ?? { owner: "", balance: 0, deposits: 0, lastActivity: "" };
    const lastActivity = event.meta.occurredAt;
    let next: AccountSummary;
    switch (event.type) {
      case "AccountOpened":
        next = { ...summary, owner: event.data.owner, lastActivity };
        break;
      case "Deposited":
        next = {
          ...summary,
          balance: summary.balance + event.data.amount,
          deposits: summary.deposits + 1,
          lastActivity,
        };
        break;
      case "Withdrawn":
        next = { ...summary, balance: summary.balance - event.data.amount, lastActivity };
        break;
      case "AccountClosed":
        return { type: "unchanged" };
    }
    return {
      type: "upsert",
      body: next,
      indexes: { first: { partition: `owner#${next.owner}`, sort: next.lastActivity } },
    };
  },
};

/** A read model shaped like the real ones: one summary document per stream, listed through an index. */
export const accountSummaries: DocumentProjection<LedgerEvent> = {
  name: "account-summaries",
  categories: ["account"],
  kinds: [summaries],
};
