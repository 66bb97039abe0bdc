import { describe, expect, it } from 'vitest';
import { CategoryModelError, parseCategoryModel, serializeCategoryModel } from './category-model.ts';
import { createCategoryPredictor } from './predict-category.ts';
import { buildLabeledCorpus as buildCorpus } from './test-corpus.ts';
import { describeTrainingShortfall, trainCategoryModel, TrainingDataError, type LabeledArticle } from './train-category-model.ts';

const corpus = buildCorpus(10);
const model = trainCategoryModel(corpus, { now: new Date('2024-05-01T00:00:00Z'), fingerprint: 'test' });
const predict = createCategoryPredictor(model);

describe('trainCategoryModel and createCategoryPredictor', () => {
  it.each([
    ['sport', 'حارس المرمى يتصدى لركلة جزاء', 'تصدى الحارس لركلة الجزاء وحافظ الفريق على الفوز في المباراة.'],
    ['economy', 'التضخم يضغط على الأسواق', 'قال البنك إن التضخم وأسعار الفائدة تضغط على الأسهم والمستثمرين.'],
    ['culture', 'مهرجان للسينما العربية', 'يعرض المهرجان أفلاما عربية وتمنح لجنة التحكيم جائزة لأفضل فيلم.'],
  ])('files a new story under %s', (category, title, body) => {
    const prediction = predict({ title, body, source: 'wire' });
    expect(prediction.category).toBe(category);
    expect(prediction.confidence).toBeGreaterThan(0.5);
    expect(prediction.ranking[0]).toEqual({ category, probability: prediction.confidence });
    expect(prediction.ranking.reduce((sum, entry) => sum + entry.probability, 0)).toBeCloseTo(1, 9);
  });

  it('knows its labels, sources and training set', () => {
    expect(model.labels).toEqual(['culture', 'economy', 'sport']);
    expect(model.features.sources).toEqual(['site', 'wire']);
    expect(model.training).toMatchObject({ articles: 30, perLabel: { culture: 10, economy: 10, sport: 10 }, trainedAt: '2024-05-01T00:00:00.000Z', fingerprint: 'test' });
  });

  it('is unsure of text that shares no word with its training', () => {
    expect(predict({ title: 'غيوم', body: 'أمطار غزيرة', source: null }).confidence).toBeLessThan(0.6);
  });

  it('survives a JSON round trip with the same predictions', () => {
    const reloaded = createCategoryPredictor(parseCategoryModel(serializeCategoryModel(model)));
    const article = { title: 'الفريق يفوز', body: 'سجل المهاجم هدف الفوز في المباراة.', source: 'site' };
    expect(reloaded(article).category).toBe(predict(article).category);
    expect(reloaded(article).confidence).toBeCloseTo(predict(article).confidence, 4);
  });
});

describe('training data checks', () => {
  it.each([
    ['no articles', [], /0 categorized articles in 0 categories/],
    ['one category', buildCorpus(10).filter((article) => article.category === 'sport'), /10 categorized articles in 1 category;/],
    ['too few articles', buildCorpus(3), /9 categorized articles in 3 categories/],
  ] as [string, LabeledArticle[], RegExp][])('refuses %s', (_, articles, message) => {
    expect(describeTrainingShortfall(articles)).toMatch(message);
    expect(() => trainCategoryModel(articles)).toThrow(TrainingDataError);
  });

  it('accepts enough articles in two categories', () => {
    expect(describeTrainingShortfall(buildCorpus(7))).toBeNull();
  });
});

describe('parseCategoryModel', () => {
  it.each([
    ['text that is not JSON', 'nope', /not valid JSON/],
    ['another JSON document', '{"format":"other"}', /not a category model/],
    ['weights that do not fit', serializeCategoryModel({ ...model, biases: [0] }), /inconsistent/],
  ])('rejects %s', (_, json, message) => {
    expect(() => parseCategoryModel(json)).toThrow(CategoryModelError);
    expect(() => parseCategoryModel(json)).toThrow(message);
  });
});
