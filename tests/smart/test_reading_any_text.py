"""Whatever a practitioner types, the checker reads it without failing, and every part it
shows is a real piece of the text at the place it says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from familyplan.smart import Context, explain_statement

# Words and marks plans are made of, so that generated text reaches the reader's deeper paths.
_PIECES = st.sampled_from(
    [
        "Mum",
        "Dad",
        "Ben",
        "[child]",
        "XXX",
        "will",
        "won't",
        "to",
        "be",
        "able",
        "not",
        "no",
        "longer",
        "every",
        "Monday",
        "3.4.2025",
        "14/03/2025",
        "by",
        "at",
        "least",
        "80%",
        "times",
        "a",
        "week",
        "if",
        "when",
        "after",
        "school",
        ",",
        ".",
        ";",
        "(",
        ")",
        "-",
        "'",
        "CAMHS",
        "Health",
        "Visitor",
        "and",
        "or",
        "review",
        "until",
        "attend",
        "support",
        "monitor",
        "referral",
        "on",
        "her",
        "own",
        "without",
        "help",
    ]
)
_TEXT = st.one_of(st.text(max_size=120), st.lists(_PIECES, max_size=30).map(" ".join))
_KINDS = st.sampled_from(["outcome", "action", "who", "when", "contingency"])


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, kind=_KINDS, who=st.sampled_from(["", "Mum"]), when=st.sampled_from(["", "Every Monday"]))
def test_any_text_is_read_and_every_part_points_into_it(text: str, kind: str, who: str, when: str) -> None:
    explained = explain_statement(text, kind, context=Context(who=who, when=when))

    assert explained.verdict in ("ok", "needs-work")
    for slot in explained.reading.slots:
        assert 0 <= slot.start < slot.end <= len(text)
        assert text[slot.start : slot.end] == slot.text
    for finding in explained.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
