"""How big the one-folder application is, unpacked and as a .tar.gz download."""

from __future__ import annotations

import gzip
import os
import tarfile
from pathlib import Path

MB = 1024 * 1024


def unpacked_bytes(folder: Path) -> int:
    """The sum of the files' sizes (symbolic links counted as links, as a copy keeps them)."""
    total = 0
    for directory, _folders, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(directory, name)).st_size
    return total


class _Counter:
    """A write-only file that only counts what is written to it."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def compressed_bytes(folder: Path, level: int = 6) -> int:
    """The size of ``tar czf`` of the folder (gzip level 6, tar's default), written nowhere."""
    counter = _Counter()
    with gzip.GzipFile(fileobj=counter, mode="wb", compresslevel=level, mtime=0) as stream:
        with tarfile.open(fileobj=stream, mode="w") as archive:
            archive.add(folder, arcname=folder.name)
    return counter.size


def describe(folder: Path) -> str:
    return f"{unpacked_bytes(folder) / MB:.0f} MB unpacked"
