/** Accuracy, per-category precision/recall/F1 and macro-F1 of predicted against true categories. */

export interface CategoryScores {
  category: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationScores {
  accuracy: number;
  /** The unweighted mean of the per-category F1: every section counts the same, however small. */
  macroF1: number;
  categories: CategoryScores[];
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

export function scoreClassification(truth: readonly string[], predicted: readonly string[]): ClassificationScores {
  if (truth.length !== predicted.length) throw new Error(`expected ${truth.length} predictions, got ${predicted.length}`);
  const categories = [...new Set(truth)].sort();
  let correct = 0;
  const scores = categories.map((category) => {
    let truePositives = 0;
    let predictedCount = 0;
    let support = 0;
    for (const [index, actual] of truth.entries()) {
      const guess = predicted[index];
      if (actual === category) support += 1;
      if (guess === category) predictedCount += 1;
      if (actual === category && guess === category) truePositives += 1;
    }
    const precision = ratio(truePositives, predictedCount);
    const recall = ratio(truePositives, support);
    return { category, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
  for (const [index, actual] of truth.entries()) if (predicted[index] === actual) correct += 1;
  return {
    accuracy: ratio(correct, truth.length),
    macroF1: ratio(
      scores.reduce((sum, score) => sum + score.f1, 0),
      scores.length,
    ),
    categories: scores,
  };
}
