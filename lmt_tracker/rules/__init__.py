"""The rules as data: read, updated, overridden and shown.

- ``loader``: the strict reader of ``state_requirements/*.toml`` into typed rule records;
- ``packs``: signed rule packs that move the rules forward without a new release;
- ``in_force``: the rules in force with the user's overrides applied;
- ``as_json``, ``as_text``: one jurisdiction's rules for scripts and for the terminal;
- ``docs``: the generated jurisdiction pages (docs/jurisdictions.md).

Nothing is imported here: each command loads only the part it uses.
"""

__all__ = ["as_json", "as_text", "docs", "in_force", "loader", "packs"]
