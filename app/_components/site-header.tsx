import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { MeView } from "~/server/modules/identity/identity.schemas";
import { AccountMenu } from "./account-menu";
import { Disclosure } from "./disclosure";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";

/** Business and premium customers' owners and admins follow their SLA on a dashboard of their own. */
const isSlaClient = (me: MeView) =>
  me.customer !== null && me.customer.slaTier !== "standard" && (me.customer.role === "owner" || me.customer.role === "admin");

type Area = { href: string; label: string };

/** The areas a person works in; their own account's pages are in the account menu. */
function areasOf(me: MeView, t: Awaited<ReturnType<typeof getTranslations<"nav">>>): Area[] {
  if (me.kind === "staff") return [{ href: "/staff", label: t("staffHome") }];
  return [
    { href: "/dashboard", label: t("home") },
    ...(me.canSeeBills
      ? [
          { href: "/bills", label: t("bills") },
          { href: "/payments", label: t("payments") },
        ]
      : []),
    { href: "/usage", label: t("usage") },
    { href: "/orders", label: t("orders") },
    { href: "/tickets", label: t("support") },
    ...(isSlaClient(me) ? [{ href: "/sla", label: t("sla") }] : []),
    ...(me.isEnterpriseAdmin ? [{ href: "/enterprise/lines", label: t("lines") }] : []),
  ];
}

export async function SiteHeader({ me, unread }: { me: MeView; unread: number }) {
  const t = await getTranslations("nav");
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          {t("brand")}
        </Link>
        <NotificationBell unread={unread} />
        {/* On a phone everything folds behind one button; from tablet width up the areas are a row. */}
        <Disclosure label={t("menu")} className="disclosure site-menu">
          <nav aria-label={t("main")}>
            <ul>
              {areasOf(me, t).map((l) => (
                <li key={l.href}>
                  <NavLink href={l.href}>{l.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu me={me} />
        </Disclosure>
      </div>
    </header>
  );
}
