import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { CommandFailure } from "../components/command-failure";
import { ErrorSummary, type FieldErrors, FormField, fieldErrorsOf } from "../components/form-field";
import { MarkdownField } from "../components/markdown-field";
import { useCommand } from "../graphql/command";
import { type Community, EditCommunityMutation, FoundCommunityMutation } from "./community-documents";

interface CommunityFormValues {
  name: string;
  slug: string;
  description: string;
  tags: string;
  joinMode: "OPEN" | "APPROVAL";
}

const labels: Record<string, string> = {
  name: "Name",
  slug: "Address",
  description: "Description",
  tags: "Tags",
  joinMode: "Who may join",
};

const idOf = (field: string) => `community-${field}`;

/** "Rust, web  assembly" → ["rust", "web-assembly"]: tags are lower-case words joined by hyphens. */
export function tagsOf(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, "-"))
    .filter((tag) => tag !== "");
}

/** Founds a community, or edits one when given it. The API's field errors land on their fields. */
export function CommunityForm({ community }: { community?: Community }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<CommunityFormValues>(() => ({
    name: community?.name ?? "",
    slug: community?.slug ?? "",
    description: community?.description ?? "",
    tags: community?.tags.join(", ") ?? "",
    joinMode: community?.joinMode ?? "OPEN",
  }));
  const [slugEdited, setSlugEdited] = useState(community !== undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  // The API's rejections of what was typed land on their fields.
  const onFields = {
    onInvalidCommunity: (invalid: { issues: readonly { path: readonly string[]; message: string }[] }) =>
      setErrors(fieldErrorsOf(invalid.issues)),
    onSlugTaken: (taken: { takenSlug: string }) =>
      setErrors({ slug: `/communities/${taken.takenSlug} is taken. Try another address.` }),
  };
  const founding = useCommand(FoundCommunityMutation, onFields);
  const editing = useCommand(EditCommunityMutation, onFields);
  const summary = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const busy = founding.fetching || editing.fetching;
  const rejection = founding.rejection ?? editing.rejection;

  const errorCount = Object.keys(errors).length + (rejection ? 1 : 0);
  useEffect(() => {
    if (errorCount > 0) summary.current?.focus();
  }, [errorCount]);

  const set = (field: keyof CommunityFormValues, value: string) => {
    idempotencyKey.current = crypto.randomUUID();
    setSaved(false);
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === "name" && !slugEdited) next.slug = slugOf(value);
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    founding.clear();
    editing.clear();
    setSaved(false);
    const local: FieldErrors = {};
    if (values.name.trim() === "") local.name = "Give the community a name.";
    if (values.slug.trim() === "") local.slug = "Choose the community's address.";
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    const input = {
      name: values.name.trim(),
      slug: values.slug.trim().toLowerCase(),
      description: values.description.trim(),
      tags: tagsOf(values.tags),
      joinMode: values.joinMode,
    };
    const outcome = community
      ? await editing.run({ communityId: community.id, input, idempotencyKey: idempotencyKey.current })
      : // The founder now organises it: `me` (and so the console's guard) must be read again.
        await founding.run(
          { input, idempotencyKey: idempotencyKey.current },
          { additionalTypenames: ["Me"] },
        );
    if (!outcome) return;
    if (community && outcome.slug === community.slug) setSaved(true);
    else navigate(`/admin/communities/${outcome.slug}`, { state: { notice: "community-saved" } });
  };

  const title = community ? "The community was not saved" : "The community was not founded";
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="community-form-heading">
      <h2 id="community-form-heading">{community ? "Details" : "Your new community"}</h2>
      <ErrorSummary title={title} errors={errors} labels={labels} idOf={idOf} summaryRef={summary} />
      <CommandFailure title={title} commands={[founding, editing]} />
      {saved && (
        <p className="notice notice--success" role="status">
          Saved.
        </p>
      )}

      <FormField id={idOf("name")} label="Name" hint="3 to 80 characters." error={errors.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={80}
            required
            value={values.name}
            onChange={(event) => set("name", event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={idOf("slug")}
        label="Address"
        hint="3 to 40 lower-case letters, digits or hyphens."
        error={errors.slug}
      >
        {(control) => (
          <div className="input-with-prefix">
            <span className="input-with-prefix__prefix" aria-hidden="true">
              /communities/
            </span>
            <input
              {...control}
              className="input"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={40}
              value={values.slug}
              onChange={(event) => {
                setSlugEdited(true);
                set("slug", event.target.value);
              }}
            />
          </div>
        )}
      </FormField>
      <MarkdownField
        id={idOf("description")}
        label="Description"
        purpose="What the community is about."
        maximumLength={5000}
        value={values.description}
        error={errors.description}
        onChange={(description) => set("description", description)}
      />
      <FormField
        id={idOf("tags")}
        label="Tags"
        hint="Up to 10, separated by commas, such as rust, systems, berlin."
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
      <fieldset className="field-group" id={idOf("joinMode")}>
        <legend>Who may join</legend>
        <label className="choice">
          <input
            type="radio"
            name="joinMode"
            value="OPEN"
            checked={values.joinMode === "OPEN"}
            onChange={() => set("joinMode", "OPEN")}
          />
          Anyone, at once
        </label>
        <label className="choice">
          <input
            type="radio"
            name="joinMode"
            value="APPROVAL"
            checked={values.joinMode === "APPROVAL"}
            onChange={() => set("joinMode", "APPROVAL")}
          />
          Anyone who asks, once an organiser approves
        </label>
        {errors.joinMode && <p className="field__error">{errors.joinMode}</p>}
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : community ? "Save community" : "Found community"}
        </button>
        <Link
          to={community ? `/communities/${community.slug}` : "/admin/communities"}
          className="button button--quiet"
        >
          {community ? "View its page" : "Cancel"}
        </Link>
      </div>
    </form>
  );
}

/** A suggested address from the name: "Rust Berlin!" → "rust-berlin". */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
