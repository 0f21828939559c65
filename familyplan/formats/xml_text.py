"""Text as Word and Excel files can hold it.

Their XML refuses most control characters, which text pasted from elsewhere carries
(a vertical tab from Word's line break, a form feed): python-docx and openpyxl then fail
the whole file. A line break written as one of those stays a line break; the rest,
which cannot be seen anyway, are left out.
"""

from __future__ import annotations

import re

_BREAKS = re.compile("[\x0b\x0c\u2028\u2029]")
# What XML 1.0 cannot hold: C0 controls but tab, line feed and carriage return; lone
# surrogates; and the two non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", _BREAKS.sub("\n", text))
