// What a tier asks, in words, from the path's structure: the achievement's `criteria.narrative` (OB
// 3.0 reads it as Markdown), one line for each part the tier requires, saying what that part asks as
// the engine words it ("completion ≥ 80%", "choose 2 of 3").
import { compilePath, summarizeNode, type CompiledPath, type PathDefinition } from '@learning-paths/core';

/** Parts of a group named in a line; longer groups end "and N more". */
const NAMED_CHILDREN = 8;

export function tierNarrative(definition: PathDefinition, tierId: string): string {
  const tier = definition.tiers?.find((candidate) => candidate.id === tierId);
  if (!tier) return '';
  const compiled = compiledOrNull(definition);
  const lines = tier.requires.map(
    (id) => `- ${compiled ? requirementLine(compiled, id) : titleOf(definition, id)}`,
  );
  return [
    `Achieved by meeting every requirement below on the learning path "${definition.title}":`,
    ...lines,
  ].join('\n');
}

/**
 * The compiled path, for the engine's words; null when this process cannot compile it (a criterion
 * of a plugin not loaded here), and the narrative then names the parts without their rules.
 */
function compiledOrNull(definition: PathDefinition): CompiledPath | null {
  try {
    return compilePath(definition);
  } catch {
    return null;
  }
}

function requirementLine(path: CompiledPath, id: string): string {
  const slot = path.slotOf.get(id);
  if (slot === undefined) return id;
  if (slot >= path.nodes.length) return `The tier "${path.entryOfSlot(slot).title}"`;
  const node = path.nodes[slot]!;
  const asks = summarizeNode(node).text;
  if (node.children.length === 0) return `${node.title}: ${asks}`;
  const titles = node.children.slice(0, NAMED_CHILDREN).map((child) => path.nodes[child]!.title);
  const more = node.children.length - titles.length;
  return `${node.title}: ${asks} (${titles.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

/** A node's or tier's title from the definition alone. */
function titleOf(definition: PathDefinition, id: string): string {
  const tier = definition.tiers?.find((candidate) => candidate.id === id);
  if (tier) return `The tier "${tier.title}"`;
  const stack = [definition.requirements];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.id === id) return node.title ?? id;
    if ('children' in node) stack.push(...node.children);
  }
  return id;
}
