/** Table-driven tests of law and venue values, read from single provisions of our own wording. */
import { describe, expect, it } from 'vitest';
import { parseAgreement, ask } from '../src/index.js';

const law: Array<[string, string]> = [
  ['These terms are governed by the laws of the State of Oregon.', 'State of Oregon'],
  ['This agreement is governed by the federal laws of the United States and the laws of the State of Texas.', 'State of Texas'],
  ['These terms are governed by the laws of England and Wales.', 'England and Wales'],
  ['Irish law applies to these terms.', 'Ireland'],
  ['This Agreement is governed by Swiss law, excluding its conflict of law rules.', 'Switzerland'],
  ['These Terms shall be construed in accordance with the laws of the United States and the State of Vermont.', 'State of Vermont'],
];
const venue: Array<[string, string | undefined]> = [
  ['Any claim must be brought exclusively in the state or federal courts located in King County, Washington, and each party consents to their jurisdiction.', 'state or federal courts in King County, Washington'],
  ['The courts of Paris, France have exclusive jurisdiction over any dispute.', 'courts of Paris, France'],
  ['All disputes will be brought exclusively in the Courts for these purposes.', undefined],
  ['For claims not subject to arbitration, the exclusive place of jurisdiction for any dispute arising from these Terms or the service is Travis County, Texas, or the United States District Court for the Western District of Texas.', 'Travis County, Texas, or the United States District Court for the Western District of Texas'],
  ['The place of jurisdiction for all disputes is Hamburg.', 'Hamburg'],
  ['All claims shall be commenced and maintained exclusively in any state or federal court located in Lane County, Oregon, having subject matter jurisdiction.', 'state or federal court in Lane County, Oregon'],
  ['ALL CLAIMS RELATING TO THESE TERMS WILL BE LITIGATED EXCLUSIVELY IN THE FEDERAL OR STATE COURTS OF LANE COUNTY, OREGON, USA.', 'FEDERAL OR STATE COURTS OF LANE COUNTY, OREGON'],
  ['The customer consents to the jurisdiction of the courts of the Province of Manitoba.', 'courts of the Province of Manitoba'],
];

describe('governing law values', () => {
  for (const [text, want] of law) {
    it(`reads "${text}"`, () => expect(ask(parseAgreement(text), 'Which law governs?').value).toEqual({ text: want }));
  }
});

describe('venue values', () => {
  for (const [text, want] of venue) {
    it(`reads "${text}"`, () => {
      const answer = ask(parseAgreement(text), 'Where would a lawsuit have to be filed?');
      if (want) expect(answer.value).toEqual({ text: want });
      else expect(answer.answer).toBe('not-stated');
    });
  }
});

describe('arbitration is read only where the text provides for it', () => {
  const cases: Array<[string, string]> = [
    // a limitation period under a dispute-resolution heading is no arbitration procedure
    ['# Terms\n\n## Governing law and dispute resolution\n\nAny claim relating to these terms must be brought by you within one year of the event behind it, or the claim is waived as far as the law allows.', 'not-stated'],
    // a non-exclusive submission to courts closes no forum: no inference that there is no arbitration
    ['These terms are governed by the laws of Scotland and the parties submit to the non-exclusive jurisdiction of the Scottish courts.', 'not-stated'],
    // exclusive courts and no arbitration clause: a careful reader says there is none
    ['These terms are governed by the laws of Scotland and the Scottish courts have exclusive jurisdiction over any dispute.', 'no'],
    ['## Arbitration\n\nBefore starting an arbitration, you must try to resolve the claim informally with us for sixty (60) days. Any dispute will be resolved by binding arbitration.', 'yes'],
  ];
  for (const [text, want] of cases) {
    it(`answers ${want} for "${text.slice(0, 70)}…"`, () => expect(ask(parseAgreement(text), 'Do disputes go to arbitration?').answer).toBe(want));
  }
});

describe('suing where one lives', () => {
  const exclusive = 'Any claim relating to these terms shall be brought exclusively in Norway in the county of Vestland, although we keep the right to bring a claim against you in your country of residence.';
  const cases: Array<[string, string, string]> = [
    [exclusive, 'Can I sue them in the courts of my own country?', 'no'],
    [exclusive, 'Can they take me to court where I live?', 'yes'],
    [exclusive, 'Where would a lawsuit have to be brought?', 'yes'],
    ['These terms are governed by the laws of Norway. If you are a consumer, you may also bring a claim in the courts where you live.', "I'm a consumer. Can I sue them in my local courts?", 'yes'],
  ];
  for (const [text, question, want] of cases) {
    it(`answers ${want} to "${question}"`, () => expect(ask(parseAgreement(text), question).answer).toBe(want));
  }
  it('reads the place of a venue that names no courts', () => {
    expect(ask(parseAgreement(exclusive), 'Where would a lawsuit have to be brought?').value).toEqual({ text: 'Norway in the county of Vestland' });
  });
});

describe('suing where one lives, when one says where', () => {
  it('answers yes when the courts named are in the asker\'s country', () => {
    const text = 'Any claim relating to these terms shall be brought exclusively in the courts of Oslo, Norway.';
    expect(ask(parseAgreement(text), 'I live in Norway. Can I sue them in the courts of my own country?').answer).toBe('yes');
    expect(ask(parseAgreement(text), 'I live in France. Can I sue them in the courts of my own country?').answer).toBe('no');
  });
});
