// The fields of a plugin's settings form, read from the JSON Schema the server gives (zod's output
// shape): one field per property, its control chosen by its type, a type given as a list or an
// anyOf with null (an optional or nullable setting) read as that type, anything else written as JSON.

/** The control a setting gets: a secret never shows its value, `json` takes a list, an object or
 * any value whose type the form cannot tell. */
export type FieldKind = 'text' | 'url' | 'email' | 'secret' | 'select' | 'number' | 'checkbox' | 'json';

export interface SettingField {
  readonly name: string;
  /** The name in words: "smtpHost" reads "Smtp host". */
  readonly label: string;
  readonly kind: FieldKind;
  readonly description?: string;
  /** Whether the schema gives a default, then `defaultValue` (possibly null or false). */
  readonly hasDefault: boolean;
  readonly defaultValue?: unknown;
  readonly required: boolean;
  /** The choices of a `select`. */
  readonly options?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** 1 for an integer. */
  readonly step?: 1 | 'any';
  /** The environment variable that sets it: shown, not changeable here. */
  readonly lockedBy?: string;
  /** Whether a value is saved here, which "Reset to default" removes. */
  readonly saved: boolean;
}

type JsonSchema = Readonly<Record<string, unknown>>;

export interface SettingsDescription {
  readonly schema: JsonSchema | null;
  readonly secrets: readonly string[];
  readonly locked: readonly { readonly name: string; readonly variable: string }[];
  /** The settings with a value saved here. */
  readonly saved: readonly string[];
}

/** "smtpHost", "smtp_host" and "smtp-host" all read "Smtp host". */
export function nameInWords(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The types a schema allows, null left out (an empty value already means "not set"). */
function typesOf(schema: JsonSchema): string[] {
  const { type } = schema;
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type.map(String) : [];
  return types.filter((name) => name !== 'null');
}

/**
 * The schema a property's control follows: the property itself when it has one type; the one
 * alternative of an anyOf (or oneOf) besides null, or the first when all alternatives share a type;
 * undefined when the types differ, or are not said.
 */
function singleTyped(schema: JsonSchema): { type: string; schema: JsonSchema } | undefined {
  const own = typesOf(schema);
  if (own.length === 1) return { type: own[0]!, schema };
  if (own.length > 1) return undefined;
  const alternatives = [schema.anyOf, schema.oneOf]
    .flatMap((list): unknown[] => (Array.isArray(list) ? list : []))
    .filter(isSchema)
    .filter((alternative) => alternative.type !== 'null');
  const typed = alternatives.map(singleTyped);
  const first = typed[0];
  if (!first || typed.some((entry) => entry?.type !== first.type)) return undefined;
  return { type: first.type, schema: { ...first.schema, ...schema } };
}

const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The bounds of a number field; an exclusive bound of an integer is the next integer in. */
function bounds(schema: JsonSchema, integer: boolean): { min?: number; max?: number } {
  const shift = integer ? 1 : 0;
  const exclusiveMin = numberOf(schema.exclusiveMinimum);
  const exclusiveMax = numberOf(schema.exclusiveMaximum);
  const min = numberOf(schema.minimum) ?? (exclusiveMin === undefined ? undefined : exclusiveMin + shift);
  const max = numberOf(schema.maximum) ?? (exclusiveMax === undefined ? undefined : exclusiveMax - shift);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function control(
  property: JsonSchema,
  secret: boolean,
): Pick<SettingField, 'kind' | 'options' | 'min' | 'max' | 'step'> {
  const typed = singleTyped(property);
  if (secret) return { kind: 'secret' };
  if (!typed) return { kind: 'json' };
  const { type, schema } = typed;
  if (Array.isArray(schema.enum) && (type === 'string' || type === 'number' || type === 'integer'))
    return { kind: 'select', options: schema.enum.map(String) };
  if (type === 'string')
    return { kind: schema.format === 'uri' ? 'url' : schema.format === 'email' ? 'email' : 'text' };
  if (type === 'number' || type === 'integer')
    return { kind: 'number', step: type === 'integer' ? 1 : 'any', ...bounds(schema, type === 'integer') };
  if (type === 'boolean') return { kind: 'checkbox' };
  return { kind: 'json' };
}

/** The form's fields, in the schema's order; none when the settings are not an object schema. */
export function settingFields({ schema, secrets, locked, saved }: SettingsDescription): SettingField[] {
  const properties = schema?.properties;
  if (!isSchema(properties)) return [];
  const required = new Set(Array.isArray(schema?.required) ? schema.required.map(String) : []);
  const secretNames = new Set(secrets);
  const variables = new Map(locked.map(({ name, variable }) => [name, variable]));
  return Object.entries(properties).map(([name, value]) => {
    const property = isSchema(value) ? value : {};
    const description = typeof property.description === 'string' ? property.description : undefined;
    const lockedBy = variables.get(name);
    return {
      name,
      label: nameInWords(name),
      ...control(property, secretNames.has(name)),
      ...(description === undefined ? {} : { description }),
      hasDefault: 'default' in property,
      ...('default' in property ? { defaultValue: property.default } : {}),
      required: required.has(name),
      ...(lockedBy === undefined ? {} : { lockedBy }),
      saved: saved.includes(name),
    };
  });
}
