import { expect, test } from "vitest";
import { fileSizeWords } from "./file-size";

test("a file's size reads in the units its limit is set in", () => {
  expect(fileSizeWords(1)).toBe("1 byte");
  expect(fileSizeWords(57)).toBe("57 bytes");
  expect(fileSizeWords(340 * 1024)).toBe("340 KB");
  expect(fileSizeWords(1024 * 1024 - 1)).toBe("1 MB");
  expect(fileSizeWords(1.2 * 1024 * 1024)).toBe("1.2 MB");
  expect(fileSizeWords(2 * 1024 * 1024)).toBe("2 MB");
  expect(fileSizeWords(20 * 1024 * 1024)).toBe("20 MB");
});
