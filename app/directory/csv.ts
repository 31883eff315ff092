// A small RFC 4180 CSV reader: our data files are plain UTF-8 CSV with quoted fields
// ("Bournemouth, Christchurch and Poole Council"), so a dependency is not worth it.

/** Splits CSV text into rows of fields. Accepts LF or CRLF line ends and a leading BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  // True once the current row has any content, so a final line end does not add an empty row.
  let rowStarted = false;

  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      const end = readQuoted(text, i);
      field = text.slice(i + 1, end).replaceAll('""', '"');
      i = end + 1;
      rowStarted = true;
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new Error(`CSV: unexpected character after closing quote at offset ${i}`);
      }
    } else if (ch === ",") {
      row.push(field);
      field = "";
      rowStarted = true;
      i += 1;
    } else if (ch === "\n" || ch === "\r") {
      if (rowStarted || field !== "") {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = "";
      rowStarted = false;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      rowStarted = true;
      i += 1;
    }
  }
  if (rowStarted || field !== "") {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote that closes the quoted field opening at `start`. */
function readQuoted(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close === -1) throw new Error(`CSV: unterminated quoted field starting at offset ${start}`);
    if (text[close + 1] !== '"') return close;
    i = close + 2;
  }
}

/** Rows as objects keyed by the header row. Every row must have as many fields as the header. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      // Row numbers count the header as row 1, as a spreadsheet shows them.
      throw new Error(`CSV: row ${index + 2} has ${fields.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column] ?? ""]));
  });
}
