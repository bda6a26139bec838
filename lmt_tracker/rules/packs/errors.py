"""The one error of rule packs, kept apart so deciding which rules are in force imports
nothing else of the package (no zip, no cryptography)."""

from __future__ import annotations


class PackError(ValueError):
    """A pack that cannot be used; ``problems`` lists what is wrong, each naming its file."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))
