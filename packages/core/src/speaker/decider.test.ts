import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { newId } from "../ids/new-id";
import { type SpeakerCommand, speakerDecider } from "./decider";
import { SpeakerNotFound } from "./errors";
import { SpeakerProfileErased, SpeakerProfileUpdated } from "./events";
import type { SpeakerProfileInput } from "./profile";

const memberId = newId();
const update = (changes: SpeakerProfileInput): SpeakerCommand => ({
  type: "UpdateSpeakerProfile",
  memberId,
  changes,
});

const links = [{ label: "Blog", url: "https://ann.example" }];
const written = SpeakerProfileUpdated({
  headline: "Compilers, gently",
  bio: "Writes *compilers*.",
  links,
  photoKey: null,
});

describe("a speaker profile", () => {
  const { given } = deciderSpecification(speakerDecider);

  test("the first change records the whole profile, from an empty one", () =>
    given()
      .when(update({ headline: "Compilers, gently" }))
      .then(SpeakerProfileUpdated({ headline: "Compilers, gently", bio: "", links: [], photoKey: null })));

  test("a change keeps the fields it leaves out", () =>
    given(written)
      .when(update({ bio: "Writes interpreters too." }))
      .then(
        SpeakerProfileUpdated({
          headline: "Compilers, gently",
          bio: "Writes interpreters too.",
          links,
          photoKey: null,
        }),
      ));

  test("saving the profile unchanged records nothing", () =>
    given(written)
      .when(update({ headline: "Compilers, gently", links }))
      .thenNothing());

  test("an event recorded before photos reads as a profile without one", () =>
    given(SpeakerProfileUpdated({ headline: "Compilers, gently", bio: "", links: [] }))
      .when(update({ headline: "Compilers, gently" }))
      .thenNothing());

  test("a photo is set on the profile as it is, and replaced or removed", () => {
    const key = "uploads/photo/0f8e4a52-3c1b-4d2e-9a7f-1b2c3d4e5f60";
    given(written)
      .when({ type: "SetSpeakerPhoto", memberId, photoKey: key })
      .then(
        SpeakerProfileUpdated({
          headline: "Compilers, gently",
          bio: "Writes *compilers*.",
          links,
          photoKey: key,
        }),
      );
    given(
      written,
      SpeakerProfileUpdated({
        headline: "Compilers, gently",
        bio: "Writes *compilers*.",
        links,
        photoKey: key,
      }),
    )
      .when({ type: "SetSpeakerPhoto", memberId, photoKey: null })
      .then(written);
    given(written).when({ type: "SetSpeakerPhoto", memberId, photoKey: null }).thenNothing();
  });

  test("an erased profile takes no photo", () =>
    given(written, SpeakerProfileErased({}))
      .when({
        type: "SetSpeakerPhoto",
        memberId,
        photoKey: "uploads/photo/0f8e4a52-3c1b-4d2e-9a7f-1b2c3d4e5f60",
      })
      .thenThrows(SpeakerNotFound));

  test("the member's erasure erases a written profile", () =>
    given(written).when({ type: "EraseSpeakerProfile", memberId }).then(SpeakerProfileErased({})));

  test("a member who never wrote a profile has none to erase", () =>
    given().when({ type: "EraseSpeakerProfile", memberId }).thenNothing());

  test("erasing again erases nothing more", () =>
    given(written, SpeakerProfileErased({})).when({ type: "EraseSpeakerProfile", memberId }).thenNothing());

  test("an erased profile is not written again", () =>
    given(written, SpeakerProfileErased({}))
      .when(update({ headline: "Back" }))
      .thenThrows(SpeakerNotFound));

  test("once the member's key is gone the profile reads as empty, and a new headline starts afresh", () =>
    given({ ...written, data: { headline: null, bio: null, links: null, photoKey: null } })
      .when(update({ headline: "Someone new" }))
      .then(SpeakerProfileUpdated({ headline: "Someone new", bio: "", links: [], photoKey: null })));
});
