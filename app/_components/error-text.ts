"use client";
import { useTranslations } from "next-intl";

type ErrorLike = { data?: { code?: string } | null } | null | undefined;

/** A translated message for a failed tRPC call, keyed by its error code (never its text). */
export function useErrorText() {
  const t = useTranslations("errors");
  const common = useTranslations("common");
  return (error: ErrorLike) => {
    const code = error?.data?.code;
    if (!code) return common("error");
    return t.has(code as "NOT_FOUND") ? t(code as "NOT_FOUND") : t("INTERNAL_SERVER_ERROR");
  };
}
