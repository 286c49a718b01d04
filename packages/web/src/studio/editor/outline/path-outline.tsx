// The live outline: the whole structure as a tree that follows every edit (each node with what it
// takes, its prerequisites and date, its problems and course warnings), then the tiers; each entry
// leads to its place in the editor.
import { Badge, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { formatDate, isStep, type PathNode } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { useProblems } from '../fields/problems-context.tsx';
import { useCourseWarnings } from '../validation/course-warnings-context.tsx';
import { messages as warningMessages } from '../validation/messages.ts';
import { nodeTitle, referenceTitle } from '../state/node-tree.ts';
import { nodeSummary } from '../structure/node-summary.ts';
import { messages } from './messages.ts';

function OutlineNode({ node, pointer }: { readonly node: PathNode; readonly pointer: string }) {
  const intl = useIntl();
  const { definition, reveal, keyOf } = useEditor();
  const { within } = useProblems();
  const problems = within(pointer);
  const warnings = useCourseWarnings().at(pointer).length;
  const title = nodeTitle(node);
  const titleOf = (id: string) => referenceTitle(definition, id);
  const details = [nodeSummary(intl, node, definition)];
  if (node.prerequisites?.length)
    details.push(
      intl.formatMessage(messages.after, { items: intl.formatList(node.prerequisites.map(titleOf)) }),
    );
  if (node.availableFrom && !Number.isNaN(Date.parse(node.availableFrom)))
    details.push(intl.formatMessage(messages.opens, { date: formatDate(node.availableFrom) }));
  return (
    <li>
      <Button
        variant="link"
        size="inline"
        className="outline-link"
        aria-label={intl.formatMessage(messages.show, { title })}
        onClick={() => reveal(pointer)}
      >
        {title}
      </Button>{' '}
      {problems > 0 && (
        <Badge variant="danger">{intl.formatMessage(messages.problems, { count: problems })}</Badge>
      )}{' '}
      {warnings > 0 && (
        <Badge variant="warning">
          {intl.formatMessage(warningMessages.warningCount, { count: warnings })}
        </Badge>
      )}
      <span className="d-block small text-gray-700">{details.join(' · ')}</span>
      {!isStep(node) && node.children.length > 0 && (
        <ol>
          {node.children.map((child, index) => (
            <OutlineNode key={keyOf(child.id)} node={child} pointer={`${pointer}/children/${index}`} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function PathOutline() {
  const intl = useIntl();
  const { definition, reveal, keyOf } = useEditor();
  const tiers = definition.tiers ?? [];
  return (
    <nav aria-labelledby="outline-heading" className="path-outline">
      <h2 id="outline-heading" className="h4">
        {intl.formatMessage(messages.heading)}
      </h2>
      <ol>
        <OutlineNode node={definition.requirements} pointer="/requirements" />
      </ol>
      {tiers.length > 0 && (
        <>
          <h3 className="h5">{intl.formatMessage(messages.tiers)}</h3>
          <ol>
            {tiers.map((tier, index) => (
              <li key={keyOf(tier.id)}>
                <Button
                  variant="link"
                  size="inline"
                  className="outline-link"
                  aria-label={intl.formatMessage(messages.showTier, { title: tier.title || tier.id })}
                  onClick={() => reveal(`/tiers/${index}`)}
                >
                  {tier.title || tier.id}
                </Button>
                <span className="d-block small text-gray-700">
                  {intl.formatMessage(messages.requires, {
                    items: intl.formatList(tier.requires.map((id) => referenceTitle(definition, id))),
                  })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </nav>
  );
}
