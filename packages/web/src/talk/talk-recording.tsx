import { useEffect, useRef, useState } from "react";
import type { TalkPageTalk } from "./proposal-documents";
import { recordingHostWords } from "./recording-words";

type Recording = NonNullable<TalkPageTalk["recording"]>;

/**
 * A talk's recording as a plain link to where it is hosted; for a provider we know, a button that only then
 * puts the provider's player in the page. Until that click nothing is fetched from the provider, so it
 * learns of no visit the visitor did not ask it to.
 */
export function TalkRecording({ recording, title }: { recording: Recording; title: string }) {
  const [playerShown, setPlayerShown] = useState(false);
  const player = useRef<HTMLIFrameElement>(null);
  const host = recordingHostWords(recording);
  // The button the visitor pressed is gone: focus goes to what replaced it.
  useEffect(() => {
    if (playerShown) player.current?.focus();
  }, [playerShown]);

  return (
    <section className="card talk-recording" aria-labelledby="talk-recording-heading">
      <h2 id="talk-recording-heading">Recording</h2>
      <p>
        <a href={recording.url} rel="noopener noreferrer" target="_blank">
          Watch the recording on {host}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      {recording.embedUrl &&
        (playerShown ? (
          <div className="video-frame">
            <iframe
              ref={player}
              src={recording.embedUrl}
              title={`Recording of “${title}”, played from ${host}`}
              loading="lazy"
              allow="fullscreen; picture-in-picture; encrypted-media"
              allowFullScreen
              referrerPolicy="strict-origin-when-cross-origin"
              sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            />
          </div>
        ) : (
          <div className="talk-recording__offer">
            <p className="muted">
              The video plays from {new URL(recording.embedUrl).hostname}: loading it here lets that site know
              of your visit.
            </p>
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => setPlayerShown(true)}>
                Load the video here
              </button>
            </div>
          </div>
        ))}
    </section>
  );
}
