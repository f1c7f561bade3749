import { describe, expect, test } from "vitest";
import { fieldErrorsOf, fieldLabelOf, formValuesOf, localErrorsOf, profileInputOf } from "./profile-form";

const profile = {
  id: "member-1",
  handle: "ada",
  displayName: "Ada",
  bio: "",
  links: [{ label: "Site", url: "https://ada.example" }],
  avatarUrl: null,
};

describe("the profile form", () => {
  test("starts from the profile as it is, with empty strings for what is not set", () => {
    expect(formValuesOf({ ...profile, handle: null })).toEqual({
      displayName: "Ada",
      handle: "",
      bio: "",
      links: [{ label: "Site", url: "https://ada.example" }],
      avatarUrl: "",
    });
  });

  test("sends trimmed values, a lower-case handle, and no avatar as null", () => {
    const { input } = profileInputOf({
      displayName: "  Ada Lovelace ",
      handle: " Ada-L ",
      bio: " Engines. ",
      links: [],
      avatarUrl: "  ",
    });
    expect(input).toEqual({
      displayName: "Ada Lovelace",
      handle: "ada-l",
      bio: "Engines.",
      links: [],
      avatarUrl: null,
    });
  });

  test("leaves the handle out when the field is blank: a handle cannot be removed", () => {
    expect(profileInputOf({ ...formValuesOf(profile), handle: "" }).input).not.toHaveProperty("handle");
  });

  test("drops blank link rows and remembers which row each sent link came from", () => {
    const { input, linkRows } = profileInputOf({
      ...formValuesOf(profile),
      links: [
        { label: "", url: "" },
        { label: "Slides", url: "https://slides.example" },
        { label: " ", url: " " },
        { label: "Blog", url: "ftp://blog.example" },
      ],
    });
    expect(input.links).toEqual([
      { label: "Slides", url: "https://slides.example" },
      { label: "Blog", url: "ftp://blog.example" },
    ]);
    expect(linkRows).toEqual([1, 3]);
  });

  test("puts the API's issues on the fields they are about, link issues on the row the member typed", () => {
    const errors = fieldErrorsOf(
      [
        { path: ["handle"], message: "must be 3 to 30 lower-case letters" },
        { path: ["links", "1", "url"], message: "must be an http or https URL" },
        { path: [], message: "Nothing to change." },
      ],
      [1, 3],
    );
    expect(errors).toEqual({
      handle: "Must be 3 to 30 lower-case letters.",
      "links.3.url": "Must be an http or https URL.",
      form: "Nothing to change.",
    });
  });

  test("names each field as the form labels it", () => {
    expect(["displayName", "avatarUrl", "links", "links.0.label", "links.4.url"].map(fieldLabelOf)).toEqual([
      "Display name",
      "Avatar address",
      "Links",
      "Link 1 label",
      "Link 5 address",
    ]);
  });

  test("catches a missing name and half-filled links before asking the API", () => {
    expect(
      localErrorsOf({
        ...formValuesOf(profile),
        displayName: " ",
        links: [
          { label: "Site", url: "" },
          { label: "", url: "https://ada.example" },
          { label: "", url: "" },
        ],
      }),
    ).toEqual({
      displayName: "Enter the name people will see.",
      "links.0.url": "Add the address this link points to.",
      "links.1.label": "Give this link a label.",
    });
  });
});
