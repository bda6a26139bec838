"""Settings › Rules: which rules are in force, update from a rule pack, roll back, and the
user's own overrides of single figures.

Kept in its own file so the Settings screen only adds the card. The work is done by
``lmt_tracker.rules.packs`` and ``lmt_tracker.domain.core.overrides``; this card asks, shows
and refreshes. Nothing here installs a pack before the user has seen what it changes,
and a pack the release key did not sign needs a second, explicit confirmation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.domain.core.phrases import Phrase
from lmt_tracker.gui import commands
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, card, label
from lmt_tracker.gui.widgets.forms import Form
from lmt_tracker.gui.words import core, core_error, count, rules_in_force_line

MAX_SHOWN_CHANGES = 40


def show_changes(parent: QWidget | None, title: str, summary: str, lines: list[str]) -> bool:
    """Show what a pack changes and ask to install it (Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, summary,
                      QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(translate("rules_card", "Install these rules"),
                       QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if lines:
        box.setDetailedText("\n".join(lines))
    box.exec()
    return box.clickedButton() is go


def tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class OverrideDialog(QDialog):
    """One override: jurisdiction, figure, your value and where it comes from."""

    def __init__(self, jurisdictions: dict[str, Any], parent: QWidget | None = None) -> None:
        from lmt_tracker.domain.core.overrides import FIELDS, field_label

        super().__init__(parent)
        self.setWindowTitle(translate("rules_card", "Your own figure for a rule"))
        lay = QVBoxLayout(self)
        lay.addWidget(label(translate("rules_card", "Use this when your board told you "
                                      "something the rules here do not say. It is "
                                      "shown as “your override” wherever it "
                                      "counts."),
                            "muted", wrap=True))
        self.form = Form()
        self.code = QComboBox()
        for code, j in sorted(jurisdictions.items()):
            self.code.addItem(f"{j.name} ({code})", code)
        self.field = QComboBox()
        for name in FIELDS:
            self.field.addItem(core(field_label(name)), name)
        for topic in ("ethics", "laws_rules", "human_trafficking", "medical_errors"):
            self.field.addItem(core(field_label(f"ce.topics.{topic}")), f"ce.topics.{topic}")
        self.value = QLineEdit()
        self.value.setPlaceholderText("e.g. 600")
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("rules_card", "e.g. board letter 2025-03-02"))
        self.form.add("code", translate("rules_card", "Jurisdiction:"), self.code)
        self.form.add("field", translate("rules_card", "Figure:"), self.field)
        self.form.add("value", translate("rules_card", "Your figure:"), self.value)
        self.form.add("note", translate("rules_card", "Where it comes from:"), self.note)
        lay.addWidget(self.form)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def values(self) -> tuple[str, str, str, str]:
        return (str(self.code.currentData()), str(self.field.currentData()), self.value.text(),
                self.note.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class RulesCard(QWidget):
    """The Settings card. ``ctx`` is the app context (store, rules, signals)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, box = card()
        outer.addWidget(frame)
        box.addWidget(label(translate("rules_card", "Rules"), "cardTitle"))
        self.in_force = label("", wrap=True)
        self.in_force.setAccessibleName(translate("rules_card", "Rules in force"))
        box.addWidget(self.in_force)
        box.addWidget(label(translate("rules_card", "Laws change. A rule pack from the LMT "
                                      "Tracker maintainers brings the rules up to "
                                      "date without a new version of the app; it "
                                      "is checked before anything changes, and "
                                      "can be rolled back."),
                            "muted", wrap=True))
        row = QHBoxLayout()
        row.addWidget(button(translate("rules_card", "Update from file…"), self.choose_pack,
                             icon_name="open"))
        self.rollback_button = button(translate("rules_card", "Roll back"), self.roll_back,
                                      icon_name="undo")
        row.addWidget(self.rollback_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(label(translate("rules_card", "Your overrides"), "cardTitle"))
        self.overrides = QListWidget()
        self.overrides.setAccessibleName(translate("rules_card", "Your overrides"))
        self.overrides.setMaximumHeight(140)
        self.remove_button = button(translate("rules_card", "Remove selected"),
                                    self.remove_selected, icon_name="delete")
        self.remove_button.setEnabled(False)
        self.overrides.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.overrides.selectedItems())))
        box.addWidget(self.overrides)
        row = QHBoxLayout()
        row.addWidget(button(translate("rules_card", "Add override…"), self.add_override_dialog,
                             icon_name="add"))
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)

    # -- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        from lmt_tracker.domain.core.overrides import field_label, review
        from lmt_tracker.rules.loader import load_all
        from lmt_tracker.rules.packs import installed_state

        state = installed_state()
        self.in_force.setText(rules_in_force_line(state))
        self.rollback_button.setEnabled(state.active is not None)
        stored = self.ctx.store.rule_overrides()
        flags = review(load_all(), stored, self.ctx.today())
        self.overrides.clear()
        for o in stored:
            item = QListWidgetItem(f"{o.jurisdiction} · {core(field_label(o.field))} = {o.value}  "
                                   f"({o.note})")
            item.setData(Qt.ItemDataRole.UserRole, (o.jurisdiction, o.field))
            mine = [f for f in flags if f.startswith(f"{o.jurisdiction} ")]
            if mine:
                item.setToolTip("\n".join(core(f) for f in mine))
                item.setText(item.text() + translate("rules_card", "  — rules changed, check it"))
            self.overrides.addItem(item)
        if not stored:
            self.overrides.addItem(translate("rules_card", "No overrides: the rules are used as "
                                             "they are."))
            self.overrides.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _changed(self, message: str) -> None:
        self.ctx.forget_rules()
        self.refresh()
        self.ctx.signals.status_message.emit(message)
        self.ctx.signals.data_changed.emit("all")

    # -- rule packs ---------------------------------------------------------------------
    def choose_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window(), translate("rules_card",
                                                                       "Update the rules from a "
                                                                       "rule pack"),
                                              str(Path.home()), translate("rules_card",
                                                                          "Rule packs (*.zip)"))
        if name:
            self.update_from(Path(name))

    def update_from(self, path: Path) -> bool:
        """Verify, show the changes, and install on confirmation. True when installed."""
        from lmt_tracker.rules.loader import load_all
        from lmt_tracker.rules.packs import PackError, install, read_pack
        from lmt_tracker.rules.packs.changes import rule_changes
        from lmt_tracker.rules.packs.installed import check_installable

        window = self.window()
        try:
            try:
                pack = read_pack(path)
            except PackError as exc:
                if "--allow-untrusted" not in str(exc):
                    raise
                if not commands.confirm(
                        window, translate("rules_card", "This rule pack is not from LMT Tracker"),
                        translate("rules_card", "{0}\n\nRules from an unknown source decide "
                                  "what the app tells you. Install it only if you "
                                  "know and trust who made it.")
                                        .format(_refused(exc.problems[0])),
                                        translate("rules_card", "Check it anyway")):
                    return False
                pack = read_pack(path, allow_untrusted=True)
            check_installable(pack)
        except PackError as exc:
            tell(window, translate("rules_card", "Rules not updated"),
                 "\n".join(core(p) for p in exc.problems)
                 + translate("rules_card", "\n\nNothing changed."))
            return False
        changes = rule_changes(load_all(), pack.rules)
        lines = [core(c.line()) for c in changes[:MAX_SHOWN_CHANGES]]
        if len(changes) > MAX_SHOWN_CHANGES:
            lines.append(translate("rules_card", "… and {0} more")
                         .format(len(changes) - MAX_SHOWN_CHANGES))
        codes = sorted({c.code for c in changes})
        listed = ": " + ", ".join(codes) if codes else ""
        summary = (translate("rules_card", "{0}: {1}.\n{2} in {3}{listed}.")
                   .format(core(pack.manifest.label), core(pack.trust.reason),
                           count(len(changes), 'change'),
                           count(len(codes), 'jurisdiction'), listed=listed))
        if not show_changes(window, translate("rules_card", "Update the rules?"), summary, lines):
            return False
        try:
            state = install(pack)
        except (PackError, OSError) as exc:
            tell(window, translate("rules_card", "Rules not updated"),
                 translate("rules_card", "{exc}\n\nNothing changed.").format(exc=core_error(exc)))
            return False
        self._changed(core(state.describe()))
        return True

    def roll_back(self) -> None:
        from lmt_tracker.rules.packs import PackError, roll_back

        if not commands.confirm(self.window(), translate("rules_card", "Roll back the rules?"),
                                translate("rules_card", "The rules in force before the last "
                                          "update apply again."),
                                translate("rules_card", "Roll back")):
            return
        try:
            state = roll_back()
        except PackError as exc:
            tell(self.window(), translate("rules_card", "Nothing to roll back"), core_error(exc))
            return
        self._changed(core(state.describe()))

    # -- overrides ----------------------------------------------------------------------
    def add_override(self, code: str, field: str, value: str, note: str) -> str | None:
        """Record one override; returns the problem (naming the key) or None when saved."""
        from lmt_tracker.domain.core.overrides import OverrideError, check_override
        from lmt_tracker.rules.loader import load_all

        try:
            record = check_override(load_all(), code, field, value, note, self.ctx.today())
        except OverrideError as exc:
            return core_error(exc)
        self.ctx.store.save_rule_override(record)
        self._changed(translate("rules_card", "Your override of {0} {1} is recorded")
                      .format(record.jurisdiction, record.field))
        return None

    def add_override_dialog(self) -> None:
        from lmt_tracker.rules.loader import load_all

        dialog = OverrideDialog(load_all(), self.window())
        while dialog.exec() == QDialog.DialogCode.Accepted:
            problem = self.add_override(*dialog.values())
            if problem is None:
                return
            dialog.show_error(problem)

    def remove_selected(self) -> None:
        items = self.overrides.selectedItems()
        if not items or not items[0].data(Qt.ItemDataRole.UserRole):
            return
        code, field = items[0].data(Qt.ItemDataRole.UserRole)
        self.ctx.store.delete_rule_override(code, field)
        self._changed(translate("rules_card", "Your override of {code} {field} is removed")
                      .format(code=code, field=field))


def _refused(problem: str) -> str:
    """"pack.zip: refused — <why>." without the command line's advice (the dialog asks)."""
    if isinstance(problem, Phrase) and problem.template.startswith("{name}: refused"):
        fields = dict(problem.fields)
        return translate("rules_card", "{0}: refused — {1}.").format(
            fields["name"], core(cast(str, fields["reason"])))
    return problem.split(" Only install")[0]
