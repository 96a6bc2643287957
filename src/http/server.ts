import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { ServerDeps } from './context';
import { sendError } from './errors';
import { routeModules } from './routes';
import { registerSession } from './session';

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Route modules, each registering the routes of one resource. */
export type RouteModule = (app: App) => void;

export interface BuildOptions {
  logger?: FastifyBaseLogger | boolean;
}

export async function buildServer(deps: ServerDeps, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    loggerInstance: typeof options.logger === 'object' ? options.logger : undefined,
    logger: typeof options.logger === 'boolean' ? options.logger : undefined,
    trustProxy: true,
    bodyLimit: 10 * 1024 * 1024,
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array' } },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  app.decorate('deps', deps);
  app.setErrorHandler((error, request, reply) =>
    sendError(request, reply, error as Error, deps.translator),
  );
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !existsSync(join(deps.config.webDir, 'index.html'))) {
      return sendError(
        request,
        reply,
        Object.assign(new Error('not found'), { statusCode: 404 }),
        deps.translator,
      );
    }
    // The web app routes on the client: every other path gets its shell.
    return reply.type('text/html').sendFile('index.html');
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
  });
  await app.register(rateLimit, {
    global: true,
    max: 600,
    timeWindow: '1 minute',
    // Only the API is limited: the web app's files are static, and one page load fetches many.
    allowList: (request) => !request.url.startsWith('/api/'),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samen API',
        version: deps.version,
        description:
          'Social workplace learning. Sign in with POST /api/v1/auth/login; changing requests ' +
          'carry the x-csrf-token header (the samen_csrf cookie).',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'samen_session' } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerSession(app);
  for (const routes of routeModules) routes(app);

  if (existsSync(deps.config.webDir)) {
    await app.register(fastifyStatic, {
      root: deps.config.webDir,
      wildcard: false,
      index: 'index.html',
    });
  }
  return app;
}
