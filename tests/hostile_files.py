"""A corpus of hostile plan files, built on demand (nothing large is kept in the repository).

Each entry is a file a careless export or an attacker might hand to `familyplan check`,
`familyplan import` or the API, and the limit (familyplan/plan/limits.py) that must refuse
it. Used by tests/security/test_limits.py and by `make bench` (bench/hostile.py).

    python -m tests.hostile_files FOLDER    # writes the corpus into FOLDER
"""

from __future__ import annotations

import json
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from tests.formats.builders import SEED_000_ROWS, write_docx

MB = 1024 * 1024
_PARAGRAPH = b'<w:p><w:r><w:t xml:space="preserve">Mum will take Ben to school every day. </w:t></w:r></w:p>'


@dataclass(frozen=True)
class Hostile:
    name: str  # the file's name; its extension picks the reader
    limit: str  # what the refusal must name, e.g. "FAMILYPLAN_LIMIT_ROWS"
    build: Callable[[Path], None]


def _replace_part(
    source: Path, target: Path, part: str, write: Callable[[zipfile.ZipFile, str], None]
) -> None:
    """A copy of the Office file ``source`` with ``part`` written by ``write`` (streamed, never held whole)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            if item.filename == part:
                write(copy, part)
            else:
                copy.writestr(item, original.read(item))


def _stream_member(
    archive: zipfile.ZipFile, name: str, head: bytes, body: bytes, times: int, end: bytes
) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as stream:
        stream.write(head)
        block = body * 1000
        for _ in range(times // 1000):
            stream.write(block)
        stream.write(body * (times % 1000))
        stream.write(end)


_DOCUMENT_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_DOCUMENT_END = b"</w:body></w:document>"


def _word(folder: Path) -> Path:
    template = folder / "_template.docx"
    if not template.exists():
        write_docx(template, SEED_000_ROWS)
    return template


def word_bomb_honest(path: Path) -> None:
    """A Word file of under 1 MB whose document unpacks to about 400 MB, and says so in its header."""

    def write(archive: zipfile.ZipFile, part: str) -> None:
        _stream_member(archive, part, _DOCUMENT_HEAD, _PARAGRAPH, 4_500_000, _DOCUMENT_END)

    _replace_part(_word(path.parent), path, "word/document.xml", write)


def _understate_size(path: Path, part: str, claimed: int) -> None:
    """Rewrite the zip's central directory so ``part`` claims to unpack to ``claimed`` bytes
    (with a checksum to match what those bytes would be: nothing else gives it away)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        start = archive.start_dir
        with archive.open(part) as stream:
            crc = zlib.crc32(stream.read(claimed))
    name = part.encode()
    at = data.find(b"PK\x01\x02", start)
    while at != -1:
        name_length = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if data[at + 46 : at + 46 + name_length] == name:
            data[at + 16 : at + 20] = struct.pack("<I", crc)
            data[at + 24 : at + 28] = struct.pack("<I", claimed)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def word_bomb_lying(path: Path) -> None:
    """The same bomb, with headers that claim the document is 2 KB."""

    def write(archive: zipfile.ZipFile, part: str) -> None:
        _stream_member(archive, part, _DOCUMENT_HEAD, _PARAGRAPH, 4_500_000, _DOCUMENT_END)

    _replace_part(_word(path.parent), path, "word/document.xml", write)
    _understate_size(path, "word/document.xml", 2048)


def word_media_bomb(path: Path) -> None:
    """A Word file with a 'picture' that unpacks to 300 MB of zeros."""

    def write(archive: zipfile.ZipFile, part: str) -> None:
        with zipfile.ZipFile(_word(path.parent)) as original:
            archive.writestr(part, original.read(part))
        _stream_member(archive, "word/media/image1.png", b"", b"\x00" * 1024, 300 * 1024, b"")

    _replace_part(_word(path.parent), path, "word/document.xml", write)


def _laughs() -> bytes:
    """A document type whose entity &lol9; expands to a billion "lol"s."""
    entities = ['<!ENTITY lol0 "lol">']
    for n in range(1, 10):
        entities.append(f'<!ENTITY lol{n} "' + f"&lol{n - 1};" * 10 + '">')
    return ('<?xml version="1.0"?>\n<!DOCTYPE lolz [' + "".join(entities) + "]>\n").encode()


_LAUGHS = _laughs()


def word_entity_bomb(path: Path) -> None:
    """A Word document that declares nested entities (a "billion laughs")."""
    body = (
        _LAUGHS
        + b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    _replace_part(
        _word(path.parent), path, "word/document.xml", lambda archive, part: archive.writestr(part, body)
    )


def word_huge_cell(path: Path) -> None:
    """A plan table with one action of 100,000 characters."""
    rows = [list(row) for row in SEED_000_ROWS]
    rows[0][1] = "Mum will read with Ben every night. " * 2800
    write_docx(path, rows)


def _workbook(folder: Path) -> Path:
    template = folder / "_template.xlsx"
    if not template.exists():
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Plan"
        sheet.append(["Family Goal", "How will this happen", "Who will do this", "When will we do this"])
        workbook.save(template)
    return template


_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_END = b"</sheetData></worksheet>"


def excel_million_rows(path: Path) -> None:
    """A workbook whose sheet 'Plan' has 1,000,000 rows."""

    def write(archive: zipfile.ZipFile, part: str) -> None:
        row = b'<row><c t="inlineStr"><is><t>Mum will walk Ben to school.</t></is></c></row>'
        _stream_member(archive, part, _SHEET_HEAD, row, 1_000_000, _SHEET_END)

    _replace_part(_workbook(path.parent), path, "xl/worksheets/sheet1.xml", write)


def excel_wide_rows(path: Path) -> None:
    """A workbook of 2,000 rows of 200 cells each: few rows, far too many cells."""

    def write(archive: zipfile.ZipFile, part: str) -> None:
        cell = b'<c t="inlineStr"><is><t>x</t></is></c>'
        row = b"<row>" + cell * 200 + b"</row>"
        _stream_member(archive, part, _SHEET_HEAD, row, 2_000, _SHEET_END)

    _replace_part(_workbook(path.parent), path, "xl/worksheets/sheet1.xml", write)


def excel_entity_bomb(path: Path) -> None:
    """A workbook whose shared strings declare nested entities."""
    body = (
        _LAUGHS + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )

    def write(archive: zipfile.ZipFile, part: str) -> None:
        with zipfile.ZipFile(_workbook(path.parent)) as original:
            archive.writestr(part, original.read(part))
        archive.writestr("xl/sharedStrings.xml", body)

    _replace_part(_workbook(path.parent), path, "xl/workbook.xml", write)


def csv_50_mb(path: Path) -> None:
    """A CSV file of 50 MB."""
    row = b"Ben will be in school every day,Mum will walk Ben to school,Mum (Parent),19.01.2024\r\n"
    with path.open("wb") as handle:
        handle.write(b"Family Goal,How will this happen,Who will do this,When will we do this\r\n")
        block = row * 10_000
        while handle.tell() < 50 * MB:
            handle.write(block)


def csv_many_rows(path: Path) -> None:
    """A CSV file of 5 MB: small enough to read, with 200,000 rows."""
    row = b"Ben in school,Walk Ben,Mum,19.01.2024\n"
    with path.open("wb") as handle:
        handle.write(b"Family Goal,How will this happen,Who will do this,When will we do this\n")
        handle.write(row * 200_000)


def json_deep(path: Path) -> None:
    """A JSON plan nested 100,000 lists deep."""
    path.write_text('{"goals": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")


def json_many_actions(path: Path) -> None:
    """A JSON plan of 24,000 actions (about 2 MB)."""
    action = {"how": "Mum will walk Ben to school every day.", "who": "Mum", "when": "19.01.2024"}
    goals = [{"outcome": f"Ben will be in school {n}.", "actions": [action] * 240} for n in range(100)]
    path.write_text(json.dumps({"goals": goals}), encoding="utf-8")


def yaml_aliases(path: Path) -> None:
    """A YAML "billion laughs": each alias repeats the one before it nine times."""
    lines = ['a0: &a0 ["lol"]']
    for n in range(1, 10):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    lines.append("goals: *a9")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def word_at_the_xml_limit(path: Path, xml_bytes: int) -> None:
    """Not hostile, just large: a Word file whose parts come to just under ``xml_bytes`` of XML,
    every byte of it empty paragraphs (the most memory an XML parser can be made to use)."""
    template = _word(path.parent)
    with zipfile.ZipFile(template) as original:
        others = sum(item.file_size for item in original.infolist() if item.filename != "word/document.xml")
    paragraphs = (xml_bytes - others - len(_DOCUMENT_HEAD) - len(_DOCUMENT_END) - 1024) // len(b"<w:p/>")

    def write(archive: zipfile.ZipFile, part: str) -> None:
        _stream_member(archive, part, _DOCUMENT_HEAD, b"<w:p/>", paragraphs, _DOCUMENT_END)

    _replace_part(template, path, "word/document.xml", write)


CORPUS = [
    Hostile("word-bomb-honest-header.docx", "FAMILYPLAN_LIMIT_XML_BYTES", word_bomb_honest),
    Hostile("word-bomb-lying-header.docx", "FAMILYPLAN_LIMIT_XML_BYTES", word_bomb_lying),
    Hostile("word-media-bomb.docx", "FAMILYPLAN_LIMIT_UNPACKED_BYTES", word_media_bomb),
    Hostile("word-entity-bomb.docx", "declares a document type or entities", word_entity_bomb),
    Hostile("word-huge-cell.docx", "FAMILYPLAN_LIMIT_CELL_CHARS", word_huge_cell),
    Hostile("excel-million-rows.xlsx", "FAMILYPLAN_LIMIT_ROWS", excel_million_rows),
    Hostile("excel-wide-rows.xlsx", "FAMILYPLAN_LIMIT_CELLS", excel_wide_rows),
    Hostile("excel-entity-bomb.xlsx", "declares a document type or entities", excel_entity_bomb),
    Hostile("csv-50-mb.csv", "FAMILYPLAN_LIMIT_FILE_BYTES", csv_50_mb),
    Hostile("csv-many-rows.csv", "FAMILYPLAN_LIMIT_ROWS", csv_many_rows),
    Hostile("json-deep.json", "FAMILYPLAN_LIMIT_NESTING", json_deep),
    Hostile("json-many-actions.json", "FAMILYPLAN_LIMIT_ACTIONS", json_many_actions),
    Hostile("yaml-aliases.yaml", "aliases", yaml_aliases),
]


def build(folder: Path) -> list[tuple[Hostile, Path]]:
    """Write every file of the corpus into ``folder`` (skipping those already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for item in CORPUS:
        path = folder / item.name
        if not path.exists():
            item.build(path)
        built.append((item, path))
    return built


if __name__ == "__main__":
    for item, path in build(Path(sys.argv[1])):
        print(f"{path} ({path.stat().st_size:,} bytes): refused naming {item.limit}")
