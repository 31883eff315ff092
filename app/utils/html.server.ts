/**
 * Move anything rendered after </html> to just before </body>. React streams
 * Remix's data scripts as siblings of the document; browsers cope, but the
 * HTML standard only allows them inside <body>.
 */
export function moveTrailingIntoBody(html: string): string {
  const end = html.lastIndexOf("</body></html>");
  if (end < 0) return html;
  const trailing = html.slice(end + "</body></html>".length);
  if (!trailing) return html;
  return `${html.slice(0, end)}${trailing}</body></html>`;
}
