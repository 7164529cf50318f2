#!/usr/bin/env python3
"""CPU ticks or resident memory of a process and all its descendants (a peer's node may fork workers).

Usage: proctree.py cpu <pid>   -> utime + stime in clock ticks, summed over the tree
       proctree.py rss <pid>   -> VmRSS in kB, summed over the tree (nothing printed once the process is gone)
"""
import os
import sys


def tree(root):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def cpu(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    except OSError:
        return 0


def rss(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    what, root = sys.argv[1], int(sys.argv[2])
    if not os.path.exists(f"/proc/{root}"):
        sys.exit(1)
    pids = tree(root)
    print(sum(cpu(p) for p in pids) if what == "cpu" else sum(rss(p) for p in pids))


if __name__ == "__main__":
    main()
