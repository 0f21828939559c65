"""Build the front-end: GOV.UK Frontend's Sass with our settings, its scripts and images, htmx, translations.

Run by `make` (through `python -m familyplan.web.assets`) after `npm ci` has
installed the packages named in package.json. Nothing is fetched at run time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parent
ROOT = WEB.parent.parent
MODULES = ROOT / "node_modules"
STATIC = WEB / "static"


def build() -> None:
    if not (MODULES / "govuk-frontend").exists():
        sys.exit("Front-end packages are missing: run `npm ci` in the project folder (make does this).")
    (STATIC / "familyplan").mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(MODULES / ".bin" / "sass"),
            "--pkg-importer=node",
            "--no-source-map",
            "--style=compressed",
            "--quiet-deps",
            str(WEB / "assets_src" / "app.scss"),
            str(STATIC / "familyplan" / "app.css"),
        ],
        check=True,
        cwd=ROOT,
    )
    govuk = MODULES / "govuk-frontend" / "dist" / "govuk"
    shutil.copytree(govuk / "assets" / "images", STATIC / "govuk" / "assets" / "images", dirs_exist_ok=True)
    shutil.copy2(govuk / "govuk-frontend.min.js", STATIC / "govuk" / "govuk-frontend.min.js")
    shutil.copy2(MODULES / "htmx.org" / "dist" / "htmx.min.js", STATIC / "familyplan" / "htmx.min.js")
    for script in (WEB / "static_src").glob("*.js"):
        shutil.copy2(script, STATIC / "familyplan" / script.name)
    compile_translations()


def compile_translations() -> None:
    """Translations, from the .po files kept in git to the .mo files Django reads."""
    import polib

    for po in (WEB / "locale").glob("*/LC_MESSAGES/*.po"):
        polib.pofile(str(po)).save_as_mofile(str(po.with_suffix(".mo")))


if __name__ == "__main__":
    build()
