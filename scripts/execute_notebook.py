"""Execute one notebook with the tslab kernel and save it atomically.

Usage: execute_notebook.py NOTEBOOK OUTPUT WORKDIR [TIMEOUT]
Exit 0 when every cell ran; exit 1 with one line on stderr naming the notebook, the cell and the error.
The output file is written only when every cell succeeded (a temp file, then a rename).
"""
import os
import re
import sys
import tempfile

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main():
    src, out, workdir = sys.argv[1], sys.argv[2], sys.argv[3]
    timeout = int(sys.argv[4]) if len(sys.argv) > 4 else 600
    nb = nbformat.read(src, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="tslab", resources={"metadata": {"path": workdir}})
    try:
        client.execute()
    except CellExecutionError as err:
        index, message = _failure(nb, err)
        where = f"cell {index + 1}" if index is not None else "a cell"
        print(f"{src}: {where} failed: {message}", file=sys.stderr)
        return 1
    except Exception as err:  # kernel died, timeout, missing kernel spec
        print(f"{src}: could not execute: {type(err).__name__}: {' '.join(str(err).split())[:400]}", file=sys.stderr)
        return 1
    # Errors printed to stderr by a cell without raising still count as failures in tslab:
    # tslab reports compile errors as an "error" output, which nbclient raises on above.
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(out)), suffix=".ipynb.tmp")
    os.close(fd)
    nbformat.write(nb, tmp)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a saved notebook gets the usual mode
    os.replace(tmp, out)
    return 0


def _failure(nb, err):
    """The failing cell and a one-line reason. tslab reports errors as ename "<Error>" with the real
    message (compile diagnostics or the thrown error) in the cell's stderr stream, so read that."""
    index = None
    for i, cell in enumerate(nb.cells):
        if cell.get("cell_type") == "code" and cell.get("outputs"):
            index = i
    for i, cell in enumerate(nb.cells):
        if cell.get("cell_type") == "code" and cell.get("source", "").strip() and cell.get("source") in str(err):
            index = i
    reason = f"{err.ename}: {err.evalue}".strip(": ")
    if index is not None:
        stderr = "".join(o.get("text", "") for o in nb.cells[index].get("outputs", [])
                         if o.get("output_type") == "stream" and o.get("name") == "stderr")
        # drop stack frames, source echoes and caret lines; keep what names the problem
        lines = [l.strip() for l in stderr.splitlines()
                 if l.strip() and not re.match(r"^(at |\^+$|evalmachine\.)", l.strip())]
        thrown = [l for l in lines if re.match(r"^[A-Za-z.]*(Error|Exception)\b|^\d+:\d+ - |^[\w.]+: .*(Timeout|timed out|failed)", l)]
        if thrown:
            reason = "; ".join(thrown[:3])
        elif lines:
            reason = lines[0]
    return index, " ".join(reason.split())[:400]


if __name__ == "__main__":
    sys.exit(main())
