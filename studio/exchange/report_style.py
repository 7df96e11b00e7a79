"""How the PDF report looks: fonts, paragraph styles, the page footer.

The font is DejaVu Sans, which matplotlib ships with every installation (and the
bundle carries), so umlauts, ß, typographic quotes and most scripts participants
type print on any machine, with no font download and no system font needed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

FONT = "StudioSans"
FONT_BOLD = "StudioSans-Bold"
INK = "#111111"
MUTED = "#444444"  # 9.7:1 on white


@lru_cache(maxsize=1)
def _register_fonts() -> tuple[str, str]:
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except Exception:  # a stripped matplotlib: the PDF's own Helvetica (Latin-1 only)
        return "Helvetica", "Helvetica-Bold"
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)
    return FONT, FONT_BOLD


def styles() -> dict[str, Any]:
    """Paragraph styles by role: title, fact, h1, h2, field, body, figures, cluster, note."""
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = _register_fonts()

    def style(name: str, size: float, font: str = regular, before: float = 0,
              after: float = 4, indent: float = 0, color: str = INK) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3,
                              spaceBefore=before, spaceAfter=after, leftIndent=indent,
                              textColor=color, splitLongWords=True, allowWidows=0,
                              allowOrphans=0)

    return {
        "title": style("title", 26, bold, after=18),
        "fact": style("fact", 12, after=6),
        "h1": style("h1", 18, bold, after=10),
        "h2": style("h2", 12.5, bold, before=10, after=4),
        "field": style("field", 9, bold, before=4, after=1, color=MUTED),
        "body": style("body", 10, after=4),
        "figures": style("figures", 9.5, after=8, color=MUTED),
        "cluster": style("cluster", 10.5, bold, before=6, after=2),
        "note": style("note", 9.5, after=2, indent=10),
    }


def paragraph_text(text: str) -> str:
    """``text`` as ReportLab paragraph markup that shows it literally.

    Paragraphs parse a small XML markup; participant and card text is untrusted,
    so ``<``, ``>`` and ``&`` are escaped and line breaks become ``<br/>``.
    """
    return "<br/>".join(escape(line) for line in text.splitlines()) or ""


def footer(page_label: str, title: str) -> Callable[[Any, Any], None]:
    """Draws "Page N" and the workshop's title at the foot of every page."""
    regular, _ = _register_fonts()
    short = title if len(title) <= 80 else title[:79] + "…"

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8.5)
        canvas.setFillColor(MUTED)
        y = doc.bottomMargin / 2
        canvas.drawString(doc.leftMargin, y, short)
        canvas.drawRightString(doc.leftMargin + doc.width, y,
                               page_label.replace("{page}", str(doc.page)))
        canvas.restoreState()

    return draw
