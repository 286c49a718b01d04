// The typing of the plugin's routes: the request typed from the zod schemas in a route's `schema`
// (the core validates with zod), as fastify-type-provider-zod does without depending on it, and the
// OpenAPI fields (summary, description, hide) that the core's @fastify/swagger adds to FastifySchema.
/// <reference types="@fastify/swagger" />
import type { FastifyTypeProvider } from 'fastify';
import type { z } from 'zod';

export interface ZodTypes extends FastifyTypeProvider {
  readonly validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  readonly serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}
