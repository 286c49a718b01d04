// A module resolution hook that adds the "source" export condition, the same as
// `node --conditions=source`, for a process that cannot be given the flag (`node bin/…-dev.js`).
export function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'source'] });
}
