import { type ChangeEvent, useEffect, useId, useState } from "react";
import { useCommand } from "../graphql/command";
import { plainRefusal } from "../graphql/refusal-words";
import { fileSizeWords } from "../upload/file-size";
import { uploadKinds, uploadRefusalWords } from "../upload/upload-kinds";
import { useUpload } from "../upload/use-upload";
import { RemoveSpeakerPhotoMutation, SetSpeakerPhotoMutation } from "./speaker-documents";

const photoLimit = fileSizeWords(uploadKinds.PHOTO.maxBytes);

/** The browser's own address for a chosen file, to preview it before it is sent; let go when done with. */
function usePreview(file: File | null): string | null {
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setPreview(null);
      return;
    }
    const address = URL.createObjectURL(file);
    setPreview(address);
    return () => URL.revokeObjectURL(address);
  }, [file]);
  return preview;
}

/**
 * The speaker's photo: the one set now, a preview of the one being sent, and the refusals in words. It is
 * set (or removed) at once, apart from the profile form, since an upload is not undone by "Cancel".
 */
export function SpeakerPhotoPicker({ photoUrl }: { photoUrl: string | null }) {
  const id = useId();
  const upload = useUpload("PHOTO");
  const words = (refusal: { code?: unknown; message: string; maxBytes?: number }) =>
    uploadRefusalWords("PHOTO", refusal, plainRefusal);
  const setting = useCommand(SetSpeakerPhotoMutation, { words });
  const removing = useCommand(RemoveSpeakerPhotoMutation, { words });
  const [chosen, setChosen] = useState<File | null>(null);
  const [done, setDone] = useState<"set" | "removed" | null>(null);
  const preview = usePreview(chosen);
  const busy = upload.step.step === "uploading" || setting.fetching || removing.fetching;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setDone(null);
    setting.clear();
    removing.clear();
    setChosen(file);
    const uploadId = await upload.send(file);
    if (!uploadId) return setChosen(null);
    const set = await setting.run({ uploadId });
    upload.reset();
    setChosen(null);
    if (set) setDone("set");
  };

  const remove = async () => {
    setDone(null);
    upload.reset();
    setting.clear();
    if (await removing.run({})) setDone("removed");
  };

  const refusal =
    upload.step.step === "refused" ? upload.step.words : (setting.rejection ?? removing.rejection);
  const failed = setting.error ?? removing.error;
  const progress =
    upload.step.step === "uploading"
      ? `Uploading your photo… ${upload.step.percent} %`
      : setting.fetching
        ? "Checking your photo…"
        : removing.fetching
          ? "Removing your photo…"
          : done === "set"
            ? "Your photo is set."
            : done === "removed"
              ? "Your photo is removed."
              : "";
  const shown = preview ?? photoUrl;

  return (
    <section className="card speaker-photo-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Photo</h2>
      <div className="speaker-photo-picker">
        {shown ? (
          <img
            className="speaker-photo"
            src={shown}
            alt={preview ? "Preview of your new photo" : "Your photo"}
            width={96}
            height={96}
          />
        ) : (
          <span className="speaker-photo" aria-hidden="true" />
        )}
        <div className="stack stack--tight speaker-photo-picker__controls">
          {!photoUrl && !preview && (
            <p className="muted">No photo yet: your speaker page shows your initials.</p>
          )}
          <div className="field">
            <label className="field__label" htmlFor={`${id}-file`}>
              {photoUrl ? "Choose another photo" : "Choose a photo"}
            </label>
            <p className="field__hint" id={`${id}-hint`}>
              A JPEG, PNG or WebP image of up to {photoLimit}, shown square.
            </p>
            <input
              id={`${id}-file`}
              className="file-input"
              type="file"
              accept={uploadKinds.PHOTO.accept}
              disabled={busy}
              aria-describedby={refusal ? `${id}-hint ${id}-refusal` : `${id}-hint`}
              aria-invalid={refusal ? true : undefined}
              onChange={(event) => void choose(event)}
            />
            {refusal && (
              <p className="field__error" id={`${id}-refusal`} role="alert">
                {refusal}
              </p>
            )}
          </div>
          <p className="upload-status" role="status">
            {failed ? "That did not go through: check your connection and try again." : progress}
          </p>
          {photoUrl && (
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void remove()}
              >
                Remove the photo
              </button>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
