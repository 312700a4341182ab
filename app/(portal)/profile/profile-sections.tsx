import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** Profile's two pages: contact details and account security. */
export async function ProfileSections({ current }: { current: "details" | "security" }) {
  const t = await getTranslations("account.security");
  const links = [
    { key: "details", href: "/profile", label: t("details") },
    { key: "security", href: "/profile/security", label: t("title") },
  ] as const;
  return (
    <nav aria-label={t("sections")}>
      <ul className="row" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {links.map((l) => (
          <li key={l.key}>
            <Link href={l.href} aria-current={l.key === current ? "page" : undefined} className="btn btn-secondary">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
