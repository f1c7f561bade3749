import { type FormEvent, useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { tagsOf } from "../community/community-form";
import { CommandFailure } from "../components/command-failure";
import { ErrorSummary, type FieldErrors, FormField, fieldErrorsOf } from "../components/form-field";
import { MarkdownField } from "../components/markdown-field";
import { useCommand } from "../graphql/command";
import type { CallSummary } from "./call-documents";
import {
  EditProposalMutation,
  type SpeakerProposal,
  SubmitDraftProposalMutation,
  SubmitProposalMutation,
} from "./proposal-documents";
import { formatWords, levelWords, proposalRefusal } from "./proposal-words";

type TalkLevel = SpeakerProposal["level"];

interface ProposalFormValues {
  title: string;
  abstract: string;
  formatId: string;
  level: TalkLevel;
  tags: string;
  coSpeakerHandles: string;
  note: string;
}

const labels: Record<string, string> = {
  title: "Title",
  abstract: "Abstract",
  formatId: "Format",
  level: "Level",
  tags: "Tags",
  coSpeakerHandles: "Co-speakers",
  note: "Note to the organisers",
};

const idOf = (field: string) => `proposal-${field}`;

/** "@ann, bob" → ["ann", "bob"]: handles as a person types them, the "@" optional. */
export function handlesOf(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((handle) => handle.trim().replace(/^@/, ""))
    .filter((handle) => handle !== "");
}

/** What the notice on My proposals says after the form went through. */
export type ProposalNotice = "proposal-submitted" | "proposal-drafted" | "proposal-saved";

/**
 * Proposes a talk to a call, or edits the member's own proposal when given it. A draft may be saved
 * before the call opens and submitted while it is open; the API's refusals land on their fields.
 */
export function ProposalForm({ call, proposal }: { call: CallSummary; proposal?: SpeakerProposal }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<ProposalFormValues>(() => ({
    title: proposal?.title ?? "",
    abstract: proposal?.abstract ?? "",
    formatId: proposal?.formatId ?? call.formats[0]?.id ?? "",
    level: proposal?.level ?? "BEGINNER",
    tags: proposal?.tags.join(", ") ?? "",
    coSpeakerHandles:
      proposal?.coSpeakers
        ?.filter((coSpeaker) => coSpeaker.status !== "DECLINED")
        .map((coSpeaker) => coSpeaker.member?.handle)
        .filter((handle) => handle)
        .join(", ") ?? "",
    note: proposal?.note ?? "",
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const onFields = {
    onInvalidProposal: (invalid: { issues: readonly { path: readonly string[]; message: string }[] }) =>
      setErrors(fieldErrorsOf(invalid.issues)),
    onUnknownHandle: (unknown: { unknownHandle: string }) =>
      setErrors({ coSpeakerHandles: `No member has the handle @${unknown.unknownHandle}.` }),
    onFormatNotOffered: () => setErrors({ formatId: "The call does not offer this format (any more)." }),
    words: proposalRefusal,
  };
  const submitting = useCommand(SubmitProposalMutation, onFields);
  const editing = useCommand(EditProposalMutation, onFields);
  const submittingDraft = useCommand(SubmitDraftProposalMutation, {
    onFormatNotOffered: onFields.onFormatNotOffered,
    words: proposalRefusal,
  });
  const commands = [submitting, editing, submittingDraft];
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const busy = commands.some((command) => command.fetching);
  const rejection = commands.find((command) => command.rejection !== null)?.rejection;

  const errorCount = Object.keys(errors).length + (rejection ? 1 : 0);
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const set = <Field extends keyof ProposalFormValues>(field: Field, value: ProposalFormValues[Field]) => {
    idempotencyKey.current = crypto.randomUUID();
    setValues((current) => ({ ...current, [field]: value }));
  };

  const save = async (draft: boolean) => {
    for (const command of commands) command.clear();
    const local: FieldErrors = {};
    if (values.title.trim().length < 3) local.title = "Give the talk a title of 3 to 120 characters.";
    if (values.abstract.trim() === "") local.abstract = "Say what the talk is about.";
    if (handlesOf(values.coSpeakerHandles).length > 3) local.coSpeakerHandles = "At most 3 co-speakers.";
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    const details = {
      title: values.title.trim(),
      abstract: values.abstract.trim(),
      formatId: values.formatId,
      level: values.level,
      tags: tagsOf(values.tags),
      coSpeakerHandles: handlesOf(values.coSpeakerHandles),
      note: values.note.trim(),
    };
    // The list of my proposals is read again wherever it was shown.
    const context = { additionalTypenames: ["Proposal", "MeProposalsConnection"] };
    let notice: ProposalNotice;
    if (!proposal) {
      const outcome = await submitting.run(
        { input: { callId: call.id, ...details }, draft, idempotencyKey: idempotencyKey.current },
        context,
      );
      if (!outcome) return;
      notice = draft ? "proposal-drafted" : "proposal-submitted";
    } else {
      const edited = await editing.run(
        { proposalId: proposal.id, input: details, idempotencyKey: idempotencyKey.current },
        context,
      );
      if (!edited) return;
      notice = "proposal-saved";
      if (proposal.status === "DRAFT" && !draft) {
        const submitted = await submittingDraft.run({ proposalId: proposal.id }, context);
        if (!submitted) return;
        notice = "proposal-submitted";
      }
    }
    navigate("/me/proposals", { state: { notice } });
  };

  // Before the call opens a proposal can only wait as a draft; the API would refuse a submission.
  const submits = call.accepting || (proposal !== undefined && proposal.status !== "DRAFT");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(!submits);
  };

  const title = proposal ? "The proposal was not saved" : "The proposal was not sent";
  const isDraft = !proposal || proposal.status === "DRAFT";
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="proposal-form-heading">
      <h2 id="proposal-form-heading">{proposal ? "Your proposal" : "Propose a talk"}</h2>
      <ErrorSummary title={title} errors={errors} labels={labels} idOf={idOf} summaryRef={summary} />
      <CommandFailure title={title} commands={commands} />

      <FormField id={idOf("title")} label="Title" hint="3 to 120 characters." error={errors.title}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={120}
            required
            value={values.title}
            onChange={(event) => set("title", event.target.value)}
          />
        )}
      </FormField>
      <MarkdownField
        id={idOf("abstract")}
        label="Abstract"
        purpose="What the talk is about, for the programme."
        maximumLength={10_000}
        value={values.abstract}
        error={errors.abstract}
        onChange={(abstract) => set("abstract", abstract)}
      />
      <fieldset
        className="field-group"
        id={idOf("formatId")}
        aria-describedby={errors.formatId ? `${idOf("formatId")}-error` : undefined}
      >
        <legend>Format</legend>
        {call.formats.map((format) => (
          <label key={format.id} className="choice">
            <input
              type="radio"
              name="formatId"
              value={format.id}
              checked={values.formatId === format.id}
              onChange={() => set("formatId", format.id)}
            />
            {formatWords(format)}
          </label>
        ))}
        {errors.formatId && (
          <p className="field__error" id={`${idOf("formatId")}-error`}>
            {errors.formatId}
          </p>
        )}
      </fieldset>
      <FormField id={idOf("level")} label="Level" hint="Who the talk is for." error={errors.level}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={values.level}
            onChange={(event) => set("level", event.target.value as TalkLevel)}
          >
            {Object.entries(levelWords).map(([level, words]) => (
              <option key={level} value={level}>
                {words}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={idOf("tags")}
        label="Tags"
        hint="Up to 10, separated by commas, such as serverless, testing."
        error={errors.tags}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            autoCapitalize="none"
            value={values.tags}
            onChange={(event) => set("tags", event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={idOf("coSpeakerHandles")}
        label="Co-speakers"
        hint="Up to 3 members by handle, separated by commas, such as @sanne. Each is asked to accept."
        error={errors.coSpeakerHandles}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            autoCapitalize="none"
            spellCheck={false}
            value={values.coSpeakerHandles}
            onChange={(event) => set("coSpeakerHandles", event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={idOf("note")}
        label="Note to the organisers"
        hint="Private: only the organisers and your co-speakers read it, never reviewers or the public."
        error={errors.note}
      >
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={3}
            maxLength={2000}
            value={values.note}
            onChange={(event) => set("note", event.target.value)}
          />
        )}
      </FormField>
      {!submits && (
        <p className="muted">
          The call is not open yet: save your proposal as a draft and submit it once it opens.
        </p>
      )}
      <div className="button-row">
        {submits && (
          <button type="submit" className="button" disabled={busy}>
            {isDraft ? "Submit proposal" : "Save changes"}
          </button>
        )}
        {isDraft && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void save(true)}
          >
            Save as draft
          </button>
        )}
      </div>
    </form>
  );
}
