import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { PersonalDataNotAuthentic } from "./errors";
import { decryptPersonalData, encryptPersonalData, isSealedPersonalData } from "./personal-data";

const key = randomBytes(32);

describe("personal data", () => {
  test("opens with the subject's key to the text that was sealed", () => {
    const sealed = encryptPersonalData(key, "ann", "Ann Lovelace ✨");
    expect(isSealedPersonalData(sealed)).toBe(true);
    expect(sealed).not.toContain("Ann");
    expect(decryptPersonalData(key, "ann", sealed)).toBe("Ann Lovelace ✨");
  });

  test("sealing the same text twice gives different text, so equal values cannot be spotted", () => {
    expect(encryptPersonalData(key, "ann", "Ann")).not.toBe(encryptPersonalData(key, "ann", "Ann"));
  });

  test("reads as undefined once the key is gone", () => {
    expect(decryptPersonalData(undefined, "ann", encryptPersonalData(key, "ann", "Ann"))).toBeUndefined();
  });

  test("does not open for another subject, even with the same key", () => {
    const sealed = encryptPersonalData(key, "ann", "Ann");
    expect(() => decryptPersonalData(key, "bob", sealed)).toThrow(PersonalDataNotAuthentic);
  });

  test("does not open with another key", () => {
    const sealed = encryptPersonalData(key, "ann", "Ann");
    expect(() => decryptPersonalData(randomBytes(32), "ann", sealed)).toThrow(PersonalDataNotAuthentic);
  });

  test("altered text is refused", () => {
    const sealed = encryptPersonalData(key, "ann", "Ann Lovelace");
    const last = sealed.at(-1) === "A" ? "B" : "A";
    expect(() => decryptPersonalData(key, "ann", `${sealed.slice(0, -1)}${last}`)).toThrow(
      PersonalDataNotAuthentic,
    );
    expect(() => decryptPersonalData(key, "ann", "Ann Lovelace")).toThrow(PersonalDataNotAuthentic);
  });

  test("the empty text seals and opens too", () => {
    expect(decryptPersonalData(key, "ann", encryptPersonalData(key, "ann", ""))).toBe("");
  });
});
