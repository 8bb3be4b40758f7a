#!/usr/bin/env python3
# Run: python3 golden/herleitung/mietenstufen_entwurf.py tables/mietenstufen-2023.tab tables/mietenstufen-2027-entwurf.tab > tests/mietenstufen-entwurf.txt
# Independent reference for the draft name matching (tests/mietenstufen-entwurf.txt): the 77 rows of
# the 2023 list that the engine could not match before issue 22, with the outcome of matching after
# normalising spaces, punctuation and abbreviations — written from the rule in docs/mietenstufen.md,
# not from the engine's code.
import csv, io, re, sys
def lies(p):
    t = open(p, encoding='utf-8').read().split('\ndaten\n', 1)[1]
    rows = list(csv.reader(io.StringIO(t)))
    return [dict(zip(rows[0], r)) for r in rows[1:] if r and not r[0].startswith('#')]
a = lies(sys.argv[1]); b = lies(sys.argv[2])
ABK = {'a': ('am', 'an'), 'b': ('bei',), 'd': ('der',), 'i': ('im', 'in'), 'st': ('sankt',)}
def woerter(name):
    base = name.split(',')[0]
    out = []
    for m in re.finditer(r'[^ ./()\-]+', base):
        abk = m.end() < len(base) and base[m.end()] == '.'
        out.append((m.group(0), abk))
    return out
def steht_fuer(k, v):
    k, v = k.lower(), v.lower()
    if k in ABK: return v in ABK[k]
    return len(v) > len(k) and v.startswith(k)
def gleich(x, y):
    X, Y = woerter(x), woerter(y)
    if not X or len(X) != len(Y): return False
    for (wx, ax), (wy, ay) in zip(X, Y):
        if ax == ay and wx == wy: continue
        if ax and not ay and steht_fuer(wx, wy): continue
        if ay and not ax and steht_fuer(wy, wx): continue
        return False
    return True
def alt(r):
    ex = [x for x in b if x['land'] == r['land'] and x['art'] == r['art'] and x['name'] == r['name']]
    if ex: return ex
    base = r['name'].split(',')[0]
    return [x for x in b if x['land'] == r['land'] and x['art'] == r['art'] and x['name'].split(',')[0] == base]
def neu(r):
    m = alt(r)
    if m: return m
    return [x for x in b if x['land'] == r['land'] and x['art'] == r['art'] and gleich(r['name'], x['name'])]
for r in a:
    if r['art'] not in ('gemeinde', 'kreis') or len(alt(r)) == 1: continue
    m = neu(r)
    ags = r['ags'] if r['art'] == 'gemeinde' else r['ags'] + '999'
    ergebnis = m[0]['mietenstufe'] if len(m) == 1 else 'nicht_zuzuordnen'
    wer = m[0]['name'] if len(m) == 1 else ('mehrere' if m else 'keine Zeile')
    print(f"{ags} {ergebnis} # {r['art']} {r['name']} ({r['land']}) -> {wer}")
