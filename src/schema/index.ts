/**
 * The zod schemas of tos-clauses: the single source of its public types and of the JSON Schema it
 * publishes (`tos-clauses schema`).
 */
import { z } from 'zod';

/** A point in the original text: 1-based line and column, 0-based UTF-16 offset. */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
/** A point in the original text. */
export type Point = z.infer<typeof PointSchema>;

/** Where a piece of text stands in the original file. */
export const SpanSchema = z.object({ start: PointSchema, end: PointSchema });
/** Where a piece of text stands in the original file. */
export type Span = z.infer<typeof SpanSchema>;

/** Who holds a right or bears a duty. */
export const PartySchema = z.enum(['provider', 'customer', 'either', 'unknown']);
/** Who holds a right or bears a duty. */
export type Party = z.infer<typeof PartySchema>;

/** Units a duration is written in; business days are kept apart from calendar days. */
export const DurationUnitSchema = z.enum(['hours', 'days', 'weeks', 'months', 'years']);
/** Units a duration is written in. */
export type DurationUnit = z.infer<typeof DurationUnitSchema>;

/** A period written in the text: "thirty (30) days", "two (2) business days", "24 hours". */
export const DurationSchema = z.object({
  amount: z.number().min(0),
  unit: DurationUnitSchema,
  /** True for business (working) days. */
  business: z.boolean().optional(),
  /** "at least", "no less than", "more than", "within", "up to", as written. */
  qualifier: z.enum(['at-least', 'more-than', 'at-most', 'within']).optional(),
  /** The words of the duration, as written. */
  text: z.string(),
});
/** A period written in the text. */
export type Duration = z.infer<typeof DurationSchema>;

/** How much warning a right needs before it takes effect. */
export const NoticeKindSchema = z.enum(['immediate', 'advance', 'without-notice', 'reasonable', 'unspecified']);
/** How much warning a right needs before it takes effect. */
export type NoticeKind = z.infer<typeof NoticeKindSchema>;

/** The notice a right requires. */
export const NoticeSchema = z.object({
  kind: NoticeKindSchema,
  /** The advance period, for kind `advance`. */
  period: DurationSchema.optional(),
  /** True when the notice must be written. */
  written: z.boolean().optional(),
  /** True when the text requires notice to be given ("upon notice", "with 30 days' notice"). */
  required: z.boolean().optional(),
  /** True when the right takes effect at once ("effective immediately", "immediately upon notice"). */
  immediate: z.boolean().optional(),
  /** True for a promise to try to warn first ("we will make a reasonable attempt to warn you"). */
  bestEffort: z.boolean().optional(),
});
/** The notice a right requires. */
export type Notice = z.infer<typeof NoticeSchema>;

/** Why a right may be used. */
export const GroundsSchema = z.enum([
  'convenience', 'any-reason', 'breach', 'cause', 'non-payment', 'insolvency', 'law',
  'suspension-unremedied', 'inactivity', 'other',
]);
/** Why a right may be used. */
export type Grounds = z.infer<typeof GroundsSchema>;

/** One listed cause or condition of a right: an enumerated item or an "if …" clause. */
export const ConditionSchema = z.object({
  /** The item's own label as written ("A", "ii"), when it is enumerated. */
  label: z.string().optional(),
  /** The item's section path ("5.2(b)(ii)(A)"). */
  section: z.string(),
  text: z.string(),
  grounds: z.array(GroundsSchema),
  span: SpanSchema,
});
/** One listed cause or condition of a right. */
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * Who or what a clause is limited to: a region ("if you live in the EEA"), a kind of customer
 * (consumers, businesses), a contracting entity, a plan or a product. Absent on a clause that holds
 * for everyone. On an intent, the scope the asker names ("I'm a consumer in the UK").
 */
export const ScopeSchema = z.object({
  /** Places, in canonical form: "EEA", "EU", "United Kingdom", "Switzerland", "United States", a country ("Germany") or a US state ("California"). */
  regions: z.array(z.string()).optional(),
  /** True when the scope is everywhere but `regions` ("if you live outside the EU"). */
  outside: z.boolean().optional(),
  /** The kind of customer. */
  customer: z.enum(['consumer', 'business']).optional(),
  /** A contracting entity ("Acme Ireland Limited"), as written. */
  entity: z.string().optional(),
  /** A plan or tier ("Enterprise plan", "free accounts"), as written. */
  plan: z.string().optional(),
  /** A product or part of the service ("the API", "Marketplace"), as written. */
  product: z.string().optional(),
  /** A part of the agreement the clause bears on alone ("the Dispute Resolution section", "Section 12"), as written. */
  part: z.string().optional(),
  /** The words that set the scope, as written ("If you are a consumer in the EEA"). */
  text: z.string().optional(),
});
/** Who or what a clause (or a question) is limited to. */
export type Scope = z.infer<typeof ScopeSchema>;

const clauseCommon = {
  /** Stable id within one result: `c1`, `c2`, … in document order. */
  id: z.string(),
  /** Section path rebuilt from headings and in-text numbering ("5.2(b)(ii)"); "" when unnumbered. */
  section: z.string(),
  /** The nearest heading ("Termination for Cause"); "" when none. */
  heading: z.string(),
  /** Every heading from the top of the document down to this clause. */
  headings: z.array(z.string()),
  /** The provision's text, cleaned of markup: the sentence, or the lead-in with its items. */
  text: z.string(),
  span: SpanSchema,
  /** Who holds the right. */
  party: PartySchema,
  /**
   * True when the text denies what the type names: "may not terminate", "will not be resolved by
   * arbitration", "there is no class action waiver", "continued use does not mean you accept", a
   * change "only by a written amendment signed by both parties".
   */
  negated: z.boolean(),
  /** 0..1: how sure the classifier is that this is a right of this type. */
  confidence: z.number().min(0).max(1),
  /** Who or what the clause is limited to; absent when it holds for everyone. */
  scope: ScopeSchema.optional(),
  /**
   * For a variant of another clause: scoped ("… unless you are a consumer in the EU"), or an exception with
   * timing of its own ("except changes required by law, which take effect at once"): that clause's id.
   */
  variantOf: z.string().optional(),
  /** The companion document the clause was read from (a policy passed with `--with`); absent for the agreement itself. */
  source: z.string().optional(),
  /** Cross-references in the clause ("Section 6", "the Acceptable Use Policy"), resolved where the target is known. */
  references: z.array(z.object({
    /** The reference as written. */
    text: z.string(),
    /** The section it points to, when it is a section of this document. */
    section: z.string().optional(),
    heading: z.string().optional(),
    span: SpanSchema.optional(),
    /** The companion document it names, when one was passed. */
    document: z.string().optional(),
  })).optional(),
};

/** A right to terminate (type `termination`) or to suspend (type `suspension`). */
export const TerminationClauseSchema = z.object({
  ...clauseCommon,
  type: z.enum(['termination', 'suspension']),
  /** Who may exercise the right (same as `party`). */
  by: PartySchema,
  grounds: z.array(GroundsSchema),
  /** True when the text says the right may be used "at any time". */
  anyTime: z.boolean(),
  notice: NoticeSchema,
  /**
   * When the ending takes effect, where the text says: at once, at the end of the term, or at the end
   * of the billing period ("the cancellation takes effect at the end of your current billing period").
   */
  effective: z.enum(['now', 'end-of-term', 'end-of-billing-period']).optional(),
  /** The period the other side has to cure a breach before the right arises. */
  cure: DurationSchema.optional(),
  /** Other periods that trigger the right ("suspended for more than 90 days", "30 days overdue"). */
  periods: z.array(DurationSchema),
  /** The listed causes or conditions the right depends on. */
  conditions: z.array(ConditionSchema),
  /** Carve-outs ("except …", "unless …"). */
  exceptions: z.array(z.string()),
});
/** A right to terminate or to suspend. */
export type TerminationClause = z.infer<typeof TerminationClauseSchema>;

/** The categories of prohibited content and conduct. */
export const ContentCategorySchema = z.enum([
  'illegal', 'infringing', 'defamatory', 'harassment', 'hate', 'violence', 'sexual', 'child-safety', 'spam',
  'malware', 'security', 'privacy', 'fraud', 'self-harm', 'misinformation', 'harmful', 'offensive',
]);
/** A category of prohibited content or conduct. */
export type ContentCategory = z.infer<typeof ContentCategorySchema>;

/** A duty on what the customer or its end users may post, store or do, or the provider's duty to watch over it. */
export const ContentDutyClauseSchema = z.object({
  ...clauseCommon,
  type: z.literal('content-duty'),
  /** Who bears the duty: the customer, its end users, or the provider (a duty to monitor what is posted). */
  bearer: z.enum(['customer', 'end-users', 'provider']),
  modality: z.enum(['must-not', 'must']),
  categories: z.array(ContentCategorySchema),
  /** What the duty does not cover ("except on dedicated servers you rent from us"), as written. */
  exceptions: z.array(z.string()),
  /** What the provider may do about a breach, where the text says ("remove", "suspend", "terminate"). */
  consequences: z.array(z.enum(['remove', 'suspend', 'terminate'])),
});
/** A duty on content or conduct. */
export type ContentDutyClause = z.infer<typeof ContentDutyClauseSchema>;

/** A right to remove, disable or refuse content. */
export const ContentRemovalClauseSchema = z.object({
  ...clauseCommon,
  type: z.literal('content-removal'),
  by: PartySchema,
  notice: NoticeSchema,
  grounds: z.array(z.string()),
  /** The clause is about content that keeps to the rules: "If the content doesn't violate our policies, we won't take any action" (a removal denied for it). */
  compliant: z.boolean().optional(),
  /**
   * For the content of inactive accounts: how long inactive first, said in the sentence before ("use it at
   * least once every 2 years. We may … delete content of inactive accounts").
   */
  after: DurationSchema.optional(),
});
/** A right to remove content. */
export type ContentRemovalClause = z.infer<typeof ContentRemovalClauseSchema>;

/** A right to change the terms (or a rule that changes need both parties). */
export const ModificationClauseSchema = z.object({
  ...clauseCommon,
  type: z.literal('modification'),
  by: PartySchema,
  notice: NoticeSchema,
  /** How notice of a change is given ("email", "posting", "in the service"). */
  noticeBy: z.array(z.string()),
  /** True when continued use after a change counts as accepting it. */
  continuedUseIsAcceptance: z.boolean(),
});
/** A right to change the terms. */
export type ModificationClause = z.infer<typeof ModificationClauseSchema>;

/** Using the service means accepting the terms. */
export const AcceptanceByUseClauseSchema = z.object({ ...clauseCommon, type: z.literal('acceptance-by-use') });
/** Using the service means accepting the terms. */
export type AcceptanceByUseClause = z.infer<typeof AcceptanceByUseClauseSchema>;

/** A cap on liability. */
export const LiabilityLimitationClauseSchema = z.object({
  ...clauseCommon,
  type: z.literal('liability-limitation'),
  /** The cap, when the text states one: an amount, or the fees paid in the N months before. */
  cap: z.object({ amount: z.number().optional(), currency: z.string().optional(), feesMonths: z.number().optional(), text: z.string() }).optional(),
  /** True where no cap is stated because every damage is excluded ("not liable for damages of any kind"). */
  excludesAll: z.boolean().optional(),
});
/** A cap on liability. */
export type LiabilityLimitationClause = z.infer<typeof LiabilityLimitationClauseSchema>;

/** Governing law, venue, arbitration and class-action waiver: a clause with a value. */
export const DisputeClauseSchema = z.object({
  ...clauseCommon,
  type: z.enum(['governing-law', 'jurisdiction', 'arbitration', 'class-action-waiver']),
  /** The law ("State of California"), venue, or arbitration rules body, when the text names one. */
  value: z.string().optional(),
  /** For arbitration: the periods the procedure sets (informal negotiation, opt-out window). */
  periods: z.array(DurationSchema),
  /** For arbitration: the opt-out window, when there is one. */
  optOut: DurationSchema.optional(),
  /** For a venue: true when the courts named are the only ones ("exclusive jurisdiction", "must be brought in"), false when the clause says they are not ("non-exclusive jurisdiction"). */
  exclusive: z.boolean().optional(),
});
/** Governing law, venue, arbitration or class-action waiver. */
export type DisputeClause = z.infer<typeof DisputeClauseSchema>;

/** Renewal, fee changes, refunds and what happens to data after termination: a clause with periods. */
export const TermsClauseSchema = z.object({
  ...clauseCommon,
  type: z.enum(['renewal', 'fee-change', 'data-after-termination', 'refund']),
  by: PartySchema,
  /** renewal: renews automatically; fee-change: fees may change; data-after-termination: data is deleted; refund: money is given back. */
  applies: z.boolean(),
  /** renewal: notice to stop it; fee-change: notice of a change. */
  notice: NoticeSchema,
  /**
   * renewal: the provider tells the customer before it renews ("we will email you a reminder before …"), or
   * `false` where the text says it charges without telling ("you authorize us, without notice to you, to collect the fee").
   */
  reminder: z.boolean().optional(),
  /** data-after-termination: the window to retrieve data, and the deletion period. */
  retrieval: DurationSchema.optional(),
  deletion: DurationSchema.optional(),
  /** data-after-termination: the text says the data can no longer be reached or recovered. */
  noAccess: z.boolean().optional(),
  /** refund: the window after purchase or sign-up within which cancelling is refunded ("within 3 business days of signing up"). */
  window: DurationSchema.optional(),
  /** refund: the refund is of the unused part of a period ("partial refunds", "pro rata"). */
  partial: z.boolean().optional(),
  /** fee-change: a change takes effect only from the next period or term ("will apply after your current payment period"), never within the current one. */
  deferred: z.boolean().optional(),
  /** fee-change: a fee for what is free now ("does not currently charge fees for X, but reserves the right to"). */
  newFee: z.boolean().optional(),
  periods: z.array(DurationSchema),
});
/** Renewal, fee change, refund or data after termination. */
export type TermsClause = z.infer<typeof TermsClauseSchema>;

/** Any typed clause. */
export const ClauseSchema = z.discriminatedUnion('type', [
  TerminationClauseSchema, ContentDutyClauseSchema, ContentRemovalClauseSchema, ModificationClauseSchema,
  AcceptanceByUseClauseSchema, LiabilityLimitationClauseSchema, DisputeClauseSchema, TermsClauseSchema,
]);
/** Any typed clause. */
export type Clause = z.infer<typeof ClauseSchema>;

/** One node of the section tree. */
export const SectionSchema = z.object({
  path: z.string(),
  heading: z.string(),
  span: SpanSchema,
});
/** One node of the section tree. */
export type Section = z.infer<typeof SectionSchema>;

/** The formats tos-clauses reads. */
export const FormatSchema = z.enum(['markdown', 'text', 'html', 'pdf', 'docx']);
/** The formats tos-clauses reads. */
export type Format = z.infer<typeof FormatSchema>;

/** Everything `parseAgreement` computes for one document. */
export const AgreementSchema = z.object({
  /** Schema version of this result. */
  version: z.literal(1),
  format: FormatSchema,
  /** Names the document uses for each side, read from its definitions and text. */
  parties: z.object({ provider: z.array(z.string()), customer: z.array(z.string()) }),
  sections: z.array(SectionSchema),
  clauses: z.array(ClauseSchema),
  /** Companion documents read with the agreement (an acceptable use policy it imposes by reference). */
  companions: z.array(z.string()).optional(),
  /**
   * The language the text is written in (ISO 639-1, "fr"), set only when it is clearly not English:
   * tos-clauses reads English only, and answers every question about such a text `not-stated`, saying why.
   */
  language: z.string().optional(),
});
/** Everything `parseAgreement` computes for one document. */
export type Agreement = z.infer<typeof AgreementSchema>;

/** An answer's value: a period (`{days}`, `{days, business}`, `{hours}`, `{days: 0, immediate}`, `{months}`), `{categories}` or `{text}`. */
export const PeriodValueSchema = z.object({
  days: z.number().optional(),
  hours: z.number().optional(),
  months: z.number().optional(),
  business: z.literal(true).optional(),
  immediate: z.literal(true).optional(),
  /** For content questions: the categories of prohibited content. */
  categories: z.array(ContentCategorySchema).optional(),
  /** For law and venue questions: the value as written ("State of California"). */
  text: z.string().optional(),
});
/** A period in an answer. */
export type PeriodValue = z.infer<typeof PeriodValueSchema>;

/** One quoted, cited piece of text behind an answer. */
export const EvidenceSchema = z.object({
  /** The companion document quoted, when the evidence is not from the agreement itself. */
  source: z.string().optional(),
  section: z.string(),
  heading: z.string(),
  quote: z.string(),
  start: PointSchema,
  end: PointSchema,
});
/** One quoted, cited piece of text behind an answer. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The answer to one question: the JSON contract of `ask --json`. */
/** One scoped clause that answers differently from the rule for everyone: an answer's variant. */
export const VariantSchema = z.object({
  /** Who the variant holds for ("consumers in the EEA"). */
  scope: ScopeSchema,
  answer: z.enum(['yes', 'no', 'not-stated']),
  value: PeriodValueSchema.optional(),
  evidence: z.array(EvidenceSchema),
});
/** A scoped clause that answers differently. */
export type Variant = z.infer<typeof VariantSchema>;

/** The answer to one question: the JSON contract of `ask --json`. */
export const AnswerSchema = z.object({
  question: z.string(),
  answer: z.enum(['yes', 'no', 'not-stated', 'not-understood']),
  value: PeriodValueSchema.optional(),
  /** What a "yes" is limited to: the listed causes of an immediate right, or the part of the service it covers. */
  conditions: z.array(z.string()).optional(),
  /** Scoped clauses (a region, consumers, an entity, a plan) that answer differently from the one given. */
  variants: z.array(VariantSchema).optional(),
  evidence: z.array(EvidenceSchema),
  /** 0..1: how sure the answer is. */
  confidence: z.number().min(0).max(1).optional(),
  /** Why: which clause answered, for which scope, or why none did. */
  reason: z.string().optional(),
});
/** The answer to one question. */
export type Answer = z.infer<typeof AnswerSchema>;

/** What a question is about: the gold files' `intent.action`. */
export const ActionSchema = z.enum([
  'terminate', 'suspend', 'modify-terms', 'remove-content', 'content-duty', 'governing-law', 'jurisdiction', 'arbitration',
  'class-action-waiver', 'acceptance-by-use', 'data-after-termination', 'liability-cap', 'auto-renewal', 'fee-change',
]);
/** What a question is about. */
export type Action = z.infer<typeof ActionSchema>;

/** What a question asks, in structured form (the gold files' `intent`). */
export const IntentSchema = z.object({
  action: ActionSchema,
  /** Who holds the right or bears the duty asked about. */
  by: z.enum(['provider', 'customer', 'either']).optional(),
  /** The notice asked about: none at all, none before it takes effect, or some in advance. */
  notice: z.enum(['immediate', 'without-notice', 'advance']).optional(),
  /** The cause asked about. */
  grounds: z.enum(['convenience', 'breach', 'cause', 'non-payment', 'law', 'any', 'insolvency', 'suspension-unremedied', 'inactivity']).optional(),
  /** The notice period the question names ("do they have to give me 30 days' notice?"): a shorter or unstated one answers no. */
  period: DurationSchema.pick({ amount: true, unit: true }).optional(),
  /** What the answer should be: yes/no, a period, the categories, or a value (a law, a court, a cap). */
  ask: z.enum(['whether', 'notice-period', 'cure-period', 'period', 'categories', 'value']).default('whether'),
  /**
   * What the action bears on: the agreement, an account (the usual reading), the whole service (a shutdown),
   * a part of it (a trial, a beta, a feature, one item), content, or a licence.
   */
  object: z.enum(['agreement', 'account', 'service', 'part', 'content', 'license']).optional(),
  /** The part of the service named, as the question words it ("free trial", "one game from a bundle"). */
  part: z.string().optional(),
  /** The scope the asker names ("I'm a consumer in the UK"): answered from the clause for that scope. */
  scope: ScopeSchema.omit({ text: true }).optional(),
  /** For a cure period: the side in breach, who has the time to cure. */
  breaching: z.enum(['provider', 'customer', 'either']).optional(),
  /** When the question is about: during a term, at renewal, after a change of the terms, after the end. */
  timing: z.enum(['mid-term', 'at-renewal', 'after-change', 'after-end']).optional(),
  /** True when the question asks about doing it alone, without the other side's consent ("on their own"). */
  unilateral: z.boolean().optional(),
  /** For removal questions: the asker supposes the content keeps to the rules ("if it doesn't violate the policies, will they still take it down?"). */
  compliant: z.boolean().optional(),
  /** For content questions: the categories asked about ("phishing" → fraud). */
  categories: z.array(ContentCategorySchema).optional(),
  /**
   * For content questions: what a yes means. `permission` ("may I post …?", the usual reading): a yes means it
   * is allowed; `prohibition` ("is scraping prohibited?", "does the policy ban …?"): a yes means it is not;
   * `duty` ("am I responsible for what I post?", "do I have to label it?"): a yes means the asker must.
   */
  framing: z.enum(['permission', 'prohibition', 'duty']).optional(),
  /**
   * For data questions: the customer's window to get data back, the provider's deletion, or its loss by any means,
   * deletion or lost access ("could I lose my files?"); for
   * arbitration: the opt-out, or who pays its fees ("costs"); for changes: the window to object, or the channel notice comes by; for
   * liability: an exclusion of damages ("does X disclaim liability for indirect damages?"), not a cap; for
   * venue: the courts where the asker lives ("can I sue them in my own country?"); for renewal: a reminder
   * before it renews ("will they remind me before I'm charged again?"); for content: the provider's duty to
   * watch over it ("do they monitor my messages?"); for ending: the money given back ("if I cancel within a
   * week, do I get a refund?"); for prices: a fee for what is free now ("it's free now: could they start charging?").
   */
  about: z.enum(['retrieval', 'deletion', 'opt-out', 'objection', 'channel', 'exclusion', 'local-courts', 'reminder', 'monitoring', 'refund', 'costs', 'new-fee', 'loss']).optional(),
  /** The question's own words that say what it is about beyond the slots above ("bots", "VPN", "workshop"), stemmed. */
  terms: z.array(z.string()).optional(),
  /**
   * Another action the question's words mean as well: "shut off my account" or "close or freeze it" is a
   * termination or a suspension. Answered when the action above is not stated.
   */
  alternative: ActionSchema.optional(),
});
/** What a question asks, in structured form. */
export type Intent = z.input<typeof IntentSchema>;
