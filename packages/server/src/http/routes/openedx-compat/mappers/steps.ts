// A path's steps as the Open edX plugin numbers them: every node with a course, in document order,
// with the weight the plugin uses for the path's grade. A step that follows its course gives the
// run the caller chose (the path's current run, or the learner's own), else the one it names.
import type { CompiledPath } from '@learning-paths/core';

interface PluginStep {
  /** From 0, in document order. */
  readonly order: number;
  readonly course: string;
  readonly weight: number;
}

export function pluginSteps(
  compiled: CompiledPath,
  runs: Readonly<Record<string, string>> | undefined,
): PluginStep[] {
  return compiled.nodes
    .flatMap((node) =>
      node.course === null ? [] : [{ course: runs?.[node.id] ?? node.course, weight: node.weight }],
    )
    .map((step, order) => ({ order, ...step }));
}
