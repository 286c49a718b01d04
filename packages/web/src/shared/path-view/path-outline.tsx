// The whole pathway as a vertical outline: nested lists of groups and steps, each with a status
// icon and its status in words, headings in order (h3 for the root's children, deeper ones below),
// groups with their rule and how many parts are done, and the suggested next step highlighted.
// Learn shows it to the learner, Studio read-only to the path's staff.
import { createElement } from 'react';
import './path-view.css';
import { useIntl } from 'react-intl';
import { ProgressBar } from '../progress/progress-bar.tsx';
import { StatusLabel } from '../progress/status-label.tsx';
import type { OutlineNode } from './outline-model.ts';
import { OutlineStepDetails, type StepAction } from './outline-step.tsx';
import { NodeNotes } from './node-notes.tsx';
import { messages } from './messages.ts';

interface OutlineProps {
  /** What the app adds under each step; nothing when absent (a read-only view). */
  readonly stepAction?: StepAction | undefined;
}

/** "Choose 2 of 3 — 1 done". */
function useRuleWords(): (node: OutlineNode) => string {
  const intl = useIntl();
  return (node) => {
    const rule = node.summary.charAt(0).toUpperCase() + node.summary.slice(1);
    return intl.formatMessage(messages.ruleDone, { rule, done: node.done });
  };
}

function GroupDetails({ node }: { readonly node: OutlineNode }) {
  const intl = useIntl();
  const ruleWords = useRuleWords();
  return (
    <>
      <p className="mb-1">{ruleWords(node)}</p>
      <NodeNotes node={node} />
      <ProgressBar
        value={node.progress}
        label={intl.formatMessage(messages.progressOn, { title: node.title })}
        className="lp-outline__progress mb-2"
      />
    </>
  );
}

function OutlineItem({ node, ...props }: { readonly node: OutlineNode } & OutlineProps) {
  const intl = useIntl();
  const heading = `h${Math.min(Math.max(node.depth, 1) + 2, 6)}`;
  return (
    <li
      id={`node-${node.id}`}
      className={`lp-outline__item lp-outline__item--${node.status}${node.suggested ? ' lp-outline__item--suggested' : ''}`}
    >
      <div className="lp-outline__head">
        {createElement(heading, { className: 'lp-outline__title mb-0' }, node.title)}
        <StatusLabel status={node.status} />
        {node.credits && (
          <span className="lp-outline__credits">{intl.formatMessage(messages.credits, node.credits)}</span>
        )}
        {node.suggested && (
          <span className="lp-outline__suggested">{intl.formatMessage(messages.suggested)}</span>
        )}
      </div>
      {node.step ? (
        <OutlineStepDetails node={{ ...node, step: node.step }} action={props.stepAction} />
      ) : (
        <>
          <GroupDetails node={node} />
          <OutlineList nodes={node.children} {...props} />
        </>
      )}
    </li>
  );
}

function OutlineList({ nodes, ...props }: { readonly nodes: readonly OutlineNode[] } & OutlineProps) {
  return (
    <ol className="lp-outline">
      {nodes.map((node) => (
        <OutlineItem key={node.id} node={node} {...props} />
      ))}
    </ol>
  );
}

export function PathOutline({ root, ...props }: { readonly root: OutlineNode } & OutlineProps) {
  const intl = useIntl();
  const ruleWords = useRuleWords();
  return (
    <section aria-labelledby="outline-title" className="mb-5">
      <h2 id="outline-title">{intl.formatMessage(messages.outlineTitle)}</h2>
      {!root.step && (
        <p>
          {ruleWords(root)}
          {root.credits && <> · {intl.formatMessage(messages.credits, root.credits)}</>}
        </p>
      )}
      {root.remaining && <p>{intl.formatMessage(messages.toDo, { text: root.remaining })}</p>}
      {root.step ? (
        <OutlineList nodes={[root]} {...props} />
      ) : (
        <OutlineList nodes={root.children} {...props} />
      )}
    </section>
  );
}
