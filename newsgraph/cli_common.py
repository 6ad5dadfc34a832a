"""Shared CLI plumbing: option bundles, output helpers and error translation."""
from __future__ import annotations

import functools
import json
import os
import sys
import traceback

import click

from newsgraph.errors import AmbiguousNameError, NewsgraphError


def store_options(fn):
    """--store PATH / --neo4j, resolved into a ``store`` argument (closed afterwards)."""
    @click.option("--store", "store_path", type=click.Path(dir_okay=True), envvar="NEWSGRAPH_STORE",
                  help="Embedded store file (default ./newsgraph-data/graph.json; env NEWSGRAPH_STORE).")
    @click.option("--neo4j", "use_neo4j", is_flag=True, default=None,
                  help="Use Neo4j at NEO4J_URI (also chosen when NEO4J_URI is set and --store is not).")
    @functools.wraps(fn)
    def wrapper(*args, store_path=None, use_neo4j=None, **kwargs):
        from newsgraph.api import open_store

        store = open_store(store_path, True if use_neo4j else None)
        try:
            return fn(*args, store=store, **kwargs)
        finally:
            store.close()
    return wrapper


def json_option(fn):
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(fn)


def echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned text table (no dependency, pipes cleanly)."""
    cells = [headers] + [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    fmt = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([fmt(cells[0]), fmt(["-" * w for w in widths])] + [fmt(r) for r in cells[1:]])


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class NewsgraphGroup(click.Group):
    """Turns library errors into one line and an exit code; never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NewsgraphError as exc:
            msg = f"Error: {exc}"
            if exc.hint:
                msg += f"\nHint: {exc.hint}"
            click.echo(msg, err=True)
            if isinstance(exc, AmbiguousNameError) and exc.candidates and "--json" in sys.argv:
                echo_json({"error": str(exc), "candidates": exc.candidates})
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except BrokenPipeError:  # `newsgraph who X | head`: the reader left, nothing to report
            _silence_stdout()
            ctx.exit(0)
        except Exception as exc:  # a bug: say so in one line, keep the trace for --debug
            if os.environ.get("NEWSGRAPH_DEBUG"):
                traceback.print_exc()
            click.echo(f"Error: internal error: {type(exc).__name__}: {exc}\n"
                       "Hint: set NEWSGRAPH_DEBUG=1 for the traceback and report it", err=True)
            ctx.exit(70)
