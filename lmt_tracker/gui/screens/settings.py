"""Settings: your profile, the database (open, new, back up, restore, export, import),
the rules (rule packs, your overrides), reminder lead times and the theme."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lmt_tracker.gui import actions, commands, preferences, tasks, theme, translation, words
from lmt_tracker.gui.context import AppContext
from lmt_tracker.gui.screens.base import Screen
from lmt_tracker.gui.translation import translate
from lmt_tracker.gui.widgets.common import button, card, header, label
from lmt_tracker.gui.widgets.forms import Form
from lmt_tracker.gui.widgets.rules_card import RulesCard


class SettingsScreen(Screen):
    restore_backup_button: QPushButton  # made in _build, used by a slot connected before it
    key = "settings"
    title = translate("settings", "Settings")
    icon = "settings"
    shows = frozenset({"settings", "therapist"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head, _ = header(translate("settings", "Settings"))
        outer.addWidget(head)
        scroll = QScrollArea()
        # it takes the focus: arrows scroll it
        scroll.setAccessibleName(translate("settings", "Settings page"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 8, 8)
        lay.setSpacing(12)
        lay.addWidget(self._profile_card())
        lay.addWidget(self._database_card())
        lay.addWidget(self._backups_card())
        self.rules_card = RulesCard(ctx)
        lay.addWidget(self.rules_card)
        lay.addWidget(self._reminder_card())
        lay.addWidget(self._theme_card())
        lay.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def _profile_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(label(translate("settings", "Your profile"), "cardTitle"))
        self.profile = label("", wrap=True)
        box.addWidget(self.profile)
        row = QHBoxLayout()
        row.addWidget(button(translate("settings", "Edit profile…"), self.edit_profile,
                             icon_name="person"))
        row.addStretch(1)
        box.addLayout(row)
        return frame

    def _database_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(label(translate("settings", "Database"), "cardTitle"))
        self.location = label("", wrap=True)
        self.location.setAccessibleName(translate("settings", "Database location"))
        box.addWidget(self.location)
        box.addWidget(label(translate("settings", "Everything you enter lives in this one file. "
                                      "Backups are whole copies, safe to take while "
                                      "the app runs; restoring keeps a copy of what "
                                      "it replaces."), "muted", wrap=True))
        window = lambda: self.window()  # noqa: E731 - resolved when clicked
        for group in (((translate("settings", "Open another…"),
                        lambda: commands.open_database(window()), "open"),
                       (translate("settings", "New empty database…"),
                        lambda: commands.open_database(window(), new=True), "add")),
                      ((translate("settings", "Back up now…"), lambda: commands.backup(window()),
                        "backup"),
                       (translate("settings", "Restore a backup…"),
                        lambda: commands.restore(window()), "restore")),
                      ((translate("settings", "Export everything (.json)…"),
                        lambda: commands.export_file(window()),
                        "backup"),
                       (translate("settings", "Import an export…"),
                        lambda: commands.import_file(window()), "restore"))):
            row = QHBoxLayout()
            for text, slot, name in group:
                row.addWidget(button(text, slot, icon_name=name))
            row.addStretch(1)
            box.addLayout(row)
        return frame

    def _backups_card(self) -> QWidget:
        """The automatic copies (``store.backups``), newest first, one click to restore."""
        frame, box = card()
        box.addWidget(label(translate("settings", "Automatic backups"), "cardTitle"))
        self.backups_note = label("", "muted", wrap=True)
        box.addWidget(self.backups_note)
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(translate("settings", "Automatic backups"))
        self.backup_list.setMaximumHeight(180)
        self.backup_list.itemSelectionChanged.connect(
            lambda: self.restore_backup_button.setEnabled(bool(self.backup_list.selectedItems())))
        box.addWidget(self.backup_list)
        row = QHBoxLayout()
        self.restore_backup_button = button(translate("settings", "Restore selected backup…"),
                                            self.restore_selected,
                                            icon_name="restore")
        self.restore_backup_button.setEnabled(False)
        row.addWidget(self.restore_backup_button)
        row.addStretch(1)
        self.backup_folder_button = button(translate("settings", "Keep backups in…"),
                                           self.choose_backup_folder,
                                           icon_name="open")
        row.addWidget(self.backup_folder_button)
        self.backup_beside_button = button(translate("settings", "Keep them beside the database"),
                                           lambda: self.choose_backup_folder(beside=True))
        row.addWidget(self.backup_beside_button)
        box.addLayout(row)
        return frame

    def choose_backup_folder(self, *, beside: bool = False) -> None:
        """Another folder for this database's copies (remembered on this computer), or
        beside the database again. Copies already made stay where they are."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from lmt_tracker.store.backup_list import backups_folder
        from lmt_tracker.store.backups import choose_folder

        database = self.ctx.store.target.path
        if database is None:
            return
        folder = None
        if not beside:
            name = QFileDialog.getExistingDirectory(
                self.window(), translate("settings", "Keep this database's automatic backups in"),
                str(backups_folder(database)))
            if not name:
                return
            folder = Path(name)
        try:
            choose_folder(database, folder)
        except Exception as exc:  # a refusal with its own message (folder gone, unwritable)
            tasks.report_error(self.ctx, self.window(), translate("settings",
                                                                  "Choosing the backups folder"),
                               exc)
            return
        self._fill_backups()

    def _fill_backups(self) -> None:
        from lmt_tracker.store.backup_list import backups_folder, list_backups
        from lmt_tracker.store.backups import KEEP_DAILY

        self.backup_list.clear()
        path = self.ctx.store.target.path
        from lmt_tracker.store.backup_list import chosen_folder

        self.backup_folder_button.setVisible(path is not None)
        self.backup_beside_button.setVisible(path is not None and chosen_folder(path) is not None)
        if path is None:
            self.backups_note.setText(
                translate("settings", "A server database's backups are the server's: whoever "
                          "runs it backs it up with its own tools (pg_dump), and "
                          "LMT Tracker keeps no copies of it. Before an import "
                          "replaces its records, an export of them is kept in your "
                          "data folder."))
            return
        self.backups_note.setText(
            translate("settings", "A copy is kept on the first start of each day (the last "
                      "{KEEP_DAILY}) and before every import, restore and upgrade, "
                      "in {0}{1}. Restoring one keeps a copy of what it replaces.")
                                  .format(backups_folder(path),
                                          '' if chosen_folder(path)
                                          else translate("settings", " (beside the database)"),
                                          KEEP_DAILY=KEEP_DAILY))
        for b in list_backups(path):
            item = QListWidgetItem(translate("settings", "{0} {1:%H:%M}  ·  {2}  ·  {3:,} KB")
                                   .format(words.date(b.created), b.created, _backup_label(b),
                                           max(1, b.size // 1024)))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.backup_list.addItem(item)
        if not self.backup_list.count():
            self.backup_list.addItem(translate("settings", "No automatic backup yet: the first "
                                               "is made when you next open the app."))
            self.backup_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def restore_selected(self) -> None:
        from pathlib import Path

        items = self.backup_list.selectedItems()
        if not items or not items[0].data(Qt.ItemDataRole.UserRole):
            return
        path = Path(items[0].data(Qt.ItemDataRole.UserRole))
        if not commands.confirm(self.window(), translate("settings", "Restore this backup?"),
                                translate("settings", "Everything in the open database is "
                                          "replaced by the copy “{0}”. A copy of "
                                          "the current contents is kept first, so "
                                          "this can be undone the same way.")
                                .format(items[0].text()), translate("settings", "Restore backup")):
            return
        ctx = self.ctx
        tasks.start(ctx, lambda progress: actions.restore_work(ctx.store, path),
                    label=translate("settings", "Restoring…"), parent=self.window(),
                    show_progress=True,
                    cancellable=False,
                    on_done=lambda message: actions.finished_whole_database(ctx, message))

    def _reminder_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(label(translate("settings", "Reminders"), "cardTitle"))
        box.addWidget(label(translate("settings", "Deadlines appear in a banner (and a system "
                                      "notification, where available) when they are "
                                      "this many days away. Retired credentials "
                                      "stay silent."), "muted", wrap=True))
        self.reminder_form = Form()
        self.reminder_days = QLineEdit()
        self.reminder_days.setPlaceholderText("e.g. 90, 60, 30, 7")
        self.reminder_form.add("reminder_days", translate("settings", "Days before a deadline:"),
                               self.reminder_days)
        box.addWidget(self.reminder_form)
        row = QHBoxLayout()
        row.addWidget(button(translate("settings", "Save reminder days"), self.save_reminders,
                             primary=True))
        row.addStretch(1)
        box.addLayout(row)
        return frame

    def _theme_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(label(translate("settings", "Appearance"), "cardTitle"))
        self.theme_group = QButtonGroup(frame)
        row = QHBoxLayout()
        for key, text in (("system", translate("settings", "Follow the system")),
                          ("light", translate("settings", "Light")),
                          ("dark", translate("settings", "Dark")),
                          ("high_contrast", translate("settings", "High contrast"))):
            radio = QRadioButton(text)
            radio.setAccessibleName(translate("settings", "Theme: {text}").format(text=text))
            radio.setProperty("theme", key)
            self.theme_group.addButton(radio)
            row.addWidget(radio)
            radio.setChecked(key == preferences.theme())
        row.addStretch(1)
        self.theme_group.buttonClicked.connect(
            lambda b: actions.set_theme(self.ctx, str(b.property("theme"))))
        box.addLayout(row)
        box.addLayout(self._language_row())
        return frame

    def _language_row(self) -> QHBoxLayout:
        """The language: the system's by default, or one chosen here (from the next start,
        since labels are built once)."""
        row = QHBoxLayout()
        caption = QLabel(translate("settings", "Language:"))
        self.language = QComboBox()
        self.language.setAccessibleName(translate("settings", "Language"))
        self.language.addItem(translate("settings", "Follow the system"), "system")
        for code, name in translation.LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = self.language.findData(preferences.language())
        self.language.setCurrentIndex(max(chosen, 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        caption.setBuddy(self.language)
        row.addWidget(caption)
        row.addWidget(self.language)
        self.language_note = label("", "muted")
        row.addWidget(self.language_note, 1)
        return row

    def _language_chosen(self) -> None:
        preferences.set_language(str(self.language.currentData()))
        self.language_note.setText(translate("settings", "Applies the next time LMT Tracker "
                                             "starts."))

    def refresh(self) -> None:
        t = self.ctx.store.therapist()
        if t is None:
            self.profile.setText(translate("settings", "No profile yet. Your name and birth "
                                           "date help predict renewal dates in "
                                           "states that use them."))
        else:
            born = translate("settings",
                             ", born {0}").format(words.date(t.birth_date)) if t.birth_date else ""
            contact = " · ".join(x for x in (t.email, t.phone) if x)
            self.profile.setText(f"{t.full_name}{born}" + (f"\n{contact}" if contact else ""))
        self.location.setText(translate("settings", "Open: {0}")
                              .format(self.ctx.store.target.describe()))
        self._fill_backups()
        self.rules_card.refresh()
        self.reminder_days.setText(", ".join(str(d) for d in actions.reminder_days(self.ctx)))
        current = preferences.theme() if preferences.theme() in theme.THEMES else "system"
        for b in self.theme_group.buttons():
            b.setChecked(b.property("theme") == current)

    def edit_profile(self) -> None:
        from lmt_tracker.gui.dialogs.record_dialogs import ProfileDialog

        ProfileDialog(self.ctx, self.ctx.store.therapist(), self).exec()

    def save_reminders(self) -> None:
        try:
            days = actions.parse_reminder_days(self.reminder_days.text())
        except ValueError as exc:
            self.reminder_form.show_problems([("reminder_days", str(exc))], "reminder_days")
            return
        self.reminder_form.clear_problems()
        actions.set_reminder_days(self.ctx, days)
        self.reminder_days.setText(", ".join(str(d) for d in days))


#: ``store.backups.LABELS``, marked for the catalog (the store imports no Qt).
_BACKUP_WORDS = (
    QT_TRANSLATE_NOOP("settings", "Daily copy"),
    QT_TRANSLATE_NOOP("settings", "Before an import"),
    QT_TRANSLATE_NOOP("settings", "Before a restore"),
    QT_TRANSLATE_NOOP("settings", "Before a schema upgrade"),
    QT_TRANSLATE_NOOP("settings", "Damaged file set aside"),
)


def _backup_label(backup: object) -> str:
    """Why a copy was made, in the language in use ("Daily copy", "Before an import" …)."""
    from lmt_tracker.store.backup_list import LABELS

    text = translate("settings", LABELS[backup.reason])  # type: ignore[attr-defined]
    revision = getattr(backup, "revision", None)
    return translate("settings", "{0} (schema {1})").format(text, revision) if revision else text
