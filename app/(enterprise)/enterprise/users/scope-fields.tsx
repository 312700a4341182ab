"use client";
import { useTranslations } from "next-intl";

export type LineOption = { id: string; label: string; kind: string; costCentre: string | null };
export type ScopeChoice = { all: boolean; ids: string[] };

/** All of the company's lines, or the ticked ones: the rights-by-line part of an invitation and of a member. */
export function ScopeFields({
  id,
  lines,
  value,
  onChange,
  showError,
}: {
  id: string;
  lines: LineOption[];
  value: ScopeChoice;
  onChange: (next: ScopeChoice) => void;
  showError: boolean;
}) {
  const t = useTranslations("members.scope");
  const kinds = useTranslations("services.kinds");
  const toggle = (lineId: string, on: boolean) =>
    onChange({ all: false, ids: on ? [...value.ids, lineId] : value.ids.filter((x) => x !== lineId) });
  return (
    <fieldset className="stack" aria-describedby={showError ? `${id}-error` : undefined}>
      <legend>{t("legend")}</legend>
      <label className="checkbox-label">
        <input type="radio" name={`${id}-all`} checked={value.all} onChange={() => onChange({ ...value, all: true })} />
        {t("all")}
      </label>
      <label className="checkbox-label">
        <input type="radio" name={`${id}-all`} checked={!value.all} onChange={() => onChange({ ...value, all: false })} />
        {t("some")}
      </label>
      {!value.all && (
        <ul className="plain-list scope-lines" aria-label={t("choose")}>
          {lines.map((l) => (
            <li key={l.id}>
              <label className="checkbox-label">
                <input type="checkbox" checked={value.ids.includes(l.id)} onChange={(e) => toggle(l.id, e.target.checked)} />
                <span>
                  {l.label}{" "}
                  <span className="muted">
                    · {kinds(l.kind as "mobile")}
                    {l.costCentre ? ` · ${l.costCentre}` : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {showError && (
        <p id={`${id}-error`} className="field-error">
          {t("none")}
        </p>
      )}
    </fieldset>
  );
}

/** The procedure's scope input from the choice, or null when "only these" has none ticked. */
export const scopeInput = (c: ScopeChoice) =>
  c.all ? ({ allServices: true } as const) : c.ids.length ? ({ allServices: false, serviceIds: c.ids } as const) : null;
