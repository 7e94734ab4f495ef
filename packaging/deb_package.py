"""The Debian package of the one-folder application: a staged tree given to dpkg-deb.

    /opt/lab-planner/                   the folder PyInstaller built
    /usr/bin/planner                    -> /opt/lab-planner/planner
    /usr/share/applications/lab-planner.desktop
    /usr/share/icons/hicolor/<n>x<n>/apps/lab-planner.png, scalable/apps/lab-planner.svg
    /usr/share/doc/lab-planner/copyright

The bundle carries its Python, Qt and libraries; what it still takes from the system (the C
library, X11/XCB, OpenGL, fontconfig, …) is found by asking the dynamic linker which
libraries each of its binaries resolves outside the folder, and dpkg which package holds
each: those packages are the Depends line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = "lab-planner"
INSTALL_DIR = Path("opt") / PACKAGE
ICON = ROOT / "resources" / "icons" / "lab-planner.svg"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from planner import __version__

    return __version__


def build(bundle: Path, icons: Path, work: Path, out: Path) -> Path:
    """Stage the tree under ``work`` and write ``out/lab-planner_<version>_<arch>.deb``."""
    arch = _run("dpkg", "--print-architecture").strip()
    stage = work / f"{PACKAGE}_{version()}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR, symlinks=True)
    commands = stage / "usr" / "bin"
    commands.mkdir(parents=True)
    (commands / "planner").symlink_to(Path("/") / INSTALL_DIR / "planner")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / "lab-planner.desktop", applications / "lab-planner.desktop")
    theme = stage / "usr" / "share" / "icons" / "hicolor"
    for png in sorted(icons.glob("lab-planner-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        folder = theme / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(png, folder / "lab-planner.png")
    (theme / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ICON, theme / "scalable" / "apps" / "lab-planner.svg")
    doc = stage / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright(), encoding="utf-8")
    _normalise_permissions(stage)

    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        _control(arch, depends=system_packages(stage / INSTALL_DIR), size_kb=_size_kb(stage)),
        encoding="utf-8",
    )
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{stage.name}.deb"
    subprocess.run(
        # gzip: every dpkg reads it, and it takes seconds where xz takes minutes (xz would
        # give 114 MB instead of about 145 MB)
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def _control(arch: str, depends: list[str], size_kb: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        "Maintainer: KT-KAIST AI·SW research institute <planner@kt-kaist.example>\n"
        "Description: seating, research-task renewals and agreements\n"
        " Lab Planner seats the residents of the KT-KAIST AI·SW research institute on\n"
        " its floors, runs the yearly renewal of the joint research tasks and prints\n"
        " agreements, seating charts and rosters. The window starts with `planner`;\n"
        " `planner --help` lists the commands.\n"
    )


def _copyright() -> str:
    fonts = (ROOT / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    return (
        "Lab Planner: proprietary.\n\n"
        "Files: opt/lab-planner/_internal/resources/fonts/*\n"
        "Nanum Gothic and Nanum Myeongjo by NAVER, SIL Open Font License 1.1:\n\n"
        f"{fonts}\n"
        "The bundled Python, Qt (LGPL-3.0), PySide6 (LGPL-3.0) and Python libraries keep\n"
        "their own licences, found in their folders under opt/lab-planner/_internal.\n"
    )


def _normalise_permissions(stage: Path) -> None:
    """Folders 755, executables 755, other files 644 (as dpkg expects of /opt and /usr)."""
    for directory, _folders, files in os.walk(stage):
        os.chmod(directory, 0o755)
        for name in files:
            path = Path(directory, name)
            if path.is_symlink():
                continue
            executable = path.stat().st_mode & 0o111
            os.chmod(path, 0o755 if executable else 0o644)


def _size_kb(stage: Path) -> int:
    total = 0
    for directory, _folders, files in os.walk(stage):
        total += sum(os.lstat(os.path.join(directory, name)).st_size for name in files)
    return (total + 1023) // 1024


def _binaries(folder: Path) -> list[Path]:
    found = []
    for directory, _folders, files in os.walk(folder):
        for name in files:
            path = Path(directory, name)
            if path.is_symlink() or not (".so" in name or os.access(path, os.X_OK)):
                continue
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(folder: Path) -> dict[str, set[str]]:
    """Library path outside ``folder`` -> the bundle's binaries (paths inside it) that load it;
    a library no one can find is listed under "not found: <name>"."""
    folder = folder.resolve()
    found: dict[str, set[str]] = {}
    for binary in _binaries(folder):
        env = {**os.environ, "LD_LIBRARY_PATH": f"{folder / '_internal'}:{binary.parent}"}
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            match = re.match(r"\s*(\S+) => (not found|(/\S+))", line)
            if not match:
                continue
            if match[2] == "not found":
                found.setdefault(f"not found: {match[1]}", set()).add(_inside(binary, folder))
                continue
            resolved = Path(match[3]).resolve()
            if folder not in resolved.parents:
                found.setdefault(str(resolved), set()).add(_inside(binary, folder))
    return found


def _inside(binary: Path, folder: Path) -> str:
    return binary.relative_to(folder).as_posix()


def system_packages(folder: Path) -> list[str]:
    """The Debian packages holding the system libraries the bundle loads (libc6 with at
    least the version built against: newer glibc symbols are the usual trap)."""
    libraries = [name for name in system_libraries(folder) if not name.startswith("not found")]
    packages = set(_owners(libraries))
    libc = _run("dpkg-query", "-W", "-f=${Version}", "libc6").strip()
    packages.discard("libc6")
    return [f"libc6 (>= {libc.split('-')[0]})", *sorted(packages)]


def _owners(libraries: list[str]) -> list[str]:
    """The packages that installed ``libraries``, asked of dpkg at once (each path also
    without and with /usr: on a merged /usr the package may have listed either)."""
    candidates = sorted(
        {variant for name in libraries for variant in (name, name.removeprefix("/usr"))}
    )
    # dpkg -S fails for the variants it does not know, and still names the others' packages.
    result = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True)
    return [line.split(":", 1)[0].split(",")[0].strip() for line in result.stdout.splitlines()]


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout
