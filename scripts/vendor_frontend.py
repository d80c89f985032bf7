"""Vendor the NHS.UK frontend's compiled CSS, JS and assets into static/nhsuk/.

Run from the repository root: ``python scripts/vendor_frontend.py [VERSION]`` (needs npm).
The CSS is changed in two ways so the pages work offline and from /static:
the @font-face rules that load Frutiger from the NHS CDN are removed (browsers fall back to
Arial, as the design system's font stack intends), and /assets/ URLs point at /static/nhsuk/assets/.
"""

import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

TARGET = Path("static/nhsuk")


def main(version: str = "10.6.1") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"nhsuk-frontend@{version}"], cwd=tmp, check=True)
        with tarfile.open(Path(tmp) / f"nhsuk-frontend-{version}.tgz") as tar:
            tar.extractall(tmp, filter="data")
        dist = Path(tmp) / "package/dist/nhsuk"
        shutil.rmtree(TARGET, ignore_errors=True)
        TARGET.mkdir(parents=True)
        shutil.copytree(dist / "assets", TARGET / "assets")
        shutil.copy(dist / "nhsuk-frontend.min.js", TARGET)
        css = (dist / "nhsuk-frontend.min.css").read_text()
        css = re.sub(r"@font-face\{[^}]*\}", "", css).replace("/assets/", "/static/nhsuk/assets/")
        (TARGET / "nhsuk-frontend.min.css").write_text(css)
    (TARGET / "VERSION").write_text(version + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
