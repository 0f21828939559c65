"""The family's copy as a PDF a screen reader reads (PDF/UA-1), each part in its own language.

WeasyPrint tags the PDF and gives it the language of the page (``<html lang>``), but not the
language of a part of it: on a Welsh family's copy, what the practitioner wrote in English
(``<span lang="en">``) would be read with Welsh pronunciation. Each tagged part made from an
element with its own ``lang`` is given that language (the structure element's ``/Lang``, which
its contents inherit), as WCAG 3.1.2 asks of a PDF (technique PDF19).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

# The elements whose language is the page's, already given to the whole document.
_DOCUMENT = ("html", "body")


def tagged_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """``html`` as a tagged PDF (PDF/UA-1), with the language of each part that declares its own."""
    from weasyprint import HTML
    from weasyprint.pdf import tags

    if not getattr(tags._build_box_tree, "gives_parts_their_language", False):
        tags._build_box_tree = _with_languages(tags._build_box_tree)
    pdf: bytes = HTML(string=html, base_url=base_url).write_pdf(pdf_variant="pdf/ua-1")
    return pdf


def _with_languages(build: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """WeasyPrint's builder of the structure tree for a box, giving what it builds for an element
    with a ``lang`` of its own that language."""
    import pydyf

    def build_with_languages(box: Any, *rest: Any) -> Iterator[Any]:
        element = getattr(box, "element", None)
        in_document = getattr(box, "element_tag", None) not in _DOCUMENT
        language = element.get("lang") if element is not None and in_document else None
        for structure in build(box, *rest):
            if language and "Lang" not in structure:
                structure["Lang"] = pydyf.String(language)
            yield structure

    build_with_languages.gives_parts_their_language = True  # type: ignore[attr-defined]
    return build_with_languages
