import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { FormField } from "../components/form-field";
import { useCommand } from "../graphql/command";
import { fileSizeWords } from "../upload/file-size";
import { uploadKinds, uploadRefusalWords } from "../upload/upload-kinds";
import { useUpload } from "../upload/use-upload";
import {
  AttachSlidesMutation,
  LinkRecordingMutation,
  RemoveSlidesMutation,
  type SpeakerProposal,
  UnlinkRecordingMutation,
} from "./proposal-documents";
import { proposalRefusal } from "./proposal-words";
import { recordingHostWords } from "./recording-words";

/** My proposals reads again after each answer, so the card shows what is attached now. */
const refreshContext = { additionalTypenames: ["Proposal", "MeProposalsConnection"] };

/**
 * What the speakers of an accepted or confirmed talk attach to it: its slides (a PDF) and the address of
 * its recording. Each is shown as the public will see it, with a way to replace and remove it.
 */
export function TalkAttachmentsEditor({ proposal }: { proposal: SpeakerProposal }) {
  return (
    <div className="talk-attachments">
      <SlidesEditor proposal={proposal} />
      <RecordingEditor proposal={proposal} />
    </div>
  );
}

const slidesLimit = fileSizeWords(uploadKinds.SLIDES.maxBytes);

function SlidesEditor({ proposal }: { proposal: SpeakerProposal }) {
  const id = useId();
  const upload = useUpload("SLIDES");
  const words = (refusal: { code?: unknown; message: string; maxBytes?: number }) =>
    uploadRefusalWords("SLIDES", refusal, proposalRefusal);
  const attaching = useCommand(AttachSlidesMutation, { words });
  const removing = useCommand(RemoveSlidesMutation, { words });
  const [attachedName, setAttachedName] = useState<string | null>(null);
  const slides = proposal.slides;
  const busy = upload.step.step === "uploading" || attaching.fetching || removing.fetching;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file chosen again (after fixing it, say) is a change too.
    input.value = "";
    if (!file) return;
    setAttachedName(null);
    attaching.clear();
    removing.clear();
    const uploadId = await upload.send(file);
    if (!uploadId) return;
    const attached = await attaching.run({ proposalId: proposal.id, uploadId }, refreshContext);
    upload.reset();
    if (attached) setAttachedName(file.name);
  };

  const remove = async () => {
    setAttachedName(null);
    upload.reset();
    attaching.clear();
    await removing.run({ proposalId: proposal.id }, refreshContext);
  };

  const refusal =
    upload.step.step === "refused" ? upload.step.words : (attaching.rejection ?? removing.rejection);
  const progress =
    upload.step.step === "uploading"
      ? `Uploading your slides… ${upload.step.percent} %`
      : attaching.fetching
        ? "Checking and attaching your slides…"
        : removing.fetching
          ? "Removing your slides…"
          : attachedName && slides
            ? `Your slides are attached (${attachedName}).`
            : "";
  const failed = attaching.error ?? removing.error;

  return (
    <section className="talk-attachments__part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Slides</h3>
      {slides ? (
        <p>
          <a href={slides.url} type="application/pdf">
            Slides (PDF, {fileSizeWords(slides.bytes)})
          </a>
        </p>
      ) : (
        <p className="muted">No slides yet. Once attached, anyone who reads the talk can download them.</p>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          {slides
            ? `Replace the slides (PDF, up to ${slidesLimit})`
            : `Upload slides (PDF, up to ${slidesLimit})`}
        </label>
        <input
          id={`${id}-file`}
          className="file-input"
          type="file"
          accept={uploadKinds.SLIDES.accept}
          disabled={busy}
          aria-describedby={refusal ? `${id}-refusal` : undefined}
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
      {slides && (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void remove()}
          >
            Remove the slides
          </button>
        </div>
      )}
    </section>
  );
}

function RecordingEditor({ proposal }: { proposal: SpeakerProposal }) {
  const id = useId();
  const recording = proposal.recording;
  const [address, setAddress] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const linking = useCommand(LinkRecordingMutation, {
    words: proposalRefusal,
    onInvalidRecording: () =>
      setInvalid(
        "That is not an https address: give the address of the recording's page, starting with https://.",
      ),
  });
  const unlinking = useCommand(UnlinkRecordingMutation, { words: proposalRefusal });
  const busy = linking.fetching || unlinking.fetching;

  const link = async (event: FormEvent) => {
    event.preventDefault();
    setInvalid(null);
    unlinking.clear();
    const linked = await linking.run({ proposalId: proposal.id, url: address.trim() }, refreshContext);
    if (linked) setAddress("");
  };

  const rejection = linking.rejection ?? unlinking.rejection;
  const failed = linking.error ?? unlinking.error;
  return (
    <section className="talk-attachments__part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Recording</h3>
      {recording ? (
        <p>
          <a href={recording.url} rel="noopener noreferrer" target="_blank">
            The recording on {recordingHostWords(recording)}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : (
        <p className="muted">No recording linked yet.</p>
      )}
      <form className="stack stack--tight" onSubmit={(event) => void link(event)} noValidate>
        <FormField
          id={`${id}-address`}
          label={recording ? "Another recording's address" : "Recording address"}
          hint="The https address of its page on YouTube, Vimeo, PeerTube or any other site."
          error={invalid ?? undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={address}
              onChange={(event) => {
                setAddress(event.target.value);
                setInvalid(null);
              }}
            />
          )}
        </FormField>
        {rejection && (
          <p className="field__error" role="alert">
            {rejection}
          </p>
        )}
        {failed && (
          <p className="field__error" role="alert">
            That did not go through: check your connection and try again.
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {recording ? "Link this one instead" : "Link the recording"}
          </button>
          {recording && (
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => void unlinking.run({ proposalId: proposal.id }, refreshContext)}
            >
              Unlink the recording
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
