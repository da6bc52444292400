#!/usr/bin/env python3
"""Train the unfair-clause sentence model (npm run train) and write src/model/unfair-model.json.

One L2-regularised logistic regression per UNFAIR-ToS label (one-vs-rest) over hashed word n-grams
(and, with the parameters below, character n-grams, the sentence before and the heading above), as
src/model/features.ts computes them, and the eight rule outputs of classifyUnfair behind their word
gates (gatedRules of src/model/unfair.ts, computed by the built library through node). This file is
the specification of the n-gram features; the TypeScript is checked against it (test/model.test.ts).

Model selection and the reported figures use document-level cross-validation only: GroupKFold over
the documents, so no document has sentences on both sides of a split. Per-label thresholds are chosen
inside each training fold by an inner GroupKFold over the training documents, then applied to the
held-out documents; the weights are quantised to int8 inside every fold exactly as they are shipped.
The shipped model is fitted on all 41 documents, with thresholds from a GroupKFold over all of them.

Deterministic: GroupKFold does not shuffle, liblinear runs with a fixed random_state, and the asset is
written with sorted keys and fixed rounding, so the same inputs give the same bytes.

Usage: scripts/train-unfair.py [--data DIR] [--out FILE] [--check]
  --check  refit the shipped model only (no cross-validation) and exit 1 unless the inputs and the
           fitted weights and biases hash to what FILE records (about half a minute).
Needs python3 with scikit-learn (Debian: apt-get install -y python3-sklearn) and, when rules are
features, a built dist/ (npm run build) to compute the rule outputs with node.
"""
import argparse
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.linear_model import LogisticRegression
from joblib import Parallel, delayed
from sklearn.model_selection import GroupKFold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ['Arbitration', 'Unilateral change', 'Content removal', 'Jurisdiction', 'Choice of law',
          'Limitation of liability', 'Unilateral termination', 'Contract by using']
TAGS = {'a': 'Arbitration', 'ch': 'Unilateral change', 'cr': 'Content removal', 'j': 'Jurisdiction',
        'law': 'Choice of law', 'ltd': 'Limitation of liability', 'ter': 'Unilateral termination',
        'use': 'Contract by using'}

# Everything that decides the weights. Changing one changes inputsSha256, so the asset test fails
# until the model is retrained.
PARAMS = {
    'features': {'words': 2, 'charMin': 0, 'charMax': 0, 'bits': 18, 'prev': 0.0, 'head': 0.0},
    'rules': True,
    'C': 10.0,
    'classWeight': 'balanced',
    'outerFolds': 5,
    'innerFolds': 4,
    'seed': 0,
}
# labels are fitted in parallel; each fit is single-threaded and seeded, so the result does not depend on it
JOBS = int(os.environ.get('TRAIN_JOBS', '2'))
SAMPLE = os.path.join(ROOT, 'scripts', 'unfair-sample.txt')


# ---------------------------------------------------------------- features (the specification)

APOSTROPHES = str.maketrans({'\u2018': "'", '\u2019': "'", '`': "'"})
UPPER = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})
NOT = re.compile(r"n't(?![a-z0-9])")
TOKEN = re.compile(r'[a-z0-9]+')


def tokens(text):
    """Curly and grave apostrophes to ', ASCII A-Z to a-z, n't to ' not', then the runs of [a-z0-9]."""
    return TOKEN.findall(NOT.sub(' not', text.translate(APOSTROPHES).translate(UPPER)))


_hashes = {}


def fnv1a(s):
    """32-bit FNV-1a over the bytes of an ASCII string."""
    h = _hashes.get(s)
    if h is None:
        h = 0x811c9dc5
        for b in s.encode('ascii'):
            h = ((h ^ b) * 0x01000193) & 0xffffffff
        _hashes[s] = h
    return h


def feature_strings(text, spec, previous=None, heading=None):
    """(feature, count) pairs of a sentence in its context."""
    toks = tokens(text)
    for n in range(1, spec['words'] + 1):
        for i in range(len(toks) - n + 1):
            yield 'w%d:%s' % (n, ' '.join(toks[i:i + n])), 1.0
    if spec['charMax'] > 0:
        for t in toks:
            w = ' ' + t + ' '
            for n in range(spec['charMin'], spec['charMax'] + 1):
                for i in range(len(w) - n + 1):
                    yield 'c:' + w[i:i + n], 1.0
    if spec['prev'] > 0 and previous:
        for t in tokens(previous):
            yield 'p:' + t, spec['prev']
    if spec['head'] > 0 and heading:
        for t in tokens(heading):
            yield 'h:' + t, spec['head']


def featurize(text, spec, previous=None, heading=None):
    """{bucket: value}: counts per hashed bucket, 1 + ln(count) where the count is at least 1, unit length."""
    mask = (1 << spec['bits']) - 1
    counts = {}
    for f, c in feature_strings(text, spec, previous, heading):
        b = fnv1a(f) & mask
        counts[b] = counts.get(b, 0.0) + c
    values = {b: (1.0 + np.log(c) if c >= 1 else c) for b, c in counts.items()}
    norm = float(np.sqrt(sum(v * v for v in values.values())))
    return {b: v / norm for b, v in values.items()} if norm > 0 else values


def is_heading(text):
    """A short line without closing punctuation heads the sentences after it (CLAUDETTE keeps headings as lines)."""
    return 0 < len(tokens(text)) <= 6 and not text.rstrip().endswith(('.', ';', ':', ','))


# ---------------------------------------------------------------- data

def read_claudette(directory):
    """The labelled sentences, as src/eval/unfair.ts readClaudette reads them: (doc, text, labels)."""
    names = sorted(n for n in os.listdir(os.path.join(directory, 'sentences')) if n.endswith('.txt'))
    out = []
    for name in names:
        with open(os.path.join(directory, 'sentences', name), encoding='utf-8') as f:
            sentences = f.read().split('\n')
        with open(os.path.join(directory, 'tags', name), encoding='utf-8') as f:
            tags = f.read().split('\n')
        for i, text in enumerate(sentences):
            if not text.strip():
                continue
            labels = set()
            for tag in (tags[i] if i < len(tags) else '').split():
                label = TAGS.get(re.sub(r'\d+$', '', tag))
                if label and re.search(r'\d$', tag):
                    labels.add(label)
            out.append((name, text, [l for l in LABELS if l in labels]))
    return names, out


def contexts(data):
    """(previous sentence, heading) of every sentence, within its document."""
    out = []
    prev_doc, previous, heading = None, None, None
    for doc, text, _ in data:
        if doc != prev_doc:
            previous, heading = None, None
        out.append((previous, heading))
        if is_heading(text):
            heading = text
        previous, prev_doc = text, doc
    return out


def rule_labels(texts):
    """classifyUnfair of every text, computed by the built library (dist/) through node."""
    script = os.path.join(ROOT, 'scripts', 'rule-labels.mjs')
    run = subprocess.run(['node', script], input='\n'.join(json.dumps(t) for t in texts), capture_output=True,
                         text=True, check=True, cwd=ROOT)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == len(texts), 'rule-labels.mjs returned %d rows for %d texts' % (len(rows), len(texts))
    return rows


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def params_json(params):
    return json.dumps(params, sort_keys=True, separators=(',', ':'))


def inputs_digest(directory, names, rules, params):
    """The hash of everything the weights depend on: sha256 of the lines `name sha256-of-part`, sorted by name
    (the part `data` is itself that hash over the dataset's files).

    test/model.test.ts recomputes every part and the whole the same way."""
    # the documents enter as one part, so the asset names no document (nor the company behind it)
    files = []
    for name in names:
        for sub in ('sentences', 'tags'):
            with open(os.path.join(directory, sub, name), 'rb') as f:
                files.append(('%s/%s' % (sub, name), sha256(f.read())))
    files.sort()
    parts = [('data', sha256(''.join('%s %s\n' % p for p in files).encode('utf-8')))]
    for rel in ('scripts/train-unfair.py', 'scripts/unfair-sample.txt'):
        with open(os.path.join(ROOT, rel), 'rb') as f:
            parts.append((rel, sha256(f.read())))
    if rules is not None:
        parts.append(('rules', sha256(''.join('|'.join(r) + '\n' for r in rules).encode('utf-8'))))
    parts.append(('params', sha256(params_json(params).encode('utf-8'))))
    parts.sort()
    return sha256(''.join('%s %s\n' % p for p in parts).encode('utf-8')), parts


# ---------------------------------------------------------------- model

def design(data, ctx, rules, params):
    spec = params['features']
    rows, cols, vals = [], [], []
    for r, ((_, text, _), (previous, heading)) in enumerate(zip(data, ctx)):
        for b, v in featurize(text, spec, previous, heading).items():
            rows.append(r)
            cols.append(b)
            vals.append(v)
    X = sp.csr_matrix((vals, (rows, cols)), shape=(len(data), 1 << spec['bits']))
    if rules is not None:
        R = np.array([[1.0 if l in r else 0.0 for l in LABELS] for r in rules])
        X = sp.hstack([X, sp.csr_matrix(R)]).tocsr()
    return X


def fit(X, y, params):
    """Fitted (intercept, int8 weights, scale, rule weights) of one label."""
    m = LogisticRegression(C=params['C'], solver='liblinear', dual=True, class_weight=params['classWeight'],
                           max_iter=5000, random_state=params['seed'], tol=1e-6)
    m.fit(X, y)
    w = m.coef_[0]
    n = 1 << params['features']['bits']
    hashed, rule_w = w[:n], w[n:]
    scale = float(np.max(np.abs(hashed))) / 127.0 or 1.0
    q = np.clip(np.rint(hashed / scale), -127, 127).astype(np.int8)
    return float(m.intercept_[0]), q, scale, rule_w.astype(float)


def predict(model, X, n):
    intercept, q, scale, rule_w = model
    z = intercept + scale * (X[:, :n] @ q.astype(np.float64))
    if len(rule_w):
        z = z + X[:, n:] @ rule_w
    return 1.0 / (1.0 + np.exp(-z))


def best_threshold(y, p):
    """The probability cut that maximises F1 on (y, p): midway between two neighbouring scores."""
    order = np.argsort(-p, kind='stable')
    ys, ps = y[order], p[order]
    tp = np.cumsum(ys)
    fp = np.cumsum(1 - ys)
    f1 = 2 * tp / (tp + fp + ys.sum())
    distinct = np.append(ps[1:] < ps[:-1], True)  # cut only between different scores
    f1 = np.where(distinct, f1, -1)
    i = int(np.argmax(f1))
    return float((ps[i] + ps[i + 1]) / 2) if i + 1 < len(ps) else float(ps[i] * 0.5)


def oof(X, Y, groups, idx, j, folds, params):
    """Out-of-fold probabilities of label j over the rows idx, by GroupKFold over their documents."""
    n = 1 << params['features']['bits']
    p = np.zeros(len(idx))
    for tr, te in GroupKFold(n_splits=folds).split(idx, groups=groups[idx]):
        p[te] = predict(fit(X[idx[tr]], Y[idx[tr], j], params), X[idx[te]], n)
    return p


def figures(Y, P):
    labels = []
    for j, label in enumerate(LABELS):
        tp = int(((P[:, j] == 1) & (Y[:, j] == 1)).sum())
        fp = int(((P[:, j] == 1) & (Y[:, j] == 0)).sum())
        fn = int(((P[:, j] == 0) & (Y[:, j] == 1)).sum())
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        labels.append({'label': label, 'precision': round(precision, 4), 'recall': round(recall, 4),
                       'f1': round(f1, 4), 'tp': tp, 'fp': fp, 'fn': fn})
    return {'macroF1': round(sum(l['f1'] for l in labels) / len(labels), 4), 'labels': labels}


def cross_validate(X, Y, groups, params, log):
    """Document-level CV with thresholds chosen inside each training fold: the held-out predictions."""
    n = 1 << params['features']['bits']
    P = np.zeros_like(Y)

    def one(tr, te, j):
        th = best_threshold(Y[tr, j], oof(X, Y, groups, tr, j, params['innerFolds'], params))
        return predict(fit(X[tr], Y[tr, j], params), X[te], n) > th

    for k, (tr, te) in enumerate(GroupKFold(n_splits=params['outerFolds']).split(X, Y, groups)):
        for j, col in enumerate(Parallel(n_jobs=JOBS)(delayed(one)(tr, te, j) for j in range(len(LABELS)))):
            P[te, j] = col
        log('fold %d/%d: %d held-out documents' % (k + 1, params['outerFolds'], len(set(groups[te]))))
    return P


def final(X, Y, groups, params):
    """The shipped model: fitted on every document; thresholds from a GroupKFold over all of them."""
    n = 1 << params['features']['bits']
    def one(j):
        th = best_threshold(Y[:, j], oof(X, Y, groups, np.arange(len(Y)), j, params['outerFolds'], params))
        return fit(X, Y[:, j], params), round(th, 6)

    done = Parallel(n_jobs=JOBS)(delayed(one)(j) for j in range(len(LABELS)))
    return [d[0] for d in done], [d[1] for d in done]


def pack(models, thresholds, params):
    n = 1 << params['features']['bits']
    W = np.stack([m[1] for m in models], axis=1)  # bucket-major: bucket * labels + label
    # sparse: only the buckets with a weight that is not zero after quantisation
    rows = np.flatnonzero((W != 0).any(axis=1)).astype('<u4')
    weights = rows.tobytes() + W[rows].astype(np.int8).tobytes()
    intercepts = [round(m[0], 9) for m in models]
    scales = [float('%.9g' % m[2]) for m in models]
    rule_weights = [[round(float(x), 9) for x in m[3]] for m in models] if params['rules'] else []
    # the fitted part only: thresholds come from cross-validation, which --check does not repeat
    # (the bytes of the sparse weights, then intercepts, scales and rule weights as little-endian float64)
    floats = intercepts + scales + [x for row in rule_weights for x in row]
    digest = sha256(weights + np.array(floats, dtype='<f8').tobytes())
    return weights, intercepts, scales, rule_weights, digest


def asset_model(intercepts, scales, rule_weights, weights, params):
    """The shipped (rounded, quantised) model as numpy arrays, for the sample probabilities."""
    n = 1 << params['features']['bits']
    k = len(weights) // (4 + len(LABELS))
    rows = np.frombuffer(weights[:4 * k], dtype='<u4')
    W = np.zeros((n, len(LABELS)))
    W[rows] = np.frombuffer(weights[4 * k:], dtype=np.int8).reshape(k, len(LABELS))
    return np.array(intercepts), np.array(scales), np.array(rule_weights) if rule_weights else None, W


def probabilities(text, previous, heading, rules, model, params):
    intercepts, scales, rule_weights, W = model
    f = featurize(text, params['features'], previous, heading)
    z = intercepts.copy()
    for b, v in f.items():
        z += scales * v * W[b]
    if rule_weights is not None:
        r = np.array([1.0 if l in rules else 0.0 for l in LABELS])
        z += rule_weights @ r
    return [round(float(1.0 / (1.0 + np.exp(-x))), 12) for x in z]


def sample_features(s, params):
    """[bucket, value] of a sample sentence, by bucket: the TypeScript featurize must give the same."""
    c = s.get('context') or {}
    f = featurize(s['text'], params['features'], c.get('previous'), c.get('heading'))
    return [[int(b), round(float(v), 12)] for b, v in sorted(f.items())]


def read_sample():
    """Our own sentences (scripts/unfair-sample.txt): `text`, or `heading ⟩ previous ⟩ text`."""
    out = []
    with open(SAMPLE, encoding='utf-8') as f:
        for line in f.read().split('\n'):
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split(' \u27e9 ')
            if len(parts) == 3:
                out.append({'text': parts[2], 'context': {'heading': parts[0], 'previous': parts[1]}})
            else:
                out.append({'text': line})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--data', default=os.path.join(ROOT, '..', 'shared', 'datasets', 'claudette'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'src', 'model', 'unfair-model.json'))
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    log = lambda m: print('train: ' + m, file=sys.stderr, flush=True)
    params = PARAMS

    names, data = read_claudette(args.data)
    docs = sorted(set(d for d, _, _ in data))
    groups = np.array([docs.index(d) for d, _, _ in data])
    Y = np.array([[1 if l in labels else 0 for l in LABELS] for _, _, labels in data])
    sample = read_sample()
    rules = rule_labels([t for _, t, _ in data] + [s['text'] for s in sample]) if params['rules'] else None
    data_rules, sample_rules = (rules[:len(data)], rules[len(data):]) if rules else (None, [[]] * len(sample))
    digest, parts = inputs_digest(args.data, names, data_rules, params)
    log('%d sentences in %d documents; inputs %s' % (len(data), len(docs), digest[:12]))
    X = design(data, contexts(data), data_rules, params)

    if args.check:
        with open(args.out, encoding='utf-8') as f:
            shipped = json.load(f)
        models = Parallel(n_jobs=JOBS)(delayed(fit)(X, Y[:, j], params) for j in range(len(LABELS)))
        got = pack(models, [], params)[4]
        ok = shipped['training']['inputsSha256'] == digest and shipped['training']['weightsSha256'] == got
        print('inputs %s (asset %s); weights %s (asset %s): %s' % (digest[:12], shipped['training']['inputsSha256'][:12], got[:12], shipped['training']['weightsSha256'][:12], 'same' if ok else 'DIFFERENT'))
        sys.exit(0 if ok else 1)

    P = cross_validate(X, Y, groups, params, log)
    model_figures = figures(Y, P)
    R = np.array([[1 if l in r else 0 for l in LABELS] for r in (data_rules or rule_labels([t for _, t, _ in data]))])
    rules_figures = figures(Y, R)
    log('cross-validated macro-F1 %.4f (rules alone %.4f)' % (model_figures['macroF1'], rules_figures['macroF1']))
    models, thresholds = final(X, Y, groups, params)
    weights, intercepts, scales, rule_weights, wdigest = pack(models, thresholds, params)
    shipped = asset_model(intercepts, scales, rule_weights, weights, params)
    asset = {
        'format': 'tos-clauses/unfair-model@1',
        'labels': LABELS,
        'features': params['features'],
        'rules': params['rules'],
        'intercepts': intercepts,
        'ruleWeights': rule_weights,
        'scales': scales,
        'thresholds': thresholds,
        'weights': base64.b64encode(weights).decode('ascii'),
        'cv': {
            'method': 'GroupKFold over documents (%d folds; no document on both sides of a split); per-label '
                      'thresholds chosen by an inner %d-fold GroupKFold over the training documents of each fold; '
                      'int8 weights as shipped' % (params['outerFolds'], params['innerFolds']),
            'folds': params['outerFolds'],
            'model': model_figures,
            'rules': rules_figures,
        },
        'training': {
            'data': 'CLAUDETTE (Lippi et al. 2019; Galassi et al. 2024), English, CC BY 4.0',
            'sentences': len(data),
            'documents': len(docs),
            'params': params,
            'paramsJson': params_json(params),
            'inputs': dict(parts),
            'inputsSha256': digest,
            'weightsSha256': wdigest,
            'sklearn': sklearn.__version__,
        },
        'sample': [dict(s, rules=r, features=sample_features(s, params),
                        probabilities=probabilities(s['text'], (s.get('context') or {}).get('previous'),
                                                    (s.get('context') or {}).get('heading'), r, shipped, params))
                   for s, r in zip(sample, sample_rules)],
    }
    with open(args.out, 'w', encoding='utf-8') as f:
        json.dump(asset, f, sort_keys=True, separators=(',', ':'))
        f.write('\n')
    log('wrote %s (%d bytes); weights %s' % (os.path.relpath(args.out, ROOT), os.path.getsize(args.out), wdigest[:12]))
    print(json.dumps({'macroF1': model_figures['macroF1'], 'rulesMacroF1': rules_figures['macroF1'],
                      'inputsSha256': digest, 'weightsSha256': wdigest}))


if __name__ == '__main__':
    main()
