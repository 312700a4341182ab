"use client";
import { ErrorContent } from "./_components/error-content";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main">
      <ErrorContent error={error} retry={retry} />
    </main>
  );
}
