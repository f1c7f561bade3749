import { describe, expect, test } from "vitest";
import {
  type Account,
  AccountClosed,
  AccountNotOpen,
  AccountOpened,
  Deposited,
  InsufficientFunds,
  type LedgerCommand,
  type LedgerEvent,
  ledgerDecider,
  Withdrawn,
} from "../testing/ledger";
import { deciderSpecification } from "./given-when-then";

const { given } = deciderSpecification(ledgerDecider);

const opened = AccountOpened({ owner: "ann" });
const deposited = (amount: number) => Deposited({ amount, memo: "" });

/** The assertion error a specification raises, or a failure of this test when it raises none. */
function failureOf(specification: () => void): Error {
  try {
    specification();
  } catch (error) {
    return error as Error;
  }
  throw new Error("the specification passed, but it should have failed");
}

describe("a decider specification passes", () => {
  test("when the command decides exactly the expected events", () =>
    given(opened, deposited(5))
      .when({ type: "Withdraw", amount: 3 })
      .then(Withdrawn({ amount: 3 })));

  test("when the command is rejected with the expected error", () =>
    given(opened, deposited(5)).when({ type: "Withdraw", amount: 10 }).thenThrows(InsufficientFunds));

  test("when the command changes nothing and nothing is expected", () =>
    given(opened).when({ type: "Open", owner: "bob" }).thenNothing());

  test("with a state folded from every given event, in order", () =>
    given(opened, deposited(5), Withdrawn({ amount: 5 }), AccountClosed({}))
      .when({ type: "Deposit", amount: 1 })
      .thenThrows(AccountNotOpen));

  test("from the initial state when nothing is given", () =>
    given()
      .when({ type: "Open", owner: "ann" })
      .then(AccountOpened({ owner: "ann" })));
});

describe("a decider specification fails", () => {
  test("when the command decides other events than expected", () => {
    const failure = failureOf(() =>
      given(opened, deposited(5))
        .when({ type: "Withdraw", amount: 3 })
        .then(Withdrawn({ amount: 4 })),
    );
    expect(failure.name).toBe("AssertionError");
  });

  test("when the command decides more events than expected", () => {
    const failure = failureOf(() => given(opened).when({ type: "Deposit", amount: 3 }).then());
    expect(failure.name).toBe("AssertionError");
  });

  test("when the expected events come in another order", () => {
    const twoEvents = deciderSpecification<Account, LedgerCommand, LedgerEvent>({
      ...ledgerDecider,
      decide: () => [deposited(1), deposited(2)],
    });
    const failure = failureOf(() =>
      twoEvents.given().when({ type: "Deposit", amount: 1 }).then(deposited(2), deposited(1)),
    );
    expect(failure.name).toBe("AssertionError");
  });

  test("when an expected rejection does not happen", () => {
    const failure = failureOf(() =>
      given(opened, deposited(50)).when({ type: "Withdraw", amount: 10 }).thenThrows(InsufficientFunds),
    );
    expect(failure.name).toBe("AssertionError");
  });

  test("when the command is rejected by another rule than expected", () => {
    const failure = failureOf(() =>
      given().when({ type: "Withdraw", amount: 10 }).thenThrows(InsufficientFunds),
    );
    expect(failure.name).toBe("AssertionError");
  });

  test("when nothing is expected but the command decides events", () => {
    const failure = failureOf(() => given(opened).when({ type: "Deposit", amount: 1 }).thenNothing());
    expect(failure.name).toBe("AssertionError");
  });

  test("with the decider's own error when events are expected but the command is rejected", () => {
    const failure = failureOf(() =>
      given(opened)
        .when({ type: "Withdraw", amount: 10 })
        .then(Withdrawn({ amount: 10 })),
    );
    expect(failure).toBeInstanceOf(InsufficientFunds);
  });
});
