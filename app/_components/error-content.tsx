"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { UNAVAILABLE_DIGEST } from "~/app/_lib/trpc/unavailable-digest";

/** The body of an error boundary: a translated message and a way to try again. */
export function ErrorContent({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common");
  const errors = useTranslations("errors");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    console.error(error);
    heading.current?.focus();
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  // The database is away for a moment: say so, and that trying again will work, rather than "something went wrong".
  const unavailable = digest === UNAVAILABLE_DIGEST;
  return (
    <div className="stack">
      <h1 ref={heading} tabIndex={-1}>
        {t("errorTitle")}
      </h1>
      <p role="alert" className="alert alert-error">
        {unavailable ? errors("SERVICE_UNAVAILABLE") : t("error")}
      </p>
      {digest && !unavailable && <p className="muted">#{digest}</p>}
      <p>
        <button type="button" className="btn" onClick={() => retry()}>
          {t("retry")}
        </button>
      </p>
    </div>
  );
}
