/** Conversions between the models' values and the text the database stores. */

/** Fixed-width ISO-8601 UTC, so comparing the text compares the times. */
export function toIso(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  return date.toISOString();
}

export function fromIso(text: string): Date {
  return new Date(text);
}

export function fromIsoOrNull(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}

/** JSON text; refuses values JSON cannot hold (undefined, functions) rather than storing nothing. */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError("Value cannot be stored as JSON");
  return text;
}

export function fromJson(text: string): unknown {
  return JSON.parse(text);
}

/** A JSON object column (answers, payloads): anything else there is a bug, so fail loudly. */
export function fromJsonObject(text: string): Record<string, unknown> {
  const value = JSON.parse(text) as unknown;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError("Stored JSON is not an object");
  }
  return value as Record<string, unknown>;
}
