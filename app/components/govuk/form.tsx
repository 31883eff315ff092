import { Fragment, useEffect, useRef, type ReactNode } from "react";

/**
 * GOV.UK form components. Inputs are uncontrolled (defaultValue /
 * defaultChecked) so the page works as plain HTML without JavaScript; the id of
 * each field (or of the first radio or checkbox) is its name, so error summary
 * links land on it.
 */

export type ErrorItem = { name: string; text: string };

export function ErrorSummary({ title, errors }: { title: string; errors: ErrorItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.name}:${e.text}`).join("|");
  useEffect(() => {
    // Errors found in the browser do not reload the page: move focus as a reload would.
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.name}-${error.text}`}>
                <a href={`#${error.name}`}>{error.text}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function ErrorMessage({ id, prefix, children }: { id: string; prefix: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{prefix}</span> {children}
    </p>
  );
}

export type Legend = { text: ReactNode; size?: "xl" | "l" | "m" | "s"; isPageHeading?: boolean };

function LegendEl({ legend }: { legend: Legend }) {
  const className = `govuk-fieldset__legend${legend.size ? ` govuk-fieldset__legend--${legend.size}` : ""}`;
  return (
    <legend className={className}>
      {legend.isPageHeading ? <h1 className="govuk-fieldset__heading">{legend.text}</h1> : legend.text}
    </legend>
  );
}

export function Fieldset({ legend, describedBy, children, role }: { legend: Legend; describedBy?: string; children: ReactNode; role?: string }) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined} role={role}>
      <LegendEl legend={legend} />
      {children}
    </fieldset>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="govuk-hint">
      {children}
    </div>
  );
}

type FieldError = { text: string; prefix: string } | undefined;

/** A field's hint and error message, with the ids aria-describedby points at. */
function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error: FieldError }) {
  return (
    <>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? (
        <ErrorMessage id={`${id}-error`} prefix={error.prefix}>
          {error.text}
        </ErrorMessage>
      ) : null}
    </>
  );
}

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(" ") || undefined;

export type ChoiceItem = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  conditional?: ReactNode;
  /** Not an option but a divider between options, such as "or", with this text. */
  divider?: string;
  exclusive?: boolean;
};

function ChoiceGroup({ type, name, legend, hint, error, items, selected, small, inline }: {
  type: "radio" | "checkbox";
  name: string;
  legend: Legend;
  hint?: ReactNode;
  error: FieldError;
  items: ChoiceItem[];
  selected: string[];
  small?: boolean;
  inline?: boolean;
}) {
  const base = type === "radio" ? "govuk-radios" : "govuk-checkboxes";
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  let index = 0;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <Fieldset legend={legend} describedBy={describedBy(hintId, errorId)}>
        <HintAndError id={name} hint={hint} error={error} />
        <div
          className={`${base}${small ? ` ${base}--small` : ""}${inline ? ` ${base}--inline` : ""}`}
          data-module={base}
        >
          {items.map((item) => {
            if (item.divider) {
              return (
                <div key={`divider-${item.divider}`} className={`${base}__divider`}>
                  {item.divider}
                </div>
              );
            }
            index += 1;
            const id = index === 1 ? name : `${name}-${index}`;
            const checked = selected.includes(item.value);
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <Fragment key={item.value}>
                <div className={`${base}__item`}>
                  <input
                    className={`${base}__input`}
                    id={id}
                    name={name}
                    type={type}
                    value={item.value}
                    defaultChecked={checked}
                    aria-describedby={itemHintId}
                    data-aria-controls={item.conditional ? `conditional-${id}` : undefined}
                    data-behaviour={item.exclusive ? "exclusive" : undefined}
                  />
                  <label className={`govuk-label ${base}__label`} htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <div id={itemHintId} className={`govuk-hint ${base}__hint`}>
                      {item.hint}
                    </div>
                  ) : null}
                </div>
                {item.conditional ? (
                  <div className={`${base}__conditional${checked ? "" : ` ${base}__conditional--hidden`}`} id={`conditional-${id}`}>
                    {item.conditional}
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

export function Radios(props: { name: string; legend: Legend; hint?: ReactNode; error: FieldError; items: ChoiceItem[]; value?: string; small?: boolean; inline?: boolean }) {
  return <ChoiceGroup type="radio" {...props} selected={props.value ? [props.value] : []} />;
}

export function Checkboxes(props: { name: string; legend: Legend; hint?: ReactNode; error: FieldError; items: ChoiceItem[]; values?: string[]; small?: boolean }) {
  return <ChoiceGroup type="checkbox" {...props} selected={props.values ?? []} />;
}

export type Label = { text: ReactNode; size?: "xl" | "l" | "m" | "s"; isPageHeading?: boolean };

function LabelEl({ label, htmlFor }: { label: Label; htmlFor: string }) {
  const el = (
    <label className={`govuk-label${label.size ? ` govuk-label--${label.size}` : ""}`} htmlFor={htmlFor}>
      {label.text}
    </label>
  );
  return label.isPageHeading ? <h1 className="govuk-label-wrapper">{el}</h1> : el;
}

export function Input({ name, label, hint, error, defaultValue, type = "text", autoComplete, width, inputMode, spellCheck, id }: {
  name: string;
  label: Label;
  hint?: ReactNode;
  error: FieldError;
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "search";
  autoComplete?: string;
  width?: "2" | "3" | "4" | "5" | "10" | "20" | "30" | "one-half" | "two-thirds";
  inputMode?: "numeric" | "text" | "email" | "tel";
  spellCheck?: boolean;
  id?: string;
}) {
  const fieldId = id ?? name;
  const widthClass = width ? (/^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`) : "";
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <LabelEl label={label} htmlFor={fieldId} />
      <HintAndError id={fieldId} hint={hint} error={error} />
      <input
        className={`govuk-input${widthClass}${error ? " govuk-input--error" : ""}`}
        id={fieldId}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-describedby={describedBy(hint ? `${fieldId}-hint` : undefined, error ? `${fieldId}-error` : undefined)}
      />
    </div>
  );
}

/** A textarea with GOV.UK's character count: a plain textarea and message without JavaScript. */
export function CharacterCount({ name, label, hint, error, defaultValue, maxLength, rows = 8, i18n }: {
  name: string;
  label: Label;
  hint?: ReactNode;
  error: FieldError;
  defaultValue?: string;
  maxLength: number;
  rows?: number;
  i18n: { fallback: string; remaining: Record<string, string>; over: Record<string, string>; atLimit: string };
}) {
  const data: Record<string, string> = { "data-maxlength": String(maxLength) };
  for (const [form, text] of Object.entries(i18n.remaining)) data[`data-i18n.characters-under-limit.${form}`] = text;
  for (const [form, text] of Object.entries(i18n.over)) data[`data-i18n.characters-over-limit.${form}`] = text;
  data["data-i18n.characters-at-limit"] = i18n.atLimit;
  return (
    <div className="govuk-form-group govuk-character-count" data-module="govuk-character-count" {...data}>
      <div className={error ? "govuk-form-group--error" : undefined}>
        <LabelEl label={label} htmlFor={name} />
        <HintAndError id={name} hint={hint} error={error} />
        <textarea
          className={`govuk-textarea govuk-js-character-count${error ? " govuk-textarea--error" : ""}`}
          id={name}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          aria-describedby={describedBy(hint ? `${name}-hint` : undefined, `${name}-info`, error ? `${name}-error` : undefined)}
        />
      </div>
      <div id={`${name}-info`} className="govuk-hint govuk-character-count__message">
        {i18n.fallback}
      </div>
    </div>
  );
}

/** Month and year only: the GOV.UK date input without the day. */
export function MonthYearInput({ prefix, legend, hint, error, errorOn, month, year, labels }: {
  prefix: string;
  legend: Legend;
  hint?: ReactNode;
  error: FieldError;
  /** Which parts to highlight. */
  errorOn: { month: boolean; year: boolean };
  month?: string;
  year?: string;
  labels: { month: string; year: string };
}) {
  const hintId = hint ? `${prefix}-hint` : undefined;
  const errorId = error ? `${prefix}-error` : undefined;
  const part = (key: "Month" | "Year", value: string | undefined, width: "2" | "4", highlight: boolean, text: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${prefix}${key}`}>
          {text}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${highlight ? " govuk-input--error" : ""}`}
          id={`${prefix}${key}`}
          name={`${prefix}${key}`}
          type="text"
          inputMode="numeric"
          defaultValue={value}
        />
      </div>
    </div>
  );
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <Fieldset legend={legend} describedBy={describedBy(hintId, errorId)} role="group">
        <HintAndError id={prefix} hint={hint} error={error} />
        <div className="govuk-date-input" id={prefix}>
          {part("Month", month, "2", errorOn.month, labels.month)}
          {part("Year", year, "4", errorOn.year, labels.year)}
        </div>
      </Fieldset>
    </div>
  );
}
