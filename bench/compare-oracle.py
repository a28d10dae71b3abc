#!/usr/bin/env python3
"""Compares an `ssot scan --format json` report with an oracle.json from bench/Oracle.

Usage: bench/compare-oracle.py <engine-report.json> <oracle.json>
Prints recall, false reports and every difference; exits 1 on any difference.
Only SSOT001 and SSOT002 are judged (the oracle's rules). Locations: rule, repo-relative file, line, column, symbol;
the target frameworks of each finding are compared too.
"""
import json, sys

engine = json.load(open(sys.argv[1]))
oracle = json.load(open(sys.argv[2]))

def key(rule, f, line, col, sym):
    return (rule, f, line, col, sym)

mine = {}
for v in engine["violations"]:
    if v["ruleId"] in ("SSOT001", "SSOT002"):
        tfms = ";".join(sorted((v.get("targetFrameworks") or "").split(";"))) if v.get("targetFrameworks") else ""
        mine[key(v["ruleId"], v["file"], v["line"], v["column"], v["symbol"])] = tfms
truth = {}
for f in oracle["findings"]:
    truth[key(f["rule"], f["file"], f["line"], f["column"], f["symbol"])] = ";".join(sorted(f.get("tfms", [])))

missed = sorted(set(truth) - set(mine))
false = sorted(set(mine) - set(truth))
tfm = sorted(k for k in set(mine) & set(truth) if mine[k] != truth[k])
found = len(set(truth) & set(mine))
print(f"oracle findings: {len(truth)}; engine findings (SSOT001/SSOT002): {len(mine)}")
print(f"recall: {found}/{len(truth)} = {100.0 * found / max(1, len(truth)):.1f} %; false reports: {len(false)}; TFM differences: {len(tfm)}")
for k in missed:
    print("MISSED", *k)
for k in false:
    print("FALSE ", *k)
for k in tfm:
    print("TFMS  ", *k, "engine:", mine[k], "oracle:", truth[k])
sys.exit(1 if missed or false or tfm else 0)
