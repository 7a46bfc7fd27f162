/**
 * Fits a logistic regression with L2 regularization and per-example weights by Newton's method
 * (iteratively reweighted least squares). Our own code: the JavaScript logistic-regression
 * packages fit by plain gradient descent without example weights or a penalty, and a model of
 * fifteen features needs only a 16×16 linear solve per step.
 */

export interface Example {
  values: Readonly<Record<string, number>>;
  label: 0 | 1;
  weight: number;
}

export interface FittedWeights {
  weights: Record<string, number>;
  bias: number;
}

const STEPS = 50;
const TOLERANCE = 1e-8;

/** The weights that best predict the labels, shrunk toward zero by `penalty` (the bias is not). */
export function fitLogistic(
  features: readonly string[],
  examples: readonly Example[],
  penalty: number,
): FittedWeights {
  const size = features.length + 1;
  let beta = new Array<number>(size).fill(0);
  const rows = examples.map((example) => [1, ...features.map((name) => example.values[name] ?? 0)]);
  for (let step = 0; step < STEPS; step += 1) {
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    const gradient = new Array<number>(size).fill(0);
    rows.forEach((row, n) => {
      const example = examples[n] as Example;
      const p = sigmoid(dot(beta, row));
      const curvature = example.weight * p * (1 - p);
      for (let i = 0; i < size; i += 1) {
        gradient[i] =
          (gradient[i] as number) + example.weight * (example.label - p) * (row[i] as number);
        for (let j = 0; j < size; j += 1)
          (hessian[i] as number[])[j] =
            ((hessian[i] as number[])[j] as number) +
            curvature * (row[i] as number) * (row[j] as number);
      }
    });
    for (let i = 1; i < size; i += 1) {
      gradient[i] = (gradient[i] as number) - penalty * (beta[i] as number);
      (hessian[i] as number[])[i] = ((hessian[i] as number[])[i] as number) + penalty;
    }
    const change = solve(hessian, gradient);
    beta = beta.map((value, i) => value + (change[i] as number));
    if (change.reduce((sum, value) => sum + value * value, 0) < TOLERANCE) break;
  }
  const [bias = 0, ...weights] = beta;
  return {
    bias: round(bias),
    weights: Object.fromEntries(features.map((name, i) => [name, round(weights[i] ?? 0)])),
  };
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, value, i) => sum + value * (b[i] as number), 0);
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] as number]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1)
      if (Math.abs(a[row]?.[column] ?? 0) > Math.abs(a[pivot]?.[column] ?? 0)) pivot = row;
    [a[column], a[pivot]] = [a[pivot] as number[], a[column] as number[]];
    const lead = a[column]?.[column] ?? 0;
    if (Math.abs(lead) < 1e-12) continue;
    for (let row = 0; row < size; row += 1) {
      if (row === column) continue;
      const factor = (a[row]?.[column] ?? 0) / lead;
      for (let k = column; k <= size; k += 1)
        (a[row] as number[])[k] = (a[row]?.[k] ?? 0) - factor * (a[column]?.[k] ?? 0);
    }
  }
  return a.map((row, i) => {
    const lead = row[i] ?? 0;
    return Math.abs(lead) < 1e-12 ? 0 : (row[size] ?? 0) / lead;
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
