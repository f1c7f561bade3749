import { useState } from "react";
import { useMutation } from "urql";
import { useSessionTokens } from "../auth/session";
import { StartUploadMutation } from "./upload-documents";
import { type UploadKind, uploadKinds, uploadRefusalWords } from "./upload-kinds";

export type UploadStep =
  | { step: "idle" }
  | { step: "uploading"; percent: number }
  | { step: "refused"; words: string };

export interface Upload {
  step: UploadStep;
  /** Sends the file where the API says: the upload id to attach, or null when it did not arrive (see `step`). */
  send(file: File): Promise<string | null>;
  /** Back to idle, once the upload is attached (or the person starts over). */
  reset(): void;
}

interface Target {
  url: string;
  method: string;
  headers: readonly { name: string; value: string }[];
}

/**
 * One PUT of the file to its target, with exactly the target's headers. The access token goes only to the
 * app's own origin (the local host takes uploads there); a presigned S3 address carries its own signature
 * and must never see it. XMLHttpRequest, not fetch, because only it reports an upload's progress.
 */
function put(
  target: Target,
  file: File,
  accessToken: string | null,
  onProgress: (percent: number) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open(target.method, target.url);
    for (const { name, value } of target.headers) request.setRequestHeader(name, value);
    if (accessToken && new URL(target.url, location.href).origin === location.origin)
      request.setRequestHeader("authorization", `Bearer ${accessToken}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    request.onload = () => resolve(request.status);
    // A network failure, or a refusal the browser would not let the page read: no status to tell.
    request.onerror = () => resolve(0);
    request.onabort = () => resolve(0);
    request.send(file);
  });
}

/** Uploading one file of `kind` at a time, its progress and refusals in words (see upload-kinds.ts). */
export function useUpload(kind: UploadKind): Upload {
  const tokens = useSessionTokens();
  const [, startUpload] = useMutation(StartUploadMutation);
  const [step, setStep] = useState<UploadStep>({ step: "idle" });
  const refuse = (words: string) => {
    setStep({ step: "refused", words });
    return null;
  };

  const send = async (file: File): Promise<string | null> => {
    // The API checks both again; a file refused here is one not sent for nothing.
    if (file.size === 0) return refuse(uploadRefusalWords(kind, { code: "UPLOAD_EMPTY", message: "" }));
    if (file.size > uploadKinds[kind].maxBytes)
      return refuse(uploadRefusalWords(kind, { code: "UPLOAD_TOO_LARGE", message: "" }));
    setStep({ step: "uploading", percent: 0 });
    const started = await startUpload({ kind });
    const target = started.data?.startUpload;
    if (target?.__typename !== "UploadTarget")
      return refuse(
        target && "message" in target
          ? uploadRefusalWords(kind, target)
          : "Meetstream could not be reached. Check your connection and try again.",
      );
    const status = await put(target, file, await tokens.freshAccessToken().catch(() => null), (percent) =>
      setStep({ step: "uploading", percent }),
    );
    if (status >= 200 && status < 300) return target.uploadId;
    if (status === 413)
      return refuse(
        uploadRefusalWords(kind, { code: "UPLOAD_TOO_LARGE", message: "", maxBytes: target.maxBytes }),
      );
    if (status === 401) return refuse("You are signed out. Sign in and try again.");
    return refuse("The file did not arrive. Check your connection and try again.");
  };

  return { step, send, reset: () => setStep({ step: "idle" }) };
}
