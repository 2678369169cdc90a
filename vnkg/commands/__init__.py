"""The command line, one module per command group; `vnkg.cli` loads a module only when its command runs."""
