"""The `gallery` command's exit codes and its bad-input error.

A module of its own so that the commands can raise UsageError without importing the CLI that
imports them. Exit codes are a contract: 0 success, 1 a check found problems, 2 bad input.
"""

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """Bad input on the command line; its message is shown as one line."""


class EnvironmentProblem(Exception):
    """The machine cannot do what was asked (e.g. no display); shown as one line, exit 2."""
