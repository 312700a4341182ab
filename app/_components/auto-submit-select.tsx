"use client";
import type { ReactNode } from "react";

export function AutoSubmitSelect(props: { id: string; name: string; defaultValue: string; label: string; children: ReactNode }) {
  const { label, children, ...rest } = props;
  return (
    <>
      <select {...rest} onChange={(e) => e.currentTarget.form?.requestSubmit()} style={{ width: "auto" }}>
        {children}
      </select>
      <noscript>
        <button type="submit" className="btn btn-secondary">
          {label}
        </button>
      </noscript>
    </>
  );
}
