// The schema of a translatable sentence the API sends beside its English text (core's Message:
// an id and its values), shared by the routes that send them.
import { z } from 'zod';

const plainValue = z.union([z.string(), z.number()]);
export const message = z
  .object({
    id: z.string(),
    values: z.record(
      z.string(),
      z.union([
        plainValue,
        z.array(
          z.union([z.string(), z.object({ id: z.string(), values: z.record(z.string(), plainValue) })]),
        ),
      ]),
    ),
  })
  .meta({
    description:
      'A sentence for the page to translate: an id and its values, beside the English text (docs/path-format.md, "Messages")',
  });
