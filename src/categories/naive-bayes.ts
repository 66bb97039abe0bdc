/**
 * Multinomial Naive Bayes with add-α smoothing, the baseline the classifier is measured against:
 * Manning, Raghavan and Schütze, "Introduction to Information Retrieval" (2008), §13.2.
 */

export interface NaiveBayesModel {
  labels: string[];
  logPriors: number[];
  /** Per label, log P(term | label). */
  logLikelihoods: Map<string, number>[];
  /** Per label, the log-probability of a term never seen with it. */
  unseenLogLikelihoods: number[];
  vocabulary: Set<string>;
}

export function trainNaiveBayes(termCounts: readonly Map<string, number>[], labels: readonly string[], alpha = 1): NaiveBayesModel {
  const labelSet = [...new Set(labels)].sort();
  const labelIndex = new Map(labelSet.map((label, index) => [label, index]));
  const counts = labelSet.map(() => new Map<string, number>());
  const totals = labelSet.map(() => 0);
  const documents = labelSet.map(() => 0);
  const vocabulary = new Set<string>();
  for (const [row, termCount] of termCounts.entries()) {
    const label = labelIndex.get(labels[row] as string) as number;
    documents[label] = (documents[label] as number) + 1;
    const labelCounts = counts[label] as Map<string, number>;
    for (const [term, count] of termCount) {
      vocabulary.add(term);
      labelCounts.set(term, (labelCounts.get(term) ?? 0) + count);
      totals[label] = (totals[label] as number) + count;
    }
  }
  const denominators = totals.map((total) => Math.log(total + alpha * vocabulary.size));
  return {
    labels: labelSet,
    logPriors: documents.map((count) => Math.log(count / termCounts.length)),
    logLikelihoods: counts.map(
      (labelCounts, label) => new Map([...labelCounts].map(([term, count]) => [term, Math.log(count + alpha) - (denominators[label] as number)])),
    ),
    unseenLogLikelihoods: denominators.map((denominator) => Math.log(alpha) - denominator),
    vocabulary,
  };
}

/** The most probable label; terms seen with no label in training are ignored. */
export function predictNaiveBayes(model: NaiveBayesModel, termCounts: Map<string, number>): string {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let label = 0; label < model.labels.length; label += 1) {
    let score = model.logPriors[label] as number;
    const likelihoods = model.logLikelihoods[label] as Map<string, number>;
    for (const [term, count] of termCounts) {
      if (!model.vocabulary.has(term)) continue;
      score += count * (likelihoods.get(term) ?? (model.unseenLogLikelihoods[label] as number));
    }
    if (score > bestScore) {
      bestScore = score;
      best = label;
    }
  }
  return model.labels[best] as string;
}
