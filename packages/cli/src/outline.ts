// The readable `evaluate` output: the path as a tree with a status symbol, a progress bar and
// the lock reason per node, then the tiers, then what is left and what to do next.
import {
  explainLock,
  percent,
  summarizeNode,
  type CompiledNode,
  type CompiledPath,
  type NodeStatus,
  type PathEvaluation,
} from '@learning-paths/core';
import type { Style } from './terminal.ts';

const SYMBOLS: Record<NodeStatus, string> = { completed: '✔', in_progress: '◐', available: '○', locked: '⊘' };
const WORDS: Record<NodeStatus, string> = {
  completed: 'completed',
  in_progress: 'in progress',
  available: 'available',
  locked: 'locked',
};
const BAR_WIDTH = 10;

export function progressBar(progress: number): string {
  const filled = Math.floor(progress * BAR_WIDTH + 1e-9);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

function colour(style: Style, status: NodeStatus, text: string): string {
  if (status === 'completed') return style.green(text);
  if (status === 'in_progress') return style.yellow(text);
  if (status === 'locked') return style.dim(text);
  return text;
}

/** Label widths are counted in code points: the symbols and box-drawing characters are one column each. */
function width(text: string): number {
  return [...text].length;
}

export function renderOutline(
  path: CompiledPath,
  evaluation: PathEvaluation,
  now: string,
  style: Style,
): string {
  const lines: string[] = [];
  const { definition } = path;
  lines.push(style.bold(definition.title) + style.dim(`  ${definition.key}`));
  const overall = evaluation.completed
    ? 'completed'
    : evaluation.progress > 0
      ? 'in progress'
      : 'not started';
  lines.push(
    `Overall ${progressBar(evaluation.progress)} ${percent(evaluation.progress).padStart(4)}  ${overall}` +
      style.dim(`  (as of ${now})`),
  );
  lines.push('');

  const rows = path.nodes.map((node) => {
    const result = evaluation.nodes[node.id]!;
    const label = `${treePrefix(path, node)}${SYMBOLS[result.status]} ${node.title}`;
    return { node, result, label };
  });
  const labelWidth = Math.max(...rows.map((row) => width(row.label)));
  for (const { node, result, label } of rows) {
    const padded = label + ' '.repeat(labelWidth - width(label));
    const details = [WORDS[result.status], summarizeNode(node).text];
    if (result.status === 'locked') details.push(explainLock(path, node.id, result.lockedBy));
    lines.push(
      `${colour(style, result.status, padded)}  ${progressBar(result.progress)} ${percent(result.progress).padStart(4)}  ${style.dim(details.join(' · '))}`,
    );
  }

  if (path.tiers.length > 0) {
    lines.push('', style.bold('Tiers'));
    const tierWidth = Math.max(...path.tiers.map((tier) => width(tier.title)));
    for (const tier of path.tiers) {
      const result = evaluation.tiers[tier.id]!;
      const status: NodeStatus = result.achieved
        ? 'completed'
        : result.progress > 0
          ? 'in_progress'
          : 'available';
      const missing = result.missing.map((id) => path.titleOf(id));
      const detail = result.achieved ? 'achieved' : `missing: ${missing.join(', ')}`;
      lines.push(
        `  ${colour(style, status, `${SYMBOLS[status]} ${tier.title.padEnd(tierWidth)}`)}  ${progressBar(result.progress)} ${percent(result.progress).padStart(4)}  ${style.dim(detail)}`,
      );
    }
  }

  lines.push('', style.bold('What is left'));
  if (evaluation.completed) lines.push('  Nothing: the path is completed.');
  else if (evaluation.remaining.length === 0)
    lines.push('  Nothing can be worked on now: everything left is locked.');
  for (const item of evaluation.remaining) lines.push(`  • ${item.text}`);
  if (evaluation.next.length > 0)
    lines.push('', `${style.bold('Next:')} ${evaluation.next.map((id) => path.titleOf(id)).join(', ')}`);
  return lines.join('\n') + '\n';
}

/** "│  ├─ " style prefix: one column per ancestor saying whether that ancestor has later siblings. */
function treePrefix(path: CompiledPath, node: CompiledNode): string {
  if (node.parent < 0) return '';
  const isLast = (child: CompiledNode) => {
    const siblings = path.nodes[child.parent]!.children;
    return siblings[siblings.length - 1] === child.index;
  };
  let prefix = isLast(node) ? '└─ ' : '├─ ';
  for (
    let ancestor = path.nodes[node.parent]!;
    ancestor.parent >= 0;
    ancestor = path.nodes[ancestor.parent]!
  ) {
    prefix = (isLast(ancestor) ? '   ' : '│  ') + prefix;
  }
  return prefix;
}
