import { useEffect, useState } from "react";
import type { ReactNode } from "react";

export function Button({ children, name, value, variant, preventDoubleClick, id }: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: "secondary" | "warning";
  preventDoubleClick?: boolean;
  id?: string;
}) {
  return (
    <button
      type="submit"
      id={id}
      name={name}
      value={value}
      className={`govuk-button${variant ? ` govuk-button--${variant}` : ""}`}
      data-module="govuk-button"
      data-prevent-double-click={preventDoubleClick ? "true" : undefined}
    >
      {children}
    </button>
  );
}

export function ButtonLink({ href, children, start, variant }: { href: string; children: ReactNode; start?: boolean; variant?: "secondary" }) {
  return (
    <a
      href={href}
      role="button"
      draggable="false"
      className={`govuk-button${start ? " govuk-button--start" : ""}${variant ? ` govuk-button--${variant}` : ""}`}
      data-module="govuk-button"
    >
      {children}
      {start ? (
        <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      ) : null}
    </a>
  );
}

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="govuk-back-link">
      {children}
    </a>
  );
}

/** A button that opens the print dialog; rendered only once JavaScript can do that. */
export function PrintButton({ label }: { label: string }) {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(typeof window.print === "function"), []);
  if (!canPrint) return null;
  return (
    <button type="button" className="govuk-button govuk-button--secondary app-no-print" data-module="govuk-button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
