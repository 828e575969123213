import { schema } from '@portico/db';

/** The fixed list of topics an article may be about (see the help_articles schema). */
export const helpTopics = schema.helpTopics;
export type HelpTopic = (typeof helpTopics)[number];
