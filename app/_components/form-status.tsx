"use client";
import type { ReactNode } from "react";
import { useErrorText } from "./error-text";

type ErrorLike = Parameters<ReturnType<typeof useErrorText>>[0];

type Props = {
  /**
   * What the last action did. Pass a string (even "") to keep the polite live region mounted, so a
   * screen reader hears each new message; leave it out where the component announces nothing.
   */
  announcement?: string;
  /** A failed call (translated by its code) or a message of our own. */
  error?: ErrorLike | string | null;
};

/** The outcome of a form or button: the success announcement and the error alert. */
export function FormStatus({ announcement, error }: Props) {
  const errorText = useErrorText();
  return (
    <>
      {announcement !== undefined && (
        <p role="status" aria-live="polite" className={announcement ? "alert alert-ok" : "visually-hidden"}>
          {announcement}
        </p>
      )}
      {error && (
        <p role="alert" className="alert alert-error">
          {typeof error === "string" ? error : errorText(error)}
        </p>
      )}
    </>
  );
}

/** The message under a field, named by the field's aria-describedby (see useMutationForm's `field`). */
export function FieldError({ id, show, children }: { id: string; show: boolean; children: ReactNode }) {
  return show ? (
    <p id={id} className="field-error">
      {children}
    </p>
  ) : null;
}
