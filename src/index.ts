/**
 * tos-clauses: read service agreements and turn them into typed, cited clauses that answer real
 * questions ("can the provider terminate immediately upon notice?", "how much notice before
 * termination for convenience?").
 *
 * ```ts
 * import { readAgreement, ask } from 'tos-clauses';
 * const agreement = await readAgreement('agreement.md');
 * ask(agreement, 'Can they terminate immediately upon notice?');
 * ```
 *
 * The scoring behind `tos-clauses eval` is in `tos-clauses/eval`.
 */
export { parseAgreement, readAgreement, parseAgreementBytes, DEFAULT_MAX_DEPTH, MAX_DEPTH_CEILING } from './limits.js';
export type { ParseOptions, ReadOptions, Limits } from './limits.js';
export { ask, query, canTerminate, canSuspend, noticePeriod, curePeriod } from './api.js';
export type { QuestionOptions } from './api.js';
export { parseQuestion } from './query/question.js';
export { findDurations } from './annotate/durations.js';
export type { FoundDuration } from './annotate/durations.js';
export { findParties, partyOf } from './annotate/parties.js';
export type { Parties } from './annotate/parties.js';
export { decode, formatFromPath, DEFAULT_MAX_BYTES } from './read/index.js';
export type { DecodeOptions } from './read/index.js';
export { TosClausesError, EXIT_CODES } from './errors.js';
export type { ErrorCode } from './errors.js';
export * from './schema/index.js';
export * from './schema/records.js';
export { jsonSchema, SCHEMA_NAMES } from './schema/json.js';
export type { SchemaName } from './schema/json.js';
export { classifyUnfair, UNFAIR_LABELS } from './classify/unfair.js';
export type { UnfairLabel } from './classify/unfair.js';
export { categoriesOf } from './classify/content.js';
export { remarkClauses } from './plugin/index.js';
export type { RemarkClausesOptions } from './plugin/index.js';
export { diffAgreements, renderDiff } from './diff/index.js';
export { renderReport, reportHtml, REPORT_QUESTIONS } from './report/index.js';
export type { ReportInput } from './report/index.js';
export { loadUnfairModel, unfairModelFrom, scoreUnfairSentence, classifyUnfairModel, explainUnfair, ruleGates, gatedRules, rulesNeeded } from './model/unfair.js';
export type { UnfairModel, UnfairModelAsset, UnfairScore, LabelExplanation, Contribution, ModelFigures, LabelFigures } from './model/unfair.js';
export { featurize, featureNames, tokens, fnv1a, isHeadingLine } from './model/features.js';
export type { FeatureSpec, SentenceContext, FeatureVector } from './model/features.js';
export { labelProvisions, readLabelledProvisions } from './model/provisions.js';
export type { LabelledProvision } from './model/provisions.js';
export { provisionTopics, TOPIC_OF_LABEL } from './model/recall.js';
export type { ClauseTopic, TopicScore } from './model/recall.js';
