"""The one error of rule packs, kept apart so deciding which rules are in force imports
nothing else of the package (no zip, no cryptography)."""

from __future__ import annotations

from lmt_tracker.domain.core.phrases import joined


class PackError(ValueError):
    """A pack that cannot be used; ``problems`` lists what is wrong, each naming its file
    (phrases where the app words them: ``domain.core.phrases``)."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(self.problems[0] if len(self.problems) == 1
                         else joined(self.problems, "\n"))
