/**
 * The hostile inputs of bench/adversarial.mjs (issue 8's table and more), each a function of the
 * length wanted in characters, and the pieces its fuzzer strings together.
 */
/** Hostile inputs: a name and a function of the target length in characters. */
export const repeat = (unit, n, head = 'We may terminate ', tail = '') => head + unit.repeat(Math.max(1, Math.ceil((n - head.length - tail.length) / unit.length))) + tail;
export const INPUTS = {
  'one long token': (n) => repeat('a', n),
  'spaces': (n) => repeat(' ', n, 'We may terminate', 'this agreement.'),
  'hyphens': (n) => repeat('-', n),
  'double quotes': (n) => repeat('"', n),
  'apostrophes': (n) => repeat("'", n),
  '"1." repeated': (n) => repeat('1.', n),
  '"may " repeated, then "terminate"': (n) => repeat('may ', n, '', 'terminate'),
  'ordinary words, one line': (n) => repeat('the customer may use the service ', n, ''),
  'a right in every clause of one sentence': (n) => repeat('The customer may use the service for lawful purposes and we may terminate ', n, ''),
  'commas': (n) => repeat(', ', n),
  'capitals': (n) => repeat('ACCOUNT ', n),
  '"(a) x;" list in a sentence': (n) => repeat('(a) x; ', n),
  'sentences on one line': (n) => repeat('We may terminate this agreement on 30 days notice. ', n, ''),
  'tabs and newlines': (n) => repeat('\t \n', n),
  'emphasis marks': (n) => repeat('*_', n),
  'list nested 2,000 deep': () => { let t = ''; for (let i = 0; i < 2000; i++) t += ' '.repeat(2 * i) + '- item\n'; return t; },
  'list nested 5,000 deep, one line': () => '- '.repeat(5000) + 'We may terminate.\n',
};

/** Pieces the fuzzer strings together into a unit that it then repeats. */
export const PIECES = ['may ', 'terminate', 'suspend ', 'notice', ' ', '  ', '\n', '\n\n', '1.', '(a)', '(ii)', '"', "'", '“', '’', '-', '—', '.', ',', ';', ':', '*', '**', '_', '#', '>', '|', '[', '](', ')', 'Section 4', '30 days', 'thirty (30)', 'not ', 'we ', 'you ', 'the ', 'Customer', 'immediately', 'upon', 'A', 'x', '0', '\t', '<b>', '&amp;', '`'];

