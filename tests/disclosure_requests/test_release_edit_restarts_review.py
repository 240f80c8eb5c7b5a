"""保密审查 第六条: opinions count for the answer they were given on. Changing the answer, or a released
file, after an approval restarts the review; only exactly what the four approved goes out."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from disclosure_requests import release_review, services
from disclosure_requests.models import ReleaseOpinion, State

from .conftest import DISCLOSING_ANSWER

pytestmark = pytest.mark.django_db


def test_an_edit_after_approvals_restarts_at_step_one(staff, proposed, received):
    services.give_release_opinion(proposed, staff.drafter, "approved", "同意")
    services.give_release_opinion(proposed, staff.head, "approved", "同意")
    services.answer(received, staff.drafter, **{**DISCLOSING_ANSWER, "answer_content": "改过的答复内容。"})
    current = release_review.current_proposal(received)
    assert current.round == 2 and current.next_step == 1 and current.opinions.count() == 0
    # The old round cannot be carried on, and its approvals stay with it.
    with pytest.raises(ValidationError, match="本轮审查已结束"):
        services.give_release_opinion(proposed, staff.reviewer, "approved", "同意")
    assert ReleaseOpinion.objects.filter(proposal=proposed).count() == 2
    with pytest.raises(ValidationError, match="须经"):
        services.issue_answer(received, staff.leader, **DISCLOSING_ANSWER)
    for user in staff.release_team:
        services.give_release_opinion(current, user, "approved", "同意")
    received.refresh_from_db()
    assert received.state == State.ANSWERED and received.answer_content == "改过的答复内容。"


def test_a_file_changed_after_approvals_is_not_issued(staff, received, on_day):
    import datetime

    on_day(datetime.date(2026, 11, 10))
    services.answer(received, staff.drafter, files=[SimpleUploadedFile("目录.pdf", b"%PDF-1.4 approved text")],
                    **DISCLOSING_ANSWER)
    proposal = release_review.current_proposal(received)
    for user in staff.release_team[:3]:
        services.give_release_opinion(proposal, user, "approved", "同意")
    released = proposal.files.get()
    with open(released.file.path, "wb") as f:  # swapped in storage behind the review's back
        f.write(b"%PDF-1.4 something else")
    with pytest.raises(ValidationError, match="与审查批准的不一致"):
        services.give_release_opinion(proposal, staff.leader, "approved", "同意")
    received.refresh_from_db()
    assert received.state == State.RECEIVED and not received.letters.filter(kind="answer").exists()
    assert not ReleaseOpinion.objects.filter(proposal=proposal, step=4).exists()


def test_dropping_a_file_is_a_change(staff, received, on_day):
    import datetime

    on_day(datetime.date(2026, 11, 10))
    services.answer(received, staff.drafter, files=[SimpleUploadedFile("a.pdf", b"%PDF-1.4 a"),
                                                    SimpleUploadedFile("b.pdf", b"%PDF-1.4 b")], **DISCLOSING_ANSWER)
    first = release_review.current_proposal(received)
    keep = first.files.filter(original_name="a.pdf")
    services.answer(received, staff.drafter, keep_files=list(keep), **DISCLOSING_ANSWER)
    second = release_review.current_proposal(received)
    assert second.round == 2 and [f.original_name for f in second.files.all()] == ["a.pdf"]
    assert second.fingerprint != first.fingerprint


def test_changing_the_answer_in_the_admin_keeps_or_drops_files(client, staff, received, as_user, on_day):
    import datetime

    from .factories import action_url, give_opinion

    on_day(datetime.date(2026, 11, 10))
    as_user(staff.drafter)
    client.post(action_url(received, "answer"), {**DISCLOSING_ANSWER, "files": [
        SimpleUploadedFile("a.pdf", b"%PDF-1.4 a"), SimpleUploadedFile("b.pdf", b"%PDF-1.4 b")]})
    first = release_review.current_proposal(received)
    give_opinion(client, staff.drafter, received)
    give_opinion(client, staff.head, received)
    as_user(staff.drafter)
    form = client.get(action_url(received, "answer")).content.decode()
    a, b = first.files.order_by("original_name")
    assert "a.pdf" in form and "b.pdf" in form and form.count("checked") >= 2
    client.post(action_url(received, "answer"), {**DISCLOSING_ANSWER, "keep_files": [a.pk]})
    second = release_review.current_proposal(received)
    assert second.round == 2 and list(second.files.all()) == [a] and second.next_step == 1
    assert ReleaseOpinion.objects.filter(proposal=second).count() == 0
