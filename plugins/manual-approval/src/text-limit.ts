// Characters in a learner's note or a staff comment: the routes refuse longer, the forms stop there.
export const TEXT_LIMIT = 2000;
