/**
 * The learned model as a recall aid for clause extraction: which of the eight clause topics a
 * provision's text is about, by the unfair-clause label the model gives it. A provision the clause
 * readers typed as nothing but the model scores as one of these topics is worth reading again.
 */
import type { UnfairLabel } from '../classify/unfair.js';
import { loadUnfairModel, scoreUnfairSentence, type SentenceContext, type UnfairModel } from './unfair.js';

/** The clause topics the eight UNFAIR-ToS labels point at. */
export type ClauseTopic = 'termination' | 'change' | 'removal' | 'law' | 'venue' | 'arbitration' | 'liability' | 'acceptance';

/** The clause topic of each UNFAIR-ToS label. */
export const TOPIC_OF_LABEL: Record<UnfairLabel, ClauseTopic> = {
  'Unilateral termination': 'termination', 'Unilateral change': 'change', 'Content removal': 'removal',
  'Choice of law': 'law', Jurisdiction: 'venue', Arbitration: 'arbitration', 'Limitation of liability': 'liability',
  'Contract by using': 'acceptance',
};

/** One topic a provision is about, with the model's probability for its label. */
export interface TopicScore { topic: ClauseTopic; label: UnfairLabel; probability: number }

/**
 * The clause topics the model finds in a provision's text: every label above its threshold, most
 * probable first (empty for none). `context` is the provision before and the heading above.
 */
export function provisionTopics(text: string, context?: SentenceContext, model: UnfairModel = loadUnfairModel()): TopicScore[] {
  const { labels, probabilities } = scoreUnfairSentence(text, context, model);
  return labels.map((label) => ({ topic: TOPIC_OF_LABEL[label], label, probability: probabilities[label] })).sort((a, b) => b.probability - a.probability);
}
