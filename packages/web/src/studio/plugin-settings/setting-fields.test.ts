// The form's fields from real settings schemas, turned into JSON Schema as the server does (zod's
// output shape), and what the form sends for what is typed.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nameInWords, settingFields, type SettingField } from './setting-fields.ts';
import { draftOf, encodeDraft, MASKED, resetDraft, settingOfPointer } from './setting-values.ts';

const SETTINGS = z.object({
  smtpHost: z.string().describe('The mail server').default('localhost'),
  smtpPort: z.coerce.number().int().min(1).max(65535).default(587),
  maxNotes: z.coerce.number().int().positive().default(10),
  ratio: z.coerce.number().optional(),
  secure: z.stringbool().default(false),
  siteUrl: z.url().optional(),
  replyTo: z.email().optional(),
  level: z.enum(['low', 'high']).default('low'),
  recipients: z.array(z.email()).default([]),
  limits: z.record(z.string(), z.number()).optional(),
  nickname: z.string().nullable().default(null),
  either: z.union([z.string(), z.number()]).optional(),
  apiKey: z.string().default('unset'),
});

const schema = z.toJSONSchema(SETTINGS, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;

const fields = settingFields({
  schema,
  secrets: ['apiKey'],
  locked: [{ name: 'smtpHost', variable: 'LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SMTP_HOST' }],
  saved: ['smtpPort'],
});
const field = (name: string): SettingField => fields.find((candidate) => candidate.name === name)!;

describe('the fields of a settings schema', () => {
  it('puts each name in words', () => {
    expect(nameInWords('smtpHost')).toBe('Smtp host');
    expect(nameInWords('max_notes')).toBe('Max notes');
    expect(nameInWords('siteURLPath')).toBe('Site url path');
    expect(nameInWords('apiKey')).toBe('Api key');
  });

  it('gives every property, in order, the control of its type', () => {
    expect(fields.map(({ name, kind }) => [name, kind])).toEqual([
      ['smtpHost', 'text'],
      ['smtpPort', 'number'],
      ['maxNotes', 'number'],
      ['ratio', 'number'],
      ['secure', 'checkbox'],
      ['siteUrl', 'url'],
      ['replyTo', 'email'],
      ['level', 'select'],
      ['recipients', 'json'],
      ['limits', 'json'],
      ['nickname', 'text'],
      ['either', 'json'],
      ['apiKey', 'secret'],
    ]);
  });

  it('keeps the label, description, default, bounds, choices and the variable that locks it', () => {
    expect(field('smtpHost')).toMatchObject({
      label: 'Smtp host',
      description: 'The mail server',
      hasDefault: true,
      defaultValue: 'localhost',
      lockedBy: 'LP_PLUGIN_ORG_EXAMPLE_NOTIFY_SMTP_HOST',
    });
    expect(field('smtpPort')).toMatchObject({ min: 1, max: 65535, step: 1, defaultValue: 587 });
    // positive(): an exclusive minimum of 0, the integer 1.
    expect(field('maxNotes')).toMatchObject({ min: 1, step: 1 });
    expect(field('ratio')).toMatchObject({ step: 'any', hasDefault: false, required: false });
    expect(field('level')).toMatchObject({ options: ['low', 'high'], required: true });
    expect(field('nickname')).toMatchObject({ hasDefault: true, defaultValue: null });
  });

  it('reads an anyOf with null as its one type', () => {
    const [only] = settingFields({
      schema: {
        type: 'object',
        properties: { port: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], default: 25 } },
      },
      saved: [],
      secrets: [],
      locked: [],
    });
    expect(only).toMatchObject({ kind: 'number', min: 1, step: 1, defaultValue: 25 });
  });

  it('has no fields without an object schema', () => {
    expect(settingFields({ schema: null, secrets: [], locked: [], saved: [] })).toEqual([]);
    expect(settingFields({ schema: { type: 'string' }, secrets: [], locked: [], saved: [] })).toEqual([]);
  });
});

describe('what the form sends', () => {
  const values = SETTINGS.parse({ siteUrl: 'https://example.org', recipients: ['a@example.org'] });
  const shown = { ...values, apiKey: MASKED };
  const draft = draftOf(fields, shown);

  it('fills the form with the values in force, a secret empty', () => {
    expect(draft.smtpPort).toEqual({ value: '587', reset: false });
    expect(draft.secure).toEqual({ value: false, reset: false });
    expect(draft.recipients).toEqual({ value: '[\n  "a@example.org"\n]', reset: false });
    expect(draft.nickname).toEqual({ value: '', reset: false });
    expect(draft.apiKey).toEqual({ value: '', reset: false });
  });

  it('sends only the fields changed, scalars as the environment would, JSON parsed, emptied as null', () => {
    const encoded = encodeDraft(
      fields,
      {
        ...draft,
        smtpPort: { value: ' 2525 ', reset: false },
        secure: { value: true, reset: false },
        limits: { value: '{"daily": 5}', reset: false },
        siteUrl: { value: '', reset: false },
      },
      draft,
    );
    expect(encoded).toEqual({
      ok: true,
      values: { smtpPort: '2525', secure: 'true', limits: { daily: 5 }, siteUrl: null },
    });
    // The values sent are what the plugin's own schema reads, once saved over the file.
    if (encoded.ok)
      expect(
        SETTINGS.parse(
          Object.fromEntries(Object.entries(encoded.values).filter(([, value]) => value !== null)),
        ),
      ).toMatchObject({ smtpPort: 2525, secure: true, limits: { daily: 5 } });
  });

  it('sends a new secret as typed, and null for a field reset to its default', () => {
    const reset = resetDraft(field('smtpPort'));
    expect(reset).toEqual({ value: '587', reset: true });
    const encoded = encodeDraft(
      fields,
      { ...draft, apiKey: { value: 's3cret', reset: false }, smtpPort: reset },
      draft,
    );
    expect(encoded.ok && encoded.values).toEqual({ apiKey: 's3cret', smtpPort: null });
  });

  it('refuses JSON that does not parse, naming the field', () => {
    const encoded = encodeDraft(
      fields,
      { ...draft, recipients: { value: '["a@example.org"', reset: false } },
      draft,
    );
    expect(encoded.ok).toBe(false);
    expect(!encoded.ok && Object.keys(encoded.errors)).toEqual(['recipients']);
  });

  it('finds the setting a problem points at', () => {
    expect(settingOfPointer('/values/maxNotes')).toBe('maxNotes');
    expect(settingOfPointer('/values/recipients/0')).toBe('recipients');
    expect(settingOfPointer('/values/a~1b')).toBe('a/b');
    expect(settingOfPointer('/values/')).toBeUndefined();
  });
});
