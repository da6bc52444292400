/**
 * Modality and polarity: the words that make a sentence grant a right ("may", "reserves the right
 * to"), impose a duty ("shall", "agrees to"), deny it ("not", "never", "in no event") or make it a
 * condition ("if", "unless") rather than the main clause.
 */
import { lexicon, union } from './compose.js';

/** Words that grant a right or a discretion. */
export const PERMISSION = lexicon('permission', [
  'may', 'can', 'could', 'might',
  'is entitled to', 'are entitled to', 'shall be entitled to', 'will be entitled to', 'be entitled to', 'entitled to',
  'is free to', 'are free to', 'is permitted to', 'are permitted to', 'is allowed to', 'are allowed to',
  'is authorized to', 'are authorized to', 'is authorised to', 'are authorised to',
  'has the right to', 'have the right to', 'has the right', 'have the right', 'hold the right to', 'holds the right to',
  'will have the right to', 'shall have the right to', 'will also have the right to', 'shall also have the right to',
  'reserves the right to', 'reserve the right to', 'reserves the right', 'reserve the right', 'reserved the right',
  'reserves all rights to', 'reserves the full right to',
  'retains the right to', 'retain the right to', 'retains the right', 'retain the right', 'retains full discretion to',
  'has the option to', 'have the option to', 'has the discretion to', 'have the discretion to',
  'at its discretion', 'at our discretion', 'at their discretion', 'at its sole discretion', 'at our sole discretion',
  'at their sole discretion', 'in its sole discretion', 'in our sole discretion', 'at its option', 'at our option',
  'at its sole option', 'at our sole option',
]);

/** Words that state a duty, a promise or what will happen. */
export const COMMITMENT = lexicon('commitment', [
  'will', 'shall', 'must', "'ll", 'agree to', 'agrees to', 'undertake to', 'undertakes to', 'commit to', 'commits to',
  'is required to', 'are required to', 'is obliged to', 'are obliged to', 'is obligated to', 'are obligated to',
  'need to', 'needs to', 'has to', 'have to', 'would',
]);

/** Modal verbs written with a negation in one word. */
export const NEGATIVE_MODAL = lexicon('negative-modal', [
  "won't", "can't", "shan't", 'cannot', "mustn't", "wouldn't", "couldn't", "shouldn't", "isn't", "aren't",
  "doesn't", "don't", "didn't", "hasn't", "haven't", 'can not',
]);

/** Every modal word: rights, duties and their one-word negations. */
export const MODAL = union('modal', PERMISSION, COMMITMENT, NEGATIVE_MODAL);

/** The modals and rights that make an action word a predicate ("may terminate", "reserves the right to suspend"). */
export const RIGHT_MODAL = lexicon('right-modal', [
  "won't", "shan't", "can't", 'cannot', 'may', 'can', 'could', 'might', 'will', 'shall', 'must', "'ll",
  'reserve the right', 'reserves the right', 'reserve all rights', 'reserves all rights', 'reserve the rights', 'reserves the rights',
  'retain the right', 'retains the right', 'retain full discretion', 'retains full discretion', 'retain the discretion',
  'retains the discretion', 'retain all rights', 'retains all rights', 'retain all discretion', 'retains all discretion',
  'has the right', 'have the right', 'is entitled', 'are entitled', 'is free', 'are free', 'is authorized', 'are authorized',
  'is authorised', 'are authorised', 'is permitted', 'are permitted', 'has the option', 'have the option',
  'at its discretion', 'at our discretion', 'at their discretion', 'at its sole discretion', 'at our sole discretion',
  'at their sole discretion', 'at its option', 'at our option', 'at their option', 'at its sole option', 'at our sole option',
  'at their sole option',
]);

/** Words that deny what follows them in the same clause. */
export const NEGATOR = lexicon('negator', [
  'not', 'never', 'no longer', "n't", 'neither', 'nor', 'in no event', 'under no circumstances', 'in no case',
  'at no time',
]);

/** Subjects that deny the whole clause ("Neither party may", "Nothing in these Terms shall", "No party will"). */
export const NEGATIVE_SUBJECT = lexicon('negative-subject', [
  'neither party', 'neither of us', 'no party', 'nothing', 'none of', 'no one', 'nobody', 'neither you nor',
  'neither we nor',
]);

/** Words that open a condition of the main clause. */
export const CONDITION_OPENER = lexicon('condition-opener', [
  'if', 'in the event', 'in the event that', 'in case', 'where', 'when', 'whenever', 'should', 'upon the occurrence of',
  'on the occurrence of', 'once', 'provided that', 'provided', 'as long as', 'so long as', 'to the extent that', 'in cases where',
]);

/** Words that open an exception to the main clause. */
export const EXCEPTION_OPENER = lexicon('exception-opener', [
  'except', 'except that', 'except where', 'except for', 'except as', 'unless', 'other than', 'save', 'save for', 'save where',
  'excluding', 'with the exception of', 'apart from', 'but not',
]);

/** Words that open a clause subordinate to another: a condition, an exception, a relative or a time clause. */
export const SUBORDINATOR = union('subordinator', CONDITION_OPENER, EXCEPTION_OPENER, lexicon('subordinate', [
  'how', 'upon', 'after', 'following', 'whether', 'because', 'until', 'that', 'which', 'who', 'whom', 'whose', 'prior to',
  'before', 'whereas', 'while', 'so that', 'in order to', 'as a result of',
]));
