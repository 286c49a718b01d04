// A message the worker gives up on, kept whole with its error for an operator (table dead_letters).
import type { DataAccess } from '../store/data-access.ts';
import { printableFields, textField, type Delivery } from './stream-entry.ts';

/** Stores the message; throws when the database refuses (the message then stays pending). */
export async function deadLetter(
  data: DataAccess,
  { entry, deliveries }: Delivery,
  error: string,
  now: string,
): Promise<void> {
  await data.deadLetters.add({
    stream: entry.stream,
    messageId: entry.entryId,
    type: textField(entry, 'type') ?? null,
    fields: printableFields(entry),
    error,
    deliveries,
    failedAt: now,
  });
}
