// Routes for path images: an author uploads one as the raw body, and anyone with its URL fetches
// it (learners see path images; ids are unguessable). What is served is always an inert image.
import { z } from 'zod';
import type { FastifyError, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import {
  IMAGE_TYPES,
  MAX_IMAGE_BYTES,
  tooLargeMessage,
  unsupportedTypeMessage,
} from '../../services/images/image-formats.ts';
import { imagePath, IMAGES_PATH } from '../../services/images/image-urls.ts';
import { checkMayUploadImages, uploadImage } from '../../services/images/upload-image.ts';
import { handleError } from '../problem.ts';
import { requestContext, security, useCaseContext } from '../request-context.ts';

/** fastify's own refusals of a body, reworded to say what this route takes. */
function imageBodyError(error: FastifyError, request: FastifyRequest): FastifyError {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError('unsupported_type', unsupportedTypeMessage(request.headers['content-type']));
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('too_large', tooLargeMessage());
  return error;
}

export const imageRoutes: FastifyPluginAsyncZod = (app) => {
  // Only the image types are read, as bytes; any other body (JSON, SVG, text) gets 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    [...IMAGE_TYPES],
    { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES },
    (_request, body, done) => done(null, body),
  );
  app.setErrorHandler<FastifyError>((error, request, reply) =>
    handleError(imageBodyError(error, request), request, reply),
  );

  app.post(
    IMAGES_PATH,
    {
      schema: {
        tags: ['images'],
        summary: 'Upload an image for a path (authors and admins)',
        description: `The image itself is the body, sent as ${IMAGE_TYPES.join(', ')}: its magic number must match. At most ${MAX_IMAGE_BYTES} bytes (2 MiB). Set the path's \`image\` to the \`url\` answered.`,
        security,
        consumes: [...IMAGE_TYPES],
        body: z.unknown().meta({ type: 'string', format: 'binary' }),
        response: {
          201: z.object({
            id: z.string(),
            url: z.string().meta({ description: 'Where anyone fetches it: /api/v1/images/{id}' }),
            contentType: z.string().meta({ description: IMAGE_TYPES.join(', ') }),
            size: z.number().int(),
          }),
        },
      },
      bodyLimit: MAX_IMAGE_BYTES,
      // Who may upload is settled before the body is read, so a refused caller sends no image. The
      // request's context keeps the caller for the handler.
      onRequest: async (request) => {
        const { actor } = await useCaseContext(request);
        checkMayUploadImages(actor);
      },
    },
    async (request, reply) => {
      const { data, actor, now } = await useCaseContext(request);
      const image = await uploadImage({
        images: data.images,
        actor,
        contentType: request.headers['content-type'],
        bytes: Buffer.isBuffer(request.body) ? request.body : undefined,
        now,
      });
      const { id, contentType, size } = image;
      return reply.code(201).send({ id, url: imagePath(id), contentType, size });
    },
  );

  app.get(
    `${IMAGES_PATH}/:id`,
    {
      schema: {
        tags: ['images'],
        summary: 'Fetch an uploaded image (no sign-in needed)',
        description: 'Served with its stored Content-Type, to be shown as an image and never run.',
        params: z.object({ id: z.string() }),
        produces: [...IMAGE_TYPES],
      },
    },
    async (request, reply) => {
      const image = await requestContext(request).data.images.find(request.params.id);
      if (!image) throw new AppError('not_found', `no image has the id ${request.params.id}`);
      return reply
        .type(image.contentType)
        .header('content-security-policy', "default-src 'none'")
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(image.bytes);
    },
  );
  return Promise.resolve();
};
