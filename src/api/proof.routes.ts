/**
 * Proof-reading API for the newsroom's editor: `POST /api/v1/proof` with `{text}` returns the
 * diagnostics; `GET /api/v1/proof/rules` lists the rules. The dictionaries load on the first request.
 */
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app/app-context.ts';
import { createProofreader, type Proofreader } from '../proofing/proofreader.ts';
import { RULE_IDS } from '../proofing/rules/index.ts';
import { ApiErrorSchema } from './api-error.ts';

/** One article is a few tens of kilobytes; a megabyte of JSON is far past any real copy. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_TEXT_LENGTH = 1_000_000;

const MessageSchema = Type.Object({ ar: Type.String(), en: Type.String() });
const SeveritySchema = Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]);
const RuleIdSchema = Type.Union(RULE_IDS.map((id) => Type.Literal(id)));

const DiagnosticSchema = Type.Object({
  rule: Type.String(),
  severity: SeveritySchema,
  message: MessageSchema,
  start: Type.Integer({ description: 'UTF-16 offset into text' }),
  end: Type.Integer(),
  line: Type.Integer({ description: '1-based' }),
  column: Type.Integer({ description: '1-based, in UTF-16 code units' }),
  excerpt: Type.Object({ text: Type.String(), start: Type.Integer(), end: Type.Integer() }),
  suggestions: Type.Array(Type.String(), { description: 'best first; an empty string means delete' }),
  safeFix: Type.Boolean(),
});

const ProofRequestSchema = Type.Object(
  {
    text: Type.String({ maxLength: MAX_TEXT_LENGTH }),
    disable: Type.Optional(Type.Array(RuleIdSchema, { maxItems: RULE_IDS.length, uniqueItems: true })),
  },
  { additionalProperties: false },
);

const RuleSchema = Type.Object({
  id: Type.String(),
  severity: SeveritySchema,
  message: MessageSchema,
  examples: Type.Array(Type.Object({ wrong: Type.String(), right: Type.String() })),
});

export function proofApiRoutes(_context: AppContext): FastifyPluginAsyncTypebox {
  let proofreader: Promise<Proofreader> | undefined;
  const loadProofreader = () => {
    proofreader ??= createProofreader().catch((error: unknown) => {
      proofreader = undefined;
      throw error;
    });
    return proofreader;
  };

  return async (app) => {
    app.post(
      '/api/v1/proof',
      {
        bodyLimit: MAX_BODY_BYTES,
        schema: {
          body: ProofRequestSchema,
          response: { 200: Type.Object({ diagnostics: Type.Array(DiagnosticSchema) }), 400: ApiErrorSchema, 413: ApiErrorSchema },
        },
      },
      async (request, reply) => {
        const { text, disable } = request.body;
        const diagnostics = (await loadProofreader()).proof(text, { disable: disable ?? [] });
        return reply.header('cache-control', 'no-store').send({ diagnostics });
      },
    );

    app.get('/api/v1/proof/rules', { schema: { response: { 200: Type.Object({ rules: Type.Array(RuleSchema) }) } } }, async () => {
      const { rules } = await loadProofreader();
      return { rules: rules.map((rule) => ({ id: rule.id, severity: rule.severity, message: rule.message, examples: [...rule.examples] })) };
    });
  };
}
