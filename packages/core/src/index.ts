// The public API of @learning-paths/core: the path format, keys, validation, evaluation and the
// rule registry. Everything here is pure and runs in Node and in the browser.
export * from './keys.ts';
export * from './problems.ts';
export * from './definition/types.ts';
export { FORMAT_LIMITS } from './definition/limits.ts';
export { resolvedCredits } from './definition/node-facts.ts';
export { pathDefinitionJsonSchema } from './definition/json-schema.ts';
export * from './facts/types.ts';
export { validateFacts, type FactsDocument } from './facts/validate-facts.ts';
export * from './registry/types.ts';
export * from './registry/wording.ts';
export { RuleRegistry } from './registry/registry.ts';
export { createRegistry, defaultRegistry } from './registry/create-registry.ts';
export { validatePath, type ValidationResult } from './validate/validate-path.ts';
export { cyclicReferences, type CyclicReference } from './validate/reference-cycles.ts';
export * from './evaluate/types.ts';
export { CompiledPath, compilePath, evaluatePath } from './evaluate/compiled-path.ts';
export type { CompileOptions, CompiledNode } from './evaluate/compile.ts';
export * from './evaluate/course-schedule.ts';
export * from './evaluate/step-runs.ts';
export { percent } from './rules/format.ts';
export { describeLock, explainLock, formatDate } from './evaluate/explain-lock.ts';
export { needsOf, type Need } from './evaluate/needs.ts';
export { summarizeGroup, summarizeNode } from './evaluate/node-summary.ts';
export { parseDocument, DocumentSyntaxError } from './documents/parse-document.ts';
export { escapeHtml, renderMarkdown } from './markdown/render-markdown.ts';
export { allowedImageSource, IMAGES_PATH, type ImagePolicy } from './markdown/image-policy.ts';
export { csvLine, downloadFileName, toCsv } from './downloads/safe-download.ts';
