"""考核评议制度 第七条: the suggested grade is the best grade whose thresholds every figure meets, and the
indicator that keeps the section from the grade above decides it; the office edits the thresholds."""

import pytest
from django.urls import reverse

from assessment.indicators import COUNT, PRESENT, RATE, Figure
from assessment.models import Grade, GradingThresholds
from assessment.rounds.grading import suggest

from .round_people import people_fixture  # noqa: F401 (the fixture ``people``)


def figures(duties=True, proactive=(20, 20), requests=(10, 10), incidents=0):
    return [
        Figure("duties", "工作职责和管理权限公开", "", PRESENT, int(duties), int(duties)),
        Figure("proactive_on_time", "主动公开按时率（20个工作日）", "", RATE, *proactive),
        Figure("requests_on_time", "依申请公开按时答复率", "", RATE, *requests),
        Figure("incidents", "差错事件", "", COUNT, incidents, incidents),
    ]


@pytest.mark.parametrize("kwargs, grade, deciding", [
    ({}, Grade.EXCELLENT, "各项指标均达到优秀标准"),
    ({"proactive": (19, 20)}, Grade.EXCELLENT, "各项指标均达到优秀标准"),  # 95% is enough
    ({"proactive": (18, 20)}, Grade.GOOD, "主动公开按时率（20个工作日）：90%（18/20），低于95%"),
    ({"incidents": 1}, Grade.GOOD, "差错事件：1件，多于0件"),
    ({"duties": False}, Grade.BASIC, "工作职责和管理权限公开：未公开"),
    ({"requests": (7, 10), "proactive": (15, 20)}, Grade.BASIC, "依申请公开按时答复率：70%（7/10），低于80%"),
    ({"requests": (5, 10)}, Grade.FAILED, "依申请公开按时答复率：50%（5/10），低于60%"),
    ({"incidents": 5}, Grade.FAILED, "差错事件：5件，多于4件"),
    ({"requests": (0, 0)}, Grade.EXCELLENT, "各项指标均达到优秀标准"),  # no request: no rate to weigh
])
def test_default_thresholds(kwargs, grade, deciding):
    assert suggest(figures(**kwargs), GradingThresholds()) == (grade, deciding)


def test_the_lowest_rate_decides():
    result = suggest(figures(proactive=(17, 20), requests=(8, 10)), GradingThresholds())
    assert result == (Grade.GOOD, "依申请公开按时答复率：80%（8/10），低于95%")


@pytest.mark.django_db
def test_office_edits_the_thresholds_and_the_suggestion_follows(client, people):
    client.force_login(people.clerk)
    url = reverse("assessment_rounds:thresholds")
    data = {"excellent_rate": 85, "excellent_incidents": 1, "good_rate": 70, "good_incidents": 2, "basic_rate": 50,
            "basic_incidents": 4}
    response = client.post(url, {**data, "good_rate": 90})
    assert response.status_code == 200 and "比率须满足：优秀 ≥ 合格 ≥ 基本合格。" in response.content.decode()
    assert not GradingThresholds.objects.exists()
    assert client.post(url, data).status_code == 302
    assert suggest(figures(proactive=(18, 20), incidents=1)) == (Grade.EXCELLENT, "各项指标均达到优秀标准")
    assert "变更记录" in client.get(url).content.decode()
    client.force_login(people.a.head)
    client.post(url, {**data, "excellent_rate": 10})
    assert GradingThresholds.current().excellent_rate == 85
