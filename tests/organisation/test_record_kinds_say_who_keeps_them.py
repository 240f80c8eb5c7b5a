"""organisation.record_permissions: a record kind must say who keeps its register and who may open a
record; one that does not cannot be registered in the admin."""

import pytest

from organisation.record_permissions import RecordPermissionHelper


def test_a_record_kind_without_its_rules_cannot_be_made():
    class Forgetful(RecordPermissionHelper):
        def keeps(self, user):
            return False

    with pytest.raises(TypeError, match="may_open"):
        Forgetful(model=None)


def test_the_registered_record_kinds_say_both():
    from assessment.incident_admin import IncidentPermissionHelper
    from disclosure_requests.challenge_admin import ChallengePermissionHelper

    for helper in (IncidentPermissionHelper, ChallengePermissionHelper):
        assert not helper.__abstractmethods__, helper
