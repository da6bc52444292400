/**
 * The eight categories of potentially unfair clauses of the CLAUDETTE / UNFAIR-ToS task, for single
 * sentences. Each category is a small set of patterns over the words a clause of that kind uses
 * (the same cues as our clause extractors), applied to the sentence as given: raw, or lower-cased and
 * tokenised as research copies of the data are (`` academia.edu '', "( i )").
 */

/** The label names of the UNFAIR-ToS task, in its order. */
export const UNFAIR_LABELS = [
  'Arbitration', 'Unilateral change', 'Content removal', 'Jurisdiction', 'Choice of law',
  'Limitation of liability', 'Unilateral termination', 'Contract by using',
] as const;
/** One label of the UNFAIR-ToS task. */
export type UnfairLabel = (typeof UNFAIR_LABELS)[number];

/** Undo the tokenisation of research copies: "`` x ''" → "\"x\"", "( i )" → "(i)", "do n't" → "don't". */
export function detokenize(text: string): string {
  return text
    .replace(/``\s*|\s*''/g, '"')
    .replace(/\(\s+/g, '(').replace(/\s+\)/g, ')')
    .replace(/\[\s+/g, '[').replace(/\s+\]/g, ']')
    .replace(/\s+([,.;:!?%])/g, '$1')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/\$\s+(?=\d)/g, '$')
    .replace(/\s+/g, ' ')
    .trim();
}

const MODAL = String.raw`(?:[’']ll|may|can|could|might|will|shall|(?:reserves?|retains?|ha(?:s|ve))\s+(?:[\w-]+\s+){0,4}?rights?\b[^.;]{0,80}?\bto|(?:is|are|be)\s+(?:\w+\s+){0,2}entitled\s+(?:[\w,()]+\s+){0,6}?to|(?:is|are)\s+(?:also\s+)?(?:allowed|permitted)\s+to|at (?:its|our) (?:sole )?discretion)`;

const TERM_VERB = String.raw`(?:terminat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|disabl(?:e|es|ed|ing)|deactivat(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|ban|discontinu(?:e|es|ed|ing) (?:your|any user)|block(?:s|ed|ing)?|restrict(?:s|ed|ing)?|refus\w* (?:\w+ )?(?:access|service)|end|delet\w* (?:your |any )?(?:account|profile)|remov\w* (?:you|your account|any user))`;
const TERM_OBJECT = String.raw`(?:account|accounts|access|membership|subscription|agreement|contract|terms|registration|license|licence|profile|services?|use of|your use|relationship|participation|user|users|you\b|right to (?:use|access)|site|app|platform|website|features?|offers?|trials?)`;
const TERMINATION = [
  /\b(?:result(?:s|ing)? in|lead(?:s|ing)? to|grounds for|subject to|cause for|reason for)[\s,]+(?:\w+[\s,]+){0,4}(?:suspension|termination|cancell?ation|deactivation|closure|removal of (?:your )?account)/i,
  /\b(?:entitled|right|free)\b(?:\s+[\w,()]+){0,8}?\s+to\s+(?:immediately\s+)?(?:terminat(?:e|ing)|suspend(?:ing)?|cancel(?:ling)?|discontinu(?:e|ing)|clos(?:e|ing)|deactivat(?:e|ing)|disabl(?:e|ing))\b/i,
  /\b(?:refuse to provide|stop providing|cease providing|discontinue providing|discontinue (?:the |our |all |any )?(?:services?|accounts?|access))\b/i,
  /\btak(?:e|ing) (?:\w+ ){0,2}actions?\b[^.;]{0,160}\b(?:suspend|terminat|disabl|deactivat|ban|clos)\w*/i,
  /\b(?:permission|licen[cs]e|right|access|account|agreement)s?\b[^.;]{0,60}\b(?:will|shall) (?:\w+ )?terminate (?:automatically|immediately)\b/i,
  /\b(?:account|membership|subscription)s?\b[^.;]{0,40}\bmay (?:\w+ )?expire\b|\buntil (?:it is )?terminated by (?:you|either party) or\b/i,
  /\b(?:may|can|will|reserves? the right to|entitled to)\s+(?:\w+\s+){0,4}(?:stop|cease) (?:providing|offering|operating)\b/i,
  // words between the right and its verb may carry quotes, "and/or", a list label ("to: i) suspend")
  new RegExp(String.raw`(?:\b|(?=[’']))${MODAL}[\s,:]+(?:[\w,()/"“”'’:]+\s+){0,10}?${TERM_VERB}\b[^.;]{0,80}?\b(?:${TERM_OBJECT}|it\b|them\b)`, 'i'),
  // "…to reject or remove any content, or to restrict, suspend, or terminate your access"
  /\b(?:may|reserves? the right|right)\b[^.;]{0,200}\bor to (?:\w+,?\s+){0,3}(?:terminat|suspend|disabl|block|restrict)\w*\b[^.;]{0,40}\b(?:access|account|membership|use)\b/i,
  /\b(?:risk(?:s|ing)?|at (?:the )?risk of) (?:being |having )?(?:\w+ ){0,2}(?:banned|suspended|terminated|disabled|closed|deactivated)\b/i,
  /\b(?:without|won[’']t (?:give|provide)|will not (?:give|provide)|no) (?:any )?(?:prior |advance )?notice (?:before|of|prior to) (?:\w+ )?(?:termination|suspension)\b/i,
  /\b(?:licen[cs]e|agreement|account|access|membership)\b[^.;]{0,40}\b(?:will|shall) (?:automatically |immediately )?terminate (?:for (?:your|any) (?:material )?breach|if you (?:breach|fail|violate))/i,
  new RegExp(String.raw`\b${TERM_OBJECT}s?\b[^.;]{0,120}\b(?:may|can|will|shall|could)\s+(?:\w+\s+){0,3}be\s+(?:\w+\s+)?(?:terminated|suspended|cancell?ed|disabled|deactivated|revoked|closed|discontinued|restricted|blocked)`, 'i'),
];
const TERMINATION_NOT = /\b(?:disabl|suspend|block|remov|restrict)\w*,? (?:[\w,]+ ){0,4}access to (?:any |the |your |such )?(?:\w+ )?(?:content|submissions?|posts?|materials?)\b(?![^.;]*\baccounts?\b)|\b(?:unless|until) (?:\w+ ){0,2}(?:cancell?ed|terminated|closed|revoked) by (?:you|the user|the customer)\b|\bunless you (?:terminate|cancel|close|delete)|\b(?:your|you (?:also |may |will )?have (?:a|the)(?: statutory| legal)?|have the|legal|statutory) right to (?:cancel|terminat|withdraw)|\bright to (?:cancel|terminat)\w* (?:your|the) (?:purchase|order|contract)|^\s*(?:you|the user|users|customer|either party)\s+(?:may|can)\b|\byou (?:may|can|choose|decide|wish|want) (?:\w+ ){0,2}(?:to )?(?:terminat|cancel|close|delete|end)/i;

const CHANGE_OBJECT = String.raw`(?:terms|agreement|conditions|polic(?:y|ies)|services?|features?|functionalit\w*|prices?|pricing|fees?|programme|program|offerings?|offers?|promotions?|discounts?|any part|part|content|products?|these|this|rules|guidelines|eula|membership|plans?|benefits?|app|site|platform|website|username|eligibility|marketplaces?|limits|practices|requirements|specifications|goods|it|them|structure|parameters|provisions?|rates?|information|numbers?|currencies|functions?|t&cs?|tos)`;
const CHANGE_VERB = String.raw`(?:change|modify|amend|update|alter|revise|replace|vary from time to time|adjust|add to|supplement|withdraw|discontinue|suspend or discontinue|make (?:\w+ )?(?:changes|modifications|amendments|updates)|cease(?: to)?|eliminate|reset|substitute)`;
const CHANGE = [
  new RegExp(String.raw`(?:\b|(?=[’']))${MODAL}[\s,:]+(?:[\w,()/"“”'’:]+\s+){0,6}?${CHANGE_VERB}\b[^.;]{0,60}?\b${CHANGE_OBJECT}`, 'i'),
  new RegExp(String.raw`\b${CHANGE_OBJECT}\b[^.;]{0,60}\b(?:may|can|will|are subject to|is subject to)\s+(?:\w+\s+){0,3}(?:be\s+)?(?:change|changed|modified|amended|updated|revised|altered|varied|adjusted|discontinued)\b`, 'i'),
  /\bsubject to change\b/i,
  /\bneed (?:the )?flexibility to (?:make changes|change|modify)\b|\b(?:constantly|continuously|continually) (?:[a-z]+ing,? (?:and )?){0,2}(?:chang|updat|modif)\w*\b/i,
  /\b(?:may|can|will|reserves? the right to)\s+(?:\w+\s+){0,3}(?:add|create|impose|establish|introduce)\b[^.;]{0,40}\b(?:limits?|practices|features?|functionalit\w*|services?|fees?|charges?)\b/i,
  /\b(?:amendments?|modifications?|changes?) to (?:these|the|this) (?:terms|agreement|conditions)\b[^.;]{0,80}\b(?:will|shall|may) be (?:posted|published|notified|effective|made)/i,
  /\b(?:modification|elimination|changes?)\b[^.;]{0,80}\b(?:sole|absolute) (?:and absolute )?discretion/i,
];
// editing or removing what users post is content removal, not a change of the terms or the service
const CHANGE_NOT = /\b(?:edit|modify|adjust|change|review)\w*,? (?:[\w,]+ ){0,4}(?:or|and|and\/or) (?:\w+ ){0,2}(?:remov|delet|refus|inactivat|deactivat)\w*\b[^.;]{0,60}\b(?:content|submissions?|reviews?|posts?|comments?|songs?|materials?)\b|^\s*(?:if|when|once)\s+you\b|\byou (?:may|can|must) not\b|\b(?:you|user)\s+(?:may|can)\s+(?:\w+\s+){0,3}(?:change|modify|update|amend)|\byour (?:password|settings|preferences|profile)\b|\bsoftware\b|\bupdates? (?:automatically|the software)|\b(?:will|shall|may|can|won[’']t) not (?:be )?(?:\w+ ){0,3}?(?:change|amend|modif)\w*|\bwon[’']t (?:\w+ )?(?:change|amend|modif)\w*|\bwill not enforce|\bwill only make (?:any )?changes/i;

const REMOVAL = [
  new RegExp(String.raw`\b${MODAL}[\s,:]+(?:[\w,()/"“”'’:]+\s+){0,10}?(?:remov\w*|delet\w*|disabl\w*|block\w*|edit\w*|refus\w*|reject\w*|take down|screen\w*|moderat\w*|hide|restrict access to|make unavailable)\b[^.;]{0,100}\b(?:content|contents|material|materials|posts?|reviews?|photos?|images?|videos?|comments?|submissions?|listings?|messages?|data|uploads?|files?|user submissions|ugc|media|usernames?|spam|promotions?|reports?|results|answers?|materials?|it|them)\b`, 'i'),
  /\b(?:content|material|posts?|reviews?|photos?|images?|videos?|comments?|submissions?|listings?|data)\b[^.;]{0,80}\b(?:may|can|will|could)\s+(?:\w+\s+){0,3}be\s+(?:\w+\s+)?(?:removed|deleted|disabled|edited|refused|rejected|taken down|blocked|screened)/i,
  /\b(?:remove|removal of|delete|deletion of|take down)\b[^.;]{0,40}\b(?:content|material|posts?)\b[^.;]{0,80}\b(?:at any time|without (?:prior )?notice|for any reason|sole discretion)/i,
  /\b(?:no longer|not) be able to access\b[^.;]{0,60}\bcontent|\bpermanently delete\b[^.;]{0,60}\b(?:data|content|account)/i,
];

// what the user deletes being removed is no removal by the provider
const REMOVAL_NOT = /\bdeleted (?:user )?content\b|\b(?:after|when|once|upon|if) you (?:\w+ )?(?:delete|remove)\b|\byour deletion\b|\byou request (?:the )?deletion\b|\byou (?:can|may|want to|choose to|wish to) (?:\w+ ){0,3}(?:delete|remove|disable)|\bit may take\b|\bwill not be deleted\b/i;

const LIABILITY = [
  /\b(?:not|never|no way|in no event|under no circumstances|neither)\b[^.;]{0,160}\b(?:liable|liability)\b/i,
  /\b(?:not|never|no)\b[^.;]{0,60}\bresponsib(?:le|ility)\b[^.;]{0,80}\b(?:for|to you)\b/i,
  /\b(?:our|its|their|aggregate|total|entire|maximum|cumulative|collective|combined|overall|any)\s+(?:\w+\s+){0,2}liabilit(?:y|ies)\b[^.;]{0,160}\b(?:limited|exceed|excluded|shall not|will not|is limited|be limited)\b/i,
  /\bdisclaim\w*\b[^.;]{0,80}\bliabilit\w*/i,
  /\b(?:exclude|excludes|limit|limits|limited)\b[^.;]{0,60}\bliabilit\w*/i,
  /\bwithout (?:any )?liability\b|\bno liability\b|\bshall not be liable\b|\bwill not be liable\b/i,
  /n[’']t\s+(?:\w+\s+){0,2}(?:liable|responsible)\b/i,
  /\b(?:any )?loss of (?:actual or anticipated )?(?:profits?|data|goodwill|use|revenue|business)\b[^.;]{0,80}\b(?:loss|damages?|profits?|data)\b|\bindirect(?:,| or)? (?:special, )?(?:incidental, )?consequential\b/i,
  /\bwithout (?:\w+ ){0,3}(?:or )?liability\b|\bno (?:\w+ ){0,3}(?:or )?liability\b|\bliability (?:shall|will) be limited\b/i,
  /\b(?:this|these|such|the) (?:limitations?|exclusions?)(?: (?:and|or) (?:limitations?|exclusions?))? (?:of liability )?(?:will |shall )?(?:appl|survive)/i,
  /\b(?:limits?|excludes?|limited|excluded)\b[^.;]{0,40}\b(?:responsibility|damages|losses)\b/i,
  /\b(?:recover|liable|responsible)\b[^.;]{0,20}\bonly\b[^.;]{0,60}\b(?:damages|losses|amount)|\bonly (?:be )?(?:liable|responsible) for\b/i,
];
// a company form is not a limitation: "a limited liability company"
const LIABILITY_NOT = /\blimited liability (?:compan(?:y|ies)|partnerships?)\b(?![^.;]*\b(?:liable|liability (?:for|to|is|shall|will)))/i;

const LAW = [
  /\b(?:governed (?:by|in accordance with|under)|construed (?:in accordance with|under)|interpreted (?:in accordance with|under))\b[^.;]{0,100}\blaws?\b/i,
  /\blaws? (?:will|shall) (?:apply|govern)\b|\bmandatory (?:consumer )?(?:protection )?(?:provisions|rules|laws?)\b|\bconsumer protection (?:law|rules|legislation)\b/i,
  /\blaws? of\b[^.;]{0,140}\b(?:govern\w*|appl(?:y|ies)|will apply|shall apply)\b|\b[A-Z][a-z]+(?:ian|ish|ese|an|ch)? law (?:applies|governs|will (?:apply|govern)|shall (?:apply|govern))\b|\bchoice of law\b|\bapplicable law (?:is|will be|shall be)/i,
  /\bsubject (?:exclusively |solely )?to (?:the )?(?:laws? of (?:the )?[A-Z]|[A-Z][a-z]+(?:ian|ish|ese|an|ch)? law)/,
  /\b(?:the )?application of (?:the )?(?:laws?|[A-Z][a-z]+ law) (?:of|in)\b/i,
];
const JURISDICTION = [
  /\b(?:exclusive(?:ly)?|sole|non-exclusive|personal) (?:jurisdiction|venue)\b|\bsubmit(?:s)? to the (?:\w+ ){0,3}jurisdiction|\bconsent to (?:the )?(?:\w+ ){0,2}(?:jurisdiction|venue)|\b(?:jurisdiction|venue) (?:of|in) the courts?\b/i,
  /\b(?:brought|filed|litigated|heard|resolved|commenced|adjudicated|instituted|decided)\b[^.;]{0,40}\b(?:in|before|by) (?:the )?(?:\w+ ){0,4}courts?\b/i,
  /\bcourts? (?:of|in|located in|sitting in|for)\b[^.;]{0,80}\b(?:jurisdiction|exclusive|competent|venue|dispute|claims?|proceedings?)\b|\b(?:competent|exclusive) courts?\b/i,
];
JURISDICTION.push(
  /\b(?:bring|brought|institut\w*|commenc\w*|litigat\w*|sue)\b[^.;]{0,80}\b(?:in|before) (?:the |a |your |their )?(?:\w+ ){0,3}(?:courts?|forum)\b/i,
  // proceedings brought in a named place ("may also bring proceedings in Scotland")
  /\b(?:[Bb]ring|[Bb]rought|[Ii]nstitut\w*|[Cc]ommenc\w*)\b(?:[^.;]{0,30}\b(?:proceedings|actions?|claims?|lawsuits?|suits?)\b)?[^.;]{0,60}\bin (?:the )?(?!Section|Accordance|Connection|Respect|Writing|Relation|English)[A-Z][a-z]+/,
  /\bexclusive forum\b|\b(?:local|home) courts?\b|\bcourts of (?:the country|your|his|her|their)\b|\bsue us in\b|\bproceedings in (?:the )?courts?\b/i,
);
// courts named only in passing: a court that may rule a term invalid, the right to sue given up for arbitration
const JURISDICTION_NOT = /\bcourt of competent jurisdiction\b|\bcompetent court if\b|\bsmall claims court\b|\bhaving (?:the )?jurisdiction\b|\b(?:competent|any) court (?:of law )?(?:rules|finds|holds|determines)\b|\bright to (?:sue|litigate)\b|\bappropriate jurisdiction\b|\bdecided by a court\b|\bto compel arbitration\b|\bjury trial\b/i;
const ARBITRATION = [
  /\b(?:resolved|settled|determined|decided|submitted|referred|finally resolved)\b[^.;]{0,60}\b(?:binding |individual |final )?arbitration\b/i,
  /\b(?:binding|mandatory|individual) arbitration\b/i,
  /\bagree(?:s|d)?\b[^.;]{0,40}\bto (?:arbitrate|(?:resolve|submit)[^.;]{0,120}\barbitrat\w*)/i,
  // where the arbitration is held is imposed only when the sentence names a place ("in Santa Clara County"), not "in English" or "where you live"
  new RegExp(String.raw`\b[Aa]rbitration(?: hearings?)?\b(?:[^.;]{0,60}?)\s(?:will|shall|must|may) (?:be (?:conducted|administered|held)|take place|occur)\b(?=[^.;]*?\b(?:in|at)\b[^.;]{0,60}?\s(?!English\b|Section\b)[A-Z][a-z]+)`),
  /\b[Aa]rbitration (?:will|shall|must|may) be governed\b/,
  // research copies are lower-cased: the place cannot be told there, so the procedure counts
  /^[^A-Z]*\barbitration(?: hearings?)? (?:will|shall|must|may) (?:be (?:conducted|administered|governed|held)|take place|occur)\b[^A-Z]*$/,
  /\b(?:AAA|JAMS|ICC|ICDR|LCIA)\b[^.;]{0,40}\b(?:will|shall) (?:apply|administer)\b/,
  /\bagree to resolve any and all disputes\b[^.;]{0,200}\barbitrat/i,
];
const ARBITRATION_NOT = /\b(?:opt[- ]out|decline|not apply|exceptions? to|class arbitration)\b/i;
// a sentence that imposes arbitration keeps its label whatever exceptions it mentions ("except where you opt out")
const ARBITRATION_IMPOSED = [
  /\b(?:resolved|settled|determined|decided)\b[^.;]{0,80}\b(?:by|through|in)\s+(?:final and\s+)?binding,?\s+(?:individual\s+)?arbitration\b/i,
  /\b(?:agree|agrees|agreed)\s+(?:(?!that\b)\w+\s+){0,3}?to (?:arbitrate\b|resolve\b[^.]{0,400}?\barbitrat)/i,
  /\b(?:agree|agrees|agreed) to (?:the|this|our) (?:\w+ )?arbitration (?:agreement|provision|clause)s?\b/i,
  /\belection to arbitrate\b[^.;]{0,60}\bbinding\b/i,
];
const BY_USING = [
  /\b(?:by|upon|through|when|while|if you (?:continue to )?|your)\s*(?:\w+\s+){0,2}(?:access\w*|us(?:e|ing)|visit\w*|brows\w*|download\w*|install\w*|register\w*|click\w*|creat\w* an account|sign\w* up|continu\w* (?:to )?(?:use|using|access))\b[^.;]{0,200}\b(?:agree\w*|accept\w*|consent\w*|bound|acknowledg\w*|deemed)\b[^.;]{0,60}\b(?:terms|agreement|conditions|polic(?:y|ies)|eula|rules|guidelines|these|this|them|tos|t&cs?)\b/i,
  /\b(?:continued|continuing) (?:use|access)\b[^.;]{0,200}\b(?:accept\w*|agree\w*|constitutes?|means|deemed|consent)\b/i,
  /\b(?:by|when|once|upon)\s+(?:you\s+)?(?:\w+ing|create|use|access|sign|place|register)\b[^.;]{0,160}\byou\s+(?:\w+\s+){0,2}(?:agree|accept|are bound|will be bound|consent)\w*\b[^.;]{0,40}\b(?:terms|agreement|conditions|changes|them|these|this)\b/i,
  /\b(?:agree|accept|bound)\w*\b[^.;]{0,80}\bif you (?:continue|keep) (?:to )?(?:use|using|access)/i,
  /\b(?:choice|decision) to (?:\w+ )?(?:use|access|maintain)\b[^.;]{0,120}\bconstitutes? (?:your )?acceptance/i,
  /\bby (?:\w+ing|clicking|using)\b[^.;]{0,200}\b(?:you are entering into|legally binding (?:agreement|contract)|(?:will|shall) be governed by these|agree to be bound)\b/i,
  /\b(?:agree|accept)\w* (?:to )?(?:these|this|the)\b[^.;]{0,60}\bby (?:using|accessing|creating|continuing|signing|registering|downloading)\b/i,
  /\b(?:use|using|access)\b[^.;]{0,120}\b(?:implies|signifies|constitutes) (?:your )?(?:acceptance|agreement|consent)\b/i,
  /\b(?:use|using|access(?:ing)?) (?:of )?(?:the|our|this|these|any)\b[^.;]{0,80}\b(?:constitutes?|signifies|means|indicates|confirms)\b[^.;]{0,40}\b(?:accept\w*|agree\w*|consent)/i,
];

// the subject of a right that is not the provider's: "you may cancel", "your administrator may", "these Terms shall terminate"
const OTHER_SUBJECT = /\b(?:you|your\s+[\w-]+(?:\s+[\w-]+)?|they|administrators?|admins?|organi[sz]ations?|(?:legal\s+)?representatives?|parents?|guardians?|users?|customers?|members?|(?:these|the)\s+terms|(?:this|the)\s+(?:agreement|section|licen[cs]e|membership|subscription)|either party|each party|both parties)\s*(?:,[^,]{0,60},\s*)?(?:also\s+|then\s+|only\s+)?(?:(?:are|is|shall be|will be|ha(?:ve|s))\s+(?:also\s+)?(?:the\s+)?)?$/i;

const GLOBAL = new WeakMap<RegExp, RegExp>();

function any(patterns: RegExp[], text: string): boolean {
  return patterns.some((re) => {
    let g = GLOBAL.get(re);
    if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
    // every match: "you will close your account, or we may terminate it" is the provider's right at its second modal
    for (const m of text.matchAll(g)) {
      // a right that opens with a modal belongs to the subject just before it
      if (!/^(?:[’']ll|may|can|could|might|will|shall|reserves?|retains?|ha(?:s|ve) the right|is entitled|are entitled|entitled|right|free|at (?:its|our))/i.test(m[0])) return true;
      if (!OTHER_SUBJECT.test(text.slice(Math.max(0, m.index! - 60), m.index).trimEnd() + ' ')) return true;
    }
    return false;
  });
}

/** The unfair-clause labels of one sentence (empty for none), in the task's order. */
export function classifyUnfair(sentence: string): UnfairLabel[] {
  const text = detokenize(sentence);
  const labels = new Set<UnfairLabel>();
  // a heading ("Limitation of Liability", "Arbitration Procedures.") states no clause
  if (text.split(/\s+/).length < 10 && !/\b(?:is|are|be|been|was|were|will|shall|may|must|can|could|would|should|agrees?|apply|applies|includes?|means|ha(?:s|ve)|do|does|reserves?|waives?|remains?|continues?|governs?|survives?|constitutes?|limits?|excludes?)\b|n['’]t\b/i.test(text)) return [];
  // a section named in quotes ("Binding Arbitration / Class Waiver") is a reference, not a clause
  const unquoted = text.replace(/["“][^"”]{0,80}["”]/g, ' ');
  if ((any(ARBITRATION, unquoted) && !ARBITRATION_NOT.test(text)) || ARBITRATION_IMPOSED.some((re) => re.test(unquoted))) labels.add('Arbitration');
  if (any(CHANGE, text) && !CHANGE_NOT.test(text)) labels.add('Unilateral change');
  if (any(REMOVAL, text) && !REMOVAL_NOT.test(text)) labels.add('Content removal');
  if (any(JURISDICTION, text) && !JURISDICTION_NOT.test(text)) labels.add('Jurisdiction');
  // "Governing law and disputes: we will do our best…" is a heading run into a sentence; judge the sentence
  if (any(LAW, text.replace(/^\s*(?:governing law|choice of law|applicable law)[^.:]*:\s*/i, ''))) labels.add('Choice of law');
  if (any(LIABILITY, text) && !LIABILITY_NOT.test(text)) labels.add('Limitation of liability');
  if (any(TERMINATION, text) && !TERMINATION_NOT.test(text)) labels.add('Unilateral termination');
  // who accepts for an organisation, or a parent for a child, is authority, not acceptance by use
  if (any(BY_USING, text) && !/\b(?:opportunity|asked|required|need) to (?:agree|accept)\b|\bon behalf of (?:a|an|your|the|that) (?:\w+ )?(?:business|company|entity|organi[sz]ation|employer)\b|\b(?:parent|guardian)\b/i.test(text)) labels.add('Contract by using');
  return UNFAIR_LABELS.filter((l) => labels.has(l));
}

