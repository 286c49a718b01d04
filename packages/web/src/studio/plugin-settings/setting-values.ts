// What the settings form holds while it is edited, and what it sends: only the fields changed (the
// others keep what is saved, in the file, or their default), as the environment would give them
// (text, "587", "true"/"false"), parsed JSON for the `json` fields, null to remove the value saved
// here. A secret left empty is unchanged. Locked fields are never sent: the environment sets them.
import type { SettingField } from './setting-fields.ts';

/** What the server shows of every secret, and takes back as "keep it". */
export const MASKED = '********';

export interface FieldDraft {
  /** The text of the control, or a checkbox's state. */
  readonly value: string | boolean;
  /** "Reset to default" was chosen: the saved value is removed on saving. */
  readonly reset: boolean;
}

export type Draft = Readonly<Record<string, FieldDraft>>;

/** A value as its field shows it: JSON for the `json` fields, text for the others, empty when unset. */
export function valueText(field: SettingField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.kind === 'json') return JSON.stringify(value, null, 2);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fieldDraft(field: SettingField, value: unknown, reset: boolean): FieldDraft {
  if (field.kind === 'checkbox') return { value: value === true, reset };
  return { value: field.kind === 'secret' ? '' : valueText(field, value), reset };
}

/** The form as the values in force fill it; a secret starts empty ("unchanged"). */
export function draftOf(fields: readonly SettingField[], values: Readonly<Record<string, unknown>>): Draft {
  return Object.fromEntries(
    fields.map((field) => [field.name, fieldDraft(field, values[field.name], false)]),
  );
}

/** A field after "Reset to default": showing the schema's default until saved. */
export function resetDraft(field: SettingField): FieldDraft {
  return fieldDraft(field, field.defaultValue, true);
}

export type Encoded =
  | { readonly ok: true; readonly values: Record<string, unknown> }
  /** The fields whose text cannot be sent, with what is wrong (a JSON field that does not parse). */
  | { readonly ok: false; readonly errors: Record<string, string> };

function encodeField(field: SettingField, draft: FieldDraft): { value: unknown } | { error: string } {
  if (draft.reset) return { value: null };
  if (typeof draft.value === 'boolean') return { value: draft.value ? 'true' : 'false' };
  const text = draft.value;
  if (field.kind === 'secret') return { value: text === '' ? MASKED : text };
  // Emptied: back to what the file or the default gives.
  if (text.trim() === '') return { value: null };
  if (field.kind === 'number') return { value: text.trim() };
  if (field.kind !== 'json') return { value: text };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const unchanged = (draft: FieldDraft, initial: FieldDraft | undefined) =>
  !draft.reset && initial !== undefined && draft.value === initial.value;

/** The body's values, the fields changed since `initial`; or the fields that cannot be sent as they are. */
export function encodeDraft(fields: readonly SettingField[], draft: Draft, initial: Draft): Encoded {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const fieldValue = draft[field.name];
    if (field.lockedBy !== undefined || fieldValue === undefined) continue;
    if (unchanged(fieldValue, initial[field.name])) continue;
    const encoded = encodeField(field, fieldValue);
    if ('error' in encoded) errors[field.name] = encoded.error;
    else values[field.name] = encoded.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** The setting a problem of the server points at (`/values/<name>`, JSON Pointer escapes undone). */
export function settingOfPointer(pointer: string): string | undefined {
  const match = /^\/values\/([^/]+)/.exec(pointer);
  return match ? match[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}
