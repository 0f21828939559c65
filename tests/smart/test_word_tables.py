"""The checker's word tables load from a plain copy in the cache folder, and a missing,
damaged or unwritable copy never stops the checker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from familyplan.smart import words


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FAMILYPLAN_CACHE_DIR", str(tmp_path / "cache"))
    words._dictionary.cache_clear()
    yield tmp_path / "cache"
    words._dictionary.cache_clear()


def test_the_first_run_keeps_a_copy_that_later_runs_read(cache_folder: Path) -> None:
    assert words.verb_lemma("walks") == "walk"
    copies = list(cache_folder.glob("lemminflect-*-lemmas.json"))
    assert len(copies) == 1

    words._dictionary.cache_clear()
    assert words.verb_lemma("went") == "go"


def test_a_damaged_copy_is_read_again_from_lemminflect(cache_folder: Path) -> None:
    words.lemmas("walk")
    copy = next(cache_folder.glob("lemminflect-*-lemmas.json"))
    copy.write_text('{"half a file', encoding="utf-8")
    words._dictionary.cache_clear()

    assert words.verb_lemma("walks") == "walk"
    assert copy.read_text(encoding="utf-8").startswith("[{")


def test_a_folder_that_cannot_be_written_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("FAMILYPLAN_CACHE_DIR", str(blocked))
    words._dictionary.cache_clear()
    try:
        assert words.verb_lemma("walks") == "walk"
    finally:
        words._dictionary.cache_clear()
