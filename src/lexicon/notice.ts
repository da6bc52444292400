/**
 * The words of notice and timing: immediacy ("immediately", "forthwith", "with immediate effect"),
 * notice ("upon written notice", "without prior notice"), promises to warn ("we will notify you
 * before"), best efforts ("where practicable"), cure ("fails to remedy"), and the causes a right may
 * be used for ("for convenience", "non-payment", "insolvency").
 */
import { lexicon } from './compose.js';

/** Words that say a right takes effect at once. */
export const IMMEDIATE = lexicon('immediate', [
  'immediate', 'immediately', 'with immediate effect', 'instantly', 'forthwith', 'straight away', 'right away', 'at once',
  'without delay', 'effective upon notice', 'effective on notice', 'effective upon written notice', 'effective on written notice',
  'effective upon delivery of notice', 'effective upon delivery of written notice', 'effective upon receipt of notice',
  'effective upon receipt of written notice', 'effective upon giving notice', 'effective upon sending notice',
  'effective on delivery of notice', 'effective on receipt of notice', 'effective upon service of notice',
]);

/** The nouns of notice. */
export const NOTICE_NOUN = lexicon('notice-noun', ['notice', 'notification', 'warning', 'notifying', 'warning you', 'notice to you']);
/** Words that qualify notice ("prior", "advance", "written"). */
export const NOTICE_QUALIFIER = lexicon('notice-qualifier', ['any', 'prior', 'advance', 'further', 'previous', 'first', 'written', 'express', 'email', 'e-mail', 'formal']);

/** The verbs of telling someone before acting. */
export const TELL = lexicon('tell', [
  'warn*', 'notif*', 'inform*', 'tell', 'telling', 'told', 'reach out to', 'contact', 'let you know', 'let customer know',
  'let the account owner know', 'alert', 'e-mail', 'email', 'give you notice', 'give notice', 'provide notice',
  'provide you with notice', 'give you prior notice', 'give you advance notice', 'provide prior notice', 'provide advance notice',
  'send you notice', 'send notice', 'remind*', 'advise*', 'send you',
]);

/** Words of a best effort rather than a promise ("we will try to warn you", "where practicable"). */
export const BEST_EFFORT = lexicon('best-effort', [
  'attempt*', 'try', 'tries', 'practicable', 'reasonable efforts', 'reasonable effort', 'commercially reasonable efforts',
  'endeavour*', 'endeavor*', 'typically', 'generally', 'usually', 'normally', 'where possible', 'if possible',
  'when possible', 'whenever possible', 'where feasible', 'aim to', 'seek to', 'strive to', 'reasonably possible',
]);

/** Words of a written notice. */
export const WRITTEN = lexicon('written', ['written notice', 'notice in writing', 'in writing', 'written notification']);

/** Words of curing a breach. */
export const CURE_WORD = lexicon('cure', [
  'cure', 'cures', 'cured', 'curing', 'uncured', 'remedy', 'remedies', 'remedied', 'unremedied', 'correct', 'corrected',
  'rectify', 'rectifies', 'rectified',
]);
