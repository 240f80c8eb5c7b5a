# The general office, a handling section and another section, with their people (as for requests).
from tests.disclosure_requests.conftest import staff  # noqa: F401
