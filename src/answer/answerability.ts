/**
 * Whether to give an answer or to say the knowledge base does not hold it: a logistic model
 * over the answer's features (answer-features.ts) estimates the probability that the answer
 * is right, and the bot answers when it reaches the threshold. Weights and threshold are data
 * (models/answerability.json), fitted on the development split by test/eval/fit-models.ts,
 * the threshold chosen so that at least 95% of unanswerable development questions are refused.
 */
import { type LogisticModel, probability } from './logistic-model.js';
import answerabilityModel from './models/answerability.json' with { type: 'json' };

export interface AnswerabilityModel {
  threshold: number;
  confidence(features: Readonly<Record<string, number>>): number;
}

/** A model from its data. */
export function answerabilityFrom(data: LogisticModel & { threshold: number }): AnswerabilityModel {
  return {
    threshold: data.threshold,
    confidence: (features) => probability(data, features),
  };
}

export const ANSWERABILITY: AnswerabilityModel = answerabilityFrom(answerabilityModel);
