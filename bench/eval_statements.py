"""How well the checker's verdicts agree with labelled statements: precision, recall and F1.

`make eval` reads, when they are there:
  (a) ../shared/eval/smart_dev.jsonl: statements written the way council plans are written;
  (b) ../shared/eval/smart_public_dev.jsonl: statements from public web pages, each labelled by its
      own source (noisy, partly off-domain: a check on how the reading generalises);
  (c) bench/seed_statements.jsonl: statements in the guidance's own words (the seeds), labelled
      from what the seed says of them.
Each line has text, kind and label ("good" or "poor"). "Needs work" on a poor statement is a true
positive. Nothing here teaches the checker: the files only measure it. Files that are missing are
named and skipped, so the command works in any checkout.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from familyplan.smart import Context, explain_statement

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "eval"
FILES = {
    "a": SHARED / "smart_dev.jsonl",
    "b": SHARED / "smart_public_dev.jsonl",
    "c": HERE / "seed_statements.jsonl",
}


def evaluate(path: Path, show_errors: bool = False) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        context = Context(who=row.get("who", ""), when=row.get("when", ""))
        explained = explain_statement(row["text"], row["kind"], context=context)
        predicted = explained.verdict == "needs-work"
        actual = row["label"] == "poor"
        cell = ("tp" if actual else "fp") if predicted else ("fn" if actual else "tn")
        for key in (row["kind"], "overall"):
            counts[key][cell] += 1
        if show_errors and cell in ("fp", "fn"):
            rules = [f.rule for f in explained.findings if f.severity.needs_work]
            print(f"{cell} [{row['kind']}] {row['text']!r} -> {rules}", file=sys.stderr)
    results = {}
    for kind, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        results[kind] = {"precision": precision, "recall": recall, "f1": f1, "n": sum(c.values())}
    return results


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    show_errors = "--errors" in sys.argv
    files = {f"file{i}": Path(a) for i, a in enumerate(args)} if args else FILES
    found_any = False
    for name, path in files.items():
        if not path.exists():
            print(f"# {name}: {path} is not in this checkout, skipped", file=sys.stderr)
            continue
        found_any = True
        results = evaluate(path, show_errors)
        print(f"# {name}: {path.name}")
        for kind in sorted(results, key=lambda k: (k == "overall", k)):
            r = results[kind]
            for measure in ("precision", "recall", "f1"):
                print(f"{name}_{kind}_{measure}: {r[measure]:.3f}")
            print(f"{name}_{kind}_statements: {r['n']}")
    if not found_any:
        sys.exit("no labelled statements found (see bench/eval_statements.py for where they are read from)")


if __name__ == "__main__":
    main()
