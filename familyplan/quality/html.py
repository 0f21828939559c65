"""The quality report as one HTML file: no scripts, no fonts or images fetched, readable offline.

The styling follows the GOV.UK Design System's look (type scale, colours, tables,
focus states) in a few lines of inline CSS. Each chart is an SVG with a title and
a description, and the same figures are in a table beside it.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from familyplan.quality.report import GAPS, LETTERS
from familyplan.quality.svg import chart_start, figures_described
from familyplan.smart.findings import LETTER_NAMES

_CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:arial,sans-serif;color:#0b0c0c;background:#fff;font-size:19px;line-height:1.32}
.header{background:#0b0c0c;color:#fff;padding:15px 0;border-bottom:10px solid #1d70b8}
.header p{margin:0;font-weight:700;font-size:24px}
.width{max-width:960px;margin:0 auto;padding:0 15px}
main{padding:30px 0 60px}
h1{font-size:48px;line-height:1.04;margin:0 0 30px}
h2{font-size:36px;line-height:1.11;margin:45px 0 20px}
h3{font-size:24px;margin:25px 0 15px}
p,li{margin:0 0 15px}
.lede{font-size:24px}
.caption{color:#505a5f;font-size:24px;display:block;margin-bottom:5px}
a{color:#1d70b8}a:visited{color:#4c2c92}
a:focus{outline:3px solid transparent;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;
color:#0b0c0c;text-decoration:none}
table{border-collapse:collapse;width:100%;margin-bottom:30px;font-size:16px}
.scroll{overflow-x:auto;max-width:100%}.scroll:focus{outline:3px solid #fd0;outline-offset:0}
caption{text-align:left;font-weight:700;font-size:19px;margin-bottom:10px}
th,td{text-align:left;padding:10px 20px 10px 0;border-bottom:1px solid #b1b4b6;vertical-align:top}
td.num,th.num{text-align:right}
.fits td,.fits th{overflow-wrap:anywhere}
.cards{display:flex;flex-wrap:wrap;gap:15px;margin-bottom:30px;padding:0;list-style:none}
.cards li{flex:1 1 200px;background:#f3f2f1;padding:15px;margin:0}
.cards strong{display:block;font-size:36px}
.tag{display:inline-block;background:#d2e2f1;color:#0c2d4a;padding:2px 8px;font-weight:700;font-size:16px}
.example{display:block;border-left:5px solid #b1b4b6;padding-left:10px;margin:5px 0;color:#0b0c0c}
.chart{max-width:100%;height:auto;display:block;margin-bottom:10px}
.better{color:#005a30;font-weight:700}.worse{color:#942514;font-weight:700}
.nav{padding:0;list-style:none;columns:2}
footer{border-top:1px solid #b1b4b6;padding:20px 0;color:#505a5f;font-size:16px}
"""

_W, _BAR_H, _GAP = 640, 28, 8


def _short(text: str, most: int = 40) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _bar_chart(chart_id: str, title: str, rows: list[tuple[str, int]], label_width: int = 90) -> str:
    """A horizontal bar chart with its figures written beside each bar, titled and described."""
    top = max((value for _, value in rows), default=0) or 1
    height = len(rows) * (_BAR_H + _GAP) + _GAP
    description = figures_described(rows)
    parts = chart_start(chart_id, title, description, css_class="chart", width=_W, height=height, sized=True)
    for i, (label, value) in enumerate(rows):
        y = _GAP + i * (_BAR_H + _GAP)
        width = round((_W - label_width - 70) * value / top)
        parts += [
            f'<text x="{label_width - 8}" y="{y + 19}" text-anchor="end" font-size="15" fill="#0b0c0c">'
            f"{escape(label)}</text>",
            f'<rect x="{label_width}" y="{y}" width="{width}" height="{_BAR_H}" fill="#1d70b8"/>',
            f'<text x="{label_width + width + 6}" y="{y + 19}" font-size="15" fill="#0b0c0c">{value}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


def _table(caption: str, header: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()

    def cell(tag: str, i: int, value: Any) -> str:
        css = ' class="num"' if i in numeric else ""
        scope = ' scope="col"' if tag == "th" else ""
        return f"<{tag}{scope}{css}>{escape(str(value))}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>" for row in rows)
    inner = f"<caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
    if len(header) <= 2:
        # Two columns fit a phone once long words may break, so no sideways scrolling and no
        # tab stop that does nothing.
        return f"<table class='fits'>{inner}</table>"
    return _scrolls(caption, f"<table>{inner}</table>")


def _scrolls(name: str, table: str) -> str:
    """A table in a region of its own that scrolls sideways on a phone, not the whole page; a
    keyboard can reach it and a screen reader names it."""
    return f'<div class="scroll" role="region" aria-label="{escape(name)}" tabindex="0">{table}</div>'


def _in_full(day: str) -> str:
    """ "2026-12-05" as "5 December 2026"."""
    try:
        return f"{dt.date.fromisoformat(day):%-d %B %Y}"
    except ValueError:
        return day


def _round(value: float) -> int:
    """84.5 as 85, as a person rounds (Python's round() gives 84)."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def _scores(report: dict[str, Any]) -> str:
    scores = report["scores"]
    out = ["<h2 id='scores'>SMART scores</h2>"]
    overall = scores["overall"]
    out.append(
        f"<p>The average overall score is <strong>{overall['average']:g}</strong> out of 100 "
        f"(half the plans score {overall['median']:g} or less).</p>"
        if report["plans"]
        else "<p>No plans were read.</p>"
    )
    rows = [(b["band"], b["plans"]) for b in overall["bands"]]
    out.append(_bar_chart("overall", "Plans by overall SMART score", rows))
    out.append(_table("Plans by overall SMART score", ["Score", "Plans"], [list(r) for r in rows], {1}))
    out.append("<h3>By SMART letter</h3>")
    header = ["Score", *(LETTER_NAMES[letter] for letter in LETTERS)]
    bands = [b["band"] for b in overall["bands"]]
    table_rows = [
        [band, *(scores[letter]["bands"][i]["plans"] for letter in LETTERS)] for i, band in enumerate(bands)
    ]
    table_rows.append(["Average", *(scores[letter]["average"] for letter in LETTERS)])
    averages = [(LETTER_NAMES[letter], _round(scores[letter]["average"] or 0)) for letter in LETTERS]
    out.append(_bar_chart("letters", "Average score for each SMART letter", averages, 120))
    out.append(_table("Plans by score for each SMART letter", header, table_rows, {1, 2, 3, 4, 5}))
    return "".join(out)


def _faults(report: dict[str, Any]) -> str:
    faults = report["top_faults"]
    out = [f"<h2 id='faults'>The {len(faults)} most common faults</h2>"]
    if not faults:
        return out[0] + "<p>No faults were found.</p>"
    out.append(
        _bar_chart(
            "faults",
            "The most common faults, by the number of times found",
            [(_short(f["what"]), f["findings"]) for f in faults],
            label_width=260,
        )
    )
    out.append(
        '<div class="scroll" role="region" aria-label="The most common faults" tabindex="0">'
        "<table><caption>The most common faults, with examples</caption><thead><tr>"
    )
    for i, head in enumerate(["", "Fault", "Found", "Plans", "Guidance"]):
        css = ' class="num"' if i in (2, 3) else ""
        out.append(f'<th scope="col"{css}>{head}</th>')
    out.append("</tr></thead><tbody>")
    for i, fault in enumerate(faults, 1):
        examples = "".join(f'<q class="example">{escape(e)}</q>' for e in fault["examples"])
        guidance = fault.get("guidance") or fault["seed"]
        out.append(
            f"<tr><td>{i}</td><td><strong>{escape(fault['what'])}</strong><br>"
            f"<small>{escape(LETTER_NAMES.get(fault['letter'], fault['letter']))}; rule "
            f"{escape(fault['rule'])}</small>{examples}</td>"
            f"<td class='num'>{fault['findings']}</td><td class='num'>{fault['plans']}</td>"
            f"<td>{escape(guidance)}<br><small>{escape(fault['seed'])}</small></td></tr>"
        )
    out.append("</tbody></table></div>")
    return "".join(out)


def _sections(report: dict[str, Any]) -> str:
    rows = [(s["section"], s["findings"]) for s in report["sections"]]
    return (
        "<h2 id='sections'>Faults in each part of the plan</h2>"
        + (_bar_chart("sections", "Faults found in each part of the plan", rows, 290) if rows else "")
        + _table(
            "Faults in each part of the plan", ["Part of the plan", "Faults"], [list(r) for r in rows], {1}
        )
    )


def _gaps(report: dict[str, Any]) -> str:
    total = report["plans"] or 1
    rows = [
        [label, report["gaps"][key], f"{_round(100 * report['gaps'][key] / total)}%"]
        for key, label in GAPS.items()
    ]
    return "<h2 id='gaps'>Plans missing what the guidance asks for</h2>" + _table(
        "Plans missing what the guidance asks for", ["", "Plans", "Share of plans"], rows, {1, 2}
    )


def _teams(report: dict[str, Any]) -> str:
    teams = report["teams"]
    if not teams:
        return (
            "<h2 id='teams'>By team</h2><p>No teams: put each team's plans in a folder of its own "
            "to see them side by side.</p>"
        )
    header = ["Team", "Plans", "Average score", *GAPS.values(), "Most common fault"]
    rows = [
        [
            t["team"],
            t["plans"],
            t["average_overall"],
            *(t[key] for key in GAPS),
            t.get("most_common_fault_what") or t["most_common_fault"],
        ]
        for t in teams
    ]
    chart = _bar_chart(
        "teams",
        "Average overall SMART score by team",
        [(t["team"], _round(t["average_overall"])) for t in teams],
    )
    return "<h2 id='teams'>By team</h2>" + chart + _table("By team", header, rows, {1, 2, 3, 4, 5, 6})


def _since(since: dict[str, Any] | None) -> str:
    if not since:
        return ""
    out = [f"<h2 id='since'>Since the report of {escape(_in_full(since['earlier_report_made_on']))}</h2>"]
    for key, title, css in (("improved", "Better", "better"), ("worse", "Worse", "worse")):
        rows = since[key]
        out.append(f"<h3 class='{css}'>{title} ({len(rows)})</h3>")
        if rows:
            out.append(
                _table(
                    f"{title} since the earlier report",
                    ["", "Before", "Now", ""],
                    [[r["what"], r["before"], r["now"], r["unit"]] for r in rows],
                    {1, 2},
                )
            )
        else:
            out.append("<p>Nothing.</p>")
    return "".join(out)


def _files(report: dict[str, Any]) -> str:
    files = report["files"]
    out = [
        "<h2 id='files'>Files</h2>",
        f"<p>{files['read']} read, {files['refused']} refused, {files['skipped']} skipped.</p>",
    ]
    if report["refused"]:
        rows = [[r["file"], r["reason"]] for r in report["refused"][:500]]
        out.append(_table("Files that could not be read, and why", ["File", "Why"], rows))
    if report["skipped"]:
        rows = [[r["file"], r["reason"]] for r in report["skipped"][:500]]
        out.append(_table("Files passed over", ["File", "Why"], rows))
    return "".join(out)


def render_html(report: dict[str, Any], title: str = "Family plan quality report") -> str:
    gaps = report["gaps"]
    cards = [
        ("Plans read", report["plans"]),
        ("Average SMART score", report["scores"]["overall"]["average"] if report["plans"] else "none"),
        ("No contingency plan", gaps["no_contingency"]),
        ("Review overdue", gaps["review_overdue"]),
    ]
    contents = [
        ("scores", "SMART scores"),
        ("faults", "Most common faults"),
        ("sections", "Faults in each part of the plan"),
        ("gaps", "Plans missing what the guidance asks for"),
        ("teams", "By team"),
        *([("since", "Since the earlier report")] if report.get("since") else []),
        ("files", "Files"),
    ]
    return "".join(
        [
            "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>",
            "<meta name='viewport' content='width=device-width, initial-scale=1'>",
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
            "<header class='header'><div class='width'><p>Family Plan</p></div></header>",
            "<div class='width'><main id='main'>",
            f"<span class='caption'>Made on {escape(_in_full(report['made_on']))}</span>",
            f"<h1>{escape(title)}</h1>",
            "<p class='lede'>How the plans measure up to the SMART planning guidance, "
            "and which faults to work on first.</p>",
            "<ul class='cards'>"
            + "".join(f"<li>{escape(label)}<strong>{escape(str(v))}</strong></li>" for label, v in cards)
            + "</ul>",
            "<h2>Contents</h2><ul class='nav'>"
            + "".join(f"<li><a href='#{anchor}'>{text}</a></li>" for anchor, text in contents)
            + "</ul>",
            _scores(report),
            _faults(report),
            _sections(report),
            _gaps(report),
            _teams(report),
            _since(report.get("since")),
            _files(report),
            "</main></div><footer><div class='width'>Examples have names, dates and contact details "
            "replaced. The guidance seeds are the documents each rule comes from.</div></footer>",
            "</body></html>",
        ]
    )
