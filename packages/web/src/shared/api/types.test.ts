// The route types resolve to the shapes the server answers (checked by the type checker; the test
// body only makes vitest count it).
import { expectTypeOf, it } from 'vitest';
import type { Answer, RequestBody } from './types.ts';

it('reads answers and bodies of routes from the generated OpenAPI types', () => {
  expectTypeOf<Answer<'/api/v1/me/learning', 'get'>['total']>().toEqualTypeOf<number>();
  expectTypeOf<RequestBody<'/api/v1/session', 'post'>>().toEqualTypeOf<{
    username: string;
    password: string;
  }>();
});
