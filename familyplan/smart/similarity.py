"""Finding near-duplicates among short texts without comparing every pair."""

from __future__ import annotations

import math
from collections.abc import Iterator


def similar_pairs(sets: list[set[str]], threshold: float) -> Iterator[tuple[int, int]]:
    """For each set, the first earlier set with a Jaccard similarity of at least ``threshold``.

    Two sets that alike must share one of their rarest words (prefix filtering): with the
    words of each set ordered rarest first, a set of n words has to share one of its first
    n - ceil(threshold * n) + 1 with any set that alike. So only sets that share such a word
    are compared, not every pair.
    """
    frequency: dict[str, int] = {}
    for words_ in sets:
        for word in words_:
            frequency[word] = frequency.get(word, 0) + 1
    by_prefix_word: dict[str, list[int]] = {}
    for i, words_ in enumerate(sets):
        ordered = sorted(words_, key=lambda word: (frequency[word], word))
        prefix = ordered[: len(ordered) - math.ceil(threshold * len(ordered) - 1e-9) + 1]
        candidates = sorted({j for word in prefix for j in by_prefix_word.get(word, ())})
        for j in candidates:
            other = sets[j]
            if len(words_ & other) / len(words_ | other) >= threshold:
                yield i, j
                break
        for word in prefix:
            by_prefix_word.setdefault(word, []).append(i)
