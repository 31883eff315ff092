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

export function Panel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}

export function Tag({ children, colour }: { children: ReactNode; colour?: "grey" | "green" | "turquoise" | "blue" | "light-blue" | "purple" | "pink" | "red" | "orange" | "yellow" }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ""}`}>{children}</strong>;
}

export type SummaryAction = { href: string; text: string; hidden: string } | { form: ReactNode };

export function SummaryList({ rows, noBorder }: {
  rows: Array<{ key: ReactNode; value: ReactNode; action?: SummaryAction; actions?: SummaryAction[] }>;
  noBorder?: boolean;
}) {
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}`}>
      {rows.map((row, index) => {
        const actions = row.actions ?? (row.action ? [row.action] : []);
        return (
          <div key={index} className={`govuk-summary-list__row${actions.length ? "" : " govuk-summary-list__row--no-actions"}`}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length ? (
              <dd className="govuk-summary-list__actions">
                {actions.length === 1 ? (
                  <SummaryActionEl action={actions[0]!} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action, i) => (
                      <li key={i} className="govuk-summary-list__actions-list-item">
                        <SummaryActionEl action={action} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}

function SummaryActionEl({ action }: { action: SummaryAction }) {
  if ("form" in action) return <>{action.form}</>;
  return (
    <a className="govuk-link" href={action.href}>
      {action.text}
      <span className="govuk-visually-hidden"> {action.hidden}</span>
    </a>
  );
}

/** A GOV.UK summary card: a titled group of rows, e.g. one organisation's answers. */
export function SummaryCard({ title, level = 3, actions = [], children }: { title: ReactNode; level?: 2 | 3; actions?: SummaryAction[]; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Tag className="govuk-summary-card__title">{title}</Tag>
        {actions.length ? (
          <ul className="govuk-summary-card__actions">
            {actions.map((action, i) => (
              <li key={i} className="govuk-summary-card__action">
                <SummaryActionEl action={action} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

/** A one-button POST form that looks like a link, for actions such as "Remove" that change data. */
export function LinkButtonForm({ action, fields, text, hidden }: { action: string; fields: Record<string, string>; text: string; hidden: string }) {
  return (
    <form method="post" action={action} className="app-inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="app-link-button govuk-link">
        {text}
        <span className="govuk-visually-hidden"> {hidden}</span>
      </button>
    </form>
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
