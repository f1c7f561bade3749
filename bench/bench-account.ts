import type { Projection } from "@meetstream/core/projection/projection";
import type { LedgerEvent } from "@meetstream/core/testing/ledger";

interface AccountSummary {
  owner: string;
  balance: number;
  deposits: number;
  lastActivity: string;
}

/** A read model shaped like the real ones: one summary document per stream, listed through an index. */
export const accountSummaries: Projection<AccountSummary> = {
  name: "account-summaries",
  categories: ["account"],
  initialState: { owner: "", balance: 0, deposits: 0, lastActivity: "" },
  evolve(summary, event) {
    const ledgerEvent = event as unknown as LedgerEvent;
    switch (ledgerEvent.type) {
      case "AccountOpened":
        return { ...summary, owner: ledgerEvent.data.owner, lastActivity: event.meta.occurredAt };
      case "Deposited":
        return {
          ...summary,
          balance: summary.balance + ledgerEvent.data.amount,
          deposits: summary.deposits + 1,
          lastActivity: event.meta.occurredAt,
        };
      case "Withdrawn":
        return {
          ...summary,
          balance: summary.balance - ledgerEvent.data.amount,
          lastActivity: event.meta.occurredAt,
        };
      case "AccountClosed":
        return summary;
    }
  },
  documents: (summary, streamId) => [
    {
      key: { partition: streamId, sort: "summary" },
      body: summary,
      indexes: { first: { partition: `owner#${summary.owner}`, sort: summary.lastActivity } },
    },
  ],
};
