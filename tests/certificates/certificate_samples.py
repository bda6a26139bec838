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


# -- the corpus: many layouts composed from the ways providers word each field ----------------
FONT_FOLDER = "/usr/share/fonts/truetype/dejavu"
PEOPLE = ("Jane Q. Doe", "John Smith", "Maria Garcia", "Lee Wong", "Sam Patel", "Ava Thompson",
          "Priya Raman", "Daniel O'Brien", "Keisha Brown", "Tomas Novak", "Grace Kim",
          "Luis Hernandez")
COURSES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Ethics for Massage Therapists", "Coastal Bodywork Institute", ("ethics",)),
    ("Florida Laws and Rules", "Sunshine CE Seminars, LLC", ("laws_rules",)),
    ("Prevention of Medical Errors", "Bayview Massage Academy", ("medical_errors",)),
    ("Human Trafficking Awareness", "Gulf Coast Continuing Education", ("human_trafficking",)),
    ("Myofascial Release Techniques", "The Body Academy", ("hands_on",)),
    ("Self-Care for the Working Therapist", "Balanced Practice Education", ("self_care",)),
    ("Research Literacy for Massage Therapists", "Massage Research Guild", ("research",)),
    ("Professional Boundaries in Bodywork", "Ethics First Seminars",
     ("professional_boundaries",)),
    ("Oncology Massage: Safe Practice", "Healing Hands School of Massage", ()),
    ("Business Skills for Bodyworkers", "Practice Builders Institute", ("business",)),
    ("Infection Control and Communicable Disease", "CE Anywhere Online Learning",
     ("communicable_disease",)),
    ("Pain Management Strategies", "Integrative Care Education", ("pain_management",)),
)
DATE_FORMATS = (
    lambda d: f"{d:%B} {d.day}, {d.year}", lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d:%m/%d/%Y}", lambda d: d.isoformat(), lambda d: f"{d:%b}. {d.day}, {d.year}",
)
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 6: "six", 8: "eight", 12: "twelve"}
# (printed, hours in the record's unit, hour_minutes)
HOUR_PHRASES = (
    lambda h: (f"{h}.0 CE Hours", D(h), 60),
    lambda h: (f"{WORDS[h]} contact hours" if h in WORDS else f"{h} contact hours", D(h), 60),
    lambda h: (f"{h} fifty-minute hours", D(h), 50),
    lambda h: (f"{h * 60} minutes", D(h * 60), 1),
    lambda h: (f"{h / 10:.1f} CEUs (1 CEU = 10 contact hours)", D(h), 60),
    lambda h: (f"{h} CE hours (one CE hour = 50 minutes)", D(h), 50),
)
DELIVERY_PHRASES = (
    ("in_person", "In-person workshop"), ("live_online", "Live webinar"),
    ("self_study", "Home study course"), ("in_person", "Live classroom course"),
    ("live_online", "Live online (Zoom)"), ("self_study", "On-demand video course"),
    (None, ""),
)


def _approvals(rng: random.Random, i: int) -> tuple[tuple[tuple[str, str], str], ...]:
    ncbtmb = str(rng.randrange(100000, 999999))
    options = (
        (("NCBTMB", f"{ncbtmb}-{i % 90:02d}"), f"NCBTMB Approved Provider #{ncbtmb}-{i % 90:02d}"),
        (("FL", f"50-{rng.randrange(10000, 99999)}"), None),
        (("CE Broker", f"20-{rng.randrange(100000, 999999)}"), None),
        (("TX", f"CE{rng.randrange(1000, 9999)}"), None),
    )
    chosen = [options[0]] if i % 3 else []
    chosen += [options[1 + i % 3]] if i % 2 == 0 else []
    lines = []
    for (body, number), printed in chosen:
        lines.append(((body, number), printed or {
            "FL": f"Florida Board of Massage Therapy CE Provider #{number}",
            "CE Broker": f"CE Broker Tracking #{number}",
            "TX": f"Texas Department of Licensing and Regulation CE Provider #{number}",
        }[body]))
    return tuple(lines)


def _template(kind: int, name: str, title: str, provider: str, date: str, hours: str,
              delivery: str, approvals: list[str]) -> tuple[list[str], tuple[int, ...]]:
    if kind == 0:
        lines = ["Certificate of Completion", "This certifies that", f"{name}, LMT",
                 "has successfully completed", title,
                 f"{delivery + ', ' if delivery else ''}completed on {date}", hours,
                 f"Presented by {provider}", *approvals, "______________________",
                 "Director of Education"]
        return lines, (0, 2, 4)
    if kind == 1:
        lines = ["CERTIFICATE OF ATTENDANCE", f"Participant: {name}", "License #: MA" +
                 str(abs(hash(name)) % 90000 + 10000), f"Course Title: {title}",
                 f"Provider: {provider}", f"Date of Completion: {date}", hours,
                 *( [f"Format: {delivery}"] if delivery else []), *approvals,
                 "Keep this certificate for four years."]
        return lines, (0,)
    if kind == 2:
        lines = [provider, "Certificate of Completion", "presented to", name,
                 f"for completing the {delivery.lower() if delivery else 'course'}", title,
                 f"awarded {hours}", f"Date completed: {date}", *approvals,
                 "NCBTMB board certification requires 24 CE hours every 2 years."]
        return lines, (0, 3, 5)
    if kind == 3:
        lines = ["Certificate", f'This is to certify that {name} has completed "{title}"',
                 f"Awarded: {hours}", *([f"Delivery: {delivery}"] if delivery else []),
                 f"Date: {date}", f"Sponsor: {provider}", *approvals]
        return lines, (0,)
    if kind == 4:
        lines = ["CERTIFICATE", f"Name: {name}", f"Course: {title}", f"Sponsor: {provider}",
                 f"Course date: {date}", f"Credit: {hours}",
                 *([f"Delivery method: {delivery}"] if delivery else []), *approvals,
                 "Printed 01/02/2026"]
        return lines, (0,)
    lines = ["Certificate of Achievement", f"Awarded to: {name}", f"Program: {title}",
             f"Provided by {provider}", f"Completed {date}", hours,
             *([delivery] if delivery else []), *approvals, "Instructor signature ________"]
    return lines, (0, 2)


@dataclass(frozen=True)
class Layout:
    """How one corpus certificate is drawn: font, alignment, logo, border."""

    font: str = "sans"  # sans | serif | mono
    align: str = "center"  # center | left
    logo: bool = False
    border: int = 3


def corpus(count: int = 36, seed: int = 18) -> tuple[tuple[Sample, Layout], ...]:
    """``count`` certificates, each a different combination of wording and drawing."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        title, provider, topics = COURSES[i % len(COURSES)]
        name = PEOPLE[(i * 5) % len(PEOPLE)]
        completed = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        hours = (1, 2, 3, 4, 6, 8, 12)[rng.randrange(7)]
        printed_hours, value, unit = HOUR_PHRASES[i % len(HOUR_PHRASES)](hours)
        delivery_key, delivery = DELIVERY_PHRASES[(i * 3) % len(DELIVERY_PHRASES)]
        approvals = _approvals(rng, i)
        kind = (i // 2 + i) % 6
        if kind == 2 and not delivery:
            delivery_key, delivery = "self_study", "Home study course"
        date = DATE_FORMATS[(i + kind) % len(DATE_FORMATS)](completed)
        lines, big = _template(kind, name, title, provider, date, printed_hours, delivery,
                               [text for _, text in approvals])
        truth = Truth(title, provider, completed, value, unit, delivery_key, name,
                      tuple(a for a, _ in approvals), topics)
        layout = Layout(("sans", "serif", "mono")[i % 3], ("center", "left")[(i // 3) % 2],
                        logo=i % 4 == 1, border=(0, 3, 8)[i % 3])
        out.append((Sample(f"layout-{i:02d}", truth, tuple(lines), big), layout))
    return tuple(out)


_PDF_FONTS = {"sans": ("Helvetica", "Helvetica-Bold"), "serif": ("Times-Roman", "Times-Bold"),
              "mono": ("Courier", "Courier-Bold")}


def corpus_pdf(sample: Sample, layout: Layout) -> bytes:
    """A corpus certificate as a text PDF in one of PDF's standard fonts."""
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    regular, bold = _PDF_FONTS[layout.font]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(letter), invariant=True)
    width, height = landscape(letter)
    if layout.border:
        pdf.setLineWidth(layout.border)
        pdf.rect(24, 24, width - 48, height - 48)
    if layout.logo:
        pdf.circle(80, height - 80, 30)
        pdf.setFont(bold, 18)
        pdf.drawCentredString(80, height - 86, "CE")
    y = height - 90
    for i, line in enumerate(sample.lines):
        size = 19 if i in sample.big else 12.5
        pdf.setFont(bold if i in sample.big else regular, size)
        if layout.align == "center":
            pdf.drawCentredString(width / 2, y, line)
        else:
            pdf.drawString(130, y, line)
        y -= size * 1.85
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def corpus_png(sample: Sample, layout: Layout, *, rotate: float = 0.8, noise: int = 3000,
               seed: int = 1, width: int = 2200) -> bytes:
    """A corpus certificate as a picture, turned a little and speckled like a scan."""
    from pathlib import Path

    from PIL import Image, ImageDraw, ImageFont

    regular, bold = _fonts()
    if layout.font in ("serif", "mono"):
        face = "DejaVuSerif" if layout.font == "serif" else "DejaVuSansMono"
        if Path(FONT_FOLDER, f"{face}.ttf").is_file():
            regular = str(Path(FONT_FOLDER, f"{face}.ttf"))
            bold = str(Path(FONT_FOLDER, f"{face}-Bold.ttf"))
    height = int(width * 0.77)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    if layout.border:
        draw.rectangle((30, 30, width - 30, height - 30), outline=60, width=layout.border * 3)
    if layout.logo:
        draw.ellipse((90, 90, 250, 250), outline=40, width=8)
    scale = width / 2200
    y = 100 * scale
    for i, line in enumerate(sample.lines):
        size = int((54 if i in sample.big else 38) * scale)
        font = ImageFont.truetype(bold if i in sample.big else regular, size)
        x = (width - draw.textlength(line, font=font)) / 2 if layout.align == "center" \
            else 300 * scale
        draw.text((x, y), line, fill=0, font=font)
        y += size * 1.7
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
