"""The demo's certificates: a PNG or a PDF per course, saying what a real one says.
"""

from __future__ import annotations

import io

from lmt_tracker.domain.core.records import (
    Course,
)

_DELIVERY_WORDS = {"in_person": "In-person workshop", "live_online": "Live online webinar",
                   "self_study": "Home study course"}


_TOPIC_WORDS = {"laws_rules": "laws and rules", "hands_on": "hands-on technique",
                "self_care": "self-care"}


_APPROVAL_WORDS = {"NCBTMB": "NCBTMB Approved Provider", "FL": "Florida Board of Massage Therapy "
                   "Provider", "NY": "New York State Education Department Provider"}


def certificate_lines(course: Course, name: str) -> list[str]:
    """What a demo certificate prints: the wording of a typical CE provider's certificate.

    Everything the course record holds is on it, so reading the certificate back
    (``lmt_tracker.certificates``) gives the course it came from.
    """
    when = f"{course.completed:%B} {course.completed.day}, {course.completed.year}"
    unit = "50-minute CE hours" if course.hour_minutes == 50 else "CE hours"
    lines = ["Certificate of Completion", "This certifies that", name,
             "has successfully completed", course.title[:70],
             f"{_DELIVERY_WORDS[course.delivery]}, completed on {when}",
             f"{course.hours} {unit}", f"Presented by {course.provider}"]
    if course.topics:
        lines.append("Includes: " + ", ".join(
            f"{t.hours} {'hour' if t.hours == 1 else 'hours'} of "
            f"{_TOPIC_WORDS.get(t.topic, t.topic.replace('_', ' '))}" for t in course.topics))
    lines += [f"{_APPROVAL_WORDS.get(a.body, a.body + ' Provider')} #{a.number}"
              for a in course.approvals]
    return lines


def certificate_png(course: Course, name: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    from lmt_tracker.paths import resource

    # Large and clear, like a scan at about 200 dpi, so it can be read back with OCR.
    image = Image.new("L", (1700, 1250), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((24, 24, 1676, 1226), outline=70, width=8)
    title_font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), 58)
    body_font = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), 34)
    y = 90
    for i, line in enumerate(certificate_lines(course, name)):
        font = title_font if i == 0 else body_font
        width = draw.textlength(line, font=font)
        draw.text(((1700 - width) / 2, y), line, fill=20, font=font)
        y += 100 if i == 0 else 62
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def certificate_pdf(course: Course, name: str) -> bytes:
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from lmt_tracker.paths import resource

    # DejaVu, not Helvetica: the therapist's name may be Vietnamese, Cyrillic, Greek...
    for face, file_name in (
        ("DemoSans", "DejaVuSans.ttf"),
        ("DemoSans-Bold", "DejaVuSans-Bold.ttf"),
    ):
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, str(resource("fonts", file_name))))
    buffer = io.BytesIO()
    # Starting in DemoSans too: reportlab's default start, Helvetica, is never embedded.
    pdf = canvas.Canvas(buffer, pagesize=landscape(letter), invariant=True,
                        initialFontName="DemoSans")
    width, height = landscape(letter)
    pdf.setTitle(f"Certificate: {course.title}")
    pdf.setLineWidth(4)
    pdf.rect(30, 30, width - 60, height - 60)
    lines = certificate_lines(course, name)
    pdf.setFont("DemoSans-Bold", 28)
    pdf.drawCentredString(width / 2, height - 100, lines[0])
    pdf.setFont("DemoSans", 15)
    for i, line in enumerate(lines[1:]):
        pdf.drawCentredString(width / 2, height - 160 - i * 30, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
