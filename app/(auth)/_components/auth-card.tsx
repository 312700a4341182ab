import type { ReactNode } from "react";
import { LanguageSwitcher } from "~/app/_components/language-switcher";

/** The frame of the pages one sees before signing in: the language switcher and one card. */
export function AuthCard({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <main id="main" className="auth-page">
      <div className="row" style={{ justifyContent: "flex-end" }}>
        <LanguageSwitcher />
      </div>
      <div className="card stack" style={{ maxWidth: 420, margin: "2rem auto" }}>
        <h1>{title}</h1>
        {lead && <p className="muted">{lead}</p>}
        {children}
      </div>
    </main>
  );
}
