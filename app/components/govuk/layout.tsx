import type { ReactNode } from "react";

export function SkipLink({ children }: { children: ReactNode }) {
  return (
    <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
      {children}
    </a>
  );
}

/** The crown-free generic header: our own logo text, linking to the start page. */
export function Header({ homeHref, serviceName }: { homeHref: string; serviceName: string }) {
  return (
    <header className="govuk-generic-header app-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <a href={homeHref} className="govuk-generic-header__homepage-link">
            {serviceName}
          </a>
        </div>
      </div>
    </header>
  );
}

export type LanguageItem = { lang: string; label: string; href: string; current: boolean };

export function LanguageNavigation({ label, items }: { label: string; items: LanguageItem[] }) {
  return (
    <nav className="govuk-language-navigation app-language-navigation" aria-label={label}>
      <ul className="govuk-language-navigation__list">
        {items.map((item) => (
          <li key={item.lang} className="govuk-language-navigation__list-item">
            {item.current ? (
              <span className="govuk-language-navigation__text" aria-current="true" lang={item.lang}>
                {item.label}
              </span>
            ) : (
              <a className="govuk-language-navigation__link" href={item.href} rel="alternate" lang={item.lang} hrefLang={item.lang}>
                {item.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function WidthContainer({ children }: { children: ReactNode }) {
  return <div className="govuk-width-container">{children}</div>;
}

export function Main({ children }: { children: ReactNode }) {
  return (
    <main className="govuk-main-wrapper" id="main-content">
      {children}
    </main>
  );
}

export function GridRow({ children }: { children: ReactNode }) {
  return <div className="govuk-grid-row">{children}</div>;
}

export function Column({ width = "two-thirds", children }: { width?: "full" | "two-thirds" | "one-third" | "one-half"; children: ReactNode }) {
  return <div className={`govuk-grid-column-${width}`}>{children}</div>;
}

export type FooterLink = { href: string; text: string };

export function Footer({ heading, links, meta }: { heading: string; links: FooterLink[]; meta: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{heading}</h2>
            <ul className="govuk-footer__inline-list">
              {links.map((link) => (
                <li key={link.href} className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={link.href}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s app-footer__meta">{meta}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/**
 * "Exit this page": a quick way out for someone who may be overheard or
 * watched. Works as a plain link without JavaScript; GOV.UK's script adds the
 * shift-key shortcut and hides the page.
 */
export function ExitThisPage({ text, hiddenPrefix, redirectUrl, i18n }: {
  text: string;
  hiddenPrefix: string;
  redirectUrl: string;
  i18n: { activated: string; timedOut: string; pressTwoMoreTimes: string; pressOneMoreTime: string };
}) {
  return (
    <div
      className="govuk-exit-this-page"
      data-module="govuk-exit-this-page"
      {...{
        "data-i18n.activated": i18n.activated,
        "data-i18n.timed-out": i18n.timedOut,
        "data-i18n.press-two-more-times": i18n.pressTwoMoreTimes,
        "data-i18n.press-one-more-time": i18n.pressOneMoreTime,
      }}
    >
      <a
        href={redirectUrl}
        role="button"
        draggable="false"
        className="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
        data-module="govuk-button"
        rel="nofollow noreferrer"
      >
        <span className="govuk-visually-hidden">{hiddenPrefix}</span> {text}
      </a>
    </div>
  );
}
