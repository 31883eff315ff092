import type { Lang } from "~/i18n/config";

/**
 * One accessible email layout for every message. Callers pass text that is
 * already translated; everything is escaped here. Table-based with inline
 * styles because many email clients ignore <style>, external CSS and flexbox.
 */
export type EmailBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; text: string }
  /** A heading below a section heading, e.g. one organisation's name. */
  | { type: "subheading"; text: string }
  | { type: "list"; items: readonly string[]; ordered?: boolean }
  /** Key-value rows, e.g. a copy of the complaint's answers. Values keep their line breaks. */
  | { type: "rows"; rows: ReadonlyArray<{ key: string; value: string }> }
  /** The highlighted box for a reference number. */
  | { type: "reference"; label: string; value: string }
  | { type: "link"; text: string; href: string };

export type EmailContent = {
  lang: Lang;
  /** The preview line inbox lists show after the subject; not shown in the body. */
  preheader: string;
  heading: string;
  blocks: readonly EmailBlock[];
};

export type RenderedEmail = { html: string; text: string };

const BRAND = "#00625e";
const TEXT = "#0b0c0c";
const BORDER = "#b1b4b6";
const PAGE = "#f3f2f1";
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Escaped, with the writer's line breaks kept (answers are often several paragraphs). */
function multiline(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

/** Only web and mail links: a `javascript:` or `data:` link in an email is always a bug. */
function safeHref(href: string): string {
  if (!/^(https?:\/\/|mailto:)/i.test(href)) throw new Error("Email links must be http(s) or mailto URLs");
  return href;
}

const p = `margin:0 0 20px;font-family:${FONT};font-size:19px;line-height:1.5;color:${TEXT};overflow-wrap:anywhere;word-break:break-word;`;

function blockHtml(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
      return `<p style="${p}">${multiline(block.text)}</p>`;
    case "heading":
      return `<h2 style="margin:30px 0 15px;font-family:${FONT};font-size:24px;line-height:1.25;font-weight:bold;color:${TEXT};">${escapeHtml(block.text)}</h2>`;
    case "subheading":
      return `<h3 style="margin:20px 0 10px;font-family:${FONT};font-size:19px;line-height:1.3;font-weight:bold;color:${TEXT};">${escapeHtml(block.text)}</h3>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.items.map((item) => `<li style="margin:0 0 5px;">${multiline(item)}</li>`).join("");
      return `<${tag} style="margin:0 0 20px;padding:0 0 0 24px;font-family:${FONT};font-size:19px;line-height:1.5;color:${TEXT};">${items}</${tag}>`;
    }
    case "rows": {
      const cell = `padding:10px 12px 10px 0;border-bottom:1px solid ${BORDER};vertical-align:top;text-align:left;font-family:${FONT};font-size:16px;line-height:1.5;color:${TEXT};overflow-wrap:anywhere;word-break:break-word;`;
      const rows = block.rows
        .map((row) => `<tr><th scope="row" style="${cell}width:40%;font-weight:bold;">${escapeHtml(row.key)}</th><td style="${cell}">${multiline(row.value)}</td></tr>`)
        .join("");
      // A real data table (not role="presentation"): screen readers announce each answer with its question.
      return `<table cellpadding="0" cellspacing="0" border="0" width="100%" style="width:100%;border-collapse:collapse;margin:0 0 20px;">${rows}</table>`;
    }
    case "reference":
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="width:100%;margin:0 0 20px;">` +
        `<tr><td style="background-color:${BRAND};padding:20px;text-align:center;font-family:${FONT};color:#ffffff;">` +
        `<p style="margin:0 0 8px;font-size:19px;line-height:1.5;color:#ffffff;">${escapeHtml(block.label)}</p>` +
        `<p style="margin:0;font-size:30px;line-height:1.25;font-weight:bold;letter-spacing:2px;color:#ffffff;">${escapeHtml(block.value)}</p>` +
        `</td></tr></table>`
      );
    case "link":
      return `<p style="${p}"><a href="${escapeHtml(safeHref(block.href))}" style="color:${BRAND};text-decoration:underline;">${escapeHtml(block.text)}</a></p>`;
  }
}

function blockText(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "heading":
      return `${block.text}\n${"-".repeat(Math.min(block.text.length, 70))}`;
    case "subheading":
      return block.text;
    case "list":
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : "-"} ${item}`).join("\n");
    case "rows":
      return block.rows.map((row) => `${row.key}\n${row.value}`).join("\n\n");
    case "reference": {
      const rule = "*".repeat(40);
      return `${rule}\n${block.label}\n${block.value}\n${rule}`;
    }
    case "link":
      return `${block.text}: ${safeHref(block.href)}`;
  }
}

export function renderEmail({ lang, preheader, heading, blocks }: EmailContent): RenderedEmail {
  const body = blocks.map(blockHtml).join("\n");
  // Gmail drops <html>, so the wrapper div repeats lang (and names the email) for screen readers.
  const html = `<!DOCTYPE html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<title>${escapeHtml(heading)}</title>
</head>
<body style="margin:0;padding:0;background-color:${PAGE};">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">${escapeHtml(preheader)}</div>
<div lang="${lang}" dir="ltr" role="article" aria-roledescription="email" aria-label="${escapeHtml(heading)}">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="width:100%;background-color:${PAGE};">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="width:100%;max-width:640px;background-color:#ffffff;">
<tr><td style="height:10px;font-size:0;line-height:0;background-color:${BRAND};">&nbsp;</td></tr>
<tr><td style="padding:24px 20px 4px;">
<h1 style="margin:0 0 30px;font-family:${FONT};font-size:32px;line-height:1.2;font-weight:bold;color:${TEXT};">${escapeHtml(heading)}</h1>
${body}
</td></tr>
</table>
</td></tr>
</table>
</div>
</body>
</html>
`;
  const text = `${heading}\n${"=".repeat(Math.min(heading.length, 70))}\n\n${blocks.map(blockText).join("\n\n")}\n`;
  return { html, text };
}
