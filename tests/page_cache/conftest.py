# The review chain's people and pages, and real commits (on-commit callbacks run), for these tests too.
from tests.moderation.conftest import chain  # noqa: F401
from tests.search.conftest import committed  # noqa: F401
