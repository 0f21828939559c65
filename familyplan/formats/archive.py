"""Checks on a Word or Excel file's zip archive before a library opens it.

python-docx and openpyxl report a damaged or wrong file with whatever error
their zip or XML layer raises, some only half-way through reading. Checking the
archive first gives the person a reason they can act on.

It also refuses archives that would cost far more to read than any plan: every
member is unpacked here, in chunks, counting the bytes that really come out
(a zip's header can lie about them), and stopping at the limits
(``familyplan.plan.limits``). XML that declares a document type or entities is
refused: Office files never need them, and entity expansion is how small XML
files become huge ones.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from familyplan.formats.errors import ReadError
from familyplan.plan.limits import LimitExceeded, Limits, count, current, size

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 64 * 1024
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_XML_SUFFIXES = (".xml", ".rels", ".vml")


@dataclass(frozen=True)
class OfficeKind:
    name: str  # "a Word file"
    extension: str
    main_part: str  # the part every such file has
    older_format: str  # what an OLE file with this extension usually is
    streamed: Callable[[str], bool]  # parts the reader streams rather than builds whole in memory


WORD = OfficeKind("a Word file", ".docx", "word/document.xml", ".doc", lambda name: False)
# openpyxl's read-only mode streams worksheets; shared strings and the rest it reads whole.
EXCEL = OfficeKind(
    "an Excel workbook", ".xlsx", "xl/workbook.xml", ".xls", lambda name: name.startswith("xl/worksheets/")
)
_OTHERS = {WORD.main_part: "a Word file", EXCEL.main_part: "an Excel workbook"}


def check_office_archive(path: Path, kind: OfficeKind, limits: Limits | None = None) -> bytes:
    """``kind``'s main part, unpacked; ReadError unless ``path`` is an undamaged zip archive
    holding that part that unpacks within the limits.

    The main part comes back because it has just been unpacked and checked: a reader
    that needs only that part parses these bytes instead of unpacking it again.
    """
    not_it = f"not {kind.name}"
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == _OLE_SIGNATURE:
        raise ReadError(
            path,
            f"{not_it}: it is an older Office file ({kind.older_format}) or is protected by a password; "
            f"save it as {kind.extension} without a password",
        )
    if not head.startswith(b"PK"):
        raise ReadError(path, f"{not_it} (it is not a zip archive, as {kind.extension} files are)")
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_members(path, archive, kind, not_it, limits or current())
    except LimitExceeded as error:
        raise ReadError(path, str(error)) from error
    # zlib, NotImplementedError (an unknown compression) and RuntimeError (an encrypted
    # member) come out of reading a damaged or unusual archive.
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as error:
        raise ReadError(path, f"{not_it} (the zip archive is damaged)") from error


def _check_members(
    path: Path, archive: zipfile.ZipFile, kind: OfficeKind, not_it: str, limits: Limits
) -> bytes:
    members = archive.infolist()
    if len(members) > limits.archive_members:
        raise LimitExceeded(
            "the zip archive", f"{count(limits.archive_members)} files inside it", "archive_members"
        )
    names = {member.filename for member in members}
    if kind.main_part not in names:
        other = next((what for part, what in _OTHERS.items() if part in names), None)
        detail = f"it looks like {other}" if other else "a zip archive without a document in it"
        raise ReadError(path, f"{not_it} ({detail})")
    budget = _Budget(path, limits)
    main: list[bytes] = []
    with path.open("rb") as raw:
        for member in members:
            if not member.is_dir():
                is_main = member.filename == kind.main_part
                if is_main:
                    main.clear()  # of two members with one name, readers take the last
                _unpack(raw, member, kind, budget, main if is_main else None)
    return b"".join(main)


class _Damaged(ValueError):
    """Caught with the zip errors: the archive is damaged."""


class _Budget:
    def __init__(self, path: Path, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.unpacked = 0
        self.xml = 0
        self.tags = 0
        self.cells = 0

    def streamed(self, name: str, before: bytes, chunk: bytes, rows: int) -> int:
        """Count what a streamed part (an Excel sheet) holds; ``before``: the bytes just before ``chunk``."""

        def seen(pattern: bytes) -> int:
            # A pattern split between the chunks counts once: only its end is in ``chunk``.
            return (
                (before[-(len(pattern) - 1) :] + chunk).count(pattern)
                if len(pattern) > 1
                else chunk.count(pattern)
            )

        rows += seen(b"<row ") + seen(b"<row>")
        if rows > self.limits.rows:
            where = f"part '{name}' (a sheet), row {count(self.limits.rows + 1)}"
            raise LimitExceeded(where, f"{count(self.limits.rows)} rows", "rows")
        self.cells += seen(b"<c ") + seen(b"<c>")
        if self.cells > self.limits.cells:
            raise LimitExceeded(
                f"part '{name}' (a sheet)", f"{count(self.limits.cells)} cells in the file", "cells"
            )
        # Every tag starts with "<" (and so do comments and the declaration: near enough).
        self.tags += seen(b"<")
        if self.tags > self.limits.xml_tags:
            raise LimitExceeded(
                f"part '{name}'", f"{count(self.limits.xml_tags)} XML tags in all", "xml_tags"
            )
        return rows

    def add(self, name: str, amount: int, whole_xml: bool) -> None:
        self.unpacked += amount
        if self.unpacked > self.limits.unpacked_bytes:
            raise LimitExceeded(
                f"part '{name}'", f"{size(self.limits.unpacked_bytes)} unpacked in all", "unpacked_bytes"
            )
        if whole_xml:
            self.xml += amount
            if self.xml > self.limits.xml_bytes:
                raise LimitExceeded(
                    f"part '{name}'", f"{size(self.limits.xml_bytes)} of XML to read whole", "xml_bytes"
                )


def _compressed_chunks(raw: BinaryIO, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's stored bytes, straight from the file (its local header is skipped, not trusted)."""
    raw.seek(member.header_offset)
    local = raw.read(30)
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise _Damaged("no local header")
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    raw.seek(member.header_offset + 30 + name_length + extra_length)
    left = member.compress_size
    while left > 0:
        chunk = raw.read(min(_CHUNK, left))
        if not chunk:
            raise _Damaged("cut short")
        left -= len(chunk)
        yield chunk


def _unpacked_chunks(raw: BinaryIO, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member unpacked, in chunks of at most _CHUNK bytes, however large its header says it is."""
    if member.flag_bits & 0x1:
        raise _Damaged("encrypted")
    if member.compress_type == zipfile.ZIP_STORED:
        yield from _compressed_chunks(raw, member)
        return
    if member.compress_type != zipfile.ZIP_DEFLATED:
        raise _Damaged("unknown compression")
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    for chunk in _compressed_chunks(raw, member):
        data = inflate.decompress(chunk, _CHUNK)
        while data:
            yield data
            data = inflate.decompress(inflate.unconsumed_tail, _CHUNK) if inflate.unconsumed_tail else b""
    if tail := inflate.flush():
        yield tail


def _unpack(
    raw: BinaryIO, member: zipfile.ZipInfo, kind: OfficeKind, budget: _Budget, keep: list[bytes] | None
) -> None:
    """Unpack one member to its end, counting the bytes that really come out against the limits
    (and adding them to ``keep`` when given).

    The zip's own idea of the size is checked only afterwards: a header that understates
    the size is how an archive of a few kilobytes hides gigabytes.
    """
    name = member.filename
    is_xml = name.lower().endswith(_XML_SUFFIXES)
    whole_xml = is_xml and not kind.streamed(name)
    tail = b""
    rows = 0
    real_size = 0
    crc = 0
    for chunk in _unpacked_chunks(raw, member):
        budget.add(name, len(chunk), whole_xml)
        if keep is not None:
            keep.append(chunk)
        real_size += len(chunk)
        crc = zlib.crc32(chunk, crc)
        if is_xml and not whole_xml:
            # The reader streams these, but may first scan them whole (openpyxl does, for a
            # sheet that does not give its size): bounded by the number of tags.
            rows = budget.streamed(name, tail, chunk, rows)
        if is_xml:
            window = tail + chunk
            if any(declaration in window for declaration in _DECLARATIONS):
                raise ReadError(
                    budget.path,
                    f"part '{name}' declares a document type or entities, which Office files never "
                    "do; it was not read",
                )
            tail = window[-16:]
    if real_size != member.file_size or crc != member.CRC:
        raise _Damaged("size or checksum does not match")
