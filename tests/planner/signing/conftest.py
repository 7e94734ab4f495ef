"""The signing tests use the agreement tests' demo institute (one per module, a private copy per
test): the same fixtures, imported rather than written again."""

from tests.planner.export.conftest import TODAY, db, demo_path  # noqa: F401 - pytest fixtures
