"""Is the catalog on a network filesystem? SQLite's WAL needs every writer on one host.

WAL coordinates writers through a shared-memory file; over NFS, SMB/CIFS, sshfs and other FUSE
network mounts that memory is not shared between machines, and file locks are unreliable, so
two curators on two computers can corrupt the catalog. The editor warns when the catalog's
mount point (from /proc/mounts) has such a filesystem type. Qt-free; fed text in tests.
"""

from __future__ import annotations

import os
from pathlib import Path

MOUNTS_FILE = "/proc/mounts"
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "9p", "afs", "ceph", "glusterfs",
    "davfs", "lustre", "gpfs", "ncpfs", "coda", "ocfs2", "gfs2", "beegfs", "orangefs",
})
# FUSE types that are local disks or kernel views, not network shares.
LOCAL_FUSE = frozenset({"fuseblk", "fuse.lxcfs", "fuse.portal", "fusectl"})


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash in paths as \040 \011 \012 \134.
    out, i = [], 0
    while i < len(field):
        code = field[i + 1:i + 4]
        if field[i] == "\\" and len(code) == 3 and code.isdigit():
            out.append(chr(int(code, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, filesystem type) for each line of a /proc/mounts text."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape(parts[1]), parts[2]))
    return mounts


def mount_of(path: str | os.PathLike[str], mounts_text: str) -> tuple[str, str] | None:
    """The mount (point, type) holding `path`: the longest mount point that contains it.

    A later line for the same mount point wins, as the last mount over a point hides earlier.
    """
    target = Path(os.path.abspath(path))
    best: tuple[str, str] | None = None
    for point, fstype in parse_mounts(mounts_text):
        mount = Path(point)
        if (target == mount or mount in target.parents) and (
                best is None or len(mount.parts) >= len(Path(best[0]).parts)):
            best = (point, fstype)
    return best


def is_network_type(fstype: str) -> bool:
    fstype = fstype.lower()
    if fstype in LOCAL_FUSE:
        return False
    return (fstype in NETWORK_TYPES or fstype == "fuse" or fstype.startswith("fuse.")
            or fstype.startswith(("nfs", "smb", "cifs")))


def network_filesystem(path: str | os.PathLike[str],
                       mounts_text: str | None = None) -> str | None:
    """The filesystem type if `path` lies on a network (or FUSE) mount, else None.

    Reads /proc/mounts unless `mounts_text` is given; where there is no /proc (macOS,
    Windows) nothing is detected and None is returned.
    """
    if mounts_text is None:
        try:
            mounts_text = Path(MOUNTS_FILE).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    resolved = Path(path).resolve()
    found = mount_of(resolved, mounts_text)
    if found and is_network_type(found[1]):
        return found[1]
    return None
