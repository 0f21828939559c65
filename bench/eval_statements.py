"""Precision and recall of "needs-work" against statements labelled "poor".

Reads ../shared/eval/smart_dev.jsonl (or the file named on the command line):
each line has text, kind and label ("good" or "poor").
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from familyplan.smart import check_statement, needs_work

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "smart_dev.jsonl"


def evaluate(path: Path, show_errors: bool = False) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        findings = check_statement(row["text"], row["kind"])
        predicted = needs_work(findings)
        actual = row["label"] == "poor"
        cell = ("tp" if actual else "fp") if predicted else ("fn" if actual else "tn")
        for key in (row["kind"], "overall"):
            counts[key][cell] += 1
        if show_errors and cell in ("fp", "fn"):
            rules = [f.rule for f in findings if f.severity.needs_work]
            print(f"{cell} [{row['kind']}] {row['text']!r} -> {rules}", file=sys.stderr)
    results = {}
    for kind, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        results[kind] = {"precision": precision, "recall": recall, "n": sum(c.values())}
    return results


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(args[0]) if args else DEFAULT
    if not path.exists():
        sys.exit(f"{path}: no such file (give the labelled statements file as an argument)")
    results = evaluate(path, show_errors="--errors" in sys.argv)
    for kind in sorted(results, key=lambda k: (k == "overall", k)):
        r = results[kind]
        print(f"{kind}_precision: {r['precision']:.3f}")
        print(f"{kind}_recall: {r['recall']:.3f}")
        print(f"{kind}_statements: {r['n']}")


if __name__ == "__main__":
    main()
