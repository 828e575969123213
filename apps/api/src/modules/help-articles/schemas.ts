import {
  type HelpArticle,
  helpArticleLimits,
  helpTopics,
  type PortalHelpArticle,
  type PortalHelpArticleSummary,
  type RenderedHelpArticle,
} from '@portico/core';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';

export const HelpTopicSchema = StringEnum(helpTopics, {
  description: 'What the article is about: portal empty states link to the article of their topic.',
});

const html = Type.String({
  description: 'The Markdown rendered and sanitized on the server: safe to insert as is.',
});
const dateTime = () => Type.String({ format: 'date-time' });

export const HelpArticleDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    title: Type.String(),
    slug: Type.String(),
    body: Type.String({ description: 'Markdown, as written.' }),
    topic: Nullable(HelpTopicSchema),
    position: Type.Integer(),
    published: Type.Boolean(),
    publishedAt: Nullable(dateTime()),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  },
  { title: 'HelpArticle' },
);

export const RenderedHelpArticleDto = Type.Object(
  { ...HelpArticleDto.properties, html },
  {
    title: 'RenderedHelpArticle',
  },
);

export const HelpArticleList = Type.Object(
  { items: Type.Array(HelpArticleDto) },
  { title: 'HelpArticleList' },
);

const title = Type.String({ minLength: 1, maxLength: helpArticleLimits.title });
const slug = Type.String({
  minLength: 1,
  maxLength: helpArticleLimits.slug,
  description:
    'Lowercase letters, digits and hyphens; unique in the organization. Made from the title when left out.',
});
const body = Type.String({
  maxLength: helpArticleLimits.body,
  description: 'Markdown (raw HTML is shown as text).',
});

export const CreateHelpArticleBody = Type.Object(
  { title, slug: Type.Optional(slug), body, topic: Type.Optional(Nullable(HelpTopicSchema)) },
  { additionalProperties: false },
);

export const UpdateHelpArticleBody = Type.Object(
  {
    title: Type.Optional(title),
    slug: Type.Optional(slug),
    body: Type.Optional(body),
    topic: Type.Optional(Nullable(HelpTopicSchema)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PublishHelpArticleBody = Type.Object(
  { published: Type.Boolean({ description: 'false takes it out of the portal at once.' }) },
  { additionalProperties: false },
);

export const ReorderHelpArticlesBody = Type.Object(
  {
    ids: Type.Array(Type.String({ format: 'uuid' }), {
      maxItems: 1000,
      description: 'Every article of the organization, once each, in the new order.',
    }),
  },
  { additionalProperties: false },
);

export const MoveHelpArticleBody = Type.Object(
  { direction: StringEnum(['up', 'down'] as const) },
  { additionalProperties: false },
);

export const PreviewHelpArticleBody = Type.Object({ body }, { additionalProperties: false });
export const HelpArticlePreview = Type.Object({ html }, { title: 'HelpArticlePreview' });

export const PortalHelpArticleSummaryDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    title: Type.String(),
    slug: Type.String(),
    topic: Nullable(HelpTopicSchema),
    updatedAt: dateTime(),
  },
  { title: 'PortalHelpArticleSummary' },
);

export const PortalHelpArticleDto = Type.Object(
  { ...PortalHelpArticleSummaryDto.properties, html },
  {
    title: 'PortalHelpArticle',
  },
);

export const PortalHelpArticleList = Type.Object(
  { items: Type.Array(PortalHelpArticleSummaryDto) },
  { title: 'PortalHelpArticleList' },
);

export const PortalHelpQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the title or body.' })),
    topic: Type.Optional(HelpTopicSchema),
  },
  { additionalProperties: false },
);

export const SlugParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: helpArticleLimits.slug }),
});

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export const toHelpArticleDto = (a: HelpArticle) => ({
  ...a,
  publishedAt: iso(a.publishedAt),
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

export const toRenderedHelpArticleDto = (a: RenderedHelpArticle) => ({
  ...toHelpArticleDto(a),
  html: a.html,
});

export const toPortalHelpSummaryDto = (a: PortalHelpArticleSummary) => ({
  id: a.id,
  title: a.title,
  slug: a.slug,
  topic: a.topic,
  updatedAt: a.updatedAt.toISOString(),
});

export const toPortalHelpArticleDto = (a: PortalHelpArticle) => ({
  ...toPortalHelpSummaryDto(a),
  html: a.html,
});
