/**
 * An instant as the viewer's clock reads it ("Fri 4 Dec 2026, 14:19 GMT-5"), in a `time` element. On a
 * narrow line it breaks between the date and the time of day, never inside either: a phone broke the
 * zone after its hyphen ("GMT-" above "5").
 */
export function LocalInstant({ instant, words }: { instant: string; words: string }) {
  const comma = words.lastIndexOf(", ");
  return (
    <time dateTime={instant}>
      {comma < 0 ? (
        words
      ) : (
        <>
          <span className="local-instant__part">{words.slice(0, comma + 1)}</span>{" "}
          <span className="local-instant__part">{words.slice(comma + 2)}</span>
        </>
      )}
    </time>
  );
}
