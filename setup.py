"""Packaging glue that pyproject.toml cannot express: the data folders become subpackages.

``state_requirements/`` and ``resources/`` live at the top of the source tree (where
people edit them) but must sit inside the installed package, so they are mapped to
``lmt_tracker.state_requirements`` and ``lmt_tracker.resources``. From ``docs/`` only the
user guide and its pictures ship (``lmt_tracker.docs``: Help › User guide opens it
offline); the developers' documents stay in the source distribution.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

DATA_PACKAGES = {
    "lmt_tracker.state_requirements": "state_requirements",
    "lmt_tracker.state_requirements.national": "state_requirements/national",
    "lmt_tracker.resources": "resources",
    "lmt_tracker.resources.fonts": "resources/fonts",
    "lmt_tracker.resources.icons": "resources/icons",
    "lmt_tracker.resources.sample": "resources/sample",
    "lmt_tracker.resources.desktop": "resources/desktop",
    "lmt_tracker.docs": "docs",
    "lmt_tracker.docs.guide": "docs/guide",
}

# A data folder with nothing in it yet is simply not shipped.
present = {name: folder for name, folder in DATA_PACKAGES.items() if Path(folder).is_dir()}

setup(
    packages=find_namespace_packages(include=["lmt_tracker", "lmt_tracker.*"]) + list(present),
    package_dir={"lmt_tracker": "lmt_tracker", **present},
)
