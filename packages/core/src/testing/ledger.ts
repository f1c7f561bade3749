/**
 * A small sample domain for the kernel's own tests: accounts that open, take deposits and withdrawals,
 * and close. It exercises what real contexts need (upcasting, several documents per stream, documents
 * that disappear, an index) without depending on any of them.
 */
import type { Decider } from "../decider/decider";
import type { DocumentKey } from "../documents/document-store";
import { MeetstreamError } from "../errors/meetstream-error";
import { eventCatalog } from "../eventstore/event-catalog";
import { defineEvent, type EventOf } from "../eventstore/event-type";
import { newId } from "../ids/new-id";
import type { DocumentChange, DocumentKind, DocumentProjection } from "../projection/projection";
import * as z from "../validation/zod";
import { pending } from "./pending-event";

export const AccountOpened = defineEvent("AccountOpened", () =>
  z.object({ owner: z.string().check(z.minLength(1)) }),
);
/** Version 1 stored whole cents as `cents`; version 2 stores `amount` and a `memo`. */
export const Deposited = defineEvent(
  "Deposited",
  () => z.object({ amount: z.int().check(z.positive()), memo: z.string() }),
  {
    schemaVersion: 2,
    upcasters: { 1: (data) => ({ amount: (data as { cents: number }).cents, memo: "" }) },
  },
);
export const Withdrawn = defineEvent("Withdrawn", () => z.object({ amount: z.int().check(z.positive()) }));
export const AccountClosed = defineEvent("AccountClosed", () => z.object({}));

export type LedgerEvent =
  | EventOf<typeof AccountOpened>
  | EventOf<typeof Deposited>
  | EventOf<typeof Withdrawn>
  | EventOf<typeof AccountClosed>;

export const ledgerCatalog = eventCatalog(AccountOpened, Deposited, Withdrawn, AccountClosed);

/** The metadata of the ledger events a test appends by hand: one actor, one moment. */
export const ledgerMeta = {
  actor: "test",
  occurredAt: "2026-03-01T10:00:00.000Z",
  correlationId: newId(),
  causationId: null,
};
/** Ledger events as a test appends them, each with an id of its own. */
export const opened = (owner: string) => pending({ type: "AccountOpened", data: { owner } }, ledgerMeta);
export const deposit = (amount: number) =>
  pending({ type: "Deposited", data: { amount, memo: "" } }, ledgerMeta);

export type LedgerCommand =
  | { type: "Open"; owner: string }
  | { type: "Deposit"; amount: number; memo?: string }
  | { type: "Withdraw"; amount: number }
  | { type: "Close" };

export interface Account {
  status: "new" | "open" | "closed";
  owner: string;
  balance: number;
}

export class AccountNotOpen extends MeetstreamError {
  readonly code = "ACCOUNT_NOT_OPEN";
}

export class InsufficientFunds extends MeetstreamError {
  readonly code = "INSUFFICIENT_FUNDS";
}

export const ledgerDecider: Decider<Account, LedgerCommand, LedgerEvent> = {
  initialState: { status: "new", owner: "", balance: 0 },
  decide(command, account) {
    if (command.type === "Open")
      return account.status === "new" ? [AccountOpened({ owner: command.owner })] : [];
    if (account.status !== "open") throw new AccountNotOpen("the account is not open");
    switch (command.type) {
      case "Deposit":
        return [Deposited({ amount: command.amount, memo: command.memo ?? "" })];
      case "Withdraw":
        if (command.amount > account.balance)
          throw new InsufficientFunds("the balance does not cover the withdrawal");
        return [Withdrawn({ amount: command.amount })];
      case "Close":
        return [AccountClosed({})];
    }
  },
  evolve(account, event) {
    switch (event.type) {
      case "AccountOpened":
        return { status: "open", owner: event.data.owner, balance: 0 };
      case "Deposited":
        return { ...account, balance: account.balance + event.data.amount };
      case "Withdrawn":
        return { ...account, balance: account.balance - event.data.amount };
      case "AccountClosed":
        return { ...account, status: "closed" };
    }
  },
};

interface AccountSummary {
  owner: string;
  balance: number;
  closed: boolean;
}

interface DepositDocument {
  version: number;
  amount: number;
  memo: string;
}

const summaryKey = (streamId: string): DocumentKey => ({ partition: streamId, sort: "summary" });

const depositKey = (streamId: string, version: number): DocumentKey => ({
  partition: streamId,
  sort: `deposit#${String(version).padStart(8, "0")}`,
});

const summaryDocuments: DocumentKind<LedgerEvent, AccountSummary> = {
  touches: (event) => [summaryKey(event.streamId)],
  evolve({ body }, event) {
    const summary = body ?? { owner: "", balance: 0, closed: false };
    const next = (changed: AccountSummary): DocumentChange<AccountSummary> => ({
      type: "upsert",
      body: changed,
      indexes: changed.closed ? {} : { first: { partition: `owner#${changed.owner}`, sort: event.streamId } },
    });
    switch (event.type) {
      case "AccountOpened":
        return next({ ...summary, owner: event.data.owner });
      case "Deposited":
        return next({ ...summary, balance: summary.balance + event.data.amount });
      case "Withdrawn":
        return next({ ...summary, balance: summary.balance - event.data.amount });
      case "AccountClosed":
        return next({ ...summary, closed: true });
    }
  },
};

const depositDocuments: DocumentKind<LedgerEvent, DepositDocument> = {
  touches(event) {
    switch (event.type) {
      case "Deposited":
        return [depositKey(event.streamId, event.version)];
      case "AccountClosed":
        return [{ partition: event.streamId, beginsWith: "deposit#" }];
      default:
        return [];
    }
  },
  evolve({ key }, event) {
    switch (event.type) {
      case "Deposited":
        return {
          type: "upsert",
          body: { version: event.version, ...event.data },
          indexes: {
            second: {
              partition: "deposits",
              sort: `${String(event.data.amount).padStart(10, "0")}#${key.partition}`,
            },
          },
        };
      case "AccountClosed":
        return { type: "delete" };
      default:
        return { type: "unchanged" };
    }
  },
};

/**
 * One summary document per account (listed by owner while open) and one document per deposit;
 * closing the account removes the deposit documents.
 */
export const accountsProjection: DocumentProjection<LedgerEvent> = {
  name: "accounts",
  categories: ["account"],
  kinds: [summaryDocuments, depositDocuments],
};
