// What core's engine answers for the imaginary learner: every node's status with why it is
// locked, the tiers, what is left (parts that open later too) and what can be done now, in the
// author's language.
import { Badge } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { describeLock, needsOf, percent, type CompiledPath, type PathEvaluation } from '@learning-paths/core';
import { formatWords } from '../../../shared/intl/format-words.ts';
import { nodeEntries, nodeTitle } from '../state/node-tree.ts';
import { StatusBadge } from './status-badge.tsx';
import { messages } from './messages.ts';

export function WhatIfOutcome({
  path,
  evaluation,
}: {
  readonly path: CompiledPath;
  readonly evaluation: PathEvaluation;
}) {
  const intl = useIntl();
  const { definition } = path;
  const list = (ids: readonly string[]) =>
    intl.formatList(
      ids.map((id) => path.titleOf(id)),
      { type: 'conjunction' },
    );
  const tiers = definition.tiers ?? [];
  // Parts that open later are named with why (a date, a prerequisite), not left out.
  const needs = path.nodes.length === 0 ? [] : needsOf(path, evaluation, [0]);
  return (
    <div className="what-if-outcome">
      <ul className="list-unstyled what-if-nodes">
        {nodeEntries(definition).map(({ node, ancestors }) => {
          const result = evaluation.nodes[node.id]!;
          const lock = formatWords(intl, describeLock(path, node.id, result.lockedBy));
          return (
            <li
              key={node.id}
              className="what-if-node"
              style={{ marginInlineStart: `${ancestors.length}rem` }}
            >
              <span className="what-if-node-title">{nodeTitle(node)}</span>{' '}
              <StatusBadge status={result.status} /> <span className="small">{percent(result.progress)}</span>
              {lock && <span className="d-block small text-gray-700">{lock}</span>}
            </li>
          );
        })}
      </ul>
      {tiers.length > 0 && (
        <>
          <h4 className="h5">{intl.formatMessage(messages.tiers)}</h4>
          <ul className="list-unstyled">
            {tiers.map((tier) => {
              const result = evaluation.tiers[tier.id]!;
              return (
                <li key={tier.id} className="mb-1">
                  <span className="what-if-node-title">{tier.title}</span>{' '}
                  <Badge variant={result.achieved ? 'success' : 'light'}>
                    {result.achieved
                      ? intl.formatMessage(messages.achieved)
                      : intl.formatMessage(messages.notAchieved, { percent: percent(result.progress) })}
                  </Badge>
                  {result.missing.length > 0 && (
                    <span className="d-block small text-gray-700">
                      {intl.formatMessage(messages.missing, { items: list(result.missing) })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h4 className="h5">{intl.formatMessage(messages.remaining)}</h4>
      {needs.length === 0 ? (
        <p>{intl.formatMessage(messages.nothingLeft)}</p>
      ) : (
        <ul>
          {needs.map((need) => (
            <li key={need.node}>
              {need.locked
                ? intl.formatMessage(messages.lockedNeed, {
                    title: path.titleOf(need.node),
                    reason: formatWords(intl, need),
                  })
                : formatWords(intl, need)}
            </li>
          ))}
        </ul>
      )}
      <h4 className="h5">{intl.formatMessage(messages.next)}</h4>
      <p>{evaluation.next.length === 0 ? intl.formatMessage(messages.noNext) : list(evaluation.next)}</p>
    </div>
  );
}
