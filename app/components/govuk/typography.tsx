import type { ReactNode } from "react";

type Size = "xl" | "l" | "m" | "s";

export function Heading({ level = 1, size = "l", caption, children, id }: {
  level?: 1 | 2 | 3;
  size?: Size;
  caption?: string;
  children: ReactNode;
  id?: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <>
      {caption ? <span className={`govuk-caption-${size === "s" ? "m" : size}`}>{caption}</span> : null}
      <Tag className={`govuk-heading-${size}`} id={id}>
        {children}
      </Tag>
    </>
  );
}

export function P({ children, size, lead }: { children: ReactNode; size?: "s"; lead?: boolean }) {
  const className = lead ? "govuk-body-l" : size === "s" ? "govuk-body-s" : "govuk-body";
  return <p className={className}>{children}</p>;
}

export function List({ items, type = "bullet" }: { items: ReactNode[]; type?: "bullet" | "number" | "plain" }) {
  const className = type === "plain" ? "govuk-list" : `govuk-list govuk-list--${type}`;
  const children = items.map((item, index) => <li key={index}>{item}</li>);
  return type === "number" ? <ol className={className}>{children}</ol> : <ul className={className}>{children}</ul>;
}

export function Link({ href, children, external, newTab }: { href: string; children: ReactNode; external?: boolean; newTab?: boolean }) {
  return (
    <a className="govuk-link" href={href} rel={external ? "noreferrer noopener" : undefined} target={newTab ? "_blank" : undefined}>
      {children}
    </a>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

export function WarningText({ children, assistive }: { children: ReactNode; assistive: string }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{assistive}</span>
        {children}
      </strong>
    </div>
  );
}

export function Details({ summary, children, open }: { summary: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

export function Panel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}

export function SectionBreak({ visible = true, size = "l" }: { visible?: boolean; size?: "m" | "l" | "xl" }) {
  return <hr className={`govuk-section-break govuk-section-break--${size}${visible ? " govuk-section-break--visible" : ""}`} />;
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="govuk-visually-hidden">{children}</span>;
}

export function Tag({ children, colour }: { children: ReactNode; colour?: "grey" | "green" | "turquoise" | "blue" | "light-blue" | "purple" | "pink" | "red" | "orange" | "yellow" }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ""}`}>{children}</strong>;
}

export type ContactRow = { label: string; value: ReactNode };

export function SummaryList({ rows, noBorder }: {
  rows: Array<{ key: ReactNode; value: ReactNode; action?: { href: string; text: string; hidden: string } }>;
  noBorder?: boolean;
}) {
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}`}>
      {rows.map((row, index) => (
        <div key={index} className={`govuk-summary-list__row${row.action ? "" : " govuk-summary-list__row--no-actions"}`}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href={row.action.href}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.hidden}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((cell) => (
            <th key={cell} scope="col" className="govuk-table__header">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, index) => (
          <tr key={index} className="govuk-table__row">
            {row.map((cell, cellIndex) =>
              cellIndex === 0 ? (
                <th key={cellIndex} scope="row" className="govuk-table__header">
                  {cell}
                </th>
              ) : (
                <td key={cellIndex} className="govuk-table__cell">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
