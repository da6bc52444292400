/**
 * Questions in English to structured intents. Keyword tables, not a model: each table maps the
 * ways users phrase one idea ("shut off my account", "cut me off", "close my account") to one
 * field of the intent. A question none of the tables recognises is not understood: no guess.
 */
import type { Intent } from '../schema/index.js';
import { categoriesOf } from '../classify/content.js';

const TERMINATE = /\b(?:terminat\w*|cancel\w*|accounts? (?:be |being |get |gets |is |are )?(?:closed|deleted|banned|removed)|discontinu\w*|stop (?:providing|offering)|clos(?:e|ing) (?:down )?(?:my|our|the|their|your|an?|his|her) (?:\w+ ){0,2}(?:accounts?|memberships?|subscriptions?|plans?)|shut(?:ting)? (?:off|down)|end(?:ing)? (?:the|my|our|this|their|an?|its|these) (?:\w+ ){0,3}(?:contract|agreement|terms|subscription|access|account|relationship|order|service|plan|membership|license|licence|hosting)s?|walk away|withdraw\w*|kick(?:ed)? (?:me|us|them) off|ban(?:ned|s|ning)?|delet(?:e|es|ing) (?:my|our|their|an?|the|inactive) (?:\w+ )?accounts?|delet(?:e|es|ing) it\b|lose (?:their|my|our|his|her) (?:\w+ )?accounts?|cut (?:me|us|them) off|cut off|get out of|out of the (?:contract|agreement)|quit|revok\w*|pull the plug)\b/;
const SUSPEND = /\b(?:suspen\w*|restrict\w* (?:my|our|the) (?:\w+ )?(?:accounts?|access)|freez\w*|froze\w*|lock(?:s|ed|ing)?|disabl\w*|deactivat\w*|block(?:s|ed|ing)?|pause[sd]?|put (?:my|our) account on hold)\b/;

const EITHER = /\b(?:either (?:party|side|of us|one)|each (?:party|side)|both (?:parties|sides)|a party|one party|one side)\b/;
const CUSTOMER_SUBJECT = /\b(?:can|could|may|will|would|do|does|did|must|should|shall|am|is|are|have|has)\s+(?:i|we|our company|my company|my team|our team|our organi[sz]ation|(?:the |a )?(?:customer|user|subscriber|client|member|licensee|merchant|account holder)s?)\b/;
const PROVIDER_SUBJECT_FIRST = /\b(?:they|the (?:company|provider|service|vendor|platform|operator|site|host))\s+(?:can|could|may|might|will|would|is allowed to|are allowed to|has the right to|have the right to)\b/;
const PROVIDER_SUBJECT = /\b(?:can|could|may|will|would|do|does|did|must|should|shall|is|are|has|have)\s+(?:they|the (?:company|provider|service|vendor|platform|admins?|administrators?|operator|site|host)|it)\b/;
const OWN_THING = /\b(?:my|our) (?:\w+ ){0,2}(?:account|access|subscription|services?|plan|membership|api access|service)s?\b|\b(?:lose|lost) (?:their|his|her) (?:\w+ )?accounts?\b/;

const WITHOUT_NOTICE = /\bwithout (?:any |prior |advance |a |giving (?:me |us )?(?:any )?)?(?:notice|warning|telling|notifying|informing|letting)|\bno (?:prior |advance )?(?:notice|warning)\b|\bwith no (?:notice|warning)\b/;
const IMMEDIATE = /\bimmediate(?:ly)?\b|\bright away\b|\binstant(?:ly)?\b|\bat once\b|\bon the spot\b|\bwithout delay\b|\bsame day\b/;
const ADVANCE = /\b(?:warn|notify|tell|contact|reach out|inform|let (?:me|us) know|give (?:me|us) (?:a )?(?:heads.up|notice|warning))\w*\b.*\b(?:before|first|ahead)\b|\b(?:advance|prior) (?:notice|warning)\b/;

const GROUNDS: Array<[NonNullable<Intent['grounds']>, RegExp]> = [
  ['non-payment', /\b(?:don'?t|do not|didn'?t|did not|can'?t|cannot|fail(?:s|ed)? to|stop(?:ped)?|not) pay(?:ing)?\b|\bpayment (?:fails|failed|is late|bounces)\b|\boverdue\b|\blate (?:payment|paying)\b|\bunpaid\b|\bmiss(?:ed)? (?:a )?payment\b|\bpay (?:on time|late)\b|\bnon-?payment\b|\bbalance\b/],
  ['suspension-unremedied', /\b(?:stay|stays|been|remain|remains|is|are) suspended\b|\bsuspended for\b/],
  ['law', /\bsanction|\bexport|\blaw(?:s|ful)?\b|\blegal(?:ly)?\b|\bcourt order|\bgovernment|\bregulat/],
  ['convenience', /\bwithout (?:a |any |good )?(?:cause|reason)\b|\bfor convenience\b|\bfor no reason\b|\bno reason\b|\b(?:haven'?t|have not|hasn'?t|didn'?t|did not|having not) (?:done|did) anything wrong\b|\bno fault\b|\bnot (?:my|our) fault\b/],
  ['any', /\bfor any reason\b|\bwhenever (?:they|i|we|it|you) (?:want|like|choose|wish|please)s?\b|\bat any time\b|\bany ?time\b|\bat will\b/],
  ['insolvency', /\bbankrupt|\binsolven|\bgoes? (?:out of business|under)\b/],
  ['inactivity', /\binactiv\w*|\bdormant\b|\b(?:don'?t|do not|stop|never) (?:use|log in|sign in)\b|\bnot (?:used|logged in)\b|\bunused\b/],
  ['breach', /\bbreach\w*|\bviolat\w*|\bbr(?:ea|o)k\w* (?:the |their |your |any )?(?:rules|terms|polic\w+|agreement|contract)|\binfring\w*|\babus\w*|\bmisus\w*|\brepeat (?:copyright )?infringers?|\bdo(?:ne)? something wrong\b|\bfor cause\b/],
];

/**
 * Questions that mention termination but ask about something else (what happens to data after it,
 * renewal charges): answered by other clause types, never guessed from a termination right.
 */
const OUT_OF_SCOPE = [
  /\b(?:data|content|files?|projects?|posts?|site|backups?|copy|copies|information|packages?)\b.*\b(?:after|once|when|following|upon)\b.*\b(?:terminat|cancel|clos|delet|end)\w*/,
  /\b(?:after|once|when|following|upon)\b.*\b(?:terminat|cancel|clos|end)\w*.*\b(?:data|content|files?|projects?|posts?|backups?|copy|copies)\b/,
  /\b(?:charged|billed|renew\w*|refund\w*)\b/,
  /\bwhat (?:kinds?|types?|sorts?) of (?:content|material|posts?|things|stuff|uploads?)\b/,
];

/** Normalise the quotes and case of a question. */
export function normalizeQuestion(question: string): string {
  return question.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function pickAction(q: string): Intent['action'] | undefined {
  const t = TERMINATE.exec(q);
  const s = SUSPEND.exec(q);
  if (t && !s) return 'terminate';
  if (s && !t) return 'suspend';
  if (!t || !s) return undefined;
  // both: the one governed by a modal ("before they may terminate") is the action asked about
  const modal = (m: RegExpExecArray) => /\b(?:may|can|could|will|would|to|allowed to|right to)\s+(?:\w+\s+)?$/.test(q.slice(Math.max(0, m.index - 25), m.index));
  if (modal(t) && !modal(s)) return 'terminate';
  if (modal(s) && !modal(t)) return 'suspend';
  return t.index < s.index ? 'terminate' : 'suspend';
}

/**
 * The topics other than termination and suspension, in the order they are tried: the first whose
 * words a question uses decides what it is about. Table-driven, one row per topic.
 */
const TOPICS: Array<[Intent['action'], RegExp]> = [
  ['class-action-waiver', /\bclass[- ]?actions?\b|\bclass or representative\b|\bjoin a class\b|\bclass arbitration\b/],
  ['arbitration', /\barbitrat\w*/],
  ['acceptance-by-use', /\b(?:keep|continu\w*|just|simply) (?:on )?(?:using|to use|use)\b[^?]*\b(?:accept\w*|agree\w*|count|consent)|\b(?:using|use of|registering|signing up|creating an account|clicking|downloading|installing|accessing|visiting|listing|posting|uploading|ordering|buying|purchasing|subscribing|placing an order)\b[^?]*\b(?:mean|count|treated|deemed)\w*\b[^?]*\b(?:accept|agree)|\baccept\w* (?:by|through) (?:using|use)/],
  ['data-after-termination', /\b(?:data|content|repositor\w*|repos|files?|projects?|packages?|site data|backups?|stuff|photos|videos|notes|documents|uploads)\b[^?]*\b(?:after|once|when|following|upon|if)\b[^?]*\b(?:terminat\w*|cancel\w*|clos\w*|ends?|ended|ending|delet\w* (?:my|our) account)|\b(?:after|once|when|following|upon|if)\b[^?]*\b(?:terminat\w*|cancel\w*|clos\w*|ends?|ended)\b[^?]*\b(?:data|content|repositor\w*|files?|projects?|packages?|backups?|copy|copies)\b|\bpurg\w*\b|\b(?:delet\w*|kept|keep|retain\w*|stored?)\b[^?]*\bbackups?\b/],
  ['governing-law', /\bgoverning law\b|\bchoice of law\b|\b(?:which|what) (?:\w+ )?(?:state|country|jurisdiction)?'?s? ?laws? (?:govern|appl|rule|control)\w*|\blaws? (?:govern|appl)\w*|\bgoverned by\b/],
  ['jurisdiction', /\b(?:lawsuits?|sue|suing|litigat\w*|venue|courts?|jurisdiction)\b|\bwhere (?:would|do|does|must|can|should|will) (?:a |any |my |our )?(?:disputes?|lawsuits?|cases?|claims?)\b/],
  ['liability-cap', /\bliabilit\w*\b[^?]*\b(?:capped|cap|limited|limit)\b|\b(?:cap|limit)\w* (?:on|of|to) (?:\w+ )?damages\b|\bdamages\b[^?]*\b(?:capped|cap)\b|\b(?:cap|limit)\w* (?:on|of|to) (?:their |its |the |his |her |our |my |total )*liabilit|\b(?:maximum|most|max)\b[^?]*\bliab\w*|\bliab\w*\b[^?]*\b(?:maximum|at most)\b|\bhow much\b[^?]*\b(?:recover|claim)\b[^?]*\b(?:damages|from (?:them|the provider|us|it))/],
  ['auto-renewal', /\brenew\w*/],
  ['fee-change', /\b(?:rais|increas|chang|hik|adjust|modif|updat)\w* (?:\w+ ){0,3}(?:prices?|fees?|pricing|rates?|charges?)\b|\b(?:prices?|fees?|pricing|rates?)\b[^?]*\b(?:go up|increase|change|rise|raised)\w*/],
  ['modify-terms', /\b(?:notif|told|tell|inform|hear)\w*\b[^?]*\b(?:chang|updat|modif|amend|revis)\w*|\b(?:chang|updat|modif|amend|revis|rewrit|edit)\w*\b[^?]*\b(?:terms|agreement|polic\w*|sla|support polic\w*|conditions|contract|rules|tos)\b|\b(?:terms|agreement|polic\w*|sla|rules)\b[^?]*\b(?:chang|updat|modif|amend|revis)\w*/],
  ['remove-content', /\b(?:remov|delet|take (?:\w+ )?down|taking (?:\w+ )?down|disabl|censor|unpublish|hide|hid)\w*\b[^?]*\b(?:content|posts?|repositor\w*|packages?|ads|advertis\w*|promotional|material|pieces|uploads?|comments?|projects?|sites?|pages?|code|videos?|photos?|listings?|reviews?|notes?|stories|articles?|tracks?|designs?|apps?)\b/],
  ['content-duty', /\b(?:allowed|permitted|prohibit\w*|forbidden|forbid|banned?|not allowed|ok to|okay to|rules? out|restrict\w*|against the rules)\b|\bwhat (?:kinds?|types?|sorts?) of\b|\bcan i (?:use|post|upload|run|embed|scrape|share|host|mine|sell|send|publish)\b|\bam i (?:allowed|permitted)\b/],
];

/** "Can I request a copy …" asks about getting data back; "how long until it is deleted" about deletion. */
const RETRIEVAL = /\b(?:copy|copies|download|export|retriev\w*|get (?:\w+ )?(?:back|into|out)|access (?:to )?my|still (?:get|access|see|use)|request)\b/;

/** Read a question about a clause type other than termination and suspension. */
function parseTopic(q: string, question: string): Intent | undefined {
  // a question that asks about terminating or suspending is not a content question ("Is it allowed to suspend …?")
  const categoriesAsked = /\bwhat (?:kinds?|types?|sorts?) of (?:content|material|activit\w+|uses|conduct|posts?|things)\b/.test(q);
  let hit = TOPICS.find(([action, re]) => re.test(q) && (action !== 'content-duty' || categoriesAsked || !pickAction(q)));
  // "Can I impersonate someone?": a may-I question about something a prohibited category names
  if (!hit && !pickAction(q) && /^(?:can|may|could) (?:i|we)\b|^(?:is it|am i|are we) (?:ok|okay|fine|allowed|permitted|legal)\b/.test(q) && categoriesOf(question).length) hit = TOPICS.find(([action]) => action === 'content-duty');
  if (!hit) return undefined;
  const action = hit[0];
  const intent: Intent = { action, ask: 'whether' };
  const how = /\bhow (?:much|many|long|soon|quickly|late|early|far)\b|\bwhen (?:is|are|will|does|do)\b|\bwithin how\b|\bhow (?:many )?days\b/.test(q);
  if (action === 'content-duty' && /\bwhat (?:kinds?|types?|sorts?) of\b|\bwhat (?:am i|are we|are users|is) (?:not )?(?:allowed|permitted|prohibited|forbidden)|\bwhat (?:uses|activities|content|things)\b|\bwhich (?:uses|activities|content|things)\b/.test(q)) intent.ask = 'categories';
  else if (action === 'governing-law' || action === 'jurisdiction') intent.ask = 'value';
  // "how will I be notified of changes?": the way notice is given is the answer
  else if (action === 'modify-terms' && /\bhow (?:will|would|do|does|are|is|can)\b[^?]*\b(?:notif\w*|told|tell|inform\w*|hear)\b/.test(q)) intent.ask = 'value';
  // "how much is the cap?", "what is their liability capped at?": the figure is the answer
  else if (action === 'liability-cap' && /\bhow much\b|\bwhat(?:'s| is| are)\b|\bcapped at\b|\bamount\b|\bmaximum\b|\bat most\b|\bup to what\b/.test(q)) intent.ask = 'value';
  else if (how && /\bnotice\b|\bwarning\b|\bin advance\b|\bheads.up\b|\bbefore (?:\w+ ){0,6}(?:take effect|apply|applies|change|raise|increase|renew)|\bhow late\b|\bhow early\b/.test(q) && action !== 'data-after-termination') intent.ask = 'notice-period';
  else if (how) intent.ask = 'period';
  if (action === 'data-after-termination') intent.about = RETRIEVAL.test(q) ? 'retrieval' : 'deletion';
  if (action === 'arbitration' && /\bopt(?:ing)?[- ]?out\b/.test(q)) intent.about = 'opt-out';
  if (intent.ask === 'whether') {
    if (WITHOUT_NOTICE.test(q)) intent.notice = 'without-notice';
    else if (IMMEDIATE.test(q)) intent.notice = 'immediate';
    else if (ADVANCE.test(q) || /\b(?:tell|warn|notify|inform)\w* (?:me|us)\b[^?]*\bbefore\b/.test(q)) intent.notice = 'advance';
  }
  if (action === 'content-duty') {
    const categories = categoriesOf(question);
    if (categories.length) intent.categories = categories;
  }
  return intent;
}

/**
 * Read an English question into an {@link Intent}. Returns undefined when the question is not one
 * tos-clauses understands.
 */
export function parseQuestion(question: string): Intent | undefined {
  const q = normalizeQuestion(question);
  const topic = parseTopic(q, question);
  if (topic) return topic;
  if (OUT_OF_SCOPE.some((re) => re.test(q))) return undefined;
  // a cure period is the time before the other side may terminate for the breach
  const action = pickAction(q) ?? (/\bcure period\b|\b(?:time|chance|days?|long) to (?:cure|fix|remedy)\b|\b(?:cure|remedy|fix) (?:a|the|any|our|my|their) (?:\w+ )?breach/.test(q) ? 'terminate' : undefined);
  if (!action) return undefined;
  const intent: Intent = { action, ask: 'whether' };

  const opensAsHow = /^(?:(?:i'm|i am|we're|we are)[^?]*?[-–—,:]\s*)?(?:how (?:much|many|long|soon|far)|what(?:'s| is)? (?:the )?(?:notice|period|length|minimum|deadline|time)|within how)/.test(q) || /\bhow (?:much|many|long|overdue|late|far behind)\b/.test(q);
  if (/\bcure(?: period)?\b(?! within)|\bgrace period\b|\bto (?:fix|remedy|correct) (?:it|the|a|our|my)\b/.test(q) && (opensAsHow || /^(?:is there|are there|do (?:i|we) get|does .* get|what)/.test(q)) && !/\bbe cured\b|\bcan'?t be cured\b/.test(q)) intent.ask = 'cure-period';
  else if (opensAsHow && /\bnotice\b|\bwarning\b|\bin advance\b|\bheads.up\b/.test(q) && !/\b(?:after|following|from|since)\s+(?:\w+\s+){0,2}(?:notice|warning)\b/.test(q)) intent.ask = 'notice-period';
  else if (opensAsHow) intent.ask = 'period';

  if (EITHER.test(q)) intent.by = 'either';
  // "what notice do I get before my account is terminated?": the asker receives the notice, the provider acts
  else if (/\b(?:do|will|would|can|should) (?:i|we) (?:get|receive|be given)\b/.test(q) && /\b(?:notice|warning|heads.up)\b/.test(q)) intent.by = 'provider';
  else if (CUSTOMER_SUBJECT.test(q) && !(PROVIDER_SUBJECT.exec(q)?.index! < CUSTOMER_SUBJECT.exec(q)!.index)) intent.by = 'customer';
  else if (PROVIDER_SUBJECT.test(q) || PROVIDER_SUBJECT_FIRST.test(q) || OWN_THING.test(q) || /\b(?:can|could|may|will|would|does|do|is|are|has)\s+[A-Z0-9]/.test(question.replace(/^\s*\w+\s/, (w) => w.toLowerCase()))) intent.by = 'provider';

  if (intent.ask === 'whether') {
    if (WITHOUT_NOTICE.test(q)) intent.notice = 'without-notice';
    else if (IMMEDIATE.test(q)) intent.notice = 'immediate';
    else if (ADVANCE.test(q)) intent.notice = 'advance';
  }
  for (const [grounds, re] of GROUNDS) {
    if (grounds === 'suspension-unremedied' && action !== 'terminate') continue;
    if (re.test(q)) { intent.grounds = grounds; break; }
  }
  return intent;
}
