// The changes between two definitions, as a list of sentences ("Changed criteria of Machine
// Learning", "Added Reinforcement Learning").
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { diffDefinitions, type Change } from './version-diff.ts';
import { fieldNames, messages } from './messages.ts';

export function ChangeList({
  before,
  after,
}: {
  readonly before: PathDefinition;
  readonly after: PathDefinition;
}) {
  const intl = useIntl();
  const changes = diffDefinitions(before, after);
  if (changes.length === 0) return <p className="small">{intl.formatMessage(messages.noChanges)}</p>;
  const fields = (names: readonly string[]) =>
    intl.formatList(
      names.map((name) =>
        Object.hasOwn(fieldNames, name)
          ? intl.formatMessage(fieldNames[name as keyof typeof fieldNames])
          : name,
      ),
      { type: 'conjunction' },
    );
  const sentence = (change: Change): string => {
    switch (change.kind) {
      case 'path-changed':
        return intl.formatMessage(messages.pathChanged, { fields: fields(change.fields) });
      case 'node-added':
        return intl.formatMessage(messages.nodeAdded, { title: change.title });
      case 'node-removed':
        return intl.formatMessage(messages.nodeRemoved, { title: change.title });
      case 'node-moved':
        return intl.formatMessage(messages.nodeMoved, { title: change.title, to: change.to });
      case 'node-changed':
        return intl.formatMessage(messages.nodeChanged, {
          title: change.title,
          fields: fields(change.fields),
        });
      case 'children-reordered':
        return intl.formatMessage(messages.childrenReordered, { title: change.title });
      case 'tier-added':
        return intl.formatMessage(messages.tierAdded, { title: change.title });
      case 'tier-removed':
        return intl.formatMessage(messages.tierRemoved, { title: change.title });
      case 'tier-changed':
        return intl.formatMessage(messages.tierChanged, {
          title: change.title,
          fields: fields(change.fields),
        });
      case 'tiers-reordered':
        return intl.formatMessage(messages.tiersReordered);
    }
  };
  return (
    <ul className="small change-list">
      {changes.map((change, index) => (
        <li key={index}>{sentence(change)}</li>
      ))}
    </ul>
  );
}
