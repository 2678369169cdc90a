"""vnkg: build a knowledge graph of Vietnamese officials from news articles and query it.

Exit codes: 0 success; 1 some input was rejected (the rest was processed);
2 usage error (bad option, unknown query); 3 nothing could be read at all.

Each command lives in a module of `vnkg.commands`; it is imported only when the command
runs (or its help is shown), so `vnkg --help` does not load the extraction or store libraries.
"""
from __future__ import annotations

import importlib

import click

# command name -> "module:attribute" under vnkg.commands, in the order `vnkg --help` lists them
COMMANDS = {
    "build": "build:build",
    "load": "load:load",
    "remove": "remove:remove",
    "facts": "build:facts",
    "ask": "ask:ask",
    "person": "person:person",
    "sparql": "query:sparql",
    "cypher": "query:cypher",
    "serve": "serve:serve",
    "push": "push:push",
    "export": "export:export",
    "validate": "validate:validate",
    "analyze": "analyze:analyze",
    "viz": "viz:viz",
}


class OneLineUsage(click.UsageError):
    """A usage error shown as one line on stderr (exit 2), naming where to find help."""

    def show(self, file=None) -> None:
        where = " ".join(["vnkg", *self.ctx.command_path.split(" ")[1:]]) if self.ctx is not None else "vnkg"
        click.echo(f"vnkg: {self.format_message()} (see '{where} --help')", err=True)


class _one_line_usage:
    def __enter__(self):
        return self

    def __exit__(self, kind, err, tb):
        help_asked = type(err).__name__ == "NoArgsIsHelpError"  # `vnkg ask` alone shows its help
        if isinstance(err, click.UsageError) and not isinstance(err, OneLineUsage) and not help_asked:
            raise OneLineUsage(err.format_message(), err.ctx) from err
        return False


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use; usage errors are one line."""

    def make_context(self, *args, **kwargs):
        with _one_line_usage():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        try:
            with _one_line_usage():
                return super().invoke(ctx)
        except UnicodeEncodeError as err:  # a command-line argument that was not UTF-8 reached the text
            bad = [c for c in str(err.object) if "\udc80" <= c <= "\udcff"]
            if not bad:
                raise
            click.echo(f"vnkg: an argument is not UTF-8 text (byte 0x{ord(bad[0]) - 0xdc00:02x}); "
                       "give it in UTF-8", err=True)
            ctx.exit(2)

    def list_commands(self, ctx):
        return list(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(f"vnkg.commands.{module}"), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnkg")
def main() -> None:
    """Build a knowledge graph of officials, posts, bodies, areas and meetings
    from Vietnamese news articles, and ask it who chaired what, when.

    \b
    Typical use:
      vnkg build articles/             # .txt, .jsonl, .html files or folders
      vnkg ask chairs --area "Can Lộc" --from 2022-01-01
      vnkg ask posts --person "Nguyễn"
      vnkg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      vnkg export --format ttl -o graph.ttl

    Every command works on the store in ./vnkg-store unless --store DIR or
    $VNKG_STORE says otherwise. Exit codes: 0 ok, 1 some input rejected,
    2 usage error, 3 nothing could be read.
    """


if __name__ == "__main__":
    main()
