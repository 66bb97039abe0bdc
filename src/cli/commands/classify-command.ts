/**
 * `sahifa classify FILE…`: suggests a category for each article with the classifier stored in the
 * database, trained on its categorized articles (trained again first only when they changed).
 */
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { listCategories } from '../../articles/article.repository.ts';
import { retrainCategoryModel } from '../../categories/retrain-category-model.ts';
import { ClassifierInputError, readClassifierInputs } from '../../categories/read-classifier-inputs.ts';
import { loadStoredClassifier, type StoredClassifier } from '../../categories/stored-category-model.ts';
import type { Database } from '../../db/database.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../open-cli-database.ts';

interface ClassifyOptions {
  db?: string;
  json?: boolean;
}

/** The stored model; trained first (and stored) only when the categorized articles changed since, or there is none. */
async function obtainClassifier(db: Kysely<Database>): Promise<StoredClassifier> {
  const result = await retrainCategoryModel(db);
  if (result.status === 'insufficient') {
    throw new CliError(`cannot classify: the database has ${result.reason} (import categorized articles first, e.g. \`sahifa import FILE.jsonl\`)`);
  }
  if (result.status === 'trained') {
    process.stderr.write(`trained on ${result.articles} categorized articles in ${result.categories} categories (${result.seconds.toFixed(1)} s)\n`);
  }
  const classifier = await loadStoredClassifier(db);
  if (!classifier) throw new CliError('the stored category model vanished while it was read; run the command again');
  return classifier;
}

export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description("suggest each article's category with the database's classifier (trained on its categorized articles, again only when they changed)")
    .argument('<files...>', 'raw copy files (or directories of .txt files) and JSON Lines files as `import` takes them (.jsonl, .jsonl.gz)')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print one JSON object a line: {id, category, confidence}')
    .action(async (files: string[], options: ClassifyOptions) => {
      let inputs;
      try {
        inputs = await readClassifierInputs(files);
      } catch (error) {
        if (error instanceof ClassifierInputError) throw new CliError(error.message);
        throw error;
      }
      const { classifier, sectionNames } = await withDatabase({ databasePath: options.db }, async ({ db }) => ({
        classifier: await obtainClassifier(db),
        sectionNames: new Map((await listCategories(db)).map((section) => [section.slug, section.name])),
      }));
      const { predict } = classifier;
      for (const { id, article } of inputs) {
        const { category, confidence } = predict(article);
        const rounded = Number(confidence.toFixed(4));
        if (options.json) process.stdout.write(`${JSON.stringify({ id, category, confidence: rounded })}\n`);
        else process.stdout.write(`${id}\t${category}\t${sectionNames.get(category) ?? category}\t${rounded.toFixed(2)}\n`);
      }
    });
}
