// Activities (Data 2.4.4.1): an IRI id and an optional definition, whose interaction properties
// (SCORM-style questions) must agree with its interactionType.
import {
  checkExtensions,
  checkIri,
  checkLanguageMap,
  checkString,
  eachOf,
  has,
  objectAt,
  onlyProperties,
  type FieldPath,
  type Findings,
} from './check-values.ts';

/** Each interactionType, with the component lists it may have. */
const COMPONENT_LISTS: Readonly<Record<string, readonly string[]>> = {
  'true-false': [],
  choice: ['choices'],
  'fill-in': [],
  'long-fill-in': [],
  matching: ['source', 'target'],
  performance: ['steps'],
  sequencing: ['choices'],
  likert: ['scale'],
  numeric: [],
  other: [],
};
const ALL_LISTS = ['choices', 'scale', 'source', 'target', 'steps'];
const INTERACTION_PROPERTIES = ['interactionType', 'correctResponsesPattern', ...ALL_LISTS];
const DEFINITION_PROPERTIES = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  ...INTERACTION_PROPERTIES,
];

export function checkActivity(value: unknown, path: FieldPath, found: Findings): void {
  const activity = objectAt(value, path, found, 'an Activity');
  if (activity === null) return;
  onlyProperties(activity, ['objectType', 'id', 'definition'], path, found, 'an Activity');
  if (has(activity, 'objectType') && activity.objectType !== 'Activity')
    found.push({ path: [...path, 'objectType'], message: 'must be "Activity"' });
  if (has(activity, 'id')) checkIri(activity.id, [...path, 'id'], found);
  else found.push({ path: [...path, 'id'], message: 'is required in an Activity' });
  if (has(activity, 'definition')) checkDefinition(activity.definition, [...path, 'definition'], found);
}

function checkDefinition(value: unknown, path: FieldPath, found: Findings): void {
  const definition = objectAt(value, path, found, 'an Activity definition');
  if (definition === null) return;
  onlyProperties(definition, DEFINITION_PROPERTIES, path, found, 'an Activity definition');
  for (const map of ['name', 'description'])
    if (has(definition, map)) checkLanguageMap(definition[map], [...path, map], found);
  for (const iri of ['type', 'moreInfo'])
    if (has(definition, iri)) checkIri(definition[iri], [...path, iri], found);
  if (has(definition, 'extensions')) checkExtensions(definition.extensions, [...path, 'extensions'], found);
  checkInteraction(definition, path, found);
}

function checkInteraction(definition: Record<string, unknown>, path: FieldPath, found: Findings): void {
  const used = INTERACTION_PROPERTIES.filter((name) => has(definition, name));
  if (used.length === 0) return;
  const type = definition.interactionType;
  const lists = typeof type === 'string' ? COMPONENT_LISTS[type] : undefined;
  if (lists === undefined) {
    found.push({
      path: [...path, 'interactionType'],
      message: `must be one of ${Object.keys(COMPONENT_LISTS).join(', ')} where interaction properties are used`,
    });
    return;
  }
  if (has(definition, 'correctResponsesPattern'))
    eachOf(definition.correctResponsesPattern, [...path, 'correctResponsesPattern'], found, (pattern, at) =>
      checkString(pattern, at, found),
    );
  for (const list of ALL_LISTS.filter((name) => has(definition, name))) {
    if (lists.includes(list)) checkComponents(definition[list], [...path, list], found);
    else
      found.push({
        path: [...path, list],
        message: `is not a component list of a ${String(type)} interaction`,
      });
  }
}

/** Interaction components: `{ id, description }`, ids distinct within the list. */
function checkComponents(value: unknown, path: FieldPath, found: Findings): void {
  const seen = new Set<string>();
  eachOf(value, path, found, (element, at) => {
    const component = objectAt(element, at, found, 'an interaction component');
    if (component === null) return;
    onlyProperties(component, ['id', 'description'], at, found, 'an interaction component');
    if (!has(component, 'id'))
      found.push({ path: [...at, 'id'], message: 'is required in an interaction component' });
    else if (checkString(component.id, [...at, 'id'], found)) {
      if (seen.has(component.id))
        found.push({ path: [...at, 'id'], message: 'is the id of an earlier component of this list' });
      seen.add(component.id);
    }
    if (has(component, 'description')) checkLanguageMap(component.description, [...at, 'description'], found);
  });
}
