"""Clear notebooks into the form they are committed in: no outputs, no execution counts, no run
timings; written the way Jupyter writes notebooks (nbformat: keys sorted, one-space indent, sources as
lists of lines, a final newline). Clearing a notebook that `npm run notebooks` executed gives back the
committed file byte for byte, so an executed-and-cleared tree shows no changes.

Usage: clear_notebooks.py [--check] NOTEBOOK...
Rewrites only notebooks that change (atomically). With --check, writes nothing and exits 1 naming
each notebook that is not in its cleared form.
"""
import os
import sys
import tempfile

import nbformat

# What running a cell adds to its metadata (nbclient's timings; the classic Notebook's view state).
RUN_METADATA = ("execution", "collapsed", "scrolled")
# What a notebook keeps of the language its kernel reports: the kernel adds details of the version it
# runs (`version`, `codemirror_mode`), which would change the file whenever the kernel changes.
LANGUAGE_INFO = ("name", "file_extension", "mimetype")


def cleared(text):
    nb = nbformat.reads(text, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        for key in RUN_METADATA:
            cell.metadata.pop(key, None)
    info = nb.metadata.get("language_info")
    if info is not None:
        for key in list(info):
            if key not in LANGUAGE_INFO:
                del info[key]
    out = nbformat.writes(nb)
    return out if out.endswith("\n") else out + "\n"


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    unclear = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new = cleared(text)
        if new == text:
            continue
        unclear.append(path)
        if check:
            continue
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".ipynb.tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(new)
        os.chmod(tmp, os.stat(path).st_mode & 0o777)
        os.replace(tmp, path)
    for path in unclear:
        print(f"{path}: {'not cleared (run npm run notebooks:clear)' if check else 'cleared'}", file=sys.stderr)
    return 1 if check and unclear else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
