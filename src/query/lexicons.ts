/**
 * The words of questions, slot by slot: the ways people say "end it" or "freeze it", what they ask
 * for (a notice period, a cure period, the categories, a value), who acts, on what grounds, for whom
 * (scope), when (timing), and what about (data, an opt-out, an objection). Each idea is one named
 * lexicon; the patterns are short compositions of them (src/lexicon/compose.ts), each bounded, so that
 * adding a way of saying something is one line. question.ts scores them.
 */
import { lexicon, re, union, withFlags } from '../lexicon/compose.js';

// ── Things the actions bear on ───────────────────────────────────────────────────────────────────

/** Determiners and possessives before an object ("my", "the", "their"). */
export const DET = lexicon('q-determiner', [
  'my', 'our', 'the', 'this', 'their', 'its', 'his', 'her', 'a', 'an', 'any', 'your', 'that', 'these', 'all', 'every', 'each',
  'someone', "someone's", "user's", "users'", "customer's",
]);

/** What is closed, deleted, banned or frozen: accounts and the like. */
export const ACCOUNT_NOUN = lexicon('q-account', [
  'account', 'accounts', 'acct', 'membership', 'memberships', 'subscription', 'subscriptions', 'profile', 'profiles',
  'plan', 'plans', 'blog', 'access', 'wallet', 'wallets',
]);

/** What is ended: the contract and its kin. */
export const CONTRACT_NOUN = lexicon('q-contract', [
  'contract', 'contracts', 'agreement', 'agreements', 'deal', 'relationship', 'order', 'order form', 'service order',
  'license', 'licence', 'terms', 'tos', 'things', 'it', 'everything', 'use', 'participation', 'hosting',
]);

/** The service as a whole: what a provider shuts down or sunsets. */
export const SERVICE_NOUN = lexicon('q-service', [
  'service', 'services', 'platform', 'product', 'products', 'api', 'apis', 'app', 'apps', 'site', 'sites', 'website', 'websites', 'offering',
  'whole thing', 'thing', 'business', 'program', 'programme', 'promotion', 'promotions', 'loyalty program', 'rewards program',
  'shop', 'online shop', 'store', 'online store',
]);

/** Anything a termination can end. */
export const ENDABLE = union('q-endable', ACCOUNT_NOUN, CONTRACT_NOUN, SERVICE_NOUN);

/** A part of the service rather than the whole: a trial, a beta feature, an add-on, one item of a bundle. */
export const PART_NOUN = lexicon('q-part', [
  'trial', 'trials', 'free trial', 'free trials', 'trial period', 'beta', 'betas', 'beta feature', 'beta features',
  'beta access', 'beta service', 'beta services', 'beta program', 'preview', 'previews', 'preview feature',
  'preview features', 'pilot', 'pilots', 'add-on', 'add-ons', 'addon', 'addons', 'feature', 'features', 'evaluation',
  'evaluations', 'extension', 'extensions', 'module', 'modules', 'integration', 'integrations',
]);
/** One thing out of a set bought together: "one game from a bundle", "a single seat of our team pack". */
export const ONE_OF_SET = re`\b(?:one|a single|an individual|individual|single)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:from|of|in|within)\s{1,4}(?:(?:a|an|the|my|our)\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?(?:bundle|pack|package|set|suite|collection)\b`;


/** What a customer keeps in a service: data, files, posts. */
export const DATA_NOUN = lexicon('q-data', [
  'data', 'files', 'file', 'content', 'stuff', 'photos', 'pictures', 'images', 'videos', 'posts', 'repos', 'repositories',
  'repository', 'projects', 'project', 'backups', 'backup', 'information', 'documents', 'uploads', 'everything', 'site',
  'website', 'boards', 'work', 'notes', 'copy', 'copies', 'emails', 'messages', 'materials', 'class materials', 'creations',
  'music', 'library', 'purchases', 'playlists', 'recordings', 'designs', 'assignments', 'coursework', 'contributions',
  'contribution', 'submissions', 'reviews', 'comments',
]);

/** Content a provider may take down: posts, uploads, listings, and the kinds of content named as such. */
export const CONTENT_NOUN = lexicon('q-content', [
  'content', 'posts', 'post', 'videos', 'video', 'uploads', 'stuff', 'something', 'anything', 'listings', 'listing',
  'comments', 'comment', 'packages', 'package', 'repos', 'repo', 'repository', 'repositories', 'ads', 'ad', 'advertisements', 'advertisement',
  'promotional material', 'material', 'materials', 'photos', 'photo', 'pictures', 'picture', 'images', 'image',
  'contribution', 'contributions', 'pages', 'page', 'site', 'website', 'code', 'apps', 'app', 'reviews', 'review', 'tracks',
  'articles', 'article', 'stories', 'story', 'messages', 'pieces', 'hate speech', 'misinformation', 'fake news',
  'nudity', 'spam', 'submission', 'submissions', 'notes', 'note', 'files', 'file', 'documents', 'document', 'recordings', 'designs',
  'information', 'info', 'catalogue', 'catalog', 'product catalogue', 'product catalog', 'products',
]);
/** What the asker keeps there, whatever it is: "the addresses saved in my address book", "my saved searches". */
const KEPT_THING = String.raw`(?:[\w-]{1,40}\s{1,4}(?:(?:i|we)\s{1,4}(?:have\s{1,4})?|(?:i|we)'ve\s{1,4})?(?:saved|stored|uploaded|posted|kept|submitted|shared|published)\b|(?:saved|stored|uploaded|posted|submitted|shared|published)\s{1,4}[\w-]{1,40})`;

// ── Actions ──────────────────────────────────────────────────────────────────────────────────────

/** Words that end a contract, an account or access, whatever their object. */
export const TERMINATE_WORD = lexicon('q-terminate', [
  'terminat*', 'cancel*', 'cancle*', 'discontinu*', 'sunset*', 'walk away', 'walks away', 'walking away', 'get out of',
  'getting out of', 'want out', 'back out of', 'withdraw*', 'pull the plug', 'pulling the plug', 'quit', 'quitting', 'exit',
  'exiting', 'retire', 'retires', 'retiring', 'deprecat*', 'get rid of', 'unsubscrib*', 'part ways', 'parting ways', 'rescind*',
  'annul*', 'refuse service', 'refuse to serve', 'call it quits', 'bring the contract to an end',
  'bring the agreement to an end', 'brought to an end', 'deny me access', 'deny us access', 'deny access',
  'revok*', 'closure', 'deregister*', 'de-register*', 'unregister*',
]);

/** Words that end something only with an object that can be ended ("close my account", "end the contract"). */
export const END_VERB = lexicon('q-end-verb', ['end', 'ends', 'ended', 'ending']);
/** Closing verbs. */
export const CLOSE_VERB = lexicon('q-close-verb', ['close', 'closes', 'closed', 'closing']);
/** Deleting and removing verbs. */
export const DELETE_VERB = lexicon('q-delete-verb', [
  'delete', 'deletes', 'deleted', 'deleting', 'remove', 'removes', 'removed', 'removing', 'kill', 'kills', 'killed', 'drop', 'drops',
  'dropped', 'nuke', 'nukes', 'nuked', 'wipe', 'wipes', 'wiped', 'erase', 'erases', 'erased', 'scrap', 'scraps', 'axe', 'axes',
]);
/** Participles of ending, for passives ("my account be closed", "account gone"). */
export const ENDED = lexicon('q-ended', [
  'closed', 'terminated', 'deleted', 'removed', 'killed', 'gone', 'banned', 'shut down', 'shut off', 'cut off', 'cut', 'nuked', 'wiped',
  'cancelled', 'canceled', 'discontinued', 'ended', 'kicked off', 'booted',
]);

/** What a customer holds and a provider can take away: access, a right, a licence, eligibility. */
export const ACCESS_RIGHT = lexicon('q-access-right', [
  'access', 'ability', 'abilities', 'eligibility', 'right', 'rights', 'privilege', 'privileges', 'license', 'licence',
  'licenses', 'licences', 'permission', 'permissions',
]);

/** Patterns of ending: a verb with what it ends. */
/** An ending said of "it" or "they" ("before it may be closed automatically"), an account named elsewhere in the question. */
export const IT_ENDED = re`\b(?:it|they)\s{1,4}(?:(?:may|might|will|can|could|would)\s{1,4})?(?:be|get|gets|is|are)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?${ENDED}\b`;
export const TERMINATE_PHRASES: readonly RegExp[] = [
  re`\b${CLOSE_VERB}\s{1,4}(?:down\s{1,4})?(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4}){0,3}?${ACCOUNT_NOUN}\b`,
  re`\b(?:${CLOSE_VERB}|kill\w{0,40}|axe\w{0,40}|scrap\w{0,40}|shut\w{0,40})\s{1,4}(?:it|them)\b`,
  re`\b${END_VERB}\s{1,4}(?!of\b)(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4}){0,2}?${ENDABLE}\b`,
  // (the account itself, not what it holds: "delete my account data" asks of the data)
  re`\b${DELETE_VERB}\s{1,4}(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?${ACCOUNT_NOUN}\b(?!\s{1,4}(?:data|information|content|details|files|history|records))`,
  re`\b(?:delet\w{0,40}|drop\w{0,40}|kill\w{0,40}|ban\w{0,40}|boot\w{0,40}|kick\w{0,40})\s{1,4}(?:me|us|him|her|them)\b`,
  re`\b(?:${ACCOUNT_NOUN}|${CONTRACT_NOUN}|${SERVICE_NOUN})\s{1,4}(?:(?:is|are|be|been|being|gets?|got|was|were)\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?${ENDED}\b`,
  re`\b(?:gets?|got|getting|be|been|being|am|is|are|was|were)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:banned|kicked off|booted)\b`,
  re`\bban(?:s|ned|ning)?\s{1,4}(?:${DET}\s{1,4})(?:[\w'-]{1,40}\s{1,4})?(?:accounts?|users?|members?|ip|address|devices?|emails?|profiles?)\b`,
  re`\bbanned\s{1,4}from\b`,
  re`\b(?:boot|kick)(?:s|ed|ing)?\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:off|out)\b`,
  re`\bshut(?:s|ting)?\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?(?:down|off)\b`,
  re`\bshut(?:s|ting)?\s{1,4}${DET}\s{1,4}(?:[\w'-]{1,40}\s{1,4})?${ACCOUNT_NOUN}\b`,
  re`\b(?:stop|cease)(?:s|d|ped|ping)?\s{1,4}(?:offering|providing|operating|supporting|running|serving|selling|to\s{1,4}provide|to\s{1,4}offer|to\s{1,4}sell)\b`,
  re`\bstop(?:s|ped|ping)?\s{1,4}(?:me|us|users?|customers?)\s{1,4}(?:from\s{1,4})?(?:using|accessing|logging)\b`,
  re`\b(?:pull|yank|take away|revok)\w{0,40}\s{1,4}(?:my|our|the|your|their)\s{1,4}${ACCESS_RIGHT}\b`,
  re`\bcut(?:s|ting)?\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?off\b`,
  // "does my license to use the browser end immediately?": the contract as the subject of its own ending
  // (a verb, not the noun: "does the agreement renew … at the end of the term?" asks of a renewal)
  re`\b(?:does|do|will|would|did)\s{1,4}(?:my|our|the|your|this|their)\s{1,4}${CONTRACT_NOUN}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,5}?(?<!\b(?:the|an?|its)\s{1,4})(?:end|terminate|expire|lapse|cease|stop)\b`,
  re`\blos(?:e|es|t|ing)\s{1,4}(?:${DET}\s{1,4})?(?:access|accounts?)\b`,
  re`\b${PART_NOUN}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?(?:vanish\w{0,40}|disappear\w{0,40}|gone|removed|discontinued|withdrawn)\b`,
  re`\b(?:remov|drop|kill|end)\w{0,40}\s{1,4}(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?${PART_NOUN}\b`,
  re`\b(?:remov|drop)\w{0,40}\s{1,4}(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4}){0,2}?from\s{1,4}(?:my|our|their|his|her|the)\s{1,4}(?:plan|subscription|account|bundle)\b`,
];

/** "delete it", "remove it": an ending when the question has named the account. */
export const DELETE_IT = re`\b(?:delet|remov|clos)\w{0,40}\s{1,4}it\b`;

/** Weaker signs of ending, by the customer mostly ("stop my subscription", "I'm leaving", "does it stop"). */
export const TERMINATE_WEAK: readonly RegExp[] = [
  re`\bstop\s{1,4}${DET}\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:subscription|plan|membership|service|contract)\b`,
  re`\b(?:can|could|may)\s{1,4}(?:i|we)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?stop\s{1,4}using\b`,
  re`\b(?:leave|leaving)\b`,
  // "can they stop them without notice?": what is stopped was named before
  re`\bstop\s{1,4}(?:it|them|that|those)\b(?!\s{1,4}(?:from\b|[a-z]{2,40}ing\b))`,
  re`\b(?:${ACCESS_RIGHT}|subscription|membership|agreement|contract|account|it)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,4}?(?:end|ends|stop|stops|ceases?)\b`,
];

/** Words that suspend: a pause, a freeze, a lock. */
export const SUSPEND_WORD = lexicon('q-suspend', ['suspen*', 'freez*', 'froze*', 'frozen', 'paus*', 'deactivat*', 'disabl*', 'on hold', 'interrupt*', 'halt*']);

/** Patterns of suspending with an object ("lock me out", "restrict my account"). */
/** The verbs of giving notice. */
const GIVE_NOTICE_VERB = lexicon('q-give-notice-verb', ['give', 'provide', 'send', 'serve']);
/** A duty to give notice, asked about: "do I have to give 30 days' notice?", "must they send notice?". */
export const DUTY_TO_NOTIFY: readonly RegExp[] = [
  re`\b(?:have|has|need|needs|required|must|obliged)\s{1,4}to\s{1,4}${GIVE_NOTICE_VERB}\b[^?.]{0,40}\bnotice\b`,
  re`\b(?:must|should|do|does)\s{1,4}(?:i|we|they|you|it)\s{1,4}${GIVE_NOTICE_VERB}\b[^?.]{0,40}\bnotice\b`,
];
export const SUSPEND_PHRASES: readonly RegExp[] = [
  // a supply cut off at the meter is suspended, not ended: "disconnect my electricity", "cut off our gas"
  re`\b(?:disconnect\w{0,10}|cut(?:s|ting)?\s{1,4}off)\s{1,4}(?:my|our|the)?\s{0,4}(?:[\w'-]{1,40}\s{1,4})?(?:supply|electricity|gas|water|power|energy|heating)\b`,
  re`\block(?:s|ed|ing)?\s{1,4}(?:me|us|them|(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?(?:accounts?|access))\b`,
  re`\bput(?:s|ting)?\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?on\s{1,4}hold\b`,
  // "restrict my usage", "limit our access to the API": use cut down, not ended
  re`\b(?:restrict|limit|throttl)\w{0,10}\s{1,4}(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?(?:usage|use|access|account)\b`,
  re`\b(?:put|puts|putting|place|places|placing)\s{1,4}(?:a\s{1,4})?holds?\s{1,4}on\b`,
  // "block my agent from accessing the site", "restrict us from using the API"
  re`\b(?:block|restrict|limit)\w{0,10}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,4}?from\s{1,4}(?:accessing|using|interacting)\b`,
  re`\btak(?:e|es|ing|en)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?offline\b`,
  re`\block(?:s|ed|ing)?\s{1,4}(?:[\w'-]{1,40}\s{1,4})?out\b`,
  re`\block(?:s|ed)?\s{1,4}or\s{1,4}(?:restrict|suspend|freez|disabl)`,
  re`\b${ACCOUNT_NOUN}\s{1,4}(?:[\w'-]{1,40}\s{1,4})?locked\b`,
  re`\bblock(?:s|ed|ing)?\s{1,4}(?:me|us|${DET}\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:access|accounts?))\b`,
  re`\b(?:restrict|limit)\w{0,40}\s{1,4}(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?(?:accounts?|access|use|payments|transactions|transfers)\b`,
  re`\brestrictions?\s{1,4}on\s{1,4}(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?(?:accounts?|access|use)\b`,
];

/** A suspension as a state that lasts, the ground of a later termination ("if my account stays suspended"). */
export const SUSPENDED_STATE: readonly RegExp[] = [
  re`\b(?:stay|stays|stayed|remain|remains|remained|been|is|are|was|were|got|gets)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?suspended\b(?!\s{1,4}(?:immediately|right away|without|if|for))`,
  re`\bsuspension\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?(?:resolved|unremedied|unresolved|fixed|lifted|continues)\b`,
  re`\bsuspended\s{1,4}(?:and|but)\s{1,4}(?:never|not|i\s{1,4}don't)\b`,
];

/** Verbs that say the action is either one: "shut off", "cut off", "lock out", "take down", "block". */
export const EITHER_ACTION: readonly RegExp[] = [
  re`\bshut(?:s|ting)?\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?(?:off|down)\b`,
  re`\bcut(?:s|ting)?\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?off\b`,
  re`\bkick(?:s|ed)?\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?off\b`,
  re`\block(?:s|ed)?\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?out\b`,
  re`\bblock(?:s|ed)?\b`,
  re`\btake\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?down\b`,
  re`\bpull\s{1,4}the\s{1,4}plug\b`,
  re`\bdisconnect\w{0,40}|\boffline\b|\bdeny\s{1,4}(?:me\s{1,4}|us\s{1,4})?access\b|\bstop\s{1,4}(?:me|us)\s{1,4}from\b`,
];

/** Stems of suspending and of ending, for "close or freeze", "suspend or terminate". */
export const SUSPEND_STEM = lexicon('q-suspend-stem', ['suspen*', 'freez*', 'lock*']);
/** Stems of ending, coordinated with suspending. */
export const END_STEM = lexicon('q-end-stem', ['terminat*', 'clos*', 'cancel*', 'discontinu*', 'end*']);
/** Either action, coordinated: "close or freeze my account", "suspending or terminating". */
export const COORDINATED: readonly RegExp[] = [re`\b${SUSPEND_STEM}\s{1,4}or\s{1,4}${END_STEM}`, re`\b${END_STEM}\s{1,4}or\s{1,4}${SUSPEND_STEM}`];

/** Verbs of shutting a whole service down. */
export const SHUTDOWN_VERB = lexicon('q-shutdown', [
  'discontinu*', 'sunset*', 'retir*', 'deprecat*', 'shut down', 'shuts down', 'shutting down', 'stop offering', 'stops offering',
  'stopped offering', 'stop providing', 'stops providing', 'stop operating', 'stop running', 'stop selling', 'stops selling',
  'close down', 'closes down',
  'closing down', 'wind down', 'winds down', 'winding down', 'take down', 'takes down', 'taking down', 'pull', 'pulls', 'pulling',
  'withdraw', 'withdraws', 'withdrawing', 'switch off', 'switches off', 'turn off', 'turns off',
]);
/** "the", "its": a service that is not the asker's own. */
export const THE_SERVICE = re`(?:(?:one|some|any|all|parts?)\s{1,4}of\s{1,4})?(?:the|its|their|this|that)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?${SERVICE_NOUN}`;
/** Taking the service down in words no ending lexicon has: "take down one of its services", "pull the websites". */
export const TAKE_DOWN_SERVICE = re`\b(?:(?:take|takes|taking|took)\s{1,4}down|pull(?:s|ing|ed)?|(?:switch|turn)(?:es|s|ing|ed)?\s{1,4}off)\s{1,4}${THE_SERVICE}`;
/** "take the service down for an indefinite period", "bring the site down temporarily": down for a while, not for good. */
export const SERVICE_DOWN_FOR_A_WHILE = re`\b(?:tak(?:e|es|ing|en)|took|bring|brings|shut|shuts)\s{1,4}${THE_SERVICE}\s{1,4}down\s{1,4}(?:for\s{1,4}(?:an?\s{1,4}|some\s{1,4})?(?:indefinite\s{1,4}|long\s{1,4}|short\s{1,4})?(?:periods?|while|time)|temporarily)\b`;
/** Shutting the whole service down ("discontinue the product", "shut the whole thing down", "the service be discontinued"). */
export const SHUTDOWN: readonly RegExp[] = [
  re`\b${SHUTDOWN_VERB}\s{1,4}${THE_SERVICE}`,
  re`\bshut(?:s|ting)?\s{1,4}(?:the|its|their|this)\s{1,4}(?:whole\s{1,4})?${SERVICE_NOUN}\s{1,4}(?:down|off)\b`,
  re`\b${THE_SERVICE}\s{1,4}(?:be|is|being|been|gets?)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:discontinued|shut down|sunset|closed down|withdrawn)\b`,
  // "stop selling through its online shop": the shop's trade ended
  re`\b(?:stop|stops|cease|ceases)\s{1,4}selling\b`,
  re`\bwhole\s{1,4}(?:service|platform|product|thing)\b|\b${SERVICE_NOUN}\s{1,4}(?:entirely|altogether|completely|for everyone|for all)\b`,
];

/** Verbs of taking content down. */
export const REMOVE_VERB = lexicon('q-remove', [
  'remov*', 'delet*', 'take down', 'taking down', 'took down', 'taken down', 'takes down', 'pull*', 'censor*',
  'unpublish*', 'hide', 'hides', 'hiding', 'disabl*', 'moderat*', 'scrub*', 'edit', 'edits', 'editing', 'reject', 'rejects',
  'rejected', 'rejecting', 'refuse to publish', 'refuse to post', 'refuse to run', 'wipe', 'wipes', 'wiping', 'wiped', 'purg*', 'eras*',
]);

/** Taking content down, written with the content. */
export const REMOVE_PHRASES: readonly RegExp[] = [
  re`\b${REMOVE_VERB}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?${CONTENT_NOUN}\b`,
  re`\b${REMOVE_VERB}\s{1,4}(?:the\s{1,4}|my\s{1,4}|our\s{1,4}|all\s{1,4}){0,2}${KEPT_THING}`,
  // "remove or refuse to display something I've posted": two verbs, one object
  re`\b${REMOVE_VERB}\s{1,4}or\s{1,4}(?:[\w'-]{1,40}\s{1,4}){1,3}?(?:${CONTENT_NOUN}\b|${KEPT_THING})`,
  re`\b${CONTENT_NOUN}\s{1,4}(?:(?:be|is|are|get|gets|got|being|been)\s{1,4})?(?:[\w'-]{1,40}\s{1,4})?(?:removed|deleted|taken down|pulled|censored|hidden)\b`,
  // (not the service itself: "take the service down" is no removal of content)
  re`\btak(?:e|es|ing|en)\s{1,4}(?!${THE_SERVICE}\s{1,4}down\b)(?:[\w'-]{1,40}\s{1,4}){1,3}?down\b`,
];

/** The event that ends the relationship, after which data questions are asked ("after I cancel", "once my account is closed"). */
export const END_EVENT_VERB = lexicon('q-end-event', [
  'terminat*', 'cancel*', 'cancle*', 'clos*', 'end', 'ends', 'ended', 'ending', 'leave', 'leaving', 'left', 'ban', 'bans',
  'banned', 'delete my account', 'delete our account', 'shut*', 'stop*', 'switch*', 'expire*', 'expires', 'deactivat*',
  'closure', 'termination', 'cancellation', 'lapse*', 'disable*', 'suspended',
]);
/** Subordinators of time and condition. */
export const WHEN_WORD = lexicon('q-when', ['after', 'once', 'when', 'whenever', 'if', 'following', 'before']);
/** Nouns of the end, after "on" or "upon" ("on termination"). */
export const END_NOUN = lexicon('q-end-noun', ['termination', 'cancellation', 'closure', 'expiry', 'expiration']);
/** "after I cancel", "once the agreement ends", "if I delete my Kimi account", "on termination". */
export const END_EVENT: readonly RegExp[] = [
  re`(?<!-)\b${WHEN_WORD}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,5}?${END_EVENT_VERB}`,
  re`(?<!-)\b${WHEN_WORD}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?delet\w{0,40}\s{1,4}(?:my|our|the)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?accounts?\b`,
  re`\b(?:on|upon|at)\s{1,4}(?:the\s{1,4})?${END_NOUN}|\bpost-termination\b`,
  re`\b(?:at|after)\s{1,4}the\s{1,4}end\s{1,4}of\s{1,4}(?:the|my|our|this)\s{1,4}(?:contract|agreement|subscription|relationship)\b`,
  // a suspension, after which data questions are asked too ("if they suspend my account, can I get my data out?")
  re`\b(?:if|when|once|after|while)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,5}?(?:suspend\w{0,40}|frozen|freez\w{0,40})`,
];

/** What is kept, wiped or handed back after the end. */
export const RETENTION = lexicon('q-retention', [
  'retention', 'purg*', 'wipe', 'wipes', 'wiped', 'wiping', 'erase*', 'erasing', 'destroy*', 'keep my', 'keep our', 'keep the',
  'keep customer', 'kept', 'retain*', 'hang on to', 'hold on to', 'stored',
]);

// ── Topics other than ending ─────────────────────────────────────────────────────────────────────

/** Verbs of changing. */
export const CHANGE_VERB = lexicon('q-change', [
  'chang*', 'updat*', 'modif*', 'amend*', 'revis*', 'rewrit*', 'alter', 'alters', 'altered', 'altering', 'edit', 'edits',
  'edited', 'editing', 'replace', 'vary', 'varied', 'varies', 'varying',
]);
/** Nouns of a change. */
export const CHANGE_WORD = lexicon('q-change-word', [
  'change', 'changes', 'update', 'updates', 'amendment', 'amendments', 'modification', 'modifications', 'revision', 'revisions',
]);
/** Words before a change that make it a noun ("a change", "material changes", "of changes"). */
export const CHANGE_NOUN_BEFORE = lexicon('q-change-noun-before', [
  'a', 'an', 'the', 'any', 'this', 'these', 'such', 'material', 'significant', 'future', 'non-material', 'of', 'to', 'about',
  'for', 'after', 'unilateral', 'price', 'my', 'our', 'their',
]);
/** Adjectives of a changed text ("the new terms", "updated terms"). */
export const CHANGED = lexicon('q-changed', ['changed', 'updated', 'modified', 'amended', 'revised', 'new', 'latest', 'then-current']);
/** The texts that change. */
export const VERSION_NOUN = lexicon('q-version', ['terms', 'version', 'agreement', 'contract', 'aup', 'policy', 'tos']);
/** A change named as a thing: "a change to the AUP", "the new terms", "amendments". */
export const CHANGE_NOUN: readonly RegExp[] = [
  re`\b${CHANGE_NOUN_BEFORE}\s{1,4}(?:[\w-]{1,40}\s{1,4})?${CHANGE_WORD}\b`,
  re`\b(?:amendments|modifications|revisions)\b`,
  re`\b${CHANGED}\s{1,4}(?:[\w'-]{1,40}\s{1,4})?${VERSION_NOUN}\b`,
];
/** The terms themselves. */
export const TERMS_NOUN = lexicon('q-terms', [
  'terms', 'terms of service', 'terms of use', 'tos', 'agreement', 'contract', 'policy', 'policies', 'aup',
  'acceptable use policy', 'acceptable use policies', 'sla', 'guidelines', 'rules', 'conditions', 'terms and conditions',
  'subscriber agreement', 'additional terms', 'support policy', 't&cs', 't&c', 'ts&cs', 'ts and cs', 'eula', 'user agreement',
]);
/** Changing the terms: verb and terms, or the terms changed. */
export const CHANGE_TERMS: readonly RegExp[] = [
  re`\b(?!(?:changed|updated|modified|amended|revised|altered)\s{1,4}${TERMS_NOUN})${CHANGE_VERB}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,4}?${TERMS_NOUN}\b`,
  re`\b${TERMS_NOUN}\s{1,4}(?:(?:are|is|get|gets|being|been|be|was|were)\s{1,4})?(?:changed|updated|modified|amended|revised|rewritten|altered)\b`,
  re`\b${TERMS_NOUN}\s{1,4}(?:(?:will|may|might|can)\s{1,4})?(?:change|changes|changing|${CHANGE_WORD})\b`,
];
/** Objecting to a change. */
export const OBJECTION = lexicon('q-objection', [
  'object', 'objects', 'objecting', 'objection', 'objections', 'reject', 'rejecting', 'refuse the', 'disagree',
  "don't agree with", 'do not agree with', 'not agree to the', 'dispute the change', "don't agree to", 'do not agree to',
  "don't accept", 'do not accept',
]);
/** Asking how notice of a change reaches the customer ("how will I be told", "by what means", "by email?"). */
export const CHANNEL_WORDS = lexicon('q-channel', [
  'by what means', 'in what way', 'through which channel', 'through what channel', 'which channel', 'what channel', 'by email',
  'by e-mail', 'via email', 'what method', 'which method',
]);
/** "how will I be notified", "how are changes communicated". */
export const CHANNEL = re`\bhow\s{1,4}(?:will|would|do|does|are|is|can|shall)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,5}?(?:notif\w{0,40}|told|tell|inform\w{0,40}|hear|find out|know|announc\w{0,40}|sent|given|communicat\w{0,40})\b`;
/** Taking effect. */
export const TAKE_EFFECT = lexicon('q-take-effect', ['take effect', 'takes effect', 'become effective', 'becomes effective', 'apply', 'applies', 'kick in', 'kicks in', 'bind', 'binding']);

/** Prices. */
export const PRICE_NOUN = lexicon('q-price', [
  'price', 'prices', 'pricing', 'fee', 'fees', 'rate', 'rates', 'charges', 'subscription fee', 'bill', 'cost', 'costs',
  'discount', 'discounts', 'commission', 'commissions', 'fee schedule', 'commission schedule', 'tariff', 'tariffs',
]);
/** Verbs of raising or changing a price. */
export const RAISE_VERB = lexicon('q-raise', [
  'rais*', 'increas*', 'hike', 'hikes', 'hiking', 'bump*', 'put up', 'put the', 'go up', 'goes up', 'chang*', 'adjust*',
  'modif*', 'updat*', 'alter*', 'rise', 'rises', 'amend*', 'revis*', 'vary', 'varied', 'varies', 'drop', 'drops', 'dropping',
  'discontinu*', 'withdraw*', 'scrap', 'scraps',
]);
/** A change of price: verb and price, or the price changed. */
/** A fee for what is free now, asked: "it's free right now - could they start charging for it?" (not a free trial converting). */
export const NEW_FEE_ASK: readonly RegExp[] = [
  re`\b(?:is|are|'s|currently|now)\s{1,4}free\b(?![^.?]{0,30}\btrial)[^?]{0,80}?\b(?:start|begin)\s{1,4}(?:charging|billing)\b`,
];
export const PRICE_CHANGE: readonly RegExp[] = [
  re`\b${RAISE_VERB}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,4}?${PRICE_NOUN}\b`,
  // "change how many AI credits a feature costs": what a thing costs, said after it
  re`\b${RAISE_VERB}\s{1,4}(?:how\s{1,4}(?:much|many)|what)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,6}?(?:costs?|charges?)\b`,
  re`\b${PRICE_NOUN}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?(?:increase\w{0,40}|change\w{0,40}|rise\w{0,40}|hike\w{0,40}|go up|goes up|raised|locked|fixed|guaranteed|apply|applies|take effect|kick in)\b`,
  re`\bchang\w{0,40}\s{1,4}what\s{1,4}(?:they|you|it|we)\s{1,4}charge\b`,
  // "… before it renews at the new price": the price changed, named by its result
  re`\b(?:new|higher|increased|raised|changed|updated)\s{1,4}(?:[\w-]{1,40}\s{1,4})?${PRICE_NOUN}\b`,
  re`\bcharg(?:e|es|ing)\s{1,4}(?:me\s{1,4}|us\s{1,4})?(?:more|extra|additional)\b`,
  re`\badd(?:s|ing)?\s{1,4}(?:new\s{1,4}|extra\s{1,4}|additional\s{1,4})?(?:fees|charges)\b`,
  ...NEW_FEE_ASK,
];

/** Renewal. */
export const RENEWAL = lexicon('q-renewal', [
  'renew*', 'auto-renew*', 'roll over', 'rolls over', 'rolled over', 'evergreen', 'charged again', 'billed again',
  'charged automatically', 'automatically charged', 'billed automatically', 'automatically billed', 'automatically extended',
  'extended automatically', 'automatically continue', 'automatically continues', 'continue automatically',
  'rolling', 'roll on', 'rolls on', 'rolling basis', 'carry on automatically', 'carries on automatically',
  'automatically charge', 'automatically bill', 'automatically start charging', 'automatically start billing',
  'charge me automatically', 'bill me automatically', 'start charging me', 'start billing me', 'keep charging', 'keep billing',
]);
/** Cancelling so as not to renew: "how long before it ends must I cancel so I'm not auto-renewed?", "cancel to avoid being charged". */
export const CANCEL_TO_STOP_RENEWAL = re`\bcancel\w{0,4}\b[^?]{0,40}?\b(?:so\s{1,4}(?:that\s{1,4})?(?:i|we)(?:'m|'re|\s{1,4}am|\s{1,4}are)?\s{1,4}(?:not|won't|don't)|to\s{1,4}(?:avoid|stop|prevent))\b[^?]{0,30}?\b(?:auto-?\s?renew\w{0,4}|renew\w{0,4}|charged|billed)`;
/** Being charged for the next period, the thing a renewal notice avoids. */
export const NEXT_CHARGE = re`\b(?:avoid|stop|prevent|not)\s{1,4}(?:be\s{1,4}|being\s{1,4}|getting\s{1,4})?(?:charged|billed)\b|\bbilled\s{1,4}for\s{1,4}the\s{1,4}next\b`;

/** Governing law. */
export const LAW_TOPIC = lexicon('q-law-topic', [
  'governing law', 'choice of law', 'choice-of-law', 'governed by', "whose law", 'legal system', 'which law', 'what law',
  'which laws', 'what laws', "country's law", "country's laws", "state's law", "state's laws", 'law applies', 'laws apply',
  'law apply', 'law governs', 'laws govern', 'law govern', 'law that governs', 'law of england', 'english law',
  'laws of which', 'law of which',
]);
/** Words of suing. */
export const COURT_WORD = lexicon('q-court-word', [
  'sue', 'sues', 'suing', 'sued', 'lawsuit', 'lawsuits', 'legal action', 'litigat*', 'venue', 'jurisdiction', 'proceedings',
  'small claims',
]);
/** Where a case goes ("where would I file", "where is it heard"). */
export const CASE_VERB = lexicon('q-case-verb', ['file', 'filed', 'brought', 'heard', 'handled', 'litigated']);
/** Courts and suing. */
export const COURT_TOPIC: readonly RegExp[] = [
  re`${COURT_WORD}`,
  re`\bcourts?\b(?!\s{1,4}orders?)`,
  re`\btake\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?to\s{1,4}court\b`,
  re`\bwhere\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,8}?${CASE_VERB}`,
];
/** Arbitration. */
export const ARBITRATION = lexicon('q-arbitration', ['arbitrat*']);
/** Opting out. */
export const OPT_OUT = lexicon('q-opt-out', ['opt out', 'opt-out', 'opting out', 'optout', 'reject the arbitration', 'reject arbitration']);
/** Class and collective actions. */
export const CLASS_ACTION = lexicon('q-class-action', [
  'class action', 'class actions', 'class-action', 'class lawsuit', 'class lawsuits', 'class or representative',
  'class or collective', 'collective action', 'collective actions', 'join a class', 'class arbitration', 'joint lawsuit',
  'representative action', 'group lawsuit', 'group action', 'as a group', 'part of a group', 'mass arbitration',
  'collective lawsuit', 'representative proceeding', 'representative proceedings', 'class claim', 'class claims',
  'class proceeding', 'class proceedings',
]);

/** Using the service, the act that may count as acceptance. */
export const USE_ACT = lexicon('q-use-act', [
  'using', 'use', 'uses', 'keep using', 'continue using', 'continued use', 'continuing to use', 'mere use', 'registering',
  'signing up', 'creating an account', 'clicking', 'clicked', 'downloading', 'installing', 'accessing', 'visiting',
  'listing an item', 'uploading', 'commenting', 'ordering', 'buying', 'purchasing', 'browsing', 'browse', 'viewing',
  'reading', 'logging in', 'signing in', 'subscribing', 'shopping', 'redeeming', 'redeem', 'receiving', 'collecting',
]);
/** Accepting or being bound. */
export const ACCEPT = lexicon('q-accept', ['accept*', 'agree', 'agreed', 'agreeing', 'bound', 'bind', 'binds', 'consent*']);
/** Acceptance by use: using and accepting in one question, or being treated as having accepted. */
export const ACCEPTANCE: readonly RegExp[] = [
  re`\b${USE_ACT}\b[^.;?]{0,60}?\b${ACCEPT}`,
  re`\b${ACCEPT}[^.;?]{0,60}?\b(?:by|because|the moment|when|if|just|simply)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?${USE_ACT}\b`,
  re`\b(?:treated|deemed|considered|regarded|count|counts)\s{1,4}as\s{1,4}(?:having\s{1,4})?(?:accept|agree)\w{0,40}`,
  // "if I keep using it after …, does that mean I've accepted?": the use in the condition, the acceptance asked
  re`\b${USE_ACT}\b[^.;?]{0,120}?\b(?:mean|means|meant|imply|implies|signify|signal)\s{1,4}(?:that\s{1,4})?(?:i|we)(?:'ve|\s{1,4}have)?\s{1,4}${ACCEPT}`,
];

/** Liability and what a provider may have to pay. */
export const LIABILITY = lexicon('q-liability', [
  'liability', 'liabilities', 'liable', 'damages', 'have to pay me', 'have to pay us', 'pay me', 'pay us', 'compensation',
  'they will pay', 'they would pay', 'would they pay', 'will they pay', 'have to pay', 'pay out', 'compensate', 'on the hook',
  'i can claim', 'we can claim', 'i can recover', 'we can recover', 'could i recover', 'can i recover', 'can i claim',
  'owe me', 'owe us', 'owes me', 'owes us', 'owed to me', 'owed to us', 'responsibility', 'responsible',
]);
/** Caps and limits. */
export const LIMIT = lexicon('q-limit', [
  'cap', 'caps', 'capped', 'limit', 'limits', 'limited', 'limitation', 'maximum', 'max', 'at most', 'the most',
  'exclude', 'excludes', 'excluded', 'unlimited', 'up to', 'disclaim', 'disclaims', 'disclaimed', 'disclaimer',
]);
/** The courts where the asker lives: "in my own country", "where I live", "my local courts". */
export const LOCAL_COURTS_ASK = [
  re`\b(?:my|our)\s{1,4}(?:own\s{1,4}|home\s{1,4}|local\s{1,4})?(?:country|state|courts?|jurisdiction|town|city)\b`,
  re`\bwhere\s{1,4}(?:i|we)\s{1,4}(?:live|reside|am based|are based)\b|\blocally\b|\bnear\s{1,4}(?:me|us)\b`,
];
/** The asker as the one sued: "take me to court", "sue us", "bring a claim against me". */
export const SUED_ASKER = re`\b(?:take|takes|taking|bring|drag)\s{1,4}(?:me|us)\s{1,4}to\s{1,4}court\b|\bsue\s{1,4}(?:me|us)\b|\bagainst\s{1,4}(?:me|us)\b`;
/** The asker's own liability, not the provider's: "is my own liability capped?", "how much could I be liable for?". */
export const OWN_LIABILITY = lexicon('q-own-liability', [
  'my liability', 'my own liability', 'my total liability', 'our liability', 'our own liability', 'i am liable', "i'm liable",
  'i be liable', 'i would be liable', 'i could be liable', 'i can be liable', 'we are liable', 'the customer\'s liability',
  "the user's liability", 'liability of the customer', 'liability of the user',
]);
/** Asking whether liability is excluded or disclaimed, not capped. */
export const EXCLUSION_ASK = lexicon('q-exclusion-ask', [
  'exclude', 'excludes', 'excluded', 'exclusion', 'disclaim', 'disclaims', 'disclaimed', 'disclaimer', 'not liable', 'not be liable',
  "won't be liable", 'not responsible', 'no liability', 'escape liability', 'avoid liability',
]);
/** Asking who pays: fees and costs of a procedure. */
export const COSTS_ASK = lexicon('q-costs-ask', ['fee', 'fees', 'filing fee', 'filing fees', 'costs', 'cost of', 'pay for', 'who pays', 'reimburse*', 'expenses']);
/** Asking for a cap: a figure or a ceiling. */
export const CAP_ASK = lexicon('q-cap-ask', ['cap', 'caps', 'capped', 'maximum', 'max', 'at most', 'the most', 'how much', 'up to', 'ceiling']);
/** A cap on liability, either way round. */
export const LIABILITY_CAP: readonly RegExp[] = [
  re`\bhow\s{1,4}much\s{1,4}(?:can|could|would|will|may)\s{1,4}(?:i|we)\s{1,4}(?:recover|claim)\b`,
  re`\b${LIABILITY}[^.;?]{0,40}?${LIMIT}\b`,
  re`\b${LIMIT}[^.;?]{0,40}?${LIABILITY}\b`,
];

/** Words that ask whether something is permitted. */
export const PERMISSION_WORD = lexicon('q-permission', [
  'allowed', 'allow', 'allows', 'permitted', 'permit', 'permits', 'prohibit*', 'forbid*', 'forbidden', 'banned',
  'not allowed', 'against the rules', 'ok to', 'okay to', 'ok', 'okay', 'let users', 'restricted', 'off-limits',
  'rule out', 'rules out', 'barred', 'say about', 'cover', 'covers', 'breach the policy', 'violate the policy',
  'against the policy', 'against the aup', 'against the terms', 'disallowed', 'not permitted',
]);
/** The asker, or users like them, as the subject of a may-I question. */
export const MAY_SUBJECT = re`(?:i|we|users|our\s{1,4}[\w-]{1,40}|my\s{1,4}[\w-]{1,40})\b`;
/** A may-I question: the asker wondering what they may do ("can I", "am I allowed", "is it OK to"). */
export const MAY_I: readonly RegExp[] = [
  re`(?:^|[;,:]\s{0,4}|\b(?:so|and|but)\s{1,4})(?:can|could|may|might)\s{1,4}${MAY_SUBJECT}`,
  re`\b(?:am\s{1,4}i|are\s{1,4}we|are\s{1,4}users|is\s{1,4}it)\s{1,4}(?:allowed|permitted|ok|okay|fine|legal|prohibited)\b`,
  re`\bis\s{1,4}it\s{1,4}(?:ok|okay|fine|permitted|allowed)\s{1,4}to\b`,
  re`\bis\s{1,4}it\s{1,4}against\s{1,4}the\s{1,4}${TERMS_NOUN}\s{1,4}to\b`,
];
/** What people do with content. */
export const ACTIVITY = lexicon('q-activity', [
  'post', 'posting', 'upload', 'uploading', 'host', 'hosting', 'share', 'sharing', 'store', 'storing', 'send', 'sending',
  'run', 'running', 'distribute', 'distributing', 'publish', 'publishing', 'probe', 'scrape', 'scraping',
  'stress-test', 'ddos', 'mine', 'mining', 'sell', 'selling', 'embed', 'spread', 'spreading', 'put', 'impersonate',
  'hack', 'attack', 'transmit', 'stream', 'advertise', 'resell', 'reselling', 'sublicense', 'rent', 'lease',
  'crawl', 'crawling', 'harvest', 'harvesting', 'spam', 'spamming', 'frame', 'framing', 'reverse engineer', 'decompile',
  'include', 'including', 'list', 'listing', 'showcase', 'showcasing', 'display', 'displaying', 'feature', 'promote', 'promoting',
]);
/** "do they ban adult content?": a ban on a kind of content. */
export const BAN_CONTENT = re`\bbans?\s{1,4}(?:[\w-]{1,40}\s{1,4}){0,2}?${CONTENT_NOUN}\b`;
/** A may-I question about doing something with content ("can I host", "is it OK to upload"). */
/** Verbs of watching over what is posted. */
const WATCH_VERB = lexicon('q-watch', ['monitor*', 'screen*', 'pre-screen*', 'prescreen*', 'review*', 'moderat*', 'police', 'policing', 'vet', 'vets', 'vetting', 'watch*', 'spy on', 'read']);
const OBLIGED = lexicon('q-obliged', ['obligat*', 'obliged', 'required', 'duty', 'have to', 'has to', 'need to', 'needs to', 'must', 'responsible for', 'bound to']);
/**
 * A duty to watch over what the asker posts, asked about: "is X obliged to monitor my messages?", "does the host
 * have to screen uploads?" (a duty only: "no obligation to monitor" says nothing of whether they do).
 */
const WHAT_IS_POSTED = String.raw`what\s{1,4}(?:i|we|users?|people)\s{1,4}(?:post|upload|send|share|write|say|store)`;
export const WATCH_ASK = re`\b${OBLIGED}\s{1,4}(?:to\s{1,4})?(?:actively\s{1,4})?${WATCH_VERB}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?(?:${CONTENT_NOUN}\b|${WHAT_IS_POSTED})`;
export const MAY_I_DO: readonly RegExp[] = [
  ...MAY_I.map((p) => re`${p}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?${ACTIVITY}\b`),
  // "can I use the service for phishing", "is it OK to use bots to scrape": using something for a purpose
  ...MAY_I.map((p) => re`${p}\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?us(?:e|ing)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?(?:for|to)\b`),
];
/** "Is using data mining tools forbidden?", "is reselling accounts allowed?": an act as the subject, then a word of permission. */
export const IS_DOING_ALLOWED = re`\b(?:is|are|would|will)\s{1,4}(?:${ACTIVITY}|using|selling|mining|scraping|creating|running)\b[^.;?]{0,60}?\b${PERMISSION_WORD}`;
/** Acts named by their noun: "payments for gambling", "sales of weapons", "transfers to …". */
export const ACT_NOUN = lexicon('q-act-noun', ['payments', 'payment', 'transactions', 'transaction', 'transfers', 'transfer', 'sales', 'purchases', 'listings']);
/** "Are payments for gambling banned?": an act named by its noun, then a word of permission. */
export const IS_ACT_ALLOWED = re`\b(?:is|are)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?${ACT_NOUN}\s{1,4}(?:for|of|to|involving)\b[^.;?]{0,80}?\b${PERMISSION_WORD}`;
/** The asker, or users like them, as the one a duty falls on. */
const DUTY_SUBJECT_ASK = String.raw`(?:am\s{1,4}i|are\s{1,4}we|are\s{1,4}users|is\s{1,4}the\s{1,4}(?:user|customer|seller|creator|uploader))`;
/** After "do I have to": verbs of another question (notice, payment, ending, accepting, disputes), not of a duty on content. */
const NOT_A_DUTY = String.raw`(?!(?:give|pay|cancel|accept|agree|arbitrate|go|sue|wait)\b)`;
/**
 * Asking whether the asker carries a duty: "am I (the one) responsible for what I post?", "do I have to
 * label it?", "must I get permission?", "am I required to tag AI content?". A yes means the duty is there.
 */
export const DUTY_ASK: readonly RegExp[] = [
  re`\b${DUTY_SUBJECT_ASK}\s{1,4}(?:the\s{1,4}one\s{1,4}|(?:solely|fully|entirely|personally|legally|alone)\s{1,4}){0,2}(?:responsible|accountable)\s{1,4}for\b`,
  re`\b(?:do|does|will|would)\s{1,4}(?:i|we|users?|sellers?|creators?)\s{1,4}(?:have|need)\s{1,4}to\s{1,4}${NOT_A_DUTY}[\w-]{1,40}`,
  re`\bmust\s{1,4}(?:i|we)\s{1,4}${NOT_A_DUTY}[\w-]{1,40}`,
  re`\b${DUTY_SUBJECT_ASK}\s{1,4}(?:required|obliged|obligated|expected)\s{1,4}to\s{1,4}${NOT_A_DUTY}[\w-]{1,40}`,
  // "do I need a parent's or guardian's consent", "do we need the owner's written permission"
  re`\b(?:do|does|will)\s{1,4}(?:i|we)\s{1,4}need\s{1,4}(?:[\w'’-]{1,40}\s{1,4}){0,4}?(?:permission|consent|authori[sz]ation|licen[cs]e)\b`,
];
/**
 * "Are students barred from using it with a personal account?", "is it against the rules to collect
 * passwords?": whether an act is forbidden, the act named by its verb.
 */
export const FORBIDDEN_ACT = re`\b(?:barred|prohibited|forbidden|banned|not\s{1,4}allowed|not\s{1,4}permitted)\s{1,4}(?:from\s{1,4}[\w-]{1,40}ing|to\s{1,4}[\w-]{1,40})\b|\bagainst\s{1,4}the\s{1,4}(?:rules|terms|policy|policies|guidelines)\s{1,4}to\s{1,4}[\w-]{1,40}`;

/** Asking for the kinds of content prohibited. */
export const CATEGORIES_ASK = lexicon('q-categories-ask', [
  'what kinds of', 'what kind of', 'what types of', 'what type of', 'what sorts of', 'what sort of', 'which types of',
  'which type of', 'which kinds of', 'which kind of', 'which categories of', 'what categories of', 'what category of',
  'list the', 'what content', 'what material', 'what stuff', 'what things', 'which content', 'which things',
  'what uses', 'what activities', 'which uses', 'which activities', 'what am i not allowed', 'what are we not allowed',
  'what are users not allowed', 'what is not allowed', 'what is prohibited', "what's prohibited", 'what is forbidden',
  'what is banned', 'what am i barred', "what can't i", "what can't we", 'what may i not', 'what behaviour', 'what behavior',
  'content categories',
]);
/** The rules on content, named: "the content rules" asks for what they forbid, unless named in a yes/no question ("… if I broke the content rules?"). */
export const CONTENT_RULES = lexicon('q-content-rules', ['content rules', 'content policy', 'content guidelines']);
/** A yes/no question: it opens with an auxiliary ("can they …", "is it …", "do I …"). */
export const YES_NO_OPENING = re`^(?:can|could|may|might|will|would|shall|should|must|do|does|did|is|are|am|was|were|has|have|had)\b`;
/** Kinds of content or conduct, as asked about ("which materials", "what stuff"). */
export const CONDUCT_NOUN = lexicon('q-conduct-noun', [
  'content', 'material', 'materials', 'stuff', 'things', 'posts', 'files', 'uploads', 'activities', 'uses', 'behaviour',
  'behaviours', 'behavior', 'behaviors', 'conduct',
]);
/** Words that forbid, after what is asked about ("… can't I upload", "… is off-limits"). */
export const FORBIDDING = lexicon('q-forbidding', ['not', "n't", 'prohibit*', 'forbid*', 'banned', 'barred', 'off-limits', 'disallow*', 'restrict*']);
/**
 * Words that ask whether something is prohibited ("is scraping prohibited?", "does the policy ban porn?",
 * "is it against the rules to …?"): a yes to such a question means the thing is not allowed.
 */
export const PROHIBITION_ASK = lexicon('q-prohibition-ask', [
  'prohibit*', 'forbid*', 'forbidden', 'ban', 'bans', 'banned', 'barred', 'bar', 'bars', 'off-limits', 'off limits',
  'disallow*', 'not allowed', 'not permitted', "n't allowed", "n't permitted", 'against the rules', 'against the terms',
  'against the policy', 'against the aup', 'against the guidelines', 'violate the policy', 'violates the policy',
  'breach the policy', 'breaches the policy', 'rule out', 'rules out', 'outlaw*',
]);
/** Words that ask whether something is permitted ("am I allowed to", "is it OK to", "can I"): a yes means it is. */
export const PERMISSION_ASK = lexicon('q-permission-ask', [
  'allowed', 'permitted', 'ok', 'okay', 'fine', 'legal', 'acceptable', 'can i', 'can we', 'could i', 'could we',
  'may i', 'may we', 'is it possible', 'able to', 'free to', 'let me', 'let us', 'let users',
]);
/** "what am I forbidden from doing?", "what are users not allowed to post?": the categories asked for. */
export const WHAT_AM_I_FORBIDDEN = re`\bwhat\s{1,4}(?:am\s{1,4}i|are\s{1,4}we|are\s{1,4}users|is\s{1,4}one)\s{1,4}(?:not\s{1,4})?(?:allowed|permitted|forbidden|prohibited|barred|banned)\b`;
/** "which materials can't I upload?", "what stuff is off-limits?": the categories asked for, with a word of prohibition after. */
export const WHAT_IS_BANNED = re`\b(?:what|which)\s{1,4}(?:(?:kinds?|types?|sorts?|categories)\s{1,4}of\s{1,4})?${CONDUCT_NOUN}\b[^.;?]{0,50}?${FORBIDDING}`;
/** "What does the harassment rule cover?": the categories one rule names, asked for. */
export const WHAT_RULE_COVERS = re`\bwhat\s{1,4}(?:does|do)\s{1,4}(?:the|this|your|their|its)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?(?:rule|rules|policy|section|ban|prohibition|guideline|guidelines)\s{1,4}(?:cover|include|prohibit|ban|forbid|say)`;
/** Verbs by which a rule forbids. */
const RULE_FORBIDS = lexicon('q-rule-forbids', ['forbid', 'forbids', 'prohibit', 'prohibits', 'ban', 'bans', 'bar', 'bars', 'disallow', 'disallows', 'outlaw', 'outlaws']);
/** "Does the policy forbid me from using a pseudonym?", "does this policy prohibit sharing …": the rules as the subject of forbidding. */
export const POLICY_FORBIDS = re`\b(?:does|do|will|would)\s{1,4}(?:the|this|these|your|their|its|our)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?${TERMS_NOUN}\s{1,4}${RULE_FORBIDS}\b`;
/** "Can a terrorist group use the service for recruitment?": someone else's use of the service, asked about. */
export const OTHERS_MAY_USE = re`(?:^|[;,:]\s{0,4})(?:can|could|may)\s{1,4}(?:a|an|any|someone|somebody|anyone|anybody|people|other)\b\s{0,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?us(?:e|ing)\b`;
/** "Are instructions for making weapons allowed?": a thing named, then a word of permission (not "is it allowed for them to …", nor "allowed to", a right). */
export const IS_THING_ALLOWED = re`^(?:is|are)\s{1,4}(?!(?:it|they|we|you|i|he|she)\b)(?:[\w'-]{1,40}\s{1,4}){1,8}?(?:allowed|permitted|prohibited|banned|forbidden|disallowed)\b(?!\s{1,4}(?:to|for)\b)`;
/** Content words that name a category the table of categoriesOf does not: the ways people ask. */
export const QUESTION_CATEGORIES: ReadonlyArray<[string, RegExp]> = [
  ['hate', re`\b(?:based on|because of)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?(?:race|religion|ethnicity|gender|sexuality)\b|\breligious group\b`],
  ['infringing', re`\b(?:don't|do not|doesn't)\s{1,4}(?:own|have|hold)\s{1,4}(?:the\s{1,4})?(?:rights?|copyright|permission|licen[cs]e)\b|\bwithout (?:a\s{1,4})?licen[cs]e\b`],
  ['malware', re`\bcrypto\w{0,40}\s{1,4}min\w{0,40}|\bminers?\b`],
  ['fraud', re`\bfake\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:login|bank|site|page|store|shop)\b|\bscam\w{0,40}`],
  ['privacy', re`\b(?:emails? addresses|phone numbers?|home address\w{0,40}|addresses and phone)\b`],
  ['spam', re`\bjunk\s{1,4}(?:e-?mails?|mail|messages)\b|\bin bulk\b|\bbulk\s{1,4}(?:e-?mails?|messages)\b`],
  ['sexual', re`\bexplicit\b|\bsex\b|\bporn\w{0,40}|\bnude\w{0,40}`],
  ['violence', re`\bgory\b|\bgore\b`],
  ['defamatory', re`\blies\s{1,4}about\b|\bfalse\s{1,4}(?:statements?|claims?|rumou?rs?)\s{1,4}about\b|\bsmear\w{0,40}|\brumou?rs?\s{1,4}about\b`],
  ['harassment', re`\btroll\w{0,40}|\binsult\w{0,40}`],
  ['sexual', re`\bnsfw\b|\berotic\w{0,40}|\badult\s{1,4}(?:material|videos?|images?)\b`],
  ['illegal', re`\b(?:illegal|stolen)\s{1,4}goods\b|\bdrugs\b|\bnarcotics\b`],
  ['security', re`\bget(?:ting)?\s{1,4}around\b|\bwork\s{1,4}around\b`],
  ['misinformation', re`\bfake news\b`],
];

/** Numbers as written in periods. */
export const NUMBER = re`(?:\d{1,12}|one|two|three|seven|ten|fourteen|fifteen|thirty|sixty|ninety)`;
/** Units of a period. */
export const UNIT = re`(?:days?|weeks?|months?)`;

// ── What is asked ────────────────────────────────────────────────────────────────────────────────

/** Asking for a length of time. */
export const HOW_LONG = lexicon('q-how-long', [
  'how long', 'how many days', 'how many business days', 'how many working days', 'how many weeks', 'how many months',
  'how many years', 'how many hours', 'how much time', 'how soon', 'how quickly', 'for how long', 'within how many',
  'within how long', 'after how many', 'how far ahead', 'how far in advance', 'how many days in advance', 'how late',
  'how early', 'how overdue', 'how far behind', 'how much longer', 'how many more days', 'within what time', 'when is',
  'when are', 'when will', 'when does', 'when do',
]);
/** A period asked inside a statement ("… over what look-back period?"). */
export const WHAT_PERIOD = re`\b(?:what|which)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:period|length|window|duration|months|days|years|time)\b`;
/** "how much", "how long", "how many days". */
export const HOW_MUCH = re`\bhow\s{1,4}(?:much|long|many\s{1,4}(?:business\s{1,4}|working\s{1,4})?(?:days|weeks|months|hours))`;
/** What a notice is called. */
export const NOTICE_NOUN = lexicon('q-notice-noun', ['notice', 'warning', 'heads up', 'heads-up']);
/** How a notice may be qualified ("advance", "written"). */
export const NOTICE_KIND = lexicon('q-notice-kind', ['advance', 'prior', 'written', 'email', 'e-mail']);
/** "how much (advance) notice", "how many days' warning", "how long of a heads up". */
export const HOW_MUCH_NOTICE = re`${HOW_MUCH}'?\s{1,4}(?:of\s{1,4}(?:a\s{1,4})?|a\s{1,4})?(?:${NOTICE_KIND}\s{1,4})?${NOTICE_NOUN}\b`;
/** Other ways of asking for the length of a notice ("what notice period", "how far in advance"). */
export const NOTICE_PERIOD = lexicon('q-notice-period', [
  'what notice period', 'what notice', 'notice period', 'warning period', 'notice deadline', 'how far ahead', 'how far in advance',
  'how many days in advance', 'what advance notice', "what's the notice", 'what is the notice', 'how soon after telling',
  'how soon after notifying', 'how soon after notice',
]);
/** "what's the minimum notice", "what is the shortest warning": the length of a notice asked for. */
export const WHAT_NOTICE = re`\bwhat(?:'s|\s{1,4}is|\s{1,4}are)?\s{1,4}(?:the\s{1,4})?(?:minimum|least|shortest|smallest|required)\s{1,4}(?:amount\s{1,4}of\s{1,4}|period\s{1,4}of\s{1,4})?(?:advance\s{1,4}|prior\s{1,4})?(?:notice|warning)\b`;
/** A notice read as a starting point, not as the thing asked about ("after being notified"). */
export const AFTER_NOTICE = re`\b(?:after|following|from|since)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,2}?(?:notice|notified|notification|warning|telling|notifying|informing)\b`;
/** Words of notice, anywhere in the question. */
export const NOTICE_WORD = lexicon('q-notice-word', [
  'notice', 'warning', 'heads up', 'heads-up', 'in advance', 'ahead', 'beforehand', 'notif*', 'warn*', 'announce*', 'inform*',
  'tell me', 'tell us', 'let me know', 'let us know',
]);
/** Words of curing a breach. */
export const CURE_WORD = lexicon('q-cure', [
  'cure', 'cured', 'curing', 'remedy', 'remedied', 'remedying', 'fix it', 'fix the', 'fix a', 'fix that', 'fix our', 'fix my',
  'fix any', 'put it right', 'put things right', 'pay up', 'settle', 'rectify', 'correct it', 'make it right', 'make good',
  'chance to fix',
]);
/** The cure period named as such. */
export const CURE_PERIOD = lexicon('q-cure-period', ['cure period', 'grace period', 'remedy window', 'remedy period', 'cure window', 'cure periods']);
/** A breach that cannot be cured: the question is not about a cure period. */
export const NOT_CURABLE = lexicon('q-not-curable', ['be cured', "can't be cured", 'cannot be cured', 'incurable', 'not curable', "can't be remedied", 'cannot be remedied']);
/** Openings that ask whether there is something (a cure period). */
export const IS_THERE = lexicon('q-is-there', ['is there', 'are there', 'do i get', 'do we get', 'will i get', 'will we get', 'does', 'what', "what's", 'which']);
/** Asking for a period by its name. */
export const PERIOD_WORD = lexicon('q-period-word', [
  'length', 'duration', 'window', 'deadline', 'time limit', 'cooling-off period', 'cooling off period', 'cancellation window',
  'retention period', 'inactivity period', 'waiting period', 'maximum length', 'limit on how long', 'look-back period',
  'lookback period', 'what period', 'over what period', 'after some days', 'some days', 'a few days', 'month-to-month',
]);
/** A period offered as alternatives, in a yes/no question ("or only after some days?", "month-to-month or yearly?"). */
export const PERIOD_ALTERNATIVE = lexicon('q-period-alternative', [
  'or only after', 'after some days', 'after a few days', 'or less', 'or more', 'month-to-month or', 'or for another',
  'for another year', 'for another full year', 'for another term',
]);
/** "Do I get 30 days to …?": a period named to be confirmed. */
export const GIVEN_PERIOD = re`\b(?:get|have|give)\s{1,4}(?:a\s{1,4}|${NUMBER}\s{1,4})${UNIT}\s{1,4}to\b`;

/** Openings of a question that asks for a value (what, which, where), not whether. */
export const WH_OPENER = lexicon('q-wh', [
  'what', "what's", 'which', 'where', 'whose', 'who', 'how much', 'how many', 'tell me', 'list', 'in which', 'under which',
  'to which', 'for which', 'at what',
]);
/** Openings of a yes/no question. */
export const YES_NO_OPENER = lexicon('q-yes-no', [
  'is', 'are', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'shall', 'am', 'has',
  'have', 'was', 'were',
]);

// ── Notice ───────────────────────────────────────────────────────────────────────────────────────

/** Saying there is no notice. */
export const WITHOUT_NOTICE = lexicon('q-without-notice', [
  'with no notice', 'with no warning', 'with no prior notice', 'with zero warning', 'with zero notice', 'zero warning',
  'zero notice', 'no notice', 'no warning', 'no prior notice', 'no advance notice', 'no heads up', 'not tell us',
  'not tell me', 'not tell anyone', 'not telling us', 'not telling me', 'unannounced', 'without a word', 'out of the blue',
  'silently', 'with no heads up', 'with no heads-up', 'without the usual notice period', 'without the notice period',
  'without any notice period', 'without a notice period', 'without observing the notice period',
]);
/** Who is told, in "without telling me". */
export const TOLD = lexicon('q-told', ['me', 'us', 'anyone', 'users', 'customers']);
/** What is not given, in "without (any) notice". */
export const NO_NOTICE_WORD = lexicon('q-no-notice-word', [
  'notice', 'warning', 'word', 'telling', 'notifying', 'informing', 'letting', 'contacting', 'alerting', 'heads up', 'heads-up',
]);
/** "without (even) (giving me) (any) notice". */
export const WITHOUT_NOTICE_PHRASE = re`\bwithout\s{1,4}(?:(?:even|any|first)\s{1,4})?(?:(?:giving|sending)\s{1,4})?(?:${TOLD}\s{1,4})?(?:(?:any|a|prior|advance)\s{1,4})?${NO_NOTICE_WORD}`;
/** "and not give any notice". */
export const NOT_GIVE_NOTICE = re`\bnot\s{1,4}(?:give|giving|send|sending|provide|providing)\s{1,4}(?:me\s{1,4}|us\s{1,4})?(?:any\s{1,4}|a\s{1,4})?(?:notice|warning)\b`;
/** "with thirty days' notice": a notice in advance named. */
export const WITH_NOTICE = re`\b(?:with|on|upon|after|giving)\s{1,4}(?:at least\s{1,4})?${NUMBER}\s{1,4}${UNIT}'?\s{1,4}(?:${NOTICE_KIND}\s{1,4})?notice\b`;
/** Saying it takes effect at once. */
export const IMMEDIATE = lexicon('q-immediate', [
  'immediate', 'immediately', 'right away', 'right then', 'right then and there', 'instant', 'instantly', 'at once',
  'on the spot', 'without delay', 'same day', 'straight away', 'straightaway', 'with immediate effect',
  'effective immediately', 'the moment', 'this instant', 'end today', 'ends today', 'stop today', 'right now', "moment's notice",
]);
/** A state that holds now, which says nothing of timing: "it is free right now", "they're online right now". */
export const STATE_NOW = withFlags('gi')`\b(?:is|are|'s|'re)\s{1,4}(?:[\w-]{1,20}\s{1,4}){0,2}?right\s{1,4}now\b`;
/** Verbs and phrases of being told. */
export const NOTICE_VERB = lexicon('q-notice-verb', [
  'warn*', 'notify*', 'notif*', 'tell', 'tells', 'told', 'inform*', 'contact*', 'let me know', 'let us know', 'give me notice',
  'give us notice', 'give notice', 'give warning', 'give a warning', 'give me a warning', 'give us a warning', 'heads up',
  'heads-up', 'get notice', 'get a notice', 'get any notice', 'get notified', 'get a warning', 'get warned', 'owe me',
  'owe us', 'send me a notice', 'send notice', 'announce*', 'advise*', 'alert*', 'notice', 'warning', 'hear about', 'hear of',
]);
/** Being told ahead of a renewal, asked about: "will they remind me", "do I get an email before it renews". */
export const REMINDER_ASK = lexicon('q-reminder', [
  'remind*', 'notify me', 'notify us', 'notified', 'warn me', 'warn us', 'warned', 'tell me', 'tell us', 'let me know',
  'let us know', 'email me', 'email us', 'e-mail me', 'alert me', 'alert us', 'heads up', 'heads-up', 'get an email',
  'get an e-mail', 'send me a notice', 'send me an email', 'send us a notice',
]);
/** Before the act. */
export const BEFORE = lexicon('q-before', ['before', 'first', 'ahead', 'beforehand', 'in advance', 'prior to', 'ahead of', 'advance']);

// ── Grounds ──────────────────────────────────────────────────────────────────────────────────────

/** Not paying. */
export const NON_PAYMENT = lexicon('q-non-payment', [
  "don't pay", 'do not pay', "didn't pay", 'did not pay', "can't pay", 'cannot pay', 'fail to pay', 'fails to pay',
  'failed to pay', 'stop paying', 'stopped paying', 'not paying', 'never paid', 'not pay', 'pay late', 'paying late',
  'late paying', 'late payment', 'late payments', 'payment fails', 'payment failed', 'payment is late', 'payment bounced',
  'payment bounces', 'payment is declined', 'card got declined', 'card declined', 'card was declined', 'card gets declined',
  'card is declined', 'payment gets declined', 'overdue', 'unpaid',
  'miss a payment', 'missed a payment', 'missed payment', 'missed payments', 'miss payments', 'missing a payment',
  'non-payment', 'nonpayment', 'non payment', 'behind on payments', 'behind on payment', 'behind with payments',
  "doesn't pay", 'does not pay', 'failure to pay', 'outstanding invoice', 'outstanding balance', 'outstanding fees',
  'past due', 'pay on time', 'payment is overdue', 'chargeback*', 'charge back', 'payment default', 'default on payment',
  'defaults on payment', "hasn't paid", 'has not paid', "haven't paid", 'have not paid', "hadn't paid", 'not been paid',
]);
/** "my invoice is 60 days late", "the bill went unpaid". */
export const LATE_PAYMENT = re`\b(?:invoices?|payments?|bills?|fees?|balance)\s{1,4}(?:is|are|was|were|goes|go|went|gets?|stays?)\s{1,4}(?:[\w-]{1,40}\s{1,4}){0,3}?(?:late|overdue|unpaid|outstanding)\b`;
/** A charge that does not go through: "my card can't be charged", "the payment doesn't go through". */
const PAYS_WITH = lexicon('q-pays-with', ['card', 'credit card', 'debit card', 'payment', 'payment method', 'paypal', 'bank account']);
const CANNOT = lexicon('q-cannot', [
  "can't", 'cannot', 'can not', "couldn't", 'could not', "won't", 'will not', "isn't", 'is not', "doesn't", 'does not', "didn't",
  'did not', 'fail to', 'fails to', 'failed to',
]);
const GOES_THROUGH = lexicon('q-goes-through', ['charged', 'billed', 'processed', 'accepted', 'go through', 'goes through']);
export const FAILED_CHARGE = re`${PAYS_WITH}\s{1,4}${CANNOT}\s{1,4}(?:be\s{1,4})?${GOES_THROUGH}`;
/** Insolvency. */
export const INSOLVENCY = lexicon('q-insolvency', [
  'bankrupt*', 'insolven*', 'administration', 'liquidation', 'liquidat*', 'go bust', 'goes bust', 'gone bust', 'go under',
  'goes under', 'out of business', 'receivership', 'winding up', 'wound up',
]);
/** The law requiring it. */
export const LAW_GROUND = lexicon('q-law-ground', [
  'law requires', 'laws require', 'law require', 'required by law', 'legally required', 'legal requirement',
  'legal requirements', 'legal obligation', 'legal obligations', 'legal reasons', 'legal reason', 'legal demand',
  'comply with the law', 'comply with a court order', 'court order', 'court orders', 'government', 'governmental',
  'regulator', 'regulators', 'regulation', 'regulations', 'regulatory', 'sanction*', 'export control*', 'export law*',
  'would be illegal', 'is illegal for', 'be illegal for', 'law changes', 'change in law', 'change in the law',
  'changes in law', 'law enforcement', 'authorities', 'subpoena', 'legal process', 'break the law', 'breaks the law',
  'violate the law', 'violates the law', 'breaking the law',
]);
/** No reason at all, no fault. */
export const CONVENIENCE = lexicon('q-convenience', [
  'for convenience', 'without cause', 'without a cause', 'without any cause', 'without good cause', 'without reason',
  'without a reason', 'without any reason', 'without giving a reason', 'without giving any reason', 'without stating a reason',
  'without a good reason', 'for no reason', 'no reason', 'no particular reason', "haven't done anything wrong",
  'have not done anything wrong', "hasn't done anything wrong", "didn't do anything wrong", 'did not do anything wrong',
  'done nothing wrong', 'not done anything wrong', 'without fault', 'no fault', 'not my fault', 'not our fault',
  "doesn't violate any", 'does not violate any', "haven't breached", 'not breached', 'operational reasons',
  'for their own reasons', 'for its own reasons', 'because it wants to', 'because they want to', 'without explanation',
  'without an explanation', 'without any explanation', 'without giving an explanation', 'no explanation', 'for no good reason',
]);
/** Any reason, any time, at discretion. */
export const ANY_GROUND = lexicon('q-any', [
  'for any reason', 'any reason', 'at any time', 'any time', 'anytime', 'whenever', 'at will', 'at their discretion',
  'at its discretion', 'at its sole discretion', 'at their sole discretion', 'at our discretion', 'sole discretion',
  'at its own discretion', 'at their own discretion', 'as they see fit', 'for whatever reason', 'own discretion', 'on a whim',
  'arbitrarily', 'at random',
]);
/** For cause. */
export const CAUSE = lexicon('q-cause', ['for cause', 'with cause', 'for good cause', 'just cause']);
/** Not using the account. */
export const INACTIVITY = lexicon('q-inactivity', [
  'inactiv*', 'dormant', 'unused', 'not used', 'not been used', "haven't used", 'have not used', 'not logged in',
  "haven't logged in", 'never log in', 'never logged in', "don't log in", 'do not log in', "don't play", 'do not play', 'idle',
  'not logging in', 'without logging in', 'no activity', "haven't been used", 'have not been used', "hasn't been used",
  'has not been used', 'no longer used', 'go quiet', 'goes quiet', 'went quiet', 'stop using', 'stopped using', 'stop signing in',
  'stop logging in',
]);
/** "if I stop using it": inactivity, not the customer's own termination. */
export const STOP_USING = re`\b(?:if|when|once)\s{1,4}(?:i|we|they|users?|you)\s{1,4}(?:[\w'-]{1,40}\s{1,4})?(?:stop|stopped|don't|do not|never)\s{1,4}(?:using|use|log)\b`;
/** Breaking the agreement. */
export const BREACH = lexicon('q-breach', [
  'breach*', 'violat*', 'infring*', 'abus*', 'misus*', 'terms violation', 'a violation', 'do something wrong',
  'did something wrong', 'done something wrong', 'repeat infringer*', 'fail to comply', 'fails to comply', 'non-compliance',
  'noncompliance', 'hold up their end', 'hold up its end', 'using bots', 'use bots', 'for fraud', 'misconduct', 'misbehav*',
  'wrongdoing', 'defaults', 'defaulted', 'in default', 'a default',
]);
/** Verbs of breaking the rules. */
export const BREAK_VERB = lexicon('q-break-verb', ['break', 'breaks', 'breaking', 'broke', 'broken', 'not follow', 'not following']);
/** The rules one breaks. */
export const RULES_NOUN = lexicon('q-rules', [
  'rule', 'rules', 'term', 'terms', 'tos', 'aup', 'policy', 'policies', 'agreement', 'contract', 'conditions', 'guidelines',
  'restrictions', 'license',
]);
/** "break the rules", "not following the agreement". */
export const BREAK_RULES = re`\b${BREAK_VERB}\s{1,4}(?:${DET}\s{1,4})?(?:[\w'-]{1,40}\s{1,4}){0,3}?${RULES_NOUN}\b`;

// ── Parties ──────────────────────────────────────────────────────────────────────────────────────

/** Both sides. */
export const EITHER_SIDE = lexicon('q-either', [
  'either party', 'either side', 'either of us', 'either one', 'either company', 'each party', 'each side', 'both parties',
  'both sides', 'both of us', 'one side', 'one party', 'both the customer and', 'both the provider and', 'both you and',
  'to both', 'a party',
]);
/** The asker, as subject. */
export const ASKER = lexicon('q-asker', ['i', 'we', "i'm", "we're", "i'd", "we'd", "i'll", "we'll", "i've", "we've", 'you', "you're"]);
/** Customer-side nouns. */
export const CUSTOMER_WORD = lexicon('q-customer', [
  'customer', 'customers', 'user', 'users', 'subscriber', 'subscribers', 'client', 'clients', 'member', 'members',
  'licensee', 'consumer', 'consumers', 'buyer', 'buyers', 'account holder', 'account owner', 'owner', 'owners', 'holder',
]);
/** Provider-side words. */
export const PROVIDER_WORD = lexicon('q-provider', [
  'they', 'it', 'provider', 'vendor', 'platform', 'operator', 'host', 'admin', 'admins', 'administrator', 'administrators',
  'company', 'service', 'seller', 'supplier', 'licensor', 'he', 'she',
]);

/** Words passed over when looking back from a verb for its subject: modals, adverbs, "allowed to", "the right to". */
export const SUBJECT_SKIP = lexicon('q-subject-skip', [
  'can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must', 'do', 'does', 'did', 'is', 'are', 'am', 'was',
  'were', 'be', 'been', 'being', 'have', 'has', 'had', 'to', 'also', 'just', 'then', 'ever', 'actually', 'really', 'simply',
  'still', 'even', 'immediately', 'temporarily', 'permanently', 'automatically', 'unilaterally', 'suddenly', 'legally',
  'allowed', 'permitted', 'able', 'entitled', 'free', 'obliged', 'obligated', 'required', 'supposed', 'going', 'gonna',
  'decide', 'decides', 'decided', 'deciding', 'want', 'wants', 'wanted', 'choose', 'chooses', 'try', 'tries', 'tried', 'like',
  'not', 'never', 'right', 'the', 'a', 'an', 'option', 'reserve', 'reserves', 'reserved', 'possibly', 'later', 'now',
  'already', "'d", "'ll", 'quietly', 'early', 'late', 'partial', 'full', 'temporary', 'permanent', 'unilateral',
]);
/** Auxiliaries: a name right after one is a subject ("can Acme", "is Zentrix"). */
export const AUX = lexicon('q-aux', ['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must', 'do', 'does', 'did', 'is', 'are', 'am', 'was', 'were', 'has', 'have', 'had']);
/** Other words after which a name is a subject ("if Acme", "for Acme to"). */
export const SUBJECT_BEFORE = lexicon('q-subject-before', ['if', 'when', 'before', 'after', 'once', 'unless', 'for', 'give', 'let', 'that', 'why', 'and']);
/** Verbs through which the asker has the provider act ("can I have Acme terminate it"). */
export const CAUSATIVE = lexicon('q-causative', ['have', 'get', 'make', 'ask']);
/** Words after which "me" or "us" is the one who acts: "for us to terminate", "let me cancel". */
export const OBJECT_SUBJECT = lexicon('q-object-subject', ['for', 'let', 'allow', 'allows']);
/** Verbs that give "me" or "us" a right to act: "give me the right to end it" (not "give me notice to terminate"). */
export const GRANT = lexicon('q-grant', ['give', 'gives', 'grant', 'grants']);
/** Verbs of telling: the name after one is their object ("give WP Engine notice to cancel"). */
export const TELLING = lexicon('q-telling', ['give', 'gives', 'giving', 'tell', 'tells', 'notify', 'notifies', 'warn', 'warns', 'inform', 'informs', 'send', 'sends', 'owe', 'owes', 'ask', 'asks']);
/** Words that end the walk back to a subject: the verb's subject is the clause's ("warn me before suspending"). */
export const TURN = lexicon('q-turn', ['before', 'after', 'without', 'ahead', 'of', 'prior', 'from', 'by', 'when', 'once', 'while', 'instead', 'over', 'get', 'gets', 'need', 'needs']);
/** The words that pose a question, passed over when looking for its subject. */
export const QUESTION_FRAME = lexicon('q-question-frame', [
  'how', 'much', 'many', 'long', 'what', "what's", 'which', 'when', 'where', 'why', 'is', 'are', 'do', 'does', 'did', 'can',
  'could', 'will', 'would', 'may', 'must', 'should', 'shall', 'there', 'notice', 'warning', 'days', 'day', 'weeks', 'months',
  'period', 'time', 'advance', 'heads', 'up', 'any', 'the', 'a', 'an', 'of', 'in', "it's",
]);
/** Groups the asker belongs to, when theirs ("our company", "my team"). */
export const OWN_GROUP = lexicon('q-own-group', ['company', 'business', 'team', 'lab', 'organization', 'organisation']);
/** Small words that are never a name. */
export const FUNCTION_WORDS = lexicon('q-function-words', [
  'me', 'us', 'my', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'for', 'let', 'and', 'or', 'if', 'so', 'but',
  'what', 'happens', 'happen', 'grounds', 'ground', 'way', 'possible',
]);

// ── Scope, timing, unilateral ────────────────────────────────────────────────────────────────────

/** Consumers, as an asker names themselves. */
export const CONSUMER_SELF = lexicon('q-consumer', ['consumer', 'consumers', 'private consumer', 'private individual', 'individual consumer']);
/** Using the service as a private person: "I use it personally, not for business", "for personal use". */
const USE_PRIVATELY = String.raw`\b(?:i|we)\s{1,4}(?:only\s{1,4})?use\s{1,4}(?:[\w.-]{1,40}\s{1,4})?(?:personally|privately)\b`;
const NOT_FOR_WORK = String.raw`\bnot\s{1,4}for\s{1,4}(?:business|work|commercial)\b`;
const FOR_PERSONAL = String.raw`\bfor\s{1,4}(?:my\s{1,4})?(?:personal|private)\s{1,4}(?:use|purposes)\b|\bas\s{1,4}a\s{1,4}private\s{1,4}(?:person|individual)\b`;
export const PERSONAL_USE = re`${USE_PRIVATELY}|${NOT_FOR_WORK}|${FOR_PERSONAL}`;
/** Kinds of organisation an asker may be. */
export const ORGANISATION = lexicon('q-organisation', ['business', 'company', 'organization', 'organisation', 'corporation', 'firm', 'enterprise', 'agency']);
/** Ways of saying who one is ("I'm a", "as a"). */
export const BEING = lexicon('q-being', ["i'm", 'i am', "we're", 'we are', 'as', 'for', 'being']);
/** A government customer, as an asker names themselves ("we are a government agency", "as a public sector body"). */
export const GOVERNMENT_SELF = re`\b${BEING}\s{1,4}an?\s{1,4}(?:[\w-]{1,40}\s{1,4}){0,2}?(?:government(?:al)?|public[- ]sector)\s{1,4}(?:body|agency|entity|department|customer|organi[sz]ation)\b`;
/** Business customers, as an asker names themselves ("we're a UK business", "b2b customer", "company here"). */
export const BUSINESS_SELF: readonly RegExp[] = [
  re`\b(?:b2b|enterprise\s{1,4}customers?|business\s{1,4}(?:customers?|users?|accounts?|clients?|wallets?|subscriptions?|memberships?))\b`,
  // "our company uses …", "my business has …": the asker speaks for a business
  re`\b(?:our|my)\s{1,4}(?:company|firm|startup|employer|organi[sz]ation)\s{1,4}(?:uses|has|is|runs|bought|buys|pays|subscribes)\b`,
  re`\b${ORGANISATION}\s{1,4}here\b`,
  re`\b${BEING}\s{1,4}an?\s{1,4}(?:[\w-]{1,40}\s{1,4}){0,2}?${ORGANISATION}\b`,
];
/** A step the asker owes ahead of a date: "must I cancel", "do I have to", "must a cancellation be made" (not "must my hosting stay suspended"). */
export const OWED_AHEAD = re`\b(?:must|should)\s{1,4}(?:i|we|a\s{1,4}cancellation|the\s{1,4}cancellation|cancellations?|notice)\b|\b(?:do|does|will)\s{1,4}(?:i|we)\s{1,4}(?:have|need)\s{1,4}to\b|\b(?:i|we)\s{1,4}(?:must|have\s{1,4}to|need\s{1,4}to)\b`;
/** Words before a place that put the asker outside it: "outside the EU", "non-US", "I don't live in Brazil", "anywhere other than". */
/** A place the asker sets against another: "I live in the US, not the EEA", "in Canada but not in Quebec". */
export const NOT_PLACE = re`(?:[,;]|\bbut)\s{0,4}(?:but\s{1,4})?not\s{1,4}(?:in\s{1,4}|from\s{1,4})?(?:the\s{1,4})?$`;
export const OUTSIDE_PLACE = re`(?:\boutside(?:\s{1,4}of)?|\bnon-?|\b(?:do|does|am|are|is)\s{0,4}(?:not|n['’]t)\s{1,4}(?:[a-z]{1,20}\s{1,4}){0,2}(?:in|of|from)|\bnot\s{1,4}(?:an?\s{1,4})?(?:[a-z]{1,20}\s{1,4}){0,1}(?:in|of|from)|\bother\s{1,4}than(?:\s{1,4}in)?)\s{0,4}(?:the\s{1,4})?$`;

/** "not a consumer": a scope denied. */
export const NOT_A = re`\bnot\s{1,4}(?:an?\s{1,4})?$`;
/** Plan and tier names. */
export const PLAN_NAME = lexicon('q-plan-name', [
  'free', 'team', 'teams', 'enterprise', 'pro', 'premium', 'basic', 'business', 'starter', 'personal', 'family', 'student',
  'plus', 'standard', 'professional', 'developer', 'hobby', 'individual', 'paid', 'trial', 'growth', 'ultimate',
]);
/** "the Enterprise plan", "Free plan users". */
export const PLAN = re`\b${PLAN_NAME}\s{1,4}(?:plan|tier)\b`;
/** Nouns of law and courts that a place may follow ("the courts of Ireland"). */
export const LAW_PLACE_NOUN = lexicon('q-law-place', ['law', 'laws', 'court', 'courts', 'jurisdiction', 'venue', 'arbitration', 'tribunal', 'tribunals', 'governed by']);
/** Before a place: it is read as a law or a court, not as the asker's place ("the law of England and Wales"). */
export const LAW_PLACE_BEFORE: readonly RegExp[] = [
  re`\b${LAW_PLACE_NOUN}\s{1,4}(?:of|in)\s{1,4}(?:the\s{1,4})?$`,
  re`\b(?:laws?|courts?)\s{1,4}of\s{1,4}(?:the\s{1,4})?[\w ]{2,30}\s{1,4}(?:and|or)\s{1,4}$`,
];
/** After a place: it is a law or a court ("English law", "French courts"). */
export const LAW_PLACE_AFTER = re`^\s{0,4}(?:law|laws|courts?|legal|jurisdiction|arbitration|governing|judges?)\b`;

/** Words that qualify a term ("current", "initial", "billing"). */
export const TERM_KIND = lexicon('q-term-kind', ['current', 'initial', 'first', 'billing', 'subscription', 'contract', 'paid', 'annual', 'yearly']);
/** A term or period of a contract. */
export const TERM_NOUN = lexicon('q-term-noun', ['term', 'subscription', 'contract', 'period', 'billing period', 'billing cycle', 'cycle', 'year']);
/** During a term already running. */
export const MID_TERM: readonly RegExp[] = [
  re`\bmid-?\s?(?:term|subscription|contract|cycle|year|way)\b`,
  re`\b(?:in the middle of|halfway through|half way through|partway through|part way through|midway through)\b`,
  re`\bduring\s{1,4}(?:my|our|the|a|an|this)\s{1,4}(?:${TERM_KIND}\s{1,4}){0,3}${TERM_NOUN}\b`,
  re`\bbefore\s{1,4}(?:the|my|our|a|this|it)\s{1,4}(?:[\w-]{1,40}\s{1,4}){0,3}?(?:term|period|contract|subscription|year|it's|it\s{1,4}is)\s{0,4}(?:ends|is over|expires|over)\b`,
  re`\bbefore\s{1,4}it'?s\s{1,4}over\b`,
  // "can the increase kick in before our next renewal term?"
  re`\b(?:before|ahead of|prior to)\s{1,4}(?:the|my|our|a|this|its)\s{1,4}(?:next\s{1,4})?renewal\b`,
  re`\bin\s{1,4}(?:the|my|our)\s{1,4}first\s{1,4}(?:[\w-]{1,40}\s{1,4})?(?:year|months?|term|period)\b`,
];
/** At renewal. */
export const AT_RENEWAL: readonly RegExp[] = [
  re`\b(?:at|on|upon)\s{1,4}(?:the\s{1,4})?(?:time\s{1,4}of\s{1,4})?(?:next\s{1,4})?renewal\b`,
  re`\b(?:when|once|as)\s{1,4}(?:[\w'-]{1,40}\s{1,4}){0,3}?renew(?:s|al)?\b`,
  re`\bstart\s{1,4}of\s{1,4}(?:a|the)\s{1,4}renewal\b|\brenewal\s{1,4}(?:term|date|period)\b`,
];
/** On its own, without consent. */
export const UNILATERAL = lexicon('q-unilateral', [
  'unilateral*', 'on their own', 'on its own', 'on his own', 'on her own', 'by themselves', 'by itself', 'alone',
  'without my consent', 'without our consent', 'without my agreement', 'without our agreement', 'without my approval',
  'without our approval', 'without my permission', 'without our permission', 'without asking me', 'without asking us',
  'without asking', 'without us agreeing', 'without me agreeing', 'without agreeing', 'without us signing off',
  'without signing off', 'need our agreement', 'need my agreement', 'need our consent', 'need my consent',
  "without the customer's consent", 'without customer consent', 'without consent', 'without my say', 'consent needed',
  'consent required', 'my consent', 'our consent', 'my approval', 'our approval', 'sign off', 'sign-off',
]);

/** Getting data back rather than its deletion. */
export const RETRIEVAL = lexicon('q-retrieval', [
  'copy', 'copies', 'download*', 'export*', 'retriev*', 'get back', 'get it back', 'get my data back', 'back', 'access to my',
  'access my', 'access our', 'still get', 'still access', 'still see', 'still use', 'still log', 'log into', 'log in',
  'get into', 'request', 'migrate', 'move my', 'take my', 'available', 'recover*', 'return', 'returned', 'give back', 'hand back',
  'data out', 'files out', 'content out', 'get it out', 'get them out', 'get at', 'still be able', 'still have access', 'keep access',
  'keep my', 'still reach', 'still open', 'still view',
]);

/** Topics tos-clauses does not answer that otherwise look like termination ("If I cancel, do I get a refund?"). */
/** Asking for money back: "do I get a refund?", "still get my money back", "my full fee back". */
export const REFUND_ASK = re`\brefund\w{0,10}|\breimburs\w{0,10}|\b(?:money|fee|fees|payment)\s{1,4}back\b`;
export const NOT_COVERED = lexicon('q-not-covered', ['refund*', 'charged', 'billed', 'prorat*', 'money back', 'charge me', 'charge us', 'still charge']);

/** Words that only frame a question, asking whether something is allowed: not among the question's terms. */
export const FRAME_WORDS = lexicon('q-frame', [
  'allowed', 'allow', 'ok', 'okay', 'permitted', 'prohibited', 'banned', 'ban', 'rules', 'rule', 'policy', 'policies', 'use',
  'using', 'post', 'posting', 'upload', 'am', 'against', 'forbidden', 'forbid', 'prohibit', 'barred',
]);

/**
 * The words a misspelling of which should still be read: a word of the question one letter away from one of these
 * (a letter missing, added, changed or two swapped) is read as it ("terminte", "arbitartion", "liabilty").
 */
export const VOCABULARY = lexicon('q-vocabulary', [
  'terminate', 'terminated', 'terminating', 'termination', 'cancelled', 'canceled', 'cancelling', 'canceling', 'cancellation',
  'suspend', 'suspended', 'suspending', 'suspension', 'immediately', 'immediate', 'arbitration', 'arbitrate', 'liability',
  'liable', 'warning', 'agreement', 'subscription', 'account', 'contract', 'permitted', 'prohibited', 'allowed',
  'jurisdiction', 'governing', 'automatically', 'automatic', 'renewal', 'renewed', 'discontinue', 'discontinued', 'without',
  'notification', 'notified', 'notify', 'payment', 'invoice', 'violation', 'violate', 'violating', 'insolvency',
  'insolvent', 'bankruptcy', 'bankrupt', 'inactive', 'inactivity', 'retrieve', 'download', 'deletion', 'deleted',
  'delete', 'terms of service', 'advance', 'provider', 'customer', 'convenience', 'breached', 'breaching', 'consent',
  'unilaterally', 'governed', 'lawsuit', 'damages', 'increase', 'freeze', 'remove', 'removed', 'removing', 'modify',
  'change', 'changes', 'policy', 'guidelines', 'harassment', 'malware', 'phishing', 'copyrighted',
]);

/** Common misspellings and contractions without apostrophes, with what they stand for. */
export const SPELLING: Readonly<Record<string, string>> = {
  acount: 'account', accnt: 'account', acct: 'account', cancle: 'cancel', cancled: 'cancelled', aplies: 'applies',
  automaticaly: 'automatically', recieve: 'receive', seperate: 'separate', dont: "don't", doesnt: "doesn't",
  didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't", havent: "haven't", hasnt: "hasn't",
  im: "i'm", ive: "i've", whats: "what's", theres: "there's", theyd: "they'd", theyre: "they're", youre: "you're",
  wouldnt: "wouldn't", couldnt: "couldn't", shouldnt: "shouldn't", wasnt: "wasn't", terminte: 'terminate',
  warnig: 'warning', agreemnt: 'agreement', subscrption: 'subscription',
};
