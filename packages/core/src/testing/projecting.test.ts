import { describe, expect, test } from "vitest";
import { AccountClosed, AccountOpened, accountsProjection, Deposited, type LedgerEvent } from "./ledger";
import { projectionSpecification } from "./projecting";

const { given } = projectionSpecification(accountsProjection, "account-1");

const opened = AccountOpened({ owner: "ann" });
const deposited = (amount: number): LedgerEvent => Deposited({ amount, memo: "" });
const summary = (version: number, balance: number, closed = false) => ({
  key: { partition: "account-1", sort: "summary" },
  version,
  body: { owner: "ann", balance, closed },
  indexes: closed ? {} : { first: { partition: "owner#ann", sort: "account-1" } },
});
const deposit = (version: number, amount: number) => ({
  key: { partition: "account-1", sort: `deposit#${String(version).padStart(8, "0")}` },
  version,
  body: { version, amount, memo: "" },
  indexes: { second: { partition: "deposits", sort: `${String(amount).padStart(10, "0")}#account-1` } },
});

/** The assertion error a specification raises, or a failure of this test when it raises none. */
function failureOf(specification: () => void): Error {
  try {
    specification();
  } catch (error) {
    return error as Error;
  }
  throw new Error("the specification passed, but it should have failed");
}

describe("a projection specification passes", () => {
  test("when the events leave exactly the expected documents, in key order", () =>
    given(opened, deposited(5)).then(deposit(2, 5), summary(2, 5)));

  test("when the documents have at least the fields expected", () =>
    given(opened, deposited(5)).thenMatching({ version: 2, body: { amount: 5 } }, { body: { balance: 5 } }));

  test("when the events leave nothing and nothing is expected", () => given().thenNothing());

  test("with every document, tombstones included, for a check of the test's own", () =>
    given(opened, deposited(5), AccountClosed({})).thenDocuments((documents) =>
      expect(documents.map((document) => document.body === null)).toEqual([true, false]),
    ));
});

describe("a projection specification fails", () => {
  test("when a document differs from the expected one", () =>
    expect(failureOf(() => given(opened, deposited(5)).then(deposit(2, 6), summary(2, 5))).name).toBe(
      "AssertionError",
    ));

  test("when the events leave more documents than expected", () =>
    expect(failureOf(() => given(opened, deposited(5)).then(summary(2, 5))).name).toBe("AssertionError"));

  test("when the expected documents come in another order", () =>
    expect(failureOf(() => given(opened, deposited(5)).then(summary(2, 5), deposit(2, 5))).name).toBe(
      "AssertionError",
    ));

  test("when nothing is expected but the events leave documents", () =>
    expect(failureOf(() => given(opened).thenNothing()).name).toBe("AssertionError"));
});
