"""A PDF/UA structure check that runs offline: is the PDF tagged for a screen reader?

It checks what a screen reader needs and veraPDF's PDF/UA-1 profile asks first: a
structure tree with content in it, the document marked as tagged, its language and
title set and shown, the PDF/UA identification in its metadata, every page's content
tied to the structure, and every font embedded. Run it on a file:

    .venv/bin/python -m tests.pdf_ua family-plan.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def _fonts_not_embedded(reader: PdfReader) -> list[str]:
    missing = []
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for font in fonts.get_object().values() if fonts is not None else ():
            font = font.get_object()
            described = [font, *(f.get_object() for f in font.get("/DescendantFonts", []))]
            descriptors = [d["/FontDescriptor"].get_object() for d in described if "/FontDescriptor" in d]
            if not any(k in d for d in descriptors for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


def _structure_problems(root: DictionaryObject) -> list[str]:
    problems = []
    tree = root.get("/StructTreeRoot")
    if tree is None:
        return ["no structure tree (/StructTreeRoot): the PDF is not tagged"]
    if not tree.get_object().get("/K"):
        problems.append("the structure tree is empty")
    if not root.get("/MarkInfo", {}).get("/Marked"):
        problems.append("not marked as tagged (/MarkInfo /Marked)")
    return problems


def pdf_ua_problems(path: Path | str) -> list[str]:
    """What stops the PDF being read by a screen reader as PDF/UA-1 asks; empty when none."""
    reader = PdfReader(str(path))
    root: Any = reader.trailer["/Root"].get_object()
    problems = _structure_problems(root)
    if not str(root.get("/Lang", "")).strip():
        problems.append("no document language (/Lang)")
    if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle"):
        problems.append("the title is not shown in place of the file name (/DisplayDocTitle)")
    metadata = root.get("/Metadata")
    xmp = metadata.get_object().get_data().decode("utf-8", "replace") if metadata else ""
    if "pdfuaid:part" not in xmp:
        problems.append("no PDF/UA identification (pdfuaid:part) in the metadata")
    if "dc:title" not in xmp:
        problems.append("no title (dc:title) in the metadata")
    untied = [n + 1 for n, page in enumerate(reader.pages) if "/StructParents" not in page]
    if untied:
        problems.append(f"pages not tied to the structure tree: {untied}")
    problems += [f"font not embedded: {name}" for name in _fonts_not_embedded(reader)]
    return problems


def main(argv: list[str]) -> int:
    status = 0
    for name in argv:
        problems = pdf_ua_problems(name)
        print(f"{name}: {'PDF/UA structure OK' if not problems else '; '.join(problems)}")
        status |= bool(problems)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
