// Path definition files as Studio's dialogs pick and read them: JSON or YAML, told apart by name.

/** What a file picker offers: the extensions and media types of JSON and YAML. */
export const DEFINITION_FILE_TYPES = '.json,.yaml,.yml,application/json,application/yaml';

/** The format a file's name says, or undefined when it says neither. */
export function definitionFormat(name: string): 'json' | 'yaml' | undefined {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return /\.json$/i.test(name) ? 'json' : undefined;
}
