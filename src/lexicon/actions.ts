/**
 * The actions clauses are about, and the things they bear on: the verbs and nouns of ending a
 * contract or an account, of suspending it, and the objects (the agreement, an account, the
 * service, part of it, content).
 */
import { lexicon, re, withFlags } from './compose.js';

/** Determiners and possessives before the object of an action ("your", "the", "Customer's"). */
export const DETERMINER = lexicon('determiner', [
  'your', 'the', 'this', 'these', 'its', 'their', 'an', 'a', 'any', 'my', 'our', 'that', 'such', 'all', 'each', 'either', 'both',
  "user's", "users'", "customer's", "customers'", "member's", "anyone's", "his", "her", 'his or her',
]);

/** What a termination or suspension bears on: the agreement, an account, the service, access, a licence. */
export const TERMINABLE = lexicon('terminable', [
  'account', 'accounts', 'subscription', 'subscriptions', 'agreement', 'agreements', 'order', 'orders', 'plan', 'plans',
  'service', 'services', 'membership', 'memberships', 'access', 'contract', 'contracts', 'use', 'purchase', 'terms',
  'relationship', 'hosting', 'license', 'licence', 'licenses', 'licences', 'right to use', 'rights', 'registration',
  'profile', 'participation', 'permission', 'api', 'apis', 'service order', 'wallet', 'wallets', 'eligibility',
]);

/** Account-like nouns: what is closed, deleted, locked or banned. */
export const ACCOUNT = lexicon('account', [
  'account', 'accounts', 'membership', 'memberships', 'subscription', 'subscriptions', 'plan', 'plans', 'profile', 'profiles',
  'wallet', 'wallets',
]);

/** Content nouns: an action on these is about content, not about the account or the agreement. */
export const CONTENT = lexicon('content', [
  'listing', 'listings', 'post', 'posts', 'posting', 'postings', 'content', 'comment', 'comments', 'review', 'reviews',
  'material', 'materials', 'submission', 'submissions', 'upload', 'uploads', 'file', 'files', 'video', 'videos',
  'photo', 'photos', 'image', 'images', 'message', 'messages', 'repository', 'repositories', 'package', 'packages',
  'contribution', 'contributions', 'workshop contributions', 'track', 'tracks', 'release', 'releases', 'story', 'stories',
]);

/** A part of the service rather than the whole: trials, betas, previews, free tiers, an end user's access. */
export const PART = lexicon('part-of-service', [
  'trial', 'trials', 'free trial', 'free trials', 'beta', 'betas', 'beta features', 'beta services', 'preview', 'previews',
  'pilot', 'pilots', 'evaluation', 'evaluations', 'free tier', 'free tiers', 'free plan', 'free plans', 'free version',
  'free versions', 'free subscription', 'free subscriptions', 'free account', 'free accounts', "end user's access",
  "end users' access", 'end user access', 'feature', 'features', 'portion', 'portions', 'functionality', 'permission to link',
  'any part', 'part of the services', 'part of the service',
]);

/** What a customer turns on or off on its own device or browser: not an account or access the provider suspends. */
const DEVICE_THING = lexicon('device-thing', [
  'cookie', 'cookies', 'javascript', 'script', 'scripts', 'ad blocker', 'ad blockers', 'ad-blocker', 'ad-blockers', 'adblocker',
  'browser', 'browsers', 'notification', 'notifications', 'security feature', 'security features', 'security measures',
  'tracking', 'location services', 'pop-up blocker', 'firewall', 'antivirus',
]).source;
const D = DETERMINER.source;
const OBJ = TERMINABLE.source;
const ACC = ACCOUNT.source;

/** What a bare "you may cancel" is followed by when it is the right to end: when ("any time before …") or how ("online"). */
const CANCEL_WHEN_OR_HOW = lexicon('cancel-when-or-how', [
  'at any time', 'any time', 'anytime', 'before', 'prior to', 'online', 'through', 'via', 'by contacting', 'by visiting',
  'by going', 'by clicking', 'by emailing', 'by calling',
]).source;

/** The verbs of ending a contract, an account or access, each a short pattern (global, case-insensitive). */
export const TERMINATION_VERBS: readonly RegExp[] = [
  withFlags('gi')`\bterminat(?:e|es|ed|ing)\b`,
  withFlags('gi')`\bcancel(?:s|led|ed|ling|ing)?\b(?=\s{1,4}(?:or\s{1,4}\w{1,40}\s{1,4})?${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4}){0,2}?${OBJ})`,
  withFlags('gi')`\bclos(?:e|es|ed|ing)\s{1,4}(?:down\s{1,4})?${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?${ACC}`,
  // "measures including … closing accounts, prohibiting re-registration"
  withFlags('gi')`\bclos(?:e|ing)\s{1,4}(?:user\s{1,4}|member\s{1,4})?accounts\b`,
  withFlags('gi')`\brevok(?:e|es|ed|ing)\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:access|account|subscription|license|licence|permission|eligibility|rights?|privileges?)\b`,
  withFlags('gi')`\bwithdraw(?:s|n)?\s{1,4}from\b`,
  // "the right to cancel without any penalty": a right to cancel, with no object, is a right to end the contract
  withFlags('gi')`(?<=\bright\s{1,4}to\s{1,4})(?:cancel|withdraw)\b(?=\s{1,4}(?:without|within|at any time|free of charge)\b|\s{0,4}[.,;])`,
  // "you may cancel any time before your renewal date", "you can cancel online": a bare cancel after a modal, with its when or how
  withFlags('gi')`(?<=\b(?:may|can)\s{1,4})cancel\b(?=\s{1,4}${CANCEL_WHEN_OR_HOW}\b|\s{0,4}[.,;])`,
  withFlags('gi')`\bend\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?${OBJ}`,
  // the passive: "this contract may be ended by Larkspur", "may be ended on notice", "cannot be cancelled individually"
  withFlags('gi')`\b(?:ended|cancell?ed)\b(?=\s{1,4}(?:by|on|upon|with|immediately|at|forthwith|individually|separately)\b)`,
  // "such use may be discontinued without notice by us", "access may be revoked at any time"
  withFlags('gi')`(?<=\b(?:be|been|is|are)\s{1,4})(?:discontinued|revoked)\b(?=\s{1,4}(?:by|without|with|on|upon|immediately|at)\b)`,
  // "… or your membership will be canceled": the ending a failure leads to
  withFlags('gi')`(?<=\b(?:membership|subscription|account)s?\s{1,4}will\s{1,4}be\s{1,4})(?:cancell?ed|terminated|closed)\b`,
  // "your account may be closed automatically after 18 months of inactivity"
  withFlags('gi')`(?<=\baccounts?\s{1,4}(?:may|will|can|shall|might)\s{1,4}be\s{1,4})(?:closed|deleted|deactivated)\b(?=\s{1,4}(?:by|without|immediately|automatically|after|if|for|at any time)\b)`,
  withFlags('gi')`\bdelet(?:e|es|ed|ing)\s{1,4}(?:${D}\s{1,4})?(?:[\w’'-]{1,40}\s{1,4})?accounts?\b`,
  withFlags('gi')`\bban(?:s|ned)?\b`,
  withFlags('gi')`\bdiscontinu(?:e|es|ed|ing)\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:access|use|account|subscription|services?|apis?|offering)\b`,
  withFlags('gi')`\b(?:stop|cease)\s{1,4}(?:providing|offering|operating)\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?services?\b`,
  // "we may have to stop selling products through the Online Shop": the shop's trade ended
  withFlags('gi')`\b(?:stop|cease)\s{1,4}selling\s{1,4}(?:(?:products|goods|items)\s{1,4})?(?:through|on|via|in)\b`,
  // "we may prevent you from using this website on a permanent or temporary basis"
  withFlags('gi')`\bprevent(?:s|ed|ing)?\s{1,4}(?:you|users?|customers?|members?)\s{1,4}from\s{1,4}(?:using|accessing)\b`,
  withFlags('gi')`\blose\s{1,4}(?:their|your|its)\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?accounts?\b`,
  withFlags('gi')`\bshut(?:s|ting)?\s{1,4}down\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:services?|accounts?|platform|site|app)\b`,
  // "we may withdraw or amend the Websites", "when we take down services"
  withFlags('gi')`\b(?:withdraw(?:s|n|ing)?|(?:take|takes|taking)\s{1,4}down)\s{1,4}(?:or\s{1,4}[\w’'-]{1,40}\s{1,4})?(?:${D}\s{1,4})?(?:[\w’'-]{1,40}\s{1,4}){0,3}?(?:services?|websites?|sites?|platforms?|apps?)\b`,
];

/** The verbs of suspending: pausing, freezing, locking, restricting, disabling an account or access. */
export const SUSPENSION_VERBS: readonly RegExp[] = [
  withFlags('gi')`\bsuspend(?:s|ed|ing)?\b`,
  withFlags('gi')`\b(?:restrict|limit)(?:s|ed|ing)?\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:accounts?|access|use|transactions|payments|ability\s{1,4}to\s{1,4}(?:use|access))\b`,
  // "Drive will restrict usage when …", "we may limit your usage": use cut down
  withFlags('gi')`\b(?:restrict|limit|throttl(?:e|es|ed|ing))(?:s|ed|ing)?\s{1,4}(?:${D}\s{1,4})?(?:[\w’'-]{1,40}\s{1,4})?usage\b`,
  // "we may restrict access to some parts of the site, or the entire site, to users"
  withFlags('gi')`\b(?:restrict|limit|block)(?:s|ed|ing)?\s{1,4}access\s{1,4}to\b`,
  withFlags('gi')`\b(?:freez(?:e|es|ing)|frozen)\b`,
  withFlags('gi')`\block(?:s|ed|ing)?\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:accounts?|access)\b`,
  // (not what the customer turns off on its own device: "you must not disable cookies", "disable any security feature")
  withFlags('gi')`\b(?:disabl(?:e|es|ed|ing)|deactivat(?:e|es|ed|ing))\b(?!\s{1,4}(?:or\s{1,4}[\w’'-]{1,40}\s{1,4})?(?:${D}\s{1,4})?(?:[\w’'-]{1,40}\s{1,4})?${DEVICE_THING}\b)`,
  withFlags('gi')`\bblock(?:s|ed|ing)?\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:access|accounts?)\b`,
  withFlags('gi')`\bcut(?:s|ting)?\s{1,4}off\b`,
  // "we may remove the service for indefinite periods of time": the service withdrawn for a while
  withFlags('gi')`\b(?:remov|withdraw)\w{0,3}\s{1,4}(?:the|our)\s{1,4}services?\s{1,4}for\s{1,4}(?:indefinite\s{1,4}|a\s{1,4}|any\s{1,4}|some\s{1,4})?periods?\b`,
  // "prevent you from using this website on a … temporary basis": kept out for a while
  withFlags('gi')`\bprevent(?:s|ed|ing)?\s{1,4}(?:you|users?|customers?|members?)\s{1,4}from\s{1,4}(?:using|accessing)\b(?=[^.;]{0,80}\btemporar)`,
  // "place a hold on your transactions", "put your payouts on hold"
  withFlags('gi')`\b(?:plac|putt?)(?:e|es|ed|ing|s)?\s{1,4}(?:a\s{1,4})?holds?\s{1,4}on\b`,
  withFlags('gi')`\b(?:plac|putt?)(?:e|es|ed|ing|s)?\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:[\w’'-]{1,40}\s{1,4})?on\s{1,4}hold\b`,
  // "limit, including by technical measures, whether and how any Agent accesses the services"
  withFlags('gi')`\blimit(?:s|ed|ing)?\b(?:,[^,.;]{1,60},)?\s{1,4}whether\s{1,4}(?:and\s{1,4}how\s{1,4})?`,
  // a supply cut off at the meter: "may disconnect the supply of energy to the premises"
  withFlags('gi')`\bdisconnect(?:s|ed|ing)?\s{1,4}${D}\s{1,4}(?:[\w’'-]{1,40}\s{1,4})?(?:supply|supplies|service|services|connection|account|access)\b`,
];

/** Nouns of ending and suspending, for consequences ("will result in termination"). */
export const TERMINATION_NOUN = lexicon('termination-noun', ['termination', 'cancellation', 'closure', 'banning', 'removal of your account', 'removal of the account', 'deletion of your account']);
/** Nouns of suspending. */
export const SUSPENSION_NOUN = lexicon('suspension-noun', ['suspension', 'deactivation']);

/** Words that make an action a consequence ("will result in", "is grounds for", "including"). */
export const CONSEQUENCE = lexicon('consequence', [
  'result in', 'results in', 'resulting in', 'lead to', 'leads to', 'leading to', 'is subject to', 'are subject to',
  'be subject to', 'being subject to', 'grounds for', 'cause for', 'basis for', 'including', 'including but not limited to',
  'such as', 'up to', 'up to and including', 'may include', 'take action', 'actions against', 'action against',
  'actions including', 'action including', 'measures including', 'measures such as', 'at risk of',
]);

/** Past participles of the actions, for passives ("may be suspended"). */
export const ACTION_PARTICIPLE = re`^(?:terminated|cancell?ed|suspended|frozen|disabled|deactivated|closed|banned|revoked|blocked|locked|deleted|restricted|discontinued|disconnected|ended)`;
