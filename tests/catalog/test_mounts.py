"""Network filesystem detection from /proc/mounts text (input parsing, no real mounts)."""

from __future__ import annotations

from gallery.catalog.mounts import is_network_type, mount_of, network_filesystem

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
server:/export /mnt/museum nfs4 rw,relatime,vers=4.2 0 0
//nas/art /mnt/nas cifs rw,vers=3.0 0 0
curator@host:/srv /home/curator/remote fuse.sshfs rw,nosuid 0 0
/dev/sdb1 /media/usb fuseblk rw 0 0
/dev/sdc1 /mnt/museum/local ext4 rw 0 0
/dev/sdd1 /mnt/with\\040space ext4 rw 0 0
"""


def test_local_disk_is_not_network() -> None:
    assert network_filesystem("/home/curator/catalog.db", MOUNTS) is None
    assert network_filesystem("/media/usb/catalog.db", MOUNTS) is None


def test_nfs_cifs_and_sshfs_are_detected() -> None:
    assert network_filesystem("/mnt/museum/catalog.db", MOUNTS) == "nfs4"
    assert network_filesystem("/mnt/nas/gallery/catalog.db", MOUNTS) == "cifs"
    assert network_filesystem("/home/curator/remote/catalog.db", MOUNTS) == "fuse.sshfs"


def test_the_longest_mount_point_wins() -> None:
    assert mount_of("/mnt/museum/local/catalog.db", MOUNTS) == ("/mnt/museum/local", "ext4")
    assert network_filesystem("/mnt/museum/local/catalog.db", MOUNTS) is None
    # /mnt/museumX is not inside /mnt/museum
    assert mount_of("/mnt/museumX/catalog.db", MOUNTS) == ("/", "ext4")


def test_escaped_mount_points_are_read() -> None:
    assert mount_of("/mnt/with space/catalog.db", MOUNTS) == ("/mnt/with space", "ext4")


def test_types() -> None:
    assert all(is_network_type(t) for t in ("nfs", "smb3", "fuse", "fuse.rclone", "9p"))
    assert not any(is_network_type(t) for t in ("ext4", "btrfs", "fuseblk", "tmpfs", "xfs"))


def test_garbage_text_detects_nothing() -> None:
    assert network_filesystem("/x/catalog.db", "nonsense\n\n") is None
