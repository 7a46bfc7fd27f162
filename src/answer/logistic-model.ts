/**
 * A small logistic model kept as data: named features, a weight each and a bias, fitted on the
 * development split by test/eval/fit-models.ts. The engine's sentence ranker and its decision
 * to answer or refuse are such models, so that their weights come from data, not hand-tuning.
 */

export interface LogisticModel {
  /** What the model predicts and how it was fitted (for a maintainer reading the file). */
  description: string;
  features: readonly string[];
  weights: Readonly<Record<string, number>>;
  bias: number;
}

/** The model's probability for named feature values (a missing feature counts 0). */
export function probability(
  model: LogisticModel,
  values: Readonly<Record<string, number>>,
): number {
  let sum = model.bias;
  for (const feature of model.features)
    sum += (model.weights[feature] ?? 0) * (values[feature] ?? 0);
  return 1 / (1 + Math.exp(-sum));
}
