/**
 * Category classifier quality on ANT: accuracy and macro-F1 on a held-out 20% (records deduplicated by
 * URL first, split with a fixed seed), softmax regression with and without the source feature beside a
 * multinomial Naive Bayes baseline trained on the same words. Prints training time and prediction speed.
 *
 *   npx tsx bench/classify-ant.ts            # the measurement
 *   npx tsx bench/classify-ant.ts --tune     # choose settings on a validation part of the training 80% only
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { findTaxonomyEntry } from '../src/articles/taxonomy.ts';
import { serializeCategoryModel } from '../src/categories/category-model.ts';
import { sectionsText } from '../src/categories/classifier-article.ts';
import { scoreClassification, type ClassificationScores } from '../src/categories/evaluation.ts';
import { countArticleTerms, DEFAULT_FEATURE_OPTIONS } from '../src/categories/feature-space.ts';
import { predictNaiveBayes, trainNaiveBayes } from '../src/categories/naive-bayes.ts';
import { createCategoryPredictor } from '../src/categories/predict-category.ts';
import { trainCategoryModel, type LabeledArticle, type TrainingOptions } from '../src/categories/train-category-model.ts';
import { importRecordToDraft, type ImportRecord } from '../src/ingest/jsonl/import-record.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';

const ANT_FILE = path.resolve(import.meta.dirname, '../../shared/data/ant-multisource/ant_multisource_v2.1.jsonl.gz');
const SEED = 20_240_601;
const TEST_SHARE = 0.2;

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** ANT as the site stores it (body structured as `import` does), one record per URL, with section slugs. */
function readAntArticles(): LabeledArticle[] {
  if (!fs.existsSync(ANT_FILE)) {
    console.log(`skipped: ${ANT_FILE} not found (the benchmark needs ../shared/data beside the repository)`);
    process.exit(0);
  }
  const seenUrls = new Set<string>();
  const articles: LabeledArticle[] = [];
  const now = new Date();
  for (const line of zlib.gunzipSync(fs.readFileSync(ANT_FILE)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as ImportRecord & { url: string | null; category: string };
    const key = record.url ?? String(record.id);
    if (seenUrls.has(key)) continue;
    seenUrls.add(key);
    const category = findTaxonomyEntry(record.category)?.slug;
    const draft = importRecordToDraft(record, null, null, now);
    if (category === undefined || draft === null) continue;
    articles.push({ title: draft.title, body: sectionsText(draft.sections), source: draft.source ?? null, category });
  }
  return articles;
}

function split<T>(items: readonly T[], share: number, seed: number): { train: T[]; test: T[] } {
  const order = shuffled(items, seededRandom(seed));
  const testSize = Math.round(order.length * share);
  return { test: order.slice(0, testSize), train: order.slice(testSize) };
}

const format = (value: number) => value.toFixed(3);

function evaluateRegression(train: LabeledArticle[], test: LabeledArticle[], options: TrainingOptions) {
  const started = performance.now();
  const model = trainCategoryModel(train, options);
  const trainSeconds = (performance.now() - started) / 1000;
  const predict = createCategoryPredictor(model);
  const predictStarted = performance.now();
  const predictions = test.map((article) => predict(article));
  const predicted = predictions.map((prediction) => prediction.category);
  const predictSeconds = (performance.now() - predictStarted) / 1000;
  const confidences = predictions.map((prediction) => prediction.confidence);
  return { model, trainSeconds, perSecond: test.length / predictSeconds, scores: scoreClassification(test.map((article) => article.category), predicted), predicted, confidences };
}

function evaluateNaiveBayes(train: LabeledArticle[], test: LabeledArticle[]) {
  const started = performance.now();
  const titleWeight = DEFAULT_FEATURE_OPTIONS.titleWeight;
  const model = trainNaiveBayes(
    train.map((article) => countArticleTerms(article, titleWeight)),
    train.map((article) => article.category),
  );
  const trainSeconds = (performance.now() - started) / 1000;
  const predictStarted = performance.now();
  const predicted = test.map((article) => predictNaiveBayes(model, countArticleTerms(article, titleWeight)));
  const predictSeconds = (performance.now() - predictStarted) / 1000;
  return { trainSeconds, perSecond: test.length / predictSeconds, scores: scoreClassification(test.map((article) => article.category), predicted) };
}

function row(name: string, result: { trainSeconds: number; perSecond: number; scores: ClassificationScores }): string {
  return `${name.padEnd(44)} ${format(result.scores.accuracy)}    ${format(result.scores.macroF1)}    ${result.trainSeconds.toFixed(1).padStart(6)} s  ${Math.round(result.perSecond).toLocaleString('en').padStart(7)}/s`;
}

function tune(train: LabeledArticle[]): void {
  const { train: fit, test: validation } = split(train, 0.15, SEED + 1);
  console.log(`tuning on ${fit.length} training / ${validation.length} validation articles (the test 20% is not touched)`);
  const settings: [string, TrainingOptions][] = [
    ...[3e-6, 1e-5, 3e-5].flatMap((l2) => [3, 6, 12].map((epochs): [string, TrainingOptions] => [`l2=${l2} epochs=${epochs}`, { l2, epochs }])),
    ...[1, 3].map((titleWeight): [string, TrainingOptions] => [`title=${titleWeight}`, { features: { titleWeight } }]),
    ...[0.5, 2].map((sourceWeight): [string, TrainingOptions] => [`source=${sourceWeight}`, { features: { sourceWeight } }]),
    ...[1, 3].map((minDocumentFrequency): [string, TrainingOptions] => [`minDf=${minDocumentFrequency}`, { features: { minDocumentFrequency } }]),
  ];
  for (const [name, options] of settings) console.log(row(name, evaluateRegression(fit, validation, options)));
}

function main(): void {
  const loadStarted = performance.now();
  const articles = readAntArticles();
  const { train, test } = split(articles, TEST_SHARE, SEED);
  console.log(
    `ANT: ${articles.length} articles after deduplication by URL; ${train.length} train / ${test.length} test (seed ${SEED}); ` +
      `read in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
  );
  if (process.argv.includes('--tune')) return tune(train);

  const naiveBayes = evaluateNaiveBayes(train, test);
  const withoutSource = evaluateRegression(train, test, { features: { sourceWeight: 0 } });
  const withSource = evaluateRegression(train, test, {});
  console.log(`\n${'method'.padEnd(44)} accuracy macro-F1  training  predictions`);
  console.log(row('multinomial Naive Bayes (baseline, α = 1)', naiveBayes));
  console.log(row('TF-IDF + softmax regression', withoutSource));
  console.log(row('TF-IDF + softmax regression + source (shipped)', withSource));
  const { model, scores } = withSource;
  console.log(`\nshipped model: ${model.features.terms.length} terms, ${model.features.sources.length} sources, ${model.training.epochs} epochs of SGD, ${(serializeCategoryModel(model).length / 1e6).toFixed(1)} MB as JSON`);
  console.log('\ncategory          precision recall  F1     support');
  for (const category of scores.categories) {
    console.log(`${category.category.padEnd(17)} ${format(category.precision)}     ${format(category.recall)}  ${format(category.f1)}  ${category.support}`);
  }
  // What an automatic filing threshold costs and buys: the share of articles filed and how many of those are right.
  console.log('\nfiling threshold  filed   accuracy of filed  (src/categories/suggest-categories.ts AUTO_FILE_CONFIDENCE)');
  for (const threshold of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const filed = test.flatMap((article, index) => ((withSource.confidences[index] as number) >= threshold ? [index] : []));
    const right = filed.filter((index) => withSource.predicted[index] === (test[index] as LabeledArticle).category).length;
    console.log(`${threshold.toFixed(2).padStart(16)}  ${((100 * filed.length) / test.length).toFixed(1).padStart(5)}%  ${((100 * right) / Math.max(1, filed.length)).toFixed(1).padStart(8)}%`);
  }
  const target = 0.85;
  console.log(`\naccuracy ${format(scores.accuracy)} ${scores.accuracy >= target ? '≥' : '<'} target ${target}`);
}

main();
