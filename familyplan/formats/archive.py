"""Checks on a Word or Excel file's zip archive before a library opens it.

python-docx and openpyxl report a damaged or wrong file with whatever error
their zip or XML layer raises, some only half-way through reading. Checking the
archive first gives the person a reason they can act on, and refuses archives
that would unpack to far more than any plan (zip bombs).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from familyplan.formats.errors import ReadError

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNPACKED_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class OfficeKind:
    name: str  # "a Word file"
    extension: str
    main_part: str  # the part every such file has
    older_format: str  # what an OLE file with this extension usually is


WORD = OfficeKind("a Word file", ".docx", "word/document.xml", ".doc")
EXCEL = OfficeKind("an Excel workbook", ".xlsx", "xl/workbook.xml", ".xls")
_OTHERS = {WORD.main_part: "a Word file", EXCEL.main_part: "an Excel workbook"}


def check_office_archive(path: Path, kind: OfficeKind) -> None:
    """Raise ReadError unless ``path`` is an undamaged zip archive holding ``kind``'s main part."""
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
            _check_members(path, archive, kind, not_it)
    # zlib, NotImplementedError (an unknown compression) and RuntimeError (an encrypted
    # member) come out of testzip() reading a damaged or unusual archive.
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


def _check_members(path: Path, archive: zipfile.ZipFile, kind: OfficeKind, not_it: str) -> None:
    members = archive.infolist()
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise ReadError(path, f"{not_it} (it would unpack to more than {MAX_UNPACKED_BYTES // 2**20} MB)")
    names = {member.filename for member in members}
    if kind.main_part not in names:
        other = next((what for part, what in _OTHERS.items() if part in names), None)
        detail = f"it looks like {other}" if other else "a zip archive without a document in it"
        raise ReadError(path, f"{not_it} ({detail})")
    if archive.testzip() is not None:
        raise ReadError(path, f"{not_it} (the zip archive is damaged)")
