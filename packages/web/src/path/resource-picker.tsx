import { type KeyboardEvent, useId, useState } from "react";
import { useQuery } from "urql";
import { useDebouncedValue } from "../components/debounced-value";
import type { PickedResource } from "./checkpoint-draft";
import { type CheckpointResourceHit, CheckpointResourceSearchQuery } from "./path-editor-documents";
import { resourceDetail, resourceKindWords, resourceTitle } from "./resource-words";

/** Typing pauses this long before the API is asked. */
const searchDelay = 250;
/** Fewer characters than this match too much to be worth asking about. */
const shortestSearch = 2;

/** A hit as the picker offers it: talks and meetups the viewer may no longer see are left out. */
function pickedOf(hit: CheckpointResourceHit): PickedResource | null {
  if (hit.__typename === "TalkResource" && hit.talk) return { kind: "talk", talk: hit.talk };
  if (hit.__typename === "MeetupResource" && hit.meetup) return { kind: "meetup", meetup: hit.meetup };
  return null;
}

const keyOf = (resource: PickedResource) =>
  resource.kind === "talk" ? `talk-${resource.talk.id}` : `meetup-${resource.meetup.id}`;

/**
 * A talk or a meetup of the community, found by words of its title as the curator types: a combobox with
 * its list of matches (ARIA's combobox pattern). The up and down keys move through the matches, Enter
 * picks one, Escape closes the list; a pointer picks with a click. The number of matches is announced.
 */
export function ResourcePicker({
  id,
  community,
  picked,
  error,
  onPick,
}: {
  id: string;
  community: { id: string; name: string };
  picked: PickedResource | null;
  error?: string | undefined;
  onPick(resource: PickedResource): void;
}) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebouncedValue(text.trim(), searchDelay);
  const searching = search.length >= shortestSearch;
  const [result] = useQuery({
    query: CheckpointResourceSearchQuery,
    variables: { communityId: community.id, text: search },
    pause: !searching,
  });
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const statusId = `${id}-status`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const settled = searching && search === text.trim() && !result.fetching && result.data !== undefined;
  const matches = settled
    ? (result.data?.checkpointResourceSearch ?? []).map(pickedOf).filter((hit) => hit !== null)
    : [];
  const expanded = open && matches.length > 0;

  const pick = (resource: PickedResource) => {
    onPick(resource);
    setText("");
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (matches.length === 0) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) =>
        !expanded
          ? step === 1
            ? 0
            : matches.length - 1
          : (current + step + matches.length) % matches.length,
      );
    } else if (event.key === "Enter") {
      // Enter in the search picks; it never sends the whole form.
      event.preventDefault();
      const chosen = expanded ? matches[active] : undefined;
      if (chosen) pick(chosen);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text !== "") {
        event.preventDefault();
        setText("");
      }
    }
  };

  const status = !searching
    ? ""
    : !settled
      ? "Searching…"
      : result.error
        ? "The search failed: type again to retry."
        : matches.length === 0
          ? `Nothing of ${community.name} matches “${search}”.`
          : `${matches.length === 1 ? "1 match" : `${matches.length} matches`}: use the up and down keys to choose, Enter to pick.`;

  return (
    <div className="field resource-picker">
      <label className="field__label" htmlFor={id}>
        Find a talk or meetup of {community.name}
      </label>
      <p className="field__hint" id={hintId}>
        Type a few words of its title.
      </p>
      {picked && (
        <p className="resource-picker__picked">
          <span className="badge">{resourceKindWords(picked)}</span> <strong>{resourceTitle(picked)}</strong>,{" "}
          <span className="muted">{resourceDetail(picked)}</span>
        </p>
      )}
      <div className="resource-picker__box">
        <input
          id={id}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={[hintId, statusId, error ? errorId : ""].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          placeholder={picked ? "Search for another one" : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <div
          id={listId}
          role="listbox"
          className="resource-picker__list"
          aria-label={`Talks and meetups of ${community.name}`}
          hidden={!expanded}
        >
          {matches.map((match, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input takes the keys (aria-activedescendant); an option never has the focus
            <div
              key={keyOf(match)}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              tabIndex={-1}
              className={`resource-picker__option${index === active ? " resource-picker__option--active" : ""}`}
              // The press would take the focus off the input (and close the list) before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(match)}
            >
              <span className="badge">{resourceKindWords(match)}</span> {resourceTitle(match)}
              <span className="resource-picker__detail muted">{resourceDetail(match)}</span>
            </div>
          ))}
        </div>
      </div>
      <p className="visually-hidden" id={statusId} role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
