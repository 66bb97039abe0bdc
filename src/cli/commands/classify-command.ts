/** `sahifa classify FILE…`: suggests a category for each article, from a classifier trained on the database's categorized articles. */
import type { Command } from 'commander';
import { TAXONOMY } from '../../articles/taxonomy.ts';
import { listCategorizedArticles } from '../../categories/categories.repository.ts';
import { createCategoryPredictor } from '../../categories/predict-category.ts';
import { ClassifierInputError, readClassifierInputs } from '../../categories/read-classifier-inputs.ts';
import { describeTrainingShortfall, trainCategoryModel } from '../../categories/train-category-model.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../open-cli-database.ts';

interface ClassifyOptions {
  db?: string;
  json?: boolean;
}

const sectionNames = new Map(TAXONOMY.map((entry) => [entry.slug, entry.name]));

export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description("suggest each article's category, learned from the database's categorized articles")
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
      const training = await withDatabase({ databasePath: options.db }, async ({ db }) => listCategorizedArticles(db));
      const shortfall = describeTrainingShortfall(training);
      if (shortfall !== null) {
        throw new CliError(`cannot classify: the database has ${shortfall} (import categorized articles first, e.g. \`sahifa import FILE.jsonl\`)`);
      }
      const started = performance.now();
      const model = trainCategoryModel(training);
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`trained on ${training.length} categorized articles in ${model.labels.length} categories (${seconds.toFixed(1)} s)\n`);
      const predict = createCategoryPredictor(model);
      for (const { id, article } of inputs) {
        const { category, confidence } = predict(article);
        const rounded = Number(confidence.toFixed(4));
        if (options.json) process.stdout.write(`${JSON.stringify({ id, category, confidence: rounded })}\n`);
        else process.stdout.write(`${id}\t${category}\t${sectionNames.get(category) ?? category}\t${rounded.toFixed(2)}\n`);
      }
    });
}
