"use client";
import { ErrorContent } from "~/app/_components/error-content";

export default function AreaError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} retry={retry} />;
}
