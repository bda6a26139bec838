"""The School screen's import flow: choose a file, read it, review it, store or only look.

The file is read on the screen's :class:`TaskRunner` through the mapping given, the
one remembered for its columns, or the one proposed; the review (``ImportReview``)
lists refused rows and lets the user remap, store the class or only audit it. Nothing
is stored unless the user presses Save. What happens next is the screen's call:
``opened(review)`` when the review opens, ``looked(path, parsed)`` for a file
audited unsaved, ``saved(class_id, parsed, message)`` once stored.
Kept apart from ``school.py`` so the screen reads as its flow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from lmt_tracker.gui import tasks
from lmt_tracker.gui.screens.school_parts import REMAP, SAVE, ImportReview
from lmt_tracker.gui.screens.school_runner import TaskRunner
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.words import core_error

if TYPE_CHECKING:
    from lmt_tracker.gui.context import AppContext
    from lmt_tracker.io.class_mapping import ColumnMapping
    from lmt_tracker.io.school_csv import ParsedClass

MAPPING_SETTING = "school.column_mapping"  # + the headers' signature: a map file's text


class ClassImporter:
    """Reads class files for ``parent`` and hands on what the user chose in the review."""

    def __init__(self, ctx: AppContext, parent: QWidget, runner: TaskRunner,
                 opened: Callable[[ImportReview], None],
                 looked: Callable[[str, ParsedClass], None],
                 saved: Callable[[int, ParsedClass, str], None]) -> None:
        self.ctx, self.parent, self.runner = ctx, parent, runner
        self.opened, self.looked, self.saved = opened, looked, saved

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, translate("school", "Import a class list"), str(Path.home()),
            translate("school", "Class lists (*.csv *.txt *.xlsx);;CSV files (*.csv "
                      "*.txt);;Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.import_file(path)

    def import_example(self) -> None:
        from lmt_tracker import paths

        self.import_file(str(paths.resource("sample", "class-example.csv")))

    def import_file(self, path: str, mapping: ColumnMapping | None = None) -> None:
        """Read the file through ``mapping`` (or the one remembered for its columns, or
        the proposed one) and open the review; unsettled dates open it with the question."""
        from lmt_tracker.io.class_map_file import parse_map
        from lmt_tracker.io.class_mapping import MappingError
        from lmt_tracker.io.class_table import ClassFileError
        from lmt_tracker.io.school_csv import mapping_for, parse_table, read_table

        today, store = self.ctx.today(), self.ctx.store

        def work(progress: tasks.Progress) -> tuple[object, ...]:
            table = read_table(path, mapping.sheet if mapping else None)
            chosen: object = mapping
            if chosen is None:
                signature = mapping_for(table).signature
                remembered = store.setting(f"{MAPPING_SETTING}.{signature}")
                if remembered:
                    import tomllib

                    try:
                        chosen = parse_map(tomllib.loads(remembered))
                    except (MappingError, tomllib.TOMLDecodeError):
                        chosen = None
            proposed = mapping_for(table, chosen, closeness=True)  # type: ignore[arg-type]
            preview = tuple(tuple(r) for r in table.rows[:8])
            if table.sheet:  # a workbook: the sheet read, and the others to choose from
                proposed = replace(proposed, sheet=table.sheet)
            sheets = table.sheets
            try:
                return (parse_table(table, today, proposed), proposed, preview, "", sheets)
            except ClassFileError as exc:  # unsettled dates, a required column not mapped:
                return (None, proposed, preview, core_error(exc), sheets)  # the user settles it

        self.runner.run(translate("school", "Reading the class list…"), work,
                        lambda r: self.open_review(path, *r))  # type: ignore[arg-type]

    def open_review(self, path: str, parsed: ParsedClass | None, mapping: ColumnMapping,
                    preview: tuple[tuple[str, ...], ...], problem: str,
                    sheets: tuple[str, ...] = ()) -> None:
        schools = sorted({school for _, school, _ in self.ctx.store.classes()})
        review = ImportReview(path, parsed, schools, self.parent, mapping=mapping,
                              preview=preview, states=self.ctx.jurisdictions.keys(),
                              problem=problem, sheets=sheets)
        self.opened(review)
        review.accepted.connect(lambda: self.reviewed(review, path, parsed))
        review.open()

    def reviewed(self, review: ImportReview, path: str, parsed: ParsedClass | None) -> None:
        chosen = review.mapping()
        if review.choice == REMAP:
            self.import_file(path, chosen)
            return
        if parsed is None:
            return
        if parsed.mapping is not None:
            from lmt_tracker.io.class_map_file import to_toml

            self.ctx.store.set_setting(f"{MAPPING_SETTING}.{parsed.mapping.signature}",
                                       to_toml(parsed.mapping))
        if review.choice == SAVE:
            self.save(*review.names(), parsed)
            return
        self.looked(path, parsed)

    def save(self, school: str, name: str, parsed: ParsedClass) -> None:
        store = self.ctx.store

        def work(progress: tasks.Progress) -> tuple[int, int, int]:
            progress.report(None, translate("school", "Saving {0:,} graduates…")
                            .format(len(parsed.graduates)))
            return store.save_class(school, name, parsed.graduates)

        def done(result: tuple[int, int, int]) -> None:
            class_id, inserted, updated = result
            self.saved(class_id, parsed, translate("school", "Saved {school} — {name}: "
                                                   "{inserted} added, {updated} updated")
                       .format(school=school, name=name, inserted=inserted, updated=updated))

        self.runner.run(translate("school", "Saving the class…"), work, done)
