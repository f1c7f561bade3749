import { expect, test } from "vitest";
import { uploadRefusalWords } from "./upload-kinds";

test("a refused upload says what was wrong with the file just chosen, for its kind", () => {
  const wrongType = { code: "UPLOAD_WRONG_TYPE", message: "The file is not a PDF." };
  expect(uploadRefusalWords("SLIDES", wrongType)).toBe("That file is not a PDF: nothing was attached.");
  expect(uploadRefusalWords("PHOTO", wrongType)).toBe(
    "That file is not a JPEG, PNG or WebP image: nothing was attached.",
  );
  expect(uploadRefusalWords("PHOTO", { code: "UPLOAD_TOO_LARGE", message: "", maxBytes: 2097152 })).toBe(
    "That file is larger than 2 MB: nothing was attached.",
  );
  expect(uploadRefusalWords("SLIDES", { code: "UPLOAD_TOO_LARGE", message: "" })).toBe(
    "That file is larger than 20 MB: nothing was attached.",
  );
});

test("a refusal that is not an upload's keeps the words given for it", () => {
  expect(
    uploadRefusalWords("SLIDES", { code: "NOT_A_SPEAKER", message: "api" }, () => "Only a speaker may."),
  ).toBe("Only a speaker may.");
});
