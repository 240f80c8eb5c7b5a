# The review chain's people and pages, and real commits (on-commit callbacks run), for these tests too.
