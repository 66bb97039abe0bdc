/** `sahifa classify FILE…`: suggests a category for each article, from a classifier trained on the database's categorized articles. */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { TAXONOMY } from '../../articles/taxonomy.ts';
import { categorizedArticlesFingerprint, listCategorizedArticles } from '../../categories/categories.repository.ts';
import { CategoryModelError, parseCategoryModel, serializeCategoryModel, type CategoryModel } from '../../categories/category-model.ts';
import { createCategoryPredictor } from '../../categories/predict-category.ts';
import { ClassifierInputError, readClassifierInputs } from '../../categories/read-classifier-inputs.ts';
import { describeTrainingShortfall, trainCategoryModel } from '../../categories/train-category-model.ts';
import type { Database } from '../../db/database.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../open-cli-database.ts';

interface ClassifyOptions {
  db?: string;
  json?: boolean;
  model?: string;
}

const sectionNames = new Map(TAXONOMY.map((entry) => [entry.slug, entry.name]));

function readSavedModel(modelPath: string): CategoryModel | null {
  if (!fs.existsSync(modelPath)) return null;
  try {
    return parseCategoryModel(fs.readFileSync(modelPath, 'utf8'));
  } catch (error) {
    if (error instanceof CategoryModelError) throw new CliError(`${modelPath}: ${error.message} (remove the file to train anew)`);
    throw new CliError(`${modelPath}: cannot read (${(error as Error).message})`);
  }
}

/** The saved model while the categorized articles are unchanged since it was trained; else one trained now (and saved). */
async function obtainModel(db: Kysely<Database>, modelPath: string | undefined): Promise<CategoryModel> {
  const fingerprint = await categorizedArticlesFingerprint(db);
  const saved = modelPath === undefined ? null : readSavedModel(modelPath);
  if (saved !== null && saved.training.fingerprint === fingerprint) return saved;
  const training = await listCategorizedArticles(db);
  const shortfall = describeTrainingShortfall(training);
  if (shortfall !== null) {
    throw new CliError(`cannot classify: the database has ${shortfall} (import categorized articles first, e.g. \`sahifa import FILE.jsonl\`)`);
  }
  const started = performance.now();
  const model = trainCategoryModel(training, { fingerprint });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`trained on ${training.length} categorized articles in ${model.labels.length} categories (${seconds.toFixed(1)} s)\n`);
  if (modelPath !== undefined) {
    try {
      fs.writeFileSync(modelPath, serializeCategoryModel(model));
    } catch (error) {
      throw new CliError(`${modelPath}: cannot save the model (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  return model;
}

export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description("suggest each article's category, learned from the database's categorized articles")
    .argument('<files...>', 'raw copy files (or directories of .txt files) and JSON Lines files as `import` takes them (.jsonl, .jsonl.gz)')
    .option('--db <path>', 'database file (overrides SAHIFA_DB)')
    .option('--json', 'print one JSON object a line: {id, category, confidence}')
    .option('--model <path>', 'keep the trained model in this JSON file and reuse it while the categorized articles are unchanged')
    .action(async (files: string[], options: ClassifyOptions) => {
      let inputs;
      try {
        inputs = await readClassifierInputs(files);
      } catch (error) {
        if (error instanceof ClassifierInputError) throw new CliError(error.message);
        throw error;
      }
      const model = await withDatabase({ databasePath: options.db }, async ({ db }) => obtainModel(db, options.model));
      const predict = createCategoryPredictor(model);
      for (const { id, article } of inputs) {
        const { category, confidence } = predict(article);
        const rounded = Number(confidence.toFixed(4));
        if (options.json) process.stdout.write(`${JSON.stringify({ id, category, confidence: rounded })}\n`);
        else process.stdout.write(`${id}\t${category}\t${sectionNames.get(category) ?? category}\t${rounded.toFixed(2)}\n`);
      }
    });
}
