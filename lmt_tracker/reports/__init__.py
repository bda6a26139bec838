"""Reports: renewal summary and transcript PDFs (and the deadlines calendar's front door).

Data flows one way: ``api`` reads the store and asks the domain for a judgement;
``tables`` turns the judgement into plain rows (tested by value); ``renewal`` and
``transcript`` draw those rows with reportlab, helped by ``layout`` (pages, "page x
of y", metadata), ``styles``/``blocks`` (the look), ``text`` (escaping), ``fonts``
(bundled DejaVu) and ``certificates`` (attached files, stamped with their SHA-256).
Only ``api`` touches the database.
"""
