"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "~/app/_components/error-text";

type Failure = { data?: { code?: string } | null };

/**
 * What the last action on the Users page did, for its one live region; after a change the server's page is read again.
 * A CONFLICT is the last-admin rule, or an address already in the company when inviting.
 */
export function useReport() {
  const t = useTranslations("members.errors");
  const errorText = useErrorText();
  const router = useRouter();
  const [said, setSaid] = useState("");
  const [error, setError] = useState<string | null>(null);
  return {
    said,
    error,
    done: (message: string) => {
      setError(null);
      setSaid(message);
      router.refresh();
    },
    failed: (e: Failure, conflict: "lastAdmin" | "alreadyMember" = "lastAdmin") => {
      setSaid("");
      setError(e.data?.code === "CONFLICT" ? t(conflict) : errorText(e));
    },
  };
}
export type Report = ReturnType<typeof useReport>;
