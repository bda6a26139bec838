"""Generated certificates with their truth: text PDFs (reportlab) and pictures (Pillow).

Each layout prints the same facts the way a different provider would: labelled
fields, the "this certifies that … has completed …" sentence, other date and hour
phrasings, approval lines, signature lines and fine print. The truth beside each
is what a careful reader would type from the page, written by hand here, not taken
from the reader. Used by the tests and by ``benchmarks/bench_certificates.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass, field
from decimal import Decimal

from lmt_tracker.paths import resource


@dataclass(frozen=True)
class Truth:
    title: str
    provider: str | None
    completed: dt.date
    hours: Decimal
    hour_minutes: int
    delivery: str | None
    participant: str
    approvals: tuple[tuple[str, str], ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sample:
    name: str
    truth: Truth
    lines: tuple[str, ...]
    big: tuple[int, ...] = field(default=(0,))  # indexes of lines printed large


D = Decimal
SAMPLES: tuple[Sample, ...] = (
    Sample("classic", Truth("Ethics for Massage Therapists", "Coastal Bodywork Institute",
                            dt.date(2025, 3, 5), D(3), 60, "self_study", "Jane Q. Doe",
                            (("NCBTMB", "451234-12"), ("FL", "50-12345")), ("ethics",)),
           ("Certificate of Completion", "This certifies that", "Jane Q. Doe, LMT",
            "has successfully completed", "Ethics for Massage Therapists",
            "a home study course, on March 5, 2025", "3.0 CE Hours",
            "Presented by Coastal Bodywork Institute",
            "NCBTMB Approved Provider #451234-12",
            "Florida Board of Massage Therapy Provider #50-12345",
            "______________________", "Director of Education"), (0, 2, 4)),
    Sample("labelled", Truth("Florida Laws and Rules", "Sunshine CE Seminars, LLC",
                             dt.date(2024, 11, 18), D(2), 60, "live_online", "John Smith",
                             (("CE Broker", "20-123456"),), ("laws_rules",)),
           ("CERTIFICATE OF ATTENDANCE", "Participant: John Smith",
            "License #: MA12345", "Course Title: Florida Laws and Rules",
            "Provider: Sunshine CE Seminars, LLC", "Date of Completion: 11/18/2024",
            "Contact Hours: 2", "Delivery: Live webinar", "CE Broker Tracking #20-123456",
            "Keep this certificate for four years.")),
    Sample("minutes", Truth("Myofascial Release Techniques I", "The Body Academy",
                            dt.date(2025, 3, 5), D(180), 1, "in_person", "Maria Garcia",
                            (("NCBTMB", "1012345"),), ("hands_on",)),
           ("The Body Academy", "Certificate of Completion",
            "This is to certify that Maria Garcia",
            'has completed "Myofascial Release Techniques I"',
            "180 minutes of in-person instruction", "Date: 5 March 2025",
            "The Body Academy is approved by the National Certification Board for",
            "Therapeutic Massage & Bodywork (NCBTMB) as a continuing education",
            "Approved Provider. Provider # 1012345"), (0, 3)),
    Sample("ceus", Truth("Oncology Massage: Safe Practice", "Healing Hands School of Massage",
                         dt.date(2025, 6, 30), D(15), 60, "in_person", "Lee Wong"),
           ("Healing Hands School of Massage", "Awarded to: Lee Wong",
            "Program: Oncology Massage: Safe Practice",
            "1.5 CEUs (1 CEU = 10 contact hours)", "Completed 2025-06-30",
            "Format: classroom", "Signature ________________"), (0,)),
    Sample("fifty", Truth("Prenatal Massage Basics", "Lakeside Massage Seminars",
                          dt.date(2025, 3, 5), D(6), 50, "in_person", "Sam Patel",
                          (("TX", "CE1234"),), ("hands_on",)),
           ("Lakeside Massage Seminars", "Certificate", "Sam Patel",
            "has attended the live class", "Prenatal Massage Basics",
            "6 fifty-minute hours", "Completed 3-5-25",
            "Texas Department of Licensing and Regulation CE Provider #CE1234"), (0, 2, 4)),
    Sample("words", Truth("Human Trafficking Awareness for Massage Therapists",
                          "Gulf Coast Continuing Education", dt.date(2024, 1, 12), D(1), 60,
                          "self_study", "Ava Thompson", (("NCBTMB", "1109-23"),),
                          ("human_trafficking",)),
           ("Gulf Coast Continuing Education", "presents this certificate to", "Ava Thompson",
            "for completing the online self-paced course",
            "Human Trafficking Awareness for Massage Therapists",
            "for one contact hour", "Date completed: January 12, 2024",
            "NCBTMB Approved Continuing Education Provider #1109-23",
            "NCBTMB board certification requires 24 CE hours every 2 years."), (0, 2, 4)),
    Sample("table", Truth("Medical Errors Prevention", "Bayview Massage Academy",
                          dt.date(2025, 9, 2), D(2), 60, "live_online", "Priya Raman",
                          (("FL", "50-23456"), ("CE Broker", "20-987654")),
                          ("medical_errors",)),
           ("CERTIFICATE", "Name: Priya Raman", "Course: Medical Errors Prevention",
            "Sponsor: Bayview Massage Academy", "Course date: September 2, 2025",
            "Hours awarded: 2.0", "Format: live online (Zoom)",
            "FL Provider # 50-23456", "CE Broker tracking number: 20-987654",
            "Printed 09/03/2025")),
)


def _fonts() -> tuple[str, str]:
    return str(resource("fonts", "DejaVuSans.ttf")), str(resource("fonts", "DejaVuSans-Bold.ttf"))


def pdf_bytes(sample: Sample) -> bytes:
    """The sample as a text PDF, centred lines on a landscape page with a border."""
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    for face, path in (("SampleSans", regular), ("SampleSans-Bold", bold)):
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, path))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(letter), invariant=True)
    width, height = landscape(letter)
    pdf.setLineWidth(3)
    pdf.rect(24, 24, width - 48, height - 48)
    y = height - 80
    for i, line in enumerate(sample.lines):
        size = 20 if i in sample.big else 13
        pdf.setFont("SampleSans-Bold" if i in sample.big else "SampleSans", size)
        pdf.drawCentredString(width / 2, y, line)
        y -= size * 1.9
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def png_bytes(sample: Sample, *, rotate: float = 0.0, noise: int = 0, seed: int = 1,
              width: int = 2200) -> bytes:
    """The sample as a large, clear picture (optionally turned a little and speckled)."""
    from PIL import Image, ImageDraw, ImageFont

    regular, bold = _fonts()
    height = int(width * 0.77)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((30, 30, width - 30, height - 30), outline=60, width=8)
    scale = width / 2200
    y = 110 * scale
    for i, line in enumerate(sample.lines):
        size = int((58 if i in sample.big else 42) * scale)
        font = ImageFont.truetype(bold if i in sample.big else regular, size)
        text_width = draw.textlength(line, font=font)
        draw.text(((width - text_width) / 2, y), line, fill=0, font=font)
        y += size * 1.75
    if noise:
        rng = random.Random(seed)
        pixels = image.load()
        for _ in range(noise):
            pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 128))
    if rotate:
        image = image.rotate(rotate, resample=Image.Resampling.BICUBIC, expand=True,
                             fillcolor=255)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def scanned_pdf_bytes(sample: Sample) -> bytes:
    """The sample's picture wrapped in a PDF page with no text: a scan."""
    from PIL import Image

    image = Image.open(io.BytesIO(png_bytes(sample))).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=200)
    return buffer.getvalue()
